"""Rules written in Python, registered by name for `dynamic:` in a rules file.

A dynamic rule is `(text, context) -> params | None`: a mapping of the parameters it found (maybe
empty) when it fires, None when it does not. Use one when a condition is easier to write as code
than as keywords or a regex; `shipped_dynamic_rules(catalog)` builds the ones the shipped rules use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from routers.catalog import ContentCatalog
from routers.decision import RouteContext
from routers.rules import DynamicRule

_ANSWER = re.compile(
    r"(?:^|(?<=[\s,，;；、:：。]))(?:[Qq]|第)?(?:\d{1,3}|(?<=第)[一二三四五六七八九十]{1,3})"
    r"\s*(?:题)?\s*[.、:：)）-]?\s*(?:选|是|答)?\s*"
    r"(?:[A-Fa-f]{1,6}|对|错|√|×|[TtFf](?:rue|alse)?)(?=$|[\s,，;；、。])"
)
"""One numbered answer: "1.A", "2BC", "3、对", "Q4 D", "第5题选B", "第六题错"."""
_NUMBERED = re.compile(r"\d|第")
ANSWER_SHEET_MIN = 3
"""How many numbered answers ("1.A 2.B 3.对") make a message an answer sheet to grade."""


def answer_sheet(text: str, context: RouteContext) -> Mapping[str, Any] | None:
    """Fires on a pasted answer sheet such as "1.A 2.BC 3.对 4.错"; the sheet is the material."""
    # Most messages hold no digit at all; that test is ten times cheaper than the sheet's regex.
    if _NUMBERED.search(text) and len(_ANSWER.findall(text)) >= ANSWER_SHEET_MIN:
        return {"material": text.strip()}
    return None


def scenario_named(catalog: ContentCatalog) -> DynamicRule:
    """A rule that fires when the message names an authored scenario (fuzzy), with its id."""

    def rule(text: str, context: RouteContext) -> Mapping[str, Any] | None:
        found = catalog.find("scenario", text)
        return {"scenario": found} if found else None

    return rule


def scenario_described(catalog: ContentCatalog) -> DynamicRule:
    """A rule that fires when the message describes an authored scenario in its own words
    ("practice offering a guest a better room"), with its id."""

    def rule(text: str, context: RouteContext) -> Mapping[str, Any] | None:
        found = catalog.describe("scenario", text)
        return {"scenario": found} if found else None

    return rule


def shipped_dynamic_rules(catalog: ContentCatalog) -> dict[str, DynamicRule]:
    """The callables the shipped `rules.yaml` refers to, by name."""
    return {
        "answer_sheet": answer_sheet,
        "scenario_named": scenario_named(catalog),
        "scenario_described": scenario_described(catalog),
    }
