"""Chinese short answers planned on what a short answer can ask whole (issue 11, session 14):
a small section, or in a numbered procedure with no headings the consecutive rules that open on
one subject; a rule the section states twice is one point. Materials written for these tests (a
trampoline park's articles, an escape room's steps, a driving school's
rules)."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.material import Material
from graphs.exam_generation.section_short_answers import (
    section_short_answer,
    short_answer_or_section,
)
from graphs.exam_generation.subject_groups import subject_groups
from graphs.exam_grading.judges import judge_short_answer
from graphs.exams import Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

TRAMPOLINE = (
    "# 蹦床公园安全员岗位规程\n\n"
    "第一条 安全员每天开园前30分钟到岗，逐张检查蹦床网面和弹簧，发现破损的立即挂上停用牌。\n"
    "第二条 每张蹦床同一时间只能有1名游客跳跃。\n"
    "第三条 身高不足120厘米的儿童须由家长陪同，并只能在儿童区跳跃。\n"
    "第四条 游客入场前须穿防滑袜，鞋子、眼镜和手机要存放在储物柜里。\n"
    "第五条 游客跳跃时不得做后空翻、前空翻等翻转动作，安全员发现后要吹哨制止。\n"
    "第六条 游客不听劝阻、再次做翻转动作的，安全员要请其离场，门票不予退还。\n"
    "第七条 游客摔倒后说头晕或颈部疼痛的，安全员不得移动游客，要立即呼叫急救员。\n"
    "第八条 急救员到场前，安全员要疏散周围游客，并暂停该区域的跳跃。\n"
    "第九条 事故处理完毕后，当班主管要在2小时内填写事故报告单。\n"
    "第十条 安全员每工作1小时要与休息区的安全员轮换一次。\n"
    "第十一条 游客在蹦床区不得嚼口香糖或吃零食，安全员发现后要请其到休息区吃完再回来。\n"
    "第十二条 闭园后，安全员要把每张蹦床的网面清扫干净，检查结果写在设备巡检表上。\n"
    "第十三条 设备巡检表由当班主管每天签字，每月月底交给设备部存档。\n"
    "第十四条 海绵池的海绵块每周一要翻晒一次，发现破损的要当天更换。\n"
    "第十五条 海绵池内不得同时超过3人，安全员要站在池边看护，不得离开。\n"
    "第十六条 游客在跳跃中与他人相撞的，安全员要先暂停该区域，询问双方有无受伤。\n"
    "第十七条 相撞双方都说没有受伤的，安全员要提醒他们分开跳跃，再恢复该区域开放。\n"
)

ESCAPE_ROOM = (
    "# 密室逃脱主持人接待流程\n\n"
    "步骤1：玩家到店后，主持人要核对预约人数，人数不足4人的主题不能开场。\n"
    "步骤2：主持人要向玩家讲解安全须知，请每位玩家在安全确认书上签字。\n"
    "步骤3：玩家的手机、打火机和饮料要统一存放在前台的储物箱里，不得带进密室。\n"
    "步骤4：玩家进入密室后，主持人要在监控室全程观看画面，不得离开监控室。\n"
    "步骤5：玩家按下房间里的红色紧急按钮时，主持人要在30秒内打开所有房门。\n"
    "步骤6：紧急按钮按下后，主持人要到房间门口询问玩家情况，并暂停本场计时。\n"
    "步骤7：游戏超过规定时间20分钟仍未通关的，主持人要进入密室带玩家出来。\n"
    "步骤8：游戏结束后，主持人要检查道具是否损坏，损坏的道具当天报给店长维修。\n"
)

DRIVING_SCHOOL = (
    "# 驾校教练员带教规范\n\n"
    "## 一、上车前准备\n"
    "1. 教练员每天出车前要检查教练车的刹车、副刹和轮胎气压，发现问题不得出车。\n"
    "2. 学员上车前，教练员要核对学员的预约记录和身份证。\n"
    "3. 学员须系好安全带后，教练员才能让学员启动车辆。\n"
    "4. 雨雪天气出车的，车速不得超过每小时30公里。\n"
    "5. 教练车的油量低于四分之一时，要先加油再出车。\n"
    "6. 教练员要提前10分钟到达训练场。\n\n"
    "## 二、训练中\n"
    "1. 学员练车期间，教练员不得玩手机或离开副驾驶座位。\n"
    "2. 学员连续练车满2小时，要安排休息15分钟。\n"
    "3. 学员操作失误时，教练员要先踩副刹，再讲解错误原因。\n\n"
    "## 三、学员投诉\n"
    "1. 学员投诉教练员态度的，由教学组长在3个工作日内回电处理。\n"
    "2. 教练员不得向学员索要或私下收取红包、烟酒等财物，一经查实立即停止带教。\n"
    "3. 教练员不得私下收取学员的红包、烟酒等财物。\n\n"
    "## 四、收车\n"
    "1. 训练结束后，教练员要把车停回指定车位，拉好手刹并熄火。\n"
    "2. 车钥匙交回调度室登记，不得带回家。\n"
)

SMALL = {"single_choice": 1, "fill_blank": 4, "short_answer": 2}
FULL = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}


def _short(exam_questions: list[Question]) -> list[Question]:
    return [q for q in exam_questions if q.type == "short_answer"]


async def test_a_numbered_procedure_asks_its_subject_groups_whole(
    offline_context: FlowContext,
) -> None:
    """Before, 0 of 2 in the full blueprint: a multiple choice on the term 「安全员」 claimed the
    foam-pit and somersault articles and the rule-by-rule asks were refused. Each short answer
    now names the subject its consecutive articles open on, in words, and asks them all."""
    for counts in (SMALL, FULL):
        exam = await delivered_exam(offline_context, {"material": TRAMPOLINE, **counts})
        short = _short(exam.questions)
        assert len(short) == 2, (counts, exam.shortfall)
        for question in short:
            subject = question.knowledge_point
            assert question.stem.startswith(f"关于{subject}，课程材料有哪些规定？")
            assert "全部两条" in question.stem
            assert not any(ch.isdigit() for ch in subject)
            assert all(subject in point for point in question.scoring_points)


async def test_steps_with_labels_make_a_subject_group(offline_context: FlowContext) -> None:
    """「步骤5：」 is a label: the two steps on the emergency button open on it and are asked
    whole, without the label in the points (before: no short answer at all)."""
    exam = await delivered_exam(offline_context, {"material": ESCAPE_ROOM, **SMALL})
    short = _short(exam.questions)
    assert len(short) >= 1, exam.shortfall
    assert short[0].stem.startswith("关于紧急按钮，")
    assert [p[:6] for p in short[0].scoring_points] == ["玩家按下房间", "紧急按钮按下"]


def test_a_subject_named_in_passing_or_elsewhere_makes_no_group() -> None:
    """休息区 ends one article and is named in the middle of the next: no subject of both. 安全员
    is in most articles: asking 'all its rules' is the whole material."""
    groups = {g.subject: g.sentences for g in subject_groups(analyse(TRAMPOLINE))}
    assert set(groups) == {"翻转动作", "海绵池", "相撞"}


async def test_short_answers_take_the_sections_they_can_ask(offline_context: FlowContext) -> None:
    """The short answers were dealt the largest section (six rules, too many to ask whole) and
    the full blueprint made one of two; they now take sections of two to four rules, and the
    exam delivers at least as many items as before (7 and 9)."""
    for counts, before in ((SMALL, 7), (FULL, 9)):
        exam = await delivered_exam(offline_context, {"material": DRIVING_SCHOOL, **counts})
        short = _short(exam.questions)
        assert len(short) == 2, exam.shortfall
        assert all(q.knowledge_point != "上车前准备" for q in short)
        assert len(exam.questions) >= before


def test_a_rule_stated_twice_is_one_point() -> None:
    """「学员投诉」 states the no-gifts rule twice: two points for it would credit it twice."""
    material = Material.of(analyse(DRIVING_SCHOOL), "zh")
    fact = next(f for f in material.facts if "投诉" in f.text)
    made = [
        section_short_answer(material, fact, level, "学员投诉", set())
        for level in ("easy", "medium", "hard")
    ]
    question = next(m[0] for m in made if m is not None)
    assert "全部两条" in question.stem
    assert sum("财物" in p for p in question.scoring_points) == 1


def test_the_group_points_are_marked_point_by_point() -> None:
    """Right, in other words, contradicted and a keyword list."""
    material = Material.of(analyse(TRAMPOLINE), "zh")
    fact = next(f for f in material.facts if f.text.startswith("海绵池内"))
    made = [
        short_answer_or_section(material, fact, level, "海绵池", set())
        for level in ("easy", "medium", "hard")
    ]
    question = next(m[0] for m in made if m is not None)
    right = "；".join(question.scoring_points)
    assert judge_short_answer(question, right).ratio == 1.0
    other_words = "海绵池里的海绵块每个星期一翻出来晒一次，有破的当天换掉；海绵池里同时最多3个人，安全员在池边看着，不能走开。"
    assert judge_short_answer(question, other_words).ratio >= 0.5
    wrong = "海绵池的海绵块每月翻晒一次；海绵池内最多同时10人，安全员可以离开。"
    assert judge_short_answer(question, wrong).ratio < 0.5
    keywords = "海绵池、翻晒、3人、看护"
    assert judge_short_answer(question, keywords).ratio < 0.5
