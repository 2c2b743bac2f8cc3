"""Acts beyond the learner's standing, heard by their kind whatever the scenario lists (conduct.py
reports them):

- **approval**: a superior's yes claimed or waved aside ("经理那边我搞定", "don't worry about the
  manager", "I'll square it with my boss"): the learner cannot speak for the manager.
- **punish**: a colleague punished on the spot to please her ("那个技师我今天就让他停职", "I'll
  have him sacked today"): no front-line promise, and no remedy of hers.
- **review**: a good review or top rating asked of her ("给个五星好评", "leave us a five-star
  review"): a complaint is not settled by buying praise. Asking what she thinks ("您有什么意见")
  asks for no rating.
- **condition**: the remedy held back until she signs or rates ("不签的话这些补偿我没法给您办",
  "I can only refund it once you sign the form"): what she is owed made a bargain.
- **purchase**: the remedy held back until she buys (「得办个两千块的会员卡，这些才能生效」, "the
  refund only goes through if you sign up for the plan"): what she is owed sold to her. A price
  that comes with a purchase (办卡才能享受会员价) holds back no remedy.
- **cover**: a third party's payment vouched for ("抛光费医保是可以报销的", "your insurance will
  cover it", "you can claim it back from your employer"): the learner knows no one's cover but
  the company's, so it is a false claim, not a remedy. Asking whether it is covered
  ("医保能不能报销？") or sending her to ask ("您可以问问保险公司") vouches for nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language

_BOSS_ZH = r"(?:经理|领导|店长|主管|老板|上面|总部)"
_BOSS_EN = r"(?:the|my|our) (?:manager|boss|supervisor|head office|duty manager)"
APPROVAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"{_BOSS_ZH}(?:那边|那儿|那里|那头)?(?:我|我来|我去|交给我)(?:来|去)?(?:搞定|摆平|说|打招呼|负责|担着|兜着)"
        rf"|(?:不用|别|甭)(?:管|理|担心|怕)(?:我们)?{_BOSS_ZH}|{_BOSS_ZH}(?:不会|管不着|不知道)"
    ),
    "en": re.compile(
        rf"\b(?:don't|do not|never) (?:you )?(?:worry|mind) about {_BOSS_EN}\b"
        rf"|\b(?:i'll|i will|let me) (?:sort|square|handle|deal with|clear) (?:it |this |that )?"
        rf"(?:out )?(?:with )?{_BOSS_EN}\b"
        rf"|\b{_BOSS_EN} (?:won't|will never|doesn't need to|needn't) (?:mind|know|find out|hear)\b",
        re.IGNORECASE,
    ),
}
"""A superior's approval claimed or waved aside."""
PUNISH: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:让|叫|把)[^，,。！？!?]{0,6}(?:停职|下岗|走人|滚蛋|卷铺盖|开除|辞退)"
        r"|(?:开除|辞退|处分|处罚|停(?:他|她)的职)(?:他|她|那个|这个)"
        r"|扣(?:他|她)[^，,。！？!?]{0,5}(?:工资|奖金|绩效)"
    ),
    "en": re.compile(
        r"\b(?:i'll|i will|we'll|we will) (?:have (?:him|her|them) )?(?:fire|sack|suspend|"
        r"discipline|dock)\b"
        r"|\b(?:get|have) (?:him|her|them|th(?:e|at|is) [^.!?]{1,40}?) (?:fired|sacked|suspended|"
        r"disciplined)\b"
        r"|\b(?:he|she|they)(?:'ll| will) be (?:fired|sacked|suspended|disciplined)\b",
        re.IGNORECASE,
    ),
}
"""A colleague punished on the spot."""
REVIEW: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:给|打|写|留|点)(?:我们|个|一个|下)?(?:五星|5星|满分|好评)|好评表|五星好评|好评返"
    ),
    "en": re.compile(
        r"\b(?:leave|give|write|post) (?:us |me )?(?:a |an )?(?:five[- ]star|5[- ]star|good|great|"
        r"positive|glowing|top) (?:review|rating|score)\b|\brate us (?:highly|five|5|10)\b"
        r"|\bfive[- ]star (?:review|rating)\b",
        re.IGNORECASE,
    ),
}
"""A good review or top rating asked of her."""
CONDITION: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"不(?:签|签字|签名|给好评|写好评)(?:的话)?[^。！？!?]{0,14}(?:没法|没办法|不能|办不了|给不了|不给|没有)"
        r"|(?:签了?(?:字|名)|给了?好评|写了?好评)(?:以后|之后)?[^。！？!?，,]{0,4}(?:才|我才)"
        # 「您今天必须在这签个字…不然这些补偿就没了」: the remedy withdrawn unless she signs
        r"|(?:签|好评|五星)[^。！？!?]{0,20}(?:不然|否则|要不然|要不)[^。！？!?]{0,10}"
        r"(?:就没|没了|没有了|取消|作废|不算|不给)"
    ),
    "en": re.compile(
        r"\b(?:unless|until|only (?:if|once|when)) you(?:'ve)? (?:sign|leave|give|rate|write)"
        r"|\bif you don't (?:sign|rate|leave)\b[^.!?]{0,40}\b(?:can't|cannot|won't|no)\b"
        r"|\b(?:sign|rate us|leave (?:us )?a review)\b[^.!?]{0,60}\b(?:or|otherwise|or else)\b"
        r"[^.!?]{0,40}\b(?:is|are|goes|go) (?:off|gone|void|cancelled|withdrawn)\b",
        re.IGNORECASE,
    ),
}
"""The remedy held back until she signs or rates."""
PURCHASE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        # 「您得先办个两千块的会员卡，这些才能生效」 (办卡才能享受会员价 sells, it holds back nothing)
        r"(?:办|买|购买|充值?|订|续|续签|报名|开)[^。！？!?，,]{0,10}(?:卡|会员|套餐|课|疗程|合同|服务|值)"
        r"[^。！？!?]{0,12}才(?:能|会|可以)?(?:生效|兑现|算数|作数|退|给您退|到账|补偿|赔)"
    ),
    "en": re.compile(
        r"\b(?:refund|credit|compensation|voucher|money back)\b[^.!?]{0,50}\b(?:only (?:if|once|"
        r"when)|unless|as long as|provided) you (?:buy|sign up|join|take out|purchase|upgrade|renew|"
        r"subscribe)\b",
        re.IGNORECASE,
    ),
}
"""The remedy held back until she buys something."""
_PAYER_ZH = r"(?:医保|社保|农合|保险公司|保险|商保|单位|公司报销|工会|政府|补贴)"
_PAYER_EN = (
    r"(?:(?:your|the|her|his) )?(?:insurance|insurer|health (?:plan|fund)|nhs|medicare|employer|"
    r"council|government)"
)
COVER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"{_PAYER_ZH}[^，,。；;！!？?]{{0,8}}?(?<![不没么])(?:是)?(?:可以|能|会|给|都|全)(?:给[您你])?"
        r"(?:全额|全部|全|都)?(?:报销|报|赔付|理赔|买单|承担|出钱|补贴)(?![不吗么])"
    ),
    "en": re.compile(
        rf"\b{_PAYER_EN} (?:will|would|does|can|should) (?:(?!not\b|never\b)\w+ )?(?:cover|pay for|pay|reimburse|"
        r"refund)\b(?! (?:it|that|this)\?)"
        rf"|\b(?:claim|get) (?:it|that|this|the \w+|the cost|the money) back (?:on|from|through) "
        rf"{_PAYER_EN}\b",
        re.IGNORECASE,
    ),
}
"""A third party's payment vouched for."""
OVERREACH: dict[str, dict[Language, re.Pattern[str]]] = {
    "approval": APPROVAL,
    "punish": PUNISH,
    "review": REVIEW,
    "condition": CONDITION,
    "purchase": PURCHASE,
    "cover": COVER,
}
"""Each act, by language (conduct.CONDUCT hears them)."""
OWN_CLAIM: dict[str, re.Pattern[str]] = {
    "approval": re.compile(r"擅自|替上级|上级批准|manager's (?:approval|yes)|approv", re.I),
    "punish": re.compile(r"处罚员工|停职|punish|disciplin", re.I),
    "review": re.compile(r"好评|review|rating", re.I),
    "condition": re.compile(r"为条件|签字才|condition", re.I),
    "purchase": re.compile(r"消费为条件|捆绑|depend on a purchase|tied to a purchase", re.I),
    "cover": re.compile(r"报销|医保|insurance|reimburs|third party", re.I),
}
"""A scenario's own forbidden claim of each act, by its wording."""
LABELS: dict[str, dict[str, str]] = {
    "approval": {"zh": "替经理做主的承诺", "en": "Speaking for the manager"},
    "punish": {"zh": "当场承诺处罚员工", "en": "Promising to punish a colleague"},
    "review": {"zh": "向客户索要好评", "en": "Asking the customer for a good review"},
    "condition": {
        "zh": "以签字或好评为条件才给补救",
        "en": "Making the remedy depend on a signature or review",
    },
    "purchase": {"zh": "以消费为条件才给补救", "en": "Making the remedy depend on a purchase"},
    "cover": {
        "zh": "谎称医保、保险或第三方会报销",
        "en": "A false claim that insurance or a third party will pay",
    },
}
"""Labels where the scenario names no such claim."""
