"""Grading cases with a teacher's verdict: the offline judge must agree with every one.

Each row is a question (type, stem, answer, scoring points, source quote), a learner's response and
the verdict a teacher signs: the share of the score earned (exactly, or a range where a teacher
would accept any mark inside it) and why. The verdicts were written before the judge was tuned.
The issue 11 giveaways and breakages are here as regression rows (marked "regression").

The whole table runs through the judge (answers normalised as the flow normalises them); a subset
runs through the real exam_grading flow, so splitting, judging and the report agree as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.build import FLOW
from graphs.exam_grading.judges import OfflineJudge
from graphs.exams import Exam, Question, QuestionType


@dataclass(frozen=True)
class Item:
    """A question as an exam holds it."""

    type: QuestionType
    stem: str
    answer: list[str]
    source_quote: str
    scoring_points: list[str] = field(default_factory=list)

    def question(self, number: int = 1) -> Question:
        """The item as a Question numbered `number`."""
        return Question(
            number=number,
            type=self.type,
            stem=self.stem,
            answer=self.answer,
            source_quote=self.source_quote,
            scoring_points=self.scoring_points,
            score=6 if self.type == "short_answer" else 2,
        )


def fill(stem: str, *answer: str, quote: str = "") -> Item:
    """A fill-in item; the quote defaults to the stem with its blanks filled."""
    filled = stem
    for value in answer:
        filled = filled.replace("____", value.split("|")[0], 1)
    return Item("fill_blank", stem, list(answer), quote or filled)


REPORT_ZH = fill("发现食品过期后，须在____内上报值班经理。", "2小时")
REPORT_UNIT_IN_STEM = fill("发现食品过期后，须在____小时内上报值班经理。", "2")
REFUND_EN = fill("Refunds are accepted within ____ of purchase.", "14 days")
CHILLED = fill("冷藏柜温度应保持在____以下。", "5℃")
FROZEN = fill("冷冻食品的中心温度不得高于____。", "零下18℃")
DISCOUNT = fill("会员生日当月消费可享受____的折扣。", "15%")
APPROVAL = fill("单笔退款由____审批，金额上限为____。", "值班经理", "200元")
CHANNEL_ZH = fill("会员积分只能在____兑换。", "线上")
CHANNEL_EN = fill("Gift cards can only be redeemed ____.", "online")
MAY_RETURN = fill("已拆封的耳机____退货。", "可以")
MUST_NOT = fill("员工____在收银台使用私人手机。", "不得")
PETS = fill("Pets are ____ in the dining room.", "not allowed")
CUSTOMER = fill("____投诉须在当天回复。", "顾客")
REFUND_ZH = fill("质量问题商品可直接____。", "退款")
REFUND_WORD = fill("Faulty items get a ____ at any till.", "refund")
POS = fill("收银台的____每天营业前要测试一次。", "POS机")
CLOSING = fill("The club is open until ____.", "eleven pm")
FORM = fill("退货时须填写____并由顾客签字。", "退货登记表")
CARD = fill("积分可以存入____。", "会员卡|积分卡")
SUITE = fill("The suite costs ____ extra per night.", "$55")
DEADLINE_WORKDAYS = fill("发票须在____内开具。", "3个工作日")
HALF_HOUR = fill("Guests who wait more than ____ get a free drink.", "half an hour")
EXPIRY_DAYS = fill("开封后的牛奶须在____内用完。", "三天")

FOOD_SAFETY = Item(
    "short_answer",
    "发现食品过期或变质，店员应如何处理？",
    ["立即下架并封存留样，2小时内上报值班经理，不得继续售卖。"],
    "发现过期或变质食品，应立即下架并封存留样，2小时内上报值班经理，不得继续售卖。",
    ["立即下架并封存留样", "2小时内上报值班经理", "不得继续售卖"],
)
PRICE_OBJECTION = Item(
    "short_answer",
    "客户嫌年卡太贵，应该怎么回应？",
    ["先认同客户的顾虑，再把价格拆分到每天，最后提供分期免息或先体验的方案。"],
    "面对价格异议，先认同客户的顾虑，再把价格拆分到每天，最后提供分期免息或先体验的方案。",
    ["认同客户的价格顾虑", "把价格拆分到每天", "提供分期免息方案"],
)
REFUND_POLICY = Item(
    "short_answer",
    "A customer asks for a refund on a faulty kettle. What do you do?",
    [
        "Apologise, check the receipt, and refund within 14 days of purchase; refunds over $200 "
        "need the duty manager's approval."
    ],
    "Apologise, check the receipt, and refund within 14 days of purchase. Refunds over $200 need "
    "the duty manager's approval.",
    [
        "apologise to the customer",
        "check the receipt",
        "refund within 14 days of purchase",
        "refunds over $200 need the duty manager's approval",
    ],
)
DATA_SECURITY = Item(
    "short_answer",
    "What must staff do with a customer's card details?",
    ["Never write card details down, never share them, and shred any printed copy the same day."],
    "Staff must never write card details down or share them; printed copies are shredded the "
    "same day.",
    [
        "never write card details down",
        "never share card details",
        "shred printed copies the same day",
    ],
)

FULL = (1.0, 1.0)
ZERO = (0.0, 0.0)


@dataclass(frozen=True)
class Case:
    """One row: an item, a learner's response, the teacher's verdict (a ratio range) and why."""

    name: str
    item: Item
    response: Any
    verdict: tuple[float, float]
    why: str


CASES: list[Case] = [
    # --- numbers and units in fill-ins ---------------------------------------------------------
    Case("zh-exact", REPORT_ZH, "2小时", FULL, "the key as written"),
    Case("zh-12h", REPORT_ZH, "12小时", ZERO, "regression: a different number, similar string"),
    Case("zh-20h", REPORT_ZH, "20小时", ZERO, "regression: a different number, similar string"),
    Case("zh-liang", REPORT_ZH, "两小时", FULL, "regression: 两 is 2"),
    Case("zh-er", REPORT_ZH, "二小时", FULL, "regression: 二 is 2"),
    Case("zh-ge", REPORT_ZH, "两个小时", FULL, "个 is a measure word, same figure"),
    Case("zh-h", REPORT_ZH, "2h", FULL, "h is hours"),
    Case("zh-minutes", REPORT_ZH, "120分钟", FULL, "120 minutes are 2 hours"),
    Case("zh-fullwidth", REPORT_ZH, "２小时", FULL, "full-width digit"),
    Case("zh-2-days", REPORT_ZH, "2天", ZERO, "right number, wrong unit: another deadline"),
    Case("zh-bare", REPORT_ZH, "2", (0.5, 0.5), "number right, unit missing (stem has none)"),
    Case("stem-unit-bare", REPORT_UNIT_IN_STEM, "2", FULL, "the stem prints 小时 after the blank"),
    Case("stem-unit-liang", REPORT_UNIT_IN_STEM, "两", FULL, "两 is 2; the stem has the unit"),
    Case("stem-unit-repeated", REPORT_UNIT_IN_STEM, "2小时", FULL, "learner repeats the unit"),
    Case("stem-unit-12", REPORT_UNIT_IN_STEM, "12", ZERO, "a different number"),
    Case("en-14", REFUND_EN, "14 days", FULL, "the key as written"),
    Case("en-140", REFUND_EN, "140 days", ZERO, "regression: a different number"),
    Case("en-4", REFUND_EN, "4 days", ZERO, "regression: a different number"),
    Case("en-words", REFUND_EN, "fourteen days", FULL, "regression: fourteen is 14"),
    Case("en-weeks", REFUND_EN, "two weeks", FULL, "two weeks are 14 days"),
    Case("en-zh-unit", REFUND_EN, "14天", FULL, "天 is days"),
    Case("temp-minus", CHILLED, "-5℃", ZERO, "regression: -5℃ is not 5℃"),
    Case("temp-du", CHILLED, "5度", FULL, "regression: 度 is ℃"),
    Case("temp-en", CHILLED, "5 °C", FULL, "°C is ℃"),
    Case("temp-below-zero", CHILLED, "零下5℃", ZERO, "零下5℃ is -5℃"),
    Case("frozen-minus", FROZEN, "-18℃", FULL, "零下18℃ is -18℃"),
    Case("frozen-plus", FROZEN, "18℃", ZERO, "the sign is the fact"),
    Case("pct-words", DISCOUNT, "15 percent", FULL, "regression: percent is %"),
    Case("pct-zh", DISCOUNT, "百分之十五", FULL, "regression: 百分之十五 is 15%"),
    Case("pct-wrong", DISCOUNT, "1.5%", ZERO, "a different number"),
    Case("money-usd", SUITE, "55 dollars", FULL, "$55 is 55 dollars"),
    Case("money-usd-code", SUITE, "USD 55", FULL, "USD is dollars"),
    Case("money-wrong", SUITE, "$65", ZERO, "a different price"),
    Case("workdays", DEADLINE_WORKDAYS, "3天", ZERO, "3 days are not 3 working days"),
    Case("workdays-zh", DEADLINE_WORKDAYS, "三个工作日", FULL, "三 is 3"),
    Case("half-hour", HALF_HOUR, "30 minutes", FULL, "half an hour is 30 minutes"),
    Case("half-hour-zh", HALF_HOUR, "半小时", FULL, "半小时 is half an hour"),
    Case("three-days", EXPIRY_DAYS, "3天", FULL, "三天 is 3 days"),
    Case("three-days-wrong", EXPIRY_DAYS, "7天", ZERO, "a different number"),
    Case("clock-words", CLOSING, "11 pm", FULL, "eleven pm is 11 pm"),
    Case("clock-case", CLOSING, "Eleven PM.", FULL, "case and punctuation"),
    Case("clock-wrong", CLOSING, "ten am", ZERO, "a different time"),
    # --- several blanks: separators ------------------------------------------------------------
    Case("blanks-2000", APPROVAL, "值班经理、2000元", (0.5, 0.5), "regression: 2000 is not 200"),
    Case("blanks-comma", APPROVAL, "值班经理，200元", FULL, "regression: ， separates blanks"),
    Case("blanks-space", APPROVAL, "值班经理 200元", FULL, "regression: a space separates blanks"),
    Case("blanks-slash", APPROVAL, "值班经理/200元", FULL, "/ separates blanks"),
    Case("blanks-semicolon", APPROVAL, "值班经理；两百元", FULL, "； separates; 两百 is 200"),
    Case("blanks-kuai", APPROVAL, "值班经理、200块", FULL, "块 is 元"),
    Case("blanks-list", APPROVAL, ["值班经理", "200 元"], FULL, "a list stays as given"),
    Case("blanks-one-wrong", APPROVAL, "店长、200元", (0.5, 0.5), "one blank of two"),
    Case("blanks-swapped", APPROVAL, "200元、值班经理", ZERO, "each blank in its place"),
    # --- words: synonyms, width, near misses, antonyms -----------------------------------------
    Case("synonym-customer", CUSTOMER, "客户", FULL, "listed synonym"),
    Case("synonym-refund-zh", REFUND_ZH, "退钱", FULL, "listed synonym"),
    Case("synonym-refund-en", REFUND_WORD, "money back", FULL, "listed synonym"),
    Case("width-case", POS, "ｐｏｓ 机", FULL, "width, case and spacing"),
    Case("near-miss-long", FORM, "退货登记单", FULL, "表/单: the same form, one character off"),
    Case("alternative", CARD, "积分卡", FULL, "an alternative the key lists"),
    Case("antonym-zh", CHANNEL_ZH, "线下", ZERO, "antonym"),
    Case("antonym-en", CHANNEL_EN, "offline", ZERO, "antonym"),
    Case("negated-zh", MAY_RETURN, "不可以", ZERO, "the negation of the key"),
    Case("modal-zh", MUST_NOT, "必须", ZERO, "必须 is the opposite of 不得"),
    Case("negated-en", PETS, "allowed", ZERO, "the key is 'not allowed'"),
    Case("negated-en-right", PETS, "Not allowed", FULL, "case"),
    Case("wrong-word", CUSTOMER, "店员", ZERO, "another word"),
    # --- short answers -------------------------------------------------------------------------
    Case(
        "sa-full",
        FOOD_SAFETY,
        "立即下架并封存留样，2小时内上报值班经理，不得继续售卖。",
        FULL,
        "every point stated",
    ),
    Case(
        "sa-paraphrase",
        FOOD_SAFETY,
        "马上把这批货撤下货架，封存好并留样；两个小时之内报告当班经理；这批货不能再卖了。",
        FULL,
        "regression: every point in the learner's own words",
    ),
    Case(
        "sa-contradiction",
        FOOD_SAFETY,
        "继续售卖就行，不用封存留样，也不必上报。",
        ZERO,
        "regression: contradicts every scoring point",
    ),
    Case(
        "sa-keywords",
        FOOD_SAFETY,
        "封存 留样 上报 经理",
        (0.0, 1 / 3),
        "regression: a bare keyword list states nothing",
    ),
    Case(
        "sa-wrong-figure",
        FOOD_SAFETY,
        "立即下架并封存留样，12小时内上报值班经理，不得继续售卖。",
        (2 / 3, 2 / 3),
        "12 hours contradicts the 2-hour point; the other two stand",
    ),
    Case(
        "sa-missing-figure",
        FOOD_SAFETY,
        "立即下架并封存留样，上报值班经理，不得继续售卖。",
        (0.75, 0.9),
        "the reporting point without its deadline is half right",
    ),
    Case(
        "sa-one-point",
        FOOD_SAFETY,
        "立即下架并封存留样。",
        (1 / 3, 1 / 3),
        "one point of three",
    ),
    Case(
        "sa-negated-one",
        FOOD_SAFETY,
        "不用下架，2小时内上报值班经理，不得继续售卖。",
        (1 / 3, 2 / 3),
        "denies the first point; the other two stand",
    ),
    Case(
        "sa-sells-on",
        FOOD_SAFETY,
        "立即下架并封存留样，2小时内上报值班经理，之后可以继续售卖。",
        (2 / 3, 2 / 3),
        "selling on contradicts the third point",
    ),
    Case("sa-off-topic", FOOD_SAFETY, "向顾客道歉并赠送优惠券。", ZERO, "nothing of the points"),
    Case(
        "sa-price-paraphrase",
        PRICE_OBJECTION,
        "我理解您对价格的顾虑。其实算下来每天只要十块钱，而且可以分期免息。",
        FULL,
        "every point in other words",
    ),
    Case(
        "sa-price-keywords",
        PRICE_OBJECTION,
        "认同 价格 每天 分期",
        (0.0, 1 / 3),
        "a bare keyword list",
    ),
    Case(
        "sa-price-denied",
        PRICE_OBJECTION,
        "不认同客户的价格顾虑，也不提供分期免息。",
        (0.0, 1 / 3),
        "denies two points, misses the third",
    ),
    Case(
        "sa-en-full",
        REFUND_POLICY,
        "Apologise, check the receipt and refund within 14 days of purchase. Refunds over $200 "
        "need the duty manager's approval.",
        FULL,
        "every point stated",
    ),
    Case(
        "sa-en-paraphrase",
        REFUND_POLICY,
        "Say sorry, look at their receipt, give the money back if it is within fourteen days of "
        "purchase, and get the duty manager to approve anything above 200 dollars.",
        (0.75, 1.0),
        "every point in other words",
    ),
    Case(
        "sa-en-contradiction",
        REFUND_POLICY,
        "Do not apologise, never check the receipt, refund within 140 days, and no approval is "
        "needed.",
        ZERO,
        "contradicts every point",
    ),
    Case(
        "sa-en-keywords",
        REFUND_POLICY,
        "apologise receipt refund manager",
        (0.0, 1 / 3),
        "a bare keyword list",
    ),
    Case(
        "sa-en-wrong-figure",
        REFUND_POLICY,
        "Apologise, check the receipt and refund within 30 days of purchase; over $200 needs the "
        "duty manager's approval.",
        (0.75, 0.75),
        "30 days contradicts the 14-day point",
    ),
    Case(
        "sa-en-two-points",
        REFUND_POLICY,
        "I would apologise and check the receipt.",
        (0.5, 0.5),
        "two points of four",
    ),
    Case(
        "sa-en-negative-points",
        DATA_SECURITY,
        "Never write the card details down, do not share them with anyone, and shred printed "
        "copies the same day.",
        FULL,
        "negative points stated as negatives",
    ),
    Case(
        "sa-en-negative-points-denied",
        DATA_SECURITY,
        "Write the card details down and share them with the manager; keep printed copies.",
        ZERO,
        "asserts what the points forbid, misses the shredding",
    ),
]


# --- a second batch: other materials (insurance, IT security, returns), verdicts written
# before they were first run; the judge agreed on 39 of 40 (a glued 千万别 was not read as a
# negation and 删掉 was not known as 删除), fixed in negation.py and synonyms.yaml.

DEDUCTIBLE = fill("本保险每次事故的免赔额为____。", "500元")
WAITING = fill("重大疾病保险的等待期为____。", "90天")
CLAIM = fill("出险后应在____内报案。", "48小时")
PASSWORD = fill("Passwords must be at least ____ characters long.", "12")
LOCK = fill("Lock your screen when you leave your desk for more than ____.", "5 minutes")
PATCH = fill("Critical patches are installed within ____.", "72 hours")
RESTOCK = fill("Opened electronics carry a restocking fee of ____.", "15%")
RETURN_WINDOW = fill("Unopened items can be returned within ____ of delivery.", "30 days")
TWO_ROLES = fill("理赔申请由____受理，____复核。", "客服专员", "理赔经理")
FRIDGE = fill("熟食冷藏温度为____至____。", "0℃", "4℃")
HANDWASH = fill("洗手时间不少于____。", "20秒")
OFFLINE_OK = fill("门店收银系统断网时可以____收款。", "离线")
VPN = fill("Remote staff must connect through the ____.", "VPN")
REPORT_TO = fill("Report a lost laptop to the ____ within one hour.", "IT service desk")

INCIDENT = Item(
    "short_answer",
    "员工发现可疑钓鱼邮件时应怎么做？",
    ["不要点击链接或附件，立即将邮件转发给信息安全部，并在1小时内删除。"],
    "收到可疑邮件时，不要点击链接或附件，立即将邮件转发给信息安全部，并在1小时内删除。",
    ["不要点击链接或附件", "立即转发给信息安全部", "1小时内删除邮件"],
)
LOST_LAPTOP = Item(
    "short_answer",
    "What should you do if your work laptop is lost or stolen?",
    [
        "Report it to the IT service desk within one hour, change your passwords, and file a police report within 24 hours."
    ],
    "Report a lost or stolen laptop to the IT service desk within one hour, change your passwords, and file a police report within 24 hours.",
    [
        "report it to the IT service desk within one hour",
        "change your passwords",
        "file a police report within 24 hours",
    ],
)
CLAIM_STEPS = Item(
    "short_answer",
    "客户出险后，理赔专员应告知哪些步骤？",
    ["48小时内报案，保留事故现场照片，30天内提交理赔材料。"],
    "出险后须在48小时内报案，保留事故现场照片，并在30天内提交理赔材料。",
    ["48小时内报案", "保留事故现场照片", "30天内提交理赔材料"],
)

CASES += [
    Case("b2-deductible", DEDUCTIBLE, "五百元", FULL, "五百 is 500"),
    Case("b2-deductible-rmb", DEDUCTIBLE, "500块", FULL, "块 is 元"),
    Case("b2-deductible-wrong", DEDUCTIBLE, "5000元", ZERO, "a different amount"),
    Case(
        "b2-waiting-months",
        WAITING,
        "3个月",
        ZERO,
        "a teacher does not equate 3 months with 90 days",
    ),
    Case("b2-waiting-zh", WAITING, "九十天", FULL, "九十 is 90"),
    Case("b2-claim-days", CLAIM, "2天", FULL, "2 days are exactly 48 hours"),
    Case("b2-claim-liang", CLAIM, "四十八小时", FULL, "numerals"),
    Case("b2-password", PASSWORD, "twelve", FULL, "twelve is 12"),
    Case("b2-password-wrong", PASSWORD, "8", ZERO, "a different number"),
    Case("b2-lock", LOCK, "five minutes", FULL, "five is 5"),
    Case("b2-lock-short", LOCK, "5 mins", FULL, "mins is minutes"),
    Case("b2-lock-wrong", LOCK, "15 minutes", ZERO, "a different number"),
    Case("b2-patch", PATCH, "3 days", FULL, "72 hours are 3 days"),
    Case("b2-patch-wrong", PATCH, "7 hours", ZERO, "a different number"),
    Case("b2-restock", RESTOCK, "15 per cent", FULL, "per cent"),
    Case("b2-restock-wrong", RESTOCK, "50%", ZERO, "a different number"),
    Case("b2-return", RETURN_WINDOW, "thirty days", FULL, "thirty is 30"),
    Case("b2-return-zh", RETURN_WINDOW, "30天", FULL, "天 is days"),
    Case("b2-roles", TWO_ROLES, "客服专员，理赔经理", FULL, "， separates"),
    Case("b2-roles-swapped", TWO_ROLES, "理赔经理、客服专员", ZERO, "swapped"),
    Case("b2-fridge", FRIDGE, "0℃ 4℃", FULL, "space separates"),
    Case("b2-fridge-du", FRIDGE, "零度、四度", FULL, "度 is ℃, 零 is 0"),
    Case("b2-fridge-minus", FRIDGE, "-4℃、0℃", ZERO, "wrong order and sign"),
    Case("b2-handwash", HANDWASH, "20 seconds", FULL, "seconds"),
    Case("b2-handwash-wrong", HANDWASH, "2秒", ZERO, "a different number"),
    Case("b2-offline", OFFLINE_OK, "在线", ZERO, "the opposite"),
    Case("b2-offline-ok", OFFLINE_OK, "离线", FULL, "the key"),
    Case("b2-vpn", VPN, "vpn", FULL, "case"),
    Case("b2-desk", REPORT_TO, "IT Service Desk", FULL, "case"),
    Case("b2-desk-near", REPORT_TO, "IT servce desk", FULL, "a typo in a long answer"),
    Case("b2-desk-wrong", REPORT_TO, "HR desk", ZERO, "another team"),
    Case(
        "b2-sa-incident-full",
        INCIDENT,
        "千万别点邮件里的链接和附件，马上转发给信息安全部，一小时内把邮件删掉。",
        FULL,
        "every point, own words",
    ),
    Case(
        "b2-sa-incident-contra",
        INCIDENT,
        "点开链接看看是不是真的，没必要转发给信息安全部。",
        ZERO,
        "does the opposite",
    ),
    Case(
        "b2-sa-incident-figure",
        INCIDENT,
        "不要点击链接或附件，立即转发给信息安全部，24小时内删除。",
        (2 / 3, 2 / 3),
        "a different deadline",
    ),
    Case(
        "b2-sa-incident-keywords",
        INCIDENT,
        "链接 附件 信息安全部 删除",
        (0.0, 1 / 3),
        "a keyword list",
    ),
    Case(
        "b2-sa-laptop-full",
        LOST_LAPTOP,
        "Tell the IT service desk within an hour, change all my passwords and report it to the police within 24 hours.",
        (2 / 3, 1.0),
        "every point; 'report it to the police' is filing a police report",
    ),
    Case(
        "b2-sa-laptop-partial",
        LOST_LAPTOP,
        "I would change my passwords.",
        (1 / 3, 1 / 3),
        "one point",
    ),
    Case(
        "b2-sa-laptop-contra",
        LOST_LAPTOP,
        "Wait a week before telling anyone; there is no need to change passwords.",
        ZERO,
        "contradicts",
    ),
    Case(
        "b2-sa-claim-full",
        CLAIM_STEPS,
        "两天之内报案，拍下事故现场照片留存，一个月内交齐理赔材料。",
        (1 / 3, 2 / 3),
        "2天 = 48小时 is fine; 一个月 is not 30天 exactly; 拍下照片留存 ≈ 保留照片",
    ),
    Case(
        "b2-sa-claim-wrong",
        CLAIM_STEPS,
        "72小时内报案，保留事故现场照片，60天内提交理赔材料。",
        (1 / 3, 1 / 3),
        "two wrong figures",
    ),
]


# --- a third batch (measure words, clock times, lengths, hedged figures, spoken Chinese),
# verdicts written before they were first run; the judge agreed on 20 of 25. Fixed: 不准 as
# 不得 and 个月 as 月 (synonyms.yaml, matching.py), 9:00 am (quantities.py), one-character
# verbs (问 for 询问) and topicalised nouns (重伤的顾客不要挪动) in scoring_points.py, and a
# keyword list of compound nouns (伤情、安抚、120、事故报告).

WEEK = fill("试用装的退换期为____。", "7天")
MUSTNOT = fill("店员____向顾客承诺赔偿金额。", "不得")
MONTHLY = fill("灭火器每____检查一次。", "月")
BOTH = fill("超过____的退款须经____批准。", "500元", "店长")
TIME_EN = fill("The store opens at ____.", "9 am")
COUNT = fill("每位顾客每天限购____件。", "2")
HEIGHT = fill("货架最高层不得超过____。", "1.8米")
FREEZER = fill("Frozen goods must be kept at or below ____.", "-18°C")
SEAL = fill("留样须冷藏保存____。", "48小时")

SPILL = Item(
    "short_answer",
    "顾客在店内滑倒受伤，店员应如何处理？",
    ["先询问伤情并安抚顾客，必要时拨打120，不得挪动重伤顾客，事后30分钟内填写事故报告。"],
    "顾客滑倒受伤时，先询问伤情并安抚顾客，必要时拨打120，不得挪动重伤顾客，事后30分钟内填写事故报告。",
    ["询问伤情并安抚顾客", "必要时拨打120", "不得挪动重伤顾客", "30分钟内填写事故报告"],
)
PHISH_EN = Item(
    "short_answer",
    "How do you handle a suspicious email?",
    [
        "Do not click any links, forward it to the security team immediately, and delete it within one hour."
    ],
    "Do not click any links in a suspicious email; forward it to the security team immediately and delete it within one hour.",
    [
        "do not click any links",
        "forward it to the security team immediately",
        "delete it within one hour",
    ],
)

CASES += [
    Case("b3-week", WEEK, "一周", FULL, "a week is 7 days"),
    Case("b3-week-wrong", WEEK, "七个工作日", ZERO, "working days are not days"),
    Case("b3-mustnot-synonym", MUSTNOT, "不准", FULL, "不准 means 不得"),
    Case("b3-mustnot-can", MUSTNOT, "可以", ZERO, "the opposite"),
    Case("b3-monthly", MONTHLY, "个月", FULL, "个 is a measure word"),
    Case("b3-monthly-wrong", MONTHLY, "周", ZERO, "another period"),
    Case("b3-both", BOTH, "五百元 店长", FULL, "space separates; 五百 is 500"),
    Case("b3-both-wrong", BOTH, "5000元，店长", (0.5, 0.5), "one figure wrong"),
    Case(
        "b3-both-hedge",
        BOTH,
        "500元或1000元，店长",
        (0.5, 0.5),
        "two figures for one blank: a guess",
    ),
    Case("b3-time", TIME_EN, "9:00 am", FULL, "9:00 am is 9 am"),
    Case("b3-time-wrong", TIME_EN, "9 pm", ZERO, "pm is not am"),
    Case("b3-count", COUNT, "两", FULL, "两 is 2; the stem prints 件"),
    Case("b3-count-wrong", COUNT, "3件", ZERO, "a different count"),
    Case("b3-height", HEIGHT, "180厘米", FULL, "180 cm is 1.8 m"),
    Case("b3-height-wrong", HEIGHT, "18米", ZERO, "a different length"),
    Case("b3-freezer", FREEZER, "minus 18 degrees", FULL, "minus 18 degrees"),
    Case("b3-freezer-plus", FREEZER, "18°C", ZERO, "the sign"),
    Case("b3-seal", SEAL, "两天", FULL, "two days are 48 hours"),
    Case(
        "b3-sa-spill-full",
        SPILL,
        "先问顾客哪里受伤并安抚情绪，情况严重就打120，重伤的顾客不要随意挪动，半小时内填好事故报告。",
        (0.75, 1.0),
        "every point in own words",
    ),
    Case(
        "b3-sa-spill-move",
        SPILL,
        "询问伤情并安抚顾客，必要时拨打120，马上把顾客扶起来挪到休息区，30分钟内填写事故报告。",
        (0.75, 0.75),
        "moving the injured customer contradicts a point",
    ),
    Case(
        "b3-sa-spill-late",
        SPILL,
        "询问伤情并安抚顾客，必要时拨打120，不得挪动重伤顾客，下班前填写事故报告。",
        (0.75, 0.875),
        "report point without its deadline: half",
    ),
    Case(
        "b3-sa-spill-keywords", SPILL, "伤情、安抚、120、事故报告", (0.0, 1 / 3), "a keyword list"
    ),
    Case(
        "b3-sa-phish-full",
        PHISH_EN,
        "Never click the links, send it on to the security team right away and delete it within an hour.",
        (2 / 3, 1.0),
        "own words",
    ),
    Case(
        "b3-sa-phish-contra",
        PHISH_EN,
        "Click the link to check it, and there is no need to tell the security team.",
        ZERO,
        "does the opposite",
    ),
    Case(
        "b3-sa-phish-late",
        PHISH_EN,
        "Do not click any links, forward it to the security team immediately and delete it within 24 hours.",
        (2 / 3, 2 / 3),
        "a different deadline",
    ),
]


# --- a fourth batch (hedges and ranges, hyphenated units, English policies, a restaurant
# complaint), verdicts written before they were first run; the judge agreed on 18 of 21. Fixed:
# "30-day" (quantities.py), points segmented as written and a denied action contradicting
# (scoring_points.py), 说对不起 = 道歉 and "refuse" denying "accept" (synonyms.yaml negations).

REPORT2 = fill("发现食品过期后，须在____内上报值班经理。", "2小时")
WINDOW = fill("Returns are accepted within ____ of delivery.", "30 days")
FEE = fill("A restocking fee of ____ applies to opened items.", "$25")
BADGE = fill("Visitors must wear a ____ at all times.", "visitor badge")
MFA = fill("Remote access requires ____.", "multi-factor authentication")

BACKUP = Item(
    "short_answer",
    "What is the backup rule for customer data?",
    [
        "Back up customer data every night, keep copies for 90 days, and test a restore once a month."
    ],
    "Customer data is backed up every night; copies are kept for 90 days and a restore is tested once a month.",
    ["back up customer data every night", "keep copies for 90 days", "test a restore once a month"],
)
RETURNS = Item(
    "short_answer",
    "How are returns of opened electronics handled?",
    [
        "Accept them within 14 days, charge a 15% restocking fee, and do not accept items without the original packaging."
    ],
    "Opened electronics are accepted within 14 days with a 15% restocking fee; items without the original packaging are not accepted.",
    [
        "accept opened electronics within 14 days",
        "charge a 15% restocking fee",
        "do not accept items without the original packaging",
    ],
)
COMPLAINT = Item(
    "short_answer",
    "顾客投诉菜品有异物，服务员应如何处理？",
    ["立即向顾客道歉，撤下菜品并免单，保留异物交给厨师长，当天内书面上报店长。"],
    "顾客投诉菜品有异物时，服务员应立即向顾客道歉，撤下菜品并免单，保留异物交给厨师长，当天内书面上报店长。",
    ["立即向顾客道歉", "撤下菜品并免单", "保留异物交给厨师长", "当天书面上报店长"],
)

CASES += [
    Case("b4-within", REPORT2, "2小时以内", FULL, "以内 repeats the stem"),
    Case("b4-about", REPORT2, "大约两个小时", FULL, "the figure is right"),
    Case("b4-range", REPORT2, "两到三小时", ZERO, "a range is a guess"),
    Case("b4-hrs", REPORT2, "2 hrs", FULL, "hrs is hours"),
    Case("b4-decimal", REPORT2, "2.0小时", FULL, "2.0 is 2"),
    Case("b4-hyphen", WINDOW, "30-day", FULL, "30-day is 30 days"),
    Case("b4-month", WINDOW, "one month", ZERO, "a month is not 30 days to the letter"),
    Case("b4-fee", FEE, "25 dollars", FULL, "$25"),
    Case("b4-fee-wrong", FEE, "$2.50", ZERO, "a different price"),
    Case("b4-badge", BADGE, "Visitor Badge", FULL, "case"),
    Case("b4-badge-wrong", BADGE, "uniform", ZERO, "another thing"),
    Case("b4-mfa", MFA, "multi factor authentication", FULL, "hyphen vs space"),
    Case(
        "b4-mfa-typo",
        MFA,
        "multi-factor authentification",
        FULL,
        "a spelling slip in a long answer",
    ),
    Case(
        "b4-sa-backup-full",
        BACKUP,
        "We back up the customer data nightly, keep the copies for ninety days and test restoring them monthly.",
        (2 / 3, 1.0),
        "own words; nightly = every night, monthly = once a month",
    ),
    Case(
        "b4-sa-backup-figure",
        BACKUP,
        "Back up customer data every night, keep copies for 30 days, and test a restore once a month.",
        (2 / 3, 2 / 3),
        "90 days is the rule",
    ),
    Case("b4-sa-backup-none", BACKUP, "Ask the IT team.", ZERO, "nothing"),
    Case(
        "b4-sa-returns-full",
        RETURNS,
        "Accept opened electronics within 14 days, charge a 15% restocking fee, and refuse items that come without the original packaging.",
        FULL,
        "refuse = do not accept",
    ),
    Case(
        "b4-sa-returns-contra",
        RETURNS,
        "Accept opened electronics within 14 days with no restocking fee, and accept items without the original packaging too.",
        (1 / 3, 1 / 3),
        "two points contradicted",
    ),
    Case(
        "b4-sa-complaint-full",
        COMPLAINT,
        "马上跟顾客说对不起，把这道菜撤下来并且免单，把异物留好交给厨师长，当天写书面报告给店长。",
        (0.75, 1.0),
        "own words",
    ),
    Case(
        "b4-sa-complaint-contra",
        COMPLAINT,
        "告诉顾客这是正常现象，不用道歉，也不用免单，把异物直接扔掉。",
        ZERO,
        "contradicts",
    ),
    Case(
        "b4-sa-complaint-two",
        COMPLAINT,
        "立即向顾客道歉，撤下菜品并免单。",
        (0.5, 0.5),
        "two points of four",
    ),
]


def test_the_table_is_big_enough() -> None:
    languages = {
        "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in c.item.stem) else "en" for c in CASES
    }
    assert len(CASES) >= 60 and languages == {"zh", "en"}
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_the_judge_agrees_with_the_teacher(case: Case) -> None:
    question = case.item.question()
    response = normalise_answer(question, case.response)
    judgement = await OfflineJudge().judge(question, response)
    low, high = case.verdict
    assert low - 1e-6 <= judgement.ratio <= high + 1e-6, (
        f"{case.name}: teacher {case.verdict} ({case.why}); judge {judgement.ratio:.2f}: "
        f"{judgement.reason}"
    )


FLOW_CASES = [
    c
    for c in CASES
    if c.name
    in {
        "zh-12h",
        "zh-liang",
        "en-140",
        "en-words",
        "temp-minus",
        "pct-zh",
        "blanks-2000",
        "blanks-comma",
        "blanks-space",
        "antonym-en",
        "sa-contradiction",
        "sa-keywords",
        "sa-paraphrase",
        "sa-en-wrong-figure",
    }
]


async def test_a_subset_agrees_through_the_grading_flow(offline_context: FlowContext) -> None:
    questions = [c.item.question(number) for number, c in enumerate(FLOW_CASES, start=1)]
    exam = Exam(
        title="grading cases",
        language="zh",
        questions=questions,
        total_score=sum(q.score for q in questions),
        answer_key={str(q.number): q.answer for q in questions},
    )
    answers = {str(number): c.response for number, c in enumerate(FLOW_CASES, start=1)}
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": exam.model_dump(mode="json"), "answers": answers},
        {"configurable": {"thread_id": "grading-cases"}},
        context=offline_context,
    )
    results = {r["number"]: r for r in state["report"]["questions"]}
    assert len(FLOW_CASES) == 14
    for number, case in enumerate(FLOW_CASES, start=1):
        got = results[number]["score"] / results[number]["max_score"]
        low, high = case.verdict
        assert low - 0.01 <= got <= high + 0.01, f"{case.name}: {results[number]}"
        if got < 1:
            assert case.item.source_quote in results[number]["review"], results[number]
