"""The access log without credentials: query parameters that carry one are masked.

Browsers' `EventSource` cannot set headers, so a credential travels as `?access_token=` (a stream
ticket, or worse a long-lived key); uvicorn's access log writes each request's full path, query
and all. `CredentialFilter` rewrites the path of every `uvicorn.access` record before any handler
formats it, so no log configuration (uvicorn's own, `kpl serve`'s, a deployment's dictConfig) can
print the secret. `create_app` installs it: every way of running the app goes through there.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote_plus

ACCESS_LOGGER = "uvicorn.access"
CREDENTIAL_NAME = re.compile(
    r"(?i)^[\w.-]*(token|ticket|key|secret|password|passwd|pwd|auth|credential|signature|sig)$"
)
"""A query parameter whose name says it holds a credential: `access_token`, `ticket`, `api_key`,
`password`, `X-Amz-Signature`..."""
MASK = "***"


def redact_query(target: str) -> str:
    """`target` (a path with its query) with every credential parameter's value masked."""
    path, question, query = target.partition("?")
    if not question:
        return target
    pairs = []
    for pair in query.split("&"):
        name, equals, _ = pair.partition("=")
        if equals and CREDENTIAL_NAME.match(unquote_plus(name)):
            pair = f"{name}={MASK}"
        pairs.append(pair)
    return f"{path}?{'&'.join(pairs)}"


class CredentialFilter(logging.Filter):
    """Masks credentials in uvicorn access records (args: client, method, path, version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's path in place; never drops a record."""
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_query(args[2]), *args[3:])
        return True


def install_credential_filter() -> None:
    """Mask credentials in uvicorn's access log, once per process."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, CredentialFilter) for f in logger.filters):
        logger.addFilter(CredentialFilter())
