"""Clauses that state nothing alone, read by their form: a clause after a semicolon that speaks
of what the clause before it named (a pronoun, a short condition with no subject, a verbless note
"entry only before 16:00"), an FAQ answer that is a noun phrase, an item of a list run into one
sentence after its lead-in. The facts reader states them with what they lean on, or not at all;
the validators refuse them printed alone. Sentences that lean on the sentence before are read in
graphs/text/references.py.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphs.exams import Language
from graphs.text.duties import en_states_duty
from graphs.text.references import EN_EXPLETIVE
from graphs.text.word_class import en_verb_lemma, en_word_classes

_BARE_DURATION = {
    "zh": re.compile(
        # 「逾期超过10天的，…」: overdue, of what the clause before set a date for.
        r"^(?:(?:逾期|超期)?(?:超过|逾|满|过了?))"
        r"\s*(\d+(?:\.\d+)?\s*(?:分钟|小时|个?工作日|天|日|周|个?星期|个?月|年))"
        r"(?![^，,。；]*(?:后|起|之日|以来))"
    ),
    "en": re.compile(
        r"^(?:after|more than|over|beyond|later than) (\d+(?:\.\d+)? (?:minutes?|hours?|"
        r"(?:working |business )?days?|weeks?|months?|years?))\b(?![^,;]*\b(?:of|from|after|since)\b)",
        re.IGNORECASE,
    ),
}
"""A clause that opens on a duration with no starting point of its own (「超过30天提出的申诉」,
"After 14 days, …"): it counts from the point the clause or sentence before it names."""

_ACROSS_SEMICOLON = {
    # 「…视为误开锁，不收费；每个账户每天限2次」: a per-unit cap with no verb caps the clause before.
    # 「…须在30分钟内到达现场；郊区项目可延长至60分钟」: what is extended is the clause before's
    # limit. 「…通过APP提交；畅骑在3个工作日内答复」: a time limit and a verb with no object
    # answer what the clause before submitted.
    "zh": re.compile(
        r"它|他们|她们|其(?!他|它|中|余|次|实)|原(?:来|先)的|^每[^，,。]{1,8}限\d"
        r"|^[^，,。]{0,16}?(?:可|可以|最多|最长|均|则)?(?:延长|缩短|放宽|推迟|顺延)(?:至|到)"
        # 「店长可批准15%以上的折扣；店员最多可给10%」: a share of the clause before's discount.
        r"|(?:给|让|优惠|减免)\s*\d+(?:\.\d+)?\s*(?:%|折)[。.]?$"
        r"|^[\u4e00-\u9fff]{1,6}(?:须|应|将|会)?在[^，,。]{1,10}?内"
        r"(?:答复|回复|处理|办理|反馈|审核|完成|退回|回电)[。.]?$"
    ),
    "en": re.compile(
        r"\b(?:they|them|their|it|its)\b|\bthe (?:original|same|other|remaining|latter|former)\b"
        r"|^[^,;]{0,40}\b(?:can|may|will) be (?:extended|shortened|reduced|increased) to\b"
        # "…within 28 days of the journey; the manager must reply within 10 working days": a
        # reply with no object answers what the clause before had made (the complaint).
        # "…; the manager replies within 5 working days" says it in the present (session 20 end
        # designer D13, m2 #1: 'The manager replies within (    )').
        r"|^[^,;]{0,40}\b(?:(?:must|will|shall|should) (?:reply|respond|answer|get back)"
        r"|replies|responds|answers|gets back) within\b"
        # "…approves any discount above 15 percent; technicians may give at most 10 percent":
        # a share given with no thing it is a share of (the discount the clause before named).
        r"|\b(?:give|offer|grant|allow|approve|take)\s+(?:up to\s+|at most\s+|no more than\s+)?"
        r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?!\s+(?:of|off|on|discount)\b)"
        # "…must be emptied by closing time; items left overnight are removed": left in what
        # the clause before named (the day lockers).
        r"|^\s*(?:any\s+)?(?:items?|things|belongings|goods|property|anything|everything)\s+"
        r"(?:left|found|kept|stored|not\s+collected)\b",
        re.IGNORECASE,
    ),
}


NAMED_BY_WHAT_THEY_DO = re.compile(r"^[^，,。；;的]{1,12}?者(?![，,])")
"""A subject made of a verb phrase and 者 (未满18周岁者, 持卡者): a clause that opens with it names
whom it speaks of; 「…者，…」 with a comma after it is a condition, read as before."""
_ZH_BARE_CONDITION = re.compile(r"^(?=[\u4e00-\u9fff]{0,4}[不没未无])[\u4e00-\u9fff]{1,5}的[，,]")
"""「联系不上的，…」「逾期未取的，…」: a short condition that the clause before's action failed,
with no subject of its own (「包裹破损的，…」 names its own)."""


_EN_NOUN_MARKERS = frozenset(
    [
        "the",
        "a",
        "an",
        "at",
        "on",
        "in",
        "of",
        "for",
        "by",
        "with",
        "to",
        "from",
        "per",
        "all",
        "any",
        "some",
        "no",
        "its",
        "their",
        "your",
        "our",
    ]
)


def en_verbless(text: str) -> bool:
    """ "entry only before 16:00 on weekdays": a clause with no verb of its own, a note on the
    thing the clause before it named."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words or _EN_FINITE.search(text) or en_states_duty(text):
        return False
    # An inflected form is a verb unless a determiner or preposition makes it a noun ("at
    # weekends", "the cards"; "every extra kilometre costs" is a verb).
    inflected = [
        word
        for before, word in pairwise(["", *words])
        if (lemma := en_verb_lemma(word)) is not None
        and lemma != word.lower()
        and ("NOUN" not in en_word_classes(word) or before.lower() not in _EN_NOUN_MARKERS)
    ]
    # "we retry once": a bare verb after a pronoun subject is a verb too.
    return not inflected and not (
        len(words) > 1
        and words[0].lower() in ("we", "you", "they", "i")
        and en_verb_lemma(words[1]) == words[1].lower()
    )


def leans_across_semicolon(text: str, language: Language) -> bool:
    """A clause after a semicolon that speaks of what the clause before it named: a pronoun
    ("…must be offered a new appointment; the dentist decides whether they can be seen"), a
    contrast ("A photo is never accepted; staff must see the original card"), a short condition
    with no subject (「…由领班致电客人；联系不上的，由领班…进房」: whom they cannot reach) or a
    verbless note ("Off-peak plan: £30 per month; entry only before 16:00": whose entry). The two
    clauses are one sentence; alone, the second names nothing."""
    for match in _ACROSS_SEMICOLON[language].finditer(text):
        if language == "en" and EN_EXPLETIVE.match(text, match.start()):
            continue  # "it is forbidden to …" points at nothing
        return True
    if _BARE_DURATION[language].match(text.strip()):
        return True  # 「…须在扣费后30天内提出申诉；超过30天提出的申诉不予受理」: 30 days from what?
    if language == "zh":
        # 「销售香烟和酒类时须查验顾客身份证；未满18周岁者一律不得购买」: a rule of its own, whose
        # object (what they may not buy) the clause before names.
        stripped = text.strip()
        return bool(_ZH_BARE_CONDITION.match(stripped) or NAMED_BY_WHAT_THEY_DO.match(stripped))
    return en_verbless(text)


def counts_from_before(text: str, before: str, language: Language) -> bool:
    """A sentence that opens on a duration with no starting point, which the sentence before it
    states with its starting point: 「储值卡开卡后12个月内有效。超过12个月未使用的余额，由财务部
    清退。」 ("after 14 days" of purchase). Alone, the qualifier (开卡后, of purchase) is lost and
    the figure counts from nothing."""
    match = _BARE_DURATION[language].match(text.strip())
    if match is None:
        return False
    figure = re.sub(r"\s+", "", match.group(1)).lower()
    return figure in re.sub(r"\s+", "", before).lower()


_EN_FINITE = re.compile(
    r"\b(?:am|is|are|was|were|be|has|have|had|do|does|did|must|may|might|can|cannot|could|should|"
    r"shall|will|would|needs?|isn't|aren't|don't|doesn't|won't|can't)\b",
    re.IGNORECASE,
)
_EN_DETERMINER = frozenset(["the", "a", "an", "your", "their", "it", "them", "all", "any", "this"])


def phrase_answer(text: str) -> bool:
    """An English FAQ answer that is a noun phrase, not a statement ("A credit card in the main
    driver's name.", "A full driving licence held for at least 1 year."): no auxiliary or modal,
    no present-tense verb (pays, go after a plural subject), no imperative. It answers its
    question; alone it states nothing, and a changed copy of it is no false statement."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|\d[\d.,]*|[,;]|_{2,}", text)  # ____: a blank term
    if not words or en_states_duty(text):
        return False  # "Staff log the report …": a role and its verb state a duty
    if any(not _in_relative_clause(text, m) for m in _EN_FINITE.finditer(text)):
        return False  # "Food that can spoil" has its verb in a clause of the noun's own
    if en_verb_lemma(words[0]) and len(words) > 1 and words[1].lower() in _EN_DETERMINER:
        return False  # "Call the branch supervisor": an instruction
    plural_seen = False
    for index, (before, word) in enumerate(pairwise(words)):
        if word in _EN_ITEM_BREAK or before in _EN_ITEM_BREAK:
            plural_seen = False  # "Brakes, tyre pressure": the next item has no verb of Brakes'
            continue
        if before.lower() in _EN_SUBORDINATE:
            plural_seen = False  # "… on the walls if the owner refused a dust sheet": a new subject
        plural_seen = (
            plural_seen
            or before.lower() in _EN_IRREGULAR_PLURALS
            or (before.lower().endswith("s") and "NOUN" in en_word_classes(before))
        )
        lemma = en_verb_lemma(word)
        if lemma is None or before.lower() in _EN_DETERMINER:
            continue
        if word.lower() in _EN_BEFORE_NOUN:
            continue  # "30 percent for charters over 2000 euros": "over" is no verb there
        if before.lower() in _EN_PRONOUN_SUBJECT or before.startswith("_"):
            return False  # "We cut the lock …", "____ review …": a subject and its verb
        subject = "NOUN" in en_word_classes(before) and not before[0].isdigit()
        plural_noun = "NOUN" in en_word_classes(word) and (
            before[0].isdigit() or before.lower() in _EN_BEFORE_NOUN
        )
        if word.lower().endswith("s") and lemma != word.lower() and not plural_noun:
            return False  # "Northwind pays …", "A fee of £25 applies" (not "500 pounds")
        if lemma == word.lower() and plural_seen and (subject or before.lower() in _EN_WHO):
            return False  # "Refunds go back …", "Users who click a link complete …"
        if lemma == word.lower() and plural_seen and _after_bound(words, index):
            return False  # "Children under 6 ride free", "Pupils aged 6 to 14 pay EUR 9"
    return True


def _after_bound(words: list[str], index: int) -> bool:
    """Whether words[index] (a figure) closes a bound on the subject before the verb after it:
    "under 6", "over 65", "aged 6 to 14". The verb is the subject's; an age band and its fare
    was read as a noun phrase and listed as a rule this generator "cannot yet make a question
    of" (session 16 lead: "Children aged 5 to 15 pay the child fare of EUR 12.")."""
    return words[index][0].isdigit() and index > 0 and words[index - 1].lower() in _EN_BOUND


_EN_BOUND = frozenset(["under", "over", "below", "above", "aged", "to", "and"])
_EN_IRREGULAR_PLURALS = frozenset(["children", "people", "men", "women"])
"""Plural subjects the -s test misses."""


_EN_ITEM_BREAK = frozenset([",", ";", "and", "or"])
"""Between the items of a listed answer ("Fuel, gas cylinders, fireworks and food"): a verb-like
word after one ("and lights") is the next item, not the verb of the one before."""
_EN_WHO = frozenset(["who", "that", "which"])
_EN_SUBORDINATE = frozenset(["if", "unless", "when", "where", "because", "although", "while"])
_EN_BEFORE_NOUN = frozenset(
    ["than", "in", "of", "for", "with", "on", "at", "to", "by", "from", "per", "about", "over"]
)
"""Words after which an -s word is a plural noun ("more than 500 pounds", "in winds"), not a
verb with its subject ("The X opens a ticket", "A fee of £25 applies")."""
_EN_PRONOUN_SUBJECT = frozenset(["i", "we", "you", "they", "he", "she", "it"])


def _in_relative_clause(text: str, finite: re.Match[str]) -> bool:
    """A finite verb right after "that"/"which"/"who", with no comma between it and a noun
    before ("food that can spoil"): the verb of a clause describing a listed thing. "Tenants who
    arrive late must sign" has its main verb after the clause's own and is read as a statement."""
    before = text[: finite.start()].rstrip()
    return re.search(r"[A-Za-z]\s+(?:that|which|who)$", before, re.IGNORECASE) is not None


_SENTENCE_END = re.compile(r"[。！？!?\n]|\.\s")


def inline_list_item(before: str) -> bool:
    """The clause after `before` (the material up to it) is an item of a list run into one
    sentence after its lead-in's colon (「以下情况不予退换：人为损坏；…；已激活账号的智能电视…」):
    the item is a noun phrase whose rule is the lead-in's, and alone it states nothing."""
    head = before.rstrip()
    if not head.endswith((";", "；")):
        return False
    ends = list(_SENTENCE_END.finditer(head))
    sentence = head[ends[-1].end() :] if ends else head
    colon = re.search(r"：|:\s", sentence)
    # The lead-in announces a list (以下情况…：, "the following:"); "Off-peak plan: £30 per
    # month; entry only …" is a label and its terms, read with the clause before instead.
    return colon is not None and _ANNOUNCES_LIST.search(sentence[: colon.start()]) is not None


_ANNOUNCES_LIST = re.compile(
    r"以下|下列|如下|下述|包括|包含|\b(?:following|include|includes|including|these)\b", re.I
)


_ZH_LISTED = re.compile(r"([\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+)")
_EN_LISTED = re.compile(r"^([A-Za-z ,-]+?)\s+(?:can|may|are|is)\b", re.IGNORECASE)
_NARROWING = {
    "zh": re.compile(r"^(?:但|但是)?(\w{1,6}?)(?:须|必须|只能|仅限|仅|应|不得|不能|不可)"),
    "en": re.compile(
        r"^(?:but\s+)?(?:the\s+)?([a-z -]{2,30}?)\s+(?:must|can only|may only|only|cannot|may not)\b",
        re.IGNORECASE,
    ),
}


def narrowed_by_next(text: str, following: str, language: Language) -> bool:
    """A clause that lists several things under one rule, and the clause after its semicolon
    gives one of them a rule of its own: 「新装、移机、销户可通过营业厅或App办理；销户须本人到营业厅
    办理」. Alone, the first is false of 销户 (keyed true, it teaches closing in the app)."""
    found = _NARROWING[language].match(following.strip())
    if found is None:
        return False
    named = found.group(1).strip().lower()
    if language == "zh":
        lists = _ZH_LISTED.findall(text)
        # The last item runs on into the verb (销户可通过营): it starts with the name.
        return any(
            named in (i[: len(named)], i[-len(named) :]) for x in lists for i in x.split("、")
        )
    head = _EN_LISTED.match(text.strip())
    if head is None:
        return False
    items = [i.strip().lower() for i in re.split(r",|\band\b|\bor\b", head.group(1))]
    return len([i for i in items if i]) > 1 and any(
        i and (i.rstrip("s") == named.rstrip("s") or i.endswith(" " + named)) for i in items
    )


EN_ONLY_PER = re.compile(
    r"^Only\s+(?:\d+|one|two|three|four|five|six)\s+[a-z]+\s+per\s+[a-z]", re.IGNORECASE
)
""""Only one person per trampoline at a time.": a limit stated without a verb, a rule all the
same (session 15 end designer D8: listed as a rule this generator "cannot yet make a question
of"), neither a condition on the question's subject nor a noun phrase answering it."""
