"""Negation cues and scopes: which words negate, how far, and which look alike but do not."""

from __future__ import annotations

import pytest

from graphs.exams import Language
from graphs.text.negation import is_negated, negated_terms, negation_cues

# (text, language, term, negated?) — the term's first occurrence is checked.
CASES: list[tuple[str, Language, str, bool]] = [
    ("继续售卖，不用封存留样，也不必上报", "zh", "封存", True),
    ("继续售卖，不用封存留样，也不必上报", "zh", "上报", True),
    ("继续售卖，不用封存留样，也不必上报", "zh", "售卖", False),
    ("不用封存留样也不必上报", "zh", "上报", True),
    ("立即封存留样并上报值班经理", "zh", "上报", False),
    ("没有上报经理", "zh", "上报", True),
    ("非工作人员不得进入", "zh", "工作人员", True),
    ("非工作人员不得进入", "zh", "进入", True),
    ("这不是质量问题", "zh", "质量问题", True),
    ("非常好，请上报", "zh", "上报", False),
    ("不保证退款", "zh", "保证", True),
    ("我们不得不退款", "zh", "退款", False),
    ("不能不上报", "zh", "上报", False),
    ("没有人不知道这条规定", "zh", "知道", False),
    ("不好意思，让您久等了", "zh", "久等", False),
    ("别担心，我们会处理", "zh", "处理", False),
    ("别担心，我们会处理", "zh", "担心", False),
    ("没关系，我们马上退款", "zh", "退款", False),
    ("不仅要封存，还要上报", "zh", "封存", False),
    ("不过我们可以退款", "zh", "退款", False),
    ("无论如何都要上报", "zh", "上报", False),
    ("毫无疑问应当上报", "zh", "上报", False),
    ("差不多两小时内上报", "zh", "上报", False),
    ("别人已经上报了", "zh", "上报", False),
    ("未来会上报", "zh", "上报", False),
    ("不断改进服务", "zh", "服务", False),
    ("不是经理而是店长负责", "zh", "经理", True),
    ("不是经理而是店长负责", "zh", "店长", False),
    ("严禁吸烟", "zh", "吸烟", True),
    ("等症状没了48个小时以后才能回来上班", "zh", "上班", False),  # 没了: gone
    ("没有了解清楚就上报", "zh", "了解", True),
    ("不宜饮酒", "zh", "饮酒", True),
    ("每天佩戴时间不宜超过8小时", "zh", "超过", False),  # a limit, as 不超过
    ("禁止拍照，但可以录音", "zh", "录音", False),
    ("禁止拍照，但可以录音", "zh", "拍照", True),
    ("未经批准不得退货", "zh", "退货", True),
    ("无需登记", "zh", "登记", True),
    ("不超过2小时上报", "zh", "上报", False),
    ("并非质量问题", "zh", "质量问题", True),
    ("千万别点邮件里的链接，马上转发", "zh", "链接", True),
    ("千万别点邮件里的链接，马上转发", "zh", "转发", False),
    ("一定要上报", "zh", "上报", False),
    ("Do not refund the customer, but apologise.", "en", "refund", True),
    ("Do not refund the customer, but apologise.", "en", "apologise", False),
    ("We cannot refund without a receipt.", "en", "refund", True),
    ("Staff must not enter the cold room.", "en", "enter", True),
    ("Staff may not share the code; they report it.", "en", "report", False),
    ("Never leave the till open", "en", "leave", True),
    ("He doesn't seal the sample", "en", "seal", True),
    ("Not only refund but also apologise", "en", "refund", False),
    ("Report no later than 2 hours after the incident", "en", "Report", False),
    ("Report no later than 2 hours after the incident", "en", "incident", False),
    ("Keep no more than 3 items on the counter", "en", "items", False),
    ("No refund is given after 14 days", "en", "refund", True),
    ("Nobody may enter; however, managers may", "en", "managers", False),
    ("Don't worry, we will fix it", "en", "fix", False),
    ("Accept a no without pushing", "en", "pushing", True),
    ("Accept a no without pushing", "en", "Accept", False),
    ("Refunds are given without a receipt check", "en", "receipt", True),
]


@pytest.mark.parametrize(("text", "language", "term", "expected"), CASES)
def test_is_negated(text: str, language: Language, term: str, expected: bool) -> None:
    start = text.find(term)
    assert start >= 0, f"{term!r} not in {text!r}"
    assert is_negated(text, start, start + len(term), language) is expected


def test_cue_scope_stops_at_clause_end() -> None:
    text = "不用封存留样，也不必上报"
    cues = negation_cues(text, "zh")
    assert [cue.cue for cue in cues] == ["不用", "不必"]
    assert text[cues[0].end : cues[0].scope_end] == "封存留样"
    assert text[cues[1].end : cues[1].scope_end] == "上报"


def test_cue_inside_a_longer_token_scopes_the_rest_of_it() -> None:
    text = "严禁吸烟"
    (cue,) = negation_cues(text, "zh")
    assert (cue.cue, text[cue.end : cue.scope_end]) == ("严禁", "吸烟")


def test_words_that_contain_cue_characters_are_not_cues() -> None:
    for text in ["非常好", "不仅如此", "不久以后", "不少顾客", "不错", "别人", "未来", "不管怎样"]:
        assert negation_cues(text, "zh") == [], text


def test_negated_terms_lists_only_terms_never_asserted() -> None:
    text = "继续售卖，不用封存留样，也不必上报"
    assert negated_terms(text, ["封存", "上报", "售卖", "经理"], "zh") == {"封存", "上报"}
    both = "不用上报，后来还是上报了"
    assert negated_terms(both, ["上报"], "zh") == set()


def test_negated_terms_in_english_ignore_case() -> None:
    text = "Do NOT Refund the customer"
    assert negated_terms(text, ["refund", "customer", "receipt"], "en") == {"refund", "customer"}


def test_a_never_scope_ends_with_its_sentence() -> None:
    text = "Never open data on public Wi-Fi. If a device is lost, tell the desk."
    assert negated_terms(text, ["data", "device", "lost", "desk"], "en") == {"data"}


def test_a_full_stop_after_an_abbreviation_or_in_a_number_keeps_the_scope() -> None:
    text = "Do not hand Mr. Smith the 3.5 mm cable"
    assert negated_terms(text, ["Smith", "cable"], "en") == {"Smith", "cable"}


@pytest.mark.parametrize(
    ("text", "term", "negated"),
    [
        ("课没上成都怪我们排课出了错", "怪我们", False),
        ("课没上成都怪我们排课出了错", "上成", True),
        ("那次没约上是我们的问题", "我们的问题", False),
        ("我不觉得是我们的问题", "我们的问题", True),
        ("这不是我们的问题", "我们的问题", True),
    ],
)
def test_a_denied_event_is_the_subject_of_whose_fault_it_was(
    text: str, term: str, negated: bool
) -> None:
    assert (term in negated_terms(text, [term], "zh")) is negated
