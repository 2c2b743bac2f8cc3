"""The exam_generation flow: material + blueprint → validated, balanced exam.

state.py              graph state and the run's input model
planning.py           resolve the blueprint; plan slots (type x difficulty x knowledge point)
knowledge.py          knowledge points of the material (sections, key terms, or requested)
writers.py            the QuestionWriter protocol, its request and result
offline_writer.py     OfflineQuestionWriter: walks sentences, asks a builder per type
  choice_builders.py    single / multiple choice with same-kind distractors
  statement_builders.py true/false (negation, number change, term swap) and cloze
  short_answers.py      short answers with scoring points
  wording.py, phrasing.py, difficulty.py   shared text operations, frames, difficulty rating
model_writer.py       ModelQuestionWriter: the prompt and schema for a chat model
retry.py              which model errors the generation node retries
validation.py         one function per rule; problems as plain strings
balance.py            spread correct options over positions
assembly.py           number, score and key the accepted questions; the shortfall
nodes.py, build.py    the graph and its FlowSpec
"""
