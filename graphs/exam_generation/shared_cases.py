"""An ask by a case that other rules of the material open on too is vague.

「（2）安装后应如何处理？」 was keyed with the repair rule alone (「安装后7天内如因安装原因出现漏气…
公司免费上门返修…」), yet the demonstration, the sign-off and the photo upload are all done 「安装
完成后」 (session 20 end designer D13, m1 #17): a learner who answers with any of them answers the
question as asked and scores nothing. A case is the ask's whole topic only where no other rule
opens on it; otherwise the rule is not asked by it (no ask beats a vague one). In English, whom
the ask names counts too: "What must attendants do before closing?" is vague where another rule
has attendants do something before closing, not where customers do.
"""

from __future__ import annotations

import re

from graphs.exam_generation.ask_hints import HINT
from graphs.exam_generation.material import Material
from graphs.text.facts import Fact

_ZH_CASE_ASK = re.compile(
    r"^(?P<case>[\u4e00-\u9fff]{2,8}?)(?P<mark>时|之后|以后|后|之前|以前|前|期间)"
    r"(?:，[\u4e00-\u9fff]{1,8})?(?:应如何处理|有什么规定)？"
)
"""「安装后应如何处理？」, 「上门时，技师应如何处理？」, 「开场前有什么规定？」: a case of the work
and nothing narrower (session 22 designer m1 q14: 「开场前有什么规定？（写明时限）」 fits the rules
of 20, 15, 10 and 5 minutes before the show, and was keyed with one)."""
_EN_CASE_ASK = re.compile(
    r"^What (?:must|should|may|can) (?P<who>[^?]+?) do (?P<case>(?:before|after|when|whenever|once"
    r"|while|during|on|at) [^?]+)\?$",
    re.IGNORECASE,
)
"""'What must attendants do before closing?': whom the rule binds and its case, nothing narrower;
'What must staff do before departure?' (session 22) fitted several duties."""
_GAP = r"[\u4e00-\u9fff]{0,4}?"
"""「安装完成后」 is 「安装后」 said with its stage's end: the same case."""


def shared_case(material: Material, fact: Fact, asked: str) -> str | None:
    """The case a Chinese ask is put by when another rule of the material (a sentence outside
    `fact`) opens on it too, or None."""
    if not material.zh:
        return _en_shared_case(material, fact, asked)
    found = _ZH_CASE_ASK.match(HINT.sub("", asked).strip())
    if found is None:
        return None
    said = re.compile(re.escape(found["case"]) + _GAP + re.escape(found["mark"]))
    for sentence in material.document.sentences:
        if sentence.index in fact.sentences or sentence.text.lstrip().startswith("#"):
            continue
        if said.search(sentence.text):
            return found["case"] + found["mark"]
    return None


def _en_shared_case(material: Material, fact: Fact, asked: str) -> str | None:
    """The case of an English ask by whom and when ("What must attendants do before closing?")
    that another rule on the same people opens on or ends on too, or None."""
    found = _EN_CASE_ASK.match(HINT.sub("", asked).strip())
    if found is None:
        return None
    case = re.compile(rf"\b{re.escape(found['case'])}\b", re.IGNORECASE)
    # "attendants" / "an attendant": the head's stem names the same people
    head = found["who"].split()[-1].lower()
    who = re.compile(rf"\b{re.escape(head[:-1] if head.endswith('s') else head)}", re.IGNORECASE)
    for sentence in material.document.sentences:
        if sentence.index in fact.sentences or sentence.text.lstrip().startswith("#"):
            continue
        if case.search(sentence.text) and who.search(sentence.text):
            return found["case"]
    return None
