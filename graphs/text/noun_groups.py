"""Runs of adjacent nouns as one term: the compounds a statement's roles and domain terms are.

A blank or a key on a part of a compound would cut it (前厅 + 服务员, 市场 + 监管部门, "guest"
"email address"), so adjacent nouns are read as one. A run ends at a role (市场监管部门 | 报告:
what follows a role is what the role does) and never takes a word in a verb's place, though jieba
or lemminflect would tag it as a noun (同时报告值班经理, "the pool stays closed").
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.certificate_names import certificate_spans
from graphs.text.lexicon import Lexicon
from graphs.text.negation_words import ZH_CUES
from graphs.text.role_terms import ONE_CHAR_PERSON_VERBS
from graphs.text.term_discovery import ZH_MANNER, ZH_NOT_IN_TERMS
from graphs.text.terms import NUMBER_PATTERN, is_stop_word
from graphs.text.word_class import en_word_classes, semantic_kind, word_class
from graphs.text.zh_tokens import Segment

_EN_VERB_CONTEXT = re.compile(
    r"\b(may|must|can|will|would|should|shall|could|to|not|cannot|do|does|did)\s+$", re.IGNORECASE
)


def _noun_like(text: str, language: Language) -> bool:
    word = text.strip()
    if not word or is_stop_word(word) or NUMBER_PATTERN.fullmatch(word):
        return False
    if language == "en" and not word[:1].isalpha():
        return False
    return word_class(word, language) in ("noun", "name")


_LOCALIZERS = frozenset("时内中后前上下里外间")
"""One-character place and time words (…时, …内) that jieba tags as nouns: never part of a term."""
_ZH_MODAL_CHARS = frozenset("须应需必")
"""A "noun" jieba made of a modal and a verb (须报, 须经) is a misreading, not a term."""
_ZH_NEGATIONS = frozenset(ZH_CUES)
"""A negation jieba tags as a noun (展区 + 无法 + 开放: 无法 n) is the verb's, never part of a term:
a key 「展区无法」 spans a noun and a negation (session 14 designer D6, e2-11 「外景无法」)."""
_ZH_PREDICATE_BEFORE = frozenset(
    ["同时", "并", "再", "须", "必须", "应", "应当", "需", "需要", "其"]
)
"""What puts the word after it in a verb's place: 同时报告值班经理, 须清点备用金, 建议其联系医师."""
_ZH_ON_BEHALF = re.compile(r"代[签领取收办缴付购买填交寄还存提送]")
"""代签, 代领, 代办…: doing a thing for another, a verb jieba may tag as a noun (家属 + 代签 n).
In a term it would take the verb into the key (「授权的____」 keyed 家属代签: 家属 is marked wrong)."""


def noun_groups(
    text: str, lexicon: Lexicon, language: Language
) -> list[tuple[int, int, list[str]]]:
    """Runs of adjacent nouns as one term (前厅 + 服务员, 市场 + 监管部门, "guest" "email address"):
    a blank or a key on a part of a compound would cut it. A role ends its run (市场监管部门 |
    报告): what follows a role is what the role does."""
    groups: list[tuple[int, int, list[str]]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        if run:
            groups.append((run[0][0], run[-1][1], [w for _, _, w in run]))
            run.clear()

    previous = ""
    before: Segment | None = None
    ended = False
    agent_run = False  # the run opened right after 由: the doer, whose act follows it
    segments = lexicon.segment(text)
    for index, seg in enumerate(segments):
        if not run:
            agent_run = before is not None and before.text in ZH_AGENT_MARKERS
        # 由领班检查工装: what follows the doer after 由 is its act, though jieba tags it a
        # verbal noun; 由安全检查组 (an organisation's head after it) stays the doer.
        acts = (
            language == "zh"
            and agent_run
            and bool(run)
            and seg.tag == "vn"
            and run[-1][1] == seg.start
            and not _names_a_body(segments[index + 1 : index + 2], seg.end)
        )
        # jieba tags 报告 and 清点 as nouns even where they are the verb (同时报告值班经理), and
        # 检查 a verbal noun where it takes an object (须互相检查安全带: the term is 安全带).
        verb_place = (
            language == "zh"
            and before is not None
            and before.end == seg.start
            and (
                before.text in _ZH_PREDICATE_BEFORE
                or before.tag == "d"
                or before.text in ZH_MANNER
                or before.text in _LOCALIZERS  # 15分钟内报告…: after a time limit, the action
            )
        )
        joined = before is not None and before.end == seg.start and before.tag == "c"
        predicate = (
            language == "zh"
            and ((seg.tag == "n" and (verb_place or joined)) or (seg.tag == "vn" and verb_place))
            and semantic_kind(seg.text, language) != "role"
        )
        before = seg
        verb_slot = language == "en" and (
            bool(_EN_VERB_CONTEXT.search(text[: seg.start]))
            or (bool(run) and _en_verb_after_subject(seg.text, text[seg.end :]))
        )
        # 2小时内向当地…: jieba reads 内向 ("introvert") where the text says 2小时内 / 向.
        misread = previous == "qty" and seg.text[:1] in _LOCALIZERS
        previous = seg.tag
        # jieba's tag in context wins: 上报 in "必须上报店长" is a verb, whatever it is alone.
        verb_here = language == "zh" and seg.tag.startswith("v") and seg.tag != "vn"
        if (
            not _noun_like(seg.text, language)
            or verb_slot
            or verb_here
            or misread
            or predicate
            or acts
            or seg.text in _LOCALIZERS
            or seg.text in ZH_NOT_IN_TERMS
            or (language == "zh" and seg.text in _ZH_NEGATIONS)
            or (language == "zh" and _ZH_ON_BEHALF.fullmatch(seg.text) is not None)
            or (language == "zh" and seg.tag == "n" and seg.text[:1] in _ZH_MODAL_CHARS)
            or seg.tag in ("s", "f")
        ):
            close()
            continue
        gap = text[run[-1][1] : seg.start] if run else ""
        # 区域客服 + 中心: an organisation's head after a role names the organisation.
        is_role = semantic_kind(seg.text, language) in ("role", "department") or (
            language == "zh" and ended and seg.text in _ZH_ORG_HEADS
        )
        if (
            run
            and (run[-1][2] in _ZH_CONTACT_VERBS or run[-1][2] in ONE_CHAR_PERSON_VERBS)
            and semantic_kind(seg.text, language) in ("role", "customer")
        ):
            run.pop()  # 联系 + 寄件人: the verb of the person after it, not a modifier
            close()
        # A role ends its run, unless a role follows it (客服 + 主管, 值班 + 经理).
        if run and (
            not (gap == "" or (language == "en" and gap == " ")) or (ended and not is_role)
        ):
            close()
        run.append((seg.start, seg.end, seg.text))
        # A customer ends a run as a role does (收件人 | 约定时间, 购买人 | 身份证号码).
        ended = is_role or semantic_kind(seg.text, language) == "customer"
    close()
    if language == "zh":
        groups = _with_certificates(groups, certificate_spans(segments))
    return groups


def _with_certificates(
    groups: list[tuple[int, int, list[str]]], spans: list[tuple[int, int, list[str]]]
) -> list[tuple[int, int, list[str]]]:
    """The noun runs with each certificate's whole name (危险化学品从业资格证) in place of the
    runs inside it (危险化学品, 资格证): graphs/text/certificate_names.py."""
    if not spans:
        return groups
    kept = [g for g in groups if not any(s <= g[0] and g[1] <= e for s, e, _ in spans)]
    return sorted(kept + spans, key=lambda g: g[0])


_ZH_CONTACT_VERBS = frozenset(["联系", "指导", "通知", "提醒", "告知", "询问", "引导", "协助"])
"""Verbs jieba may tag as nouns (联系 n): before a person (联系寄件人, 指导顾客) they take that
person as object; 联系电话 stays a term. So do 报, 交, 由 (并报设备主管: the role is 设备主管)."""

ZH_AGENT_MARKERS = frozenset(["由", "须由", "应由", "经"])
"""Words after which a noun run is the doer of the act that follows it (须由领班检查工装)."""


def _names_a_body(after: list[Segment], end: int) -> bool:
    """A verbal noun followed by an organisation's or a role's head names the doer (安全 检查 组,
    设备 维修 部), not its act."""
    return bool(after) and after[0].start == end and names_a_body(after[0].text)


def names_a_body(word: str) -> bool:
    """`word` is an organisation's or a role's head (组, 部, 员): after a verbal noun it makes the
    doer's name (安全检查组), not the doer's act."""
    return word in _ZH_ORG_HEADS or semantic_kind(word, "zh") in ("role", "department")


_ZH_ORG_HEADS = frozenset(
    ["中心", "部", "部门", "科", "室", "处", "站", "组", "小组", "团队", "办公室"]
)
"""Heads that make the role before them an organisation (客服中心, 质量管理部, 安保室)."""

_EN_OBJECT_START = re.compile(
    r"^\s+(?:the|a|an|its|their|your|his|her|all|every|each|any|no|[a-z]+ed)\b", re.IGNORECASE
)


def _en_verb_after_subject(word: str, after: str) -> bool:
    """ "the pool stays closed", "the attendant tests the water": a word in -s after a noun, that
    can be a verb and is followed by an object's determiner or a participle, is the predicate,
    not the second half of a compound ("safety checks are done")."""
    lowered = word.lower()
    if lowered in _EN_STATE_VERBS:
        return True
    if not lowered.endswith("s") or lowered.endswith("ss"):
        return False
    return "VERB" in en_word_classes(word) and bool(_EN_OBJECT_START.match(after))


_EN_STATE_VERBS = frozenset(
    [
        "stays",
        "remains",
        "opens",
        "closes",
        "starts",
        "ends",
        "leaves",
        "arrives",
        "returns",
        "goes",
        "comes",
        "takes",
        "gets",
        "keeps",
        "needs",
        "requires",
        "reopens",
    ]
)
"""Verbs in -s that follow their subject in rules ("the pool closes at 10 pm", "a lifeguard
stays on the poolside") and are never the second half of a compound there."""
