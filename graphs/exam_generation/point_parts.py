"""A short answer's scoring point split into one point per condition or duty.

「客户须年满21周岁、驾龄满2年，并签署租赁合同」 is three things a learner may or may not state; as
one 2.5-mark point, grading can credit none of them alone. When every part under the rule's one
modal stands on its own (a verb that opens it, or its own figure; no pronoun that leans on the
part before, no condition or modal of its own), each part becomes a point of its own, written
with the rule's opening: 「客户须年满21周岁」, 「客户须驾龄满2年」, 「客户须签署租赁合同」;
"Renters must be at least 21 years old", "Renters must have held a licence for 2 years". A list
of alternatives (或, or), of steps in order (先…再…) or of objects of one verb
(「核验身份证、驾驶证原件」) stays one point: its parts are not duties of their own.
"""

from __future__ import annotations

import re

from graphs.exam_generation.gapped_clauses import gapped
from graphs.exam_generation.rule_opening import ANY_MODAL, figures, first_modal
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize
from graphs.text.word_class import en_word_classes

MAX_PARTS = 4
"""More parts than this is a list to recall whole, not duties to credit one by one."""

_ZH_JOIN = re.compile(r"[、，,]\s*(?:并且|并|且|同时|还须|还应|还)?")
_ZH_NO_SPLIT = re.compile(r"或|先|再|然后|之后|以及|及|和|其|该|此|它|由")
_ZH_CONDITION = re.compile(r"(?:前|后|时|的|期间)[，,]|如果|若|一旦")
_ZH_OWN_NEED = re.compile(r"需(?:在|于|经|由|要|提前|按|向|当面)")
"""需 as a clause's own verdict (「开具发票需在…内办理」), not 所需 or 必需 inside a term."""
_ZH_EXAMPLES = re.compile(r"、[^，,；;。]*?等(?!待|候|级|同|于|到)")
"""A 、 list closed by 等 (「电钻、切割等产生噪音的作业」): examples of one kind, which one clause
names; split, a point of 1 mark and one of 2 made half of one ban all-or-nothing (session 18 D11)."""
_ZH_BAN = re.compile(r"不得|禁止|严禁|不准|不可|不能")
_ZH_INSTEAD = re.compile(r"(?:改|换|转|另)[用为由走作交行]")
"""After a ban, a part that opens so says what is done instead (「不得进烘房，改为自然晾干」): it is
written with the rule's subject but not its ban, which read 「…不得改为自然晾干」, the opposite of
the material (session 26, D19 m1 Q15)."""
_EN_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_EN_MODAL = re.compile(r"\b(?:must|should|shall)(?:\s+(?:not|never))?\s+", re.IGNORECASE)
_EN_NO_SPLIT = re.compile(
    r"\b(?:or|then|it|its|them|this|these|those|that|which|who|if|when|unless|once)\b|\d[.,]\d{3}",
    re.IGNORECASE,
)


def point_parts(point: str, zh: bool) -> list[str]:
    """The point's conditions or duties as points of their own, or [point] when it has one or
    its parts do not stand alone."""
    body = point.strip().rstrip("。；;.")
    # 「长距离靶道须有安全员至少2名在岗，短距离靶道至少1名」: one duty said once for two subjects
    shared = gapped(body) if zh else None
    parts = shared.parts if shared is not None else _zh_parts(body) if zh else _en_parts(body)
    if parts is None or not 2 <= len(parts) <= MAX_PARTS:
        return [point]
    return parts


def _zh_parts(body: str) -> list[str] | None:
    at = first_modal(body, True)
    if at is None:
        return None
    modal = ANY_MODAL[True].match(body, at)
    if modal is None:
        return None
    opening, rest = body[: modal.end()], body[modal.end() :]
    if any(p.search(rest) for p in (_ZH_NO_SPLIT, _ZH_CONDITION, _ZH_EXAMPLES)) or "；" in rest:
        return None
    joins = [j.group() for j in _ZH_JOIN.finditer(rest)]
    pieces = [p.strip() for p in _ZH_JOIN.split(rest)]
    parts = []
    for number, piece in enumerate(pieces):
        # a figure of its own is a condition in a list of them (「年满21周岁、驾龄满2年」, 「年满
        # 18周岁，且驾龄不少于1年」), not after a duty it measures (「打开放大灯，照度不低于…」)
        listed = number > 0 and (joins[number - 1].startswith("、") or bool(figures(pieces[0])))
        if piece.startswith(modal.group()):
            piece = piece[len(modal.group()) :]  # 「不得夸大…，不得使用…」: the same modal again
        if ANY_MODAL[True].search(piece) or _ZH_OWN_NEED.search(piece):
            # 「开具发票需在加油后30天内办理」 is a clause with its own verdict: under the
            # opening's modal it read 「收银员必须开具发票需在…」 (session 21 end T14, C Q10)
            return None
        if number > 0 and _names_the_part_before(piece, pieces[:number]):
            # 「须在2分钟内移到晾架上，晾架距离烤箱门至少1米」: the clause speaks of the thing the
            # part before named, its own subject; under the opening's modal it read 「面包出炉后须
            # 晾架距离烤箱门至少1米」 (session 24, a bakery's night shift)
            return None
        # the first part reads on from the modal as the material has it (「须与客户共同检查…」)
        if not _zh_stands_alone(piece, listed) and not (number == 0 and len(piece) >= 2):
            return None
        if number > 0 and _ZH_BAN.fullmatch(modal.group()) and _ZH_INSTEAD.match(piece):
            parts.append(f"{body[: modal.start()]}{piece}")
        else:
            parts.append(f"{opening}{piece}")
    return parts


def _names_the_part_before(piece: str, before: list[str]) -> bool:
    """The piece opens on a thing (two characters or more) a part before it named."""
    opening = re.match(r"[\u4e00-\u9fff]{2}", piece)
    return opening is not None and opening.group() in "".join(before)


_OWN_WAY = frozenset(["按", "由", "以", "依", "依照", "按照"])
"""A coverb after a two-word subject: 「回收补贴按…执行」 is a clause of its own."""


def _zh_stands_alone(piece: str, listed: bool) -> bool:
    """A duty opened by its verb (「签署租赁合同」, 「拍照留存」), or in a list (after 、) a
    condition with its own figure (「年满21周岁、驾龄满2年」); not an object of the verb before it
    (「驾驶证原件」), nor a clause on what the duty must reach (「打开放大灯，照度不低于500勒克斯」)."""
    if len(re.findall(r"[\u4e00-\u9fff]", piece)) < 2:
        return False
    tokens = [t for t in tokenize(piece, "zh") if t.pos not in ("x", "w")]
    if len(tokens) >= 3 and not tokens[1].pos.startswith("v") and tokens[2].word in _OWN_WAY:
        # 「回收补贴按门店当期活动标准执行」 has its own subject (回收补贴) before its coverb: as
        # 「旧灶具回收须回收补贴按…执行」 the point was garbled (session 21, D13 m1 re-run)
        return False
    if len(tokens) >= 2 and tokens[0].pos == "v" and len(tokens[0].word) >= 2:
        return True
    # a condition states a measure (「驾龄满2年」), not an act of its own (「温度记录每4小时填写」)
    acts = [t for t in tokens if t.pos == "v" and len(t.word) >= 2]
    return listed and bool(parse_quantities(piece)) and not acts


def _en_parts(body: str) -> list[str] | None:
    modal = _EN_MODAL.search(body)
    if modal is None or re.search(r"[,;:]", body[: modal.start()]):
        return None  # a condition before the subject: its parts would each need it
    opening, rest = body[: modal.end()], body[modal.end() :]
    if _EN_NO_SPLIT.search(rest) or ";" in rest:
        return None
    pieces = [p.strip() for p in _EN_JOIN.split(rest) if p.strip()]
    if re.match(r"be\s+\w+(?:ed|en|wn)\b", pieces[0], re.IGNORECASE):
        return None  # "must be reported …, and …": a passive's subject is not the next act's
    if any(not _en_duty(p) for p in pieces):
        return None
    return [f"{opening}{piece}" for piece in pieces]


def _en_duty(piece: str) -> bool:
    """A duty opened by a verb's base form, with what it acts on: "wash and dry the towels"
    ("wash" alone is no duty), ", sealed in a labelled bag" and ", using the incident form" (a
    participle: how the duty before is done) are not."""
    words = piece.split()
    if len(words) < 2 or "VERB" not in en_word_classes(words[0]):
        return False
    return re.search(r"(?:ing|ed|en)$", words[0].lower()) is None or words[0].lower() in _EN_BASE


_EN_BASE = frozenset(["open", "need", "feed", "listen", "fasten", "shorten", "lessen", "bring"])
"""Base forms that look like participles."""
