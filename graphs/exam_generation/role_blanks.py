"""A fill-in keyed by a word for any member of staff, in a material that names posts.

「交付时____须为顾客调整镜架」 keyed 店员 (session 19 end designer D12, m1 Q10): 店员 names whoever
works in the shop, so 验光员, a post the same material names, fits the blank as naturally, and
the learner cannot tell which one the rule meant. A staff word (店员, 员工, 工作人员, staff,
employees: `STAFF_WORDS`) is a key only where the material names no person's post beside it; a
post (验光员, duty engineer) is a key as before. `check_role_key_distinct` judges every fill-in,
whoever wrote it (through blanks.check_blank_cuts_word: a key that does not pin its blank).
"""

from __future__ import annotations

from graphs.exams import Language, Question
from graphs.text.document import analysed
from graphs.text.facts import facts_for
from graphs.text.word_class import semantic_kind

STAFF_WORDS = frozenset(
    {
        "店员", "员工", "职员", "工作人员", "服务人员", "门店员工", "全体员工", "本店员工",
        "staff", "staff member", "staff members", "employee", "employees", "team member",
        "team members", "colleague", "colleagues", "worker", "workers", "personnel",
    }
)  # fmt: skip
"""Words for whoever works there, not for one post."""


def _posts(material: str, language: Language) -> frozenset[str]:
    """The persons' posts the material's facts name (验光员, duty engineer), staff words aside."""
    return frozenset(
        anchor.text
        for fact in facts_for(analysed(material))
        for anchor in fact.anchors
        if anchor.role == "role"
        and not anchor.text.lower().endswith(tuple(STAFF_WORDS))  # 门店员工, 货时店员 misread
        and semantic_kind(anchor.text, language) == "role"
    )


def check_role_key_distinct(question: Question, material: str, language: Language) -> list[str]:
    """A fill-in's key is no staff word where the material names a post that fits the blank."""
    if question.type != "fill_blank" or not material:
        return []
    staff = [key for key in question.answer if key.strip().lower() in STAFF_WORDS]
    if not staff:
        return []
    posts = sorted(_posts(material, language))
    if not posts:
        return []
    return [
        f"the fill-in's key {staff[0]!r} names any member of staff, and the material's post "
        f"{posts[0]!r} fits the blank as naturally: blank a post, or ask another term"
    ]
