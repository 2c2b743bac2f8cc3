"""One item per fact, not per sentence (issue 11, session 14): a sentence of two clauses that each
state a fact on their own carries two items, each printing its clause alone, and no item shows
another's key. Through the real flow and the real validators, on material written for these
tests."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.clause_facts import clause_facts, more_facts
from graphs.exam_generation.material import Material
from graphs.exam_generation.substance import check_same_fact, check_sibling_clause_key
from graphs.exams import Option, Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

COLD_STORE = (
    "# 冷库作业规定\n\n"
    "冷库温度须保持在零下18摄氏度以下，温度记录表须每2小时填写一次。"
    "员工单次进入冷库作业不得超过30分钟，叉车充电须在库外充电区进行。"
    "冷库门禁卡须由仓库主管统一保管，库内照明灯须每月检查一次。\n"
)


async def test_two_clauses_of_one_sentence_carry_two_items(offline_context: FlowContext) -> None:
    """Three sentences, six facts: each sentence was one item, so true/false 5 and single choice
    1 came back 3 of 6. Each clause now carries its own item, printed alone."""
    payload = {"material": COLD_STORE, "true_false": 5, "single_choice": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert len(exam.questions) == 6, exam.shortfall
    keys = [
        o.text
        for q in exam.questions
        if q.type == "single_choice"
        for o in q.options
        if o.key in q.answer
    ]
    for question in exam.questions:
        assert "，" not in question.source_quote, question.source_quote  # one clause each
        if question.type == "true_false":
            assert not any(k in question.stem for k in keys), question.stem


def _item(
    kind: str, stem: str, quote: str, answer: list[str], options: tuple[str, ...] = ()
) -> Question:
    return Question(
        type=kind,  # type: ignore[arg-type]
        stem=stem,
        options=[Option(key="ABCD"[i], text=t) for i, t in enumerate(options)],
        answer=answer,
        explanation="",
        knowledge_point="冷库作业规定",
        difficulty="medium",
        source_quote=quote,
    )


_CHOICE = _item(
    "single_choice",
    "根据课程材料，选择最恰当的一项填入括号：温度记录表须每（    ）填写一次。",
    "温度记录表须每2小时填写一次",
    ["A"],
    ("2小时", "1小时", "3小时", "4小时"),
)


def test_a_statement_of_the_whole_sentence_still_gives_the_clause_away() -> None:
    """A true/false stating the whole sentence prints the other clause's key: refused."""
    whole = _item(
        "true_false",
        "判断正误：冷库温度须保持在零下18摄氏度以下，温度记录表须每2小时填写一次。",
        "冷库温度须保持在零下18摄氏度以下，温度记录表须每2小时填写一次。",
        ["true"],
    )
    problems = check_same_fact(_CHOICE, [whole], COLD_STORE) + check_sibling_clause_key(
        _CHOICE, [whole], COLD_STORE
    )
    assert problems


def test_a_statement_of_the_other_clause_alone_stands_beside_it() -> None:
    clause = _item(
        "true_false",
        "判断正误：冷库温度须保持在零下15摄氏度以下。",
        "冷库温度须保持在零下18摄氏度以下",
        ["false"],
    )
    assert not check_same_fact(_CHOICE, [clause], COLD_STORE)
    assert not check_sibling_clause_key(_CHOICE, [clause], COLD_STORE)


def test_a_short_answer_point_is_previewed_by_a_clause_of_its_sentence() -> None:
    """A clause item's quote is not its whole sentence, but a short answer whose point states that
    sentence is previewed by it all the same."""
    point = "冷库温度须保持在零下18摄氏度以下，温度记录表须每2小时填写一次"
    short = _item("short_answer", "课程材料“冷库作业规定”部分有哪些规定？", point, [point])
    short = short.model_copy(update={"scoring_points": [point]})
    assert check_same_fact(_CHOICE, [short], COLD_STORE)


def test_the_note_counts_the_facts_the_writer_asks() -> None:
    """The shortfall note counts a sentence of two clause facts as two rules (it said 3 here)."""
    material = Material.of(analyse(COLD_STORE), "zh")
    assert len(material.facts) == 3
    assert [len(clause_facts(f, material)) for f in material.facts] == [2, 2, 2]
    assert more_facts(material) == 3


def test_a_clause_leaning_on_the_one_before_is_no_fact_of_its_own() -> None:
    """「每次不少于20分钟」 has no subject, 「超过…未取的，每天收取…」 follows a case: the sentence
    stays one fact."""
    text = "# 洗衣店规定\n\n护理员每天遛狗两次，每次不少于20分钟。衣物超过30天未取的，每天收取2元保管费。\n"
    material = Material.of(analyse(text), "zh")
    assert all(
        clause_facts(f, material) == [] or len(clause_facts(f, material)) < 2
        for f in material.facts
    )
    assert more_facts(material) == 0


def test_a_clause_naming_part_of_another_clauses_term_is_no_fact_of_its_own() -> None:
    """「疫苗须在到期前至少15天接种」 beside 「…出示有效的狂犬疫苗证明」: asked alone, it prints part of
    a fill-in's key (狂犬疫苗证明), and it is about that clause's certificate."""
    text = "# 入住须知\n\n宠物入住前须出示有效的狂犬疫苗证明，疫苗须在到期前至少15天接种。\n"
    material = Material.of(analyse(text), "zh")
    clauses = [c.text for f in material.facts for c in clause_facts(f, material)]
    assert not any(c.startswith("疫苗") for c in clauses), clauses
