"""Sentences that lean on the one before: alone, a learner cannot tell what they speak of.

"If a reading is outside this range, the pool stays closed" says nothing without the sentence that
gives the range; "It takes about 3 hours", "Both the agent and customer sign the sheet" (after "…
on the damage sheet"), 「超过时限的，…」, 「上述物品须当日上交」 neither. `leans_on_previous(text,
before, language)` says whether a sentence is one of those. The facts reader
(graphs/text/facts.py) then states such a sentence together with the one before it, so that a
question's stem carries the condition it depends on, instead of dropping a rule or printing a
stem whose "this range" is never said. FAQ answers that need their question are read in
graphs/text/faq_answers.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language
from graphs.text.caches import register
from graphs.text.person_nouns import person_head
from graphs.text.segment import tokenize
from graphs.text.terms import is_stop_word
from graphs.text.unstated_referents import (
    en_condition_without_subject,
    referent_elsewhere,
    zh_act_aspect,
)
from graphs.text.word_class import en_word_classes, semantic_kind

_PRONOUN_START = {
    # A pronoun, a connective, or a condition that only negates the previous one (不能当场解决的，…).
    "zh": re.compile(
        r"^(它|它们|他们|她们|他(?!人)|她|其|这|那|此|否则|此外|另外|同时|但是?|其中|对此|上述|以上"
        r"|仍然?|依然|还是|也"
        r"|[不未没][^，。]{0,10}的，|(超过|不足|低于|高于|满|少于|多于)[^，。]{0,10}的，"
        # 「…须在15分钟内驶离车位；超时的，每15分钟收取…」: over the limit the clause before set,
        # of the subject it named (session 17 lead, m3: 「超时的，每（    ）收取占位费5元」).
        # A clause that names its own act (「超时归还的，…」) stands alone.
        r"|(?:超时|逾期|超期|过期|延时|迟到)的，"
        # 「500元以上的须报区域经理审批」 after 「赔付金额在500元以下的由店长审批；」: above 500元
        # of what the clause before named (session 21, a dry cleaner's claims); 「12岁以下的儿童」
        # names its own subject.
        r"|\d+(?:\.\d+)?[^，。；\d]{0,4}(?:以上|以下|以内)的(?=[，,]|须|应|由|可|需|必须|一律)"
        # 「超出范围时须立即调节…」 after 「…记录一次温湿度」: the range of what the one before said.
        r"|(超出|超过|低于|高于|不在|不符合|达不到)(该|此|上述)?(范围|标准|限值|要求|规定))"
    ),
    "en": re.compile(
        r"^(it|this|that|they|these|those|he|she|otherwise|however|also|then|in that case|"
        r"if so|if not|if (it|they|this|that|these|those)|additionally|in addition)\b"
        # "After 90 days it is deleted": a pronoun subject after an opening phrase.
        r"|^(?:\w+\s+){1,4}(it|they|these|those)\s+"
        r"(is|are|was|were|will|must|may|can|cannot|can't|should|has|have)\b"
        # "Report it to your manager": an instruction whose object is the sentence before's.
        r"|^[a-z]+\s+(it|them)\b",
        re.IGNORECASE,
    ),
}

_EN_POINTER = re.compile(r"\b(this|these|those|such)\s+([a-z][a-z-]+)\b", re.IGNORECASE)
_EN_ABOVE = re.compile(
    r"\b(the above|as above|the former|the latter|"
    r"(?:step|steps|table|list|rule|rules|item|items|point|points|section|sections)\s+above)\b",
    re.IGNORECASE,
)
_DOCUMENT_NOUNS = frozenset(
    [
        "policy",
        "policies",
        "document",
        "handbook",
        "manual",
        "procedure",
        "procedures",
        "guide",
        "guidance",
        "section",
        "course",
        "standard",
        "code",
        "page",
        "rule",
        "rules",
        "chapter",
        "agreement",
        "contract",
        "form",
    ]
)
"""What "this …" may name without a sentence before: the material itself ("this policy")."""
_ZH_POINTER = re.compile(
    r"上述|前述|前款|这些|这种|这类|这个|此类|此种|此时|此项|该情况|因此|(?:^|[，,；;：:])\s*以上"
    # 「违反以上任一项的…」: the items above, not "or more" (18周岁以上).
    r"|以上(?:任一|任何|各项|各条|所列|规定|情形|情况|条款|要求|内容|行为)"
    # 「护理员接报后须在 3 分钟内到场」: the report of what the sentence before says (session 10
    # designer, m3 Q4: the stem never said what the report was about).
    r"|接报|接到(?:报告|通知|电话|求助)后|收到(?:报告|通知|求助)后"
)
_ZH_THAT = re.compile(r"(?<!应)该([\u4e00-\u9fff]{2})")
_ZH_OWN_CASE = re.compile(r"^[^，,。；;]{4,}(?:的|时)[，,]\s*$")
"""The sentence's own case, just before a 该: 「冷冻品中心温度高于-15℃的，」."""


_EN_RELATIVE_PLACE = re.compile(r"\b(?:elsewhere|instead)\b(?!\s+(?:in|at|on|of)\b)", re.I)
""""Bookings made elsewhere are only refunded …": elsewhere than what the sentence before named
("elsewhere in the UK" says where itself)."""


_EN_BARE_COMPARATIVE = re.compile(
    r"\b(?:anything|something|everything|items?|bags?|parcels?|ones|those|any)\s+"
    r"(?:larger|smaller|longer|shorter|heavier|lighter|bigger|more|less|older|younger|earlier|"
    r"later|higher|lower|wider)\b(?!\s+than\b)",
    re.IGNORECASE,
)
""""Anything larger must be approved": larger than what the sentence before allowed."""
_EN_LEADING_COMPARATIVE = re.compile(
    r"^(?:shorter|longer|larger|smaller|bigger|heavier|lighter|older|younger|earlier|later|higher|"
    r"lower|wider|cheaper|faster|slower)\s+[a-z]+\b(?!.*\bthan\b)",
    re.IGNORECASE,
)
""""Shorter rentals include 200 kilometres per day": shorter than the sentence before said."""
_EN_COMPARED_THING = re.compile(
    r"\b(?:a|an|any|no)\s+(?:shorter|longer|faster|quicker|slower|earlier|later|lower|higher|"
    r"cheaper|larger|smaller|bigger)\s+(?!than\b)[a-z]+\b(?!.*\bthan\b)",
    re.IGNORECASE,
)
""""Staff must not promise a faster turnaround": faster than the time the sentence before gave."""
_EN_THAT_TIME = re.compile(
    r"\b(?:after that|before that|in that case|in this case|in such cases?|at that point|by then|"
    r"until then|if so|if not|from then on)\b",
    re.IGNORECASE,
)
_EN_ONCE_MORE = re.compile(
    r"\b(?:after|on|upon|following)\s+(?:a|the)\s+(?:second|third|fourth|repeated)\s+"
    r"(?P<noun>[a-z]+)"
    r"|\b(?:each|every|any)\s+(?:extra|additional)\s+(?P<extra>(?:minute|hour|day|night|week|month)s?)\b",
    re.IGNORECASE,
)
"""Once more of what the sentence before counted: "after a second failure the bike is locked"
(a second failed payment), "Each extra day costs $5" (each day past the 7 the return was due in);
alone, neither says what fails or what the day is extra to (session 11 designer D3, m2). Not "a
second trained person" (another one, no event again) or "each additional driver" (a kind of its
own)."""
_EN_OBJECT_PRONOUN = re.compile(r"\b(?:it|them|they)\b", re.IGNORECASE)
EN_EXPLETIVE = re.compile(
    r"\bit\s+(?:is|was|will be|must be|may be)\s+(?:not\s+)?(?:\w+\s+)?(?:to|that)\b", re.I
)


_EN_OTHER = re.compile(r"^(?:all\s+|the\s+)?other\s+[a-z]+\b(?!.*\bthan\b)", re.IGNORECASE)
""""Other members can rent one": other than those the sentence before named (Annual members)."""
_EN_ONE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+ones?\b"
    r"(?=\s*(?:[.,;:!?]|$|\s+(?:for|at|from|per|each|in|on|with|by|before|after|when|if|"
    r"a|an|the|every|within|until|during|while|themselves|himself|herself|yourself|ourselves)\b"
    # "rent one free of charge", not "gets one free hour" (a count of hours)
    r"|\s+free\b(?!\s+(?!of\b)[a-z])))",
    re.IGNORECASE,
)
""""… can rent one for $2", "… must book one a day ahead", "Counter staff must never approve one
themselves": one of what the sentence before named (a towel, a group booking), as the object of
a verb (not "at least one", "only one")."""


def _verb_of_one(text: str) -> bool:
    """A verb whose object is a bare 'one' (`_EN_ONE`)."""
    return any(
        "VERB" in en_word_classes(m["verb"]) and m["verb"].lower() not in _EN_BE
        for m in _EN_ONE.finditer(text)
    )


_EN_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
"""'The limit is one per guest': a figure, not a thing of the sentence before."""


def leading_comparative(text: str) -> bool:
    """ "Shorter rentals include …": the sentence opens on a comparison with what came before."""
    return _EN_LEADING_COMPARATIVE.match(text) is not None


def _without_antecedent(text: str) -> bool:
    """ "Do not shorten them", "waive it a second time": a pronoun with no noun before it in the
    sentence stands for something the sentence before named ("If a device is lost, report it"
    names it itself; "It is forbidden to …" points at nothing)."""
    for match in _EN_OBJECT_PRONOUN.finditer(text):
        if match.group().lower() == "it" and EN_EXPLETIVE.match(text, match.start()):
            continue
        words = re.findall(r"[A-Za-z]{3,}", text[: match.start()])
        if match.group().lower() == "them":
            # "Staff must refuse a unit to anyone who declares them": no plural noun before it
            # but its own subject; what "them" are (fuel, gas cylinders) the answer before said.
            words = [w for w in words if w.lower().endswith("s") and w.lower() != "staff"]
        if not any("NOUN" in en_word_classes(w) and not is_stop_word(w.lower()) for w in words):
            return True
    return False


_EN_PROOF_OF = re.compile(
    r"^(?:proof|evidence|confirmation|verification|documentation)\b(?!\s+of\b)", re.IGNORECASE
)
""""Proof must be shown at joining" after "Concessions: students … receive 20% off": proof of
what the sentence before said; alone it proves nothing ("Proof of address must …" says it)."""


def _en_points_back(text: str) -> bool:
    if (
        referent_elsewhere(text, "en")
        or _EN_PROOF_OF.match(text)
        or _EN_ABOVE.search(text)
        or _EN_RELATIVE_PLACE.search(text)
        or _EN_THAT_TIME.search(text)
        or _EN_BARE_COMPARATIVE.search(text)
        or _EN_LEADING_COMPARATIVE.match(text)
        or _EN_COMPARED_THING.search(text)
        or _EN_OTHER.match(text)
        or _verb_of_one(text)
    ):
        return True
    if _without_antecedent(text):
        return True
    for match in _EN_ONCE_MORE.finditer(text):
        noun = (match["noun"] or match["extra"]).lower().rstrip("s")
        if not re.search(rf"\b{re.escape(noun[:5])}", text[: match.start()], re.IGNORECASE):
            return True  # "If a payment fails twice, after a second failure …" names it
    for match in _EN_POINTER.finditer(text):
        noun = match.group(2).lower()
        if noun in ("as", "that", "days", "is", "are") or noun in _DOCUMENT_NOUNS:
            continue  # "such as", "such that", "these days", "this policy": nothing before meant
        stem = noun.rstrip("s")
        if re.search(rf"\b{re.escape(stem)}", text[: match.start()], re.IGNORECASE):
            continue  # "a reading ... this reading": the sentence names it itself
        return True
    return False


def _zh_points_back(text: str) -> bool:
    if _ZH_POINTER.search(text) or referent_elsewhere(text, "zh"):
        return True
    # 该顾客 after 顾客 in the same sentence is that customer, 该机 after 售货机 that machine (a
    # one-character head: 停用该机并…); 该物品 alone is the one before's.
    # 「门锁回路测试中任一次失效的，该电梯一律停用」: 该 right after the sentence's own case is the
    # thing of that case, not of the sentence before (session 18 designer D11, m1 Q3: the rule
    # before was printed in front of 「冷冻品中心温度高于（    ）的，该托货物一律拒收」).
    return any(
        match.group(1) not in text[: match.start()]
        and match.group(1)[0] not in text[: match.start()]
        and not _ZH_OWN_CASE.search(text[: match.start()])
        for match in _ZH_THAT.finditer(text)
    )


def names_one_introduced(text: str, before: str) -> bool:
    """ "The guest pays £8" right after "members may bring one guest": a sentence that opens on
    "the" + a noun the sentence before introduced ("a", "an", "one") speaks of that one; alone,
    it does not say whose guest."""
    opening = re.match(r"\s*the ([a-z]+)\b", text, re.IGNORECASE)
    if opening is None:
        return False
    noun = re.escape(opening.group(1))
    return re.search(rf"\b(?:a|an|one) {noun}\b", before, re.IGNORECASE) is not None


def _shortened_reference(text: str, before: str) -> bool:
    """ "Both the agent and customer sign the sheet" right after "… on the damage sheet": "the
    sheet" points back to a thing the sentence before named in full; alone it names nothing."""
    if not before:
        return False
    if names_one_introduced(text, before):
        return True
    for match in re.finditer(r"\bthe ([a-z]+)\b", text):
        noun = match.group(1)
        if semantic_kind(noun, "en") == "role":
            continue  # "the barista" after "the opening barista": a role is clear by itself
        if re.search(rf"\b[a-z]+ {noun}\b", text[: match.start()], re.IGNORECASE):
            continue
        for named in re.finditer(rf"\b([A-Za-z]+) {noun}\b", before):
            if not is_stop_word(named.group(1)):
                return True
        # "the member" after "members may not …" is whichever member the rule is about, not
        # one of them (session 21 lead: "… replies to the customer" after "personal customers"
        # glued an unrelated rule in front); a thing's plural still counts ("the bag" after "bags").
        inflections = "ped|ed|d" if _is_person(noun) else "ped|ed|d|s"
        if len(noun) >= 3 and re.search(rf"\b{noun}(?:{inflections})\b", before, re.IGNORECASE):
            return True  # "If the cap cannot be met" after "rooms are capped at £150"
    return False


def _is_person(noun: str) -> bool:
    """A customer, a member of staff or a noun with a person's ending (member, tenant)."""
    return semantic_kind(noun, "en") in ("customer", "role") or person_head(noun)


ZH_NOUN_TAGS = ("n", "vn", "nz", "ns", "nt", "nr")


@lru_cache(maxsize=16)
def _zh_kinds_named(material: str) -> dict[str, frozenset[str]]:
    """For each noun of the material, the nouns it is named with in front (服务: 夜床, 客房, 维修)."""
    kinds: dict[str, set[str]] = {}
    tokens = tokenize(material, "zh")
    for i, token in enumerate(tokens):
        if not token.pos.startswith(ZH_NOUN_TAGS) or len(token.word) < 2:
            continue
        previous = tokens[i - 1] if i else None
        if previous and len(previous.word) >= 2 and previous.pos.startswith(ZH_NOUN_TAGS):
            kinds.setdefault(token.word, set()).add(previous.word)
        for cut in range(2, len(token.word) - 1):
            kinds.setdefault(token.word[cut:], set()).add(token.word[:cut])  # 维修服务
    return {head: frozenset(found) for head, found in kinds.items()}


register(_zh_kinds_named.cache_clear)


def zh_shortened_reference(text: str, before: str, material: str) -> bool:
    """「服务内容包括…」 right after 「夜床服务时间为…」: the sentence opens on an aspect (内容, 时间,
    范围) of a thing named by its head word alone, the material names several kinds of it (夜床服务,
    客房服务), and the sentence before named one in full; alone, a learner cannot tell which.
    「冷藏柜温度…」 after 「门店冷藏柜温度…」 names the material's only 冷藏柜 and stands alone."""
    if not before or not material:
        return False
    named = _zh_kinds_named(material)
    if not any(text.startswith(head) for head in named):
        return False  # no head word of the material's kinds opens it (and jieba is costly)
    tokens = tokenize(text[:24], "zh")
    if len(tokens) < 2 or not tokens[1].pos.startswith(ZH_NOUN_TAGS):
        return False
    head = tokens[0].word
    if not tokens[0].pos.startswith(ZH_NOUN_TAGS) or semantic_kind(head, "zh") is not None:
        return False
    kinds = named.get(head, frozenset())
    if len(kinds) < 2:
        return False
    return any(kind + head in before and kind + head not in text for kind in kinds)


def zh_drops_qualifier(clause: str, earlier: str) -> bool:
    """「演练记录保存1年」 after 「消防演练每学期至少组织2次，」: the clause opens on a word the clause
    before named with a qualifier in front (消防演练) and drops it; read in its sentence it is that
    term, asked alone it is any (which drill's record?). Unlike `zh_shortened_reference` between
    sentences, one clause of a rule needs no other kinds in the material: its own sentence named it."""
    if not earlier:
        return False
    opening = tokenize(clause[:12], "zh")
    if not opening or len(opening[0].word) < 2 or not opening[0].pos.startswith(ZH_NOUN_TAGS):
        return False
    word = opening[0].word
    if semantic_kind(word, "zh") is not None:
        return False  # 温度, 时间: an aspect, said of whatever the clause names
    tokens = tokenize(earlier, "zh")
    return any(
        token.word == word
        and len(tokens[i - 1].word) >= 2
        and tokens[i - 1].pos.startswith(ZH_NOUN_TAGS)
        and tokens[i - 1].word + word not in clause
        for i, token in enumerate(tokens)
        if i
    )


def leans_on_previous(text: str, before: str, language: Language, material: str = "") -> bool:
    """Whether the sentence `text` needs `before` (the sentence before it, in its section, or ""
    when there is none) to be understood: it opens with a pronoun or connective, points back
    ("this range", 上述, 该物品) or shortens a name the sentence before gave in full ("the sheet"
    after "the damage sheet"; 服务内容 after 夜床服务, when `material` names several kinds of 服务)."""
    if _PRONOUN_START[language].match(text):
        return True
    if language == "zh":
        return (
            _zh_points_back(text)
            or zh_shortened_reference(text, before, material)
            or _zh_next_tier(text, before)
            or zh_act_aspect(text, before)
            or (bool(before) and _ZH_BARE_LIMIT.match(text.strip()) is not None)
        )
    if before and en_condition_without_subject(text):
        return True  # "…; if late, the slot is released": late is what the clause before named
    return _en_points_back(text) or _shortened_reference(text, before)


_ZH_BARE_LIMIT = re.compile(
    r"^(?:单日|每日|每天|当日|当天|单次|每次|每周|每月|每年|全天|全年|单笔|每笔)?"
    r"(?:封顶|上限|最高|最多|至多|最低|不超过|不得超过)"
)
"""「…离场时按时计费：首1小时免费，之后每小时5元，单日封顶60元」: a limit that names no thing it
limits (单日封顶60元) caps what the clause before charges; alone, 「判断正误：单日封顶50元。」 asks a cap
of nothing (session 21 lead, a car park's rules)."""
_ZH_TIER = re.compile(
    r"^(?P<act>[\u4e00-\u9fff]{1,4}?)(?P<cmp>超过|超出|低于|高于|不足|少于|多于|满)"
    r"[^，,。；;]{1,10}的[，,]"
)


def _zh_next_tier(text: str, before: str) -> bool:
    """「…售货机停机超过24小时未修复的，…；停机超过72小时的，须更换整机」: a case that repeats the
    act and the bound of the clause before (停机超过) is its next tier, of the subject the clause
    before named (售货机): alone it says of nothing what stopped."""
    match = _ZH_TIER.match(text.strip())
    return match is not None and f"{match['act']}{match['cmp']}" in before
