"""A short answer's hint names only the kinds of figure its key holds, read by what the figure
measures, and never asks for a person the stem already names (session 21 end designer D14, m1
Q17 and m2 Q14; teacher T14, A Q9). Through the real flow, on material written for it: a
recycling depot (zh), a dry-stone walling course and a sign-language interpreting agency (en)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation import shortfall_reasons
from graphs.exam_generation.ask_hints import figure_words
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.short_answer_asks import ask
from graphs.exams import Question
from graphs.text.document import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

DEPOT = (
    "# 绿源回收站操作规范\n\n"
    "## 拆解作业\n"
    "拆解金属件时，切割角度约30度，切割后必须在15分钟内清理现场碎屑。\n"
    "电器拆解通常需要2至4天完成，拆解后的压缩机须在24小时内交安全员检查。\n\n"
    "## 交接\n"
    "交接班时，当班收购员须将未结算的收购单当面交给接班人员，不得口头交接。\n"
    "废旧电池入库时，收购员须在2小时内交安全员检查。\n"
)

INTERPRETING = (
    "# ClearHands Interpreting Agency: Staff Rules\n\n"
    "## On assignment\n"
    "Interpreters must arrive at least 15 minutes before the session starts.\n"
    "Interpreters must take a 10-minute break after every 30 minutes of continuous interpreting.\n"
    "Video remote sessions normally take 1 to 2 hours.\n"
    "Interpreters must not interpret for a family member or a close friend.\n"
)


async def _short_answer(context: FlowContext, material: str, point: str) -> Question:
    payload = {"material": material, "short_answer": 1, "knowledge_points": [point]}
    exam = await delivered_exam(context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    return exam.questions[0]


async def test_a_cutting_angle_is_no_temperature_nor_a_job_length_a_limit(
    offline_context: FlowContext,
) -> None:
    question = await _short_answer(offline_context, DEPOT, "拆解作业")
    assert "温度" not in question.stem, question.stem
    assert "角度" in question.stem, question.stem
    # 「通常需要2至4天」 is how long the job takes; the compressor's 24小时 is the limit
    assert "所需时间" in question.stem, question.stem


async def test_an_english_job_length_is_no_time_limit(offline_context: FlowContext) -> None:
    question = await _short_answer(offline_context, INTERPRETING, "On assignment")
    # the arrival's 15 minutes is a limit; "normally take 1 to 2 hours" is how long a session is
    assert "how long it takes" in question.stem, question.stem


def test_an_english_angle_is_no_temperature() -> None:
    # a dry-stone wall's batter: degrees from the vertical, no temperature to give
    said = figure_words("The wall face must lean back at an angle of about 10 degrees.", False)
    assert said == ["the angle"], said
    # look-alikes that stay: a storage temperature, and training time a rule makes staff take
    assert figure_words("Store the mortar above 5 degrees.", False) == ["the temperature"]
    said = figure_words("Staff must take 2 hours of training within 10 days.", False)
    assert said == ["the time limit"], said


async def test_no_role_hint_when_the_stem_names_who_acts(offline_context: FlowContext) -> None:
    question = await _short_answer(offline_context, DEPOT, "交接")
    asks = [a.strip() for a in re.split(r"（\d）", question.stem)[1:]] or [question.stem]
    for asked in asks:
        named = "收购员" in asked.split("？")[0]
        assert not (named and "负责人" in asked), asks


SETTLING = (
    "# 绿源回收站操作规范\n\n"
    "## 结算与服务\n"
    "1. 收购员必须当面点清货款，开具收购凭证需在交货后7天内办理。\n"
    "2. 会员积分按每交售1公斤积2分计算，积分不得转让他人。\n"
    "3. 卖方对重量有异议时，员工不得争辩，应请站长用标准砝码现场复核。\n"
)


def test_a_clause_with_its_own_verdict_is_not_glued_under_the_first_modal() -> None:
    # 「…需在…办理」 is its own clause: 「收购员必须开具收购凭证需在…」 is no sentence
    rule = "收购员必须当面点清货款，开具收购凭证需在交货后7天内办理"
    assert point_parts(rule, True) == [rule]
    # look-alikes that still split: duties under one modal, 所需 inside a term
    assert point_parts("收购员须核对重量，准备所需工具", True) == [
        "收购员须核对重量",
        "收购员须准备所需工具",
    ]
    assert point_parts("过磅员必须当面核对重量，并开具过磅单", True) == [
        "过磅员必须当面核对重量",
        "过磅员必须开具过磅单",
    ]


async def test_a_whole_section_count_matches_its_scoring_points(
    offline_context: FlowContext,
) -> None:
    question = await _short_answer(offline_context, SETTLING, "结算与服务")
    assert "需在" not in " ".join(p for p in question.scoring_points if "必须开具" in p)
    counted = re.search(r"全部([两三四])条(?:，共(\d)个要点)?", question.stem)
    assert counted is not None, question.stem
    said = int(counted[2]) if counted[2] else "两三四".index(counted[1]) + 2
    assert said == len(question.scoring_points), (question.stem, question.scoring_points)
    # 「各要点合计须写出6项内容」 beside three points read as a second, contradicting count
    assert not re.search(r"\d+项", question.difficulty_reason or ""), question.difficulty_reason
    # a section whose rule holds two duties: three rules, four points, both said
    split = SETTLING.replace("，开具收购凭证需在交货后7天内办理", "，并开具收购凭证")
    question = await _short_answer(offline_context, split, "结算与服务")
    assert len(question.scoring_points) == 4, question.scoring_points
    assert "全部三条，共4个要点" in question.stem, question.stem


def _asked(rule: str) -> str | None:
    document = analyse(f"# 回收站规范\n\n## 分拣\n{rule}\n")
    [fact] = [f for f in facts_for(document) if f.text.startswith(rule[:4])]
    return ask(fact, fact.text.rstrip("。"), True)


def test_two_things_side_by_side_are_asked_by_the_rule_they_share() -> None:
    # 「铁桶和塑料桶分别有什么要求？」 left open which requirement was meant
    asked = _asked("铁桶与塑料桶必须分别标识颜色：铁桶为黄色，塑料桶为绿色。")
    assert asked == "铁桶与塑料桶分别标识什么颜色？", asked
    asked = _asked("铜线与铝线必须分开过磅：铜线每批不超过50公斤，铝线每批不超过80公斤。")
    assert asked is not None and asked.startswith("铜线与铝线过磅分别"), asked
    # look-alike that stays: an act holding a figure is the answer, asked as before
    asked = _asked("先拆电池须提前断电10分钟，后拆外壳在断电后5分钟进行。")
    assert asked is None or "10分钟" not in asked, asked


def test_a_multiple_choice_shortfall_claims_no_one_heading_need() -> None:
    """'a multiple-choice question needs 4 under one heading' beside a delivered one that took two
    headings (session 21 end designer D14, m2): the reason names every way it tried."""
    for language in ("en", "zh"):
        note = shortfall_reasons.note(language, "cannot_make", "multiple_choice", "easy", None)
        told = shortfall_reasons.render(note, 9, (2, 0, 5))
        assert "needs 4 under one heading" not in told and "同一部分至少4条" not in told, told
        assert "neighbouring" in told or "相邻两部分" in told, told
    # a short answer does ask two rules of one heading: told as before
    note = shortfall_reasons.note("en", "cannot_make", "short_answer", "easy", None)
    assert "needs 2 under one heading" in shortfall_reasons.render(note, 9, (1, 0, 5))


def test_an_ask_for_how_long_repeats_no_hint_and_names_no_time_limit() -> None:
    # '(give the time limit)' for a 1-3 day job, then '(give how long it takes)' after 'How
    # long…' (session 21 end designer D14, m2 Q14): the ask is all the hint it needs
    document = analyse(
        "# Walling Course\n\n## Building\nThe practice wall normally takes 2 to 3 days.\n"
    )
    [fact] = facts_for(document)
    assert (
        ask(fact, fact.text.rstrip("."), False) == "How long does the practice wall normally take?"
    )
