"""Stage 1, decode: raw bytes -> text, with the encoding it was found in.

Offsets everywhere index the text this stage returns, which is what Python's
``open(path, encoding=...)`` gives: a BOM is dropped and CRLF/CR line ends are
read as ``\\n``. Detection order: BOM, strict UTF-8 (without NULs), BOM-less UTF-16,
strict GB18030; UTF-8 with a few broken sequences is kept (as U+FFFD) and warned about
rather than re-read as GB18030 mojibake.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field

from extract.schemas import SourceFormat

from .errors import EmptyInputError, EncodingError, NotTextError

__all__ = ["Decoded", "decode_bytes"]

# magic number -> what the user most likely gave us
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX files are ZIP archives)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC/XLS)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program (ELF)"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A file whose broken UTF-8 sequences are at most this share of its good multi-byte characters
# is UTF-8 with damage, not GB18030 (which, read as UTF-8, breaks at nearly every character).
_MAX_BROKEN_UTF8_SHARE = 0.01
# How much of a file the UTF-16 sniffing looks at; the whole file is still decoded to confirm.
_SNIFF_BYTES = 8192
_MIN_UTF16_BYTES = 16


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    sha256: str
    warnings: list[str] = field(default_factory=list)
    format: SourceFormat = "text"  # html, docx or pdf when formats.py extracted the text
    pages: tuple[int, ...] = ()  # a PDF's page starts in `text`


def decode_bytes(data: bytes) -> Decoded:
    """Decode a report's bytes, refusing binary files with a message that says what they look like."""
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise EmptyInputError("the file is empty or holds only white space; nothing to extract")
    text, encoding, warnings = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError("the file holds only white space; nothing to extract")
    return Decoded(text=text, encoding=encoding, sha256=digest, warnings=warnings)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "") + " (BOM)", []
            except UnicodeDecodeError as exc:
                raise EncodingError(f"the file starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}") from None
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(f"not a text file: it looks like {what}; convert it to plain text (.txt) first")
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8", []
    except UnicodeDecodeError:
        pass
    if utf16 := _bomless_utf16(data):
        return data.decode(utf16), utf16, []
    if b"\x00" in data:
        raise NotTextError("not a text file: it contains NUL bytes; convert it to plain text (.txt) first")
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for char in text if char > "\x7f") - broken
    if broken <= max(1, multibyte * _MAX_BROKEN_UTF8_SHARE):
        return text, "utf-8", [f"{broken} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    try:
        return data.decode("gb18030"), "gb18030", []
    except UnicodeDecodeError:
        raise EncodingError(
            "not UTF-8, UTF-16 or GB18030 text; re-save the file as UTF-8 (is it a PDF or Word file renamed to .txt?)"
        ) from None


def _bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order whose high bytes look like text, if the data decodes in it."""
    if len(data) < _MIN_UTF16_BYTES or len(data) % 2:
        return None  # too short to tell UTF-16 from a few stray bytes
    sample = data[:_SNIFF_BYTES]
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if _ascii_heavy(high) or _cjk_heavy(high):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return encoding
    return None


def _ascii_heavy(high: bytes) -> bool:
    """Latin text and digits in UTF-16 put a NUL in (nearly) every high byte."""
    return high.count(0) >= len(high) * 0.7


def _cjk_heavy(high: bytes) -> bool:
    """Chinese text in UTF-16 has most high bytes in the CJK block (0x4E-0x9F), the rest ASCII or CJK/full-width punctuation."""
    ideographs = sum(1 for b in high if 0x4E <= b <= 0x9F)
    punctuation = sum(1 for b in high if b in (0x00, 0x30, 0xFF))
    return ideographs >= len(high) * 0.5 and ideographs + punctuation >= len(high) * 0.8
