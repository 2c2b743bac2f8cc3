"""The offline text engine: language, sentences, key terms, typing, similarity, grounding."""

from __future__ import annotations

from graphs.courses import Course
from graphs.library import ContentLibrary
from graphs.text import analyse
from graphs.text.language import detect_language
from graphs.text.sentences import split_sentences
from graphs.text.similarity import is_grounded, is_near_duplicate, normalise
from graphs.text.terms import change_number, find_numbers, kind_of


def test_language_detection():
    assert detect_language("会员积分有效期为24个月，过期自动清零。") == "zh"
    assert detect_language("Stars expire after 12 months.") == "en"
    assert detect_language("TR90镜架重量轻、韧性好，适合儿童。") == "zh"


def test_sentences_are_verbatim_slices_with_sections():
    text = "# 售后政策\n\n- 镜片保修6个月；镜架保修12个月。\n1. 退货需在7天内办理！\n\n## Refunds\nRefunds need a receipt. E.g. a card slip works."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "镜片保修6个月；",
        "镜架保修12个月。",
        "退货需在7天内办理！",
        "Refunds need a receipt.",
        "E.g. a card slip works.",
    ]
    assert all(text[s.start : s.start + len(s.text)] == s.text for s in sentences)
    assert [s.section for s in sentences] == ["售后政策"] * 3 + ["Refunds"] * 2


def test_numbers_and_term_kinds():
    assert find_numbers("退货需在7天内办理，退款3个工作日到账，金卡享9折") == [
        "7天",
        "3个工作日",
        "9折",
    ]
    assert find_numbers("retake the quiz within 7 days") == ["7 days"]
    assert kind_of("7天", "m") == "number"
    assert kind_of("镜片", "n") == "noun"
    assert kind_of("明视", "nz") == "name"
    assert kind_of("的", "uj") is None
    assert change_number("7天") == "14天"
    assert change_number("12个月", step=2) == "6个月"


def test_chinese_key_terms_come_from_the_material(library: ContentLibrary):
    material = library.get(Course, "eyewear-frontdesk-zh").material
    document = analyse(material)
    assert document.language == "zh"
    top = list(document.terms)[:15]
    assert "镜片" in top and "会员" in top
    assert all(term in material for term in document.terms)
    numbers = [t.text for t in document.terms.values() if t.kind == "number"]
    assert "6个月" in numbers and "2000元" in numbers
    best = max(document.sentences, key=lambda s: s.score)
    assert best.terms and best.text in material
    assert len(document.sections) >= 10


def test_english_key_terms_skip_stop_words(library: ContentLibrary):
    document = analyse(library.get(Course, "coffee-service-en").material)
    assert document.language == "en"
    top = list(document.terms)[:20]
    assert "barista" in top
    assert not {"the", "and", "must", "every"} & set(document.terms)


def test_document_round_trips_through_json(library: ContentLibrary):
    material = library.get(Course, "coffee-service-en").material
    document = analyse(material)
    again = type(document).from_json(material, document.to_json())
    assert again.sentences == document.sentences
    assert list(again.terms) == list(document.terms)
    assert again.sections == document.sections


def test_normalise_and_near_duplicates():
    assert normalise("退货须在 7 天内办理。") == normalise("退货须在7天内办理")
    assert is_near_duplicate(
        "Refunds need a receipt within 24 hours.", "refunds need a receipt within 24 hours!"
    )
    assert not is_near_duplicate(
        "Refunds need a receipt.", "Gift cards cannot be exchanged for cash."
    )


def test_grounding_accepts_real_quotes_and_rejects_invented_ones():
    material = "Stars expire after 12 months. Gold members get a free drink on their birthday."
    assert is_grounded("Gold members get a free drink on their birthday", material)
    assert is_grounded("Gold members get a free drink on the birthday", material)
    assert not is_grounded("Silver members get two free pastries every week", material)


def test_a_denied_excess_is_an_upper_bound():
    from graphs.text.bounds import bound_of

    def bound(text: str, figure: str) -> str | None:
        start = text.index(figure)
        return bound_of(text, start, start + len(figure))

    # 超过 and "more than" alone open a lower bound; denied they close an upper one
    assert bound("超过30分钟按每小时8元收费", "30分钟") == "lower"
    assert bound("单次通话不超过2小时", "2小时") == "upper"
    assert bound("押金不得超过50元", "50元") == "upper"
    assert bound("more than 5 items need a trolley", "5 items") == "lower"
    assert bound("carry no more than 5 items", "5 items") == "upper"
    assert bound("the wait must not exceed 10 minutes", "10 minutes") == "upper"
    assert bound("不低于5℃", "5℃") == "lower"
