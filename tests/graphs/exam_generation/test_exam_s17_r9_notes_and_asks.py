"""Session 17 fixer R9 (end reviewers D10 and T10): a shortfall note quotes no stem fragment, and a
short answer never prints an ask a trainer would not set: an age limit asked as a time, a case
('called for any injury') asked as a purpose, a label or a clause read as a noun, a Chinese topic
cut before its verb. Own materials: a sports-hall hire desk (en) and an art gallery (zh)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.fill_keys import check_fill_key_repeated
from graphs.exam_generation.shortfall_reasons import note, render
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam


def test_a_repeated_fill_key_note_quotes_no_stem_fragment() -> None:
    accepted = Question(
        type="fill_blank",
        stem="Fill in the blank: The hall store is locked when no ____ is inside.",
        answer=["caretaker"],
    )
    written = Question(
        type="fill_blank",
        stem="Fill in the blank: Only the ____ may unlock the fire doors.",
        answer=["caretaker"],
    )
    problems = check_fill_key_repeated(written, [accepted])
    assert problems, "the validator no longer finds the repeated key"
    told = render(note("en", "failed_checks", "fill_blank", "easy", None, problems=problems), 2)
    assert "another fill-in" in told, told
    assert "caretaker" not in told and "The hall store" not in told and "'" not in told, told


HALL = (
    "# Riverside Sports Hall: Hire Desk Rules\n\n"
    "## Equipment\n"
    "1. Rackets older than 4 years must be retired, whatever their condition.\n"
    "2. Every net must be checked for frayed cords before it is put up.\n\n"
    "## Injuries\n"
    "3. The duty manager must be called for any bleeding injury or suspected fracture.\n"
    "4. Every injury must be entered in the accident book before the hall closes.\n"
)
HALL_LABELS = (
    "# Riverside Sports Hall: Hire Desk Policy\n\n"
    "1. Bookings. Courts are booked in blocks of 55 minutes. Block bookings of 10 weeks or more "
    "are paid in full at the first session.\n"
    "2. Bag checks: any bag wider than 40 cm must be left at the desk.\n"
    "3. Floor. Chalk goes into the sealed tub by the climbing wall, never on the court floor.\n"
    "4. Removals: give one warning before asking a player to leave, unless there is a fight "
    "(then remove at once).\n"
    "5. Closing. Spectators must leave the gallery by 22:30.\n"
)


def _asks(stems: list[str]) -> list[str]:
    return [a.strip() for s in stems for a in re.split(r"[（(]\d[）)]\s*", s)[1:]]


async def _stems(context: FlowContext, material: str, count: int) -> list[str]:
    exam = await delivered_exam(context, {"material": material, "short_answer": count})
    return [q.stem for q in exam.questions if q.type == "short_answer"]


async def test_an_age_limit_and_a_case_are_asked_as_a_trainer_would(
    offline_context: FlowContext,
) -> None:
    asks = _asks(await _stems(offline_context, HALL, 2))
    assert not any("older than a set" in a for a in asks), asks
    assert not any(re.search(r"be called for\?", a) for a in asks), asks
    assert any(a.startswith("How old may rackets be before they must be retired?") for a in asks), (
        asks
    )
    assert any(a.startswith("When must the duty manager be called?") for a in asks), asks
    # a search verb's 'for' is what is looked for: that ask stays
    assert any(a.startswith("What must the net be checked for?") for a in asks), asks


async def test_a_label_or_a_statement_is_never_asked_as_an_order(
    offline_context: FlowContext,
) -> None:
    stems = await _stems(offline_context, HALL_LABELS, 2)
    text = " ".join(stems)
    for broken in ("about checks", "about goes", "stand for", "do about the removals"):
        assert broken not in text, stems


GALLERY = (
    "# 青禾画廊 前厅与藏家服务规程\n\n"
    "## 一、年卡服务\n"
    "1. 年卡有效期内累计免费导览不超过6次；超过的，每次收费80元。\n"
    "2. 年卡遗失的，须在3个工作日内到前台挂失。\n\n"
    "## 二、作品交易\n"
    "3. 鉴定证书随画作转交一次，新藏家须在过户后30天内到前台登记，否则证书失效。\n"
    "4. 藏家须在签约后7天内付清全款。\n"
)


async def test_a_chinese_topic_is_never_cut_before_its_verb(
    offline_context: FlowContext,
) -> None:
    stems = await _stems(offline_context, GALLERY, 2)
    text = "".join(stems)
    assert "累计免费有什么规定" not in text, stems
    assert "随画作有什么规定" not in text, stems


def _short_answer(stem: str, sources: list[str]) -> Question:
    return Question(
        type="short_answer",
        stem=stem,
        answer=[" ".join(sources)],
        scoring_points=sources,
        point_sources=sources,
    )


def test_the_validator_refuses_asks_of_the_wrong_thing_on_either_path() -> None:
    from graphs.exam_generation.garbled_asks import check_asks_whole

    refused = [
        (
            "Using the course material, answer: (1) When must the nets older than a set time be "
            "replaced? (give the period) (2) When must spectators leave the gallery?",
            ["Nets older than 6 years must be replaced", "Spectators must leave by 22:30"],
            "en",
        ),
        (
            "Using the course material, answer: (1) What must the first-aider be sent for? "
            "(2) When must spectators leave the gallery?",
            ["A first-aider must be sent for any bleeding injury", "Spectators leave by 22:30"],
            "en",
        ),
        (
            "Using the course material, answer: (1) What is the rule on the chalk goes into? "
            "(2) When must spectators leave the gallery?",
            ["Chalk goes into the sealed tub", "Spectators leave by 22:30"],
            "en",
        ),
        (
            "根据课程材料，回答下列问题：（1）鉴定证书随画作有什么规定？（写明次数）"
            "（2）藏家须在多长时间内付清全款？",
            ["鉴定证书随画作转交一次", "藏家须在签约后7天内付清全款"],
            "zh",
        ),
    ]
    for stem, sources, language in refused:
        assert check_asks_whole(_short_answer(stem, sources), language), stem  # type: ignore[arg-type]
    kept = _short_answer(
        "Using the course material, answer: (1) What must the net be checked for? "
        "(2) How old may rackets be before they must be retired?",
        ["Every net must be checked for any frayed cords", "Rackets older than 4 years …"],
    )
    assert check_asks_whole(kept, "en") == []


HALL_MANY = (
    "# Riverside Sports Hall: Hire Desk Rules\n\n"
    "## Bookings\n"
    "1. Courts are booked in blocks of 55 minutes.\n"
    "2. Block bookings of 10 weeks or more must be paid in full at the first session.\n"
    "3. Under-16 groups must bring one adult for every 8 players.\n\n"
    "## Injuries\n"
    "4. The duty manager must be called for any bleeding injury or suspected fracture.\n"
    "5. Every injury must be entered in the accident book before the hall closes.\n\n"
    "## Closing\n"
    "6. Staff must sweep all courts within 20 minutes of the last booking.\n"
    "7. Spectators must leave the gallery by 22:30.\n"
)


async def test_a_shortfall_note_quotes_rules_cut_on_a_word(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": HALL_MANY, "short_answer": 4})
    notes = " ".join(s.reason for s in exam.shortfall)
    quoted = re.findall(r'"([^"]+)…"', notes)
    assert quoted, notes  # the note quotes an untested rule too long to quote whole
    words = set(re.findall(r"[\w-]+", HALL_MANY))
    for opening in quoted:
        assert opening.split()[-1].strip(",;:") in words, opening
