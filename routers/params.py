"""Parameters a message carries: counts per question type, difficulty, course, scenario, material.

Names are fixed so that outside evaluations can check them: `single_choice`, `multiple_choice`,
`true_false`, `fill_blank`, `short_answer` (counts), `difficulty` (easy/medium/hard/mixed),
`course`, `scenario` (ids of authored content) and `material` (text). Every regex is compiled once,
when the extractor is built, because extraction is on the rule path's latency budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from routers.catalog import ContentCatalog
from routers.decision import Intent
from routers.numerals import NUMBER_PATTERN, parse_number

COUNT_PARAMS = ("single_choice", "multiple_choice", "true_false", "fill_blank", "short_answer")
PARAM_NAMES = (*COUNT_PARAMS, "difficulty", "course", "scenario", "material")
DIFFICULTIES = ("easy", "medium", "hard", "mixed")

TYPE_WORDS: dict[str, str] = {
    "single_choice": r"单选题?|单项选择题?|单选择题?|选择题|single[\s-]*(?:choice|answer|select(?:ion)?)s?|mcqs?",
    "multiple_choice": r"多选题?|多项选择题?|不定项选择题?|multiple[\s-]*(?:choice|answer|select(?:ion)?)s?|multi[\s-]*(?:choice|select)s?",
    "true_false": r"判断题?|对错题?|是非题?|true\s*(?:/|or|-|and)\s*false|t\s*/\s*f|yes\s*/\s*no",
    "fill_blank": r"填空题?|fill[\s-]*in[\s-]*(?:the[\s-]*)?blanks?|fill[\s-]*ins?|blanks?|cloze",
    "short_answer": r"简答题?|问答题?|主观题|short[\s-]*answers?|open[\s-]*(?:ended[\s-]*)?questions?|essay questions?",
}
"""How learners name each question type; `选择题` alone means single choice."""

_MEASURE = r"\s*(?:道|个|题|条|份)?\s*"
_NUMBER = rf"(?<![A-Za-z0-9])(?:{NUMBER_PATTERN})(?![A-Za-z])"
_ANY_TYPE = "|".join(f"(?:{words})" for words in TYPE_WORDS.values())
_JOIN = r"(?:\s*(?:[、,，/+&]|和|与|及|跟|以及|还有|加上?|and|plus)\s*|\s*)"
_TYPES = rf"(?:{_ANY_TYPE})(?:{_JOIN}(?:{_ANY_TYPE}))+"
"""Two or more type words in a row: "单选判断", "单选和填空", "single choice and true/false"."""
_SHARED_COUNT = (
    # "单选判断各五道" / "单选、多选各来3题" / "multiple choice and short answer, 2 each"
    rf"(?P<types>{_TYPES})\s*[,，:：]?\s*(?:各|每种|每类|每样)(?:来|出|要|给)?\s*(?P<n>{_NUMBER})"
    rf"|(?P<types_en>{_TYPES})\s*[,，:：]?\s*(?P<n_en>{_NUMBER})\s+(?:of\s+)?(?:each|apiece)\b"
    # "3 each of multiple choice and true/false" / "two of each: single choice, true/false"
    rf"|(?P<n_first>{_NUMBER})\s+(?:each|of\s+each)(?:\s+(?:type|kind))?\s*(?:of\b|[:：])?\s*(?P<types_first>{_TYPES})"
)
"""One count shared by several types, read before the per-type counts."""
_RESPECTIVE_COUNTS = (
    # "单选、判断分别5道和3道": as many numbers as types, in the same order
    rf"(?P<types>{_TYPES})\s*[,，]?\s*分别(?:来|出|要|给)?\s*"
    rf"(?P<ns>{_NUMBER}{_MEASURE}(?:(?:和|与|、|,|，){_MEASURE}{_NUMBER}{_MEASURE})+)"
)

DIFFICULTY_WORDS: dict[str, str] = {
    "mixed": r"混合难度|难度混合|难易结合|难易搭配|难度不限|各种难度|由易到难|有难有易|mixed|a mix of (?:easy|difficult)|varying difficulty|all levels",
    "easy": r"简单|容易|基础题|基础难度|难度基础|初级|低难度|难度低|入门|不要太难|别太难|简单点|easy|simple|basic|beginner",
    "hard": r"高难度|难一点|难一些|难点的|难度高|难度大|有难度|很难|较难|困难|难题|hard|difficult(?!y)|challenging|tough|advanced",
    "medium": r"中等|适中|难度一般|普通难度|medium|moderate|intermediate|average difficulty",
}
"""Checked in this order: "难易结合" is mixed before it is easy or hard."""

_BLUEPRINT_FILLER = re.compile(
    rf"{_NUMBER}|[道个题各每种类样来出要给再加和与及、,，;；:：.。!！?？/+&\s-]|\b[a-z]{{1,4}}\b",
    re.IGNORECASE,
)
"""What is left of a blueprint ("单选多选各十道，难一点") once type and difficulty words are gone."""
MATERIAL_MIN_CHARS = 12
"""Text after a colon is material only when this much of it is more than a blueprint."""
_FENCE = re.compile(r"```[^\n]*\n?(?P<body>.*?)```", re.DOTALL)
_AFTER_COLON = re.compile(rf"[:：]\s*(?P<body>.{{{MATERIAL_MIN_CHARS},}})", re.DOTALL)


_TypeCounts = tuple[str, re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]]]
"""A question type, its words, and its count patterns (number first, type first)."""


@dataclass(frozen=True)
class ParamExtractor:
    """Pulls every known parameter out of a message; the intent decides which are kept."""

    catalog: ContentCatalog = field(default_factory=ContentCatalog)
    _counts: tuple[_TypeCounts, ...] = field(init=False, repr=False)
    _difficulty: tuple[tuple[str, re.Pattern[str]], ...] = field(init=False, repr=False)
    _shared: re.Pattern[str] = field(init=False, repr=False)
    _type_names: re.Pattern[str] = field(init=False, repr=False)
    _respective: re.Pattern[str] = field(init=False, repr=False)
    _number: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        counts = []
        for name, words in TYPE_WORDS.items():
            # number first: "10道单选" / "三道判断题" / "5 true/false questions"
            before = rf"(?P<n>{_NUMBER}){_MEASURE}(?:{words})"
            # type first: "单选题10道" / "判断题来8个" / "single choice: 5"
            after = (
                rf"(?:{words})\s*(?:(?:[:：]|来|要|出|给我)?\s*(?P<n>{_NUMBER})(?!\d)"
                # "判断题，五道": after a comma only with a measure word, "单选，5道" is not "5 多选"
                rf"|[,，]\s*(?P<m>{_NUMBER})\s*(?:道|个|题)(?!\s*(?:{_ANY_TYPE})))"
            )
            counts.append(
                (
                    name,
                    # The cheap type-word test runs first: most messages name no type at all.
                    re.compile(words, re.IGNORECASE),
                    (re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)),
                )
            )
        object.__setattr__(self, "_counts", tuple(counts))
        object.__setattr__(self, "_shared", re.compile(_SHARED_COUNT, re.IGNORECASE))
        object.__setattr__(self, "_respective", re.compile(_RESPECTIVE_COUNTS, re.IGNORECASE))
        object.__setattr__(self, "_number", re.compile(_NUMBER, re.IGNORECASE))
        # One alternation read left to right, so "多项选择题" is one multiple choice, not also
        # the "选择题" (single choice) inside it.
        object.__setattr__(
            self,
            "_type_names",
            re.compile(
                "|".join(f"(?P<{name}>{words})" for name, words in TYPE_WORDS.items()),
                re.IGNORECASE,
            ),
        )
        object.__setattr__(
            self,
            "_difficulty",
            tuple((d, re.compile(w, re.IGNORECASE)) for d, w in DIFFICULTY_WORDS.items()),
        )

    def counts(self, text: str) -> dict[str, int]:
        """Question counts per type, e.g. `{"single_choice": 10, "true_false": 3}`.

        A message writes its counts one way, number first ("5道单选 5道多选") or type first
        ("单选5道 多选5道"); read both ways, "单选5道 多选5道" would also hold "5道 多选", so
        each way is read on its own and the one that finds more types wins.
        """
        named = [(name, words, ways) for name, words, ways in self._counts if words.search(text)]
        if not named:
            return {}
        shared = self._shared_counts(text) if len(named) > 1 else {}
        best: dict[str, int] = {}
        for way in (0, 1):
            found: dict[str, int] = {}
            spans: list[tuple[int, int]] = []
            for name, _, ways in named:
                for match in ways[way].finditer(text):
                    # "10道多选" must not also count as "10道…选" of another type.
                    if any(match.start() < end and start < match.end() for start, end in spans):
                        continue
                    value = parse_number(match.group("n") or match.groupdict().get("m") or "")
                    if value is not None and 0 < value <= 100:
                        found[name] = value
                        spans.append(match.span())
                        break
            if len(found) > len(best):
                best = found
        return {**best, **shared}

    def _shared_counts(self, text: str) -> dict[str, int]:
        """Counts that several types share: "单选判断各五道" is five of each."""
        found: dict[str, int] = {}
        for match in self._shared.finditer(text):
            value = parse_number(match.group("n") or match.group("n_en") or match.group("n_first"))
            if value is None or not 0 < value <= 100:
                continue
            types = match.group("types") or match.group("types_en") or match.group("types_first")
            for word in self._type_names.finditer(types):
                if word.lastgroup:
                    found[word.lastgroup] = value
        for match in self._respective.finditer(text):
            names = [w.lastgroup for w in self._type_names.finditer(match.group("types"))]
            values = [parse_number(n.group()) for n in self._number.finditer(match.group("ns"))]
            if len(names) == len(values):
                for name, value in zip(names, values, strict=True):
                    if name and value is not None and 0 < value <= 100:
                        found[name] = value
        return found

    def difficulty(self, text: str) -> str | None:
        """easy / medium / hard / mixed, or None when the message does not say."""
        for name, pattern in self._difficulty:
            if pattern.search(text):
                return name
        return None

    def material(self, text: str) -> str | None:
        """Text in a fenced block, or after the first colon when long enough to be material and
        more than a blueprint ("Make a quiz: multiple choice and short answer, 2 each" has none)."""
        fenced = _FENCE.search(text)
        if fenced and fenced.group("body").strip():
            return fenced.group("body").strip()
        after = _AFTER_COLON.search(text)
        if after and not self._is_blueprint(after.group("body")):
            return after.group("body").strip()
        return None

    def _is_blueprint(self, body: str) -> bool:
        """True when the text names question types or a difficulty and little else."""
        rest = self._type_names.sub("", body)
        for _, pattern in self._difficulty:
            rest = pattern.sub("", rest)
        if rest == body:
            return False
        return len(_BLUEPRINT_FILLER.sub("", rest)) < MATERIAL_MIN_CHARS

    def extract(
        self, text: str, intent: Intent, groups: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """The parameters for `intent`; values a rule's named groups captured take precedence."""
        params: dict[str, Any] = {}
        if intent == "exam_generate":
            params.update(self.counts(text))
            difficulty = self.difficulty(text)
            if difficulty:
                params["difficulty"] = difficulty
            course = self.catalog.find("course", text)
            if course:
                params["course"] = course
        if intent in ("exam_generate", "exam_grade"):
            material = self.material(text)
            if material:
                params["material"] = material
        if intent == "practice_start":
            scenario = (
                self.catalog.find("scenario", text)
                or self.catalog.find_mistyped("scenario", text)
                or self.catalog.describe("scenario", text)
            )
            if scenario:
                params["scenario"] = scenario
        params.update(self.normalise(groups or {}))
        return params

    def normalise(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Named-group or model values made into parameter values; unknown or bad ones dropped."""
        params: dict[str, Any] = {}
        for name, value in raw.items():
            if value is None or value == "":
                continue
            if name in COUNT_PARAMS:
                number = value if isinstance(value, int) else parse_number(str(value))
                if number is not None and 0 < number <= 100:
                    params[name] = number
            elif name == "difficulty":
                level = (
                    str(value).lower()
                    if str(value).lower() in DIFFICULTIES
                    else self.difficulty(str(value))
                )
                if level:
                    params[name] = level
            elif name in ("course", "scenario"):
                item = self.catalog.resolve(name, str(value))
                if item:
                    params[name] = item
            elif name == "material":
                params[name] = str(value).strip()
        return params
