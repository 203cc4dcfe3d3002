import pytest

from extract.numbers import find_quantities, mixed_amount


def quantities(text: str) -> list[tuple]:
    return [(q.value, q.value_max, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成61.05亿元", [(61.05, None, "亿元", None)]),
        ("争取资金1,463余万元", [(1463.0, None, "万元", "余")]),
        ("新增就业近3万人", [(3.0, None, "万人", "近")]),
        ("增长8-10%", [(8.0, 10.0, "%", None)]),
        ("增长9 %以上", [(9.0, None, "%", "以上")]),
        ("提高6.4个百分点", [(6.4, None, "个百分点", None)]),
        ("建成厂房250余万平方米", [(250.0, None, "万平方米", "余")]),
        ("道路30多条60多公里", [(30.0, None, "条", "多"), (60.0, None, "公里", "多")]),
        ("宣传里程约5万余公里", [(5.0, None, "万公里", "约余")]),
        ("技工贸收入达到2000亿,", [(2000.0, None, "亿", None)]),
        ("装机121万千瓦,用电85亿千瓦时", [(121.0, None, "万千瓦", None), (85.0, None, "亿千瓦时", None)]),
        ("外贸2162.4万美元", [(2162.4, None, "万美元", None)]),
    ],
)
def test_quantities(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    ["完成x亿元", "增长XX%", "投资××万元", "增长2x%", "2021年1-10月", "第22页", "5G基站", "占全市的2/3", "“521”人才计划", "两区5万干部群众"],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_mixed_numerals_are_recognised_not_split() -> None:
    assert mixed_amount("1万2千") == 12000
    assert mixed_amount("3亿5千万") == 350_000_000
    assert quantities("新增就业1万2千余人") == []
