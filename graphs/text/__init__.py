"""The offline text engine: the NLP the exam generator uses when no model is configured.

language.py    zh / en detection
sentences.py   sentence splitting that keeps every sentence a verbatim slice of the material
segment.py     tokens with part of speech (jieba for Chinese, a regex for English)
terms.py       term typing (number / name / noun / verb) and number spotting
keywords.py    key-term extraction (jieba's TF-IDF for Chinese, term frequency for English)
document.py    `analyse(text)`: the material as sentences, sections and key terms
similarity.py  normalisation, near-duplicates and grounding checks (rapidfuzz)
"""

from graphs.text.document import DocSentence, Document, KeyTerm, analyse

__all__ = ["DocSentence", "Document", "KeyTerm", "analyse"]
