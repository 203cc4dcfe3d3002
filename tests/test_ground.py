from extract.ground import ground_records, locate_quote
from extract.schemas import Evidence, Grounding, Indicator, Plan

SOURCE = "一是围绕主要经济指标，力争2021年再上新台阶。完成投资１２０亿元。"


def test_exact_quote_is_found_in_its_window() -> None:
    ev = locate_quote("力争2021年再上新台阶", SOURCE)
    assert ev is not None and ev.grounding is Grounding.exact
    assert SOURCE[ev.start : ev.end] == ev.quote
    assert locate_quote("力争2021年再上新台阶", SOURCE, 0, 10) is None


def test_retyped_quote_is_recovered_with_the_source_text() -> None:
    ev = locate_quote("围绕主要经济指标, 力争2021年再上新台阶", SOURCE)
    assert ev is not None and ev.grounding is Grounding.recovered
    assert ev.quote == "围绕主要经济指标，力争2021年再上新台阶"
    assert SOURCE[ev.start : ev.end] == ev.quote
    width = locate_quote("完成投资120亿元", SOURCE)
    assert width is not None and width.quote == "完成投资１２０亿元"


def test_invented_quotes_are_not_found() -> None:
    assert locate_quote("完成投资130亿元", SOURCE) is None
    assert locate_quote("", SOURCE) is None


def test_ground_records_drops_what_the_source_does_not_say() -> None:
    good = Plan(text="力争", evidence=Evidence(quote="力争", start=SOURCE.index("力争"), end=SOURCE.index("力争") + 2))
    moved = Plan(text="力争", evidence=Evidence(quote="力争", start=0, end=2))
    ind = Indicator(name="力争", value=2021, unit="年", evidence=Evidence(quote="2021年", start=SOURCE.index("2021"), end=SOURCE.index("2021") + 5))
    result = ground_records([good, moved, ind], SOURCE)
    assert result.kept == [good, ind]
    assert len(result.dropped) == 1 and "plan at 0" in result.dropped[0]
