"""A report quotes the learner's words cut short, never mid-word (session 16 end trainer P9 and
helper R7: 'I'll guarantee you get the full 150 Mb every evening after t')."""

from __future__ import annotations

import re

from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.practice_dialogue.quotes import QUOTE_MAX_CHARS, clipped_quote
from graphs.scenarios import Scenario


def test_a_short_quote_is_whole() -> None:
    assert clipped_quote("I guarantee the full speed.") == "I guarantee the full speed."


def test_a_long_english_quote_ends_on_a_whole_word_marked_cut() -> None:
    text = "With the new router in place you will get every megabit you pay for, every night"
    quoted = clipped_quote(text)
    assert len(quoted) <= QUOTE_MAX_CHARS
    assert quoted.endswith("…")
    assert text.startswith(quoted.removesuffix("…"))
    assert text[len(quoted) - 1] == " "  # the cut falls between two words


def test_a_long_chinese_quote_is_cut_at_the_limit_and_marked() -> None:
    text = "我跟您保证装完新路由器以后每天晚上都能跑满五百兆而且以后再也不会出现掉线的情况您就放一百个心吧我们公司从来不骗人的真的不信您可以去问问隔壁的老客户们"
    quoted = clipped_quote(text)
    assert quoted == text[: QUOTE_MAX_CHARS - 1] + "…"


def test_a_guarantee_quoted_in_the_report_label_has_no_cut_word() -> None:
    scenario = ContentLibrary.load().get(Scenario, "broadband-retention")
    reply = (
        "I'll guarantee you get the full 150 Mb every evening once the engineer has been, "
        "one hundred percent."
    )
    labels = claims_said(scenario, reply)
    assert labels, "the guarantee is heard as a claim"
    cut = [label for label in labels.values() if "…" in label]
    assert cut, "the guarantee is longer than a quote and is cut"
    for label in cut:
        last = label.split("…")[0].split()[-1].strip("\"'“”")
        assert re.search(rf"(?<!\w){re.escape(last)}(?!\w)", reply), label
