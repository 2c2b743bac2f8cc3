"""How the delivered true/false items are made false, and whether their surface tells the answer.

Session 16 designer D9: six of fourteen true/false items were a must-rule flipped into 无须 /
"need not", and every one was false, so a learner who answers "false" to any 无须 scores without
knowing the material. Two figures over a set of exams:

- the false items by the change that made them (`number`, `term swap`, `modality`, `condition`:
  an exception reversed, `who may`: an "only" lifted), found again by the engine's own builders
  (graphs/exam_generation/change_kinds.py);
- of the items whose statement carries a word a modality flip writes (无须 / need not; 可以 /
  may), the share that are false: near 100% means the word alone gives the key.

Figures only; nothing is asserted here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from graphs.exam_generation.change_kinds import change_kind, surface_of
from graphs.exam_generation.material import Material
from graphs.exam_generation.prose import statement_of
from graphs.exams import Exam, Language
from graphs.text import analyse

KINDS = {
    "figure": "number",
    "swap": "term swap",
    "modality": "modality",
    "exception": "condition",
    "who_may": "who may",
}


@dataclass
class FalseKinds:
    """Counts over a set of exams."""

    kinds: Counter[str] = field(default_factory=Counter)
    """False true/false items by the change that made them (`other`: not matched)."""
    surfaces: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Items whose statement carries flip words, by (class, answer)."""

    def add(self, exam: Exam, text: str, language: Language) -> None:
        """Count one exam's true/false items, made from `text`."""
        items = [q for q in exam.questions if q.type == "true_false"]
        if not items:
            return
        material = Material.of(analyse(text), language)
        for item in items:
            statement, answer = statement_of(item.stem), item.answer[0]
            surface = surface_of(statement)
            if surface is not None:
                self.surfaces[(surface, answer)] += 1
            if answer == "false":
                kind = change_kind(statement, item.source_quote, material)
                self.kinds[KINDS.get(kind or "", "other")] += 1

    def lines(self) -> list[str]:
        """The figures, a few lines for the bench's output."""
        total = sum(self.kinds.values())
        if not total:
            return ["false true/false items: none"]
        shares = ", ".join(
            f"{name} {self.kinds[name]} ({self.kinds[name] / total:.0%})"
            for name in (*KINDS.values(), "other")
            if self.kinds[name]
        )
        lines = [f"false true/false items by change, {total} in all: {shares}"]
        for surface, words in (("dispensation", "无须/need not"), ("permission", "可以/may")):
            false = self.surfaces[(surface, "false")]
            carrying = false + self.surfaces[(surface, "true")]
            share = f" ({false / carrying:.0%} false)" if carrying else ""
            lines.append(f"items carrying {words}: {carrying}, {false} of them false{share}")
        return lines
