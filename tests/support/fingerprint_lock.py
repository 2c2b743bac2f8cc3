"""A trade of session 26's own for practice tests: a shop selling fingerprint door locks (指纹锁)
and a customer who finds the lock dear. Stages of three points, a rubric whose levels climb a
rung a point (0/40/70/90) and one with a single rung below its top (0/50/90)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary

SCENARIO: dict[str, Any] = {
    "kind": "scenario",
    "schema_version": 1,
    "id": "fingerprint-lock-price",
    "version": "1",
    "description": "智能门锁门店处理顾客嫌指纹锁贵的异议。",
    "title": "异议处理：指纹锁太贵了",
    "language": "zh",
    "aliases": [],
    "background": (
        "你是「安居智能锁」门店的导购。吴先生想给新家装一把指纹锁，看中的款式标价 1680 元（含上门安装），"
        "他觉得比网上贵。门店可以提供：免费上门测量门厚、三年质保、旧锁免费拆除，分 6 期免息。"
    ),
    "persona": {
        "role": "吴先生，刚买新房的顾客",
        "profile": "34 岁，程序员，家里有老人和小孩，常出差。",
        "temperament": "讲道理，爱比价，不喜欢被催。",
        "hidden_goal": "最在意老人小孩进门方便、安全，价格合理就愿意买。",
        "initial_mood": 0,
        "reveal": {"min_mood": 2, "needs": ["question"], "after_any_of": ["household"]},
        "deflections": ["先说锁的事吧。"],
        "rebuffs": ["我时间不多，说锁吧。"],
    },
    "learner": {
        "role": "安居智能锁门店导购",
        "objectives": ["了解顾客家里的情况", "介绍与需求匹配的功能", "回应价格顾虑", "确认下一步"],
        "may_offer": ["免费上门测量门厚", "三年质保", "旧锁免费拆除", "分 6 期免息"],
    },
    "opening_line": "这把指纹锁要一千六百八？网上同款才一千出头。",
    "stages": [
        {
            "id": "opening",
            "title": "开场",
            "points": [
                {"id": "greet", "text": "礼貌问候", "keywords": ["您好", "欢迎"]},
                {"id": "thanks", "text": "感谢顾客到店", "keywords": ["谢谢您", "感谢"]},
            ],
            "keywords": ["门锁"],
            "persona_lines": [{"text": "嗯，你说。", "answers": ["greet"]}],
        },
        {
            "id": "discovery",
            "title": "需求了解",
            "points": [
                {
                    "id": "household",
                    "text": "询问家里住几口人、有没有老人小孩",
                    "by_asking": True,
                    "keywords": ["老人", "小孩", "几口人", "家里人"],
                },
                {
                    "id": "door",
                    "text": "了解入户门的材质和厚度",
                    "by_asking": True,
                    "keywords": ["门厚", "门的材质", "防盗门", "木门"],
                },
                {
                    "id": "travel",
                    "text": "了解平时是否常出差、怎么给家人开门",
                    "by_asking": True,
                    "keywords": ["出差", "远程开门", "临时密码"],
                },
            ],
            "keywords": ["家里", "门"],
            "persona_lines": [
                {"text": "家里有老人和小孩，老人老忘带钥匙。", "answers": ["household"]},
                {"text": "是防盗门，厚度我不太清楚。", "answers": ["door"]},
                {"text": "我经常出差，一走就是一周。", "answers": ["travel"]},
            ],
        },
        {
            "id": "presentation",
            "title": "功能介绍",
            "points": [
                {
                    "id": "fingerprint",
                    "text": "介绍指纹加密码，老人小孩不用带钥匙",
                    "keywords": ["不用带钥匙", "指纹和密码"],
                },
                {
                    "id": "measure",
                    "text": "说明可以免费上门测量门厚",
                    "keywords": ["上门测量", "免费测量"],
                },
                {
                    "id": "warranty",
                    "text": "说明三年质保和旧锁免费拆除",
                    "keywords": ["三年质保", "质保三年", "旧锁免费拆"],
                },
            ],
            "keywords": ["指纹锁"],
            "persona_lines": [
                {"text": "不用带钥匙倒是省心。", "answers": ["fingerprint"]},
                {"text": "能上门量就好，我怕买了装不上。", "answers": ["measure"]},
                {"text": "质保三年还行。", "answers": ["warranty"]},
            ],
        },
        {
            "id": "objections",
            "title": "价格异议",
            "points": [
                {
                    "id": "concern",
                    "text": "认同顾客对价格的顾虑",
                    "keywords": ["理解您的顾虑", "确实不便宜", "比网上贵"],
                },
                {
                    "id": "included",
                    "text": "说明价格里含上门安装",
                    "keywords": ["含安装", "包安装", "含上门安装"],
                },
                {"id": "instalments", "text": "提出分期免息", "keywords": ["分期", "免息"]},
            ],
            "keywords": ["价格", "贵"],
            "persona_lines": [
                {"text": "分期的话压力小一些。", "answers": ["instalments"]},
                {"text": "含安装？那差价倒没那么大了。", "answers": ["included"]},
                {"text": "嗯，你也知道贵啊。", "answers": ["concern"]},
            ],
        },
        {
            "id": "closing",
            "title": "促成",
            "points": [
                {"id": "plan", "text": "总结适合顾客的方案", "keywords": ["总结一下", "适合您家"]},
                {
                    "id": "next",
                    "text": "提出具体的下一步（预约上门测量）",
                    "keywords": ["预约", "约个时间"],
                },
                {
                    "id": "decision",
                    "text": "确认顾客的意愿",
                    "by_asking": True,
                    "keywords": ["您看可以吗", "您看怎么样", "定下来"],
                },
            ],
            "keywords": ["预约"],
            "persona_lines": [
                {
                    "text": "行，那就约个时间上门量吧。",
                    "answers": ["decision", "next"],
                    "agrees": True,
                },
                {"text": "我再比比吧。", "answers": ["decision"]},
            ],
        },
    ],
    "topics": [{"id": "cost", "keywords": ["多少钱", "价格", "贵"]}],
    "vocabulary": ["指纹锁", "门锁", "密码", "钥匙", "安装", "质保"],
    "behaviour": [
        {"when": "empathy", "mood": 1},
        {"when": "question", "mood": 1},
        {"when": "keyword", "mood": 1},
        {"when": "pushy", "mood": -2, "line": "别催我。"},
        {"when": "off_topic", "mood": -1, "line": "这跟锁有什么关系？"},
    ],
    "end": {
        "max_turns": 12,
        "goal_stage": "closing",
        "goal_mood": 3,
        "quit_words": ["结束", "退出", "quit"],
    },
    "rubric": "fingerprint-lock-price-rubric",
}

LADDER = [
    {"score": 0, "description": "一项都没做到"},
    {"score": 40, "description": "只做到一项"},
    {"score": 70, "description": "做到两项"},
    {"score": 90, "description": "三项俱全"},
]
SHORT_LADDER = [
    {"score": 0, "description": "没有回应价格"},
    {"score": 50, "description": "只认同了顾虑"},
    {"score": 90, "description": "认同、说明含安装并给出分期"},
]


def _criterion(cid: str, name: str, weight: float, measures: str, **extra: Any) -> dict[str, Any]:
    return {"id": cid, "name": name, "weight": weight, "measures": measures, **extra}


RUBRIC: dict[str, Any] = {
    "kind": "rubric",
    "schema_version": 1,
    "id": "fingerprint-lock-price-rubric",
    "version": "1",
    "description": "指纹锁价格异议练习的评分标准。",
    "title": "指纹锁异议处理评分",
    "pass_mark": 60,
    "criteria": [
        _criterion(
            "discovery", "需求了解", 0.25, "stage_coverage", stage="discovery", levels=LADDER
        ),
        _criterion(
            "presentation", "功能介绍", 0.25, "stage_coverage", stage="presentation", levels=LADDER
        ),
        _criterion(
            "objections", "价格异议", 0.2, "stage_coverage", stage="objections", levels=SHORT_LADDER
        ),
        _criterion(
            "compliance",
            "合规表达",
            0.15,
            "compliance",
            levels=[
                {"score": 0, "description": "多次不当承诺"},
                {"score": 60, "description": "一次不当承诺"},
                {"score": 100, "description": "没有不当承诺"},
            ],
        ),
        _criterion("closing", "促成", 0.15, "closing", levels=LADDER),
    ],
}


def lock_shop_context(root: Path) -> FlowContext:
    """The shipped content copied to `root`, with the fingerprint-lock scenario and its rubric."""
    shutil.copytree(SHIPPED_CONTENT, root)
    for folder, data in (("scenarios", SCENARIO), ("rubrics", RUBRIC)):
        (root / folder / f"{data['id']}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
    return FlowContext(library=ContentLibrary.load(root))
