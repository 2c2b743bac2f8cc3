"""Questions in form only: a complaint or a push said as a question wants no answer.

- A complaint in a question's form (道歉有什么用？, 凭什么收？, "What good is sorry?"): the customer
  says it; pressed to answer it again, she would read as a script (her_questions.py).
- A push in a question's form (还等什么呢, 有什么好犹豫的, "What are you waiting for?", 您还犹豫
  什么。 said flat): the learner says it to hurry her. It asks nothing about her, so it earns no
  question credit (phrases.question_starts reads no question), and set beside a boast ("没有哪家
  比我们更好，您还犹豫什么。") it argues with her choice (arguing.py). 您还犹豫什么呢？ asked with
  its mark may ask what still holds her back, and her doubt answers it (question_forms.py).

A question about her reason ("Can I ask why you'd want to leave?", 您还在犹豫哪方面？, 您还担心
什么？) is no push: its question word asks for something.
"""

from __future__ import annotations

import re
import unicodedata

COMPLAINT = re.compile(
    r"有什么用|有啥用|凭什么|难道|怎么能|怎么可以|何必|what's the point|what good is|how could you|"
    r"how dare|who do you think|why would i"
    # an outburst at what was said: 你这是什么话？, 你这话什么意思？, "What's that supposed to
    # mean?" (session 21, cmp-pushy: the report named 你这是什么话？ as never answered)
    r"|[你您]这(?:是|叫)?(?:说的)?(?:什么|啥)话|[你您](?:这|说这)?话(?:是)?(?:什么|啥)意思"
    r"|[你您]这是(?:什么|啥)意思|what's that supposed to mean|how can you say (?:that|such)"
    # a rebuke of a digression: 你扯别的干什么？, 这些跟我的事有什么关系？
    r"|扯[^，,。？?]{0,4}干(?:什么|嘛|啥)|(?:说|讲|聊)这些干(?:什么|嘛|啥)"
    r"|(?:跟|和)(?:我|这)[^，,。？?]{0,6}有(?:什么|啥)关系"
    r"|what(?:'s| has| does) (?:that|this) (?:got )?(?:to do|have to do) with",
    re.IGNORECASE,
)
"""A complaint or an outburst in a question's form (道歉有什么用？, What good is sorry?,
你这是什么话？)."""
PUSH = re.compile(
    r"还等(?:个|些)?(?:什么|啥)(?!时候)|还?有(?:什么|啥)(?:好|可)(?:犹豫|纠结)的|何乐而不为"
    r"|\bwhat are you waiting for\b|\bwhat more could you (?:want|ask)\b"
    r"|\bwhy would you (?:ever |even )?(?:want to )?(?:go|look|switch) anywhere else\b",
    re.IGNORECASE,
)
"""A push in a question's form whatever its mark: it hurries her, it asks her nothing."""
HESITATION = re.compile(r"还(?:在)?(?:犹豫|纠结)(?:个|些)?(?:什么|啥)")
"""您还犹豫什么: a push said flat (。), a question about her doubts asked (您还犹豫什么呢？,
question_forms.py), and a push either way beside a boast (arguing.py)."""
PUSH_FORM = re.compile(f"{PUSH.pattern}|{HESITATION.pattern}", re.IGNORECASE)
"""Every push form, whatever the sentence ends on."""
_ASKED = re.compile(r"[?？]\s*$")


def rhetorical(sentence: str) -> bool:
    """The sentence is a question in form only: a complaint or a push (see the module
    docstring)."""
    text = unicodedata.normalize("NFKC", sentence)
    return bool(COMPLAINT.search(text) or pushes(text))


def pushes(sentence: str) -> re.Match[str] | None:
    """Where the sentence pushes her in a question's form (您还犹豫什么。), if it does."""
    text = unicodedata.normalize("NFKC", sentence)
    return PUSH.search(text) or (None if _ASKED.search(text) else HESITATION.search(text))
