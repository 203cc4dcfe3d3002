from extract.merge import merge_indicators, merge_statements
from extract.schemas import Evidence, Indicator, Problem

SOURCE = "完成规模以上工业总产值61.05亿元,同比增长86.98%;支柱产业支撑力不足"


def ev(quote: str) -> Evidence:
    start = SOURCE.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def test_rule_record_wins_and_model_fills_empty_fields() -> None:
    rule = Indicator(name="工业总产值", value=61.05, unit="亿元", evidence=ev("工业总产值61.05亿元"))
    model = Indicator(name="规模以上工业总产值", value=61.05, unit="亿元", yoy_pct=86.98, period="2021年", evidence=ev(SOURCE[:30]))
    [merged] = merge_indicators([rule], [model])
    assert merged.name == "工业总产值" and merged.evidence == rule.evidence
    assert merged.yoy_pct == 86.98 and merged.period == "2021年"


def test_distinct_numbers_or_places_are_both_kept_in_document_order() -> None:
    a = Indicator(name="增长", yoy_pct=86.98, evidence=ev("同比增长86.98%"))
    b = Indicator(name="产值", value=61.05, unit="亿元", evidence=ev("61.05亿元"))
    assert merge_indicators([a], [b]) == [b, a]


def test_statements_overlapping_by_half_are_duplicates() -> None:
    p1 = Problem(text="支柱产业支撑力不足", evidence=ev("支柱产业支撑力不足"))
    p2 = Problem(text="支柱产业支撑力", evidence=ev("支柱产业支撑力"))
    p3 = Problem(text="同比增长", evidence=ev("同比增长"))
    assert merge_statements([p1], [p2, p3]) == [p3, p1]


def test_numbers_the_rules_refused_as_names_are_refused_for_model_records() -> None:
    text = "新增入库5000万元及以上项目累计15个"
    threshold = Indicator(name="项目", value=5000, unit="万元", evidence=Evidence(quote=text, start=0, end=len(text)))
    count = Indicator(name="项目", value=15, unit="个", evidence=Evidence(quote=text, start=0, end=len(text)))
    roles = {(text.index("5000"), text.index("5000") + 4): "name", (text.index("15"), text.index("15") + 2): "value"}
    assert merge_indicators([], [threshold, count], text=text, number_roles=roles) == [count]


def test_a_rate_the_rules_read_as_target_completion_is_no_model_value() -> None:
    text = "签约资金176.65亿元,完成全年目标任务的102.5%"
    rate = Indicator(name="完成率", value=102.5, unit="%", evidence=Evidence(quote=text[-16:], start=len(text) - 16, end=len(text)))
    at = text.index("102.5")
    assert merge_indicators([], [rate], text=text, number_roles={(at, at + 5): "target_done"}) == []


def test_model_statements_inside_items_the_rules_recorded_are_dropped() -> None:
    item = Problem(text="支柱产业支撑力不足", evidence=ev("支柱产业支撑力不足"))
    inside = Problem(text="支撑力不足", evidence=ev("支撑力不足"))
    start = SOURCE.index("支柱")
    assert merge_statements([item], [inside], covered=[(start - 5, len(SOURCE))]) == [item]
