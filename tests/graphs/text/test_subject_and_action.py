"""One split of an English question's words into subject and action, shared by the granted,
timed and FAQ answer readers (it was written three times)."""

from __future__ import annotations

from graphs.text.word_class import subject_and_action


def test_the_first_split_is_taken_unless_the_longest_is_asked_for() -> None:
    words = ["a", "school", "group", "book", "the", "lanes"]
    # "group" is a verb too: only the longest subject reads the question as written
    assert subject_and_action(words) == ("a school", "group book the lanes")
    assert subject_and_action(words, last=True) == ("a school group", "book the lanes")


def test_a_pronoun_is_a_subject_only_where_named() -> None:
    words = ["I", "bring", "my", "own", "detergent"]
    assert subject_and_action(words) is None
    assert subject_and_action(words, pronouns=frozenset(["i"])) == ("I", "bring my own detergent")


def test_the_subject_length_is_bounded() -> None:
    words = ["the", "laundrette", "attendant", "empty", "the", "filters"]
    assert subject_and_action(words, shortest=2, longest=3) == (
        "the laundrette attendant",
        "empty the filters",
    )
    assert subject_and_action(words, shortest=1, longest=2) is None
