"""A multiple choice's statement beside another item on its rule (session 23 lead).

On an English staff FAQ, a multiple choice stated "Children may sit on or in the machines" (keyed
false) beside the true/false "Children may not sit on or in the machines": the dropped "not" made
the option three characters shorter than its clause, and the clause matcher allowed two. And a
single choice printed "Service washes are ready within 24 hours." as its stem's context beside the
option "… within 12 hours": the stem showed the option false.
"""

from __future__ import annotations

from graphs.exam_generation.substance import check_same_fact
from graphs.exams import Option, Question

BOATHOUSE = """# Riverside Boathouse – Staff FAQ

**When do rowing boats go out?**
Boats go out from 9:00. Every boat must be back at the jetty by 18:00.

**Who may launch a boat?**
Children may not row a boat without an adult on board. Only the duty boatman may launch a boat.

**What about deposits?**
A deposit of 20 pounds is taken per boat. Lost oars are charged at 15 pounds each.
"""


def _choice(options: list[tuple[str, str]], answer: list[str]) -> Question:
    return Question(
        number=1,
        type="multiple_choice",
        stem="Which of these statements agree with the Riverside Boathouse FAQ?",
        options=[Option(key=k, text=t) for k, t in options],
        answer=answer,
        source_quote="Only the duty boatman may launch a boat.",
        knowledge_point="Who may launch a boat?",
        score=3.0,
    )


def _true_false(statement: str, answer: str) -> Question:
    return Question(
        number=2,
        type="true_false",
        stem=f"True or false: {statement}",
        answer=[answer],
        source_quote=statement,
        knowledge_point="Who may launch a boat?",
        score=1.0,
    )


def test_an_option_dropping_the_not_of_a_rule_another_item_states_is_refused() -> None:
    choice = _choice(
        [
            ("A", "Only the duty boatman may launch a boat."),
            ("B", "A deposit of 20 pounds is taken per boat."),
            ("C", "Lost oars are charged at 5 pounds each."),
            ("D", "Children may row a boat without an adult on board."),
        ],
        ["A", "B"],
    )
    stated = _true_false("Children may not row a boat without an adult on board.", "true")
    assert check_same_fact(choice, [stated], BOATHOUSE)
    assert check_same_fact(stated, [choice], BOATHOUSE)


def test_an_option_on_a_clause_another_stem_prints_as_context_is_refused() -> None:
    choice = _choice(
        [
            ("A", "Only the duty boatman may launch a boat."),
            ("B", "A deposit of 20 pounds is taken per boat."),
            ("C", "Boats go out from 11:00."),
            ("D", "Children may row a boat without an adult on board."),
        ],
        ["A", "B"],
    )
    cloze = Question(
        number=3,
        type="single_choice",
        stem="Which option fits the brackets? Boats go out from 9:00. Every boat must be back at "
        "the jetty by (    ).",
        options=[
            Option(key="A", text="18:00"),
            Option(key="B", text="17:00"),
            Option(key="C", text="19:00"),
            Option(key="D", text="20:00"),
        ],
        answer=["A"],
        source_quote="Every boat must be back at the jetty by 18:00.",
        knowledge_point="When do rowing boats go out?",
        score=2.0,
    )
    assert check_same_fact(choice, [cloze], BOATHOUSE)
    assert check_same_fact(cloze, [choice], BOATHOUSE)


def test_options_on_rules_no_other_item_prints_stand() -> None:
    choice = _choice(
        [
            ("A", "Only the duty boatman may launch a boat."),
            ("B", "A deposit of 20 pounds is taken per boat."),
            ("C", "Lost oars are charged at 5 pounds each."),
            ("D", "Boats go out from 11:00."),
        ],
        ["A", "B"],
    )
    stated = _true_false("Children may not row a boat without an adult on board.", "true")
    assert check_same_fact(choice, [stated], BOATHOUSE) == []
