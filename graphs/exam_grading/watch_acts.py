"""Two Chinese words of one act of watching over: 看护, 监护, 照护, 守护, 陪护, 照看, 看守.

Chinese names the act of keeping an eye on someone or something with a two-character verb: a
morpheme of watching (看, 监, 照, 守, 陪, 盯) before a head of guarding or keeping (护, 看, 守).
Two such words say one act: a teacher reads 仓外看护 as a plain synonym for the key's 仓外监护
(session 24 teacher T17, e3 strong Q4: 「仓外看护」 0/2 用词不对). The class is read from the two
morphemes, not listed word by word: any watching morpheme with any guarding head.

How far it goes: only these two morpheme sets. Sharing the head alone is not enough (保护, 防护,
维护, 救护 protect, defend, maintain, rescue: other acts), nor a head of another kind (监管
supervises, 看管 and 保管 keep in custody, 监测 measures). No word of the class is the antonym
of another; an answer's negation (不用看护) is left for the matcher to read, as it stands.
"""

from __future__ import annotations

import re

_WATCHING = "看监照守陪盯"
_GUARDING = "护看守"
_WATCH_WORD = re.compile(rf"[{_WATCHING}][{_GUARDING}]")


def _watch_words(text: str) -> list[str]:
    return [m.group() for m in _WATCH_WORD.finditer(text) if m.group()[0] != m.group()[1]]


def watch_said_as_key(answer: str, key: str) -> str:
    """`answer` with its one word of watching over written as the key's one (仓外看护 for the key
    仓外监护 reads 仓外监护); `answer` unchanged where either has none, or more than one."""
    said, wanted = _watch_words(answer), _watch_words(key)
    if len(said) != 1 or len(wanted) != 1 or said == wanted:
        return answer
    return answer.replace(said[0], wanted[0])
