"""Chinese short answers on a whole small section (issue 11, session 14): rules said as orders
or with 要 (「收衣时要当着顾客的面检查口袋」) have no subject to ask each by, and a Chinese exam
on such material got no short answer at all; the section is asked whole, its rules the points.
Materials written for these tests (a dry cleaner's and a tea shop's rules)."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.material import Material
from graphs.exam_generation.scoring_points import check_scoring_points
from graphs.exam_generation.section_short_answers import section_short_answer
from graphs.exam_grading.judges import judge_short_answer
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.lexicon import Lexicon
from tests.support.exam_flow import delivered_exam

DRY_CLEANER = (
    "# 洗衣店收衣与洗护操作规范（店员培训）\n\n"
    "## 一、收衣检查\n"
    "1. 收衣时要当着顾客的面检查口袋，发现现金、钥匙等物品当场交还顾客。\n"
    "2. 衣物有破洞、掉扣或染色的，要在收衣单上写明并拍照，请顾客签字确认。\n"
    "3. 羊绒、真丝等贵重衣物每件要挂蓝色吊牌，由店长复核后才能送洗。\n\n"
    "## 二、洗涤与熨烫\n"
    "1. 深色和浅色衣物必须分开洗，白色衬衫单独一缸，绝不能混洗。\n"
    "2. 干洗机每洗20缸要更换一次过滤芯，更换时间写在设备记录本上。\n"
    "3. 熨烫真丝衣物时温度不能超过120℃，要垫上白布再熨。\n\n"
    "## 三、取衣与赔偿\n"
    "1. 顾客凭取衣单取衣，取衣单丢失的，要核对顾客手机号和身份证后才能交付。\n"
    "2. 衣物超过90天未取的，店员要电话通知顾客，仍不来取的交由店长处理。\n"
    "3. 因洗涤造成衣物损坏的，按洗涤费的10倍赔偿，最高不超过衣物购买价的50%。\n\n"
    "## 四、门店卫生\n"
    "1. 每天营业结束后，地面要拖干净，烘干机的绒毛网要清理一遍。\n"
    "2. 洗涤剂和消毒液要放在专用柜里上锁，钥匙由店长保管。\n"
)

TEA_SHOP = (
    "# 奶茶店出品规范\n\n"
    "## 一、原料\n"
    "1. 鲜奶开封后要写上开封时间，放回冷藏柜。\n"
    "2. 煮好的珍珠要在4小时内用完，剩下的倒掉。\n"
    "3. 水果要当天切当天用，不能留到第二天。\n"
    "4. 糖浆桶每天打烊后要清洗，由值班组长检查。\n"
    "5. 茶叶要放在密封罐里，避光保存。\n\n"
    "## 二、出杯\n"
    "1. 每杯出品前店员要核对小票上的甜度和冰量。\n"
    "2. 顾客说做错的，店员要免费重做一杯，并报告值班组长。\n"
)


def _rules_under(material: str, heading: str) -> list[str]:
    """The numbered rules under a heading of the test material, without number or full stop."""
    block = material.split(f"、{heading}\n", 1)[1].split("\n\n", 1)[0]
    return [line.split(". ", 1)[1].rstrip("。") for line in block.splitlines() if ". " in line]


async def test_rules_said_with_yao_make_short_answers(offline_context: FlowContext) -> None:
    """Before, 0 of 2: no rule of the dry cleaner's had a subject each could be asked by. Each
    short answer now names its section and asks all of its rules, which are its points."""
    payload = {
        "material": DRY_CLEANER,
        "single_choice": 1,
        "fill_blank": 2,
        "short_answer": 2,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    short = [q for q in exam.questions if q.type == "short_answer"]
    assert len(short) == 2, exam.shortfall
    others = " ".join(q.stem for q in exam.questions if q.type != "short_answer")
    for question in short:
        heading = question.knowledge_point
        assert f"“{heading}”部分" in question.stem
        rules = _rules_under(DRY_CLEANER, heading)
        assert question.scoring_points == rules
        assert "全部" + "两三四"[len(rules) - 2] + "条" in question.stem
        # no other item prints a rule the short answer asks
        assert not any(rule[:12] in others for rule in rules)


def _section_question(material_text: str, heading: str, used: set[int]) -> Question | None:
    document = analyse(material_text)
    material = Material.of(document, "zh")
    fact = next(f for f in material.facts if f.section.endswith(heading))
    for level in ("easy", "medium", "hard"):
        made = section_short_answer(material, fact, level, heading, used)
        if made is not None:
            return made[0]
    return None


def test_a_section_of_more_rules_than_a_learner_writes_out_is_not_asked_whole() -> None:
    """「原料」 holds five rules: 「写出全部五条」 is a page to recite, not a question."""
    assert _section_question(TEA_SHOP, "原料", set()) is None
    question = _section_question(TEA_SHOP, "出杯", set())
    assert question is not None
    assert question.scoring_points == _rules_under(TEA_SHOP, "出杯")


def test_a_section_another_question_tests_is_not_asked_whole() -> None:
    """A fill-in printing one of the rules would hand that point over."""
    document = analyse(TEA_SHOP)
    taken = {f.sentence for f in Material.of(document, "zh").facts if "重做" in f.text}
    assert taken
    assert _section_question(TEA_SHOP, "出杯", taken) is None


def test_a_point_under_the_named_section_is_on_topic_and_one_elsewhere_is_not() -> None:
    """The validator reads the section the stem names as its topic: 「羊绒、真丝等贵重衣物…」
    shares no word with 「收衣检查」 and is one of its rules; a rule of another section stays
    off the topic."""
    lexicon = Lexicon.of(DRY_CLEANER, "zh")
    own = _rules_under(DRY_CLEANER, "收衣检查")
    stranger = _rules_under(DRY_CLEANER, "门店卫生")[0]

    def question(points: list[str]) -> Question:
        return Question(
            type="short_answer",
            stem="课程材料“收衣检查”部分有哪些规定？请写出全部三条（写明负责人）。",
            answer=["；".join(points) + "。"],
            scoring_points=points,
            knowledge_point="收衣检查",
            difficulty="hard",
            source_quote=own[0],
            point_sources=[f"{i}. {p}。" for i, p in enumerate(points, 1)],
        )

    assert check_scoring_points(question(own), lexicon, "zh") == []
    problems = check_scoring_points(question([*own[:2], stranger]), lexicon, "zh")
    assert any("off the question's topic" in p for p in problems)


def test_the_section_points_are_graded_point_by_point() -> None:
    """A right answer earns all, a changed figure or a flipped rule loses its point, and a list
    of keywords earns little."""
    question = _section_question(DRY_CLEANER, "洗涤与熨烫", set())
    assert question is not None
    right = "；".join(question.scoring_points)
    assert judge_short_answer(question, right).ratio == 1.0
    wrong = (
        "深色和浅色衣物可以混洗；干洗机每洗50缸更换一次过滤芯，更换时间写在设备记录本上；"
        "熨烫真丝衣物时温度不能超过120℃，要垫上白布再熨。"
    )
    assert judge_short_answer(question, wrong).ratio < 0.5
    keywords = "分开洗、过滤芯、20缸、120℃、白布"
    assert judge_short_answer(question, keywords).ratio < 0.5
