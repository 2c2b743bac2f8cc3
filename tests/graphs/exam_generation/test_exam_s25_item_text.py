"""Exam item text on material written for it (session 25, H2): an archery range's rules (zh) and
a shearing shed's (en).

A rule that says one duty once for two subjects (「长距离靶道须有安全员至少2名在岗，短距离靶道至少
1名」) was keyed as a spliced clause (「…长距离靶道（70米）须短距离靶道（18米）至少1名」) and asked
by its first subject alone (session 24 designer, m3 Q12: a pool's deep and shallow zones). A
step's number (「步骤7：」, "Step 4:") was printed inside stems and points; a duty that rules out
the wrong way ("…into the brown pie bag, not the main bale", 「…，不放回箭筒」) was read as no rule.
A false statement whose changed time crosses another it states (closing before the last sale) is
false on its face (session 24 designer, m3 Q7)."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.gapped_clauses import gapped
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.validation import validate_question
from graphs.text.document import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

ARCHERY = (
    "# 射箭馆安全守则\n\n"
    "## 开放与值守\n"
    "开放时间为每日09:00至21:00，20:30停止售票。\n"
    "开放期间，长距离靶道（70米）须有安全员至少2名在岗，短距离靶道（18米）至少1名。\n"
    "射手须佩戴护臂，不得穿拖鞋进入靶道。\n"
    "每条靶道同时最多4名射手。\n"
)

LANES = "开放期间，长距离靶道（70米）须有安全员至少2名在岗，短距离靶道（18米）至少1名。"


def test_a_duty_said_once_for_two_subjects_is_a_point_for_each() -> None:
    assert point_parts(LANES, True) == [
        "开放期间，长距离靶道（70米）须有安全员至少2名在岗",
        "开放期间，短距离靶道（18米）须有安全员至少1名在岗",
    ]


def test_a_measure_of_the_subject_is_no_subject_of_its_own() -> None:
    # 驾龄 is the renter's: a list of conditions, not the duty for another subject
    assert gapped("租车客户须年满21周岁，驾龄满2年") is None
    assert gapped("射手须佩戴护臂，不得穿拖鞋进入靶道") is None


async def test_the_short_answer_asks_both_subjects_and_keys_each(
    offline_context: FlowContext,
) -> None:
    payload = {"material": ARCHERY, "short_answer": 1, "knowledge_points": ["开放与值守"]}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    lanes = [p for p in question.scoring_points if "靶道（" in p]
    assert lanes == point_parts(LANES, True), question.scoring_points
    assert "长距离靶道和短距离靶道" in question.stem, question.stem


SHED = (
    "# Shearing Shed Rules\n\n"
    "## Handling a sheep\n"
    "Step 1: The shearer opens the catching pen gate with a knee, not a hand.\n"
    "Step 2: Stained or wet fleece goes into the brown pie bag, not the main bale.\n"
    "Step 3: The shorn sheep is pushed down the porthole chute within 10 seconds.\n"
)

STEPS = (
    "# 射箭馆安全守则\n\n"
    "## 取箭流程\n"
    "步骤1：安全员确认所有弓已放下后，吹一声长哨。\n"
    "步骤2：断裂或弯曲的箭放入红色回收桶，不放回箭筒。\n"
    "步骤3：拔箭后射手须在2分钟内回到等候线。\n"
)


def test_a_duty_that_rules_out_the_wrong_way_is_a_rule() -> None:
    english = [f.text for f in facts_for(analyse(SHED))]
    assert "Stained or wet fleece goes into the brown pie bag, not the main bale." in english
    assert "The shearer opens the catching pen gate with a knee, not a hand." in english
    assert "断裂或弯曲的箭放入红色回收桶，不放回箭筒。" in [
        f.text for f in facts_for(analyse(STEPS))
    ]


async def test_a_step_number_is_printed_in_no_stem(offline_context: FlowContext) -> None:
    for material in (SHED, STEPS):
        assert not [
            f.text for f in facts_for(analyse(material)) if f.text.startswith(("Step", "步骤"))
        ]
        exam = await delivered_exam(offline_context, {"material": material, "fill_blank": 1})
        assert exam.questions, exam.shortfall
        for question in exam.questions:
            assert "Step" not in question.stem and "步骤" not in question.stem, question.stem


_HOURS = "开放时间为每日09:00至21:00，20:30停止售票。"
_SHED_HOURS = "The shed is open from 06:00 to 18:00 daily, and the last mob is penned at 16:30."


def _false_statement(statement: str, source: str, material: str) -> list[str]:
    prefix = "判断正误：" if source == _HOURS else "True or false: "
    data = {
        "type": "true_false",
        "stem": prefix + statement,
        "answer": ["false"],
        "explanation": source,
        "knowledge_point": "开放与值守" if source == _HOURS else "Opening and staffing",
        "source_quote": source,
    }
    return validate_question(data, material, [])[1]


def test_a_changed_time_that_crosses_another_is_refused() -> None:
    crossed = _false_statement("开放时间为每日09:00至20:00，20:30停止售票。", _HOURS, ARCHERY)
    assert any("moves a time past another" in p for p in crossed), crossed
    kept = _false_statement("开放时间为每日09:00至22:00，20:30停止售票。", _HOURS, ARCHERY)
    assert not any("moves a time past another" in p for p in kept), kept
    shed = "# Shed\n\n## Opening and staffing\n" + _SHED_HOURS + "\n"
    english = _false_statement(_SHED_HOURS.replace("18:00", "16:00"), _SHED_HOURS, shed)
    assert any("moves a time past another" in p for p in english), english
