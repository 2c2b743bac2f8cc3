"""Every per-material cache the exam flow fills is forgotten by `clear_caches`.

A cache left out of the registry (graphs/text/caches.py) keeps a material's work across a
benchmark's fresh runs, so `bench.offline_exam` times less analysis than a new material costs.
Found by what the flow fills, not by a list: a module-level `functools` cache or dict that grows
while an exam is written is a cache, and must be empty once the caches are cleared.

Own materials: a bicycle workshop's counter rules (zh, figures, an exception, a rule that
refers to another) and its English twin.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import partial
from types import ModuleType
from typing import Any

import graphs.exam_generation
import graphs.text
from graphs.context import FlowContext
from graphs.text.caches import Memo, clear_caches
from tests.support.exam_flow import delivered_exam

BIKE_WORKSHOP_ZH = """# 自行车维修店柜台规范

## 收车登记
收车时必须当面检查车架和轮圈，并在登记单上注明已有划痕。
普通补胎须在20分钟内完成，超过20分钟应告知顾客预计取车时间。
除电动助力车外，所有车辆均可在店内免费充气。

## 保修与取车
更换的刹车片保修期为3个月，人为损坏不在保修范围内。
顾客取车时必须出示取车凭条；凭条遗失的，按第2条登记的手机号核对身份后方可取车。
存车超过7天未取的，每天收取5元保管费。
"""

BIKE_WORKSHOP_EN = """# Bicycle Workshop Counter Rules

## Taking a bike in
Staff must inspect the frame and the rims with the customer and note any existing scratches.
A puncture repair must be finished within 20 minutes; if it takes longer, tell the customer
when to collect the bike.
Tyres may be inflated free of charge, except on electric bikes.

## Warranty and collection
Replaced brake pads carry a 3-month warranty; damage caused by the rider is not covered.
Customers must show the collection slip; without it, staff check the phone number recorded
under rule 2 before handing the bike over.
Bikes left for more than 7 days are charged a storage fee of 5 dollars a day.
"""

BLUEPRINT = {
    "single_choice": 3,
    "multiple_choice": 2,
    "true_false": 3,
    "fill_blank": 3,
    "short_answer": 1,
}


def _modules() -> list[ModuleType]:
    modules: list[ModuleType] = []
    for package in (graphs.text, graphs.exam_generation):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            modules.append(importlib.import_module(info.name))
    return modules


def _sizes(modules: list[ModuleType]) -> dict[str, int]:
    """How many entries each module-level cache or dict holds, by its qualified name."""
    sizes: dict[str, int] = {}
    for module in modules:
        for name, value in vars(module).items():
            held: Any = value
            if callable(held) and hasattr(held, "cache_info"):
                if getattr(held, "__module__", None) == module.__name__:
                    sizes[f"{module.__name__}.{name}"] = held.cache_info().currsize
            elif isinstance(held, dict | Memo):
                sizes[f"{module.__name__}.{name}"] = len(held)
    return sizes


async def test_clearing_the_registry_empties_every_cache_an_exam_filled(
    offline_context: FlowContext,
) -> None:
    modules = _modules()
    clear_caches()
    before = _sizes(modules)
    for material in (BIKE_WORKSHOP_ZH, BIKE_WORKSHOP_EN):
        exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
        assert exam.questions, "the workshop rules make an exam"
    filled = {name for name, size in _sizes(modules).items() if size > before.get(name, 0)}
    assert "graphs.text.document.analysed" in filled, "the flow analysed the material"
    clear_caches()
    after = _sizes(modules)
    kept = sorted(name for name in filled if after[name] > 0)
    assert not kept, f"caches clear_caches leaves full: {kept}"


def test_a_memo_makes_once_forgets_its_oldest_and_is_cleared_with_the_rest() -> None:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    memo: Memo[str, str] = Memo(2)
    assert [memo.get(k, partial(make, k)) for k in ("a", "b", "a")] == ["A", "B", "A"]
    assert made == ["a", "b"], "a key is made once while its entry lives"
    memo.get("c", lambda: make("c"))
    memo.get("a", lambda: make("a"))
    assert made == ["a", "b", "c", "a"], "past its size the oldest entry is forgotten"
    clear_caches()
    assert len(memo) == 0, "a memo registers itself with clear_caches"
