"""A standalone, accessible HTML5 document, and the same markup as a fragment for the web page.

Every piece of text goes through ``html.escape``, so no field can add markup; links are only made
for http(s) addresses (see ``outline.safe_url``). The embedded stylesheet is also the print and
PDF stylesheet: ``@page`` sets the margins, the font and the page number in the footer.
"""

from __future__ import annotations

from html import escape

from ..document import ResponseDocument
from .fonts import FONT_STACK
from .outline import Detail, Details, Heading, Items, Node, Paragraph, clean, outline

FONT = FONT_STACK
STYLESHEET = f"""
@page {{
  size: A4;
  margin: 2cm 2cm 2.2cm;
  font-family: {FONT};
  @bottom-center {{
    content: "Page " counter(page) " of " counter(pages);
    font-family: {FONT};
    font-size: 9pt;
    color: #505a5f;
  }}
}}
html {{ font-family: {FONT}; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }}
body {{ margin: 0; background: #fff; }}
main {{ max-width: 46em; margin: 0 auto; padding: 1em; }}
h1 {{ font-size: 20pt; line-height: 1.2; margin: 0 0 0.8em; }}
h2 {{ font-size: 15pt; margin: 1.4em 0 0.6em; break-after: avoid; }}
h3 {{ font-size: 13pt; margin: 1.2em 0 0.5em; break-after: avoid; }}
/* a heading's size is what tells it apart in the PDF: keep every heading above 1.12 x 11pt */
h4 {{ font-size: 12.5pt; margin: 1em 0 0.5em; break-after: avoid; }}
p, dd, ul, ol {{ margin: 0 0 0.8em; }}
dl {{ margin: 0 0 1em; }}
dt {{ font-weight: bold; margin: 0 0 0.8em; }}
dd {{ margin-left: 0; }}
li {{ margin-bottom: 0.3em; }}
a {{ color: #1d70b8; overflow-wrap: anywhere; }}
@media print {{ main {{ max-width: none; padding: 0; }} a {{ color: inherit; }} }}
"""


def render_html(doc: ResponseDocument) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{_attribute(doc.language)}">',
            _head(doc),
            f"<body>\n<main>\n{render_html_fragment(doc)}\n</main>\n</body>",
            "</html>",
        ]
    )


def render_html_fragment(doc: ResponseDocument) -> str:
    """The content of ``<main>``: one ``<h1>`` and what follows it."""
    return "\n".join(_node(node) for node in outline(doc))


def _head(doc: ResponseDocument) -> str:
    meta = {"author": doc.author, "description": doc.inspection_title}
    if doc.published_on:
        meta["dcterms.created"] = doc.published_on.isoformat()
    tags = "".join(
        f'<meta name="{name}" content="{_attribute(value)}">\n'
        for name, value in meta.items()
        if value
    )
    return (
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(doc.title)}</title>\n{tags}<style>{STYLESHEET}</style>\n</head>"
    )


def _node(node: Node) -> str:
    if isinstance(node, Heading):
        return f"<h{node.level}>{_text(node.text)}</h{node.level}>"
    if isinstance(node, Paragraph):
        return f"<p>{_text(node.text)}</p>"
    if isinstance(node, Items):
        return _items(node)
    return _details(node)


def _items(node: Items) -> str:
    tag = "ol" if node.numbered else "ul"
    wrap = "<strong>{}</strong>" if node.strong else "{}"
    items = "".join(f"<li>{wrap.format(_text(text))}</li>" for text in node.texts)
    return f"<{tag}>{items}</{tag}>"


def _details(node: Details) -> str:
    rows = "\n".join(f"<dt>{_text(row.label)}</dt>\n<dd>{_value(row)}</dd>" for row in node.rows)
    return f"<dl>\n{rows}\n</dl>"


def _value(row: Detail) -> str:
    if row.url:
        return f'<a href="{_attribute(row.url)}">{_text(row.value)}</a>'
    return _text(row.value)


def _text(text: str) -> str:
    return escape(clean(text))


def _attribute(text: str) -> str:
    return escape(clean(text), quote=True)
