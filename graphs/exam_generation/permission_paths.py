"""A prohibition's permission path: the way the material lets one do what the rule forbids.

「同一储罐一天内卸油不得超过2次；如需第3次卸油，须经站长同意」 forbids a third delivery and, in
the next breath, allows one with the manager's consent. Flipped into a permission (「同一储罐一天
内卸油可以超过2次」, key false), the rule becomes arguable: the exception makes 「可以」 true of
a day the manager agrees, and a careful learner who knows the material loses the point (session 21,
end D14's m1 Q8). The same holds for "No more than 3 shows a day, unless the operations manager
approves a fourth" and "… except with the head teacher's approval".

The path is looked for in the rule's own sentence and the sentence right after it in the same item
(a path stated sections away is another rule's business). A flipped modality of such a rule is
never made (false_statements.false_statements) and refused from any writer
(plausible_flips.check_plausible_flips); a changed figure or a swapped role stays fair.
"""

from __future__ import annotations

import re

_ZH_PATH = re.compile(
    r"(?:如需|如确需|确需|如要|若需|若要|如果需要|特殊情况)[^。；;]{0,30}?(?:须|需|应|必须)?"
    r"(?:经|由|报)[^。；;]{1,15}?(?:同意|批准|审批|许可|授权|签字)"
    r"|经[^。；;，,]{1,15}?(?:同意|批准|审批|许可|授权)(?:后)?[^。；;]{0,4}?(?:方可|可以|可)"
    r"|除非"
)
"""「如需第3次卸油，须经站长同意」, 「经值班经理批准后方可」, 「除非…」."""
_EN_PATH = re.compile(
    r"\b(?:unless|except (?:with|by|when|if)"
    r"|with (?:the |a |an )?[\w'’ ]{0,30}?(?:approval|permission|consent|agreement|"
    r"authori[sz]ation)"
    r"|(?:needs?|requires?|must (?:have|get|obtain)) (?:the )?[\w'’ ]{0,30}?"
    r"(?:approval|permission|consent|authori[sz]ation)"
    r"|if (?:the |a |an )?[\w'’ ]{1,30}? (?:approves?|agrees?|allows?|authori[sz]es?|permits?))\b",
    re.IGNORECASE,
)
""""unless the operations manager approves a fourth", "with the duty manager's approval"."""
_ZH_END = re.compile(r"[。！？!?]")
_EN_END = re.compile(r"[.!?](?=\s|$)")


def permission_path(quote: str, material: str, zh: bool) -> str | None:
    """The words by which the material allows what the rule quoted as `quote` forbids, in the
    rule's own sentence or the next one of its item; None when it states no such path."""
    window = _rule_and_next(quote, material, zh)
    found = (_ZH_PATH if zh else _EN_PATH).search(window)
    return found.group() if found is not None else None


def _rule_and_next(quote: str, material: str, zh: bool) -> str:
    """The quote, the rest of its sentence and the sentence after it, within its line."""
    quote = quote.strip()
    at = material.find(quote) if quote else -1
    if at < 0:
        return quote
    line_end = material.find("\n", at)
    line = material[at : line_end if line_end >= 0 else len(material)]
    end = _ZH_END if zh else _EN_END
    # The rule's own sentence may close after the quote (a clause quoted alone): count the
    # sentence ends from the quote's last character on, and keep two of them.
    stops = [m.end() for m in end.finditer(line, max(0, len(quote) - 1))]
    return line[: stops[1]] if len(stops) > 1 else line
