"""A bare figure in a fill-in, read by the frame its stem prints, alike in both languages
(session 23 held-out teacher T16, B_average Q5: "60" for "A replacement cylinder costs ____"
(60 pounds) was half "unit missing" while a bare "1" for 1张 was full: "a unit is required in
English but not in Chinese").

One rule: a bare figure is full where the stem's frame leaves one unit possible (the unit printed
by the blank, a sum asked by "costs ____" / 「收费____」 in the material's one currency, a count's
thing); half where units of another kind are possible ("lasts ____": minutes or hours); a
figure in another unit is wrong. An English count's noun is no unit, as 名 is none: "6" for "6
students" was 0 ("not the key's words 'students'") while "6" for 6名 was full. Own trade: a surf school's fin, leash and lessons."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

FIN = fill_blank("Fill in the blank: A replacement fin costs ____, fitted.", "18 pounds")
FIN_ZH = fill_blank("填空：更换一片尾舵收费____，含安装。", "40元")
LEASH_ZH = fill_blank("填空：学员遗失脚绳的，须赔偿____。", "30元")
LEASH = fill_blank("A student who loses a leash pays ____, and the deposit is kept.", "£25")
LESSON = fill_blank(
    "Fill in the blank: Every lesson lasts ____, including a briefing.", "90 minutes"
)
LESSON_ZH = fill_blank("填空：每节课时长____。", "90分钟")
RENEWAL = fill_blank("Instructors must renew the certificate every ____.", "2 years")


@pytest.mark.parametrize(
    ("question", "answer"),
    [(FIN, "18"), (FIN_ZH, "40"), (LEASH_ZH, "30"), (LEASH, "25"), (FIN, "eighteen")],
)
def test_a_bare_sum_where_the_stem_asks_a_sum_is_full(question: Question, answer: str) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 1, judgement.reason
    assert "unit" not in note and "单位" not in note, note


@pytest.mark.parametrize(
    ("question", "answer"), [(FIN, "18 dollars"), (FIN_ZH, "40美元"), (FIN, "20")]
)
def test_another_currency_or_figure_stays_wrong(question: Question, answer: str) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 0, judgement.reason


@pytest.mark.parametrize(
    ("question", "answer"), [(LESSON, "90"), (LESSON_ZH, "90"), (RENEWAL, "2")]
)
def test_a_bare_span_where_other_units_fit_stays_half(question: Question, answer: str) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 0.5, judgement.reason
    assert "unit missing" in note or "缺少单位" in note, note


GROUP = fill_blank("Each instructor may take at most ____ into the water at once.", "6 students")
GROUP_ZH = fill_blank("每名教练一次最多带____学员下水。", "6名")
PHOTOS = fill_blank("Staff take ____ of each board's underside at check-in.", "1 photo")
WIND = fill_blank("Lessons are cancelled when the wind is stronger than ____.", "25 knots")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (GROUP, "6"),
        (GROUP, "six"),
        (GROUP, "6 people"),
        (GROUP, "6 students"),
        (GROUP_ZH, "6"),
        (GROUP_ZH, "6人"),
        (PHOTOS, "1"),
        (PHOTOS, "one photo"),
    ],
)
def test_a_count_without_its_noun_is_the_count_in_both_languages(
    question: Question, answer: str
) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 1, judgement.reason


@pytest.mark.parametrize(
    ("question", "answer"), [(GROUP, "6 boards"), (GROUP, "6 items"), (GROUP, "7")]
)
def test_another_thing_counted_or_another_count_is_wrong(question: Question, answer: str) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 0, judgement.reason


def test_a_bare_speed_stays_half_where_other_speeds_fit() -> None:
    judgement, note = judged(WIND, "25")
    assert judgement.ratio == 0.5, judgement.reason
    assert "unit missing" in note, note
    assert judged(WIND, "25 mph")[0].ratio == 0
