"""Finding earlier findings that say much the same thing. Pure Python: no Django import.

Texts are compared as sets of meaningful words (lower-cased, simple plural endings removed,
common and boilerplate words dropped) by their Jaccard overlap. HMICFRS repeats findings in
nearly the same words, so word overlap finds them without a language model.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

_STOP_TEXT = """
a an and are as at be by for from has have in is it its of on or should that the their them
they this to was were will with within all any make makes making sure forces force chief
constables constable police months month weeks immediately ensure
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
WORD = re.compile(r"[a-z][a-z']+")
THRESHOLD = 0.3


def words(text: str) -> frozenset[str]:
    return frozenset(
        _stem(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 2
    )


def _stem(word: str) -> str:
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Match:
    key: object
    score: float


def most_similar(
    text: str, candidates: Iterable[tuple[object, str]], limit: int = 5
) -> list[Match]:
    """The ``limit`` candidates (key, text) closest to ``text``, best first, above the threshold."""
    target = words(text)
    scored = (Match(key, similarity(target, words(other))) for key, other in candidates)
    matches = [m for m in scored if m.score >= THRESHOLD]
    return sorted(matches, key=lambda m: m.score, reverse=True)[:limit]
