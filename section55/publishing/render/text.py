"""Plain text, laid out like the seed: a blank line between blocks, each label on its own line
followed by a blank line and its value, list items on consecutive lines."""

from __future__ import annotations

from ..document import ResponseDocument
from .outline import Details, Items, Node, outline


def render_text(doc: ResponseDocument) -> str:
    return "\n\n".join(_node(node) for node in outline(doc)) + "\n"


def _node(node: Node) -> str:
    if isinstance(node, Details):
        return "\n\n".join(f"{row.label}\n\n{row.value}" for row in node.rows)
    if isinstance(node, Items):
        return "\n".join(_item(number, text, node) for number, text in enumerate(node.texts, 1))
    return node.text


def _item(number: int, text: str, node: Items) -> str:
    return f"{number}. {text}" if node.numbered else f"- {text}"
