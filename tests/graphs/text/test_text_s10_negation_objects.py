"""无 and the other cues that negate one thing (graphs/text/negation_objects.py), session 10.

Teacher T's bakery paper: 「做无麸质之前要把台面…洗2遍」 was read as denying the washing, so the
grader said 'denies 清洗'. Own examples of other trades (a café, a clinic, a print shop, a hotel).
"""

from __future__ import annotations

import pytest

from graphs.exams import Language
from graphs.text.negation import is_negated, negated_terms


@pytest.mark.parametrize(
    ("text", "language", "term", "negated"),
    [
        # 无 names a kind of thing: the verb after it is asserted
        ("做无糖拿铁之前要把奶缸冲洗3遍", "zh", "冲洗", False),
        ("做无糖拿铁之前要把奶缸冲洗3遍", "zh", "糖", True),
        ("无菌敷料开封后须在4小时内用完", "zh", "用完", False),
        ("无线打印机每周清洁一次", "zh", "清洁", False),
        ("无障碍客房每天检查扶手", "zh", "检查", False),
        ("无酒精饮料可以卖给未成年顾客", "zh", "卖给", False),
        # 无 denies its object (with its modifiers), not the act after it
        ("如无特殊情况须当天回访", "zh", "回访", False),
        ("如无特殊情况须当天回访", "zh", "情况", True),
        ("本店无任何额外收费", "zh", "收费", True),
        ("包装无破损方可退货", "zh", "退货", False),
        ("包装无破损方可退货", "zh", "破损", True),
        # 无人 is nobody: what nobody does is denied, as before
        ("前台无人接听时转到值班手机", "zh", "接听", True),
        # 没有 before a thing whose absence conditions what follows: as 无 (end-of-session teacher)
        ("确认没有大风方可重新出租", "zh", "出租", False),
        ("确认没有大风方可重新出租", "zh", "大风", True),
        ("没有明火了才能离开厨房", "zh", "离开", False),
        # 没有 before a verb, or with more of the clause after its thing, keeps the clause's scope
        ("没有上报经理", "zh", "上报", True),
        ("没有经理签字不能退款", "zh", "签字", True),
        ("没有人看管的行李不得寄存", "zh", "看管", True),
        # a cue inside a name negates inside it
        ("不锈钢台面每天擦两遍", "zh", "擦", False),
        # real negations are untouched
        ("做无糖拿铁之前不用冲洗奶缸", "zh", "冲洗", True),
        ("无需上报经理", "zh", "上报", True),
        ("无法退款", "zh", "退款", True),
        # English: "no-" joined by a hyphen, "without" before its object
        ("No-sugar syrups are restocked every morning", "en", "restocked", False),
        ("No-sugar syrups are restocked every morning", "en", "sugar", True),
        ("Rooms without carpets are vacuumed twice", "en", "vacuumed", False),
        ("Rooms without carpets are vacuumed twice", "en", "carpets", True),
        ("Never leave without signing the log", "en", "signing", True),
        ("No food may be eaten in the print room", "en", "eaten", True),
        ("Gluten-free loaves are sliced on the blue board", "en", "sliced", False),
    ],
)
def test_a_cue_negates_what_it_governs(
    text: str, language: Language, term: str, negated: bool
) -> None:
    start = text.lower().index(term.lower())
    assert is_negated(text, start, start + len(term), language) is negated


def test_the_bakery_washing_is_asserted_in_a_new_trade() -> None:
    # the teacher's fault on a juice bar: 无添加 names the juice, 洗2遍 is the rule
    text = "做无添加果汁前要把榨汁机洗2遍，再用75%酒精擦台面"
    assert negated_terms(text, ["洗", "擦", "榨汁机", "添加"], "zh") == {"添加"}
