"""An English ban answered "No X": the ban on X said the short way, never its opposite.

"No drinks in the smithy." for "Drinks must not be brought into the smithy", "No headphones."
for "Headphones are not to be worn", "No cash." for "Never accept cash payments": the learner's
"No" denies the thing the point bans, so its words read as denied where the point asserts them
(the subject of a passive ban stands before its "not") and the ban was marked contradicted, or
missing (session 25 teacher T18, e3 average Q9 and the lead's probe).

`as_the_ban` reads such a clause of the answer as the point's own ban on the learner's thing:
"No drinks in the smithy" becomes "drinks must not be brought in the smithy" (a passive ban: the
thing, then the point's "must not be brought"), "No cash" becomes "never accept cash" (an
imperative ban: the point's "never accept", then the thing). Only where the point is a ban and the
learner's thing shares a word with what the point bans; the judge then weighs it as any answer.
`judged_as_the_ban` judges the point so where the learner names the banned thing; a
ban said on part of it ("No cash." for "Cash refunds are not given for custom orders": the
qualifier left out) is part of the point, PARTIAL_CREDIT, where it would read as missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import EN_FUNCTION_WORDS
from graphs.exam_grading.vocabulary import word_key

_PASSIVE_BAN = re.compile(
    r"^(?P<thing>[a-z][a-z' -]*?)\s+(?P<ban>(?:must|may|should|shall|will|can|is|are)"
    r"(?:\s+not|n't)(?:\s+to)?(?:\s+be)?\s+(?P<verb>[a-z]+))\b",
    re.IGNORECASE,
)
"""A passive ban: "Drinks must not be brought …", "Phones are not to be used", "Cash refunds are
not given …" (the thing banned, then the ban up to its past participle)."""
_IMPERATIVE_BAN = re.compile(
    r"^(?P<ban>(?:never|do not|don't|must never|must not)\s+(?P<verb>[a-z]+))\s+(?P<thing>[^,;.]+)",
    re.IGNORECASE,
)
"""An imperative ban: "Never accept cash payments", "Do not bring food …"."""
_NO_CLAUSE = re.compile(r"(?<![\w'])no\s+(?P<rest>[a-z][^,;.!?]*)", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.;!?\n]+[.;!?\n]?")
_WORD = re.compile(r"[a-z][a-z'-]*", re.IGNORECASE)


def _content_keys(text: str) -> set[str]:
    return {word_key(w) for w in _WORD.findall(text.lower()) if w.lower() not in EN_FUNCTION_WORDS}


def _ban_of(point: str) -> tuple[str, str, bool] | None:
    """The point's ban: (what it bans, its ban words, passive) or None."""
    text = point.strip()
    if passive := _PASSIVE_BAN.match(text):
        return passive["thing"], passive["ban"], True
    if imperative := _IMPERATIVE_BAN.match(text):
        return imperative["thing"], imperative["ban"], False
    return None


def as_the_ban(point: str, answer: str) -> str:
    """`answer` with each "No X …" sentence whose X shares a word with what the (English) point
    bans read as the point's ban on X (module doc); unchanged otherwise."""
    ban = _ban_of(point)
    if ban is None:
        return answer
    banned, words, passive = ban
    wanted = _content_keys(banned)

    def said(sentence: re.Match[str]) -> str:
        text = sentence.group()
        clause = _NO_CLAUSE.match(text.lstrip())
        if clause is None or not _content_keys(clause["rest"]) & wanted:
            return text
        lead = text[: len(text) - len(text.lstrip())]
        rest, tail = clause["rest"], text.lstrip()[clause.end() :]
        thing, _, after = _split_thing(rest)
        read = f"{thing} {words.lower()}{after}" if passive else f"{words} {rest}"
        return f"{lead}{read}{tail}"

    return _SENTENCE.sub(said, answer)


def _split_thing(rest: str) -> tuple[str, str, str]:
    """The learner's thing and what follows it ("drinks", " in the smithy")."""
    match = re.match(
        r"(?P<thing>.+?)(?P<after>\s+(?:in|into|on|at|for|inside|near|during)\b.*)?$", rest
    )
    if match is None:
        return rest, "", ""
    return match["thing"], "", match["after"] or ""


def thing_banned(point: str, answer: str) -> bool:
    """Whether a "No X" sentence of the answer bans a thing the point bans (module doc)."""
    ban = _ban_of(point)
    if ban is None:
        return False
    wanted = _content_keys(ban[0])
    return any(
        (clause := _NO_CLAUSE.match(s.group().lstrip())) is not None
        and bool(_content_keys(clause["rest"]) & wanted)
        for s in _SENTENCE.finditer(answer)
    )


def judged_as_the_ban(
    point: str, answer: str, judge: Callable[[str, str], PointJudgement]
) -> PointJudgement | None:
    """The (English) point judged on the answer read as its ban (`as_the_ban`), partial where
    only part of the banned thing is banned (`banned_in_part`); None where no "No X" sentence of
    the answer bans what the point bans."""
    if not thing_banned(point, answer):
        return None
    return banned_in_part(judge(point, as_the_ban(point, answer)))


def banned_in_part(judgement: PointJudgement) -> PointJudgement:
    """A point whose banned thing the answer bans ("No cash.") judged missing, made partial: the
    ban is there, what narrows it is not (module doc)."""
    if judgement.verdict != "missing":
        return judgement
    unsaid = _NOT_SAID.search(judgement.reason)
    return replace(
        judgement,
        verdict="partial",
        reason=f"bans part of it: {judgement.reason}",
        named=True,
        lacks=unsaid["words"] if unsaid else judgement.point,
    )


_NOT_SAID = re.compile(r"\(not (?P<words>[^)]+)\)")
"""The words a missing point's reason names as not said ("states 1 of 4 of its terms (not …)")."""
