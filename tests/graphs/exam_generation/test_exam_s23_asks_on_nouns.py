"""Session 23 fixer f8 (issue 11, session 23 end designer D16): English short-answer asks are
built on a noun phrase, never on a particle or a bare participle ('What must staff do about the
up?', 'What is the rule on the students and people aged?'); a note quotes a rule with the
material's own spacing ('You must chargefor a standard tuning £85') and does not call a rule an
item quotes unused; a sanction with its fine is named among the rules left untested; a line whose
label names its figure ('Late fee: £1.50 per tool per day') stands alone.

Own materials (no reviewer's trade): a costume hire shop's terms and a chess club's FAQ (en), a
sewing workshop's rules (zh).
"""

from __future__ import annotations

from graphs.exam_generation.assembly import unused_rules
from graphs.exam_generation.garbled_asks import garbled
from graphs.exam_generation.material import Material
from graphs.exam_generation.rule_points import rule_point
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.standalone import check_stands_alone
from graphs.exam_generation.unread_rules import unread_rules
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.facts import Fact

COSTUMES = """# Riverside Costume Hire — Hire Terms (2026)

Plans
- Party plan: £12 per month. Hire up to 2 costumes at a time, each for up to 5 days.
- Stage plan: £25 per month. Hire up to 8 costumes at a time, each for up to 21 days.
- Pensioners and people aged 70 or over get 20% off either plan on showing a bus pass.

Returns
- Cleaning fee: £4.50 per costume per order, capped at £20 per order.
- Wigs must be returned within 3 days of the event.
"""

CHESS = """# Knight's Gate Chess Club — FAQ for desk staff

Q: What do we charge for a junior lesson?
A: £18 per hour at the club.

Q: How long is a junior lesson?
A: A junior lesson lasts 45 minutes.
"""

SEWING = """# 巧针缝纫工坊学员管理办法

第一条 学员使用工业缝纫机前，须完成2学时安全培训。
第二条 学员每次借用布料剪刀不得超过30分钟。
第三条 违反本办法的，由工坊主管视情节给予警告或罚款50元至200元。
"""


def _facts(text: str) -> list[Fact]:
    document = analyse(text)
    return list(Material.of(document, document.language).facts)


def _asked(text: str, opening: str) -> str | None:
    fact = next(f for f in _facts(text) if f.text.startswith(opening))
    return ask(fact, fact.text, zh=False)


def test_an_order_with_a_limit_is_asked_by_its_object_not_its_particle() -> None:
    asked = _asked(COSTUMES, "Hire up to 2")
    assert asked is not None, "the hire limit is no longer asked"
    assert "the up" not in asked, asked
    assert asked.startswith("What is the rule on hiring costumes?"), asked
    assert garbled("What must staff do about the up?") is not None


def test_a_label_and_its_figure_is_asked_by_the_label_not_as_an_order() -> None:
    asked = _asked(COSTUMES, "Party plan")
    assert asked is not None and asked.startswith("What is the rule on the party plan?"), asked


def test_a_person_cut_before_the_age_is_asked_with_a_set_age() -> None:
    asked = _asked(COSTUMES, "Pensioners and people aged")
    assert asked is not None, "the age discount is no longer asked"
    assert "aged?" not in asked and "aged a set age" in asked, asked
    assert garbled("What is the rule on the students and people aged?") is not None
    assert garbled(asked) is None, asked


def test_a_faq_answer_said_whole_keeps_the_space_after_its_verb() -> None:
    charged = [f.text for f in _facts(CHESS) if "£18" in f.text]
    assert charged, "the lesson price is no longer read"
    assert all("chargefor" not in t for t in charged), charged
    assert any("charge for a junior lesson" in t for t in charged), charged


def test_a_rule_an_item_quotes_from_its_faq_answer_is_not_listed_unused() -> None:
    document = analyse(CHESS)
    item = Question(
        type="short_answer",
        stem='A colleague asks: "What do we charge for a junior lesson?" How does the course '
        "material answer? (give the amount)",
        answer=["£18 per hour at the club"],
        scoring_points=["£18 per hour at the club"],
        source_quote="£18 per hour at the club.",
        explanation='The material says: "A: £18 per hour at the club."',
    )
    unused = unused_rules(document, [{"question": item.model_dump()}])
    assert not [u for u in unused if "£18" in u], unused
    assert [u for u in unused_rules(document, []) if "£18" in u], "the rule is no longer read"


def test_a_sanction_with_its_fine_is_named_among_the_rules_left_untested() -> None:
    unread = unread_rules(analyse(SEWING))
    assert any("罚款50元至200元" in u for u in unread), unread


def test_a_line_whose_label_names_its_figure_stands_alone() -> None:
    text = COSTUMES
    item = Question(
        type="fill_blank",
        stem="Fill in the blank: Cleaning fee: £4.50 per costume per order, capped at ____ per "
        "order.",
        answer=["£20"],
        source_quote="Cleaning fee: £4.50 per costume per order, capped at £20 per order.",
    )
    problems = check_stands_alone(item, text, "en")
    assert not [p for p in problems if "noun phrase" in p], problems


STAGE = """# Riverside Costume Hire — Stage Plan

- Stage plan: £25 per month.
- Hire up to 8 costumes at a time, each for up to 21 days, and includes one free alteration per
  month.
"""


def test_a_key_keeps_the_limit_each_item_is_held_for() -> None:
    fact = next(f for f in _facts(STAGE) if f.text.startswith("Hire up to 8"))
    assert "each for up to 21 days" in rule_point(fact), rule_point(fact)
