"""Her surprise at a word she has heard before: an echo that is news only once.

Many of her lines open with an echo of the learner's word ("A suite? What's different about it?",
「抵用券？我还不一定再来呢」): the surprise of hearing it. Said after the learner has talked about
it for turns, the echo reads as if she had not been listening ("A suite?" after six turns of suite
talk). An opening echo whose every content word the learner said in an earlier turn (before the
latest) is left out when the line says something after it; a word first said in the latest turn
keeps its echo ("Tonight? Okay, let's do it." to "or just try it tonight?").

An echo of a word the learner never said is no echo: 「耽误？我下午专门请了假…」 to an apology that
never said 耽误 (session 22 trainer P15, complaint-strong) puts a word in the learner's mouth. An
opening echo none of whose content words (and no figure) the learner has said is left out too.
A word of her own stance that opens her line ("Honestly? The speed in the evening is dreadful")
is no echo at all (`her_own`, read by its word class): it stays, heard or not.
"""

from __future__ import annotations

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.subject import content_words, shared_words
from graphs.text.word_class import word_class

ECHO_MAX = {"zh": 6, "en": 4}
"""Characters (zh) or words (en) an echo holds at most: 「耽误？」, "A suite?". A longer question with
no question word is a question of her own (「你们是不是都这么开场的？」 lost its first sentence)."""


def her_own(sentence: str, language: Language) -> bool:
    """An opening question that carries no word of anyone's talk to echo: a word of her own
    stance ("Honestly?", "Frankly?", 「其实？」) or a set phrase (「说实话？」) prefaces what she says
    next, whoever said what before. Read by its word class (graphs/text/word_class.py: an adverb,
    an idiom, a particle), where an echo repeats a thing, an act or a quality ("A suite?",
    「耽误？」, "Cheaper?") or a figure."""
    return word_class(sentence.rstrip("?？").strip(), language) in ("adv", "other")


def _echo(sentence: str, language: Language) -> bool:
    """A sentence that only repeats words with a question mark ("A suite?", "退一百二？")."""
    size = len(sentence.rstrip("?？")) if language == "zh" else len(sentence.split())
    return (
        sentence.endswith(("?", "？"))
        and size <= ECHO_MAX[language]
        and question_starts(sentence) in (None, len(sentence))
    )


def without_stale_echo(text: str, learner_said: str, language: Language) -> str:
    """The line without an opening echo of words the learner said before the latest turn, or
    never said at all.

    `learner_said` is the learner's turns so far, a turn a line (the latest last)."""
    said = sentences(text)
    if len(said) < 2 or not _echo(said[0], language) or her_own(said[0], language):
        return text
    words = content_words(said[0], language)
    if not words:
        return text
    everything = learner_said if language == "zh" else learner_said.lower()
    unheard = not shared_words(words, everything, language) and not figures(said[0], language)
    earlier = "\n".join(learner_said.splitlines()[:-1])
    heard = earlier if language == "zh" else earlier.lower()
    if not unheard and (not earlier or shared_words(words, heard, language) != words):
        return text
    # the echo ends at the line's first question mark (sentences() are NFKC: keep her marks)
    ends = [at for at in (text.find("?"), text.find("？")) if at >= 0]
    rest = text[min(ends) + 1 :].lstrip()
    if not rest:
        return text
    return rest[0].upper() + rest[1:] if rest[0].isascii() else rest
