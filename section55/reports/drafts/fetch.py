"""A report's document fetched from its web address, with a timeout and a size limit.

Only http and https are followed, on every redirect too. Addresses on this machine or a private
network are refused unless ``allow_private`` is set (tests fetch from a server on 127.0.0.1), so
that the service cannot be used to read pages that only it can reach.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from section55.extraction import DocumentError

TIMEOUT_SECONDS = 20
SCHEMES = ("http", "https")
_SUFFIXES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
}


def fetch_document(
    url: str,
    *,
    max_bytes: int,
    timeout: float = TIMEOUT_SECONDS,
    allow_private: bool = False,
) -> tuple[str, bytes]:
    """The document's file name and bytes, or DocumentError naming the address and the problem."""
    check_address(url, allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    # check_address has refused every scheme but http and https, here and on each redirect.
    request = urllib.request.Request(url, headers={"User-Agent": "section55"})  # noqa: S310
    try:
        with opener.open(request, timeout=timeout) as response:
            data = _read_limited(response, max_bytes, url)
            return file_name(response.url, response.headers), data
    except DocumentError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:  # urllib refuses redirects to schemes other than web ones
            raise DocumentError("redirects to an address that is not a web address", url) from None
        raise DocumentError(
            f"could not be fetched: the server answered {error.code}", url
        ) from None
    except TimeoutError:
        raise DocumentError(f"did not answer within {timeout:g} seconds", url) from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise DocumentError(f"could not be fetched ({reason})", url) from None


def check_address(url: str, allow_private: bool = False) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise DocumentError("is not a web address: it must start with http:// or https://", url)
    if not allow_private and _is_private(parts.hostname, parts.port):
        raise DocumentError("is on a private network, which this service does not fetch from", url)


def _is_private(host: str, port: int | None) -> bool:
    try:
        addresses = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return False  # the fetch itself will report that the host is unknown
    for *_, sockaddr in addresses:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if not address.is_global:
            return True
    return False


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_address(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_limited(response, max_bytes: int, url: str) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise DocumentError(f"is over the {size_words(max_bytes)} limit", url)
    data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentError(f"is over the {size_words(max_bytes)} limit", url)
    return data


def size_words(max_bytes: int) -> str:
    """A byte count as people write it: 50 MB, 9.8 KB, 200 bytes."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if max_bytes >= scale:
            return f"{max_bytes / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{max_bytes} bytes"


def file_name(url: str, headers: Message) -> str:
    """The name the server gives the document, else the address's last part, with a suffix that
    matches its content type when it has none."""
    name = headers.get_filename() or unquote(PurePosixPath(urlsplit(url).path).name)
    name = PurePosixPath(name.replace("\\", "/")).name or "document"
    if not PurePosixPath(name).suffix:
        name += _SUFFIXES.get(headers.get_content_type(), "")
    return name
