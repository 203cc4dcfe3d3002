"""Stage 1a, formats: web pages, Word files and PDFs to the text every offset indexes.

Recognised by content, not by name: ``%PDF`` is a PDF (pypdf), a ZIP holding
``word/document.xml`` is a DOCX (python-docx), markup that opens like a web page is
HTML (trafilatura keeps the article's paragraphs and headings and drops menus,
share buttons and footers). What comes out is the document's text, one paragraph a
line; it is what `source.format` names and what `extract run --emit-text` writes, so
``text[start:end] == quote`` can be checked against it. A PDF's pages are joined with
their running headers, footers and page numbers dropped, and a sentence wrapped across
lines or pages made whole again; `Converted.pages` gives where each page starts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from extract.schemas import SourceFormat

from .errors import EmptyInputError, InputError, NotTextError

__all__ = ["Converted", "SourceFormat", "convert"]

_HTML_OPENING = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?\s*$|^\s*第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")
_SENTENCE_END = "。！？!?；;：:…」”\"》）)"
_STARTS_ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．是要]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]{1,3}[,，、部章])")
_MIN_REPEATS = 2


@dataclass(frozen=True)
class Converted:
    text: str
    format: SourceFormat
    pages: tuple[int, ...] = ()  # a PDF's page starts, as offsets into `text`


def convert(data: bytes) -> Converted | None:
    """The text of a web page, Word file or PDF; None for anything else (plain text goes to decode)."""
    if data.startswith(b"%PDF"):
        return _pdf(data)
    if data.startswith(_OLE2):
        raise NotTextError("a legacy Word/Office file (.doc): open it in Word or LibreOffice and save it as .docx, then run again")
    if data.startswith(b"PK\x03\x04"):
        return _docx(data)
    if _HTML_OPENING.match(data[:4096]):
        return _html(data)
    return None


def _html(data: bytes) -> Converted:
    import trafilatura

    text = trafilatura.extract(
        data, output_format="txt", include_tables=True, include_comments=False, favor_recall=True, deduplicate=False
    )
    if not text or not text.strip():
        raise EmptyInputError("a web page with no article text found (only menus, links or scripts)")
    return Converted(_tidy_lines(text), "html")


def _docx(data: bytes) -> Converted:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise InputError("a damaged ZIP/DOCX file: it cannot be opened; save it again from Word") from None
    if "word/document.xml" not in names:
        raise NotTextError("a ZIP archive that is no Word document (no word/document.xml); unpack it and give the reports inside")
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises a variety of lxml and KeyError types on damaged files
        raise InputError(f"a damaged Word file ({type(exc).__name__}); save it again from Word") from None
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            for row in Table(element, document).rows:  # a table row reads as one line, its cells apart
                cells: list[str] = []
                for cell in row.cells:
                    if cell.text.strip() and (not cells or cells[-1] != cell.text.strip()):  # merged cells repeat
                        cells.append(cell.text.strip())
                lines.append("  ".join(cells))
    text = _tidy_lines("\n".join(lines))
    if not text.strip():
        raise EmptyInputError("a Word file with no text")
    return Converted(text, "docx")


def _pdf(data: bytes) -> Converted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("an encrypted PDF: open it with its password and save an unprotected copy, then run again")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"a damaged PDF ({type(exc).__name__}); download or export it again") from None
    if not any(re.search(r"[\u4e00-\u9fffA-Za-z0-9]", page) for page in pages):
        raise NotTextError("a PDF with no text layer (a scan); run OCR on it first, or give the report as text")
    page_lines = [[line.strip() for line in page.splitlines()] for page in pages]
    furniture = _running_lines(page_lines)
    text, starts = "", []
    for lines in page_lines:
        starts.append(len(text))
        for line in lines:
            if not line or _PAGE_NUMBER.match(line) or _shape(line) in furniture:
                continue
            text = _join(text, line)
    return Converted(_tidy_lines(text), "pdf", tuple(starts))


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines at the top or bottom of most pages, digits aside (a running title, a date, 第#页): page furniture."""
    if len(pages) < _MIN_REPEATS:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        kept = [line for line in lines if line]
        counts.update({_shape(line) for line in kept[:2] + kept[-2:]})
    return {shape for shape, n in counts.items() if n >= max(_MIN_REPEATS, len(pages) // 2 + 1)}


def _join(text: str, line: str) -> str:
    """A line continues the one before it unless that one ended a sentence or this one opens an item."""
    if not text:
        return line
    if text.endswith("\n") or text[-1] in _SENTENCE_END or _STARTS_ITEM.match(line):
        return text.rstrip("\n") + "\n" + line
    separator = " " if text[-1].isascii() and text[-1].isalnum() and line[0].isascii() and line[0].isalnum() else ""
    return text + separator + line


def _tidy_lines(text: str) -> str:
    """One paragraph a line, no blank runs, no trailing spaces; the text offsets index from here on."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line) + "\n"
