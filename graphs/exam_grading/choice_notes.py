"""Why a choice or true/false answer lost its marks, as the learner reads it beside her answer.

A teacher writes the reason next to a crossed-out choice, not only the right key: 你的答案：A 10℃
（错选）. The note says which kind of miss it is, in the exam's language:
- a wrong option chosen (错选 / "a wrong option");
- an option's letter with another option's text, or with text no option has ("D. 20℃" where D is
  15℃ and 20℃ is B): the letter and the text disagree, and which option each one is (session 21
  end teacher T14: "D. 20℃" got "正确答案：D 15℃" and no reason);
- a figure that is the figure of several options ("20" for 20升 and 20分钟): which ones;
- anything else no option is ("E", "不知道"), and the options there are;
- more than one key on a single choice;
- a multiple choice's keys missed or wrongly chosen, with what that costs (grading_policy.py).
A multiple choice whose options each test a rule names them with their rules instead
(choice_rules.py), and a true/false answer's note needs no word beside 你的答案：错；正确答案：对,
unless the learner wrote neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_grading.answers import LETTERED, UNREADABLE_MARK, figure_options, option_of
from graphs.exam_grading.grading_policy import MultipleChoicePolicy, policy_words
from graphs.exams import Language, Question

_BY_KEY = ("single_choice", "multiple_choice", "true_false")


def choice_why(
    question: Question,
    response: Sequence[str],
    language: Language,
    policy: MultipleChoicePolicy = "partial",
) -> str:
    """The reason a choice or true/false `response` (as answers.py reads it) earned less than
    full marks; empty when it is right or unanswered, or the keys beside it say it all."""
    if not response or question.type not in _BY_KEY:
        return ""
    english = language == "en"
    if response[0].startswith(UNREADABLE_MARK):
        written = response[0].removeprefix(UNREADABLE_MARK)
        if question.type == "true_false":
            return "says neither true nor false" if english else "没有写对或错"
        return _unread(question, written, english)
    if question.type == "true_false":
        return ""
    expected = {k.upper() for k in question.answer}
    chosen = [k.upper() for k in response]
    if question.type == "single_choice":
        if len(chosen) > 1:
            return "a single choice takes one option" if english else "单选题只能选一项"
        return "" if chosen[0] in expected else ("a wrong option" if english else "错选")
    wrong = [k for k in chosen if k not in expected]
    missed = sorted(expected - set(chosen))
    return policy_words(wrong, missed, policy, language)


def read_by_figure(question: Question, written: object, response: Sequence[str]) -> bool:
    """Whether the learner wrote only the figure of the one option her answer was read as ("20"
    read as D 20升): the note then says it was marked as that option."""
    return (
        isinstance(written, str | int | float)
        and not isinstance(written, bool)
        and len(response) == 1
        and figure_options(question, str(written)) == [response[0].upper()]
    )


def _unread(question: Question, written: str, english: bool) -> str:
    """Why `written` is no option: a letter whose text is another option's or none, a figure of
    several options, or nothing of the options at all."""
    texts = {o.key.upper(): o.text for o in question.options}
    lettered = LETTERED.match(written)
    if lettered and (letter := lettered[1].upper()) in texts:
        said = lettered[2].strip()
        other = option_of(question, said)
        if english:
            what = f"option {other}'s text" if other else "the text of no option"
            return (
                f"letter {letter} is '{texts[letter]}', but '{said}' is {what}: "
                "the letter and the text disagree"
            )
        what = f"是选项{other}的内容" if other else "不是任何选项的内容"
        return f"字母{letter}是“{texts[letter]}”，写的“{said}”{what}，字母和内容不一致"
    if len(keys := figure_options(question, written)) > 1:
        named = ", ".join(keys) if english else "、".join(keys)
        if english:
            return f"'{written}' is the figure of options {named}: which one is not clear"
        return f"“{written}”是选项{named}共有的数字，看不出选的是哪一项"
    options = (", " if english else "、").join(texts)
    if english:
        return f"no option of this item; its options are {options}"
    return f"不是本题的选项，本题选项为{options}"
