"""The facts of a material: what a trainee must know, and the spans a question can ask about.

A fact is a sentence of the material that states something checkable: a figure with its unit (a
temperature, a deadline, an amount, a share, a count), an obligation or a prohibition (必须/须/应/
不得/禁止, must/may not/only), a responsibility (a role that does something), a condition or an
exception (如果/超过/除…外, if/when/unless/within), or a definition (是指, means). Sentences that
state nothing of the kind (introductions, filler), FAQ questions, headings, list lead-ins whose list
follows ("包括以下三项：") and markup are not facts.

Each fact carries its anchors, the whole terms a question may blank or change, best first: figures,
then roles, then the material's own domain terms (from the `Lexicon`), and its modal cue (the word
that a safe false statement may flip). The text of a fact is the sentence with markup and FAQ
prefixes ("**", "A:", "答：", "Yes, ") removed; its quote is still found in the material, since the
grounding check ignores punctuation and markup.

Its rooms: `fact_record.py` (the Fact itself), `sentence_form.py` (what a sentence is as written: an FAQ question, markup to strip, no
rule at all) and `fact_kinds.py` (its modal cue and kinds); `references.py` says when a sentence
needs the one before, `lists.py` and `tables.py` read list items and table cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from graphs.exams import Language
from graphs.text.anchors import anchors_of
from graphs.text.answer_referents import answer_stated, unresolved
from graphs.text.caches import Memo
from graphs.text.clause_forms import (
    EN_ONLY_PER,
    counts_from_before,
    inline_list_item,
    leans_across_semicolon,
    narrowed_by_next,
    phrase_answer,
)
from graphs.text.counted_lists import joined_to_context
from graphs.text.dispensations import dispenses
from graphs.text.document import Document
from graphs.text.event_deadlines import event_lead
from graphs.text.fact_kinds import kinds_of, modal_cue, rule_clauses
from graphs.text.fact_record import Fact as Fact
from graphs.text.faq_answers import answer_with_subject, answers_the_question, zh_still_case
from graphs.text.granted_answers import granted_answer
from graphs.text.heading_cases import heading_twin, with_heading_case
from graphs.text.imperatives import is_imperative, names_a_case, order_for_case, plain_order
from graphs.text.inline_lists import inline_list_at, list_fact
from graphs.text.left_referents import continued_clause
from graphs.text.lexicon import Lexicon
from graphs.text.lists import case_of_clause_before, lead_in_of, with_lead_in
from graphs.text.order_outcomes import framed_order, outcome_of_case, outcome_of_order
from graphs.text.period_anaphors import opens_on_defined_period
from graphs.text.pointers_ahead import without_pointer_ahead
from graphs.text.references import leans_on_previous
from graphs.text.self_contained import with_referent, without_label
from graphs.text.sentence_form import (
    clean_statement,
    is_question,
    not_a_statement,
    question_asked,
)
from graphs.text.sentences import quoted_span
from graphs.text.statement_length import long_enough
from graphs.text.table_facts import cell_fact, has_figure
from graphs.text.tables import table_statements
from graphs.text.timed_answers import timed_answer
from graphs.text.zh_asked_frames import zh_asked_frame

_MAX_JOINED = {"zh": 150, "en": 340}
"""A statement with the sentence it points back to in front: a stem a learner still reads at once."""


def extract_facts(document: Document) -> list[Fact]:
    """Every fact of the analysed material, in material order. A sentence that leans on the one
    before it ("If a reading is outside this range, …") is stated with that sentence in front, so
    that what it depends on is said; its anchors are still only its own."""
    language = document.language
    lexicon = Lexicon.of(document.text, language)
    facts: list[Fact] = []
    position: dict[str, int] = {}
    context: _Context | None = None
    # None, not "": a headingless material's sentences all have the section "", so an empty
    # sentinel made every sentence "after an FAQ question" and dropped 「未预约的，…」 as the
    # question's answer (session 13, a bank counter code of 第N条 articles: 5 of 10 rules lost).
    asked: str | None = (
        None  # the section of the FAQ question just read, if the sentence before was one
    )
    answering: str | None = None  # the section whose FAQ answer is being read
    answer_begun = False  # its first sentence is read
    read_to = 0  # where the sentence before ended
    listed_to = -1  # the last sentence of a list run into its lead-in's sentence
    question = ""  # the FAQ question last read
    cells = table_statements(document)
    following = dict(pairwise(document.sentences))
    for sentence in document.sentences:
        # The statement before, in the same section: what a sentence that points back needs.
        before = context if context and context.section == sentence.section else None
        after_question, asked = asked == sentence.section, None
        context = None
        place = position.get(sentence.section, 0)
        position[sentence.section] = place + 1
        raw = sentence.text
        if is_question(raw, language):
            asked = answering = sentence.section
            question = question_asked(raw)
            answer_begun = False
        elif answering != sentence.section or (
            # An answer is its paragraph: a blank line after it begins the section's own text.
            answer_begun and _BLANK_LINE.search(document.text, read_to, sentence.start)
        ):
            answering = None
        else:
            answer_begun = True
        read_to = sentence.start + len(raw)
        if sentence.index in cells:
            facts.extend(
                cell_fact(document, lexicon, sentence.index, sentence.section, place, cell, raw)
                for cell in cells[sentence.index]
                if has_figure(document, lexicon, cell)
            )
            continue
        if sentence.index <= listed_to:
            continue  # an item of the list read whole with its lead-in
        run_in = inline_list_at(document, sentence.index, lexicon)
        if run_in is not None:
            listed_to = run_in.last
            made = list_fact(document, lexicon, run_in, sentence.section, place)
            facts.extend([made] if made else [])
            continue
        listed = lead_in_of(document.text, sentence.start, raw, language)
        stated = (
            with_lead_in(clean_statement(listed[1]), clean_statement(raw), language)
            if listed
            else None
        )
        if listed is not None and stated is None:
            continue  # an item under "须注意以下几点：": the lead-in announces, it says nothing
        if not_a_statement(document, sentence.section, sentence.start, raw):
            continue
        ahead = without_pointer_ahead(clean_statement(raw), language)
        if ahead is None:
            continue  # it announces what follows ("须熟悉以下内容"): no rule, nor a context
        text = without_label(ahead, language, document.text)
        if language == "en":
            text = plain_order(text)  # "Please clear …" orders as "Clear …" does
        restated = False  # "Not allowed." under "Smoking …?": said whole before it is measured
        framed = None  # 「谁可以…？」+「只有厨师长，…」 in its question's words: no bare condition
        if language == "zh" and after_question and answering == sentence.section:
            text = (framed := zh_asked_frame(question, text)) or text
        if language == "en" and answering == sentence.section and sentence.index:
            prior = clean_statement(document.sentences[sentence.index - 1].text)
            text, said = answer_stated(question, text, prior, after_question), text
            restated = text != said and not after_question
            if unresolved(text):
                continue  # "Unused … without both.": its two things are not the sentence before's
        if not long_enough(text, language, _binding(text, language, lexicon)):
            continue
        after = following.get(sentence)
        if (
            after is not None
            and document.text[: after.start].rstrip().endswith((";", "；"))
            and narrowed_by_next(text, after.text, language)
        ):
            continue  # 「新装、移机、销户可通过App办理；销户须本人到营业厅办理」: false of 销户
        if after_question and (timed := timed_answer(question, text, language)):
            text = timed  # "At least 3 weeks before the trip.": the question says who does what
        elif after_question and (granted := granted_answer(question, raw, language)):
            text = granted  # "Yes, but only after …" under "Can volunteers buy …?": one rule
        elif (
            after_question
            and answers_the_question(text, language)
            and not framed
            and not EN_ONLY_PER.match(text)  # "Only one person per trampoline …": a limit
        ):
            continue  # 「已发运的，…」 under 「寄出后还能取消吗？」: its subject is the question's
        if (
            answering == sentence.section
            and language == "en"
            and phrase_answer(text)
            and not EN_ONLY_PER.match(text)  # "Only one person per trampoline at a time.": a limit
            and not framed_order(text)  # "Shout for the supervisor at once;": an order, said on
        ):
            continue  # "A credit card in the main driver's name.": the question's answer, no rule
        if after_question and (named := answer_with_subject(question, text, language)):
            text = named  # "They must call …": the question says who they are
        elif (
            answering == sentence.section
            and language == "en"
            and is_imperative(text)
            and (named := answer_with_subject(question, text, language)) is not None
            and named.startswith("If ")
        ):
            # "Log the incident within 24 hours …" after the answer's first order, under "What
            # should an instructor do if a learner seems under the influence?": that case's order
            # too (session 10 designer, m4 Q1 and Q6: the case was dropped, one key was wrong).
            text = named
        if sentence.index and stated is None:
            previous = document.sentences[sentence.index - 1]
            said_before = previous.text if previous.section == sentence.section else ""
            asked_here = question if answering == sentence.section else ""
            text = with_referent(text, clean_statement(said_before), asked_here, language)
        after_semicolon = document.text[: sentence.start].rstrip().endswith((";", "；"))
        if inline_list_item(document.text[: sentence.start]):
            continue  # 「以下情况不予退换：…；已激活的智能电视…」: an item, its rule is the lead-in's
        lead, lead_index, quote = "", None, raw
        if restated and text[1:].endswith(said[1:]) and len(text) > len(said):
            # "The minimum rental is 4 weeks; " in front of "rent is then paid …": the answer's
            # sentence before is its lead, quoted with it; the anchors are this sentence's own.
            lead, text = text[: -len(said)], text[-len(said) :]
            lead_index = sentence.index - 1
            quote = quoted_span(
                document.text, document.sentences[lead_index].start, sentence.start + len(raw)
            )
        elif stated is not None and listed is not None:
            # "You must not:" + "accept gifts …" -> "You must not accept gifts …": the rule is
            # the lead-in's modal with the item's action.
            lead, text = stated[0][: stated[1]], stated[0][stated[1] :]
            lead_index = _sentence_at(document, listed[0])
        elif not restated and (
            leans_on_previous(text, before.text if before else "", language, document.text)
            or opens_on_defined_period(text, language)  # 「期间查出违章的，…」: which period?
            or (after_semicolon and leans_across_semicolon(text, language))
            # "…for a visit fee of 32 USD; each visit is limited to 3 hours": whose visit, the
            # clause before says (graphs/text/left_referents.py).
            or (after_semicolon and before is not None and continued_clause(raw, before.text))
            # 「只能在购机后7日内购买；超过7日的，不得补购」: who or what it speaks of is the
            # clause before's; with it in front, it is a rule (the exception, the limit's far side).
            or case_of_clause_before(document.text, sentence.start, raw, language)
            # 「超过30天提出的申诉不予受理」 after 「须在扣费后30天内提出申诉」: 30 days from the charge.
            or (before is not None and counts_from_before(text, before.text, language))
            or (language == "en" and before is not None and order_for_case(text, before.text))
            # "Press the red button …; the game master opens the room within 30 seconds": what
            # follows from the order, which says when the 30 seconds run.
            or (
                after_semicolon
                and before is not None
                and (outcome_of_order(text, before.text) or outcome_of_case(text, before.text))
            )
        ):
            if language == "en" and names_a_case(text):
                # "Major spill: anything larger, …" (larger than the minor one before): the order
                # after it is for this case, and leans on it.
                context = _Context(sentence.section, text, sentence.start, sentence.index)
            if before is None:
                continue  # "It takes about 3 hours" with nothing before it to say what "it" is
            if language == "en" and phrase_answer(text):
                continue  # "…; entry only before 16:00": a verbless note, no statement even joined
            joined = joined_to_context(before.text, text, language)
            if joined is None:
                continue  # leans on a bare list ("The form, the ID and the deposit.") it can't name
            lead, text = joined  # "until all three — the form, the ID and the deposit — are …"
            lead_index = before.sentence
            quote = quoted_span(document.text, before.start, sentence.start + len(raw))
        else:
            if language == "zh" and answering == sentence.section:
                text = zh_still_case(question, text) or text  # 「顾客眼睛红肿还能…吗？」
            context = _Context(sentence.section, text, sentence.start, sentence.index)
            twin = heading_twin(raw, document.text)
            if twin and twin[0] and stated is None:
                # 「住宿报销上限为每晚500元」 under 出差一线城市, 「…350元」 under 出差其他城市:
                # the heading is its case, stated in front.
                lead, text = with_heading_case(twin[0], text, language)
            elif (
                before is not None
                and stated is None
                and "\n" not in document.text[before.start : sentence.start]
                and (evented := event_lead(text, before.text, language)) is not None
            ):
                # 「…发生翻船，…。安全艇须在3分钟内到达现场。」: the deadline runs from the event
                # its article's sentence before opened on, stated in front (graphs/text/
                # event_deadlines.py); that sentence is this fact's too, no other item's.
                lead, text = evented
                lead_index = before.sentence
        shift = len(lead)
        if listed is not None:
            found = modal_cue(lead + text, language, lexicon)  # the lead-in's modal is the rule's
            modal = (found[0], found[1], found[2]) if found else None
        else:
            found = modal_cue(text, language, lexicon)
            modal = (found[0], found[1] + shift, found[2] + shift) if found else None
        modal_kind = found[3] if found else None
        # A clause after ； whose words the material hardly uses speaks of the clause before's
        # subject (导购不得…；顾客要求时，须提供书面延保条款: who provides them): no rule of its own.
        rules = () if after_semicolon else rule_clauses(text, language, lexicon)
        anchors = anchors_of(text, document, lexicon, rules)
        if modal_kind is None and language == "en" and is_imperative(text):
            modal_kind = "obligation"  # "Evacuate the lab, … and call Security": an order, a rule
        if modal_kind is None and language == "zh" and _ZH_ONLY_THEN.search(text):
            # 「只有持有叉车证的人员才能驾驶库内叉车」: who may, with no modal word of its own; it
            # was neither asked nor counted (session 11 designer D3, m1 rule 8).
            modal_kind = "obligation"
        if modal_kind is None and dispenses(text, language):
            modal_kind = "permission"  # 「…免费，顾客无须另付加工费」: leave not to pay, a rule
        kinds = kinds_of(lead + text, language, anchors, modal_kind, lexicon)
        # A ban or a duty with nothing to blank (「店内严禁吸烟」) is still a true/false or
        # multiple-choice statement, false by its modal flipped; fill-in needs an anchor.
        bare_rule = modal_kind in _BINDING and not after_semicolon
        if not kinds or not (anchors or bare_rule) or len(lead) + len(text) > _MAX_JOINED[language]:
            continue
        facts.append(
            Fact(
                sentence=sentence.index,
                text=lead + text,
                quote=quote,
                section=sentence.section,
                position=place,
                kinds=tuple(kinds),
                anchors=tuple(
                    replace(a, start=a.start + shift, end=a.end + shift) for a in anchors
                ),
                modal=modal,
                lead=lead_index,
                answer=answering == sentence.section,
            )
        )
    return facts


_ZH_ONLY_THEN = re.compile(r"只有[^。；;]{1,40}?才(?:能|可以|可|准|允许|有权)")
"""「只有…才能…」: only those named may do it, a rule as much as one with 须."""


_BINDING = ("prohibition", "obligation")


def _binding(text: str, language: Language, lexicon: Lexicon) -> bool:
    """Whether the statement forbids or binds: a short one that does is a rule all the same."""
    found = modal_cue(text, language, lexicon)
    return found is not None and found[3] in _BINDING


def _sentence_at(document: Document, offset: int) -> int | None:
    """The index of the sentence that holds `offset` of the material, if any."""
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.start + max(1, len(sentence.text)):
            return sentence.index
    return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class _Context:
    """A statement that a following sentence may point back to."""

    section: str
    text: str
    start: int
    sentence: int


_FACTS: Memo[str, tuple[Fact, ...]] = Memo(16)


def clear_facts() -> None:
    """Forget the cached facts (see graphs/text/caches.py)."""
    _FACTS.clear()


def facts_for(document: Document) -> tuple[Fact, ...]:
    """The facts of an analysed material (cached by its text: every branch asks for them)."""
    return _FACTS.get(document.text, lambda: tuple(extract_facts(document)))
