from extract.merge import merge_indicators, merge_statements
from extract.schemas import Evidence, Indicator, Problem

SOURCE = "完成规模以上工业总产值61.05亿元,同比增长86.98%;支柱产业支撑力不足"


def ev(quote: str) -> Evidence:
    start = SOURCE.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def test_the_first_record_wins_and_a_twin_fills_empty_fields() -> None:
    first = Indicator(name="工业总产值", value=61.05, unit="亿元", evidence=ev(SOURCE[:30]))
    twin = Indicator(name="规模以上工业总产值", value=61.05, unit="亿元", yoy_pct=86.98, period="2021年", evidence=ev(SOURCE[2:30]))
    [merged] = merge_indicators([first, twin])
    assert merged.name == "工业总产值" and merged.evidence == first.evidence
    assert merged.yoy_pct == 86.98 and merged.period == "2021年"


def test_distinct_numbers_or_places_are_both_kept_in_document_order() -> None:
    a = Indicator(name="增长", yoy_pct=86.98, evidence=ev("同比增长86.98%"))
    b = Indicator(name="产值", value=61.05, unit="亿元", evidence=ev("61.05亿元"))
    assert merge_indicators([a, b]) == [b, a]


def test_statements_overlapping_by_half_are_duplicates() -> None:
    p1 = Problem(text="支柱产业支撑力不足", evidence=ev("支柱产业支撑力不足"))
    p2 = Problem(text="支柱产业支撑力", evidence=ev("支柱产业支撑力"))
    p3 = Problem(text="同比增长", evidence=ev("同比增长"))
    assert merge_statements([p1, p2, p3]) == [p3, p1]


def test_a_twin_never_fills_a_number_the_kept_quote_does_not_show() -> None:
    short = Indicator(name="工业总产值", value=61.05, unit="亿元", evidence=ev("工业总产值61.05亿元"))
    longer = Indicator(name="工业总产值", value=61.05, unit="亿元", yoy_pct=86.98, period="2021年", evidence=ev(SOURCE[:30]))
    [merged] = merge_indicators([short, longer])
    assert merged.yoy_pct is None and merged.period == "2021年"


def test_one_rate_shared_by_two_metrics_the_quote_names_is_two_records_a_renamed_twin_is_one() -> None:
    quote = "固定资产投资、工业投资均增长12%"
    span = Evidence(quote=quote, start=0, end=len(quote))
    fixed = Indicator(name="固定资产投资", yoy_pct=12, evidence=span)
    industrial = Indicator(name="工业投资", yoy_pct=12, evidence=span)
    renamed = Indicator(name="全社会固定资产投资", yoy_pct=12, evidence=span)  # holds the kept name: the same metric
    assert merge_indicators([fixed, industrial, renamed]) == [fixed, industrial]
