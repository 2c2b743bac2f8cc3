"""A statement lifted out of the material says what it speaks of, without the text around it.

    without_label   a section's label left in front of a rule that names its own subject:
                    「回访：客服前台须在完工后24小时内电话回访」 is 「客服前台须在完工后24小时内电话回访」,
                    "Chrono: Every marker is chrono-tested …" is "Every marker is chrono-tested …".
                    A label is kept when it is the rule's case: the rule is said again with other
                    figures under another label (「周末：营业时间为…」 beside 「工作日：…」), or the
                    rest opens on its modal (「回访：须在24小时内…」: who or what is the label's).
    with_referent   an 'it' that stands for a noun of the sentence before or of the FAQ question:
                    "The Site Supervisor is responsible for enforcing it." after "This policy
                    applies to …" is "… enforcing this policy."; "… a parent or legal guardian must
                    sign it." under "Who signs the waiver?" is "… must sign the waiver.";
                    「工程部主管负责监督执行」 after 「本规程适用于…」 is 「工程部主管负责监督本规程的执行」;
                    an 'it' said to be done what the sentence before's subject is ("A standard
                    ticket can be exchanged once …" / "Once the concert has started it cannot be
                    exchanged." is "… a standard ticket cannot be exchanged."); a 'one' set against
                    a thing named with another word ("If the lost ticket is found, the new one is
                    refunded …" is "… the new ticket is refunded …").

Printed as the material has them, such stems were "The ____ is responsible for enforcing it.",
"____负责监督执行。" and 「判断正误：回访：…」 (session 15 end designer D8, patterns 6), "True or
false: After departure it can be changed." and "… the new one can be refunded less the (    ) fee."
(session 17 lead, an FAQ's answers).
graphs/text/facts.py states every fact through these; a statement whose 'it' names nothing safe
is left as it is (graphs/text/references.py decides whether it leans on the sentence before).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.gapped_answers import gapped_clause
from graphs.text.label_heads import definition_of, document_label, en_clause
from graphs.text.terms import is_stop_word
from graphs.text.word_class import en_verb_lemma, en_word_classes

# Up to 12 characters: 「检查压力表和安全阀：」 (9) was printed in front of its rule's own subject
# (session 25 designer D18, m1 Q10) when a label was read as at most 8.
_ZH_LABEL = re.compile(
    r"^(?P<label>[\u4e00-\u9fff、与和及]{2,12}(?:[（(][A-Za-z0-9 .-]{1,12}[）)])?)[：:](?!\d)\s*"
    r"(?P<rest>\S.*)$",
    re.S,
)
_EN_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}):\s+(?P<rest>[A-Za-z].*)$", re.S
)
_ZH_MODAL_FIRST = re.compile(
    r"^(?:须|应|必须|应当|不得|严禁|禁止|可|可以|不可|不能|方可|均|一律|由)"
)
_ZH_RULE = re.compile(r"须|应|不得|严禁|禁止|不能|不可|可|负责|为|是|限|不少于|不超过|至少|最多")
_EN_FINITE = re.compile(
    r"\b(?:must|may|can|cannot|should|shall|will|is|are|has|have|need|needs|stays|goes|go)\b",
    re.IGNORECASE,
)
_CASE_LABEL = re.compile(
    r"周末|工作日|节假日|假日|平日|会员|非会员|儿童|成人|学生|老人|夏季|冬季|旺季|淡季|夜间|白天|"
    r"weekend|weekday|holiday|member|child|adult|student|senior|summer|winter|peak|night",
    re.IGNORECASE,
)
"""Labels that name a case (a day, a group, a season): the rule under them holds for that case."""
_ZH_HEADING_LABEL = re.compile(r"(?:时限|期限|标准|要求|范围|规定|流程|原则|时间|方式|条件|须知)$")
"""A label that names what its rule is about (报告时限, 赔偿标准): a heading, though 限 or 准 in it
reads as a rule's word; left in front, 「报告时限：宠物受伤的，…」 was printed in stems and options
(session 17 designer D10, pattern 3)."""


def names_its_topic(label: str) -> bool:
    """A Chinese label naming what its rule is about (接待时限, 赔偿标准, 吹干要求): a heading of the
    rule, never a stage the rule holds in."""
    return _ZH_HEADING_LABEL.search(label.strip().rstrip("：:")) is not None


_ZH_REST_RULE = re.compile(r"由[\u4e00-\u9fff]{1,8}(?:承担|负责)|最高|最低|最多|至少")
_DIGITS = re.compile(r"\d+(?:[.:]\d+)?")
_ZH_MADE_OF = re.compile(
    r"^由[^，,；;。]{2,40}?(?:混合而成|组合而成|制作而成|加工而成|而成|组成|构成|制成)"
)
"""A glossary entry that says what its headword is made of (「拼配豆：由两种或以上…混合而成」):
printed with its label and colon, 「判断正误：拼配豆：由…」 read as a copied entry, not a statement
(session 20 end teacher T13, C Q4); 「拼配豆由…混合而成」 is one."""


def _masked(text: str) -> str:
    return re.sub(r"\s+", "", _DIGITS.sub("#", text))


def without_label(text: str, language: Language, material: str) -> str:
    """The statement without a section label in front when the rest names its own subject."""
    found = (_ZH_LABEL if language == "zh" else _EN_LABEL).match(text)
    if found is None:
        return text
    label, rest = found["label"], found["rest"]
    if _CASE_LABEL.search(label) or document_label(label):
        return text
    defined = definition_of(label, rest, language)
    if defined is not None:
        return defined  # a glossary's entry: its headword is the subject of what follows
    if language == "zh" and _ZH_MADE_OF.match(rest) and not _ZH_RULE.search(label):
        return f"{label}{rest}"  # 「拼配豆：由两种…混合而成」: the headword is made of what follows
    if language == "zh":
        heading = _ZH_HEADING_LABEL.search(label) is not None
        if _ZH_MODAL_FIRST.match(rest) or (_ZH_RULE.search(label) and not heading):
            return text
        if not (_ZH_RULE.search(rest) or (heading and _ZH_REST_RULE.search(rest))):
            return text
    elif not (_EN_FINITE.search(rest) or en_clause(rest)) or _EN_FINITE.search(label):
        return text
    if _DIGITS.search(rest) and _masked(material).count(_masked(rest.rstrip("。.；;"))) > 1:
        return text  # said again with other figures under another label: the label is its case
    return rest[0].upper() + rest[1:] if language == "en" else rest


_EN_THIS_DOCUMENT = re.compile(
    r"^\s*This (?P<noun>policy|procedure|code|handbook|manual|guide|agreement|document|"
    r"standard|rulebook)\b",
    re.IGNORECASE,
)
_EN_OWN_THING = re.compile(r"\b(?:a|an|any|each|every|this|that)\s", re.IGNORECASE)
"""A thing the sentence brings in itself ("If a fitter finds a cracked jack, … must tag it."):
its 'it' may be that thing, not the document."""
_EN_IT = re.compile(r"\b(?P<verb>[a-z]+) it(?P<end>[.;]?\s*)$")
_EN_ASKED_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+) (?:the|an?) (?P<object>[a-z]+(?: [a-z]+)?)\?\s*$"
)
"""The object of an FAQ question's verb ("Who can collect a held ticket?"): the one the answer's
'it' is ("A friend … may also collect it" is "… collect the held ticket")."""
_ZH_THIS_DOCUMENT = re.compile(
    r"本(?P<noun>规程|制度|条款|规定|办法|守则|须知|规范|细则|协议|政策)"
)
_ZH_BARE_EXECUTE = re.compile(r"负责(?P<verb>监督|组织|检查|督促)?执行(?=[，。；,;]|$)")


def with_referent(text: str, before: str, question: str, language: Language) -> str:
    """The statement with its sentence-final 'it' (or a bare 执行) named: 'this <document>' when
    the sentence before opens on 'This <document>' (本规程…), else the object of the FAQ
    question's own verb ("Who signs the waiver?" for "… must sign it.")."""
    if language == "zh":
        if question and (gapped := gapped_clause(text, before)):
            return gapped  # 「收衣员7:30到岗；熨烫员8:00。」: 熨烫员8:00到岗
        own = _ZH_THIS_DOCUMENT.search(before)
        bare = _ZH_BARE_EXECUTE.search(text)
        if own is None or bare is None or _ZH_THIS_DOCUMENT.search(text):
            return text
        said = (
            f"负责{bare['verb']}本{own['noun']}的执行"
            if bare["verb"]
            else f"负责执行本{own['noun']}"
        )
        return text[: bare.start()] + said + text[bare.end() :]
    text = _one_named(_done_as_before(text, before), before)
    found = _EN_IT.search(text)
    if found is None or len(re.findall(r"\bit\b", text, re.IGNORECASE)) != 1:
        return text
    named = None
    if (own := _EN_THIS_DOCUMENT.match(before)) is not None and not _EN_OWN_THING.search(
        text[: found.start()]
    ):
        named = f"this {own['noun'].lower()}"
    elif (asked := _EN_ASKED_OBJECT.search(question.lower())) is not None:
        verb = en_verb_lemma(found["verb"])
        if verb is not None and verb == en_verb_lemma(asked["verb"]):
            named = f"the {asked['object']}"
    if named is None:
        return text
    return f"{text[: found.start()]}{found['verb']} {named}{found['end']}"


_EN_MODAL_BE = r"(?:can|cannot|can't|must|may|will|should|shall|is|are)(?:\s+not)?(?:\s+only)?\s+be"
_EN_SUBJECT_FIRST = re.compile(
    rf"^(?P<subject>(?:A|An|The|Each|Every|Any)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s+"
    rf"{_EN_MODAL_BE}\s+(?P<done>[a-z]+)\b"
)
"""A sentence whose subject is said to be done something ("A standard ticket can be exchanged")."""
_EN_ANSWER_MARK = re.compile(r"^(?:A|Answer)\s*[:：.]\s*")
"""An FAQ answer's mark ("A: A standard ticket …"), as a validator finds the sentence before."""
_EN_IT_DONE = re.compile(rf"\b(?P<it>it|they)\s+{_EN_MODAL_BE}\s+(?P<done>[a-z]+)\b", re.I)


def _done_as_before(text: str, before: str) -> str:
    """ "Once the concert has started it cannot be exchanged." after "A standard ticket can be
    exchanged once, …": an 'it' (or 'they') said to be done what the sentence before's subject
    is said to be done is that subject; "the concert" before it is no thing exchanged."""
    said = _EN_SUBJECT_FIRST.match(_EN_ANSWER_MARK.sub("", before.strip()))
    found = _EN_IT_DONE.search(text)
    if said is None or found is None or len(re.findall(r"\b(?:it|they)\b", text, re.I)) != 1:
        return text
    if en_verb_lemma(found["done"]) != en_verb_lemma(said["done"]):
        return text
    head = said["subject"].split()[-1].lower()
    if re.search(rf"\b{re.escape(head)}\b", text[: found.start()], re.IGNORECASE):
        return text  # "If the card is lost, it must be reported": the card is its own
    plural = head.endswith("s")
    if plural != (found["it"].lower() == "they"):
        return text
    subject = said["subject"]
    subject = subject if found.start() == 0 else subject[0].lower() + subject[1:]
    return text[: found.start()] + subject + text[found.end("it") :]


_EN_ADJECTIVE_ONE = re.compile(
    r"\b(?P<det>the|a|an)\s+(?P<adjective>[a-z-]+)\s+one\b(?![-\s]+of\b)", re.IGNORECASE
)
_EN_NAMED_WITH = re.compile(
    r"\b(?:the|a|an|this|that|their|your|his|her|its)\s+(?P<modifier>[a-z-]+)\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)


def _one_named(text: str, before: str) -> str:
    """ "If the lost ticket is found …, the new one is refunded …": a 'one' set against a thing
    named with another word (the lost ticket) is that thing (the new ticket); looked for in the
    sentence first, then in the sentence before ("… must buy a new one." after "A lost ticket is
    never reprinted")."""
    found = _EN_ADJECTIVE_ONE.search(text)
    if found is None or not en_word_classes(found["adjective"]) & {"ADJ", "VERB"}:
        return text
    for said in (text[: found.start()], before):
        nouns = [
            m["noun"]
            for m in _EN_NAMED_WITH.finditer(said)
            if m["noun"].lower() != "one"
            and m["modifier"].lower() != found["adjective"].lower()
            and "NOUN" in en_word_classes(m["noun"])
            and not is_stop_word(m["noun"].lower())  # "The passenger must buy": no thing
            and not m["noun"].lower().endswith("s")
        ]
        if nouns:
            return f"{text[: found.end('adjective')]} {nouns[-1].lower()}{text[found.end() :]}"
    return text
