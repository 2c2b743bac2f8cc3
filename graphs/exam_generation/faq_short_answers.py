"""A short answer on one FAQ question's answer: the stem puts the question, the points are the
answer's rules.

An FAQ answer says what its question asked, often without naming it ("Later cancellations are
refunded at 50%." under "Can customers cancel?"), so its rules cannot be asked one by one by
their subjects, and an FAQ whose questions are lines of the text ("Q8. Can customers cancel?"
then "A: …"), not headings, made no short answer at all (session 19 end designer D12, m4: 0 of
2). A trainer asks such an answer whole: 'A customer asks: "Can customers cancel?" How does the
course material answer? Give both rules (give the time limit and the percentage).' The key is
the answer's rules, each whole with its figure; none need state a figure of its own.

Sound only when the answer is settled: two to four stated rules (graphs/exam_generation/
unread_rules.stated_rules), every sentence of the answer with a modal word or a figure among them
(a key that leaves one out teaches half the answer), none tested by another question.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exam_generation.material import Material
from graphs.exam_generation.rule_opening import ANY_MODAL, figures
from graphs.exam_generation.unread_rules import stated_rules
from graphs.exam_generation.whole_answers import MAX_RULE_CHARS, MAX_RULES, asked_whole
from graphs.exams import Difficulty, Question
from graphs.text.document import Document
from graphs.text.facts import Fact
from graphs.text.faq_answers import question_headings
from graphs.text.sentence_form import is_question, question_asked

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LABEL = re.compile(
    r"^\s*(?:\*\*)?(?:Q\s*\d*|问|问题)\s*[.:：、)）]?\s*(?:\*\*)?\s*", re.IGNORECASE
)
""""Q8. ", "Q: ", 「问：」: the label in front of a question line, not part of the question."""


def answer_group(document: Document, sentence: int) -> tuple[str, list[int]] | None:
    """The FAQ question the sentence answers and the sentences of its answer, or None when it
    answers none. The answer runs from the question (a heading, or a line of the text) to the
    next question, the section's end or a blank line after the answer has begun: an answer is
    its paragraph, and text after it is its section's own."""
    sentences = document.sentences
    here = sentences[sentence]
    language = document.language
    if is_question(here.text, language):
        return None
    if here.section in question_headings(document):
        question = here.section.strip("* ")
        opening = [s for s in sentences if s.section == here.section]
    else:
        start = sentence
        while start > 0:
            before = sentences[start - 1]
            if before.section != here.section:
                return None
            if is_question(before.text, language):
                break
            start -= 1
        else:
            return None
        question = _LABEL.sub("", question_asked(_question_line(document, start - 1))).strip()
        opening = list(sentences[start:])
    members: list[int] = []
    for s in opening:
        if s.section != here.section or (members and is_question(s.text, language)):
            break
        if is_question(s.text, language):
            continue  # the question heading's own line ("**Is there a restocking fee?**")
        if members and _BLANK_LINE.search(document.text, _end(document, members[-1]), s.start):
            break  # an answer is its paragraph: the section's own text goes on after it
        members.append(s.index)
    if sentence not in members:
        return None
    return question, members


def _question_line(document: Document, index: int) -> str:
    """The question's whole line: a question that leans on its case ("A member wants to use the
    cutter without the induction. What do I do?") is asked with the sentence that states it, not
    as "What do I do?" (session 24 designer D17, m4 q11)."""
    sentence = document.sentences[index]
    line_start = document.text.rfind("\n", 0, sentence.start) + 1
    return document.text[line_start : _end(document, index)]


def asks_its_topic(question: str) -> bool:
    """Whether the question names what it asks about: one made only of question words, pronouns
    and auxiliaries ("What do I do?", "Can I?", 怎么办？) leans on a context a stem leaves out."""
    left = _LEANING.sub(" ", question.lower())
    return bool(re.search(r"\w", left))


_LEANING = re.compile(
    # closed-class words only: what is left after them is the question's topic
    r"\b(?:q|a|what|how|who|when|where|which|why|do|does|did|should|shall|can|could|may|might"
    r"|must|will|would|is|are|am|i|we|you|they|it|this|that|then|now|next|if|so|else|ok"
    r"|okay|be|allowed|happens?|say|tell)\b|我们|我|你|该|应该|应当|要|需要|可以|能|会|怎么办|怎么做"
    r"|怎么处理|如何处理|怎样|怎么|如何|做|办|吗|呢|吧|呀|这|那|种|情况|时候|问|[\W_]",
)


def _end(document: Document, index: int) -> int:
    sentence = document.sentences[index]
    return sentence.start + len(sentence.text)


def settled_answer(material: Material, members: list[int]) -> list[tuple[int, str]] | None:
    """The stated rules of an answer's sentences when they are its whole key: two to four, no
    sentence with a modal word or a figure left out, each short enough to recall."""
    document = material.document
    rules = [(i, text) for i, text in stated_rules(document) if i in members]
    if not 2 <= len(rules) <= MAX_RULES or any(
        len(text) > MAX_RULE_CHARS[material.zh] for _, text in rules
    ):
        return None
    listed = {i for i, _ in rules}
    if any(
        i not in listed
        and (
            ANY_MODAL[material.zh].search(document.sentences[i].text) is not None
            or bool(figures(document.sentences[i].text))
        )
        for i in members
    ):
        return None
    return rules


def answer_points(material: Material) -> list[dict[str, Any]]:
    """The FAQ questions a short answer can ask whole, as knowledge points {"name",
    "sentences", "chosen_by": "answer"}: those whose answer is a settled key, the answers with
    more figures first (a marker checks a figure), then in material order."""
    document = material.document
    found: list[tuple[int, int, dict[str, Any]]] = []
    seen: set[str] = set()
    for sentence in document.sentences:
        group = answer_group(document, sentence.index)
        if group is None or group[0] in seen:
            continue
        question, members = group
        seen.add(question)
        if not asks_its_topic(question):
            continue
        rules = settled_answer(material, members)
        if rules is None:
            continue
        held = sum(bool(figures(text)) for _, text in rules)
        point = {"name": question, "sentences": members, "chosen_by": "answer"}
        found.append((-held, members[0], point))
    return [point for _, _, point in sorted(found, key=lambda each: each[:2])]


def faq_short_answer(
    material: Material, fact: Fact, target: Difficulty, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer asking the FAQ question `fact` answers, its points every rule of the
    answer; None where `fact` answers no question or the answer is no settled key (see the
    module docstring) or its rating is not `target`."""
    document = material.document
    group = answer_group(document, fact.sentence)
    if group is None:
        return None
    question, members = group
    rules = settled_answer(material, members) if asks_its_topic(question) else None
    if rules is None:
        return None
    staff = _STAFF_FAQ.search(_first_line(document.text)) or _STAFF_WORK.search(document.text)
    asker = _ASKER[document.language][bool(staff)]
    return asked_whole(
        material, rules, target, used, question, "short_stem_faq", question=question, asker=asker
    )


_STAFF_FAQ = re.compile(
    r"\b(?:staff|volunteers?|employees?|team|crew|colleagues?|internal)\b|员工|店员|志愿者|内部|同事",
    re.IGNORECASE,
)
"""A title that says the FAQ is for the staff ("Volunteer FAQ", 员工常见问题): its questions are a
colleague's, not a customer's (session 22 lead: a charity shop's volunteer FAQ was asked 'A
customer asks: "Who sets the prices?"')."""
_STAFF_WORK = re.compile(
    # only what is said to the worker: "the duty manager on shift", 当班经理 are named to customers too
    r"\byour\s+(?:shift|supervisor|line\s+manager|team\s+leader|rota)\b|\bclock(?:ing)?\s+(?:in|out)"
    r"\b|\b(?:start|end)\s+of\s+(?:every|each|your)\s+shift\b|\bcash(?:ing)?\s+up"
    r"\b|交班前|交班时|班前会|下班打卡|上班打卡|排班表",
    re.IGNORECASE,
)
"""Answers that speak to someone at work ("at the end of your shift", "report to your
supervisor", 交班前): an FAQ titled "questions and answers" whose reader works a shift is the
staff's (session 22 designer, m4 q12: 'A customer asks: "How do I check the fridge
temperatures?"')."""
_ASKER = {"zh": ("顾客", "同事"), "en": ("customer", "colleague")}


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")
