"""A ban said again in other words is the ban, not its opposite (session 25 teacher T18, e2 strong
Q9: 「不得在墓区放鞭炮烧纸钱（只能去指定焚化炉）」 was 有误（说法与要点相反） for 「严禁在墓区燃放鞭炮、
焚烧纸钱，只允许在指定焚化炉区域进行」, and 「未经家属书面同意不能拍照录像外传」 有误 for 「严禁…拍照、录像后
外传，须经家属书面同意方可拍摄」).

Three causes: the answer's 不得 (the point's own 严禁) read as a word denying the point's 允许
(term_findings.denial_words_deny); the aside 「（只能去…）」 read inside the ban's scope
(negation_clauses.opens_another_duty); a word the point forbids read in the permission's
contrapositive (未经同意不能拍照 as 经同意拍照: term_findings.find_terms). An only-permission
(只允许, "only allowed") bans the rest, so a ban naming the only place states it
(contradictions.flipped_modality). Own trade: a concert hall's pipe organ, zh and en.
"""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import judged, short_answer

STEM_ZH = "课程材料“禁止事项”部分有哪些规定？请写出全部两条。"
CANDLES_ZH = "严禁在琴楼内点燃蜡烛、焚烧香火，只允许在前厅烛台区域进行"
PHOTOS_ZH = "严禁对管风琴音管拍照、录像后外传，须经管风琴师书面同意方可拍摄"
BANS_ZH = short_answer(STEM_ZH, CANDLES_ZH, PHOTOS_ZH)

STEM_EN = "What does the course material list under 'Prohibitions'? Give both rules."
CANDLES_EN = (
    "Never light candles in the organ loft; candles are only allowed at the lobby candle stand"
)
PHOTOS_EN = (
    "Never photograph or film the organ pipes for sharing without the organist's written consent"
)
BANS_EN = short_answer(STEM_EN, CANDLES_EN, PHOTOS_EN)


def test_a_ban_with_its_only_place_in_an_aside_is_no_contradiction() -> None:
    judgement, note = judged(BANS_ZH, "不得在琴楼内点燃蜡烛焚烧香火（只能去前厅烛台区域）。")
    assert "(1) 有误" not in note, note
    assert judgement.ratio >= 0.5, note


def test_without_consent_no_photos_restates_the_ban() -> None:
    _, note = judged(BANS_ZH, "未经管风琴师书面同意不能拍照录像外传。")
    assert "有误" not in note, note
    assert "(2) 已答到" in note, note


def test_both_bans_in_other_words_earn_full_marks() -> None:
    answer = "禁止在琴楼内点燃蜡烛、焚烧香火（只能去前厅烛台区域）；未经管风琴师书面同意不能拍照录像外传。"
    judgement, note = judged(BANS_ZH, answer)
    assert judgement.ratio == 1.0, note


def test_an_english_ban_with_its_only_place_is_credited() -> None:
    answer = (
        "Never light candles in the organ loft (only at the lobby stand); without the organist's "
        "written consent you can't photograph or film the pipes to share them."
    )
    judgement, note = judged(BANS_EN, answer)
    assert "contradicted" not in note, note
    assert judgement.ratio == 1.0, note


@pytest.mark.parametrize(
    ("question", "answer", "label"),
    [
        (BANS_ZH, "琴楼内可以点蜡烛烧香火。", "(1) 有误"),
        (BANS_ZH, "不用管风琴师同意也可以拍照录像外传。", "(2) 有误"),
        (BANS_EN, "Candles may be lit in the organ loft.", "(1) contradicted"),
    ],
)
def test_the_ban_turned_round_still_contradicts(
    question: Question, answer: str, label: str
) -> None:
    _, note = judged(question, answer)
    assert label in note, note
