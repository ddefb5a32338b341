"""The one exception the extraction package lets escape."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read: unreadable, encrypted, oversized, unsupported or mismatched.

    ``str(error)`` is one line naming the file and the problem, ready to show to a person.
    """

    def __init__(self, problem: str, source: str = "document") -> None:
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}")

    def for_source(self, source: str) -> DocumentError:
        """The same problem, named against ``source``."""
        return DocumentError(self.problem, source)
