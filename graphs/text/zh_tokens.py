"""jieba's tokens of a Chinese sentence, mended where its cuts hide a rule's parts.

jieba fuses a grammar character with the modal after it (购买时须登记 as 购买 / 时须 / 登记) and cuts
a role or party from its suffix (收件 / 员须, 购买 / 人). `zh_tokens` gives `Segment`s with those
cuts mended; `is_content` and `bound_morpheme` tell the lexicon which tokens may be part of a term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.text.segment import tokenize

FUNCTION_TAGS = frozenset(
    {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "y", "e", "o", "x", "w", "f"}
)
"""jieba tags of tokens that are never part of a term (prepositions, particles, pronouns, ...)."""
CONTENT_TAGS = ("n", "v", "a", "b", "j", "l", "i", "z", "s", "t", "e", "k", "h", "g")
VERB_SUFFIX_BLOCK = frozenset(
    "为是在有和与及或的了着过内外前后上下中里每各该本此其应须需将可会能要把被从向到于由以之等经凭按据时"
)
"""Single characters that are grammar, not a bound morpheme, even when jieba tags them so (时 ends
a clause of time, 发药时, 购买时: never the first syllable of the noun after it, 时+药师)."""
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Segment:
    """One whole term or token of a text: its text, offsets and a coarse tag."""

    text: str
    start: int
    end: int
    tag: str
    """jieba's tag for a single token, `term` for a merged term, `qty` for a quantity."""


_FREE_VERB_FREQ = 3500
"""jieba dictionary frequency above which a one-character verb is a word of its own (设, 用, 给),
below which it is a bound morpheme of the term after it (免 in 免赔额, 防 in 防蓝光)."""


def bound_morpheme(seg: Segment) -> bool:
    if not is_content(seg.tag):
        return False
    if not seg.tag.startswith("v"):
        return True
    import jieba

    return int(jieba.dt.FREQ.get(seg.text, 0)) < _FREE_VERB_FREQ


def is_content(tag: str) -> bool:
    return tag not in FUNCTION_TAGS and tag.startswith(CONTENT_TAGS)


_FUSED_MODAL = re.compile(r"^([时后前均则仍亦也都还即])([须应需])$")
"""jieba's 时须 / 均须 / 则应: a grammar character fused with the modal after it, which hides the
rule's modal (购买时须登记 reads as 购买 / 时须 / 登记). Split back into the two."""

_FUSED_DETERMINER = re.compile(r"^([因由对向在按据经凭为从以])([本此该其])$")
"""jieba's 因本 (因本协议产生的争议): a preposition fused with the determiner after it, read as a
noun that then heads a term (因本协议产生). Split back into the preposition and the determiner."""
_DETERMINER_NOUN = re.compile(r"^([本此该])(\w{2,})$")
"""jieba's 本合同, 该会员: "this" kept on the noun after it. The term is 合同, when the
dictionary says 合同 far more often than 本合同 (本科生, a word of its own, stays whole)."""


def _determiner_noun(word: str) -> re.Match[str] | None:
    match = _DETERMINER_NOUN.match(word)
    if match is None:
        return None
    import jieba

    whole, rest = jieba.dt.FREQ.get(word) or 0, jieba.dt.FREQ.get(match.group(2)) or 0
    return match if rest > 10 * whole else None


_ROLE_SUFFIX = re.compile(r"^([员师])([须应需]?)$")
"""jieba's 收件 / 员须 and 派送 / 员: the suffix that makes the word before it a role (收件员,
派送员), split off alone or fused with the modal after it. It belongs to the word before."""


_AGENT_SUFFIX = frozenset(["人", "者", "方"])
"""jieba's 购买 / 人 / 身份证: the suffix that makes the verb before it a party (购买人, 使用者,
出租方). It belongs to the verb; bound to the noun after it, it makes 人身份证."""


def zh_tokens(text: str) -> list[Segment]:
    segments: list[Segment] = []
    offset = 0
    for token in tokenize(text, "zh"):
        start = text.find(token.word, offset)
        if start < 0:  # pragma: no cover - jieba returns slices of its input
            continue
        offset = start + len(token.word)
        fused = _FUSED_MODAL.match(token.word)
        determiner = _FUSED_DETERMINER.match(token.word) or _determiner_noun(token.word)
        suffix = _ROLE_SUFFIX.match(token.word)
        before = segments[-1] if segments else None
        if (
            suffix
            and before is not None
            and before.end == start
            and CJK.match(before.text)
            and is_content(before.tag)
        ):
            segments[-1] = Segment(before.text + suffix.group(1), before.start, start + 1, "n")
            if suffix.group(2):
                segments.append(Segment(suffix.group(2), start + 1, start + 2, "d"))
        elif (
            token.word in _AGENT_SUFFIX
            and before is not None
            and before.end == start
            and before.tag.startswith("v")
            and len(before.text) >= 2
        ):
            segments[-1] = Segment(before.text + token.word, before.start, offset, "n")
        elif fused:
            segments.append(Segment(fused.group(1), start, start + 1, "f"))
            segments.append(Segment(fused.group(2), start + 1, start + 2, "d"))
        elif determiner:
            # 因本 -> 因 / 本; 本合同 -> 本 / 合同
            first, rest = determiner.group(1), determiner.group(2)
            tag = "r" if first in "本此该其" else "p"
            segments.append(Segment(first, start, start + 1, tag))
            segments.append(Segment(rest, start + 1, offset, "r" if len(rest) == 1 else "n"))
        else:
            segments.append(Segment(token.word, start, start + len(token.word), token.pos))
    return segments


ZH_MODALS = frozenset(
    [
        "应",
        "须",
        "需",
        "需要",
        "必须",
        "应当",
        "应该",
        "可以",
        "可",
        "要",
        "会",
        "能",
        "不得",
        "不能",
        "不可",
        "禁止",
        "负责",
    ]
)
"""Modals and the duty verb: a predicate starts here, a term never holds one."""
