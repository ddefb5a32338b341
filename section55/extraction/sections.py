"""Recognising section titles and finding labels by their words, whatever the block's kind."""

from __future__ import annotations

import re

RECOMMENDATION = "recommendation"
AREA_FOR_IMPROVEMENT = "area_for_improvement"
CAUSE_OF_CONCERN = "cause_of_concern"
KINDS = (RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN)

_FOR_WHOM = r"(?:\s+(?:for|to)\s+[^.:]{0,80})?"
SECTIONS = {
    RECOMMENDATION: re.compile(
        rf"^(?:our\s+|summary\s+of\s+|the\s+)?recommendations?{_FOR_WHOM}\s*:?$", re.I
    ),
    AREA_FOR_IMPROVEMENT: re.compile(
        rf"^(?:summary\s+of\s+|the\s+)?areas?\s+for\s+improvement{_FOR_WHOM}\s*:?$", re.I
    ),
    CAUSE_OF_CONCERN: re.compile(r"^causes?\s+of\s+concern\s*:?$", re.I),
}
NUMBERED = re.compile(
    r"^(?P<label>recommendation|area\s+for\s+improvement|afi|cause\s+of\s+concern)\s+"
    r"(?P<ref>\d{1,3}[a-z]?)\s*(?:[:.\u2013\u2014-]\s*(?P<rest>.*))?$",
    re.I,
)
# A label with no number, as PEEL reports print their findings: "Cause of concern" above its
# text, "Recommendation" above each recommendation under it.
BARE_LABEL = re.compile(
    r"^(?P<label>recommendation|area\s+for\s+improvement|cause\s+of\s+concern)\s*:?$", re.I
)
INLINE_CONCERN = re.compile(r"^cause\s+of\s+concern\s*[:\u2013\u2014-]\s*(?P<rest>.+)$", re.I)
LABEL_KINDS = {
    "recommendation": RECOMMENDATION,
    "area for improvement": AREA_FOR_IMPROVEMENT,
    "afi": AREA_FOR_IMPROVEMENT,
    "cause of concern": CAUSE_OF_CONCERN,
}

CHIEF_OFFICER_RESPONSE = re.compile(
    r"^(?:the\s+)?(?:chief\s+(?:constable|officer)|commissioner\s+of\s+police|force)"
    r"(?:['\u2019]s|s['\u2019]?)?\s+(?:response|comments)",
    re.I,
)
# The body's section, as section55 and bodies title it: "PCC response to ...", "OPCC response",
# "Mayor's comments", "Policing body response" (the default for a body of no known kind).
LPB_RESPONSE = re.compile(
    r"^(?:the\s+)?(?:o?p\.?f?\.?c\.?c\.?|police,?\s+(?:fire\s+)?and\s+crime\s+commissioner|"
    r"commissioner|(?:deputy\s+)?mayor|mopac|(?:local\s+)?policing\s+body|lpb|police\s+authority)"
    r"(?:['\u2019]s|s['\u2019]?)?\s+(?:response|comments)",
    re.I,
)
OFFICE_USE = re.compile(r"^for\s+office\s+use(?:\s+only)?\s*:?$", re.I)
KEY_FINDINGS = re.compile(r"^(?:summary\s+of\s+)?key\s+findings\s*:?$", re.I)
NO_FINDINGS = re.compile(r"\bthere\s+(?:are|were)\s+no\b|^none\b|^not\s+applicable\b", re.I)
RECOMMENDS = re.compile(
    r"\b(?:HMIC|HMICFRS|HMI|we|the\s+inspectorate|inspectors?)\s+(?:also\s+)?recommends?\s+that\b",
    re.I,
)
DIRECTIVE = re.compile(r"\b(?:should|must|needs?\s+to|ought\s+to)\b", re.I)
NARRATIVE = re.compile(
    r"\brecommended\b|\bwe\s+(?:found|saw|said|made|reported|were\s+told)\b|"
    r"\b(?:in|since|during)\s+(?:19|20)\d\d\b|\bour\s+(?:last|previous)\s+(?:inspection|report)\b",
    re.I,
)


def section_kind(text: str) -> str | None:
    """The kind of finding a section with this title holds, if it is such a section."""
    return next((kind for kind, pattern in SECTIONS.items() if pattern.match(text)), None)


def label_kind(text: str) -> str | None:
    """The kind of finding a label names ("Recommendation 3", "Cause of concern"), if it is one."""
    match = NUMBERED.match(text) or BARE_LABEL.match(text)
    return LABEL_KINDS[" ".join(match.group("label").lower().split())] if match else None


def is_response_section(text: str) -> bool:
    return any(
        pattern.match(text)
        for pattern in (CHIEF_OFFICER_RESPONSE, LPB_RESPONSE, OFFICE_USE, KEY_FINDINGS)
    )


def is_narrative(text: str) -> bool:
    return bool(NARRATIVE.search(text))


def is_directive(text: str) -> bool:
    return bool(DIRECTIVE.search(text)) and not is_narrative(text) and not NO_FINDINGS.search(text)
