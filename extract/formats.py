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
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from extract.schemas import SourceFormat

from .errors import EmptyInputError, InputError, NotTextError
from .chars import CJK

__all__ = ["Converted", "SourceFormat", "convert"]

_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?\s*$|^\s*第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")
_SENTENCE_END = "。！？!?；;：:…」”\"》）)"
_STARTS_ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．是要]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]{1,3}[,，、部章])")
_MIN_REPEATS = 2
_MIN_ARTICLE_CJK = 20
# PDF fonts often map a glyph to its radical's code point (⼯ U+2F2F for 工, ⻚ U+2EDA for 页): the Kangxi
# radicals NFKC-normalise to the ideograph; the radicals supplement has no such mapping, so it is listed here.
_RADICAL_SUPPLEMENT = str.maketrans({
    "\u2e9f": "母", "\u2ea0": "民", "\u2eb0": "纟", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec8": "讠",
    "\u2ec9": "贝", "\u2ecb": "车", "\u2ecc": "辶", "\u2ed0": "钅", "\u2ed3": "长", "\u2ed4": "门", "\u2ed8": "青",
    "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2edd": "食", "\u2ee0": "饣", "\u2ee2": "马",
    "\u2ee3": "骨", "\u2ee4": "鬼", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄",
    "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙", "\u2ef3": "龟",
    # Kangxi radicals whose NFKC ideograph is the traditional form, where a simplified font draws the simplified one
    "\u2f3e": "户", "\u2fad": "青",
})
_KANGXI = re.compile(r"[\u2f00-\u2fd5]")


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
    if _looks_like_html(data[:4096]):
        return _html(data)
    return None


def _looks_like_html(head: bytes) -> bool:
    """Markup that opens like a web page, after a BOM, an XML prolog and comments (skipped in a loop, not a
    regex: nested quantifiers over comments backtrack exponentially)."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    while head.startswith((b"<?xml", b"<!--")):
        end = head.find(b"?>" if head.startswith(b"<?xml") else b"-->")
        if end < 0:
            return False
        head = head[end + (2 if head.startswith(b"<?xml") else 3) :].lstrip()
    return bool(_HTML_TAG.match(head))


def _html(data: bytes) -> Converted:
    import trafilatura

    text = trafilatura.extract(
        data, output_format="txt", include_tables=True, include_comments=False, favor_recall=True, deduplicate=False
    )
    if not text or len(CJK.findall(text)) < _MIN_ARTICLE_CJK:
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
    try:
        lines = _docx_lines(data)
    except Exception as exc:  # python-docx raises lxml, KeyError, ValueError … on damaged files: all one answer
        raise InputError(f"a damaged Word file ({type(exc).__name__}); save it again from Word") from None
    text = _tidy_lines("\n".join(lines))
    if not text.strip():
        raise EmptyInputError("a Word file with no text")
    return Converted(text, "docx")


def _docx_lines(data: bytes) -> list[str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            for row in Table(element, document).rows:  # a table row reads as one line, its cells apart
                cells: list[str] = []
                seen: list[object] = []
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell is listed once per grid column it spans
                        continue
                    seen.append(cell._tc)
                    if cell.text.strip():
                        cells.append(cell.text.strip())
                lines.append("  ".join(cells))
    return lines


def _pdf(data: bytes) -> Converted:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("an encrypted PDF: open it with its password and save an unprotected copy, then run again")
        pages = [_unify_radicals(page.extract_text() or "") for page in reader.pages]
    except InputError:
        raise
    except DependencyError:
        raise InputError("an encrypted PDF (AES): open it with its password and save an unprotected copy, then run again") from None
    except Exception as exc:  # pypdf raises many types on damaged files (PdfReadError, ParseError, TypeError …)
        raise InputError(f"a damaged PDF ({type(exc).__name__}); download or export it again") from None
    if not any(re.search(r"[\u4e00-\u9fffA-Za-z0-9]", page) for page in pages):
        raise NotTextError("a PDF with no text layer (a scan); run OCR on it first, or give the report as text")
    page_lines = [[line.strip() for line in page.splitlines()] for page in pages]
    furniture = _running_lines(page_lines)
    pieces: list[str] = []  # joined once at the end: growing one string line by line is quadratic
    length, starts = 0, []
    for lines in page_lines:
        starts.append(length)
        for line in lines:
            if not line or _PAGE_NUMBER.match(line) or _shape(line) in furniture:
                continue
            piece = _separator(pieces[-1] if pieces else "", line) + line
            pieces.append(piece)
            length += len(piece)
    return Converted(_tidy_lines("".join(pieces)), "pdf", tuple(starts))


def _unify_radicals(text: str) -> str:
    return _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text.translate(_RADICAL_SUPPLEMENT))


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines found on most pages, digits aside (a running title, a 文件 number, a date, 第#页): page furniture.
    Anywhere on the page, not only first or last: a PDF's content stream may hold them mid-page."""
    if len(pages) < _MIN_REPEATS:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_shape(line) for line in lines if len(line) >= 4})
    return {shape for shape, n in counts.items() if n >= max(_MIN_REPEATS, len(pages) // 2 + 1)}


def _separator(previous: str, line: str) -> str:
    """A line continues the one before it unless that one ended a sentence or this one opens an item."""
    if not previous:
        return ""
    if previous[-1] in _SENTENCE_END or _STARTS_ITEM.match(line):
        return "\n"
    return " " if previous[-1].isascii() and previous[-1].isalnum() and line[0].isascii() and line[0].isalnum() else ""


def _tidy_lines(text: str) -> str:
    """One paragraph a line, no blank runs, no trailing spaces; the text offsets index from here on."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line) + "\n"
