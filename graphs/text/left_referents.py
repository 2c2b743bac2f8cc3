"""Sentences whose subject, object or measure the sentence before them names.

The session 22 end designer (D15) found items lifted without what they speak of:

    else_of_before      "Free food for anyone else is not allowed, …": anyone other than the staff
                        the sentence before allowed a meal; alone it excludes nobody named
    that_means          "For the lunch window (11:00–14:30) that means 10:15.": 'that' is the
                        arrival time the sentence before set ("Arrive 45 minutes before …")
    zh_act_again        「顾客明确拒绝后，不得再次推荐。」: recommend what again? The membership card
                        the sentence before was recommending; the clause is the act repeated
                        with neither its object nor its actor
    continued_clause    "…may enter for a visit fee of 32 USD; each visit is limited to 3 hours.":
                        the clause after the semicolon opens in lower case on a thing the clause
                        before named (a visit), whose case (Priority Pass holders) it leaves
                        there; capitalised alone, "Each visit is limited to 2 hours." is every
                        visitor's

`referent_elsewhere` (graphs/text/unstated_referents.py) answers with the first three, so the
facts reader states such a sentence with the one before it and lost_context.py refuses an item
that prints one alone; `continued_clause` needs the sentence before, and only the facts reader
(graphs/text/references.leans_on_previous) has it.
"""

from __future__ import annotations

import re

_EN_ELSE = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|someone|somebody|no\s+one|nobody|all\s+others"
    r"|any\s+others?)\s+else\b",
    re.IGNORECASE,
)
_EN_THAT_MEANS = re.compile(r"\b(?:that|this)\s+means\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]|(?<!\d):(?!\d)|\b(?:but|and|or|while|whereas)\b", re.IGNORECASE)
_ZH_ACT_AGAIN = re.compile(
    r"(?:^|[，,；;])\s*(?:不得|不能|不可|不准|不应|禁止|严禁|可以|可|须|应|必须|方可|才能|才可)?"
    r"(?:再次|重新|再|重复)(?P<verb>[\u4e00-\u9fff]{2})[。；;！!]?$"
)
"""The act repeated, and nothing else in its clause: 「…，不得再次推荐」, 「…，方可再次申请」. Not
继续: 「毛巾发黄的，须挑出报废，不得继续使用」 goes on using what its own sentence names."""
_EN_CONTINUED = re.compile(
    r"^\s*(?:each|every|the|this|that|these|those|such)\s+(?P<noun>[a-z]{3,})\b"
)


def _first_clause(text: str, at: int) -> bool:
    """Nothing before position `at` but the clause's own opening (no comma, no 'but')."""
    return _CLAUSE_BREAK.search(text[:at]) is None


def else_of_before(text: str) -> bool:
    """ "Free food for anyone else is not allowed": 'else' than whom the sentence before named,
    where the text itself names nobody first ("Only managers may open it, and anyone else …")."""
    found = _EN_ELSE.search(text)
    return found is not None and _first_clause(text, found.start())


def that_means(text: str) -> bool:
    """ "For the lunch window that means 10:15": 'that' is the sentence before's rule."""
    found = _EN_THAT_MEANS.search(text)
    return found is not None and _first_clause(text, found.start())


def zh_act_again(text: str) -> bool:
    """「顾客明确拒绝后，不得再次推荐」: the act repeated with no object, nor named before it in
    the text (「向顾客推荐会员卡，顾客拒绝后不得再次推荐」 says what)."""
    found = _ZH_ACT_AGAIN.search(text.strip())
    return found is not None and found["verb"] not in text[: found.start()]


def continued_clause(text: str, before: str) -> bool:
    """A clause after a semicolon, opening in lower case on each of something ("…for a fee of
    32 USD; each visit is limited to 3 hours": each of their visits) or on a thing the clause
    before named ("…for a visit fee of 32 USD; the fee is …")."""
    found = _EN_CONTINUED.match(text)
    if found is None or not before:
        return False
    if found.group().split()[0] in ("each", "every"):
        return True  # "…may enter for a fee of 4 USD; each visit is limited to 2 hours"
    stem = found["noun"].rstrip("s")
    return re.search(rf"\b{re.escape(stem)}", before, re.IGNORECASE) is not None


def left_referent(text: str, language: str) -> str | None:
    """Why `text`, lifted alone, leaves what it speaks of to the sentence before; None when it
    does not (`else_of_before`, `that_means`, `zh_act_again`)."""
    if language == "zh":
        if zh_act_again(text):
            return (
                f"{text[:50]!r} repeats an act (再次…) with no object: what is done again is "
                "named in the sentence before it in the material, which the item does not show; "
                "state it"
            )
        return None
    if else_of_before(text):
        return (
            f"{text[:50]!r} speaks of 'anyone else' than those the sentence before it in the "
            "material named, which the item does not show; state who is meant"
        )
    if that_means(text):
        return (
            f"{text[:50]!r} says what 'that' means, and 'that' is the rule of the sentence "
            "before it in the material, which the item does not show; state the rule"
        )
    return None
