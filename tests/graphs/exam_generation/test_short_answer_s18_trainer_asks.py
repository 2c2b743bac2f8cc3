"""Short-answer asks of session 18's lead (m1 Q11, m3 Q11), on own material (a community
library's lending rules, zh).

「（1）幼儿和每名幼儿分别有什么要求？（2）临时换人和并由接送人分别有什么要求？」 glued two subjects
that are no pair: 每名幼儿 is 幼儿 counted, and 并由接送人 opens a second act's doer. And
「救生员上岗前须持有…证书」 was asked 「救生员上岗前应如何处理？」, where a trainer asks what one must
hold: 「救生员上岗前须具备什么条件？」.
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.short_answer_asks import ask
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

LIBRARY = """# 社区图书馆借阅制度

## 一、借阅
1. 读者只能借阅已登记入库的图书，每名读者最多借阅10册图书。
2. 临时代借的，读者须提前1天电话告知馆员，并由代借人出示借阅证。
3. 管理员上岗前须持有图书管理员资格证书。
4. 逾期未还的图书，每册每天收取0.5元滞纳金。

## 二、阅览
5. 阅览室开放时间为8:00至20:00。
6. 古籍阅览须由馆员全程陪同，每次不超过2小时。
"""


def _asks() -> dict[str, str | None]:
    return {f.text: ask(f, f.text, True) for f in facts_for(analyse(LIBRARY))}


def _ask_of(opening: str) -> str | None:
    return next(asked for text, asked in _asks().items() if text.startswith(opening))


def test_a_subject_counted_is_no_second_subject() -> None:
    asked = _ask_of("读者只能借阅")
    assert asked is None or "每名读者" not in asked, asked


def test_a_second_acts_doer_is_no_sibling_subject() -> None:
    assert _ask_of("临时代借的") == "临时代借时，读者应如何处理？（写明时限和负责人）"


def test_what_one_must_hold_before_an_act_is_asked_as_a_condition() -> None:
    assert _ask_of("管理员上岗前") == "管理员上岗前须具备什么条件？"


_GLUED = re.compile(r"([\u4e00-\u9fff]{2,})和每[名位个]\1|和并由?[\u4e00-\u9fff]")


async def test_delivered_short_answers_glue_no_subjects(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": LIBRARY, "short_answer": 2})
    stems = [q.stem for q in exam.questions if q.type == "short_answer"]
    assert stems
    for stem in stems:
        assert not _GLUED.search(stem), stem
        assert "上岗前应如何处理" not in stem, stem
