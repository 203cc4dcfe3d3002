"""The evidence viewer: escaped, self-contained, and working in a real browser (headless Chromium)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract import Settings, parse_report
from extract.html import render_html

OFFLINE = Settings.resolve({"offline": True})
HOSTILE = '一、工作回顾\n完成投资57.59亿元,同比增长65.92%。<script>window.pwned=1</script><img src=x onerror="window.pwned=2">\n二、存在的问题\n产业转型升级压力还很大。\n三、下一步计划\n(一)狠抓招商。力争新增企业20家。\n'
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def page_for(text: str) -> str:
    return render_html(parse_report(text, OFFLINE), text)


def test_report_text_is_escaped_and_nothing_is_loaded_from_outside() -> None:
    page = page_for(HOSTILE)
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert page.count("<script>") == 1 and "<img" not in page
    assert "http://" not in page and "https://" not in page and "src=" not in page.replace('src=x onerror', '')


def test_every_record_has_an_anchor_at_its_offset() -> None:
    report = parse_report(HOSTILE, OFFLINE)
    page = render_html(report, HOSTILE)
    for i, _ in enumerate(report.indicators):
        assert f'<a id="ind-{i}"></a>' in page
    assert page.count('data-go="ind-') == len(report.indicators)


@pytest.fixture
def browser_page():
    playwright = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        yield page
        browser.close()


def open_page(page, tmp_path: Path, html: str) -> None:
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())


def test_dom_highlights_sorts_filters_and_scrolls(browser_page, tmp_path, seed_path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    report = parse_report(seed_path, OFFLINE)
    open_page(browser_page, tmp_path, render_html(report, text))
    page = browser_page
    assert page.locator("#indicators tbody tr").count() == len(report.indicators)
    assert page.locator("#source a[id^=ind-]").count() == len(report.indicators)
    assert page.locator("#plans li").count() == len(report.plans)
    assert page.evaluate("document.getElementById('source').textContent") == text
    # filter by kind
    page.select_option("#kind", "target")
    targets = sum(1 for i in report.indicators if i.kind == "target")
    assert page.locator("#indicators tbody tr:not([hidden])").count() == targets
    page.select_option("#kind", "all")
    # sort by value, descending after two clicks
    header = page.locator("#indicators th").nth(1)
    header.click()
    header.click()
    first_value = float(page.locator("#indicators tbody tr").first.locator("td").nth(1).inner_text())
    assert first_value == max(i.value for i in report.indicators if i.value is not None)
    # clicking the last row scrolls its evidence into view and flashes it
    last = page.locator("#indicators tbody tr").last
    target_id = last.get_attribute("data-go")
    before = page.evaluate("document.getElementById('source').scrollTop")
    last.click()
    page.wait_for_timeout(300)
    assert page.evaluate("document.getElementById('source').scrollTop") != before
    box = page.evaluate(f"(() => {{ const r = document.querySelector('[data-rec~=\"{target_id}\"]').getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; }})()")
    assert 0 <= box[0] and box[1] <= box[2]
    assert page.locator(f'[data-rec~="{target_id}"].flash').count() >= 1
    page.screenshot(path=str(tmp_path / "viewer.png"))


def test_script_in_a_report_does_not_run(browser_page, tmp_path) -> None:
    open_page(browser_page, tmp_path, page_for(HOSTILE))
    assert browser_page.evaluate("window.pwned === undefined")
    assert "<script>window.pwned=1</script>" in browser_page.locator("#source").inner_text()


def test_a_batch_with_html_writes_one_page_per_report(tmp_path) -> None:
    from typer.testing import CliRunner

    from extract.cli import app
    from helpers import SEEDS

    result = CliRunner().invoke(app, ["run", "--offline", str(SEEDS[0]), str(SEEDS[1]), "-o", f"{tmp_path}/out/", "-f", "html"])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (tmp_path / "out").glob("*.html"))
    assert pages == sorted(s.stem + ".html" for s in SEEDS[:2])
    assert "规模以上工业总产值" in (tmp_path / "out" / (SEEDS[0].stem + ".html")).read_text(encoding="utf-8")
