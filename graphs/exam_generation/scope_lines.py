"""Lines a material states that are no rule: whom it is for, and advice on using it.

The shortfall note counts and quotes the rules an exam leaves untested (assembly.unused_rules,
unread_rules.py). A scope line (「适用于：上海嘉定冷链仓全体收货员、叉车司机、质检员」, "These terms
apply to all students, parents and guardians.", "For sales advisers and installation crews.") says
whom the document binds, and a line of advice about the document itself ("Quote them
accurately.", 「请熟记以上规定」) says how to use it: neither is a rule of the trade a trainee is
tested on. Quoted as untested rules, they told the trainer the exam had missed something it had
not (session 18 end designer D11, m1-m4), and they made the count of rules read wrong.

`is_no_rule` names both, in either language. A rule that merely applies to someone ("The limit
applies to all claims.", 「押金适用于所有会员」) is a rule: a scope line opens with the scope, or
names the document, and holds no figure and no duty of its own.
"""

from __future__ import annotations

import re

_FIGURE = re.compile(r"\d")
_ZH_SCOPE = re.compile(
    r"^(?:本(?:规程|规定|制度|办法|手册|须知|条款|指南|流程|细则|守则)?)?"
    r"(?:适用(?:于|范围|对象|人员)|使用(?:范围|对象))"
)
_ZH_DUTY = re.compile(r"须|必须|不得|严禁|禁止|应当|不准|可以")
_ZH_ADVICE = re.compile(
    r"^(?:请)?(?:熟记|牢记|记住|准确(?:引用|解释|转述|告知)|认真(?:学习|阅读)|遵照执行)"
    r"(?:以上|上述|本|这些)?"
)
_DOCUMENT = (
    r"(?:terms|rules|procedures?|polic(?:y|ies)|FAQ|guide|handbook|manual|document|conditions"
    r"|answers|points|notes)"
)
_EN_SCOPE = re.compile(
    rf"^(?:(?:These|This|The|Our)\s+(?:[A-Za-z-]+\s+)?{_DOCUMENT}\s+(?:apply|applies|is|are)"
    r"\s+(?:to|for)\b"
    r"|(?:For|Applies to|Intended for|Written for)\s+(?:all|every|the|our)?\b)",
    re.IGNORECASE,
)
_EN_ADVICE = re.compile(
    r"^(?:Please\s+)?(?:Quote|Read|Know|Learn|Remember|Follow|Explain|Study)\s+"
    rf"(?:(?:these|this|the above)\b|all\s+(?:these\s+|the\s+)?{_DOCUMENT}\b|them\b)",
    re.IGNORECASE,
)
_EN_VERB = re.compile(
    r"\b(?:must|may|should|shall|can|cannot|will|is|are|be|pay|pays|paid|get|gets|need|needs"
    r"|has|have|keep|keeps|take|takes|receive|receives|charge|charged|allowed)\b",
    re.IGNORECASE,
)


def is_no_rule(text: str, language: str) -> bool:
    """Whether the line says whom the material is for, or advises on using the document itself,
    rather than stating a rule a trainee is tested on."""
    line = text.strip().lstrip("#*-• ").strip()
    if language == "zh":
        if _ZH_ADVICE.match(line):
            return True
        head = line.split("：", 1)[0].split(":", 1)[0]
        scoped = _ZH_SCOPE.match(line) is not None
        # 「适用于：…全体收货员」 names people, no duty; 「本制度适用于…」 is the document's scope.
        return scoped and not _FIGURE.search(line) and not _ZH_DUTY.search(line[len(head) :])
    if _EN_ADVICE.match(line) and not _FIGURE.search(line):
        return True
    scope = _EN_SCOPE.match(line)
    if scope is None or _FIGURE.search(line):
        return False
    if line.lower().startswith(("for ", "applies to", "intended for", "written for")):
        # "For all plot holders and site wardens." names people only; "For a half plot, rent is
        # 60 pounds." opens a rule.
        return _EN_VERB.search(line) is None and "," not in line
    return True
