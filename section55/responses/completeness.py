"""What a response still lacks, in words an editor can act on.

Publication is refused while any of these is missing, and the response page lists them.
"""

from section55.responses.models import Response


def missing_chief_officer_parts(response: Response) -> list[str]:
    missing = []
    if not response.chief_officer_comments.strip():
        missing.append("the chief officer's overall comments")
    answers = response.finding_responses_by_finding()
    for finding in response.findings_for_force():
        answer = answers.get(finding.pk)
        if answer is None or not answer.position or not answer.chief_officer_text.strip():
            missing.append(f"the chief officer's position and response on {finding.heading}")
    return missing


def missing_body_parts(response: Response) -> list[str]:
    missing = []
    if not response.body_comments.strip():
        missing.append(f"the {response.body.office_short_name}'s overall comments")
    answers = response.finding_responses_by_finding()
    for finding in response.recommendations():
        answer = answers.get(finding.pk)
        if answer is None or not answer.body_explanation.strip():
            missing.append(f"the explanation of action taken or proposed for {finding.heading}")
    return missing


def missing_for_approval(response: Response) -> list[str]:
    missing = []
    if not response.chief_officer_part_settled:
        missing.append("the chief officer's comments, received or recorded as not submitted")
    elif not response.chief_officer_not_submitted:
        missing.extend(missing_chief_officer_parts(response))
    return missing + missing_body_parts(response)
