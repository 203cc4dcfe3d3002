"""Web pages, Word files and PDFs, made in the test run from the seeds: read by content, quoted by the text
they were read as, scored against the seeds' gold next to the plain text.

The DOCX is built with python-docx (paragraphs, headings, a table); the HTML wraps a seed in a government
site's chrome (menus, an 索引号 table, share buttons, a footer); the PDF is printed by headless Chromium
from that page with a CJK font, with Chromium's own running header and footer, a two-column page and
page numbers.
"""

from __future__ import annotations

import html
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from extract import EmptyInputError, InputError, NotTextError, Settings, WorkReport, parse_report
from extract import scoring
from helpers import GOLD, SEEDS

OFFLINE = Settings.resolve({"offline": True})
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SEED = SEEDS[3]  # 003: headings, numbered items, a problems part


def lines(seed: Path) -> list[str]:
    return [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]


def gov_page(seed: Path, two_columns: bool = False, running: bool = False) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines(seed))
    columns = "<style>.article{column-count:2;column-gap:2em}</style>" if two_columns else ""
    if running:  # fixed elements repeat on every printed page: a running header and footer
        columns += ('<div style="position:fixed;top:0;font-size:10px">某某开发区管理委员会文件 开管〔2014〕1号</div>'
                    '<div style="position:fixed;bottom:0;font-size:10px">某某开发区管委会办公室 2014年1月20日印发</div>'
                    "<style>body{margin:40px 0}</style>")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作报告 - 某某开发区管委会</title>{columns}
<style>body{{font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif;font-size:14px}}</style></head><body>
<nav><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/tzgg">通知公告</a> | <a href="/hdjl">互动交流</a></nav>
<table class="meta"><tr><td>索引号:</td><td>11330100/2014-00012</td><td>发布机构:</td><td>管委会办公室</td></tr>
<tr><td>发布日期:</td><td>2014-01-20</td><td>浏览次数:</td><td>1024</td></tr></table>
<div class="article"><h1>2014年开发区工作报告</h1>{body}</div>
<div class="share">分享到: 微信 微博 QQ空间 【打印本页】【关闭窗口】</div>
<footer>版权所有:某某开发区管理委员会 备案号:浙ICP备12345678号 网站地图 联系我们</footer></body></html>"""


def indicator_f1(report: WorkReport, text: str, seed: Path) -> float:
    gold = json.loads((GOLD / f"{seed.stem}.json").read_text(encoding="utf-8"))
    matched = scoring.score_indicators(gold["indicators"], [json.loads(i.model_dump_json()) for i in report.indicators], text)
    return scoring.prf(matched[0], len(report.indicators), len(gold["indicators"]))[2]


def baseline(seed: Path) -> float:
    return indicator_f1(parse_report(seed, OFFLINE), seed.read_text(encoding="utf-8"), seed)


def check(path: Path, fmt: str, seed: Path = SEED) -> WorkReport:
    report = parse_report(path, OFFLINE)
    text = parse_report.__globals__["read_source"](path)[0].text
    assert report.source.format == fmt
    WorkReport.model_validate_json(report.model_dump_json(), context={"source": text})  # 0 ungrounded
    assert indicator_f1(report, text, seed) >= 0.97 * baseline(seed)
    return report


def test_a_word_file_with_headings_and_a_table(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    for index, line in enumerate(lines(SEED)):
        if index == 2:
            table = document.add_table(rows=2, cols=3)
            for cell, value in zip(table.rows[0].cells + table.rows[1].cells, ["指标", "数值", "增长", "外贸出口", "58.4亿美元", "11.3%"]):
                cell.text = value
        if line.startswith(("一、", "二、", "三、", "四、")):
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    path = tmp_path / "report.docx"
    document.save(str(path))
    report = check(path, "docx")
    assert any(i.value == 58.4 and i.unit == "亿美元" for i in report.indicators)


def test_a_government_web_page_loses_its_chrome(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(gov_page(SEED), encoding="utf-8")
    report = check(path, "html")
    text = parse_report.__globals__["read_source"](path)[0].text
    assert "备案号" not in text and "首页" not in text and "分享到" not in text  # menus, share buttons, footer
    assert not any("浏览次数" in i.evidence.quote or "2014-01-20" in i.evidence.quote for i in report.indicators)
    assert report.plans and report.problems


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium fonts-noto-cjk)")
@pytest.mark.parametrize("two_columns", [False, True], ids=["one-column", "two-columns"])
def test_a_pdf_printed_with_running_headers_and_page_numbers(tmp_path: Path, two_columns: bool) -> None:
    page = tmp_path / "report.html"
    page.write_text(gov_page(SEED, two_columns, running=True), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    report = check(pdf, "pdf")
    assert report.source.pages and report.source.pages >= 2
    records = [*report.indicators, *report.achievements, *report.plans, *report.problems]
    pages = {r.evidence.page for r in records}
    assert 1 in pages and max(pages) >= report.source.pages - 1  # records from the first page to the end
    text = parse_report.__globals__["read_source"](pdf)[0].text
    assert "开管〔2014〕1号" not in text and "印发" not in text  # the running header and footer are gone


def test_a_pdf_without_a_text_layer_says_run_ocr(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(NotTextError, match="no text layer"):
        parse_report(buffer.getvalue(), OFFLINE)


def test_an_encrypted_pdf_asks_for_an_unprotected_copy(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match="encrypted PDF"):
        parse_report(buffer.getvalue(), OFFLINE)


@pytest.mark.parametrize(("data", "error", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, NotTextError, "save it as .docx"),
    (b"PK\x03\x04" + b"\0" * 64, InputError, "damaged ZIP/DOCX"),
    (b"%PDF-1.7\n1 0 obj <<", InputError, "damaged PDF"),
    (b"<!DOCTYPE html><html><body><nav><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></nav></body></html>", EmptyInputError, "no article text"),
])
def test_files_that_cannot_be_read_say_what_to_do(data: bytes, error: type, says: str) -> None:
    with pytest.raises(error, match=says):
        parse_report(data, OFFLINE)


def test_the_cli_emits_the_text_and_a_batch_keeps_it_beside_the_json(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from extract.cli import app

    page = tmp_path / "in" / "report.html"
    page.parent.mkdir()
    page.write_text(gov_page(SEED), encoding="utf-8")
    emitted = tmp_path / "report.txt"
    result = CliRunner().invoke(app, ["run", "-q", str(page), "--emit-text", str(emitted)])
    assert result.exit_code == 0, result.stderr
    report = WorkReport.model_validate_json(result.stdout, context={"source": emitted.read_text(encoding="utf-8")})
    assert report.source.format == "html" and report.indicators
    batch = CliRunner().invoke(app, ["run", "-q", str(page.parent), "-o", f"{tmp_path}/out/"])
    assert batch.exit_code == 0, batch.stderr
    assert (tmp_path / "out" / "report.txt").read_text(encoding="utf-8") == emitted.read_text(encoding="utf-8")
