"""滤镜 is the everyday name of an optical filter (滤光片), not another word (synonyms.yaml; session
23, issue 11 leftovers: it was 用词不对). Things of other kinds that share a character are still
wrong: 滤纸 filters liquids, 镜片 is any lens. Own telescope shop."""

from __future__ import annotations

import pytest

from tests.support.grading import fill_blank, judged

SUN = fill_blank("观测太阳前，望远镜物镜前必须加装专用的太阳____。", "滤光片")


@pytest.mark.parametrize("answer", ["滤镜", "滤光镜"])
def test_the_filters_everyday_names_are_right(answer: str) -> None:
    judgement, note = judged(SUN, answer)
    assert judgement.ratio == 1.0, note


@pytest.mark.parametrize("answer", ["滤纸", "镜片", "遮光罩"])
def test_other_things_stay_wrong(answer: str) -> None:
    judgement, note = judged(SUN, answer)
    assert judgement.ratio == 0.0, note
