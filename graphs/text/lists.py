"""Lists and their lead-ins: an item that says what it is about only through the line above.

"押金标准如下：" then "- 套房：每间每晚800元"; "You must not:" then "- accept gifts worth more than
£20"; "If there is an incident:" then "2. Tell your shift supervisor …". `leans_on_lead_in` says
whether a sentence is such an item; `continues_clause` whether a clause after a semicolon opens
with its verb, its subject being the clause before's.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.clause_forms import NAMED_BY_WHAT_THEY_DO
from graphs.text.segment import tokenize
from graphs.text.word_class import en_word_classes

_LIST_MARKER = re.compile(r"^\s*(?:[-*•·]|\d+(?:\.\d+)+\.?\s|\d+[.)、]|[（(]?\d+[）)])\s*")
_LABEL_VALUE = re.compile(r"^[^，。,.:：]{1,16}[:：]\s*\S")


def without_marker(item: str) -> str:
    """A list item's text without its marker ("2. ", "- ", （1）)."""
    return _LIST_MARKER.sub("", item, count=1)


def lead_in_of(material: str, start: int, raw: str, language: Language) -> tuple[int, str] | None:
    """The lead-in an item of a list leans on, as (its offset, its line), or None: a "label:
    value" item ("押金标准如下：" then "- 套房：每间每晚800元"), a step that opens with its verb
    ("If there is an incident:" then "2. Tell your shift supervisor …") or a phrase that
    continues the lead-in ("You must not:" then "- accept gifts worth more than £20"). Alone the
    item does not say what it is of."""
    line_start = material.rfind("\n", 0, start) + 1
    line = material[line_start : material.find("\n", start) if "\n" in material[start:] else None]
    marker = _LIST_MARKER.match(line)
    if not marker or line_start + marker.end() < start - 1:
        return None  # not a list item, or a later sentence of the item
    labelled = _LABEL_VALUE.match(raw) is not None
    conditional = verdict = False
    offset = line_start
    for previous in reversed(material[:line_start].splitlines()):
        if previous.strip() and not _LIST_MARKER.match(previous) and not previous[:1].isspace():
            conditional = _CONDITION_LEAD.search(previous.strip()) is not None or any(
                lead.search(previous.strip()) for lead in _ANY_CASE_LEAD.values()
            )
            verdict = _VERDICT_LEAD.search(previous.strip()) is not None
            break
    if not (labelled or conditional or verdict) and not _opens_without_subject(raw, language):
        return None
    for previous in reversed(material[:line_start].splitlines(keepends=True)):
        offset -= len(previous)
        if not previous.strip() or _LIST_MARKER.match(previous) or previous[:1].isspace():
            continue  # another item, or the wrapped rest of one ("  disciplined for doing so;")
        lead = previous.strip()
        return (offset + previous.index(lead), lead) if lead.endswith((":", "：")) else None
    return None


_CONDITION_LEAD = re.compile(
    r"\b(?:when|if|unless|where|whenever|provided that|in these cases|in any of these cases)\s*[:：]$"
    r"|(?:时|的|情况下|情形之一的|情形|之一)\s*[:：]$",
    re.IGNORECASE,
)
"""A lead-in that states a rule's consequence before its conditions ("There is no early
termination charge when:", 有下列情形之一的：): each item is one of the conditions, whatever its
subject, and says nothing alone."""


_ZH_ANY_CASE_LEAD = re.compile(
    r"^(?:凡|如|若|一旦)?(?:出现|发生|遇有|遇到|遇|有)(?:以下|下列|如下)(?:任一|任何一种|任意一种|一种|之一)?"
    r"(?:情况|情形)(?:之一)?(?:的|时)?[，,](?P<rule>[^：:]{4,40})[：:]$"
)
_EN_ANY_CASE_LEAD = re.compile(
    r"^(?:if|when|whenever|should)\s+any (?:one )?of the following (?:occurs?|happens?|applies|"
    r"is found|are found|is true),\s*(?P<rule>[^:]{8,120}):$",
    re.IGNORECASE,
)
_ANY_CASE_LEAD = {"zh": _ZH_ANY_CASE_LEAD, "en": _EN_ANY_CASE_LEAD}
"""A lead-in that names the rule and leaves its cases to the list (「出现以下任一情况，班组长必须立即
组织人员撤离：」, "If any of the following occurs, the crew lead must stop the lift:"): each item is a condition of the rule, a noun phrase alone (「风力达到 6 级及以上」
was asked as a true/false statement, session 10 designer m1 Q7)."""


_VERDICT_LEAD = re.compile(
    r"(?:不予|不得|不能|不可|不再|严禁|禁止|一律不|不)[\u4e00-\u9fff]{1,8}\s*[:：]$"
    r"|\b(?:not|never)\s+(?:be\s+)?[a-z]+\s*:$|\bexclude[sd]?\s*:$",
    re.IGNORECASE,
)
"""A lead-in that gives its items a verdict (「以下情况不予赔付：」, "The warranties do not
cover:"): each item is a case of it, whatever its own form, and is a rule only with it."""
_ZH_VERDICT = re.compile(r"(?:不予|不得|不能|不可|不再|严禁|禁止|一律不|不)[\u4e00-\u9fff]{1,8}$")
_ZH_VERDICT_ON_ACTS = re.compile(
    r"(严禁|禁止|不得|不准|须|必须|应当|应)(?:有|出现)?(?:以下|下列|如下)"
)
"""A verdict on the acts the list names (「严禁下列行为：」): it goes in front of each item."""
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百\d]+条\s*")
_EN_NEGATED_VERB = re.compile(r"\b(?:not|never)\s+(?:be\s+)?[a-z]+$|\bexclude[sd]?$", re.I)


def leans_on_lead_in(material: str, start: int, raw: str, language: Language) -> bool:
    """Whether the sentence is an item of a list that leans on its lead-in (`lead_in_of`)."""
    return lead_in_of(material, start, raw, language) is not None


_ANNOUNCES = re.compile(r"以下|如下|下列|下述|the following|as follows|below", re.IGNORECASE)
_EN_MODAL_END = re.compile(
    r"\b(?:must|must not|may not|should|should not|shall|shall not|need to|needs to|"
    r"are required to|is required to|never|always|may|can|cannot|will|do not)$",
    re.IGNORECASE,
)


_EN_CONDITION_END = re.compile(r"\b(?:when|if|unless|where|whenever|provided that)$", re.IGNORECASE)


def with_lead_in(lead: str, item: str, language: Language) -> tuple[str, int] | None:
    """The item stated with its lead-in in front, and where the item starts in it; None when
    the lead-in only announces a list ("须注意以下几点：", "as follows:"), which says nothing.

    "You must not:" + "accept gifts worth more than £20 from a client;" -> "You must not accept
    gifts worth more than £20 from a client."; "员工须做到：" + "接触生肉后洗手；" ->
    "员工须做到：接触生肉后洗手。"."""
    head = lead.rstrip().rstrip(":：").rstrip()
    body = item.strip().rstrip("；;，,。.")
    case = _ANY_CASE_LEAD[language].search(lead.strip())
    if case is not None and language == "zh":
        # 「出现以下任一情况，班组长必须立即组织人员撤离：」 + 「风力达到 6 级及以上」 ->
        # 「风力达到 6 级及以上时，班组长必须立即组织人员撤离。」
        when = "" if body.endswith(("时", "的")) else "时"
        return f"{body}{when}，{case['rule'].strip()}。", 0
    if case is not None:
        if body[:1].isupper() and body[1:2].islower():
            body = body[0].lower() + body[1:]
        return f"If {body}, {case['rule'].strip()}.", 0
    if head and language == "zh" and _ANNOUNCES.search(head):
        # 「以下情况不予赔付：」 + 「车内遗留的现金」 -> 「车内遗留的现金，不予赔付。」: the lead-in
        # announces the list and gives each item its verdict (session 10 designer's fault 3).
        acts = _ZH_VERDICT_ON_ACTS.search(head)
        if acts is not None:
            # 「装修期间严禁下列行为：」 + 「拆除承重墙」 -> 「装修期间严禁拆除承重墙。」
            said = _ARTICLE.sub("", head[: acts.end(1)])
            return f"{said}{body}。", len(said)
        verdict = _ZH_VERDICT.search(head)
        return (f"{body}，{verdict.group()}。", 0) if verdict else None
    if not head or _ANNOUNCES.search(head):
        return None
    if language == "zh":
        joined = f"{head}："
        return joined + body + "。", len(joined)
    runs_on = (
        _EN_MODAL_END.search(head)
        or _EN_CONDITION_END.search(head)
        or _EN_NEGATED_VERB.search(head)
    )
    if runs_on and body[:1].isupper() and body[1:2].islower():
        body = body[0].lower() + body[1:]
    joined = f"{head} " if runs_on else f"{head}: "
    return joined + body + ".", len(joined)


def continues_clause(material: str, start: int, raw: str, language: Language) -> bool:
    """A clause cut at a semicolon that opens with its verb: "违反本规范的，扣减绩效；造成用药
    事故的，移交质量管理部处理" — who caused the accident is the clause before's subject."""
    before = material[:start].rstrip()
    if not before.endswith(("；", ";")) or language != "zh":
        return False
    token = next((t for t in tokenize(raw, "zh") if t.pos not in ("x", "w")), None)
    if token is None:
        return False
    if not token.pos.startswith("v") or token.pos == "vn":
        # 「…物业服务中心可从押金中扣除修复费用；情节严重的，报告街道办事处…处理」: after its
        # condition the rule opens with its verb; who reports is the clause before's subject
        # (session 10 designer, m3 Q5: an option 「情节严重的，报告…」 with no one doing it).
        condition = _CONDITION_THEN.match(raw)
        verb = (
            next((t for t in tokenize(condition.group(1), "zh") if t.pos not in ("x", "w")), None)
            if condition
            else None
        )
        if verb is None:
            return False
        return (verb.pos.startswith("v") and verb.pos != "vn") or bool(
            _HANDLING_VERB.match(verb.word)
        )
    if NAMED_BY_WHAT_THEY_DO.match(raw):
        return False  # 「…须查验身份证；未满18周岁者一律不得购买」: 者 names who, a rule of its own
    # 「涉及药品不良反应的，药师须填写…」: the condition opens with a verb, but the rule after it
    # has a subject of its own; it is a rule (stated with the clause before, see references).
    condition = _CONDITION_THEN.match(raw)
    if condition:
        after = next(
            (t for t in tokenize(condition.group(1), "zh") if t.pos not in ("x", "w")), None
        )
        if after is not None and after.pos.startswith(("n", "r")) and after.pos != "nr":
            return False
    return True


_HANDLING_VERB = re.compile(
    r"^(?:报告|上报|移交|交由|通知|责令|处以|扣除|暂停|取消|收回|没收|追究)$"
)
"""What is done about a case, whatever jieba tags it (报告 is a noun to it): 「…的，报告…处理」."""
_CONDITION_THEN = re.compile(r"^[^，。；]{1,16}的[，,]([^，。；]+)")


def case_of_clause_before(material: str, start: int, raw: str, language: Language) -> bool:
    """A clause cut at a semicolon that states the other case of the clause before's rule, as
    「…的，」 with no subject of its own: 「只能在购机后7日内购买；超过7日的，不得补购」, 「须在
    5个工作日内完成维修；需要从厂家调配零件的，可延长至10个工作日」. With the clause before in
    front it is a rule (the limit's far side, the exception); alone it says nothing."""
    return _CONDITION_THEN.match(raw) is not None and continues_clause(
        material, start, raw, language
    )


_ZH_COPULAS = frozenset(["是", "为", "有", "属于"])


def _opens_without_subject(text: str, language: Language) -> bool:
    """The item opens with a verb (an instruction: its condition is the lead-in's) or is a
    phrase with no finite verb of its own ("Cut-resistant gloves when handling strapping",
    「65岁以上老年人及同时服用5种以上药品的顾客」: who the lead-in speaks of, not a rule)."""
    if language == "zh":
        tokens = [t for t in tokenize(text, "zh") if t.pos not in ("x", "w")]
        if not tokens:
            return False
        if tokens[0].pos.startswith(("v", "d")) and tokens[0].pos != "vn":
            return True
        # What a "…的" modifier holds is not the item's predicate: look after the last 的.
        last_de = max((i for i, t in enumerate(tokens) if t.word == "的"), default=-1)
        head = tokens[last_de + 1 :]
        return not any(
            (t.pos.startswith("v") and t.pos != "vn") or t.word in _ZH_COPULAS for t in head
        )
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", text)
    if not words:
        return False
    first = en_word_classes(words[0])
    if first and first <= {"VERB", "AUX"}:
        return True
    # "Make the area safe": a verb before its object's determiner is an instruction.
    if "VERB" in first and len(words) > 1 and words[1].lower() in _EN_DETERMINERS:
        return True
    return not any(_finite(word) for word in words[1:])


def _finite(word: str) -> bool:
    """An English word that can only be a verb here (enters, must): not a noun, not an -ing."""
    if word.lower() in _EN_FINITE:
        return True
    classes = en_word_classes(word)
    return "VERB" in classes and "NOUN" not in classes and not word.lower().endswith("ing")


_EN_DETERMINERS = frozenset(["the", "a", "an", "your", "their", "all", "every", "any", "sure"])
_EN_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "must",
        "may",
        "might",
        "can",
        "cannot",
        "could",
        "should",
        "shall",
        "will",
        "would",
        "need",
        "needs",
        "do",
        "does",
        "did",
    ]
)
