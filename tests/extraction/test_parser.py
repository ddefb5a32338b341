from datetime import date

from section55.extraction.parser import find_findings

from .helpers import heading, item, para, stream


def test_a_numbered_recommendation_with_bullets_is_one_finding_with_items():
    findings = find_findings(
        stream(
            heading("Recommendation 7"),
            para("By 31 January 2025, chief constables should make sure that:"),
            item("forces track breaches of bail; and"),
            item("personnel complete training."),
        )
    )

    assert len(findings) == 1
    assert findings[0].ref == "7"
    assert findings[0].items == [
        "forces track breaches of bail; and",
        "personnel complete training.",
    ]
    assert findings[0].text == (
        "By 31 January 2025, chief constables should make sure that: "
        "forces track breaches of bail; and personnel complete training."
    )


def test_a_recommendation_label_with_its_text_on_the_same_line_is_read():
    findings = find_findings(stream(para("Recommendation 2: By 31 March 2025, forces should act.")))

    assert [(f.ref, f.text) for f in findings] == [("2", "By 31 March 2025, forces should act.")]


def test_a_recommending_stem_with_bullets_is_one_recommendation_per_bullet():
    findings = find_findings(
        stream(
            para("HMIC recommends that the force should immediately:"),
            item("record all crimes at the first point of contact;"),
            item("stop recording crimes as incidents."),
        )
    )

    assert [f.text for f in findings] == [
        "HMIC recommends that the force should immediately: record all crimes at the first "
        "point of contact;",
        "HMIC recommends that the force should immediately: stop recording crimes as incidents.",
    ]
    assert {f.timescale for f in findings} == {"immediately"}
    assert all(f.addressees == ["the force"] and f.directed_at_forces for f in findings)


def test_a_nested_bullet_belongs_to_the_bullet_above_it():
    findings = find_findings(
        stream(
            para("We recommend that, within six months, the force should:"),
            item("improve its call handling, including:"),
            item("answering calls quickly", level=2),
            item("review its shift patterns."),
        )
    )

    assert [f.text.split(": ", 1)[1] for f in findings] == [
        "improve its call handling, including: answering calls quickly",
        "review its shift patterns.",
    ]


def test_a_recommendation_repeated_in_the_summary_and_a_chapter_is_one_finding():
    text = "By 31 March 2025, chief constables should make sure that reports are recorded."
    findings = find_findings(
        stream(
            heading("Recommendations"),
            heading("Recommendation 1", 3),
            para(text),
            heading("Chapter 2: Recording"),
            para("Recommendation 1"),
            para(text),
        )
    )

    assert len(findings) == 1
    assert findings[0].block == 1


def test_an_unnumbered_recommendation_repeated_later_is_one_finding():
    stem = para("HMIC recommends that the force should immediately:")
    findings = find_findings(
        stream(
            stem, item("record all crimes."), heading("Chapter"), stem, item("record all crimes.")
        )
    )

    assert len(findings) == 1


def test_a_narrative_mention_of_a_recommendation_is_not_a_finding():
    findings = find_findings(
        stream(
            heading("Recommendations"),
            para("In 2016 we recommended that forces should record all harassment as crime."),
            para("We refer to recommendation 2 throughout this report."),
            para("Recommendation 3 was accepted by every force."),
        )
    )

    assert findings == []


def test_a_should_outside_any_findings_section_is_not_a_finding():
    findings = find_findings(
        stream(
            heading("Responding to the public"), para("Emergency calls should be answered fast.")
        )
    )

    assert findings == []


def test_areas_for_improvement_as_a_bulleted_list_are_one_finding_per_bullet():
    findings = find_findings(
        stream(
            heading("Areas for improvement"),
            item("The force should make sure decisions to cancel crimes are taken properly."),
            item("Incident logs should be closed only when a supervisor has checked them."),
        )
    )

    assert [f.kind for f in findings] == ["area_for_improvement"] * 2
    assert [f.addressees for f in findings] == [["the force"], ["the force"]]


def test_numbered_areas_for_improvement_keep_their_numbers():
    findings = find_findings(
        stream(
            heading("Areas for improvement"),
            heading("Area for improvement 1", 3),
            para("The force should improve how it records ethnicity in stop and search."),
            heading("Area for improvement 2", 3),
            para("The force needs to understand its mental health demand."),
        )
    )

    assert [(f.kind, f.ref) for f in findings] == [
        ("area_for_improvement", "1"),
        ("area_for_improvement", "2"),
    ]


def test_a_statement_that_there_are_no_areas_for_improvement_is_not_one():
    findings = find_findings(
        stream(heading("Areas For Improvement"), para("There are no areas for improvement made."))
    )

    assert findings == []


def test_recommendations_under_a_cause_of_concern_name_it_as_their_parent():
    findings = find_findings(
        stream(
            heading("Cause of concern", 3),
            para("The force doesn't answer calls quickly enough."),
            heading("Recommendations", 4),
            para("Within three months, the force should:"),
            item("answer emergency calls within ten seconds; and"),
            item("assess the risk to every caller."),
            heading("Areas for improvement", 2),
            para("The force should improve its data."),
        ),
        published_on=date(2023, 11, 14),
    )

    assert [(f.kind, f.parent) for f in findings] == [
        ("cause_of_concern", None),
        ("recommendation", 0),
        ("recommendation", 0),
        ("area_for_improvement", None),
    ]
    assert findings[1].due_on == date(2024, 2, 14)


def test_a_cause_of_concern_stated_inline_is_read():
    findings = find_findings(stream(para("Cause of concern: The force doesn't supervise cases.")))

    assert [(f.kind, f.text) for f in findings] == [
        ("cause_of_concern", "The force doesn't supervise cases.")
    ]


def test_a_within_timescale_has_no_due_date_without_a_publication_date():
    findings = find_findings(
        stream(heading("Recommendation 4"), para("Within six months, the Home Office should act."))
    )

    assert (findings[0].timescale, findings[0].due_on) == ("Within six months", None)
    assert findings[0].directed_at_forces is False


def test_a_recommendation_label_with_no_text_after_it_is_not_a_finding():
    assert find_findings(stream(heading("Recommendation 1"), heading("Recommendation 2"))) == []


def test_findings_remember_where_they_were_found():
    findings = find_findings(stream(para("Intro."), para("Recommendation 1: Forces should act.")))

    assert (findings[0].page, findings[0].block) == (None, 1)
