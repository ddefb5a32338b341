"""Fuzzing: whatever the input, the readers, parser and response parser either succeed or raise
DocumentError, and what they return holds together."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from section55.extraction import DocumentError, extract_bytes, parse_response_bytes
from section55.extraction.blocks import HEADING, ITEM, PARAGRAPH, Block, finish
from section55.extraction.parser import find_findings

from .conftest import DATA, SEED

FUZZ = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
NAMES = st.sampled_from(["a.pdf", "a.docx", "a.html", "a.txt", "a.htm", "a", "a.md", "a.rtf"])
SAMPLES = {
    name: (DATA / name).read_bytes()
    for name in (
        "peel-borsetshire-2023.pdf",
        "crime-data-integrity-borsetshire-2014.docx",
        "thematic-online-harassment-2024.html",
        f"{SEED}.txt",
        f"{SEED}.docx",
    )
}
FRAGMENTS = [
    "Recommendation 3",
    "Recommendation 12:",
    "Recommendations",
    "Area for improvement 2",
    "Areas for improvement",
    "Cause of concern",
    "Causes of concern",
    "Cause of concern: the force is slow",
    "HMIC recommends that the force should immediately:",
    "Within six months, the force should:",
    "By 31 January 2025, all chief constables should make sure that:",
    "By September 2018, the College of Policing should",
    "within 99999 years",
    "By 31 February 2025,",
    "There are no areas for improvement.",
    "In 2016 we recommended that forces should",
    "Published on:",
    "22 August 2024",
    "Section 55 Response Deadline:",
    "Chief Constable response to report",
    "PCC response to report",
    "For Office Use Only:",
    "Link to Report:",
    "[x](https://example.org)",
    "- ",
    "• ",
    "1. ",
    ":",
    "",
    "\f",
    "<p>",
    "<li>",
    "<![CDATA[",
    "<!--",
    "</ul>",
    "\x00",
    "\u00ad",
]
PIECES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30))
DOCUMENT_TEXT = st.lists(PIECES, max_size=40).map("\n".join)


def outcome(call, *args):
    try:
        return call(*args)
    except DocumentError as error:
        assert str(error).startswith(f"{args[1]}: ")
        assert "\n" not in str(error)
        return None


def check_findings(findings):
    for position, finding in enumerate(findings):
        assert finding.text
        if finding.parent is not None:
            assert 0 <= finding.parent < position
            assert findings[finding.parent].kind == "cause_of_concern"
        assert finding.directed_at_forces == bool(
            {"chief constables", "all forces", "the force"} & set(finding.addressees)
        )


@FUZZ
@given(data=st.binary(max_size=3000), name=NAMES)
def test_random_bytes_give_an_extraction_or_a_document_error(data, name):
    extraction = outcome(extract_bytes, data, name)
    if extraction is not None:
        check_findings(extraction.findings)


@FUZZ
@given(
    sample=st.sampled_from(sorted(SAMPLES)),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
)
def test_damaged_corpus_documents_give_an_extraction_or_a_document_error(sample, cut, flips):
    data = bytearray(SAMPLES[sample])
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    data = bytes(data[: max(1, int(len(data) * cut))]) if cut < 0.98 else bytes(data)
    extraction = outcome(extract_bytes, data, sample)
    if extraction is not None:
        check_findings(extraction.findings)
    outcome(parse_response_bytes, data, sample)


@FUZZ
@given(text=DOCUMENT_TEXT, name=st.sampled_from(["r.txt", "r.html"]))
def test_report_like_text_gives_consistent_findings(text, name):
    extraction = outcome(extract_bytes, text.encode("utf-8", "surrogatepass"), name)
    if extraction is not None:
        check_findings(extraction.findings)
        extraction.summary()


@FUZZ
@given(text=DOCUMENT_TEXT, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_response_like_text_gives_a_response_or_a_document_error(text, encoding):
    data = text.encode(encoding, "replace")
    parsed = outcome(parse_response_bytes, data, "response.txt")
    if parsed is not None:
        assert len(parsed.findings) == len(parsed.responses)
        parsed.as_dict()
        parsed.summary()


BLOCKS = st.lists(
    st.builds(
        Block,
        kind=st.sampled_from([HEADING, PARAGRAPH, ITEM]),
        text=PIECES,
        level=st.integers(0, 4),
        page=st.none() | st.integers(1, 300),
    ),
    max_size=40,
)


@FUZZ
@given(blocks=BLOCKS, published_on=st.none() | st.dates(date(1900, 1, 1), date(9990, 1, 1)))
def test_the_parser_never_fails_on_any_block_stream(blocks, published_on):
    findings = find_findings(finish(blocks), published_on)

    check_findings(findings)
    for finding in findings:
        finding.as_dict()
