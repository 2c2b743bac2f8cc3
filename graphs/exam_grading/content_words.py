"""An English point's content words: what an answer must state of it and what a note may name.

A scoring point's words (point_terms.content_terms) include, in English, words that carry no
fact of it: function words ("before", "then", "but"), a numeral that is a determiner ("one proof
of address") and the point's verbs where they are verbs only ("see", "showing", "leaving"), which
a learner words as they like ("check a photo ID" for "see photo ID"; session 23 end teacher T16,
B_strong Q8: "Both notes name missing words, not missing content, so both are false"). Its
content is its nouns, adjectives and the words lemminflect does not know (names): those an answer
must state for the point to be there, and those a partial or missing note names.

The verb still matters: a point's act left unsaid is no statement of it. An act the point words
with a verb-only word (`see`) is said in other words where a clause of the answer that holds the
point's own content words says an act (a modal, or a verb opening it: "They have to check a photo
ID plus …"; part_stated.says_an_act). Chinese points are read by their own rules.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from graphs.exam_grading.part_stated import says_an_act
from graphs.exam_grading.point_terms import EN_FUNCTION_WORDS, Term, term_key
from graphs.exams import Language
from graphs.text.numerals import EN_NUMBER_WORDS
from graphs.text.word_class import en_word_classes

_CONTENT_CLASSES = frozenset({"NOUN", "PROPN", "ADJ"})


def is_content(term: Term, language: Language) -> bool:
    """Whether a point's term carries a fact of it (module doc); every Chinese term does."""
    word = term.text
    if language != "en" or not word.isascii() or " " in word:
        return True
    if word in EN_FUNCTION_WORDS or word in EN_NUMBER_WORDS:
        return False
    classes = en_word_classes(word)
    return not classes or bool(classes & _CONTENT_CLASSES)


def content_of(terms: Sequence[Term], found: Collection[str], language: Language) -> list[Term]:
    """The content terms among `terms`, and their verbs the answer holds (`found`: the point's
    act in its own verb is stated); `terms` themselves where none is content (a point all verbs,
    "Always knock and wait", is stated by its verbs)."""
    content = [
        t
        for t in terms
        if is_content(t, language)
        or (t.text in found and t.text not in EN_FUNCTION_WORDS and t.text not in EN_NUMBER_WORDS)
    ]
    return content if any(is_content(t, language) for t in content) else list(terms)


def act_in_other_words(
    terms: Sequence[Term],
    found: Collection[str],
    answer: str,
    own: Collection[str],
    language: Language,
) -> bool:
    """Whether the answer says the point's act in a verb of its own: the point's acts are
    verb-only words none of which the answer holds, and a clause of it with the point's own
    content words found (`own`) says an act (module doc)."""
    actions = [t for t in terms if t.action]
    if language != "en" or not actions or any(t.negated for t in actions):
        return False
    if any(is_content(t, language) or t.text in found for t in actions):
        return False
    keys = {term_key(text, language) for text in own}
    return bool(keys) and says_an_act(answer, keys)
