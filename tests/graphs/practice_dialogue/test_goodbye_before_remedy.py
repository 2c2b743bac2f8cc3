"""Thanks or an invitation back said with a goodbye before anything was offered is the door
shown, not "thank her and invite her back" (point_gates.goodbye_before_remedy); once a remedy was
offered, the same words are the wrap-up and count. Through the real evaluator and flow."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _tags(name: str, reply: str, before: dict[str, list[int]] | None = None) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("closing")
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, stage, reply, before or {}, 5
    )
    return [c["tag"] for c in evaluation["covered"]]


def test_a_goodbye_before_any_remedy_thanks_no_one() -> None:
    assert "thanks" not in _tags("complaint-handling", "行，那您走好，欢迎您下次再来。")
    assert "thanks" not in _tags(
        "broadband-retention", "Right, thanks for staying with us, goodbye."
    )


def test_the_same_goodbye_after_a_remedy_is_the_wrap_up() -> None:
    offered = {"presentation": [1]}  # the fee waived / the loyalty price offered
    assert "thanks" in _tags("complaint-handling", "行，那您走好，欢迎您下次再来。", offered)
    assert "thanks" in _tags(
        "broadband-retention", "Right, thanks for staying with us, goodbye.", offered
    )


async def test_the_report_gives_a_brush_off_goodbye_nothing(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，您这件衣服颜色真好看。",
        "最近学校放假了吧？",
        "行，那您走好，欢迎您下次再来。",
        "结束",
    )
    lines = " ".join(c["explanation"] for c in values["report"]["criteria"])
    assert "做到：感谢客户的反馈并邀请再来" not in lines.replace("没做到：", "")
    assert "感谢客户的反馈并邀请再来（" not in lines
