"""The fonts every PDF is printed in, installed with the project, never the server's own.

A published PDF must look the same whichever machine printed it, so WeasyPrint is given the
project's own copy of **Arimo** (Apache 2.0 / SIL OFL; metrically compatible with Arial, the font
of the DOCX and of most published responses). It comes from npm (``@fontsource/arimo`` in
``package.json``) as WOFF2 files, one per script subset, weight and style; the Latin and
Latin Extended subsets cover English and Welsh (ŵ, ŷ). Characters outside them fall back to
whatever the system has, which is the best that can be done for text no subset covers.

``FontFiles`` finds the files and refuses to go on if any is missing (a PDF in some other font
would be published without anyone noticing); ``font_face_css`` declares them; ``allows`` is what
the PDF fetcher checks, so rendering can read these files and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FAMILY = "Arimo"
FONT_STACK = f'"{FAMILY}", Arial, Helvetica, sans-serif'
PACKAGE = "@fontsource/arimo"
PROJECT_DIR = Path(__file__).resolve().parents[3]
DEFAULT_DIR = PROJECT_DIR / "node_modules" / PACKAGE / "files"

# The Google Fonts subsets, as the package's own stylesheets declare them.
SUBSETS = {
    "latin": (
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,"
        "U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
    ),
    "latin-ext": (
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,"
        "U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,"
        "U+2C60-2C7F,U+A720-A7FF"
    ),
}
WEIGHTS = (400, 700)
STYLES = ("normal", "italic")


class MissingFonts(RuntimeError):
    """The project's PDF fonts are not installed."""


@dataclass(frozen=True)
class Face:
    subset: str
    weight: int
    style: str
    path: Path

    @property
    def url(self) -> str:
        return self.path.as_uri()

    def css(self) -> str:
        return (
            f'@font-face {{ font-family: "{FAMILY}"; font-style: {self.style}; '
            f"font-weight: {self.weight}; src: url({self.url}) format('woff2'); "
            f"unicode-range: {SUBSETS[self.subset]}; }}"
        )


class FontFiles:
    """The faces in ``directory``, all present, or ``MissingFonts`` naming the first absent."""

    def __init__(self, directory: Path = DEFAULT_DIR) -> None:
        self.faces = tuple(_faces(directory))
        missing = [face.path for face in self.faces if not face.path.is_file()]
        if missing:
            raise MissingFonts(
                f"The PDF font {FAMILY} is not installed: {missing[0]} is missing. "
                "Run `make install` (it installs npm's " + PACKAGE + ")."
            )
        self._urls = frozenset(face.url for face in self.faces)

    def font_face_css(self) -> str:
        return "\n".join(face.css() for face in self.faces)

    def allows(self, url: str) -> bool:
        return url in self._urls


def _faces(directory: Path):
    for subset in SUBSETS:
        for weight in WEIGHTS:
            for style in STYLES:
                name = f"arimo-{subset}-{weight}-{style}.woff2"
                yield Face(subset, weight, style, directory / name)
