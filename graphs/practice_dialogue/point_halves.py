"""A point that asks for two things ("Mention late check-out and breakfast for two", "Thank her
for staying and give a direct contact", 感谢客户的反馈并邀请再来) is done in full only when both
were said in the session.

A trainer who hears the late check-out and nothing of breakfast writes "partly", not "done". The
point's text is split on "and"; each half takes the keywords that share a word with it ("late
check-out" goes with the first half, "breakfast included" with the second; one that goes with
neither, "reference number", with both, unless it is a bare figure or time, or of a cue family
one half's keywords are: 欢迎您下次 goes with 下次再来), and a half is said
when one of its keywords, or a phrasing of their cue family, is in a learner line (the same
hearing as for the whole point, point_hearing.py). A half no keyword goes with ("Greet her" when
the keywords are hello and good morning) cannot be checked, and the point is left as heard.

A bare figure or time is a particular of one half when the brief names it with that half's thing
("late check-out until 2 pm"): it goes with that half, so "you can check out at 2 pm" says the
late check-out in other words, as a trainer hears it (`brief`, the scenario's background and what
the learner may offer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphs.exams import Language
from graphs.practice_dialogue.cue_families import families_of
from graphs.practice_dialogue.point_hearing import says_point
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Point, Scenario

_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}")
"""Words that tie a keyword to a half: four letters or more ("two" and "for" tie nothing)."""
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE
)


_ZH_AND = re.compile(r"、(?![^（(]*[)）])")
"""A Chinese list mark outside brackets: "说明离地铁近、营业到晚上 11 点" asks for two things;
"确认具体经过（预约时间、就诊医生）" asks for one, its bracket the examples."""
_ZH_AND_ACTS = re.compile(_ZH_AND.pattern + r"|并且?(?![不非])")
"""For the report, 并 joining two acts too: "感谢客户的反馈并邀请再来" is two things a trainer
checks (并不, 并非 deny, they join nothing). Her lines are not checked against these halves
(names_unsaid_half): "多久能到账？" asks for the time limit, it names no offer unsaid."""
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE = re.compile(r"[,.;:()，。；：（）、]|\s(?:and|or)\s")
"""Where a clause of the brief ends: a figure is named with the thing in its own clause."""


def _words(text: str) -> set[str]:
    """English words of four letters or more; Chinese character pairs (地铁 of 离地铁近)."""
    found = {w.rstrip("s") for w in _WORD.findall(text.lower())}
    for run in _CJK.findall(text):
        found |= {run[i : i + 2] for i in range(len(run) - 1)}
    return found


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text.lower())


def brief_of(scenario: Scenario) -> str:
    """What the scenario tells the learner of its offers: its background and `may_offer`."""
    return " ".join([scenario.background, *scenario.learner.may_offer])


def _particular_of(keyword: str, parts: list[str], brief: str) -> int | None:
    """The half whose thing the brief names in the clause of the figure `keyword` (2 pm of "late
    check-out until 2 pm"), when it is one half's alone."""
    clauses = [c for c in _CLAUSE.split(brief) if _squeezed(keyword) in _squeezed(c)]
    tied = {
        i
        for i, part in enumerate(parts)
        for c in clauses
        if _words(c) - _words(keyword) & _words(part)
    }
    return tied.pop() if len(tied) == 1 else None


def halves(point: Point, *, acts: bool = False, brief: str = "") -> list[Point] | None:
    """The point's two halves, each with the keywords that go with it; None when the point asks
    for one thing, or a half has no keyword of its own. `acts`: a Chinese point is split on 并
    too; `brief`: the scenario's (brief_of), which ties a bare figure to its half."""
    zh_and = _ZH_AND_ACTS if acts else _ZH_AND
    parts = (zh_and if _CJK.search(point.text) else _AND).split(point.text)
    if len(parts) != 2:
        return None
    tied = [
        {k for k in point.keywords if _words(k) & _words(part) or _squeezed(k) in _squeezed(part)}
        for part in parts
    ]
    if not all(tied):
        return None
    # a keyword tied to neither half ("reference number" beside "give a direct contact") may be
    # either's; a bare figure or time ("2 pm") is neither's: it names no thing
    loose = [k for k in point.keywords if not any(k in own for own in tied)]
    # unless a cue family ties it: 欢迎您下次 is said as 下次再来 is (cue_families.py), so it goes
    # with 邀请再来, not with 感谢客户的反馈
    kin = [{k for k in loose if _kin(k, own)} for own in tied]
    either = [k for k in loose if not _FIGURE.search(k) and not any(k in ks for ks in kin)]
    for k in loose:
        if _FIGURE.search(k) and (half := _particular_of(k, parts, brief)) is not None:
            kin[half].add(k)  # 2 pm, named in the brief with the late check-out
    return [
        point.model_copy(update={"text": part, "keywords": [*own, *ks, *either]})
        for part, own, ks in zip(parts, tied, kin, strict=True)
    ]


def _kin(keyword: str, own: set[str]) -> bool:
    """The keyword is heard by a cue family one of `own` belongs to."""
    return bool({f.name for f in families_of([keyword])} & {f.name for f in families_of([*own])})


def unsaid_half(
    point: Point, lines: Iterable[str], language: Language, brief: str = ""
) -> str | None:
    """The half of a two-part point no learner line said (its text), if one was left out;
    `brief` ties a bare figure to its half (brief_of)."""
    parts = halves(point, acts=True, brief=brief)
    if not parts:
        return None
    lines = list(lines)
    for part in parts:
        if not any(says_point(part, line, language) for line in lines):
            return part.text
    return None


THING_MIN = 5
"""A half's thing is a word at least this long common to all its keywords ("breakfast")."""
INCLUDED = {
    "zh": re.compile(r"包含|包括|含|附带|附送|还送|送您"),
    "en": re.compile(r"\b(?:comes? with|includes?|including|included|with|plus)\b", re.I),
}
"""Words that give a thing as part of the offer ("It comes with wine and breakfast")."""


def _thing(part: Point, language: Language) -> str | None:
    """The thing a half names in every keyword of its own ("breakfast" of "breakfast for two",
    "breakfast included"), if one word is long enough to name it."""
    own = [k for k in part.keywords if _words(k) & _words(part.text)]
    common = set.intersection(*(_words(k) for k in own)) if own else set()
    words = sorted((w for w in common if len(w) >= THING_MIN), key=len, reverse=True)
    return words[0] if words and language == "en" else None


def half_named(
    point: Point, lines: Iterable[str], language: Language, brief: str = ""
) -> str | None:
    """For a two-part point not heard whole: the half left out, when a learner line gives the
    other half's thing as part of the offer in its own words ("It comes with wine and breakfast"
    of "Mention late check-out and breakfast for two": partly done, late check-out not said);
    None when neither half or both were given. A half said by its keywords would have made the
    point: not heard, its credit was withheld (a breach, a remark on the day), and stays so;
    `lines` are the learner's turns that broke no rule."""
    parts = halves(point, acts=True, brief=brief)
    if not parts:
        return None
    lines = [line for line in lines if not line.rstrip().endswith(("?", "？"))]
    given = [
        any(
            (thing := _thing(part, language)) is not None
            and _includes(line, language)
            and thing in _words(line)
            for line in lines
        )
        for part in parts
    ]
    return parts[given.index(False)].text if given.count(True) == 1 else None


def _includes(line: str, language: Language) -> bool:
    """The line gives something as part of the offer (INCLUDED), not denied: "Breakfast is not
    included." names breakfast only to say it is not given (session 21, eng-weak: partly done
    for it)."""
    text = TurnText.of(line, language)
    return any(not text.negated(m.start(), m.end()) for m in INCLUDED[language].finditer(text.raw))


def names_unsaid_half(
    scenario: Scenario, offers: Iterable[str], line: str, learner_said: TurnText
) -> bool:
    """A customer line names the half of a two-part offer the learner never said (by that
    half's keywords): late check-out offered, she does not answer "Breakfast for two and a late
    check-out?"."""
    text = TurnText.of(line, scenario.language)
    points = scenario.point_tags()
    for tag in offers:
        stage_id, index = points[tag]
        point = scenario.stage(stage_id).points[index]
        for part in halves(point, brief=brief_of(scenario)) or []:
            if text.said_any(part.keywords) and not learner_said.said_any(part.keywords):
                return True
    return False
