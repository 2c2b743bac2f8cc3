"""Nothing in the item gives its key away: not the stem, not the form of the options.

    check_key_in_stem       the key (a choice's correct option, a fill-in's answer) is printed
                            elsewhere in the stem ("made in (   ) stores and on the Northwind
                            website", key Northwind), in another inflection (exceptions /
                            "exception register") or as its abbreviation ("____ (CISO)")
    check_option_form       the key stands out among the options by case, word class, semantic
                            kind, length or the article before the blank

Thresholds, documented for trainers:
- length: the key is a giveaway when it is at least LENGTH_RATIO times as long as the longest
  distractor, or at most 1/LENGTH_RATIO of the shortest, and the gap is at least LENGTH_MIN_GAP
  characters (so 2小时 among 12小时 is fine);
- word class and kind are compared only for term options (up to TERM_MAX_WORDS English words,
  TERM_MAX_CHARS Chinese characters, no clause punctuation): a clause has no single word class.
  Noun and name count as one class; any distractor of another class (or of another kind: a role
  among things, a duration among amounts, a number among words) is a dead option;
- case (English): the key is the only capitalised option, or the only lower-case one;
- article: "a"/"an" right before the blank must fit every option, judged by the sound of the
  option's first word (an 8-year, a 5-year, an MFA, a user);
- a distractor that cannot be a day of the month beside a month name ("(    ) January": 40);
- a Chinese option the material says as a predicate (after 必须/须/应/立即…: 必须上报店长) is a
  verb phrase, not a term like a key the material never says so.
An option that shows a multiple choice's false statement false is judged in options_tell_false.py.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exam_generation.blanks import BLANK_MARKER, blank_answers, blank_spans
from graphs.exams import Language, Question
from graphs.text.articles import takes_an
from graphs.text.person_nouns import person_head
from graphs.text.quantities import parse_quantities, same_quantity
from graphs.text.similarity import normalise
from graphs.text.word_class import semantic_kind, word_class

LENGTH_RATIO = 2.0
LENGTH_MIN_GAP = 4
TERM_MAX_WORDS = 4
TERM_MAX_CHARS = 8
_CLAUSE_PUNCTUATION = re.compile(r"[，,；;。.!?！？：:]")
_NOMINAL = {"noun": "noun", "name": "noun"}
_AGENT_NOUN = re.compile(r"[a-z](?:er|or|ist|ian|ant|ent)s?$", re.IGNORECASE)


def _key_texts(question: Question) -> list[str]:
    texts = {o.key: o.text for o in question.options}
    return [texts[a] for a in question.answer if a in texts]


def _whole_quantity(text: str) -> list[tuple[float, str | None]] | None:
    """The quantities of a text that is nothing but quantities (0℃至5℃, 2小时), else None."""
    found = parse_quantities(text)
    if not found:
        return None
    covered = sum(end - start for _, start, end in found)
    rest = normalise(text)
    return None if covered < len(rest) * 0.5 else [(q.value, q.unit) for q, _, _ in found]


def _printed_in(key: str, text: str, language: Language) -> bool:
    folded_key = unicodedata.normalize("NFKC", key).strip().lower()
    folded_text = unicodedata.normalize("NFKC", text).lower()
    if not folded_key:
        return False
    if _whole_quantity(key) is not None:
        keys = [q for q, _, _ in parse_quantities(key)]
        stems = [q for q, _, _ in parse_quantities(text)]
        return bool(keys) and all(any(same_quantity(k, s) for s in stems) for k in keys)
    if language == "en" or folded_key.isascii():
        return _en_words_printed(folded_key, folded_text) or _initials_printed(key, text)
    return (len(normalise(key)) >= 2 and normalise(key) in normalise(text)) or _zh_spelled_out(
        normalise(key), normalise(text)
    )


def _zh_spelled_out(key: str, text: str) -> bool:
    """A Chinese key of four or more characters the stem says in other words: each character
    printed, one of its words whole (网络购票 in 「网络购买的船票…退还____款」: teacher T's ferry Q5,
    whose answer a learner reads off the stem)."""
    if len(key) < 4 or not all(ch in text for ch in key):
        return False
    return any(key[i : i + 2] in text for i in range(0, len(key) - 1, 2))


def _en_lemmas(word: str) -> set[str]:
    import lemminflect

    lemmas = {word}
    for forms in (lemminflect.getAllLemmas(word) or {}).values():
        lemmas.update(forms)
    return lemmas


def _en_words_printed(key: str, text: str) -> bool:
    """The key's words, in any inflection ("exceptions" in "the exception register"), in a row."""
    wanted = [_en_lemmas(w) for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", key)]
    words = [_en_lemmas(w) for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", text)]
    if not wanted:
        return False
    return any(
        all(wanted[j] & words[i + j] for j in range(len(wanted)))
        for i in range(len(words) - len(wanted) + 1)
    )


_MINOR_WORDS = frozenset({"of", "and", "the", "for", "a", "an", "to", "in", "on"})


def _initials_printed(key: str, text: str) -> bool:
    """The stem prints the key's abbreviation ("the ____ (CISO)" for Chief Information Security
    Officer; MFA for multi-factor authentication)."""
    parts = [w for w in re.split(r"[\s\-]+", key.strip()) if w and w.lower() not in _MINOR_WORDS]
    if len(parts) < 2:
        return False
    initials = "".join(w[0] for w in parts).upper()
    return re.search(rf"(?<![A-Za-z]){initials}(?![A-Za-z])", text) is not None


_ALONE = {
    "zh": re.compile(r"单人|独自|单独|一个人|一人(?:作业|操作|进入|在)"),
    "en": re.compile(
        r"\b(?:alone|lone|single[- ]person|on (?:your|their|his|her) own|by (?:yourself|themselves|himself|herself))\b",
        re.IGNORECASE,
    ),
}
_TWO_OR_MORE = {
    "zh": re.compile(
        r"(?:至少|不少于|两名?以上|二人以上)\s*(?:[两二2-9]|两名|二名)?\s*(?:名|个)?人|[两二2-9]\s*(?:名|个)?人(?:以上|及以上|同时|共同|一起)"
    ),
    "en": re.compile(
        r"\b(?:at least|no fewer than|a minimum of)\s+(?:two|2|three|3)\b|\b(?:two|2) (?:people|persons|staff|workers)\b|\b(?:a second person|a buddy|a spotter)\b",
        re.IGNORECASE,
    ),
}


def _headcount_told(key: str, stem: str, language: Language) -> bool:
    """The rest of the stem states the key's headcount rule the other way round: 「禁止____，必须
    至少两人同时在库内」 (key 单人作业), "never work ____; at least two people must be present"
    (key alone), or the reverse (a key of two people beside 「不得单人作业」): one clause answers
    the other's blank (session 11 designer, m1 #9)."""
    alone, many = _ALONE[language], _TWO_OR_MORE[language]
    return bool(
        (alone.search(key) and many.search(stem)) or (many.search(key) and alone.search(stem))
    )


def check_key_in_stem(question: Question, language: Language) -> list[str]:
    """The key is not printed in the stem (outside its own blank), nor its headcount rule
    stated the other way round by the rest of the stem."""
    if question.type not in ("single_choice", "fill_blank"):
        return []
    stem = BLANK_MARKER.sub(" ", question.stem)
    keys = blank_answers(question) if question.type == "fill_blank" else _key_texts(question)
    problems = [
        f"the key {key!r} is printed in the stem: the learner can copy it"
        for key in keys
        if _printed_in(key, stem, language)
    ]
    problems += [
        f"the key {key!r} is told by the rest of the stem, which states its rule the other way"
        for key in keys
        if _headcount_told(key, stem, language)
    ]
    return problems


def _is_term(text: str, language: Language) -> bool:
    if _CLAUSE_PUNCTUATION.search(text.strip().rstrip(".")):
        return False
    if language == "en":
        return len(text.split()) <= TERM_MAX_WORDS
    return len(normalise(text)) <= TERM_MAX_CHARS


def _acts_in(term: str, material: str) -> bool:
    """True when the material has the term do or receive something as a person does (由店长,
    店长应, 报告厨师长): what tells 店长 (a role) from 波长 (a wavelength)."""
    t = re.escape(term)
    pattern = rf"(?:由|向|通知|报告|联系|交给|请示){t}|{t}(?:应|须|需|必须|负责|可以|不得|要|会|在|每|对|为)"
    return re.search(pattern, material) is not None


def term_kind(text: str, language: Language, material: str = "") -> str:
    """What kind of term an option is: a figure (its dimension), a number, a role, a party or a
    thing; a Chinese term in 长 is a role only if the material has it act as one."""
    quantities = _whole_quantity(text)
    if quantities is not None:
        found = parse_quantities(text)
        dimension = found[0][0].dimension
        return f"a figure ({dimension})" if dimension else "a number"
    if any(c.isdigit() for c in text):
        return "a number"
    kind = semantic_kind(text, language)
    if kind == "role" and language == "zh" and text.strip().endswith("长") and material:
        # 长 ends 店长 and 厨师长 but also 波长 and 增长: a role only if the material treats it so.
        kind = "role" if _acts_in(text.strip(), material) else None
    if (
        kind is None
        and language == "en"
        and (_AGENT_NOUN.search(text.strip()) or person_head(text))
    ):
        # driver, pharmacist, technician: a person by their suffix, even if no role list has them;
        # mechanic, nurse, warden: a person by trade (graphs/text/person_nouns.py).
        kind = "role"
    return f"a {kind}" if kind else "a thing"


def _class(text: str, language: Language) -> str:
    if _whole_quantity(text) is not None:
        return "number"
    found = word_class(text.strip(), language)
    return _NOMINAL.get(found, found)


def _case_problem(key: str, distractors: list[str]) -> str | None:
    def capital(text: str) -> bool | None:
        first = text.strip()[:1]
        return first.isupper() if first.isalpha() else None

    mine, theirs = capital(key), {capital(d) for d in distractors}
    if mine is None or None in theirs or len(theirs) != 1 or mine in theirs:
        return None
    shape = "capitalised" if mine else "lower-case"
    return f"the key {key!r} is the only {shape} option: its case gives it away"


def _article_problem(question: Question, key: str, distractors: list[str]) -> str | None:
    spans = blank_spans(question.stem)
    if len(spans) != 1:
        return None
    article = re.search(r"\b(a|an)\s*$", question.stem[: spans[0][0]], re.IGNORECASE)
    if article is None:
        return None
    wants_an = article.group(1).lower() == "an"
    if takes_an(key) != wants_an:
        return f"the article {article.group(1)!r} before the blank does not fit the key {key!r}"
    misfits = [d for d in distractors if takes_an(d) != wants_an]
    if not misfits:
        return None
    return (
        f"the article {article.group(1)!r} before the blank fits the key but not {misfits}: "
        "grammar rules those options out; write the article into the options or drop it"
    )


def _length_problem(key: str, distractors: list[str]) -> str | None:
    mine = len(normalise(key))
    lengths = [len(normalise(d)) for d in distractors]
    if not lengths or not mine:
        return None
    longest, shortest = max(lengths), min(lengths)
    if mine >= LENGTH_RATIO * longest and mine - longest >= LENGTH_MIN_GAP:
        return f"the key is {mine} characters, the longest distractor {longest}: its length gives it away"
    if mine * LENGTH_RATIO <= shortest and shortest - mine >= LENGTH_MIN_GAP:
        return f"the key is {mine} characters, the shortest distractor {shortest}: its length gives it away"
    return None


_ZH_PREDICATE_CUES = (
    "必须",
    "须",
    "应",
    "应当",
    "需",
    "需要",
    "要",
    "立即",
    "马上",
    "及时",
    "不得",
    "并",
)


def is_predicate(text: str, material: str) -> bool:
    """True when the material says this Chinese option as a predicate (必须上报店长, 立即报告厨师长):
    a verb phrase, whatever the tagger makes of its head."""
    at = material.find(text)
    while at >= 0:
        if material[:at].endswith(_ZH_PREDICATE_CUES):
            return True
        at = material.find(text, at + 1)
    return False


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)


def _impossible_days(question: Question, options: list[str]) -> list[str]:
    """Options that cannot be the day of the month the blank stands for ("40 January")."""
    spans = blank_spans(question.stem)
    if len(spans) != 1:
        return []
    before, after = question.stem[: spans[0][0]], question.stem[spans[0][1] :]
    beside_month = re.match(rf"\s*{_MONTH}\b", after) or re.search(rf"\b{_MONTH}\s*$", before)
    if not beside_month and not after.lstrip().startswith("日"):
        return []
    days = []
    for text in options:
        number = re.fullmatch(r"\s*(\d{1,3})(?:st|nd|rd|th)?\s*", text)
        if number and not 1 <= int(number.group(1)) <= 31:
            days.append(text)
    return days


def check_option_form(question: Question, language: Language, material: str = "") -> list[str]:
    """A single choice's key does not stand out by case, class, kind, length or grammar."""
    if question.type != "single_choice" or len(question.answer) != 1:
        return []
    keys = _key_texts(question)
    if not keys:
        return []
    key = keys[0]
    distractors = [o.text for o in question.options if o.key not in question.answer]
    problems = []
    if language == "en":
        problems.append(_case_problem(key, distractors))
        problems.append(_article_problem(question, key, distractors))
    problems.append(_length_problem(key, distractors))
    impossible = _impossible_days(question, distractors)
    if impossible:
        problems.append(
            f"distractors {impossible} are not days of a month: a learner rules them out at once"
        )
    if all(_is_term(t, language) for t in [key, *distractors]):
        key_class, key_kind = _class(key, language), term_kind(key, language, material)
        odd_class = [d for d in distractors if _class(d, language) != key_class]
        # A figure is a figure wherever it stands ("超过20分钟" is no verb phrase).
        if (
            language == "zh"
            and material
            and key_class != "number"
            and not is_predicate(key, material)
        ):
            odd_class += [
                d for d in distractors if d not in odd_class and is_predicate(d, material)
            ]
        if odd_class:
            problems.append(
                f"distractors {odd_class} are of another word class than the key {key!r} "
                f"({key_class}): a learner rules them out on grammar alone"
            )
        odd_kind = [d for d in distractors if term_kind(d, language, material) != key_kind]
        if key_kind == "a role" and all(
            term_kind(d, language, material) == "a customer" for d in odd_kind
        ):
            # A customer among staff roles (驾驶员 beside 加油员 / 收银员) is a wrong answer a learner
            # still weighs; the key that is the only customer among staff is guessed by sense.
            odd_kind = []
        if odd_kind:
            problems.append(
                f"distractors {odd_kind} are not {key_kind} like the key {key!r}: "
                "offer options of the same kind"
            )
    return [p for p in problems if p]
