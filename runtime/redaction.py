"""URLs and driver errors shown without their passwords, fit for messages and logs.

A store URL may carry a password (`redis://:s3cret@host/0`, `postgresql://kpl:s3cret@db/kpl`,
`?password=s3cret`); every `ConfigError` and log line that names a URL goes through `redacted`,
and every driver message quoted in one through `without_secrets`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit


def redacted(url: str) -> str:
    """`url` with any password masked, fit for messages and logs."""
    parts = urlsplit(url)
    query = re.sub(r"(?i)(password=)[^&]*", r"\1***", parts.query)
    if parts.password is None and query == parts.query:
        return url  # unchanged: geturl() would also fold sqlite:/// into sqlite:/
    netloc = parts.netloc
    if parts.password is not None:
        userinfo, _, host = netloc.rpartition("@")
        netloc = f"{userinfo.partition(':')[0]}:***@{host}"
    return parts._replace(netloc=netloc, query=query).geturl()


def without_secrets(text: str, url: str) -> str:
    """`text` (a driver's error) with the URL's password masked, should the driver repeat it."""
    password = urlsplit(url).password
    for secret in (password, unquote(password or "")):
        if secret:
            text = text.replace(secret, "***")
    return text
