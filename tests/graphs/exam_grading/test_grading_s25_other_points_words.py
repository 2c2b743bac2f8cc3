"""Another point's clause is no evidence against this one, and everyday words of a rule state it
(session 25 teacher T18, e1 Q10, a piano tuner's exceptions: 「琴弦断了调音师可以现场换」 was
「(2) 有误（答成：琴弦断了调音师可以现场换）」 for 店长未答复的，调音师不得自行更换, though it states the
other point; 「断弦可以当场换……店长没回复就不能自己换」 was 部分答到 and 未答到).

A clause holding another point's words as that point says them and none of this point's own is
that point's (another_points.py); 当场 = 现场, 回复 = 答复, 自己 = 自行 (synonyms.yaml); a one-character
verb a negator governs past an adverb (不能自行换) is the point's 更换 (term_polarity._governed).
Own trade: a concert hall's pipe organ.
"""

from __future__ import annotations

from tests.support.grading import judged, short_answer

STEM = "课程材料“例外情况”部分有哪些规定？请写出全部两条（写明金额、时限和负责人）。"
REPAIR = "音管损坏时，管风琴师可现场更换，但单根音管费用超过300元的，须先拍照发给馆长审批，馆长须在30分钟内答复"
UNANSWERED = "馆长未答复的，管风琴师不得自行更换"
EXCEPTIONS = short_answer(STEM, REPAIR, UNANSWERED)


def test_the_other_points_clause_does_not_contradict_this_one() -> None:
    _, note = judged(EXCEPTIONS, "音管坏了管风琴师可以当场换，超过300元的要馆长审批。")
    assert "(2) 有误" not in note, note
    assert "(2) 未答到" in note, note


def test_both_rules_in_everyday_words_earn_full_marks() -> None:
    answer = (
        "音管坏了可以当场换，单根超过三百元要先拍照给馆长批，馆长三十分钟内回复；"
        "馆长没回复就不能自己换。"
    )
    judgement, note = judged(EXCEPTIONS, answer)
    assert judgement.ratio == 1.0, note


def test_replacing_without_the_reply_still_contradicts() -> None:
    _, note = judged(EXCEPTIONS, "馆长没回复的，管风琴师也可以当场换。")
    assert "(2) 有误" in note, note
