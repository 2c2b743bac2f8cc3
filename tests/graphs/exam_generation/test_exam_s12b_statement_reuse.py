"""Session 12, exam generation round 2 (issue 11): multiple choice on materials without sections.

Own examples (not the reviewers'): a print shop's numbered guillotine rules with no headings
(zh), a forklift yard rule that holds two facts in one sentence (en).
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_generation.build import build
from graphs.exam_generation.choice_builders import multiple_choice
from graphs.exam_generation.material import Material
from graphs.exam_generation.shortfall_reasons import cannot_make
from graphs.exam_generation.substance import check_same_fact
from graphs.exams import Exam, Option, Question
from graphs.library import ContentLibrary
from graphs.text import analyse

GUILLOTINE = """# 图文店裁切机操作守则

1. 开机前，操作员必须检查双手按钮和红外光幕是否正常。
2. 每次裁切纸张厚度不得超过8厘米。
3. 更换刀片必须由店长操作，并在《设备维护记录》上签字。
4. 裁切过程中，禁止将手伸入压纸器下方。
5. 刀片每裁切5000刀须送磨一次。
6. 设备出现异响时，操作员应立即按下急停按钮，并在10分钟内报告店长。
7. 新员工须经过4学时的上机培训后，才能单独操作裁切机。
8. 下班前应切断总电源，并用防尘罩盖好设备。
9. 裁切机周围1米内不得堆放纸箱。
10. 学徒不得在无人监护的情况下开机。
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def test_a_multiple_choice_on_a_material_without_sections_asks_about_the_document() -> None:
    """D3 m2 'statements about "costs"', the lead's gas station 「关于“静置”」: on a material
    without headings the point is a bare term or the title; the stem names the document."""
    material = _material(GUILLOTINE)
    stems = set()
    for fact in material.facts:
        for level in ("easy", "medium", "hard"):
            made = multiple_choice(material, fact, level, "刀片", set())
            if made is not None:
                stems.add(made[0].stem)
    assert stems == {"下列关于本守则的说法，哪些正确？（多选）"}


def _run(text: str, counts: dict[str, int]) -> dict[str, Any]:
    context = FlowContext(library=ContentLibrary.load())
    graph = build().compile(checkpointer=InMemorySaver())
    config: Any = {"configurable": {"thread_id": str(uuid.uuid4())}}

    async def go() -> dict[str, Any]:
        async for _ in graph.astream({"material": text, **counts}, config, context=context):
            pass
        return dict((await graph.aget_state(config)).values)

    return asyncio.run(go())


@pytest.mark.xfail(
    strict=True,
    reason="session 14 trade-off (20e7040): short answers are dealt first and the ten-rule list's two multiple choices find no rules left; recorded as a regression to mend",
)
def test_a_ten_rule_list_gets_its_multiple_choice_and_an_honest_note() -> None:
    """The lead's gas station procedure (10 rules, no headings) on 3/2/3/3/1 got 0 of 2 multiple
    choice: each was claimed on a term of two sentences, the other types took the rest. And its
    note said the rules left were 「分散在各部分，每部分最多3条」 of a material with no parts."""
    counts = {
        "single_choice": 3,
        "multiple_choice": 2,
        "true_false": 3,
        "fill_blank": 3,
        "short_answer": 1,
    }
    state = _run(GUILLOTINE, counts)
    exam = Exam.model_validate(state["exam"])
    kinds = [q.type for q in exam.questions]
    assert kinds.count("multiple_choice") >= 1
    notes = " ".join(s.reason for s in exam.shortfall)
    assert "分散在各部分" not in notes


def test_the_note_on_a_material_of_one_part_counts_the_whole_material() -> None:
    # "no sections" / 「材料不分部分」 was false of a Q:/A: FAQ, whose units are its entries
    # (session 14, issue 11): the count is said of the whole material, true of both.
    zh = cannot_make("zh", "multiple_choice", None, 2, (2, 0, 1))
    assert zh.startswith("按整份材料计，只剩2条") and "分散" not in zh
    en = cannot_make("en", "multiple_choice", None, 3, (3, 0, 1))
    assert "across the whole material" in en and "spread" not in en
    assert "分散在各部分" in cannot_make("zh", "multiple_choice", None, 5, (3, 0, 4))


YARD = """# Yard Rules

Forklifts must not exceed 8 km/h in the yard, and drivers must sound the horn at every blind corner.

Pallets may be stacked at most 3 high. Only a licensed driver may move a loaded pallet.
"""


def _item(
    kind: str, stem: str, answer: list[str], quote: str, options: tuple[str, ...] = ()
) -> Question:
    return Question(
        type=kind,  # type: ignore[arg-type]
        stem=stem,
        options=[Option(key="ABCD"[i], text=t) for i, t in enumerate(options)],
        answer=answer,
        explanation=quote,
        knowledge_point="Yard Rules",
        difficulty="easy",
        difficulty_reason="",
        source_quote=quote,
    )


def _statements(*options: str) -> Question:
    return _item(
        "multiple_choice",
        'Which statements about "Yard Rules" agree with the course material?',
        ["A", "B"],
        options[0],
        options,
    )


def test_a_statement_may_test_another_clause_of_a_sentence_another_item_uses() -> None:
    """E's diagnosis: check_same_fact refused any option on a sentence another item uses. A
    statement on the horn rule beside a true/false item on the speed limit of the same sentence
    tests another fact; a statement changing the speed limit does not."""
    speed = "Forklifts must not exceed 8 km/h in the yard"
    true_false = _item("true_false", f"True or false: {speed}.", ["true"], f"{speed}, and ...")
    horn = "Drivers must sound the horn at every blind corner."
    stack = "Pallets may be stacked at most 3 high."
    licence = "Only a licensed driver may move a loaded pallet."
    fine = _statements(horn, stack, "Pallets may be stacked at most 5 high.", licence)
    assert check_same_fact(fine, [true_false], YARD) == []
    assert check_same_fact(true_false, [fine], YARD) == []
    changed = _statements(horn, "Forklifts must not exceed 10 km/h in the yard.", stack, licence)
    assert check_same_fact(changed, [true_false], YARD)
    assert check_same_fact(true_false, [changed], YARD)


def test_a_false_statement_changing_the_figure_another_item_asks_is_refused() -> None:
    quote = (
        "Forklifts must not exceed 8 km/h in the yard, and drivers must sound the horn at "
        "every blind corner."
    )
    single = _item(
        "single_choice",
        "Forklifts must not exceed (    ) in the yard, and drivers must sound the horn at "
        "every blind corner.",
        ["A"],
        quote,
        ("8 km/h", "5 km/h", "10 km/h", "12 km/h"),
    )
    changed = _statements(
        "Forklifts must not exceed 12 km/h in the yard.",
        "Pallets may be stacked at most 3 high.",
        "Pallets may be stacked at most 5 high.",
        "Only a licensed driver may move a loaded pallet.",
    )
    assert check_same_fact(changed, [single], YARD)


RENTAL = """# Car Hire Counter Rules

## Returns
Any scratch on a returned car must be photographed and logged before the next hire. The customer is informed at drop-off, never by phone.
Keys are returned to the key box within 5 minutes of the check.
"""


def test_a_statement_that_someone_is_told_keeps_what_is_told_or_is_not_asked() -> None:
    """The lead's grooming policy: "The ____ is told at pick-up, never by text." (told what? a
    nick or cut, said the sentence before). Here: the customer is informed of a scratch; the
    telling is asked only with the sentence that says what is told."""
    from graphs.exam_generation.lost_context import check_context_kept
    from graphs.exam_generation.statement_builders import fill_blank, true_false

    material = _material(RENTAL)
    # The telling is stated with the sentence before it, which says what is told (the scratch);
    # alone it is no fact (graphs/text/unstated_referents.py).
    assert not [f for f in material.facts if f.text.startswith("The customer is informed")]
    informed = next(f for f in material.facts if "The customer is informed" in f.text)
    assert informed.text.startswith("Any scratch")
    for level in ("easy", "medium", "hard"):
        made = [fill_blank(material, informed, level, "Returns")]
        made += [true_false(material, informed, level, "Returns", p) for p in (True, False)]
        for item in made:
            assert item is None or "scratch" in item.stem, item.stem
    told = _item(
        "true_false", "True or false: The customer is informed at drop-off.", ["true"], "x"
    )
    assert check_context_kept(told, "en")
    said = _item(
        "true_false",
        "True or false: The customer is informed of the scratch at drop-off.",
        ["true"],
        "x",
    )
    assert not check_context_kept(said, "en")


KAYAK = """# Kayak Hire Rules

## Deposits and repairs
A $200 deposit is taken at check-in. Damaged kayaks are charged $40 per hour of repair, and the renter must be phoned before any repair starts. Deposits are refunded within 3 days of return.
"""


def test_a_short_answer_asks_a_clause_by_its_own_subject() -> None:
    """The lead's grooming policy: "When must matted coats be called?" for "Matted coats are
    charged …, and the owner must be called before this work starts": the owner is called."""
    from graphs.exam_generation.short_answers import short_answer

    material = _material(KAYAK)
    stems = set()
    for fact in material.facts:
        for level in ("easy", "medium", "hard"):
            made = short_answer(material, fact, level, "Deposits and repairs", set())
            if made is not None:
                stems.add(made[0].stem)
    assert stems
    for stem in stems:
        assert "must damaged kayaks be" not in stem
    assert any("when must the renter be phoned?" in stem for stem in stems)
