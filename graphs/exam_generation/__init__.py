"""The exam_generation flow: material + blueprint → validated, balanced exam (docs/exams.md).

state.py              graph state and the run's input model
planning.py           resolve the blueprint; plan slots (type x difficulty x knowledge point)
knowledge.py          knowledge points of the material (sections with facts, or requested)
writers.py            the QuestionWriter protocol, its request and result
offline_writer.py     OfflineQuestionWriter: walks the material's facts, asks a builder per type
  material.py           the analysed material and its facts (graphs/text/facts.py)
  choice_builders.py    single choice on a fact's anchor; multiple choice over statements
  choice_anchors.py     which anchor of a fact a gap may take
  statement_builders.py true/false (a fact, or a safe false version) and fill-ins on whole terms
  short_answers.py      short answers whose scoring points are whole facts
  short_answer_asks.py  what a short answer asks of each point; rule_opening.py: a rule's opening
  stem_parts.py         which part of the material a short answer's stem names, if any
  point_parts.py        a rule of several conditions or duties as a scoring point each
  distractors.py        same-kind distractors: figures of the unit, roles, same-head terms
  near_values.py        plausible other values of a figure (ladders, clock times, ranges)
  false_statements.py   safe false statements: a figure, a modality, a same-kind swap
                        (modality_changes.py: a prohibition flipped, a duty made optional)
  scoped_rules.py       a rule the material excepts, stated true with its exception
  entailed_changes.py   whether a changed figure still reads true (scope out, requirement in)
  shortfall_reasons.py  why a slot stayed empty, for a trainer
  left_rules_made.py    what the rules the final exam leaves still make, so a reason is true
  capacity.py           the facts a blueprint needs; the note for a material too small for it
  wording.py, phrasing.py, difficulty.py   point names, frames, measured difficulty
model_writer.py       ModelQuestionWriter: the prompt and schema for a chat model
retry.py              which model errors the generation node retries
validation.py         every rule, whoever wrote the question; composes:
  prose.py              markup, FAQ fragments, questions posing as statements, cut stems
  blanks.py             blanks that run together or cut a term
  giveaways.py          keys printed in the stem, options that give the key away
  options_tell_false.py an option that shows a multiple choice's false statement false
  figure_options.py     figure options that leave the key the odd one out
  key_uniqueness.py     a distractor that is also right
  key_correctness.py    a key its own source contradicts
  excepted_truths.py    a rule keyed true as an absolute where the material excepts it
  swap_safety.py        false statements made by unsafe swaps
  substance.py          two items on one fact
  answer_leaks.py       one item printing another's answer
  standalone.py         statements that lean on text the item does not show; glued terms
  source_context.py     the text around an item's source: sentence before, heading twin,
                        stage label
  scoring_points.py     short-answer points that are fragments or off topic
  vague_asks.py         short-answer asks by one loose noun or a role alone
  sound_asks.py         short-answer asks of one topic twice, holding their key, hinting a
                        figure the key lacks
balance.py            spread correct options over positions
assembly.py           number, score and key the accepted questions; the shortfall
nodes.py, build.py    the graph and its FlowSpec
"""
