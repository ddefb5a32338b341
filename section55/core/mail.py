"""What every email section55 sends needs from the text it is built of.

Subjects are made of titles and names stored as they were typed, imported or sent through the
API, so they may hold line breaks or control characters. Django refuses a header with a line
break (BadHeaderError), which would fail the action that sends the email, or stop a batch of
reminders at the same record on every run.
"""

import re

# Whitespace (which includes \r, \n, \u2028 and \u2029) and the C0 and C1 control characters.
_BREAKS_AND_CONTROLS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def one_line(text: str) -> str:
    """``text`` as a single line: each run of line breaks, control characters and spaces is one
    space, with none at either end. Use it for every email subject."""
    return _BREAKS_AND_CONTROLS.sub(" ", text).strip()
