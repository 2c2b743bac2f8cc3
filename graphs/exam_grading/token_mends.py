"""jieba's Chinese tokens mended where it glues across a word boundary, as point terms read them.

It glues the locality word 后/前 to the verb after it (48小时后方可返岗 -> 后方/可), a modal to its
verb's first character (方可开锁 -> 方可开/锁) and a noun to the next noun's first character
(老人家属 -> 老人家/属); each is split back when both halves are dictionary words.
"""

from __future__ import annotations

from graphs.text.segment import Token


def mended(tokens: list[Token], modals: frozenset[str]) -> list[Token]:
    """jieba glues the locality word 后/前 after a noun or a figure to the verb that follows
    (48小时后方可返岗 -> 后方/可, 工本费后退还 -> 后退/还), and a modal to its verb's first
    character (方可开锁 -> 方可开/锁); split it back when what it leaves with the next token is a
    dictionary word (方可, 退还, 开锁)."""
    import jieba  # loaded by tokenize already

    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            len(token.word) == 2
            and token.word[0] in "后前"
            and 0 < index < len(tokens) - 1
            and tokens[index - 1].pos[:1] in {"n", "m", "q"}
            and jieba.dt.FREQ.get(token.word[1] + tokens[index + 1].word)
        ):
            word = token.word[1] + tokens[index + 1].word
            out += [Token(token.word[0], "f"), Token(word, "d" if word in modals else "v")]
            index += 2
            continue
        if (
            len(token.word) == 3
            and token.word[:2] in modals
            and index < len(tokens) - 1
            and jieba.dt.FREQ.get(token.word[2] + tokens[index + 1].word)
        ):  # 方可开/锁 -> 方可/开锁
            out += [
                Token(token.word[:2], "d"),
                Token(token.word[2] + tokens[index + 1].word, "v"),
            ]
            index += 2
            continue
        if _noun_glued(token, tokens[index + 1] if index < len(tokens) - 1 else None):
            # 老人家/属 -> 老人/家属 ("两小时内要通知家属" missed 老人家, session 20 end teacher T13)
            following = tokens[index + 1]
            out += [Token(token.word[:2], "n"), Token(token.word[2] + following.word, "n")]
            index += 2
            continue
        out.append(token)
        index += 1
    return out


def _noun_glued(token: Token, following: Token | None) -> bool:
    """A three-character noun that took the first character of the next noun, leaving one behind
    (老人家 + 属 for 老人 + 家属): both halves dictionary words, the one left no locality word."""
    import jieba  # loaded by tokenize already

    return (
        following is not None
        and len(token.word) == 3
        and token.pos[:1] == "n"
        and len(following.word) == 1
        and following.pos[:1] in {"n", "v"}
        and following.word not in "内外前后上下中里间边"
        and bool(jieba.dt.FREQ.get(token.word[:2]))
        and bool(jieba.dt.FREQ.get(token.word[2] + following.word))
    )
