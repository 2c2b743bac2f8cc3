"""Session 23 helper h1 (issue 11, session 22 end designer D15): a shortfall note does not
contradict itself, and its suggested blueprint is more than the exam's own counts where the
material holds more. A fill-in refused for asking the rule another question asks was written on a
rule the exam uses, so the note may not call it one "written on the rules left". Own material: a
shoe repair shop's counter and workshop rules (en) and a pet grooming salon (zh)."""

from __future__ import annotations

from graphs.exam_generation import nodes
from graphs.exam_generation.blueprint_check import delivered_counts, full_blueprint
from graphs.exam_generation.shortfall_reasons import note, render
from graphs.exam_generation.substance import check_same_fact
from graphs.exams import Blueprint, Question

SHOES = (
    "# Heelwell Shoe Repair: Counter and Workshop Rules\n\n"
    "Rule 1. Standard heel repairs must be finished within 3 working days.\n\n"
    "Rule 2. Glue must be left to cure for at least 12 hours before a repaired shoe is "
    "returned.\n\n"
    "Rule 3. Shoes not collected within 90 days may be donated to charity after a written "
    "reminder.\n"
)


def _repeated_rule_problems() -> list[str]:
    """What the validators say of a fill-in on the rule an accepted true/false states."""
    accepted = Question(
        type="true_false",
        stem="True or false: Glue must be left to cure for at least 12 hours before a repaired "
        "shoe is returned.",
        answer=["true"],
        source_quote="Glue must be left to cure for at least 12 hours before a repaired shoe is "
        "returned.",
    )
    written = Question(
        type="fill_blank",
        stem="Fill in the blank: Glue must be left to cure for at least ____ before a repaired "
        "shoe is returned.",
        answer=["12 hours"],
        source_quote="Glue must be left to cure for at least 12 hours before a repaired shoe is "
        "returned.",
    )
    problems = check_same_fact(written, [accepted], SHOES)
    assert problems, "the validators no longer refuse the same rule asked twice"
    return problems


def test_a_fill_in_refused_for_a_rule_already_asked_is_not_said_to_rest_on_the_rules_left() -> None:
    problems = _repeated_rule_problems()
    told = render(note("en", "failed_checks", "fill_blank", "easy", None, problems=problems), 2)
    assert "another question already asks" in told, told
    assert "written on the 2 rules left" not in told, told
    assert "2 rules in the material are still untested" in told, told
    zh = render(note("zh", "failed_checks", "fill_blank", "easy", None, problems=problems), 2)
    assert "与已出的题考同一条规定" in zh, zh
    assert "剩余的2条规定写成" not in zh and "另有2条规定未考" in zh, zh


def test_a_fill_in_refused_for_its_own_flaw_still_rests_on_the_rules_left() -> None:
    """The other findings keep the note's old, true form: those questions were written on the
    rules the exam leaves untested."""
    problem = "the stem gives the key away: 'Glue must be left'"
    told = render(note("en", "failed_checks", "fill_blank", "easy", None, problems=[problem]), 2)
    assert told.startswith("the fill-in questions written on the 2 rules left in the material"), (
        told
    )


GROOMING = """# 萌爪宠物美容店服务管理办法

第一条 为规范宠物美容服务，保障宠物安全和顾客权益，制定本办法。本办法适用于本店美容师、助理美容师和接待员。

第二条 美容师须在开店前20分钟到店完成准备。接待员须在顾客到店后5分钟内完成登记，并核对宠物的疫苗本。

第三条 宠物须持有效狂犬疫苗证明方可接受服务；疫苗过期的宠物，接待员须婉拒服务。

第四条 洗澡水温须控制在38℃至40℃之间；吹干时吹风机须与宠物皮肤保持20厘米以上距离。

第五条 剪指甲、掏耳朵等操作须由美容师完成，助理美容师不得单独操作。

第六条 每只宠物美容结束后，美容台须用稀释至1:100的消毒液擦拭，剪刀须浸泡消毒10分钟。

第七条 宠物在美容过程中出现呼吸急促、抽搐等异常情况的，美容师须立即停止操作，并在10分钟内通知顾客。

第八条 单次美容时间不得超过3小时；超过2小时的，须让宠物休息15分钟。

第九条 顾客对美容效果不满意的，可在3日内免费修剪一次。

第十条 接待员推荐办理储值卡时，不得夸大优惠；顾客拒绝办理储值卡后，不得再次推荐。储值卡充值满1000元赠送100元。

第十一条 美容师提成为服务金额的25%，助理美容师提成为10%，提成于次月15日发放。

第十二条 本办法由店长负责解释，自2026年3月1日起施行。
"""


def test_the_suggested_blueprint_is_what_the_material_holds_not_what_came_back() -> None:
    """Session 22 end designer D15: "Every suggested blueprint is exactly the counts already
    delivered, so 'it delivers in full' amounts to 'ask for what you got'". The offline engine,
    asked 4/2/4/4/2 on the grooming rules, wrote 3/1/2/2/1 (no refill); those counts come out
    whole again, and so does a larger blueprint, which the note now offers: checked by writing
    it, within what the trainer asked, keeping every type the exam made."""
    asked = Blueprint(
        single_choice=4, multiple_choice=2, true_false=4, fill_blank=4, short_answer=2
    )
    made = {
        "single_choice": 3,
        "multiple_choice": 1,
        "true_false": 2,
        "fill_blank": 2,
        "short_answer": 1,
    }
    rounds = nodes.MAX_REGENERATIONS
    offered = full_blueprint(GROOMING, asked, "zh", made, rounds=rounds)
    assert offered is not None
    assert sum(offered.values()) > sum(made.values()), offered
    assert all(offered.get(t, 0) >= n for t, n in made.items()), offered
    assert all(n <= asked.count(t) for t, n in offered.items()), offered  # type: ignore[arg-type]
    again = asked.model_copy(update={t: offered.get(t, 0) for t in made})
    got = delivered_counts(GROOMING, again, "zh", rounds, refill=False)
    assert all(got[t] >= n for t, n in offered.items()), (offered, got)
