"""The generators' per-material caches: same answers as uncached, forgotten by `clear_caches`."""

from __future__ import annotations

from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.exam_generation.substance import sentence_index
from graphs.text.caches import clear_caches, register
from graphs.text.document import analysed
from graphs.text.sentences import split_sentences

WATCH_REPAIR = """# 腕表维修柜台服务规范

## 收表登记
前台收表时必须当面检查表壳和表镜，并在登记单上注明已有划痕。
更换电池须在30分钟内完成，超过30分钟应告知顾客预计取表时间。

## 保修
机芯维修后保修期为6个月，人为进水不在保修范围内。
顾客取表时必须出示收表凭条，凭条遗失的须由店长核对身份后方可取表。
"""


def test_each_sentence_is_found_where_it_stands() -> None:
    sentences = split_sentences(WATCH_REPAIR)
    assert len(sentences) >= 4
    for index, sentence in enumerate(sentences):
        assert sentence_index(sentence.text, WATCH_REPAIR) == index
        # a part of the sentence rests on it too
        assert sentence_index(sentence.text[2:], WATCH_REPAIR) == index


def test_false_statements_hand_out_a_fresh_list_each_time() -> None:
    clear_caches()
    material = Material.of(analysed(WATCH_REPAIR), "zh")
    fact = next(f for f in material.facts if "30分钟" in f.text)
    first = false_statements(fact, material.facts, material.text, material.zh)
    assert first, "a figure of the watch-repair rule is changed"
    kept = list(first)
    first.clear()  # a caller changing its list changes no later caller's
    assert false_statements(fact, material.facts, material.text, material.zh) == kept
    clear_caches()
    assert false_statements(fact, material.facts, material.text, material.zh) == kept


def test_clear_caches_calls_every_registered_clear() -> None:
    calls: list[str] = []

    def forget() -> None:
        calls.append("cleared")

    register(forget)
    register(forget)  # once is enough
    clear_caches()
    assert calls == ["cleared"]
