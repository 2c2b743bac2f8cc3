"""Fill-in matching: is one blank's answer the expected one, as a teacher would mark it?

The rules, in order, for each alternative of the key (alternatives are separated by `|`):
1. A key that holds a quantity (a number, with or without a unit) is matched as numbers with units
   (graphs/text/quantities.py): the answer must hold the same quantity, value and unit, converting
   between units of one dimension (2小时 = 两个小时 = 2h = 120分钟), and no other figure. No fuzzy
   string match for numbers, ever: 12小时 and 20小时 are wrong for 2小时.
   - When the stem prints the unit right after the blank (read by blank_frame.py) ("____小时内", "____点"), a bare number
     takes that unit, on the key's side and the answer's; so it does where the stem prints the
     key's partner figure bare before the blank ("40 by ____", key 30 cm: "30" is 30 cm); an hour takes the half-day word printed
     before the blank unless it has its own ("晚上____点": 21 and 9点 are 晚上9点, 10 is not).
   - Otherwise a bare number with the key's value is half right: the figure is known, the unit is
     not (the learner may have meant 2 days for 2 hours); a count's measure word is no unit
     ("10" for 10件, "3" for 3人 are right), nor is an English key's counted noun ("6" for "6
     students": counted_nouns.py); where the words before the blank ask a sum ("costs ____") the
     key's currency is the one unit possible and a bare figure is full (blank_frame.py). A bare
     key takes any unit the learner adds ("18 years" for 18).
   - Misspelt English number words ("elevn pm") are read as the number they are one letter from.
   - Where the key is a date (5日), 5号 and 五号 are that date; the same number in another unit
     is "the wrong unit" (5天 for 5小时), not "a different figure".
   - An answer that adds a bound opposite to the key's or the stem's around the blank is wrong
     ("1小时以上" where the stem says "在____内"); the same bound again ("三秒内") is fine; a lower
     bound where neither the key nor the stem sets one earns half (1小时以上 for "加工时间为____").
   - Figures of another kind beside the key's are context ("一天两次" for "每天2次"); the key's own
     words beside its figures (每天, 以上) must be in the answer too, and not their antonym.
2. Otherwise words: equal once width, case, spacing and punctuation are folded; or equal once the
   synonyms of graphs/exam_grading/synonyms.yaml are folded to one term (客户 = 顾客, money back =
   refund, 贵重东西 = 贵重物品), or the key's head named by a noun of its kind (过期药物 for 过期药品:
   word_forms.same_kind_head; its one-character head said in full, 窑炉操作资格证 for 窑炉操作证: full_head; not a blanket fuzzy match, which would pass 现金余额 for 现金差额), English words compared as lemmas through those groups (authorised = approved), or by
   a leading measure word (个月 = 月), or the key's abbreviated modifier written out (同一岗位的救生员
   for 同岗救生员: word_forms.expands_abbreviation); 这/那 with a measure word before the key is
   its article (那层保护膜 for 保护膜); never when the answer differs by a listed antonym (线上/线下,
   online/offline, 必须/不得), by a negation (可以/不可以) or by a negative prefix (unapproved,
   非直营); a staff role named more narrowly (shift supervisor for supervisor, 值班经理 for 经理;
   never another rank: assistant, 副; roles.py); a Chinese key's head noun alone earns half
   (意见 for 个人意见: the thing, not which one); and a near miss (rapidfuzz ratio ≥ FUZZY_RATIO) only for answers
   of at least FUZZY_MIN_CHARS characters. A key said otherwise by rule (modifier_words.py): a
   modifier's near word before the same head (防火器材 for 消防器材, "medicine fridge"), the short
   form (车牌 for 车辆牌照), a role clipped of 员 (收银) or without where it works (司机 for
   冷藏车司机, "porter" for "hotel porter"), the employer's name added (公司工牌), the key and another
   person (full where the words beside the blank name that person, else half).
   A key of Chinese characters whose numeral is part of a word (四周, all around) is read as a word
   where the answer holds no figure; English figures said in words are figures ("a week", "an
   hour", "double": figure_words.py); working days said as days earn half (3 days for 3 working
   days), the other way round nothing; one month for 30 or 31 days earns half (a_month.py), any
   other span in months for days, or in days for months, nothing (same_figures.months_as_days).
One span of time is read said one way on both sides first (period_wording.py: 一学期 = 一个学期
= 一整个学期, 一年 = 一整年, "a term" = "one full term"; 两个学期 stays two). The key with or without
its word for the work (维保负责人 for 维保作业负责人: work_words.py) is the key; an English answer a
whole word shorter or longer than the key ("door supervisor" for "head door supervisor") is no
near miss, its strings however close.
A bracketed translation beside the answer and an alternative the learner names and turns down
("2小时(听说有的是4小时,但我们是2小时)") are read past first (asides.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from graphs.exam_grading.a_month import A_MONTH_IN_A_BLANK_CREDIT, one_month_for_its_days
from graphs.exam_grading.asides import without_asides
from graphs.exam_grading.blank_frame import (
    HALF_DAY_BEFORE,
    OPPOSITE_BOUND,
    bound_directions,
)
from graphs.exam_grading.counted_nouns import counts_it, thing_counted
from graphs.exam_grading.figure_words import figures_said_in_words
from graphs.exam_grading.period_wording import period_said_one_way
from graphs.exam_grading.same_figures import (
    WORKING_DAYS_AS_DAYS_CREDIT,
    months_as_days,
    same_count,
)
from graphs.exam_grading.times_words import with_times_in_words
from graphs.exam_grading.vocabulary import Vocabulary, default_vocabulary
from graphs.exam_grading.word_answers import (
    FUZZY_RATIO,
    BlankMatch,
    match_words,
    normalise,
)
from graphs.text.identifiers import Identifier, parse_identifiers, same_identifier
from graphs.text.language import detect_language
from graphs.text.negation import is_negated
from graphs.text.quantities import (
    EN_NUMBER_WORDS,
    Quantity,
    parse_quantities,
    same_quantity,
)

UNIT_MISSING_CREDIT = 0.5
"""Credit for the right number without its unit when the stem does not print the unit."""

BOUND_ADDED_CREDIT = 0.5
"""Credit for the key's figure with a lower bound neither the key nor the stem sets (1小时以上
for 1小时): the learner knows the figure but states another fact. An upper bound added to a
figure (within 24 hours, 不超过2小时) is how a deadline is said and costs nothing."""
_RANGE_WORDS = re.compile(r"至|到|或|and|or|to")  # what joins two figures of a key
_REST_MIN_CHARS = 2  # a key's words beside its figure that must be in the answer too (满 is not)
_HALF_DAY_WORDS = re.compile(
    r"早|上午|中午|下午|晚|凌晨|夜|am\b|pm\b|a\.m\.|p\.m\.|morning|afternoon|evening|night"
)
_LATIN_WORD = re.compile(r"[a-z]+")
_RESPELLABLE = sorted(w for w in EN_NUMBER_WORDS if len(w) >= 4)


def match_blank(
    given: str,
    expected: str,
    *,
    unit_after: str | None = None,
    unit_before: str | None = None,
    frame: str = "",
    vocabulary: Vocabulary | None = None,
) -> BlankMatch:
    """The best match of `given` against any `|` alternative of `expected` (see module doc).

    `unit_after`/`unit_before`: the unit the stem prints after the blank ("____小时", "____点") or
    the currency or half-day word before it ("人民币____", "£____", "晚上____"); a bare number takes
    it, and an hour without its own half-day word takes the stem's. `frame`: the words printed
    around the blank (`bound_beside_blank`), whose bound the answer must not reverse.
    """
    words = vocabulary or default_vocabulary()
    given = without_asides(given)  # a bracketed gloss, an alternative the learner turns down
    written, given = given, period_said_one_way(given)  # 一学期 is 一个学期, a term is one term
    if not normalise(given):
        return BlankMatch(0.0, "empty")
    best = BlankMatch(0.0, f"'{given}' is not '{expected}'", settled=False)
    beside = (unit_before or "", unit_after or "")
    for option in expected.split("|"):
        match = _match_option(given, period_said_one_way(option.strip()), beside, words, frame)
        if match.credit > best.credit or (match.credit == best.credit == 0 and match.settled):
            best = match
        if best.credit >= 1:
            break
    if written != given:  # the reason quotes the answer as the learner wrote it
        best = replace(best, reason=best.reason.replace(f"'{given}'", f"'{written}'"))
    return best


def _quantities(text: str, beside: tuple[str, str]) -> list[tuple[Quantity, int, int]]:
    """The figures of a text, bare ones given the stem's unit; none inside a negation."""
    found = []
    language = detect_language(text)
    before, after = beside
    half_day = bool(HALF_DAY_BEFORE.fullmatch(before))
    for quantity, start, end in with_times_in_words(text, parse_quantities(text)):  # twice
        if is_negated(text, start, end, language):
            continue  # "不是2小时" does not state 2 hours
        reread: list[tuple[Quantity, int, int]] = []
        if quantity.unit is None and (before or after):
            joiner = "" if half_day else " "
            reread = parse_quantities(f"{before}{joiner}{quantity.value:g}{after}".strip())
        elif (
            quantity.dimension == "clock"
            and half_day
            and not _HALF_DAY_WORDS.search(text[start:end].lower())
        ):
            reread = parse_quantities(before + text[start:end])
        if reread:
            quantity = reread[0][0]
        found.append((quantity, start, end))
    return found


def respell_number_words(text: str) -> str:
    """Replace a misspelt English number word (one edit away, same first letter) by the word."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < 4 or word in EN_NUMBER_WORDS:
            return word
        near = [n for n in _RESPELLABLE if n[0] == word[0] and Levenshtein.distance(word, n) == 1]
        return near[0] if len(near) == 1 else word

    return _LATIN_WORD.sub(fix, unicodedata.normalize("NFKC", text).lower())


def _without_spans(text: str, spans: list[tuple[Quantity, int, int]]) -> str:
    kept, last = [], 0
    for _, start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return " ".join(kept)


_DATE_KEY = re.compile(r"(?<![\d工作])\d{1,2}日(?!\d)")
"""A key that is a day of the month (每月5日前)."""
_DATE_SAID = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*号")
"""A date as it is spoken (5号, 十五号): where the key is a date, 号 is its 日; elsewhere 号 is a
number's mark as well (3号柜台, 1号线), so it is read only there."""


def _match_option(
    given: str, option: str, beside: tuple[str, str], words: Vocabulary, frame: str = ""
) -> BlankMatch:
    key_ids = parse_identifiers(option)
    if key_ids:
        return _match_identifiers(given, option, [i for i, _, _ in key_ids])
    key_quantities = _quantities(option, beside)
    if not key_quantities:
        return match_words(given, option, words, frame)
    written = given  # as the learner wrote it, for the reason: "3副", not the figure's span "3"
    if _DATE_KEY.search(option):
        given = _DATE_SAID.sub(r"\1日", given)  # 5号 is everyday Chinese for the date 5日
    answer_quantities = _quantities(given, beside)
    if not answer_quantities:
        given = respell_number_words(given)
        answer_quantities = _quantities(given, beside)
    if not answer_quantities:
        answer_quantities = _numeral_before_keys_word(given, option, key_quantities)
    if not answer_quantities:
        given = figures_said_in_words(given, {q.dimension or "" for q, _, _ in key_quantities})
        answer_quantities = _quantities(given, beside)
    if not answer_quantities and _NUMERAL_WORD_KEY.fullmatch(option):
        # 四周 (all around), 一律: a key whose figure is only a Chinese numeral inside a word
        # is read as a word where the answer holds no figure (周围 for 四周 is no missing figure)
        return match_words(written, option, words, frame)
    if not answer_quantities:
        return BlankMatch(0.0, f"no figure where the key is '{option}'")
    if any(wanted.unit == "minute" for wanted, _, _ in key_quantities):
        answer_quantities = [_fen_as_minutes(q, given) for q in answer_quantities]
    credit = 1.0
    for wanted, start, end in key_quantities:
        if any(same_quantity(wanted, got) for got, _, _ in answer_quantities):
            continue
        if any(
            same_count(wanted, got) and _GENERAL_MEASURE_WORD in given[s:e]
            for got, s, e in answer_quantities
        ):
            continue  # 2个 for 2人: 个 counts people too (不超过2个 for "不超过____" is the rule)
        if any(
            months_as_days(wanted, got) or one_month_for_its_days(wanted, got)
            for got, _, _ in answer_quantities
        ):
            # which side counts in days: 180天 for 6个月, or 一个月 for 30天 (the key's days)
            side = "months, not the key's days" if wanted.dimension != "calendar" else "days"
            month = any(one_month_for_its_days(wanted, got) for got, _, _ in answer_quantities)
            return BlankMatch(
                A_MONTH_IN_A_BLANK_CREDIT if month else 0.0,
                f"'{written}' is not '{option}': the span counted in {side}",
            )
        bare = [got for got, _, _ in answer_quantities if got.unit is None]
        printed = _printed_number(option[start:end], wanted)
        counted = [
            (got, given[e : e + 1])
            for got, _, e in answer_quantities
            if got.unit is None and got.value == printed and given[e : e + 1] in _COUNTERS
        ]
        if wanted.unit is not None and counted:
            # 3箱 for 3件: the number counts something else; a unit there, not one left out.
            return BlankMatch(0.0, f"'{written}' is not '{option}': another counting unit")
        if wanted.unit is not None and any(got.value == printed for got in bare):
            if wanted.dimension not in _MEASURED_COUNTS:
                credit = UNIT_MISSING_CREDIT
            continue
        if wanted.unit is None and any(
            got.value == wanted.value for got, _, _ in answer_quantities
        ):
            continue  # the key is a bare number; the learner added its unit ("18 years" for 18)
        if any(
            got.unit is not None
            and (got.value == wanted.value or _printed_number(given[s:e], got) == printed)
            for got, s, e in answer_quantities
        ):  # 3 mm for 3 cm: the number as written, in another unit
            miss = _unit_miss(wanted, answer_quantities)
            return BlankMatch(
                WORKING_DAYS_AS_DAYS_CREDIT
                if miss == _CALENDAR_DAYS and wanted.unit == "working_day"
                else 0.0,
                f"'{written}' is not '{option}': {miss}",
            )
        return BlankMatch(0.0, f"'{written}' is not '{option}': a different figure")
    kinds = {(wanted.dimension, wanted.unit is None) for wanted, _, _ in key_quantities}
    values = {wanted.value for wanted, _, _ in key_quantities if wanted.unit is None}
    extra = [
        given[s:e]
        for got, s, e in answer_quantities
        if not any(same_quantity(wanted, got) for wanted, _, _ in key_quantities)
        and got.value not in values
        and (got.dimension, got.unit is None) in kinds
        and not (got.unit is None and credit < 1)
    ]
    if extra:
        return BlankMatch(0.0, f"gives another figure too ({', '.join(extra)})")
    clash = words.antonym_clash(given, option)
    if clash:
        return BlankMatch(0.0, f"'{clash[1]}' is the opposite of '{clash[0]}'")
    framed = bound_directions(option + " " + frame)
    added = bound_directions(given) - framed
    if any(OPPOSITE_BOUND[d] in framed for d in added):
        return BlankMatch(0.0, f"'{given}' is the opposite bound of '{option}'")
    raised = "lower" in added and not framed  # 1小时以上 for 1小时: the figure, not the fact
    if raised:
        credit = min(credit, BOUND_ADDED_CREDIT)
    key_rest = _RANGE_WORDS.sub(
        "", normalise(words.canonical(_without_spans(option, key_quantities)))
    )
    if (thing := thing_counted(option, key_quantities)) is not None:  # "6" for "6 students"
        if not counts_it(thing, _without_spans(given, answer_quantities), answer_quantities):
            return BlankMatch(0.0, f"'{written}' is not '{option}': another counting unit")
        key_rest = ""  # the thing counted, no word of the key's to repeat (as 6 for 6名)
    if len(key_rest) >= _REST_MIN_CHARS:
        whole = normalise(words.canonical(given))
        if key_rest not in whole and fuzz.partial_ratio(key_rest, whole) < FUZZY_RATIO:
            rest = _without_spans(option, key_quantities).strip()
            return BlankMatch(0.0, f"the figure is right but not the key's words '{rest}'")
    if credit < 1 and raised:
        return BlankMatch(
            credit, f"the figure is right but '{given}' adds a bound '{option}' lacks"
        )
    if credit < 1:
        return BlankMatch(credit, f"the number is right but the unit of '{option}' is missing")
    return BlankMatch(1.0, f"the same figure as '{option}'")


def _unit_miss(wanted: Quantity, given: list[tuple[Quantity, int, int]]) -> str:
    """What the right number in another unit is: days where the key counts working days (the
    learner may mean calendar days; the deadline moves), else the wrong unit."""
    units = {wanted.unit} | {got.unit for got, _, _ in given if got.value == wanted.value}
    return _CALENDAR_DAYS if units == {"day", "working_day"} else "the wrong unit"


_CALENDAR_DAYS = "days, not working days"
_NUMERAL_WORD_KEY = re.compile(r"[\u4e00-\u9fff]{2,4}")
"""A key of Chinese characters only: any figure it holds is a numeral written inside a word."""


_GENERAL_MEASURE_WORD = "个"
"""The measure word of any count (两个人, 三个同伴): a count of people said with it is the count,
where another item's measure word (2张, 2件) counts something else."""

_MEASURED_COUNTS = frozenset({"items", "people", "times"})
"""A count's measure word (10件, 3人, 2次) is no unit a teacher takes marks for: "10" for 10件
is the count, where "2" for 2小时 leaves out what is counted."""
_COUNTERS = frozenset("箱包袋桶罐盘批板捆条根只把套双对副辆本册页片颗粒杯碗筐托")
"""Chinese measure words the unit table does not hold (件, 个, 份, 张 are items there): after the
key's number they count something else (3箱 for 3件)."""


def _numeral_before_keys_word(
    given: str, option: str, key_quantities: list[tuple[Quantity, int, int]]
) -> list[tuple[Quantity, int, int]]:
    """A spelled-out number before the word the key prints after its figure (九折 for 9折):
    the numeral alone is read as a number, as if it were the whole answer."""
    if len(key_quantities) != 1 or key_quantities[0][0].unit is not None:
        return []
    word = option[key_quantities[0][2] :].strip()
    numeral = given.strip()
    if not word or not numeral.endswith(word) or numeral == word:
        return []
    found = parse_quantities(numeral[: -len(word)].strip())
    return found if len(found) == 1 and found[0][0].unit is None else []


def _fen_as_minutes(found: tuple[Quantity, int, int], given: str) -> tuple[Quantity, int, int]:
    """分 after a number is points or, spoken, minutes (提前15分到岗); where the key is in
    minutes, it is minutes."""
    quantity, start, end = found
    if quantity.unit == "points" and given[start:end].endswith("分") and "积分" not in given:
        return (Quantity(quantity.value, "minute", "duration"), start, end)
    return found


def _printed_number(span: str, quantity: Quantity) -> float:
    """The number as the key prints it: 20 for "20 miles" (whose value is in metres)."""
    for end in range(len(span), 0, -1):
        found = parse_quantities(span[:end])
        if found and found[0][0].unit is None:
            return found[0][0].value
    return quantity.value


def _match_identifiers(given: str, option: str, wanted: list[Identifier]) -> BlankMatch:
    """A phone number or code: the same digits, whatever the separators; one digit off is wrong."""
    got = [i for i, _, _ in parse_identifiers(given)]
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", given))
    if all(any(same_identifier(w, g) for g in got) or w.digits == digits for w in wanted):
        return BlankMatch(1.0, f"the same number as '{option}'")
    return BlankMatch(0.0, f"'{given}' is not the number '{option}'")
