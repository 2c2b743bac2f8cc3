"""Session 21 (H2): single-fact items read whole: no fragment, no leftover grammar, whole keys.

The session 20 end designer (D13) and teacher (T13) found: a stem that ends on its condition
(「安装后（    ）内如因安装原因出现漏气、点火异常。」), a key that holds the verb with its object
(「告知客户____」 keyed 联系燃气公司), stems stripped of their case ("The manager replies within
(    )", "The ____ pays all vet fees."), a leftover with no verb ("Owners may up to two toys."),
half a term blanked ("the duty vet ____" keyed "nurse"), a glossary entry printed with its colon
(「判断正误：拼配豆：由…」).

Own materials, other trades: an air-conditioner fitter and a broadband installer (zh), a tea
shop's glossary (zh), a ski school and a marina (en).
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

AIRCON = """# 空调安装服务规程

1. 安装师傅须在预约时间前30分钟电话确认上门。
2. 安装后90天内如因安装原因出现漏水、异响，本店免费上门维修，师傅须在接单后6小时内上门。
3. 外机支架须使用膨胀螺栓固定，每个支架不少于4颗。
"""

BROADBAND = """# 宽带装机服务规程

1. 装机员须在预约时间前20分钟电话确认上门。
2. 发现入户线路被剪断时，装机员须停止施工，告知用户联系物业管理处。
3. 光猫须放置在通风处，距热源不少于50厘米。
"""

TEA = """# 精品茶叶产品术语（门店培训）

1. 拼配茶：由两种或以上产区的茶叶按比例混合而成，目的是口感稳定。
2. 保质期：本店茶叶包装上标注的是生产日期，绿茶建议在开封后30天内喝完。
3. 存放：茶叶须密封避光存放，湿度不得超过60%。
"""

SKI_SCHOOL = """# Ski school: pupil rules

## Lessons
- Pupils may store one ski bag and up to two pairs of poles in the school locker room.
- Lessons start at 9:30; pupils more than 15 minutes late join the next group.
- If a pupil is injured on the slope, the instructor may call the mountain rescue team; the parent pays all rescue fees.
- Refund requests must be sent to the school office by email; the office manager replies within 3 working days.
"""

MARINA = """# Marina berth rules

- Every boat is inspected by the duty harbour master on arrival.
- Berth fees are GBP 40 per night for boats up to 12 metres.
- Fuel is sold at the pontoon between 8:00 and 18:00.
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _statements(material: Material) -> list[str]:
    out = []
    for fact in material.facts:
        out.append(fact.text)
        out += [c.text for c in clause_facts(fact, material)]
    return out


def _item(kind: str, stem: str, answer: list[str], quote: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "stem": stem,
        "answer": answer,
        "explanation": quote,
        "knowledge_point": "规则" if "\u4e00" <= quote[:1] <= "\u9fff" else "rules",
        "difficulty": "easy",
        "source_quote": quote,
        **extra,
    }


def _problems(data: dict[str, Any], material: str) -> str:
    return " ".join(validate_question(data, material, [])[1])


# --- a clause that ends on its condition ---------------------------------------------------


def test_a_condition_with_no_consequence_is_no_clause_alone() -> None:
    statements = _statements(_material(AIRCON))
    assert not [s for s in statements if s.endswith("出现漏水、异响。")]
    assert any("本店免费上门维修" in s and s.startswith("安装后90天内") for s in statements)


def test_a_stem_ending_on_its_condition_is_refused() -> None:
    quote = "安装后90天内如因安装原因出现漏水、异响"
    options = [
        {"key": k, "text": t}
        for k, t in zip("ABCD", ["30天", "60天", "90天", "180天"], strict=True)
    ]
    item = _item(
        "single_choice",
        "根据课程材料，选择最恰当的一项填入括号：安装后（    ）内如因安装原因出现漏水、异响。",
        ["C"],
        quote,
        options=options,
    )
    assert "ends on a condition" in _problems(item, AIRCON)
    whole = _item(
        "single_choice",
        "根据课程材料，选择最恰当的一项填入括号：安装后（    ）内如因安装原因出现漏水、异响，"
        "本店免费上门维修。",
        ["C"],
        "安装后90天内如因安装原因出现漏水、异响，本店免费上门维修",
        options=options,
    )
    assert "ends on a condition" not in _problems(whole, AIRCON)


# --- a key that is the body, not the verb with it ------------------------------------------


def test_the_body_a_customer_is_sent_to_is_keyed_without_the_verb() -> None:
    material = _material(BROADBAND)
    keys = []
    for fact in material.facts:
        for level in ("easy", "medium", "hard"):
            made = fill_blank(material, fact, level, "规则")
            if made is not None and "剪断" in made.stem:
                keys += made.answer
                assert "联系____" in made.stem, made.stem
    assert keys
    assert "物业管理处" in keys
    assert not [k for k in keys if k.startswith("联系")]


# --- a glossary entry is a statement -----------------------------------------------------


def test_a_made_of_entry_is_stated_without_its_colon() -> None:
    texts = [f.text for f in _material(TEA).facts]
    assert "拼配茶由两种或以上产区的茶叶按比例混合而成，目的是口感稳定。" in texts
    assert not [t for t in texts if t.startswith("拼配茶：")]


# --- English: no leftover grammar, no case stripped, no half a role -------------------------


def test_an_object_after_and_is_no_verb_phrase() -> None:
    statements = _statements(_material(SKI_SCHOOL))
    assert not [s for s in statements if "may up to" in s]


def test_what_holds_under_the_case_before_is_stated_with_it() -> None:
    texts = [f.text for f in _material(SKI_SCHOOL).facts]
    assert not [t for t in texts if t.startswith("The parent pays")]
    assert (
        "If a pupil is injured on the slope, the instructor may call the mountain rescue team. "
        "The parent pays all rescue fees." in texts
    )


def test_a_reply_in_the_present_is_stated_with_what_it_answers() -> None:
    texts = [f.text for f in _material(SKI_SCHOOL).facts]
    assert not [t for t in texts if t.startswith("The office manager replies")]
    assert any(t.startswith("Refund requests") and "replies within 3" in t for t in texts)


def test_a_blank_that_leaves_the_roles_modifier_printed_is_refused() -> None:
    quote = "Every boat is inspected by the duty harbour master on arrival."
    half = _item(
        "fill_blank",
        "Fill in the blank: Every boat is inspected by the duty harbour ____ on arrival.",
        ["master"],
        quote,
    )
    assert "leaves out the modifier of the role 'duty harbour master'" in _problems(half, MARINA)
    whole = _item(
        "fill_blank",
        "Fill in the blank: Every boat is inspected by the ____ on arrival.",
        ["duty harbour master"],
        quote,
    )
    assert "leaves out the modifier" not in _problems(whole, MARINA)


async def test_no_delivered_english_item_is_a_fragment(offline_context: Any) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": SKI_SCHOOL, "single_choice": 2, "true_false": 3, "fill_blank": 2},
    )
    assert exam.questions
    for question in exam.questions:
        assert "may up to" not in question.stem, question.stem
        statement = question.stem.split("? ", 1)[-1].split(": ", 1)[-1]
        assert not statement.startswith(("The parent", "The office manager")), question.stem
