"""Session 10 end designer's faults (bench/held_out/session10/end_D2/verdicts.md) on trades of our
own (bench/materials/s11e_*: a cold store, a mobile crane): a document header glued into a
statement, a list's conditions stated without the rule they trigger, blanks too thin to pin
their key, vague short-answer asks, a blank that cuts a trade's leader out of his title, and a
check's English inside a Chinese shortfall note."""

from __future__ import annotations

from pathlib import Path

from graphs.exam_generation.answer_leaks import check_gives_away
from graphs.exam_generation.assembly import unused_rules
from graphs.exam_generation.check_findings import in_trainer_words
from graphs.exam_generation.choice_builders import multiple_choice, single_choice
from graphs.exam_generation.material import Material
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exam_generation.wording import section_point
from graphs.exams import BLANK, Difficulty, Question
from graphs.text import analyse
from graphs.text.facts import Fact, facts_for
from graphs.text.role_terms import modifier_start

MATERIALS = Path(__file__).resolve().parents[3] / "bench" / "materials"
COLD_STORE = (MATERIALS / "s11e_cold-store-zh.md").read_text(encoding="utf-8")
CRANE = (MATERIALS / "s11e_crane-lifting-en.md").read_text(encoding="utf-8")
LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")


def _material(text: str, language: str) -> Material:
    return Material.of(analyse(text), "zh" if language == "zh" else "en")


def _fact(material: Material, opening: str) -> Fact:
    return next(f for f in material.facts if f.text.startswith(opening))


def test_a_header_line_is_not_glued_into_the_statement_after_it() -> None:
    """m1 Q6: 「文件编号：SG-HS-07　版本：第3版　生效日期：…适用范围：…」 was one true/false
    statement: the scope line carried on the header line, and the header is no rule. The scope
    line set by a figure (-18℃, 500 kg) says when the rules hold and stays a rule of its own."""
    texts = [f.text for f in _material(COLD_STORE, "zh").facts]
    assert not any("文件编号" in t or "生效日期" in t for t in texts)
    assert "适用范围：本公司所有库温在 -18℃ 及以下的低温冷库作业。" in texts
    english = [f.text for f in _material(CRANE, "en").facts]
    assert not any("Revision" in t or "Document no" in t for t in english)
    assert english[0].startswith("Scope: all lifts above 500 kg")


def test_a_condition_list_is_stated_with_the_rule_it_triggers() -> None:
    """m1 Q7: 「环境温度高于 37℃ 的时段（…）」 was a true/false statement: the list's lead-in
    「出现以下任一情况，班组长必须立即组织人员撤离：」 had been dropped, leaving a noun phrase."""
    texts = [f.text for f in facts_for(analyse(COLD_STORE))]
    assert "库内氨气浓度达到 20 ppm 及以上时，值班主管必须立即组织库内人员撤出。" in texts
    assert "库门内侧应急开门装置失灵时，值班主管必须立即组织库内人员撤出。" in texts
    assert not any(t.startswith("库内氨气浓度达到 20 ppm 及以上；") for t in texts)
    english = [f.text for f in facts_for(analyse(CRANE))]
    assert (
        "If visibility falls below 100 metres, the crane supervisor must stop the lift at once."
        in english
    )


def _made(build: object, material: Material, fact: Fact) -> list[Question]:
    return [q for level in LEVELS if (q := build(material, fact, level, "培训")) is not None]  # type: ignore[operator]


def test_a_thin_blank_is_printed_after_the_sentence_that_names_its_subject() -> None:
    """m1 Q11: 「每年复训不少于 ____」 (key 4 学时): whose retraining, and 1 次 fits as well. The
    stem now reads after the sentence before it, which names the trainee and the 学时."""
    material = _material(COLD_STORE, "zh")
    fact = _fact(material, "每季度复训")
    for question in [*_made(fill_blank, material, fact), *_made(single_choice, material, fact)]:
        assert "新员工须接受不少于 16 学时的岗前培训" in question.stem, question.stem
        assert "每季度复训不少于" in question.stem
    assert _made(fill_blank, material, fact), "the retraining figure is still asked"


def test_a_blank_on_a_bare_prohibition_keeps_its_case_or_is_not_asked() -> None:
    """m1 Q12: 「任何人不得破坏____」 (key 事故现场): with no case, 脚手架 or 安全设施 fit too."""
    material = _material(COLD_STORE, "zh")
    fact = _fact(material, "任何人不得擅自处理")
    made = _made(fill_blank, material, fact)
    assert made, "the prohibition is still asked, with its case"
    for question in made:
        assert question.stem.count(BLANK) == 1
        assert "发生人员冻伤或被困库内" in question.stem, question.stem


def test_a_short_answer_names_the_duty_it_asks() -> None:
    """m1 Q14/Q15: 「高处作业有什么规定？」 and 「安全员有什么规定？」, which the whole document
    answers; now the duty's verb, or its time limit, is in the ask."""
    material = _material(COLD_STORE, "zh")
    watch = _fact(material, "低温冷库作业必须设专人")
    assert ask(watch, watch.text, zh=True) == "低温冷库作业必须设什么？"
    report = analyse("# 事故报告\n\n库管员须在 2 小时内上报公司安全部。\n")
    (fact,) = facts_for(report)
    asked = ask(fact, fact.text, zh=True)
    assert asked is not None and asked.startswith("库管员须在多长时间内上报？"), asked
    crane = _material(CRANE, "en")
    nobody = _fact(crane, "Nobody may stand")
    assert ask(nobody, nobody.text, zh=False) is None  # was "What is the rule on the nobody?"


def test_a_blank_does_not_cut_a_trades_leader_out_of_his_title() -> None:
    """m1 (this session): 「…安全员和架子工____三方共同验收」, key 班长 of 架子工班长."""
    text = "验收由技术负责人、库管员和叉车工组长三方共同完成。"
    at = text.index("组长")
    assert text[modifier_start(text, at, at + 2, text) : at + 2] == "叉车工组长"
    plain = "验收由店长和保洁员共同完成。"
    at = plain.index("保洁员")
    assert modifier_start(plain, at, at + 3, plain) == at


def test_a_chinese_shortfall_note_has_no_english_check_message() -> None:
    """m1's note: 「…未通过质量检查（the false statement narrows a rule for everyone (…) to …,
    who is one of them…）」: a Chinese trainer cannot read it."""
    told = in_trainer_words(
        "zh",
        [
            "the false statement narrows a rule for everyone ('员工') to '库管员', who is one "
            "of them: it is still true; change a figure or the modality instead",
            "answer ['Z'] is not among the option keys",
        ],
    )
    assert told and all(not any("a" <= c.lower() <= "z" for c in t) for t in told), told


def test_every_order_of_an_faq_answer_keeps_the_case_its_question_names() -> None:
    """m4 Q6 and Q1: under "What should an instructor do if a learner seems under the
    influence?", "End the lesson at once … and charge in full." was a true/false statement with
    key true (false as printed: not every lesson ends so), and "Log the incident within (  )"
    named no incident."""
    faq = (
        "# Pool FAQ\n\n## Safety\n\n"
        "**Q3. What should a lifeguard do if a swimmer shows signs of a seizure?**\n"
        "Clear the pool lane at once and call the duty manager. Record the event within "
        "12 hours on the incident form.\n"
    )
    texts = [f.text for f in facts_for(analyse(faq))]
    assert (
        "If a swimmer shows signs of a seizure, clear the pool lane at once and call the duty "
        "manager." in texts
    )
    assert (
        "If a swimmer shows signs of a seizure, record the event within 12 hours on the "
        "incident form." in texts
    )


def test_a_duty_on_receiving_a_report_is_stated_with_what_was_reported() -> None:
    """m3 Q4: 「护理员接报后须在（ ）内到场」: the stem never said what the report was about."""
    rules = (
        "# 应急\n\n作业中发现冷库门被反锁的，库内人员应立即按下应急报警按钮。"
        "值班主管接报后须在 5 分钟内到场，并通知维修组。\n"
    )
    (joined,) = [f for f in facts_for(analyse(rules)) if "5 分钟" in f.text]
    assert joined.text.startswith("作业中发现冷库门被反锁的"), joined.text


HALL = """# 社区活动室借用规定

## 一、借用类型

| 类型 | 时长 | 提前申请 |
|------|------|----------|
| 短时借用 | 不超过 3 小时 | 至少提前 1 天 |
| 全天借用 | 超过 3 小时，最长 10 小时 | 至少提前 3 天 |
| 连续借用 | 2 天至 5 天 | 至少提前 7 天 |

借用人须为本社区登记居民，年满 18 周岁。
每次活动人数不得超过 30 人。
借用结束后 30 分钟内须完成清场并交还钥匙。
活动室内严禁使用明火，违者取消当年借用资格。
"""


def test_a_multiple_choice_changes_at_most_one_table_row() -> None:
    """m3 Q5: both false options were rows of one table, each moved off the same 6-hour line
    (「短时外出；时长：不超过 8 小时」, 「过夜外出；时长：超过 4 小时」): they contradict each other,
    which cues both as false."""
    material = _material(HALL, "zh")
    made = [
        built
        for fact in material.facts
        for level in LEVELS
        if (built := multiple_choice(material, fact, level, "借用", set())) is not None
    ]
    assert made
    for question, sources in made:
        falses = sources[len(question.answer) :]
        assert sum(f.quote.lstrip().startswith("|") for f in falses) <= 1, question.options


def test_the_note_lists_each_unused_rule_once_and_not_one_already_asked() -> None:
    """m3's note listed 「前台负责探视登记」 and 「前台负责探视登记。当班护理员负责…」; m4's quoted
    "If the learner is late, the instructor waits 15 minutes. Aft…", which a question asked."""
    faq = (
        "# Tour desk FAQ\n\n## Meeting point\n\n**Q2. What if the guest is late?**\n"
        "The guide waits 10 minutes. After 10 minutes the tour leaves and the ticket is not "
        "refunded.\n\n**Q3. Can guests bring dogs?**\nOnly guide dogs are allowed on the boat.\n"
    )
    document = analyse(faq)
    waits = "If the guest is late, the guide waits 10 minutes."
    leaves = "After 10 minutes the tour leaves and the ticket is not refunded."
    assert unused_rules(document, [])[:2] == [waits, leaves]
    asked = {"stem": "If the guest is late, the guide waits (    ).", "explanation": waits}
    assert unused_rules(document, [{"question": asked}])[0] == leaves


def _item(kind: str, stem: str, answer: list[str], quote: str) -> Question:
    return Question(
        type=kind,  # type: ignore[arg-type]
        stem=stem,
        answer=answer,
        explanation=quote,
        knowledge_point="Check-out",
        difficulty="easy",
        difficulty_reason="",
        source_quote=quote,
    )


def test_a_name_asked_beside_its_act_is_given_away_by_an_item_stating_the_act() -> None:
    """m2 Q9 'even with ____ approval' (key Events Manager) beside Q6 'Only the Events Manager
    may approve a deviation': the exact-context check saw no 'Events Manager approval' there."""
    blank_quote = "Check-out after 14:00 is never allowed, even with Front Office Manager consent."
    blank = _item(
        "fill_blank",
        "Fill in the blank: Check-out after 14:00 is never allowed, even with ____ consent.",
        ["Front Office Manager"],
        blank_quote,
    )
    act_quote = "Only the Front Office Manager may consent to a room move."
    act = _item("true_false", f"True or false: {act_quote}", ["true"], act_quote)
    assert check_gives_away(blank, [act], "en")
    assert check_gives_away(act, [blank], "en")
    other_quote = "The Front Office Manager signs the cash count at 22:00."
    other = _item("true_false", f"True or false: {other_quote}", ["true"], other_quote)
    assert not check_gives_away(blank, [other], "en")  # the name alone, not beside its act
    # The same name blanked in both: one question asked twice (m2 after the first fix).
    asked_twice = _item(
        "fill_blank",
        "Fill in the blank: Only the ____ may consent to a room move.",
        ["Front Office Manager"],
        act_quote,
    )
    assert check_gives_away(blank, [asked_twice], "en")


POOL = """# 游泳馆救生员管理制度

## 第一章 岗位

第一条　救生员须持有效《游泳救生员》证书上岗。

## 第二章 附则

第九条　新入职救生员须在入职 15 天内完成岗前培训并通过考核，考核未通过前不得单独值守深水区。
第十条　节假日客流较多时，值班经理须增派救生员，每 250 平方米水面不少于 1 名。
"""


def test_a_short_answer_on_the_closing_articles_names_no_section() -> None:
    """m3 Q14: 「根据课程材料“康宁颐养院 家属探视及长者外出管理制度”部分」: 附则 takes the
    document's title as its point, and the whole document was called a part of itself."""
    material = _material(POOL, "zh")
    fact = _fact(material, "新入职救生员")
    point = section_point(material.document, fact.section)
    made = [q for level in LEVELS if (q := short_answer(material, fact, level, point, set()))]
    assert made
    for question, _ in made:
        assert question.stem.startswith("根据课程材料，回答下列问题：（1）"), question.stem
        assert "游泳馆救生员管理制度" not in question.stem
