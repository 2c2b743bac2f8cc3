"""Session 22 end trainer (P15), complaint-strong: the customer's first reply opened 「耽误？」, a
word the learner never used. An opening echo of words the learner never said is left out
(stale_echoes.py); an echo of what was said stays. Own scripts, real graph and real function."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.stale_echoes import without_stale_echo
from tests.support.practice import lines_after


async def test_no_echo_of_a_word_never_said(offline_context: FlowContext) -> None:
    apology = "李先生，实在不好意思，让您坐着干等了快一个钟头，是我们安排没做好，不是您的问题。"
    hers = await lines_after(offline_context, "complaint-handling", apology)
    assert "请了假" in hers[1], hers  # his answer to owning it
    assert not hers[1].startswith("耽误"), hers


async def test_echo_of_a_word_said_stays(offline_context: FlowContext) -> None:
    apology = "李先生，耽误您这么长时间，是我们安排没做好，实在对不起。"
    hers = await lines_after(offline_context, "complaint-handling", apology)
    assert hers[1].startswith("耽误？"), hers


@pytest.mark.parametrize(
    ("line", "said", "language", "kept"),
    [
        ("Parking? I'd rather not pay extra.", "Welcome, here is your key.", "en", False),
        ("Parking? I'd rather not pay extra.", "Parking is in the basement.", "en", True),
        ("抵用券？我还不一定再来呢。", "给您退款。", "zh", False),
        ("抵用券？我还不一定再来呢。", "送您一张抵用券。", "zh", True),
        # a figure she echoes is left to the figure rules (script_lines.py)
        ("退一百二？那还差不多。", "抛光费退给您。", "zh", True),
    ],
)
def test_echo_needs_the_learners_word(line: str, said: str, language: str, kept: bool) -> None:
    out = without_stale_echo(line, said, language)  # type: ignore[arg-type]
    assert (out == line) is kept, out
