import pytest
from pydantic import ValidationError

from extract.schemas import Evidence, Indicator, WorkReport, quote_shows_number

SOURCE = "完成规模以上工业总产值61.05亿元,同比增长86.98%"


def evidence(quote: str) -> dict:
    start = SOURCE.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def test_evidence_must_be_the_source_at_its_offsets() -> None:
    Evidence.model_validate(evidence("61.05亿元"), context={"source": SOURCE})
    with pytest.raises(ValidationError, match="not the source text"):
        Evidence.model_validate({"quote": "61.05亿元", "start": 0, "end": 7}, context={"source": SOURCE})
    with pytest.raises(ValidationError, match="length"):
        Evidence.model_validate({"quote": "61.05亿元", "start": 0, "end": 3})


def test_indicator_numbers_must_be_in_the_quote() -> None:
    ok = {"name": "规模以上工业总产值", "value": 61.05, "unit": "亿元", "yoy_pct": 86.98, "evidence": evidence(SOURCE)}
    Indicator.model_validate(ok, context={"source": SOURCE})
    with pytest.raises(ValidationError, match="does not appear"):
        Indicator.model_validate(ok | {"value": 61.5})
    with pytest.raises(ValidationError, match="does not appear"):
        Indicator.model_validate(ok | {"evidence": evidence("61.05亿元")})
    with pytest.raises(ValidationError, match="value or a rate"):
        Indicator.model_validate({"name": "x", "evidence": evidence("61.05亿元")})


def test_kind_is_an_enum_and_extra_fields_are_refused() -> None:
    base = {"name": "产值", "value": 61.05, "unit": "亿元", "evidence": evidence("61.05亿元")}
    with pytest.raises(ValidationError):
        Indicator.model_validate(base | {"kind": "guess"})
    with pytest.raises(ValidationError):
        Indicator.model_validate(base | {"confidence": 0.9})


@pytest.mark.parametrize(("quote", "value"), [("1,463余万元", 1463), ("61.05亿元", 61.05), ("下降9.2%", -9.2)])
def test_number_forms(quote: str, value: float) -> None:
    assert quote_shows_number(quote, value)


@pytest.mark.parametrize(("quote", "value"), [("增长９％", 9), ("分别增长 36. 8、25%", 36.8), ("增长15.\n\n7%", 15.7), ("1,463.5万元", 1463.5)])
def test_a_number_the_judge_cannot_find_in_the_quote_is_not_shown(quote: str, value: float) -> None:
    assert not quote_shows_number(quote, value)


def test_report_json_round_trip_keeps_grounding(seed_path) -> None:
    from extract import parse_report

    report = parse_report(seed_path)
    again = WorkReport.model_validate_json(report.model_dump_json(), context={"source": seed_path.read_text(encoding="utf-8")})
    assert again == report
