"""Parameter extraction: counts (Arabic, Chinese and English numerals), difficulty, material, and
course/scenario names matched against content (exact, typo, partial)."""

from __future__ import annotations

import pytest

from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from routers.catalog import ContentCatalog
from routers.numerals import parse_chinese, parse_number
from routers.params import ParamExtractor


@pytest.mark.parametrize(
    ("text", "value"),
    [("一", 1), ("两", 2), ("十", 10), ("十五", 15), ("二十", 20), ("二十五", 25), ("九十九", 99),
     ("一百", 100), ("一百零五", 105)],
)  # fmt: skip
def test_chinese_numerals(text: str, value: int) -> None:
    assert parse_chinese(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), ("ten", 10), ("a couple of", 2), ("三", 3), ("abc", None)]
)
def test_any_numeral(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("出10道单选题考考我", {"single_choice": 10}),
        ("三道判断题，两道多选", {"true_false": 3, "multiple_choice": 2}),
        ("单选题10道，简答2道", {"single_choice": 10, "short_answer": 2}),
        ("来十五道填空", {"fill_blank": 15}),
        ("二十道选择题", {"single_choice": 20}),
        ("5 true/false questions and 3 multiple choice", {"true_false": 5, "multiple_choice": 3}),
        ("give me ten single-choice questions", {"single_choice": 10}),
        ("a couple of fill in the blank questions", {"fill_blank": 2}),
        ("单选5道 多选5道 判断5道", {"single_choice": 5, "multiple_choice": 5, "true_false": 5}),
        ("5道单选 5道多选", {"single_choice": 5, "multiple_choice": 5}),
        ("出几道题", {}),
        ("recommend an often-used mcq", {}),
    ],
)
def test_counts_per_question_type(text: str, counts: dict[str, int]) -> None:
    assert ParamExtractor().counts(text) == counts


@pytest.mark.parametrize(
    ("text", "difficulty"),
    [("难一点", "hard"), ("简单点的", "easy"), ("难度中等", "medium"), ("难易结合", "mixed"),
     ("medium difficulty", "medium"), ("make it challenging", "hard"), ("出10道题", None),
     ("初级难度", "easy"), ("难度低一点", "easy")],
)  # fmt: skip
def test_difficulty(text: str, difficulty: str | None) -> None:
    assert ParamExtractor().difficulty(text) == difficulty


def test_material_after_a_colon_and_in_a_fenced_block() -> None:
    extract = ParamExtractor().material
    assert extract("出题：会员分为银卡和金卡两个等级。") == "会员分为银卡和金卡两个等级。"
    assert (
        extract("quiz me on this\n```\nLenses are cleaned weekly.\n```")
        == "Lenses are cleaned weekly."
    )
    assert extract("单选：3") is None  # too short to be material


def test_course_and_scenario_names_match_fuzzily() -> None:
    catalog = ContentCatalog.of(
        [
            ("scenario", "objection-handling", ["异议处理", "价格异议"]),
            ("scenario", "complaint-handling", ["投诉处理"]),
            ("course", "product-basics", ["产品基础知识", "Product basics"]),
        ]
    )
    assert catalog.find("scenario", "开始异议处里练习") == "objection-handling"  # a typo
    assert catalog.find("scenario", "practise objection handeling") == "objection-handling"
    assert catalog.find("scenario", "我想练练客户投诉处理") == "complaint-handling"
    assert catalog.find("course", "根据产品基础出题") == "product-basics"  # the head of a title
    assert catalog.find("course", "product basic quiz") == "product-basics"
    assert catalog.find("scenario", "今天天气怎么样") is None


def test_every_shipped_scenario_is_found_by_its_title_and_aliases(library: ContentLibrary) -> None:
    catalog = ContentCatalog.from_library(library)
    scenarios = list(library.all(Scenario))
    assert scenarios, "the shipped content has scenarios"
    for scenario in scenarios:
        for name in [scenario.title, *scenario.aliases]:
            assert catalog.find("scenario", f"我想练一下{name}") == scenario.id, name


def test_extract_keeps_the_parameters_of_the_intent() -> None:
    catalog = ContentCatalog.of([("scenario", "objection-handling", ["异议处理"])])
    extractor = ParamExtractor(catalog)
    assert extractor.extract("出5道判断题，难一点", "exam_generate") == {
        "true_false": 5,
        "difficulty": "hard",
    }
    assert extractor.extract("开始异议处理练习", "practice_start") == {
        "scenario": "objection-handling"
    }
    assert extractor.extract("出5道判断题", "help") == {}
    # values from a rule's named groups are normalised: numerals parsed, names resolved
    groups = {"single_choice": "十二", "scenario": "异议处理"}
    assert extractor.extract("x", "practice_start", groups) == {
        "single_choice": 12,
        "scenario": "objection-handling",
    }


@pytest.mark.parametrize(
    ("text", "counts"),
    [("单选判断各五道", {"single_choice": 5, "true_false": 5}),
     ("多选、判断、填空各来两道", {"multiple_choice": 2, "true_false": 2, "fill_blank": 2}),
     ("多项选择题和判断题各5道", {"multiple_choice": 5, "true_false": 5}),
     ("单选判断各五道，再加2道简答", {"single_choice": 5, "true_false": 5, "short_answer": 2}),
     ("3 each of multiple choice and true/false", {"multiple_choice": 3, "true_false": 3}),
     ("two of each: single choice, true/false", {"single_choice": 2, "true_false": 2}),
     ("multiple choice and short answer, 2 each", {"multiple_choice": 2, "short_answer": 2}),
     ("单选题各位同学都要做", {}),
     ("单选和判断分别5道和3道", {"single_choice": 5, "true_false": 3}),
     ("单选、多选、判断分别出十道、五道、五道", {"single_choice": 10, "multiple_choice": 5, "true_false": 5}),
     ("单选和判断分别5道", {})],
)  # fmt: skip
def test_a_count_shared_by_several_types(text: str, counts: dict[str, int]) -> None:
    assert ParamExtractor().counts(text) == counts


def test_a_blueprint_after_a_colon_is_not_material() -> None:
    extract = ParamExtractor().material
    assert extract("Make a quiz: multiple choice and short answer, 2 each") is None
    assert extract("出题：单选多选各十道，难一点") is None
    assert (
        extract("出5道单选：\n1. 年卡3980元\n2. 每年可冻结60天")
        == "1. 年卡3980元\n2. 每年可冻结60天"
    )


def test_a_scenario_described_in_the_learners_words(library: ContentLibrary) -> None:
    catalog = ContentCatalog.from_library(library)
    assert catalog.find("scenario", "练练怎么安抚等了太久发火的病人") is None
    assert catalog.describe("scenario", "练练怎么安抚等了太久发火的病人") == "complaint-handling"
    assert (
        catalog.describe("scenario", "practice offering a guest a better room") == "english-upsell"
    )
    assert catalog.describe("scenario", "keep a customer who wants to cancel") == (
        "broadband-retention"
    )
    # Words every scenario shares describe none of them.
    assert catalog.describe("scenario", "我想练习一下怎么应对客户") is None
    assert catalog.describe("scenario", "practice with a customer") is None
    assert catalog.describe("scenario", "练习一下电话销售") is None  # every scenario sells


def test_a_chinese_name_with_one_character_mistyped(library: ContentLibrary) -> None:
    catalog = ContentCatalog.from_library(library)
    assert catalog.find("scenario", "练一下投拆处理") is None
    assert catalog.find_mistyped("scenario", "练一下投拆处理") == "complaint-handling"
    assert catalog.find_mistyped("scenario", "练一下售后处理") is None  # two characters differ
    extract = ParamExtractor(catalog).extract
    assert extract("练一下投拆处理", "practice_start") == {"scenario": "complaint-handling"}
    assert ParamExtractor().counts("来点判断题，五道") == {"true_false": 5}
