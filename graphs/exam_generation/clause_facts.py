"""Which facts of a many-fact rule a single-fact item may ask one by one, and how each is stated.

A rule often holds several facts: 「池区主管须在每天开放前30分钟完成水温检测，高温池水温不得超过42℃，
常温池保持在36℃至38℃之间」 (when, a ceiling, a range), "Packages must be kept below 25°C in the cold
room and handed over within 48 hours of arrival" (two). Dealt to one item each, a 1,000-character
material ran out of rules at 60% of a 17-item blueprint (issue 11, session 15 D7). Here a rule is
asked fact by fact when at least two of its clauses each state a rule whole on their own; an item on
one of them prints that clause alone, so that no item prints another's key (the validators still
judge every pair: sibling_keys.check_sibling_clause_key, answer_leaks).

Session 14's attempt was reverted for stems that lost their rule or subject (「衣物超过（    ）未取。」,
'A second within (    )', 'Students with a valid card pay 15 percent.'). A clause stands alone here
only when all of these hold:
    - the rule opens on its subject, not on a case or a frame (超过…的，, 开场前30分钟，, 交接班时双方…,
      If…, When…):
      a case or frame governs every clause after it, so such a rule is asked whole;
    - Chinese: the clause opens on its own subject (a noun, a role, 每+noun, or an act and 后/前 that
      times the rule: 施肥后48小时内不得…) and goes on from nothing (并…, 低于5厘米时…, 夜间不得…),
      sets no case for the next clause (…的，) and says nothing the clause before must name
      (references.leans_on_previous, lost_context: 此, 'it', 'a second', a share of no sum);
    - English: a clause after "; " or ", and " names its subject; one after " and " that shares it
      ("… and handed over within 48 hours") is stated with the subject and modal of the first
      ("Packages must be handed over within 48 hours of arrival."), and only when that modal
      governs both verbs (no "or" threat, no second subject);
    - it says must or must not, or holds a figure or a role: something to ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

import lemminflect

from graphs.exam_generation.clause_frames import framed, opening_clause
from graphs.exam_generation.leading_cases import leading_case
from graphs.exam_generation.lost_context import lost_context, open_condition
from graphs.exam_generation.material import Material
from graphs.exam_generation.repeated_acts import repeats_act
from graphs.text.anchors import anchors_of
from graphs.text.caches import Memo
from graphs.text.fact_kinds import kinds_of, modal_cue
from graphs.text.facts import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.references import leans_on_previous, zh_drops_qualifier
from graphs.text.rule_elsewhere import rule_elsewhere
from graphs.text.similarity import normalise
from graphs.text.word_class import en_verb_lemma, en_word_classes


@dataclass(frozen=True)
class ClauseFact(Fact):
    """One clause of a many-fact rule, stated alone (its text, quote and anchors are the
    clause's); other items may rest on the rule's other clauses."""

    clause: int = 0
    """The clause's place in its sentence."""


MIN_CLAUSE_CHARS = {"zh": 6, "en": 20}
_ZH_BREAK = re.compile(r"[，,；;]")
_EN_SPLIT = re.compile(r";\s+|,\s+(?:and|but)\s+|\s+and\s+")
_ZH_CASE_END = re.compile(r"(?:的|时|时候|后|前|期间|以内|之内)$")
_ZH_CASE_OPEN = re.compile(
    r"^(?:如果|如|若|凡|对于|当|除|经|超过|超出|超时|逾时|低于|高于|达到|不足|未|逾期|因|由于|在|自|从|凭)"
)
_ZH_GOES_ON = re.compile(
    r"^(?:并|且|但|并且|同时|否则|再|方可|才|然后|随后|由|并由|均|也|还|或"
    r"|须|必须|务必|应当|应(?!急|用|届)|不得|需(?!求)|可以|可(?!乐|能))"
)
"""A clause that opens on a link or on its modal (「员工每月可申请调休4天，须提前3天向店长报备」: who
must give notice, the clause before names) goes on from the clause before."""
_ZH_UNNAMED = re.compile(r"的(?:整批|一律|全部|均|须|应|不|可|按|由)|方可|才能|才可")
"""「…的整批拒收」 of an unnamed subject; 「考试合格方可独立进库」: a condition of the clause before's
subject (新员工)."""
_ZH_SELF = re.compile(r"自行|自己|亲自")
"""「贵重物品须自行妥善保管」 after 「甲方须提供…」: by oneself, the clause before's subject (甲方), not
the things it opens on (session 15 end designer D8: 「贵重物品…无须自行妥善保管」, whose?)."""
_ZH_ROUND = re.compile(r"每\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,2}[\u4e00-\u9fff]{2}(?:一次|1次)$")
_ZH_PLACE = re.compile(r"在[\u4e00-\u9fff]{1,6}?(?:池|房|区|室|间|场|库|厅|馆|内)")
"""「救生员应每10分钟巡视一次」 after 「每位顾客在高温池连续浸泡…」: a round with nothing to go round but
the place the clause before names; alone it lost its pool (the lead's hot spring, session 15)."""
_ZH_THRESHOLD = re.compile(r"(?<![不未])(?:超过|超出|满|达到|不足|低于|高于|逾期?|多于|少于)\s*\d")
"""「修好的机器超过60天未取」: a threshold crossed with no must or must not is the case of the
clause after it (门店按每天2元收取保管费). Apart, each lost half: 「…超过（    ）未取。」 is also true
of the material's 180天 rule, and 「门店按每天____收取保管费」 says not when (session 16 D9, m2)."""
_ZH_TIMED_ACT = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:后|前)")
"""「施肥后48小时内不得喷洒农药」: an act that times the rule names what it is about."""
_ZH_SUBJECT_TAGS = ("n", "nr", "ns", "nt", "nz", "vn", "b", "s", "term", "eng")
_EN_CASE_OPEN = re.compile(
    r"^\s*(?:if|when|whenever|unless|once|after|before|while|where|until|should|on|in|at|during|"
    r"for|from|by|outside|within|between|over|under|except|only)\b",
    re.IGNORECASE,
)
_EN_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|there|such)\b", re.I
)
_EN_RULE = re.compile(
    r"^(?P<head>(?P<subject>(?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)\s+"
    r"(?P<modal>must|should|shall|may|cannot|can|will|is to|are to)(?:\s+not)?"
    r"(?:\s+(?:only|always|also))?(?P<be>\s+be)?)\s+(?P<verb>[a-z]+)\b"
)
"""A rule's subject and modal ("Packages must be"), then its first verb."""
_EN_MODAL = re.compile(r"^(?:must|should|shall|may|cannot|can|will)\b")
_EN_THREAT = re.compile(r",?\s+or\s+(?:else\s+)?(?:it|they|the|a)\b", re.IGNORECASE)


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end) offsets, without the closing stop."""
    body = text.rstrip("。.！!？? ")
    spans, start = [], 0
    for match in pattern.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _zh_subject(clause: str, lexicon: Lexicon, roles: set[str]) -> bool:
    """The clause opens on its own subject."""
    if _ZH_TIMED_ACT.match(clause) and not _ZH_CASE_OPEN.match(clause):
        return True
    segments = lexicon.segment(clause)
    if not segments:
        return False
    first = segments[0]
    if first.text == "每" or (first.text.startswith("每") and len(first.text) == 2):
        # 「每次浇水须在…」, 「每托货物…」 name what they measure; 「每次不少于…」 does not.
        if len(segments) < 2:
            return False
        if segments[1].tag.startswith(_ZH_SUBJECT_TAGS):
            return True
        # 「每次浇水须在…」 is a rule of its own; 「每月限用1次」 goes on from the clause before.
        return segments[1].tag == "v" and modal_cue(clause, "zh", lexicon) is not None
    return first.text in roles or first.tag.startswith(_ZH_SUBJECT_TAGS)


def _zh_clauses(fact: Fact, material: Material, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(statement, quote) for each part of a Chinese rule that stands alone: a clause that goes
    on from the one before (抽检比例不少于5% after 须由质检员抽检, 不得再次出租) is stated with
    it, so every fact of the rule is still asked, with what it is about."""
    text = fact.text
    spans = _spans(text, _ZH_BREAK)
    roles = {a.text for a in fact.anchors if a.role == "role"}
    opening = opening_clause(text, fact.quote)  # after 「初级班课程，热身阶段：」
    if (
        _ZH_CASE_OPEN.match(opening)
        or _ZH_CASE_END.search(opening)
        or _ZH_FRAME.search(opening)
        or leading_case(opening) is not None  # 「交接班时双方须…」: the case opens its clause
        or open_condition(opening)  # 「安装后7天内如因安装原因出现漏气，」: what then follows
    ):
        return []  # a case or frame opens the rule and governs every clause after it
    groups: list[list[int]] = []  # [start, end] of each part
    for index, (start, end) in enumerate(spans):
        clause = text[start:end].strip()
        before = text[spans[index - 1][0] : spans[index - 1][1]].strip() if index else ""
        earlier = text[: spans[index - 1][1]] if index else ""
        alone = index == 0 or not (
            len(clause) < MIN_CLAUSE_CHARS["zh"]
            or _ZH_CASE_END.search(before)
            or _sets_case(before, lexicon)
            or open_condition(before)
            or _ZH_UNNAMED.search(clause)
            or _ZH_GOES_ON.match(clause)
            or (_ZH_SELF.search(clause) and not clause.startswith(tuple(roles) or ("\0",)))
            or (_ZH_ROUND.search(clause) is not None and _ZH_PLACE.search(earlier) is not None)
            or _ZH_CASE_OPEN.match(clause)
            or not _zh_subject(clause, lexicon, roles)
            or leans_on_previous(clause, earlier, "zh", material.text)
            or _shortened(clause, earlier, lexicon)
            or _gates(clause, before)
            or repeats_act(clause, earlier)  # 「取纱后…」 after 「…开盖取纱…」
        )
        if alone:
            groups.append([start, end])
        else:
            groups[-1][1] = end
    parts = [text[start:end].strip() for start, end in groups]
    if any(_ZH_CASE_END.search(part) for part in parts):
        return []  # a part that sets the case of the next cannot stand before it
    return framed(text, fact.quote, [(part + "。", part) for part in parts])


_ZH_UNDONE = re.compile(r"未[^，,；;]{1,16}?(?:的|前)")
"""「系统未显示“上架成功”的托盘」, 「警示牌未放置前」: what is not yet done, whose case closes a duty."""


def _gates(clause: str, before: str) -> bool:
    """「入库时须扫描托盘码并绑定库位，系统未显示“上架成功”的托盘不得离开叉车」: a case of the
    duty before left undone, about what that duty names, is the half of its rule that matters;
    asked alone, the duty lost it (session 18 designer D11, m1 Q8)."""
    found = _ZH_UNDONE.search(clause)
    if found is None:
        return False
    said = {before[i : i + 2] for i in range(len(before) - 1)}
    return any(
        clause[i : i + 2] in said
        for i in range(len(clause) - 1)
        if "\u4e00" <= clause[i] <= "\u9fff"
    )


_ZH_FRAME = re.compile(r"(?:前|后|时|期间|以内|之内)\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{0,3}$")
"""「开场前30分钟，…」: a time that frames every clause after it."""


def _sets_case(clause: str, lexicon: Lexicon) -> bool:
    """The clause crosses a threshold and says no must or must not: the case of the next."""
    return bool(_ZH_THRESHOLD.search(clause)) and modal_cue(clause, "zh", lexicon) is None


def _shortened(clause: str, earlier: str, lexicon: Lexicon) -> bool:
    """The clause opens on a word a clause before says (「疫苗须在…」 after 「…狂犬疫苗证明」, 「抽检
    比例…」 after 「…由质检员抽检」, 「演练记录…」 after 「消防演练…」): it goes on about that clause's
    thing, and is stated with it."""
    segments = lexicon.segment(clause)
    if not segments or not earlier:
        return False
    head = ""
    for segment in segments:  # its subject: the nouns it opens on (温度记录表, not 温度)
        if not segment.tag.startswith(_ZH_SUBJECT_TAGS):
            break
        head += segment.text
    # 「演练记录…」 after 「消防演练…，」: its head drops the qualifier the clause before gave it
    return (len(head) >= 2 and head in earlier) or zh_drops_qualifier(clause, earlier)


def _en_clauses(fact: Fact) -> list[tuple[str, str]]:
    """(statement, quote) for each clause of an English rule that stands alone; a verb phrase
    after " and " is stated with the first clause's subject and modal."""
    text = fact.text
    if _EN_CASE_OPEN.match(text) or _EN_THREAT.search(text):
        return []
    rule = _EN_RULE.match(text)
    spans = _spans(text, _EN_SPLIT)
    out: list[tuple[str, str]] = []
    for index, (start, end) in enumerate(spans):
        clause = text[start:end].strip().rstrip(",")
        separator = text[spans[index - 1][1] : start] if index else ""
        if (
            _EN_POINTS_BACK.search(clause)
            or _EN_CASE_OPEN.match(clause)
            or rule_elsewhere(clause, "en")
        ):
            continue
        statement: str | None = None
        if index == 0:
            statement = clause
        elif separator.strip() == "and" and rule is not None:
            before = text[spans[index - 1][0] : spans[index - 1][1]]
            statement = None if _coordinated_noun(before, clause) else _shared_subject(clause, rule)
        elif _EN_RULE.match(clause):
            statement = clause[0].upper() + clause[1:]
        if statement is None or len(statement) < MIN_CLAUSE_CHARS["en"]:
            continue
        out.append((statement.rstrip(".") + ".", clause))
    if out and out[0][1] != text[spans[0][0] : spans[0][1]].strip().rstrip(","):
        return []
    return out


def _shared_subject(clause: str, rule: re.Match[str]) -> str | None:
    """The verb phrase "handed over within 48 hours" after "Packages must be kept …" -> "Packages must be handed
    over within 48 hours": only a verb of the first verb's form continues its modal."""
    words = clause.split()
    verb = words[0].lower() if words else ""
    if _EN_MODAL.match(clause):
        return f"{rule['subject']} {clause}"  # "… and may not enter": its own modal
    if "VERB" not in en_word_classes(verb) or verb in _EN_NOT_A_VERB_PHRASE:
        return None  # "… one bed or blanket and up to two toys": an object, no verb phrase
    lemma = en_verb_lemma(verb)
    if rule["be"]:
        # "must be kept … and handed over": a participle continues "must be"
        participles = lemminflect.getInflection(lemma, tag="VBN") if lemma else ()
        return f"{rule['head']} {clause}" if verb in participles else None
    return f"{rule['head']} {clause}" if lemma == verb else None


_EN_ENDS_ON_OBJECT = re.compile(
    r"\b(?:the|a|an|each|every|all|any|their|its|his|her|our|your|this|these|those)"
    r"(?:\s+[\w'’-]+){1,3}$",
    re.IGNORECASE,
)
"""A clause ending on a noun phrase its verb takes ("check the handpiece")."""
_EN_OBJECT_OPENS = re.compile(
    r"^\S+\s+(?:the|a|an|each|every|all|any|their|its|his|her|our|your|this|these|those|it|"
    r"them)\b",
    re.IGNORECASE,
)


def _coordinated_noun(before: str, clause: str) -> bool:
    """ "check the handpiece and comb at least 10 minutes before …": after a clause ending on its
    object, a word that is a noun too and takes no object of its own is a second object, not a
    second deed ("Floor marshals must spring at least 30 minutes before opening", session 24
    lead); "… the board and skirt the fleece" is a deed with its object."""
    words = clause.split()
    return (
        bool(words)
        and "NOUN" in en_word_classes(words[0].lower())
        and _EN_ENDS_ON_OBJECT.search(before.strip()) is not None
        and _EN_OBJECT_OPENS.match(clause) is None
    )


_EN_NOT_A_VERB_PHRASE_TEXT = (
    "up down out off over under in on at to by for with from about per no any all each every "
    "one two three four five six the a an"
)
_EN_NOT_A_VERB_PHRASE = frozenset(_EN_NOT_A_VERB_PHRASE_TEXT.split())
"""Words the lexicon also lists as verbs ("to up") that open an object or a count: "Owners may
leave one bed and up to two toys" was stated "Owners may up to two toys." (session 20 end
designer D13, m2 #10)."""


_STATED: Memo[tuple[Fact, str], tuple[ClauseFact, ...]] = Memo(4096)


def _clause_facts(fact: Fact, material: Material) -> tuple[ClauseFact, ...]:
    return _STATED.get((fact, material.text), lambda: _stated(fact, material))


def _stated(fact: Fact, material: Material) -> tuple[ClauseFact, ...]:
    language = material.document.language
    if fact.lead is not None or fact.answer or isinstance(fact, ClauseFact):
        return ()
    lexicon = Lexicon.of(material.text, language)
    stated = _zh_clauses(fact, material, lexicon) if material.zh else _en_clauses(fact)
    made: list[ClauseFact] = []
    for index, (statement, quote) in enumerate(stated):
        if quote not in fact.quote or lost_context(statement, language):
            continue
        made_one = stated_clause(fact, statement, quote, index, material, lexicon)
        if made_one is not None:
            made.append(made_one)
    return tuple(made) if len(made) >= 2 else ()


def stated_clause(
    fact: Fact, statement: str, quote: str, clause: int, material: Material, lexicon: Lexicon
) -> ClauseFact | None:
    """`fact`'s clause stated alone as `statement` (quoted as `quote`, numbered `clause`), or None
    when it has nothing to ask: no figure, no role, no must or must not."""
    language = material.document.language
    cue = modal_cue(statement, language, lexicon)
    anchors = tuple(anchors_of(statement, material.document, lexicon))
    if cue is None and not any(a.role in ("figure", "role") for a in anchors):
        return None
    kinds = kinds_of(statement, language, list(anchors), cue[3] if cue else None, lexicon)
    return replace(
        ClauseFact(**{f.name: getattr(fact, f.name) for f in fields(Fact)}),
        text=statement,
        quote=quote,
        kinds=tuple(kinds),
        anchors=anchors,
        modal=cue[:3] if cue else None,
        clause=clause,
    )


def clause_facts(fact: Fact, material: Material) -> list[ClauseFact]:
    """The facts of `fact`'s rule asked clause by clause, each stated alone; none when fewer than
    two of its clauses stand alone (the rule is then asked whole)."""
    return list(_clause_facts(fact, material))


def by_clause(facts: list[Fact], material: Material) -> list[Fact]:
    """The facts as a single-fact item takes them: a rule of two or more clauses that stand
    alone as those clauses, in place; any other rule whole."""
    out: list[Fact] = []
    for fact in facts:
        out.extend(clause_facts(fact, material) or [fact])
    return out


def asked_before(fact: Fact, used: set[int], taken: set[str]) -> bool:
    """Whether a fact is taken: a clause's when an item quotes or prints it (`taken`: normalised
    stems and quotes; a whole-rule item's quote holds every clause), a whole rule's when an item
    uses its sentence (`used`, a clause item's too)."""
    if isinstance(fact, ClauseFact):
        clause = normalise(fact.quote)
        return any(clause in t for t in taken)
    return not fact.sentences.isdisjoint(used)


def taken_sentences(material: Material, taken: set[str]) -> set[int]:
    """Sentences of the rules accepted items rest on (`taken`: their stems, quotes and
    explanations, normalised): the whole rule quoted, or one of its clauses asked."""
    return set().union(
        *(
            f.sentences
            for f in material.facts
            if any(normalise(f.text) in t for t in taken)
            or any(normalise(c.quote) in t for c in clause_facts(f, material) for t in taken)
        )
    )
