import asyncio
import contextlib
import io

import pytest

from extract import EmptyInputError, InputError, NotTextError, Settings, WorkReport, aparse_report, parse_report

from helpers import SEEDS
from quality import score_reports

# What the offline rules reach on the seeds today (issue 2 asks 0.90 / 0.70 / 0.50); a drop below fails.
FLOOR = {"indicators": 0.96, "plans": 0.94, "problems": 0.92}


def test_offline_quality_on_the_seeds(tmp_path) -> None:
    reports = {seed.name: parse_report(seed).model_dump_json() for seed in SEEDS}
    with contextlib.redirect_stdout(io.StringIO()):
        summary = score_reports(reports, tmp_path)
    assert summary["ungrounded"] == 0
    for section, floor in FLOOR.items():
        assert summary[section][2] >= floor, (section, summary[section])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_record_is_grounded_in_the_source(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    report = parse_report(seed)
    WorkReport.model_validate_json(report.model_dump_json(), context={"source": text})
    assert report.source.chars == len(text)
    assert report.stats.backend == "rules" and report.stats.chunks > 0


def test_text_bytes_and_path_give_the_same_records(seed_path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    by_path = parse_report(seed_path)
    by_str_path = parse_report(str(seed_path))
    by_text = parse_report(text)
    by_bytes = parse_report(text.encode("gb18030"))
    assert by_path.indicators == by_str_path.indicators == by_text.indicators == by_bytes.indicators
    assert by_path.source.name == seed_path.name and by_text.source.name == "<text>"
    assert by_bytes.source.encoding == "gb18030"


def test_async_entry_point(seed_path) -> None:
    report = asyncio.run(aparse_report(seed_path))
    assert report.indicators == parse_report(seed_path).indicators


def test_chunk_size_setting_is_used(seed_path) -> None:
    small = parse_report(seed_path, Settings.resolve({"chunk_chars": 200}))
    large = parse_report(seed_path, Settings.resolve({"chunk_chars": 5000}))
    assert small.stats.chunks > large.stats.chunks


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"", EmptyInputError), (b"%PDF-1.5\n", InputError), ("发布日期:2024-01-03\n版权声明\n".encode(), EmptyInputError)],
)
def test_bad_input_raises_input_errors_naming_the_file(tmp_path, content: bytes, error: type) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match="bad.txt"):
        parse_report(path)


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        parse_report(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        parse_report(tmp_path)


def test_a_str_that_looks_like_a_missing_path_is_an_error_not_text(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        parse_report("reports/missing.txt")
    with pytest.raises(InputError, match="no such file"):
        parse_report("missing.txt")
    assert parse_report("一、回顾\n新增企业12家。").indicators[0].value == 12


def test_one_line_chinese_text_with_a_slash_is_text() -> None:
    [ind] = parse_report("PM2.5平均浓度下降到35微克/立方米。").indicators
    assert ind.value == 35
