import codecs

import pytest

from extract.decode import decode_bytes
from extract.errors import EmptyInputError, EncodingError, NotTextError

TEXT = "一、主要经济指标完成情况\n完成规模以上工业总产值61.05亿元，同比增长86.98%。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (BOM)"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16 (BOM)"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_line_ends_read_as_newline_like_python_open() -> None:
    assert decode_bytes("甲\r\n乙\r丙\n".encode()).text == "甲\n乙\n丙\n"


def test_hash_is_of_the_raw_bytes() -> None:
    import hashlib

    data = TEXT.encode("gb18030")
    assert decode_bytes(data).sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "DOCX"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "DOC"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\x00\x01\x02\x03\x04binary\x00", "NUL"),
    ],
)
def test_binary_files_are_refused_with_what_they_look_like(data: bytes, says: str) -> None:
    with pytest.raises(NotTextError, match=says):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\u3000\n".encode()])
def test_empty_and_blank_files_are_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data)


def test_a_few_broken_utf8_bytes_are_replaced_and_warned_about() -> None:
    data = TEXT.encode() * 20
    broken = data[:50] + b"\xff" + data[50:]
    decoded = decode_bytes(broken)
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text
    assert "invalid UTF-8" in decoded.warnings[0]


def test_undecodable_bytes_get_an_encoding_error() -> None:
    with pytest.raises(EncodingError, match="UTF-8"):
        decode_bytes(bytes([0x81, 0x20, 0xFF, 0x30]) * 50 + b"\x81")
