"""A shortfall tells the truth and the fill-ins get their rules (session 15 end designer D8 and
the lead's beekeeping shop). 0 of 4 fill-ins on a terms document full of figures: the fill-in
branch drafted the rules it could not blank (draft_ranks.py). Its note said the rules left held
nothing to blank while "every Monday by the duty supervisor" was left, printed only with the
sentence another item asked; on an exam of mixed difficulty, single choice and fill-in were said
to come "only at hard" or "only at easy" (left_rules_made.py). The suggested smaller blueprint
gave fewer questions than the run it was printed under (blueprint_check.py). Own materials: a
bank counter's terms (zh) and a supermarket deli's staff policy (en), through the real flow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exams import Exam, Language
from tests.graphs.exam_generation.test_exam_suggested_blueprint import _suggested
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import FULL_BLUEPRINT

BANK_TERMS = """# 顺达银行 柜台业务服务条款（个人客户适用）

第一条 适用范围：本条款适用于个人客户（甲方）在本行（乙方）网点办理的存取款、转账及挂失业务。柜员由乙方招聘、培训和考核。

第二条 营业时间：网点每日营业至17点，自助银行24小时开放。每位柜员每日办理业务不得超过120笔，每个网点每日至少安排2名柜员值班。

第三条 收费：跨行转账按每笔5元收费，加急汇款按每笔20元收费，年费最低10元。所有费用须由系统统一扣收，柜员不得私下收取任何现金或礼品。

第四条 预约取现：甲方须在取现日前1个工作日以上预约，可免收手续费；未预约取现超过5万元的，收取取现金额0.5%的手续费；因医疗急用取现的除外。

第五条 甲方义务：甲方须出示本人有效身份证件，代办人须同时出示双方证件；甲方不得要求柜员代为填写取款凭条或代为设置密码。

第六条 柜员规范：柜员不得向甲方推销与需求无关的理财产品，不得泄露甲方账户信息；柜员未经主管授权不得办理超过20万元的现金业务。

第七条 差错处理：甲方对交易结果有异议的，须在交易后30日内向乙方客服提出，乙方在5个工作日内完成核查并答复。

第八条 赔偿：因柜员操作失误造成甲方资金损失的，由乙方先行赔付，单笔赔偿上限为50000元；因甲方泄露密码造成的损失，乙方不承担责任。

第九条 挂失：银行卡丢失后甲方须立即挂失，口头挂失有效期为5天，正式挂失须在7日内到网点办理；挂失期间账户资金由乙方负责冻结保护。

第十条 换卡：甲方可在卡片有效期内申请换卡，每年免费换卡1次，第2次起每次收取15元工本费。
"""

DELI_POLICY = """# Fresh Counter — Supermarket Deli Staff Policy

## Slicing and weighing
Only staff who have passed the slicer course may use the meat slicer. The slicer guard must stay on while the blade turns. Sliced meat must be labelled with the time of slicing and sold within 48 hours.

## Temperatures
Cooked meats must be kept below 5°C in the display fridge. Hot chicken must be held above 63°C and thrown away after 2 hours. The probe thermometer readings are written in the log every 4 hours.

## Safety behind the counter
Anyone who cuts a hand must be treated by a first-aid trained colleague and the wound must be covered with a blue plaster. The first-aid kit is checked every Friday by the section leader.

## Offers
Loyalty card holders get 15 percent off cheese, but not off hot food. Orders over 40 pounds can be collected the next day. Staff may not give free samples of alcohol-based desserts.
"""

HOUSEHOLD_TERMS = (
    Path(__file__).parents[3] / "bench/held_out/session15/end_D8/m2_zh_terms.md"
).read_text(encoding="utf-8")
"""The designer's own terms document, where the levels were named (tuned material now)."""


def _count(exam: Exam, kind: str) -> int:
    return sum(1 for q in exam.questions if q.type == kind)


def _reason(exam: Exam, kind: str) -> str:
    return next((s.reason for s in exam.shortfall if s.type == kind), "")


async def test_fill_ins_draft_the_rules_they_can_blank(offline_context: FlowContext) -> None:
    """The bank's terms hold a dozen figures; the fill-ins drafted 「柜员由乙方招聘、培训和考核」
    and got 1 of 4 (9 items in all); drafting the rules they can blank first, 4 of 4. Since
    session 21 a multiple choice and a short answer are dealt their rules first (b0405567:
    预约取现 and 代为填写 went to the multiple choice), so 2 fill-ins in an exam of 11, none on
    the rule with nothing to blank."""
    exam = await delivered_exam(offline_context, {"material": BANK_TERMS, **FULL_BLUEPRINT})
    stems = [q.stem for q in exam.questions]
    fills = [q.stem for q in exam.questions if q.type == "fill_blank"]
    assert len(fills) >= 2, stems
    assert not [s for s in fills if "招聘" in s], fills
    assert _count(exam, "multiple_choice") >= 1, stems
    assert len(exam.questions) >= 11, stems


async def test_a_rule_held_by_its_printed_context_is_not_called_unblankable(
    offline_context: FlowContext,
) -> None:
    """ "The first-aid kit is checked every Friday by the section leader." goes on from the
    sentence before it, which a true/false asks: a fill-in on it would print that item's
    statement. The note said no rule left could be blanked; it says why they are not."""
    exam = await delivered_exam(offline_context, {"material": DELI_POLICY, **FULL_BLUEPRINT})
    reason = _reason(exam, "fill_blank")
    assert reason, [q.stem for q in exam.questions]
    assert "could blank soundly" not in reason, reason
    assert "printed with the sentence before them" in reason, reason


@pytest.mark.parametrize(
    "material", [BANK_TERMS, DELI_POLICY, HOUSEHOLD_TERMS], ids=["bank", "deli", "household"]
)
async def test_a_mixed_exam_names_no_difficulty_it_cannot_make(
    offline_context: FlowContext, material: str
) -> None:
    """A mixed blueprint's slot takes any level: "只能出简单难度的填空题，出不了困难难度的" is
    never its reason (on the household terms: single choice "only at hard", fill-in "only at
    easy")."""
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    assert exam.shortfall
    levels = re.compile(r"难度的|\b(?:easy|medium|hard) (?:or \w+ )?[a-z/ -]+ questions, not")
    assert not [s.reason for s in exam.shortfall if levels.search(s.reason)]


@pytest.mark.parametrize(
    ("material", "language"),
    # The deli's exam: no blueprint keeping what it delivered delivers whole, so its note
    # offers the exam's own questions (test_exam_s18_offered_blueprint).
    [(BANK_TERMS, "zh")],
    ids=["bank-zh"],
)
async def test_the_suggestion_gives_no_fewer_questions_than_the_exam(
    offline_context: FlowContext, material: str, language: Language
) -> None:
    """The bank's exam made 9 and suggested 8 (1/2/4/1/0): whoever followed it got less. The
    suggestion now has at least as many as the exam made, and delivers them whole."""
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    assert exam.shortfall
    suggested = _suggested(exam.shortfall[0].reason, language)
    assert sum(suggested.values()) >= len(exam.questions), (suggested, len(exam.questions))
    again = await delivered_exam(offline_context, {"material": material, **suggested})
    assert not again.shortfall, (suggested, [s.reason[:80] for s in again.shortfall])
