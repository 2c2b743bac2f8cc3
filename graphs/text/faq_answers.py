"""FAQ answers read as rules: an answer says what its question asked, often without naming it.

「已发运的，须收取返程运费」 under 「寄出后还能取消吗？」 opens on a condition of the question's
subject and says nothing alone (`answers_the_question`); "They must call the assistance line …"
under "What should the customer do after an accident?" is stated with the question's subject
(`answer_with_subject`); a statement still opening on a bare pronoun names nobody
(`opens_on_pronoun`), and the validators refuse it. Where every question is a heading of its
own, `faq_topics` groups the questions that ask about one subject, for a short answer over them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.text.asker_orders import for_purpose, order_in_askers_case
from graphs.text.caches import Memo
from graphs.text.document import Document
from graphs.text.gapped_answers import case_and_rule, states_its_case
from graphs.text.imperatives import is_imperative
from graphs.text.lexicon import Lexicon
from graphs.text.references import EN_EXPLETIVE, ZH_NOUN_TAGS
from graphs.text.segment import tokenize
from graphs.text.terms import is_stop_word
from graphs.text.word_class import en_word_classes, subject_and_action
from graphs.text.zh_tokens import CJK

_ANSWER_CONDITION = {
    # 「须由持证验光师验光」, 「已拆封的不退不换」: a modal or a 的-case with no subject first, which
    # the question names (儿童配镜, 隐形眼镜).
    "zh": re.compile(
        r"^(?:[^，。；]{1,12}的，|[^，。；]{1,8}的(?=不|须|可|应)|如果|若|只有|只要|除非|但|"
        r"(?:须|必须|应当|应|不得|严禁|禁止)(?!要))"
    ),
    "en": re.compile(
        r"^(?:only|if|unless|as long as|provided|but|not if|except|within|after|before|up to|"
        r"from|at|on|by|for)\b",
        re.IGNORECASE,
    ),
}


def answers_the_question(text: str, language: Language) -> bool:
    """An FAQ answer that opens with a condition on the question's subject (「已发运的，须收取返程
    运费」 under 「寄出后还能取消吗？」, "Only if a named adult signs") says nothing without the
    question, which is no statement to put in front of it."""
    if _EN_ONLY_WHO_MAY.match(text):
        return False  # "Only guides who hold … may lead a group": names its subject and its modal
    if states_its_case(text):
        return False  # "If you do not check in within 15 minutes, the room is released."
    return _ANSWER_CONDITION[language].match(text) is not None


_EN_ONLY_WHO_MAY = re.compile(
    r"^only\s+(?!if\b|when\b|with\b|after\b|before\b|for\b|by\b|at\b|on\b|in\b|within\b)"
    r"[a-z][\w\s,'’-]*?\b(?:may|must|can|should|(?:is|are)\s+(?:allowed|permitted))\b",
    re.IGNORECASE,
)
"""An answer that opens with "Only" and names who may or must act: a rule of its own, not the
question's condition ("Only assistance dogs are allowed on board"; session 10 kayak hire, 16 lead)."""


_EN_ANSWER_PRONOUN = re.compile(r"^(?:they|he|she)\s+(?=[a-z])", re.IGNORECASE)
_EN_ASKED = re.compile(
    r"^(?:what|how|when|where)\s+(?:should|must|do|does|can|may|will|would|need)\s+(?P<rest>[^?]+)",
    re.IGNORECASE,
)
_EN_CONDITION_WORD = re.compile(
    r"^(?:after|before|when|if|during|in case of|once|on)\b", re.IGNORECASE
)
_EN_SUBJECT_LEAD = frozenset(["the", "a", "an", "each", "every", "their", "our"])


def _asked_subject(question: str) -> tuple[str, str, str] | None:
    """(subject, verb, the rest) of "What should the customer do after an accident?"."""
    asked = _EN_ASKED.match(question.strip().lstrip("*").strip())
    if asked is None:
        return None
    words = asked["rest"].split()
    start = 1 if words and words[0].lower() in _EN_SUBJECT_LEAD else 0
    split = subject_and_action(words, shortest=start + 1, longest=start + 2, stop_words=True)
    if split is None:
        return None
    subject, action = split
    verb, _, rest = action.partition(" ")
    return subject, verb.lower(), rest


_EN_YES_NO = re.compile(
    r"^(?:is|are|was|were|does|do|can|will)\s+(?P<det>(?:the|a|an|your|my|our)\s+)?"
    r"(?P<rest>[a-z][^?]*)",
    re.IGNORECASE,
)
_EN_PLURAL_PEOPLE = frozenset(["children", "people", "staff", "members", "guests", "customers"])


def _yes_no_subject(question: str, pronoun: str) -> str | None:
    """The noun phrase a yes/no question asks about ("Is the deposit refundable?" -> "the
    deposit"), when `pronoun` can stand for it: "it" for a singular thing, "they" for a plural."""
    asked = _EN_YES_NO.match(question.strip().strip("*").strip())
    if asked is None:
        return None
    nouns: list[str] = []
    for word in asked["rest"].split()[:3]:
        if "NOUN" not in en_word_classes(word) or is_stop_word(word.lower()):
            break
        nouns.append(word)
    if not nouns:
        return None
    plural = nouns[-1].lower().endswith("s") or nouns[-1].lower() in _EN_PLURAL_PEOPLE
    if plural != (pronoun.lower() == "they"):
        return None
    return f"{asked['det'] or ''}{' '.join(nouns)}"


_ZH_ANSWER_PRONOUN = re.compile(r"^(?:他们|她们|它们|他|她|它)(?![们人])")
_ZH_ASKED = re.compile(
    r"^(?P<asked>[\u4e00-\u9fff]{2,16}?)(?:需要|应该|应当|必须|可以|能否|能不能|能|要|应|须|该|怎么|"
    r"如何|是否|有没有|会不会)"
)


def _zh_answer_with_subject(question: str, answer: str) -> str | None:
    """「他们须携带购物小票…」 under 「顾客退货时需要带什么？」 is 「顾客退货时须携带购物小票…」: the
    question's subject, with its circumstance when it names one (…时, …后, …前)."""
    pronoun = _ZH_ANSWER_PRONOUN.match(answer)
    asked = _ZH_ASKED.match(question.strip().strip("*").strip()) if pronoun else None
    if pronoun is None or asked is None:
        return None
    subject = asked["asked"]
    if not subject.endswith(("时", "后", "前")):
        tokens = tokenize(subject, "zh")
        if not tokens or not tokens[0].pos.startswith(ZH_NOUN_TAGS) or len(tokens[0].word) < 2:
            return None
        subject = tokens[0].word
    return subject + answer[pronoun.end() :]


_ZH_STILL = re.compile(r"^(?P<case>[\u4e00-\u9fff]{2,14}?)还(?:能|可以|可|要|需要|用)")


def zh_still_case(question: str, answer: str) -> str | None:
    """「顾客眼睛红肿时，营业员须建议…」: under 「顾客眼睛红肿还能试戴隐形眼镜吗？」 the rules hold in
    the case said before 还 (alone, a rule for every customer); None if none or already said."""
    found = _ZH_STILL.match(question.strip().strip("*").strip())
    if found is None:
        return None
    case = found["case"].removesuffix("时")
    if case in answer:
        return None
    return f"{case}时，{answer}"


_EN_WHAT_IF = re.compile(
    r"^(?:what\s+(?:if|happens\s+if|(?:should|must|do|does)\s+(?:the\s+|an?\s+)?"
    r"(?:staff|[a-z]+(?:\s+[a-z]+)?)\s+do\s+(?:if|when)))\s+(.+?)\?$",
    re.I,
)
"""A question that names a case ("What should an instructor do if a learner seems under the
influence?"): the answer's orders hold in that case only."""
_EN_POSSESSIVE = re.compile(r"\b(?:my|your|our)\b", re.IGNORECASE)
_EN_PERSON = re.compile(r"\b(?:i|we|you|me|us)\b", re.IGNORECASE)
"""A case said by the asker ("What if I lose …"): who "I" is the answer does not say."""


def _restates(answer: str, condition: str) -> bool:
    """The answer names the case ("Broken locks …" under "What if a locker is broken?")."""
    said = {w[:4].lower() for w in re.findall(r"[A-Za-z]{4,}", answer)}
    words = {w[:4].lower() for w in re.findall(r"[A-Za-z]{4,}", condition)}
    return len(words) >= 2 and words <= said


def answer_with_subject(question: str, answer: str, language: Language) -> str | None:
    """An FAQ answer that opens on a pronoun for the question's subject, stated with that subject:
    "They must call the assistance line …" under "What should the customer do after an
    accident?" is "After an accident, the customer must call the assistance line …"; "It is
    refunded …" under "Is the deposit refundable?" is "The deposit is refunded …"; 「他们须…」
    under 「顾客退货时需要带什么？」 is 「顾客退货时须…」. None when the answer does not open so, or
    the question names no subject to put in its place."""
    if language == "zh":
        return _zh_answer_with_subject(question, answer)
    case = _EN_WHAT_IF.match(question.strip())
    if case is not None and not _EN_ANSWER_PRONOUN.match(answer):
        # "Staff must separate the dog …" under "What if my dog bites someone?": only if it bites.
        condition = _EN_POSSESSIVE.sub("the", case.group(1))
        own = case_and_rule(answer)
        if own is not None and not _EN_PERSON.search(condition):
            # "If you tell us at least 24 hours before, we offer a make-up lesson …" under "What
            # if my child misses a lesson?": both cases hold (session 19 lead, a music school).
            own_case, rule = own
            joined = re.sub(r"^(?:if|when)\s+", "", own_case, flags=re.IGNORECASE)
            return f"If {condition} and {joined}, {rule}"
        if (
            _EN_PERSON.search(condition)
            and is_imperative(answer)
            and not _restates(answer, condition)
        ):
            return order_in_askers_case(case.group(1), answer)  # "If you find money …, hand …"
        if not _EN_PERSON.search(condition) and not _restates(answer, condition):
            # Not "iT", nor "…, A lost ticket is …" (an article's "A" is no acronym).
            lower = answer[1:2].islower() or answer.startswith("A ")
            first = answer[0].lower() if lower else answer[0]
            return f"If {condition}, {first}{answer[1:]}"
    purpose = for_purpose(question, answer)
    if purpose is not None:
        return purpose
    opening = re.match(r"^(it|they)\s+(?=[a-z])", answer, re.IGNORECASE)
    named = _yes_no_subject(question, opening.group(1)) if opening else None
    if opening is not None and named is not None:
        stated = f"{named} {answer[opening.end() :]}"
        return stated[0].upper() + stated[1:]
    pronoun = _EN_ANSWER_PRONOUN.match(answer)
    asked = _asked_subject(question) if pronoun else None
    if pronoun is None or asked is None:
        return None
    subject, verb, rest = asked
    stated = f"{subject} {answer[pronoun.end() :]}"
    if verb == "do" and _EN_CONDITION_WORD.match(rest):
        # "… do after an accident?": the circumstance is the rule's condition.
        return f"{rest[0].upper()}{rest[1:]}, {stated[0].lower()}{stated[1:]}"
    return stated[0].upper() + stated[1:]


_OPENING_PRONOUN = {
    "zh": re.compile(r"^\s*(?:他们|她们|它们|他|她|它)(?![们人])"),
    "en": re.compile(r"^\s*(?:they|he|she|it)\s+(?!is\s+\w+\s+to\b)(?=[a-z])", re.IGNORECASE),
}


def opens_on_pronoun(text: str, language: Language) -> bool:
    """A statement whose subject is a bare pronoun ("They must call the police …"): alone, the
    learner cannot tell who it speaks of ("It is forbidden to …" points at nothing, and passes)."""
    return bool(_OPENING_PRONOUN[language].match(text)) and not (
        language == "en" and EN_EXPLETIVE.match(text.strip())
    )


@dataclass(frozen=True)
class FaqTopic:
    """FAQ questions, each a heading of its own, that ask about one subject ("How are meeting
    rooms booked?", "What does a meeting room cost?"): a trainer asks about the subject over
    their answers, since one answer seldom holds more than one rule."""

    name: str
    """The subject as the questions name it ("meeting rooms", 停车卡)."""
    sections: tuple[str, ...]
    """The questions' sections, in material order."""


def en_noun_lemma(word: str) -> str:
    """The singular of an English noun ("rooms" -> "room"); the word itself when unknown."""
    import lemminflect

    return (lemminflect.getAllLemmas(word).get("NOUN") or (word,))[0]


_HEADED_QUESTION = r"^\s{{0,3}}(?:#{{1,6}}\s+\**{title}\**\s*#*|\*\*{title}\*\*)\s*$"
"""A heading line, or a line that is only the question in bold ("**Can I bring a guest?**")."""
_EN_NOUN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")
_EN_HOW_DEGREE = re.compile(r"\bhow\s+[a-z]+\b", re.IGNORECASE)
""""How long", "How old", "How many": a degree asked, no subject (two questions "How long …?"
made an FAQ topic "long", session 20 end designer D13, m4 #14)."""


def question_headings(document: Document) -> list[str]:
    """The sections whose heading line is itself a question."""
    return [
        title
        for title in document.sections
        if title.rstrip("*").endswith(("?", "？"))
        and re.search(
            _HEADED_QUESTION.format(title=re.escape(title.strip("*"))), document.text, re.M
        )
    ]


def _zh_subjects(question: str, lexicon: Lexicon) -> dict[str, str]:
    """The nouns a Chinese question asks about, each its own key and name (车辆, 停车卡)."""
    return {
        s.text: s.text
        for s in lexicon.whole_terms(question)
        if len(s.text) >= 2 and (s.tag == "term" or s.tag.startswith("n")) and CJK.search(s.text)
    }


def _en_subjects(question: str) -> dict[str, str]:
    """The nouns an English question asks about, by lemma ("rooms" and "room" are one key)."""
    found = {}
    for word in _EN_NOUN_WORD.findall(_EN_HOW_DEGREE.sub("", question)):
        lowered = word.lower()
        if is_stop_word(lowered) or "NOUN" not in en_word_classes(lowered):
            continue
        found[en_noun_lemma(lowered)] = lowered
    return found


def _en_name(question: str, shared: set[str]) -> str:
    """The longest run of the question's words on the shared subject ("meeting rooms")."""
    best: list[str] = []
    run: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z\-]*", question):
        if en_noun_lemma(word.lower()) in shared:
            run.append(word.lower())
            best = max(best, run, key=len)
        else:
            run = []
    return " ".join(best)


_TOPICS: Memo[str, dict[str, FaqTopic]] = Memo(16)


def clear_topics() -> None:
    """Forget the cached topics (see graphs/text/caches.py)."""
    _TOPICS.clear()


def faq_topics(document: Document) -> dict[str, FaqTopic]:
    """`topics_of` the document, cached by its text: every short-answer slot asks for them."""
    return _TOPICS.get(document.text, lambda: topics_of(document))


def topics_of(document: Document) -> dict[str, FaqTopic]:
    """For each FAQ question that is a heading of its own, the subject it shares with other such
    questions, if any: a noun of the question that another question also names. Nouns of the
    text before the first question (the title and the introduction: 停车场 in a car park's FAQ,
    "members" in a club's) name the whole material, not a topic. A question sharing several
    subjects goes with the one most questions share."""
    questions = question_headings(document)
    if len(questions) < 2:
        return {}
    language = document.language
    lexicon = Lexicon.of(document.text, language)
    first = document.text.find(questions[0])
    preamble = document.text[: max(first, 0)]
    if language == "zh":
        general = set(_zh_subjects(preamble, lexicon))
        asked = {q: _zh_subjects(q, lexicon) for q in questions}
    else:
        general = set(_en_subjects(preamble))
        asked = {q: _en_subjects(q) for q in questions}
    for question, subjects in asked.items():
        asked[question] = {
            key: name
            for key, name in subjects.items()
            if key not in general and not any(key in g or g in key for g in general if len(g) > 2)
        }
    holders: dict[str, list[str]] = {}
    for question, subjects in asked.items():
        for key in subjects:
            holders.setdefault(key, []).append(question)
    topics: dict[str, FaqTopic] = {}
    for question, subjects in asked.items():
        shared = [key for key in subjects if len(holders[key]) >= 2]
        if not shared:
            continue
        key = max(shared, key=lambda k: len(holders[k]))
        # Named as the first of its questions names it, so every question of it agrees.
        opening = holders[key][0]
        if language == "zh":
            name = asked[opening][key]
        else:
            alike = {k for k in asked[opening] if set(holders.get(k, ())) == set(holders[key])}
            name = _en_name(opening, alike)
        topics[question] = FaqTopic(name=name or subjects[key], sections=tuple(holders[key]))
    return topics
