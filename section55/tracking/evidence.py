"""Which evidence files are accepted: by name and by content, so a renamed file is refused."""

ALLOWED = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (b"PK\x03\x04",),
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        (b"PK\x03\x04",),
    ),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".csv": ("text/csv", ()),
    ".txt": ("text/plain", ()),
}


class EvidenceRefused(Exception):
    pass


def check_evidence(filename: str, content: bytes) -> str:
    """The media type to serve the file with; ``EvidenceRefused`` naming the problem otherwise."""
    extension = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in ALLOWED:
        kinds = ", ".join(sorted(ext.lstrip(".").upper() for ext in ALLOWED))
        raise EvidenceRefused(f"{filename} is not a kind of file accepted as evidence ({kinds})")
    if not content:
        raise EvidenceRefused(f"{filename} is empty")
    media_type, signatures = ALLOWED[extension]
    if signatures and not content.startswith(signatures):
        raise EvidenceRefused(f"{filename} does not contain what its name says ({extension})")
    if not signatures and not _is_text(content):
        raise EvidenceRefused(f"{filename} is not readable text")
    return media_type


def _is_text(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in content
