"""Who a finding is addressed to, normalised to the names the register uses."""

from __future__ import annotations

import re

# Order matters: the longer name must be taken out before the shorter name inside it.
KNOWN = (
    (
        r"association\s+of\s+police\s+and\s+crime\s+commissioners|(?-i:\bAPCC\b)",
        "Association of Police and Crime Commissioners",
    ),
    (
        r"police,?\s+(?:fire\s+)?and\s+crime\s+commissioners?|(?-i:\bP?F?CCs?\b)"
        r"|local\s+policing\s+bod(?:y|ies)",
        "police and crime commissioners",
    ),
    (r"chief\s+(?:constables?|officers?)", "chief constables"),
    (r"\ball\s+(?:police\s+)?forces\b|\b(?:police\s+)?forces\b", "all forces"),
    (
        r"\bthe\s+(?:force|constabulary)\b"
        r"|(?-i:\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+(?:Police|Constabulary)\b)",
        "the force",
    ),
    (r"college\s+of\s+policing", "College of Policing"),
    (
        r"national\s+police\s+chiefs['\u2019]?\s+council|(?-i:\bNPCC\b)",
        "National Police Chiefs' Council",
    ),
    (r"home\s+office|home\s+secretary", "Home Office"),
    (r"crown\s+prosecution\s+service|(?-i:\bCPS\b)", "Crown Prosecution Service"),
)
_SMALL_WORDS = {"of", "and", "for", "the", "in", "on", "to", "&"}
FORCE_ADDRESSEES = {"chief constables", "all forces", "the force"}
_COMPILED = tuple((re.compile(pattern, re.I), name) for pattern, name in KNOWN)
_MODAL = re.compile(
    r"\b(?:should|must|needs?\s+to|is\s+to|are\s+to|will\s+need\s+to|ought\s+to)\b", re.I
)
_PREAMBLE = re.compile(
    r"^.*?\b(?:recommends?|recommend)\s+that\b|^\s*(?:that|in\s+addition|also)\b", re.I
)
_PARTNERS = re.compile(
    r",?\s*\b(?:working|in\s+partnership|in\s+consultation|together|jointly)\s+with\b[^,]*,?", re.I
)
_FILLER = re.compile(r"^(?:the|all|each|every|and|or|with|,|\s)+|[\s,;:.]+$", re.I)


def subject(text: str, timescale_words: str | None = None) -> str:
    """Who is to act: the words before the first 'should' or 'must', less timescale and preamble."""
    modal = _MODAL.search(text)
    if not modal:
        return ""
    words = text[: modal.start()]
    if timescale_words:
        words = words.replace(timescale_words, " ")
    words = _PREAMBLE.sub(" ", words)
    return _PARTNERS.sub(" ", words)


def addressees(text: str, timescale_words: str | None = None) -> list[str]:
    """Normalised addressees named in the subject of ``text``; others kept as written."""
    words = subject(text, timescale_words)
    found: list[str] = []
    for pattern, name in _COMPILED:
        if pattern.search(words) and name not in found:
            found.append(name)
            words = pattern.sub(" ", words)
    return found + [other for other in _others(words) if other not in found]


def _others(words: str) -> list[str]:
    """Leftover named bodies ('the Soteria Joint Unit'), split on 'and' and commas."""
    parts = re.split(r",|\band\b|\bor\b", words)
    cleaned = (_FILLER.sub("", part) for part in parts)
    return [part for part in cleaned if _organisation(part)]


def _organisation(words: str) -> bool:
    """A name in title case ('Soteria Joint Unit', 'Ministry of Justice'), not a phrase."""
    significant = [word for word in words.split() if word.lower() not in _SMALL_WORDS]
    return (
        0 < len(significant) <= 8
        and all(word[:1].isupper() for word in significant)
        and not re.search(r"\d", words)
    )


def directed_at_forces(names: list[str]) -> bool:
    return any(name in FORCE_ADDRESSEES for name in names)
