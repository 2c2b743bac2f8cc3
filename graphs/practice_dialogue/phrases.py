"""The phrase families the evaluator hears, in both languages: empathy, apology, acknowledgement,
greetings, farewells and questions. Pressure ("you should really upgrade") is pressure.py's,
re-exported here.

Reassurance words (放心, 别担心, don't worry) are in no family: they say nothing about the
customer's feeling and are just as at home in a refusal ("这个钱您放心，我们一分都不会退"). A bare
确实 is no acknowledgement either ("这个卡确实是3980" states a price); 确实不便宜 is.

Empathy includes the customer's situation said for her (SITUATION: 换我也得火大, 白跑一趟, 搁谁
身上, "you must be shattered", "long drive"): a trainer's textbook empathy, never a filler. SERVICE
lines ("how can I help", "I'll set that up", "do you want to think about it") are on topic though
they make no point.

A family is a list of phrases; a scenario's `phrases` adds the author's synonyms to the first three
(`families(scenario)`), and her trouble called by a feeling word is empathy (feeling_words.py). Matching and negation are signals.py's: "我不理解" is no empathy, "非常理解"
and "别担心，我明白" are.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.practice_dialogue.feeling_words import exclaims, feeling_phrases
from graphs.practice_dialogue.indirect_asks import indirect_ask_start, wished_to_know
from graphs.practice_dialogue.pressure import PUSHY as PUSHY
from graphs.practice_dialogue.pressure import pressure_in as pressure_in
from graphs.practice_dialogue.rhetorical import pushes
from graphs.scenarios import Scenario

Family = str
"""`empathy`, `apology` or `acknowledgement`."""

_FEELING_WORDS = (
    "理解",
    "明白您",
    "能体会",
    "体谅",
    "换作是我",
    "换成是我",
    "换位思考",
    "您的心情",
    "您的感受",
    "您的顾虑",
    "您的担心",
    "辛苦",
    "不容易",
    "心疼",
    "肉疼",
    "确实让人",
    "i understand",
    "completely understand",
    "totally understand",
    "understandable",
    "i can see why",
    "i hear you",
    "i hear what you",
    "i know how",
    "must be frustrating",
    "frustrating",
    "that must be",
    "i'd feel the same",
    "i would feel the same",
    "sounds like",
    "no wonder",
    "you must be tired",
    "after a long",
    # her trouble called what it is ("That's annoying, especially with work calls"): not "so
    # annoying" or "annoying" alone, which can be said of her; more in feeling_words.py
    "that's really annoying",
    "must be annoying",
    "that's a pain",
    "what a pain",
)
SITUATION = (
    # empathy phrased as her situation, not as a feeling word (a trainer's textbook empathy);
    # never a filler: it speaks of her even without 您/you
    "换我也",
    "换了我",
    "换成我",
    "换谁",
    "搁谁",
    "谁遇到",
    "谁碰上",
    "白跑",
    "白等",
    "等这么久",
    "等了这么久",
    "等那么久",
    "等了那么久",
    "白请",
    "白来",
    # her worry named as hers (您担心坚持不下来的话…); 别担心/不用担心 reassure, and stay out
    "您担心",
    "您是担心",
    "你担心",
    "您会担心",
    "you're worried",
    "you are worried",
    "you're concerned",
    "you must be shattered",
    "you must be exhausted",
    "you must be worn out",
    "you must be fed up",
    "i'd be fed up",
    "i'd be annoyed",
    "i'd be upset",
    "long drive",
    "after that drive",
    "after the drive",
    "heard promises before",
)
SOOTHING = (
    # her anger soothed, said to her (您先消消气): warmth a complainant hears in a turn on her
    # matter, counted for the empathy criterion (evaluation.py); in no family, so it makes no
    # point of understanding her and no small talk on topic ("您消消气嘛，喝点茶"). 放心, 别担心
    # and 别着急 stay out (see above), and so do 别生气 and 别上火: they tell her not to feel
    # what she feels, a command, no acknowledgement; "calm down" in English inflames
    "消消气",
    "先消气",
    "消消火",
    "息怒",
)
EMPATHY: tuple[str, ...] = (*_FEELING_WORDS, *SITUATION)
APOLOGY = (
    "抱歉",
    "对不起",
    "对不住",
    "过意不去",
    "不好意思",
    "道歉",
    "给您添麻烦",
    "让您久等",
    "让您受累",
    "是我们的失误",
    "致歉",
    "歉意",
    "赔不是",
    "赔个不是",
    # owning the fault is the apology a complainant hears (是我们的失误 above, "our mistake")
    "我们的责任",
    "我们的疏忽",
    "怪我们",
    "我们的错",
    "我们没做好",
    "做得不到位",
    "our fault",
    "our responsibility",
    "that's on us",
    "we got that wrong",
    "we got it wrong",
    "we dropped the ball",
    "sorry",
    "apologise",
    "apologize",
    "apologies",
    "my apologies",
    "our mistake",
    "my mistake",
)
ACKNOWLEDGEMENT = (
    "您说得对",
    "您说得有道理",
    "有道理",
    "确实不便宜",
    "确实不是小数目",
    "确实贵",
    "确实不少",
    "不是小数目",
    "不是一笔小钱",
    "不是小钱",
    "确实让您",
    "确实是我们",
    "我懂",
    "是我们的问题",
    "责任在我们",
    "感谢您的反馈",
    "谢谢您告诉",
    "明白了",
    "我明白",
    "understood",
    "you're right",
    "you are right",
    "fair point",
    "that's fair",
    "good point",
    "makes sense",
    "that makes sense",
    "thanks for telling",
    "thank you for telling",
    "thanks for letting",
    "i appreciate",
    "appreciate that",
    "fair enough",
    "i get it",
    "i totally get",
    "i completely get",
    # the doubt conceded honestly: "I won't pretend we're cheaper"
    "won't pretend",
    "not going to pretend",
    "can't pretend",
    "不瞒您说",
)
SERVICE = (
    "有什么可以帮您",
    "有什么能帮您",
    "我来帮您办",
    "我帮您办",
    "我来安排",
    "how can i help",
    "what can i do for you",
    "i'll set that up",
    "i'll set it up",
    "i'll sort that",
    "i'll sort it",
    "let me set that up",
    "no problem",
    "think about it",
    "take your time",
    # the business closed and its papers sent ("you're all set, I'll email the paperwork over")
    "办妥了",
    "都办好了",
    "发到您",
    "发给您",
    "all sorted",
    "that's sorted",
    "all set",
    "i'll email",
    "i'll send",
)
"""Ordinary service lines (an offer of help, "I'll set that up", "do you want to think about
it?", "that's all sorted, I'll email it over"): on topic, though they make no point."""
GREETINGS = (
    "您好",
    "你好",
    "欢迎",
    "我是",
    "hello",
    "hi",
    "good morning",
    "good afternoon",
    "good evening",
    "welcome",
    "my name is",
)
"""A greeting or self-introduction: not small talk (it is how a conversation starts), not a point
either unless the scenario makes it one."""
_FAREWELLS_ZH = ("谢谢", "感谢", "再见", "慢走", "回见", "拜拜", "祝您")
_FAREWELLS_EN = ("thank you", "thanks", "bye", "goodbye", "see you", "take care")
_WISHES_EN = ("have a good", "have a great", "have a lovely", "have a nice", "have a pleasant")
FAREWELLS = (*_FAREWELLS_ZH, *_FAREWELLS_EN, *_WISHES_EN, "good night", "enjoy your", "cheers")
"""Thanks and goodbye words, 祝您 (祝您入住愉快) and "have a pleasant stay" among them."""
LEAVING_FILLERS = ("好的", "这样", "那就", "今天", *"好行那您你先了吧啊哈就")
"""Words around a goodbye that say nothing more ("好的，那您慢走"): with at most one character or
word besides them, the turn only takes leave."""

_SEE_YOU_ON = re.compile(r"(?:周.|星期.|礼拜.|明天|后天|下次|回头|到时候?|改天|待会儿?|一会儿?)见")
"""周六见, 明天见: a goodbye that names when they meet again."""

QUESTION_WORDS = (
    "吗",
    "什么",
    "怎么",
    "哪",
    "多少",
    "啥",
    "咋",
    "多久",
    "几时",
    "几点",
    "几次",
    "几个",
    "几天",
    "是否",
    "有没有",
    "能不能",
    "可不可以",
    "为什么",
    "如何",
    "方便说",
    "您觉得",
    "您看",
)
ENGLISH_QUESTION_START = re.compile(
    r"^\s*(what|how|which|why|when|where|who|do|does|did|are|is|can|could|would|will|have|may|"
    r"shall)\b",
    re.IGNORECASE,
)
ENGLISH_INVERSION = re.compile(
    r"\b(?:do|does|did|would|could|can|will|shall|are|is|have)\s+(?:you|i|we)\b(?!.*\.$)",
    re.IGNORECASE,
)
"""A question inside a sentence, asked without a question mark ("ok so do you want it or not")."""


def farewell_in(sentence: str) -> bool:
    """True when the sentence thanks or says goodbye (谢谢您, 周六见, see you, enjoy your stay)."""
    return bool(farewell_words(sentence))


def farewell_words(sentence: str) -> list[str]:
    """The thanks and goodbye words of the sentence, as said (再见, 周六见, goodbye)."""
    text = unicodedata.normalize("NFKC", sentence).lower()
    found = [m.group(0) for m in _SEE_YOU_ON.finditer(text)]
    return found + [
        word
        for word in FAREWELLS
        if any(
            not _ASKED_HAVE.search(text[: m.start()])
            for m in re.finditer(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text)
        )
    ]


_ASKED_HAVE = re.compile(
    r"\b(?:did|do|does|will|would|could|can|didn't|don't)\s+(?:you|they|we)\s*$"
)
"""A question's auxiliary and subject: "Did you have a good journey in?" takes no leave of her."""


def families(scenario: Scenario) -> dict[Family, tuple[str, ...]]:
    """The shipped families with the scenario author's synonyms added."""
    extra = scenario.phrases
    return {
        "empathy": (*EMPATHY, *extra.empathy, *feeling_phrases(scenario.language, extra.feelings)),
        "apology": (*APOLOGY, *extra.apology),
        "acknowledgement": (*ACKNOWLEDGEMENT, *extra.acknowledgement),
    }


_INDEFINITE_AFTER = re.compile(r"^[^，,。；;！!？?]{0,6}[都也]")
"""什么时候都可以, 哪儿都行: a question word followed by 都/也 in its clause means "any"."""
_EMBEDDING_BEFORE = re.compile(
    r"(?:说|保证|打包票|知道|确定|清楚|管|研究|商量|讨论)[^，,。；;！!？?]{0,8}$"
)
"""我不跟您打包票说一定能瘦多少, 我们会研究一下怎么处理: a question word after a verb of
saying, knowing or deliberating, in a sentence that does not end as a question, is an indirect
question inside a statement."""


def _indefinite(text: str, at: int, word: str, *, statement: bool) -> bool:
    """The question word at `at` asks nothing: "any" (什么时候都可以) or embedded in a statement."""
    if word == "吗":
        return False
    after = text[at + len(word) :]
    if _INDEFINITE_AFTER.match(after):
        return True
    if text[:at].endswith(("没有", "没")):
        return True  # 没有哪家比我们更好, 没什么问题: "no one", "nothing" (有没有 asks itself)
    if (
        statement
        and word.startswith("几")
        and text[:at].endswith(("不了", "不到", "过", "前", "好", "这"))
    ):
        return True  # 开不了几个月就跑路了, 过几个月: "a few", asked of no one
    if statement and word in after[:8]:
        return True  # 想来几次来几次, 要多少给多少: "as many as you like"
    if wished_to_know(text[:at]):
        return False  # 我想知道您为什么…: a wish to know asks (indirect_asks.py)
    return statement and bool(_EMBEDDING_BEFORE.search(text[:at]))


def question_starts(sentence: str) -> int | None:
    """Where a question's asking begins (its first question word), or None for a statement.

    A question word that means "any" (什么时候都可以, 哪天都行) or "none" after 没有 (没有哪家比
    我们更好), or sits inside a statement after a verb of saying or knowing (我不跟您
    打包票说一定能瘦多少。) asks nothing; nor does a push in a question's form (还等什么呢？,
    "What are you waiting for?": rhetorical.py).

    A negation before that point denies ("我不理解您为什么…"); one after it is part of what is
    asked ("您以前为什么没坚持下来？").
    """
    text = unicodedata.normalize("NFKC", sentence)
    if pushes(text):  # 您还犹豫什么？ hurries her, it asks nothing (rhetorical.py)
        return None
    if ENGLISH_QUESTION_START.match(text) and not exclaims(text):  # "How annoying!" asks nothing
        return 0
    if inverted := ENGLISH_INVERSION.search(text):  # typed without "?": "ok so do you want it"
        return inverted.start()
    if (wished := indirect_ask_start(text)) is not None:  # "I'd love to understand why…"
        return wished
    statement = not re.search(r"[?？吗呢]\s*$", text.rstrip("。.!！ "))
    found = [
        at
        for word in QUESTION_WORDS
        if (at := text.find(word)) >= 0 and not _indefinite(text, at, word, statement=statement)
    ]
    if found:
        return min(found)
    if text.rstrip().endswith("?"):
        return len(text)
    return None
