"""Facts the reader used to miss: duties stated without a modal ("Staff log the report …",
「前台登记…」, 「由质检员复核…」) and FAQ answers that open on a pronoun for the question's subject
("They must call …"); and the validator that holds a model's items to naming their subject.

The materials here are written for these tests (a depot FAQ, a visitor desk), not taken from the
bench materials the rules were found on.
"""

from __future__ import annotations

from graphs.exam_generation.standalone import check_stands_alone
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.clause_forms import phrase_answer
from graphs.text.duties import states_duty
from graphs.text.facts import facts_for
from graphs.text.faq_answers import answer_with_subject, opens_on_pronoun
from graphs.text.lexicon import Lexicon

EN = """# Depot drivers FAQ

**What should the driver do before leaving the depot?**
They must check the tyre pressure and record the mileage on the trip sheet.

**How must cashiers handle a refund?**
They must ask for the receipt and enter the refund in the till log within 10 minutes.

## Workshop

Technicians record every repair in the service log before the vehicle leaves.
Staff training lasts 3 hours and takes place every spring.
Refunds go back to the original card.
"""
ZH = """# 访客登记

前台登记访客的姓名和来访事由，并发放临时门禁卡。
出库前由质检员复核货品数量，并在出库单上签字。
配送员须当面清点货品，不得让他人代签。
访客证是临时证件。
"""


def _facts(text: str) -> dict[str, tuple[str, ...]]:
    return {f.text: f.kinds for f in facts_for(analyse(text))}


def test_an_faq_answer_on_a_pronoun_is_stated_with_the_question_subject() -> None:
    facts = _facts(EN)
    assert (
        "Before leaving the depot, the driver must check the tyre pressure and record the "
        "mileage on the trip sheet." in facts
    )
    assert any(t.startswith("Cashiers must ask for the receipt") for t in facts)
    assert not any(t.startswith("They ") for t in facts)


def test_a_pronoun_answer_without_a_subject_in_its_question_is_not_rewritten() -> None:
    assert (
        answer_with_subject("Is the depot open on Sundays?", "They must call first.", "en") is None
    )
    assert answer_with_subject("What is the fee?", "It is 5 dollars.", "en") is None


def test_a_plain_present_duty_of_a_role_is_a_responsibility() -> None:
    facts = _facts(EN)
    duty = "Technicians record every repair in the service log before the vehicle leaves."
    assert "responsibility" in facts[duty]
    # A compound after the role ("Staff training") is no duty, and neither is a thing's route.
    assert "responsibility" not in facts.get(
        "Staff training lasts 3 hours and takes place every spring.", ()
    )
    assert "Refunds go back to the original card." not in facts
    assert not phrase_answer("Staff log the report in the order system.")


def test_a_chinese_duty_without_a_modal_is_a_responsibility() -> None:
    facts = _facts(ZH)
    assert "responsibility" in facts["前台登记访客的姓名和来访事由，并发放临时门禁卡。"]
    assert "responsibility" in facts["出库前由质检员复核货品数量，并在出库单上签字。"]
    assert "访客证是临时证件。" not in facts or "responsibility" not in facts["访客证是临时证件。"]
    lexicon = Lexicon.of(ZH, "zh")
    assert not states_duty("访客证是临时证件。", "zh", lexicon)


def test_a_role_suffix_jieba_splits_off_stays_with_its_role() -> None:
    lexicon = Lexicon.of(ZH, "zh")
    words = [s.text for s in lexicon.segment("配送员须当面清点货品，不得让他人代签。")]
    assert words[:2] == ["配送员", "须"]
    words = [s.text for s in lexicon.segment("出库前由质检员复核货品数量")]
    assert "质检员" in words


def _true_false(stem: str, quote: str) -> Question:
    return Question(
        type="true_false",
        stem=stem,
        answer=["true"],
        explanation="As the material says.",
        knowledge_point="Depot drivers FAQ",
        difficulty="easy",
        source_quote=quote,
    )


def test_a_model_statement_on_a_bare_pronoun_is_refused() -> None:
    quote = "They must check the tyre pressure and record the mileage on the trip sheet."
    item = _true_false(f"True or false: {quote}", quote)
    assert any("opens on a pronoun" in p for p in check_stands_alone(item, EN, "en"))
    named = _true_false(
        "True or false: Before leaving the depot, the driver must check the tyre pressure.", quote
    )
    assert not any("opens on a pronoun" in p for p in check_stands_alone(named, EN, "en"))


def test_an_expletive_it_is_no_pronoun_subject() -> None:
    assert not opens_on_pronoun("It is forbidden to smoke in the depot.", "en")
    assert opens_on_pronoun("他们须当面清点货品。", "zh")
