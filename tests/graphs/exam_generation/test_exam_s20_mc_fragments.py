"""Session 20 (H1): a multiple choice states no clause that is a fragment of its rule.

A numbered rule split at its semicolon (or an answer's second sentence) often says nothing
alone: 「逾期超过10天的，每天加收滞纳金20元」 (overdue: what?), 'The operations manager must reply
within 10 working days' (reply to what?), 「既往无献血反应的多次献血者可延长至60周岁」 (what is
extended?), 'Staff must not promise a faster turnaround' (faster than what?), and the session 19
end teacher's 'Technicians may give at most 10 percent.' (10 percent of what?). Each is read with
the clause before it (graphs/text/clause_forms.py, references.py), so no option prints it alone.

Own materials (not the reviewers'): a blood donation centre's procedure (zh), a coach hire policy
(en), an elder care home's terms (zh), a pottery studio's member FAQ (en); and the reviewer's
piano tuning line.
"""

from __future__ import annotations

import pytest

from graphs.exam_generation.choice_builders import multiple_choice
from graphs.exam_generation.material import Material
from graphs.text import analyse

BLOOD = """# 红心血站 献血者接待操作规程

1. 献血者到站后，接待员须在3分钟内引导其填写《献血者健康情况征询表》。
2. 献血者须出示本人有效身份证件，无证件者不得献血。
3. 献血者年龄须在18至55周岁之间；既往无献血反应的多次献血者可延长至60周岁。
4. 献血前须测量血压，收缩压低于90毫米汞柱或高于140毫米汞柱的，不得献血。
5. 全血献血间隔不少于6个月，单采血小板间隔不少于2周。
6. 采血护士须持有护士执业证书，实习护士不得独立穿刺。
7. 献血后献血者须在休息区留观不少于15分钟，并饮用工作人员提供的饮品。
8. 发生献血反应时，护士须立即停止采血，并在10分钟内报告当班医师。
9. 血液标本须在采集后4小时内送检验科。
"""

COACH = """# Greyline Coaches – Group Hire Policy (staff reference)

1. A booking is confirmed only when a deposit of 25% of the quoted price has been paid.
2. Each coach carries at most 49 passengers.
3. Drivers must take a 45-minute break after 4.5 hours of driving.
4. Cancellations made less than 7 days before departure are charged the full price.
5. Waiting time beyond the booked schedule is charged at £35 per hour.
6. Luggage is limited to one suitcase of up to 20 kg per passenger.
7. Complaints must be made in writing within 28 days of the journey; the operations manager must reply within 10 working days.
8. Staff must never give a driver's personal phone number to a customer.
"""

ELDER_CARE = """# 康乐养老院 入住服务条款（前台人员版）

1. 入住须提交近3个月内的二级以上医院体检报告。
2. 入住押金为5000元，退住时无欠费的，押金在15个工作日内全额退还。
3. 床位费按月收取，每月5日前缴纳；逾期超过10天的，每天加收滞纳金20元。
4. 家属探视时间为每天9:00至20:00，探视人员须登记。
5. 老人突发疾病时，值班护士须在5分钟内到场，并通知家属和签约医院。
6. 试住期为7天，试住期内退住的，只收取实际入住天数的费用。
7. 餐费每月900元，因外出连续3天以上不在院用餐的，可按天退还餐费。
"""

POTTERY = """# Kiln & Clay Pottery Studio – Member FAQ (staff edition)

Q1. How much is a membership?
A: A monthly membership costs £85 and includes 10 hours of wheel time.

Q2. How old must members be?
A: Members must be at least 16 years old.

Q3. How long does firing take?
A: Bisque firing takes 5 working days and glaze firing another 5 working days. Staff must not promise a faster turnaround.

Q4. Who may load the kilns?
A: Only the studio technician may load or unload a kiln; members must never open a kiln above 100 °C.

Q5. Can members pause a membership?
A: A membership may be paused once a year for up to 2 months, with at least 7 days' notice.

Q6. Who handles complaints?
A: The studio manager handles complaints and must reply within 5 working days.
"""

PIANO = """# Harmony Piano Care – Tuning Service Terms

1. A standard tuning visit costs £95 and takes about 90 minutes.
2. If humidity is above 70 percent, tuning must be postponed.
3. Pitch raises of more than 20 cents are charged an extra £40.
4. The service manager approves any discount above 15 percent; technicians may give at most 10 percent.
5. Technicians must not move a piano more than 2 metres.
6. Customers must book at least 5 working days ahead.
"""

FRAGMENTS = [
    (BLOOD, "既往无献血反应的多次献血者可延长至"),
    (COACH, "The operations manager must reply within"),
    (ELDER_CARE, "逾期超过"),
    (POTTERY, "Staff must not promise a"),
    (PIANO, "Technicians may give at most"),
]


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


@pytest.mark.parametrize(("text", "opening"), FRAGMENTS)
def test_a_clause_that_leans_on_the_one_before_is_no_fact_alone(text: str, opening: str) -> None:
    """No fact of the material opens on the fragment: it is read after the clause it leans
    on, or (the FAQ's 'faster turnaround', which the answer reader does not join) not at all."""
    material = _material(text)
    assert not [f.text for f in material.facts if f.text.startswith(opening)]


@pytest.mark.parametrize(("text", "opening"), FRAGMENTS[:3] + FRAGMENTS[4:])
def test_the_fragment_is_read_with_the_clause_before(text: str, opening: str) -> None:
    """The rule is not lost: a fact states the fragment after the clause it leans on."""
    material = _material(text)
    assert [f.text for f in material.facts if opening.lower() in f.text.lower()]


@pytest.mark.parametrize(("text", "opening"), FRAGMENTS)
def test_no_multiple_choice_option_is_the_fragment(text: str, opening: str) -> None:
    """Every multiple choice the material makes, from any fact at any level: no option opens
    on the fragment (true as written, or with its figure changed), and some are made."""
    material = _material(text)
    options = []
    for fact in material.facts:
        for level in ("easy", "medium", "hard"):
            made = multiple_choice(material, fact, level, "rules", set())
            if made is not None:
                options += [o.text for o in made[0].options]
    assert options
    assert not [o for o in options if o.startswith(opening)]


def test_the_fragment_is_stated_with_its_rule() -> None:
    """Read with the clause before, the rule is whole and can still be an option (joined)."""
    material = _material(ELDER_CARE)
    joined = [f for f in material.facts if "逾期超过10天" in f.text]
    assert [f.text for f in joined] == [
        "床位费按月收取，每月5日前缴纳。逾期超过10天的，每天加收滞纳金20元。"
    ]
    assert len(joined[0].sentences) == 2


def test_a_share_named_with_its_thing_stands_alone() -> None:
    """'Staff may offer 10% off accessories' says what the share is of: no clause before it is
    needed, and 'no later than' is no comparison with the sentence before."""
    material = _material(
        "# Shop rules\n\n1. Opening hours are 9:00 to 18:00; staff may offer 10% off accessories.\n"
        "2. The final stock list must be sent no later than 48 hours before the sale.\n"
    )
    texts = [f.text for f in material.facts]
    assert "Staff may offer 10% off accessories." in texts
    assert "The final stock list must be sent no later than 48 hours before the sale." in texts
