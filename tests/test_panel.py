"""`extract table`: the panel across saved reports, in every format, queried by readers other than the writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from helpers import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", "-q", *map(str, SEEDS), "-o", f"{out}/", "-f", "html"])
    assert result.exit_code == 0, result.stderr
    return out


def table(outputs: Path, name: str) -> Path:
    path = outputs.parent / name
    result = runner.invoke(app, ["table", str(outputs), "-o", str(path), "--overwrite"])
    assert result.exit_code == 0, result.stderr
    return path


def test_sqlite_has_keyed_tables_that_answer_a_question_in_sql(outputs: Path) -> None:
    db = sqlite3.connect(table(outputs, "panel.sqlite"))
    assert {r[0] for r in db.execute("select name from sqlite_master where type='table'")} >= {
        "reports", "indicators", "achievements", "plans", "problems"}
    assert any("metric" in (r[0] or "") for r in db.execute("select sql from sqlite_master where type='index'"))
    rows = db.execute(
        "select r.body, r.period_reviewed, i.value, i.unit, i.value_std from indicators i join reports r using (report_id)"
        " where i.metric = 'gdp' and i.value is not null and r.body = '常德经开区'"
    ).fetchall()
    assert rows == [("常德经开区", "2020年", 143.0, "亿元", 1.43e10)]
    assert db.execute("select count(*) from reports").fetchone()[0] == len(SEEDS)
    assert db.execute("pragma foreign_key_list(indicators)").fetchall()


def test_parquet_is_read_by_another_reader(outputs: Path) -> None:
    polars = pytest.importorskip("polars")
    frame = polars.read_parquet(table(outputs, "panel.parquet"))
    sqlite_count = sqlite3.connect(table(outputs, "panel.sqlite")).execute("select count(*) from indicators").fetchone()[0]
    assert frame.height == sqlite_count > 300
    assert frame.filter(polars.col("metric") == "retail_sales").height >= 3


def test_csv_and_xlsx_hold_the_same_rows(outputs: Path) -> None:
    from openpyxl import load_workbook

    csv_rows = table(outputs, "panel.csv").read_text(encoding="utf-8-sig").splitlines()
    sheet = load_workbook(table(outputs, "panel.xlsx")).active
    assert csv_rows[0].startswith("report_id,file,body,type") and sheet.max_row == len(csv_rows)


def test_the_panel_never_overwrites_and_says_what_it_needs(outputs: Path, tmp_path: Path) -> None:
    target = tmp_path / "panel.csv"
    target.write_text("mine", encoding="utf-8")
    refused = runner.invoke(app, ["table", str(outputs), "-o", str(target)])
    assert refused.exit_code == 5 and target.read_text(encoding="utf-8") == "mine"
    assert runner.invoke(app, ["table", str(tmp_path / "nothing")]).exit_code == 2
    assert "panel is written as" in runner.invoke(app, ["table", str(outputs), "-o", str(tmp_path / "p.txt")]).stderr


def test_the_batch_page_in_a_browser(outputs: Path) -> None:
    import shutil

    playwright = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    page_path = outputs / "index.html"
    runner.invoke(app, ["table", str(outputs), "-o", str(page_path), "--overwrite"])
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.goto(page_path.as_uri())
        assert page.locator("#reports tbody tr").count() == len(SEEDS)
        gdp = page.locator("section.metric[data-metric^='地区生产总值 (gdp, 元)'] g.bar")
        assert gdp.count() >= 2 and page.locator("section.metric").count() >= 10
        page.locator("#reports a", has_text="evidence").first.click()
        assert page.url.endswith(".html") and page.locator("mark, .ind, [id^='ind-']").count() > 0  # the evidence page opened
        browser.close()
