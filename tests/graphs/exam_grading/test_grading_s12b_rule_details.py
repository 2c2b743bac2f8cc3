"""Session 12 (issue 11), held-out teacher T3 (A2-7): a rule told without one of its details.

「缺勤要打电话联系家长」 for 「幼儿缺勤的，班级保育员须在当天上午10点前电话联系家长…」 and
「传染病返园要有证明」 for 「…返园时必须出具医疗机构的痊愈证明」 were 未答到; she gives half of each
and names the time and the issuer. Own examples, other trades: a driving school's leave, a
pharmacy's returns. The rule needs its thing, a word of its own and its force: a bare mention, a turned-round
duty or a mere "may" earns no part.
"""

from __future__ import annotations

from tests.support.grading import judged
from tests.support.grading import short_answer as _item

SCHOOL = _item(
    "学员请假和补课有什么规定？",
    "学员请假的，教练须在课前1小时电话通知教务处，说明请假原因",
    "补课须在两周内安排完毕",
)
MAKE_UP_STATED = "补课两周内安排完。"
PHARMACY = _item("处方药退货有什么规定？", "处方药退货时，顾客必须出示药店开具的原始购药小票")


def test_a_duty_told_without_its_time_limit_is_partial() -> None:
    judgement, note = judged(SCHOOL, "请假要打电话通知教务处；" + MAKE_UP_STATED)
    assert judgement.ratio == 0.75, (judgement.reason, note)
    assert "(1) 部分答到（缺少：1小时）" in note, note


def test_a_duty_told_without_its_issuer_is_partial() -> None:
    judgement, note = judged(PHARMACY, "处方药退货要有小票。")
    assert judgement.ratio == 0.5, (judgement.reason, note)
    assert "部分答到（缺少：药店" in note, note


def test_the_words_without_the_duty_earn_no_part() -> None:
    judgement, note = judged(PHARMACY, "处方药退货和小票。")
    assert judgement.ratio == 0 and "未答到" in note, note
    judgement, note = judged(PHARMACY, "处方药退货不需要小票。")
    assert judgement.ratio == 0 and "有误" in note, note
    for answer in ("请假可以打电话给教务处；", "请假和教务处；", "请假不用通知教务处；"):
        judgement, note = judged(SCHOOL, answer + MAKE_UP_STATED)
        assert judgement.ratio == 0.5 and "(1) 部分答到" not in note, note
