"""A Chinese FAQ answer that is only who, which things, a bare yes or no, or the figure asked
for, stated in its question's words.

    「谁可以签收送货？」+「仅限库管员，值班厨师须在场。」 -> 「只有库管员可以签收送货，值班厨师须在场。」
    「哪些东西不能带进黄线以内？」+「外穿鞋、手机和戒指。」 -> 「外穿鞋、手机和戒指不能带进黄线以内。」
    「装卸区附近可以吸烟吗？」+「不可以。」 -> 「装卸区附近不得吸烟。」
    「饭卡充值有什么规定？」+「每次至少20元。」 -> 「饭卡充值每次至少20元。」
    「可以离开收衣台吗？」+「只有在店长同意且有人顶岗后才可以。」 -> 「只有在…后才可以离开收衣台。」
    「什么时候关门？」+「晚上21:00。」 -> 「晚上21:00关门。」

Cut from its question, such an answer named neither the act nor its subject, and was left unread
or asked as 「仅限库管员，值班厨师须在场」 (the Chinese side of session 16 designer D9's B2: FAQ
answers cut from their questions). graphs/text/facts.py states a 问/答 answer's first sentence
through `zh_asked_frame`.
"""

from __future__ import annotations

import re

_MODAL = r"(?:可以|能够|能|可|有权|允许)"
_WHO = re.compile(rf"^(?P<case>[^，？]*?)谁(?P<modal>{_MODAL})(?P<act>[^？]+?)？$")
_ONLY = re.compile(r"^(?P<only>只有|只能由|仅限|仅)(?P<who>[^，。；]{2,12}?)(?P<tail>[，；].*)?$")
_WHICH = re.compile(
    r"^(?:哪些|什么)(?:东西|物品|物件)?(?P<modal>不能|不得|不可以|不准|禁止|严禁|必须|须|要)"
    r"(?P<act>[^？]+?)？$"
)
_YES_NO = re.compile(
    r"^(?P<topic>[^，？]{2,16}?)(?P<modal>可以|能|可|需要|要|必须|须)(?P<act>[^？]{1,12}?)吗？$"
)
_MAY_WE = re.compile(r"^(?P<modal>可以|能|能够)(?P<act>[^？，]{2,12}?)吗？$")
_ONLY_THEN = re.compile(r"^(?P<case>只有[^，。；]{2,30}?才)(?:可以|能|行)$")
"""「可以离开收衣台吗？」「只有在店长同意且有人顶岗后才可以。」: only then may the asker do it."""
_BARE = re.compile(r"^(?P<neg>不)?(?P<modal>可以|能|可|需要|要|用|必须|须)$")
_MODAL_FIRST = re.compile(r"^(?:必须|须|不得|不能|不可以|可以|不用|无须|不需要)")
_RULE_ASKED = re.compile(
    r"^(?P<topic>[\u4e00-\u9fff]{2,10}?)(?:有什么|有哪些|有何)(?:规定|要求|限制|标准)？$"
)
_NEEDS_WHAT = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,12}?)(?P<verb>需要|要|须|必须)(?:带|准备|提供|出示)?"
    r"(?P<what>什么|哪些)(?P<noun>[\u4e00-\u9fff]{0,4})？$"
)
_MEASURE = re.compile(
    r"^(?P<topic>[\u4e00-\u9fff]{0,6}(?:时间|时段|期限|费用|收费|标准|上限|下限|押金))(?:是多少|是什么|是多久|多长)?？$"
)
"""A question that is only what is measured (「收粮时间？」, 「押金是多少？」)."""
_FIGURE_FIRST = re.compile(r"^(?:每天|每日|工作日|周[一二三四五六日]|每[周月次]|\d)[^，。]{0,6}\d")
_WHEN = re.compile(
    r"^(?P<topic>[\u4e00-\u9fff]{0,8}?)(?:什么时候|几点)(?P<act>[\u4e00-\u9fff]{1,6})？$"
)
_CLOCK_FIRST = re.compile(r"^(?:早上|上午|中午|下午|晚上|每天|工作日)?\d{1,2}[:：]\d{2}$")
"""「什么时候关门？」 answered by its hour only (「晚上21:00」): the act is the question's."""
_HOW = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{2,12}?)(?P<how>怎么办|怎么\w{2}|如何\w{2})？$")
_PERSON = re.compile(r"[您你我他她]")
_VERB_IN = re.compile(r"须|必须|应|可以|不得|禁止|严禁|是|为|有|要|由|需")


def _lists_things(answer: str) -> bool:
    """「外穿鞋、手机、戒指和未加盖的饮料」: things named, no act said of them."""
    head = answer.split("，")[0]
    return not _VERB_IN.search(head) and len(head) <= 40


def zh_asked_frame(question: str, answer: str) -> str | None:
    """The answer's first sentence stated in its question's words, or None when the question is
    of none of the shapes above or the answer already names its subject."""
    question = question.strip().strip("*").strip().replace("?", "？")
    answer = answer.strip().rstrip("。；;.")
    if not answer:
        return None
    if _PERSON.search(question):
        return None  # 「您希望我们怎么处理？」: a line of a dialogue, no FAQ's subject
    only = _ONLY.match(answer)
    if (asked := _WHO.match(question)) and only and not _VERB_IN.search(only["who"]):
        case = f"{asked['case']}，" if asked["case"] else ""
        modal = "可以" if asked["modal"] in ("可", "能够") else asked["modal"]
        if only["only"] == "只能由":  # 「只能由库管员签收」: the modal is said
            return f"{case}只能由{only['who']}{asked['act']}{only['tail'] or ''}。"
        return f"{case}只有{only['who']}{modal}{asked['act']}{only['tail'] or ''}。"
    if (asked := _WHICH.match(question)) and _lists_things(answer) and "，" not in answer:
        return f"{answer}{asked['modal']}{asked['act']}。"
    if (asked := _MAY_WE.match(question)) and (only := _ONLY_THEN.match(answer)):
        return f"{only['case']}{asked['modal']}{asked['act']}。"  # 「只有…后才可以离开收衣台」
    if yes_no := _YES_NO.match(question):
        topic, modal, act = yes_no["topic"], yes_no["modal"], yes_no["act"]
        if topic.endswith("还"):  # 「顾客眼睛红肿还能试戴…吗？」: in that case
            topic = f"{topic[:-1]}时，"
        bare = _BARE.match(answer)
        if bare is not None:
            if bare["neg"] and act.startswith("不"):  # 「可以不戴口罩吗？」「不可以。」
                return f"{topic}必须{act[1:]}。"
            if bare["neg"] and modal in ("可以", "能", "可"):
                return f"{topic}不得{act}。"  # 「不可以。」: a prohibition
            said = bare["modal"] if bare["modal"] != "用" else modal
            return f"{topic}{bare['neg'] or ''}{said}{act}。"
        return f"{topic}{answer}。" if _MODAL_FIRST.match(answer) else None
    if (asked := _MEASURE.match(question)) and _FIGURE_FIRST.match(answer):
        return f"{asked['topic']}为{answer}。"  # 「开餐时间？」「工作日11:00至13:30」
    if (asked := _WHEN.match(question)) and _CLOCK_FIRST.match(answer) and "，" not in answer:
        return f"{asked['topic']}{answer}{asked['act']}。"  # 「什么时候关门？」「晚上21:00」
    if (asked := _RULE_ASKED.match(question)) and asked["topic"] not in answer:
        return f"{asked['topic']}{answer}。"
    if (asked := _HOW.match(question)) and asked["topic"] not in answer:
        # 「饭卡丢了怎么办？」「当天挂失」: in that case; 「米饭怎么保存？」「保持在63℃以上」: of it
        joint = "，" if asked["how"] == "怎么办" else ""
        return f"{asked['topic']}{joint}{answer}。"
    if (asked := _NEEDS_WHAT.match(question)) and _lists_things(answer):
        return f"{asked['who']}{asked['verb']}{answer}。"
    return None
