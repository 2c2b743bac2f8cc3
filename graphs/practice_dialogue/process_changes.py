"""A change the business makes to how it works, told to her: a step for next time.

「我会跟医生和排班的同事一起把流程改掉」, 「回去就把叫号的办法改一改」, 「我们会调整排班方式」,
"we'll change how we book these visits", "I'm going to fix the way we schedule engineers": the
way of working is changed, so it holds for every later visit, though no 以后 or "next time" is
said. A change of hers ("您把时间改一下") or of the bill ("把费用改掉") changes no way of working.
Read as a cue family of the improvement point (cue_families.py) and as a step for next time
(unmade_points.FROM_NOW_ON).
"""

from __future__ import annotations

import re

from graphs.exams import Language

WAYS: dict[Language, str] = {
    "zh": r"(?:流程|制度|办法|方式|做法|规矩|规定|机制|系统|排班|叫号|预约(?:的)?(?:安排|方式|办法)|安排方式)",
    "en": r"(?:how we|the way (?:we|our)|our (?:process|procedure|system|rota|booking|scheduling)"
    r"|the (?:process|procedure|system|rota))",
}
"""A way of working, the business's: 流程, 排班, "how we…", "our process"."""
PROCESS_CHANGE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"(?:把|将)[^，,。；;！!？?您你]{{0,10}}{WAYS['zh']}[^，,。；;！!？?]{{0,3}}"
        r"(?:改|调整|完善|优化|理顺|重新(?:排|定|安排|梳理))"
        rf"|(?:改进|改善|调整|完善|优化|梳理)(?:一下)?[^，,。；;！!？?您你]{{0,4}}?{WAYS['zh']}"
    ),
    "en": re.compile(
        r"\b(?:we'll|we will|we're going to|we are going to|i'll|i will|i'm going to|i am going to)"
        r" (?:\w+ )?(?:change|fix|review|improve|rework|sort out|look at)\b[^.;!?]{0,12}?"
        + WAYS["en"],
        re.IGNORECASE,
    ),
}
"""The business changing its own way of working (module docstring)."""
