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
        ("新上企业1--2家,掌握1——2门实用技术,增长5%--6%", [(1.0, 2.0, "家", None), (1.0, 2.0, "门", None), (5.0, 6.0, "%", None)]),  # doubled dashes
        ("新增省级特色高中3―5所,建设2――3个园区", [(3.0, 5.0, "所", None), (2.0, 3.0, "个", None)]),  # a horizontal bar (U+2015) as the dash
        ("压减平板玻璃产能810万重量箱、1488万标准重量箱,20万扶贫对象实现脱贫", [(810.0, None, "万重量箱", None), (1488.0, None, "万标准重量箱", None), (20.0, None, "万人", None)]),
        ("收入分别达到29698、15892元,销售面积31.6万m²,完成清表15.7万平方", [(29698.0, None, "元", None), (15892.0, None, "元", None), (31.6, None, "万m²", None), (15.7, None, "万平方", None)]),
        ("比上年分别增长 36. 8、25%", [(25.0, None, "%", None)]),  # a scraped "36. 8" lends no bare number the next one's unit
        ("项目进展顺利：1、10个重点项目全部开工；2、5所学校建成投用", [(10.0, None, "个", None), (5.0, None, "所", None)]),  # list markers
        ("地方财政收入8亿    个人所得税增长5%    户籍人口52万    人均收入3万元", [(8.0, None, "亿", None), (5.0, None, "%", None), (52.0, None, "万", None), (3.0, None, "万元", None)]),
        ("增长5%-5.5%,增长5.5%—6%以上", [(5.0, 5.5, "%", None), (5.5, 6.0, "%", "以上")]),
        ("由12亿元到15亿元", [(12.0, None, "亿元", None), (15.0, None, "亿元", None)]),
        ("增长9 %以上", [(9.0, None, "%", "以上")]),
        ("收购均价18.3元/公斤", [(18.3, None, "元/公斤", None)]),  # a price per unit of weight
        ("淘汰落后设备500余台（套），检查企业9050家(次)", [(500.0, None, "台（套）", "余"), (9050.0, None, "家(次)", None)]),  # counted either way
        ("提高6.4个百分点", [(6.4, None, "个百分点", None)]),
        ("建成厂房250余万平方米", [(250.0, None, "万平方米", "余")]),
        ("道路30多条60多公里", [(30.0, None, "条", "多"), (60.0, None, "公里", "多")]),
        ("宣传里程约5万余公里", [(5.0, None, "万公里", "约余")]),
        ("技工贸收入达到2000亿,", [(2000.0, None, "亿", None)]),
        ("装机121万千瓦,用电85亿千瓦时", [(121.0, None, "万千瓦", None), (85.0, None, "亿千瓦时", None)]),
        ("外贸2162.4万美元", [(2162.4, None, "万美元", None)]),
        ("惠及76万群众", [(76.0, None, "万人", None)]),
        ("民生投入累计超过1万亿元", [(1.0, None, "万亿元", "超过")]),
        ("供热标准由18℃提高到20℃", [(18.0, None, "℃", None), (20.0, None, "℃", None)]),
        ("喜摘奖牌111枚", [(111.0, None, "枚", None)]),
        ("低保标准645元/月、4318元/年", [(645.0, None, "元/月", None), (4318.0, None, "元/年", None)]),
        ("人均预期寿命76.8岁左右", [(76.8, None, "岁", "左右")]),
        ("为36万适龄女生接种,100万新就业群体参保", [(36.0, None, "万人", None), (100.0, None, "万人", None)]),
        ("为390万65岁以上老年人免费体检", [(390.0, None, "万人", None), (65.0, None, "岁", "以上")]),
        ("对美贸易下降超3成,新兴市场贡献约7成出口增量", [(3.0, None, "成", "超"), (7.0, None, "成", "约")]),
        ("城乡居民收入比缩小至2.1∶1左右,之比提高到2.81∶1", [(2.1, None, "∶1", "左右"), (2.81, None, "∶1", None)]),
        ("单日最高客运量分别达1409万、1305万人次", [(1409.0, None, "万人次", "达"), (1305.0, None, "万人次", None)]),
        ("三次产业比重为4.0∶37.7∶58.3,时间10:30:45", [(4.0, None, "%", None), (37.7, None, "%", None), (58.3, None, "%", None)]),
        ("三次产业结构比由18.7:37.7:43.6", [(18.7, None, "%", None), (37.7, None, "%", None), (43.6, None, "%", None)]),
        ("处理能力提高到16.9万吨/日,累计832万辆次", [(16.9, None, "万吨/日", None), (832.0, None, "万辆次", None)]),
        ("审批时限从120个工作日压减至50个工作日,完成11个批次采购,接种疫苗132万余剂次", [(120.0, None, "个工作日", None), (50.0, None, "个工作日", None), (11.0, None, "个批次", None), (132.0, None, "万剂次", "余")]),
        ("农村低保标准提高到4800元/年/人", [(4800.0, None, "元/年/人", None)]),
        ("地均生产总值5.4亿元/平方公里", [(5.4, None, "亿元/平方公里", None)]),
        ("产值突破30个亿,招引3个亿元以上项目", [(30.0, None, "个亿", "突破"), (3.0, None, "个", None)]),
        ("增幅分别低于去年同期60.2、226.1和96.1个百分点", [(60.2, None, "个百分点", None), (226.1, None, "个百分点", None), (96.1, None, "个百分点", None)]),
        ("分别比一季度低3.2个、25.9个、6.7个百分点", [(3.2, None, "个百分点", None), (25.9, None, "个百分点", None), (6.7, None, "个百分点", None)]),
        ("花卉交易量约50.27亿枝,投产22棚草莓,关停取水井550眼", [(50.27, None, "亿枝", "约"), (22.0, None, "棚", None), (550.0, None, "眼", None)]),
        ("以“3个100万”为抓手,出台“40条”,新增企业12家", [(12.0, None, "家", None)]),
        ("全县可完成GDP28.34亿元,接待车辆10000余台次", [(28.34, None, "亿元", None), (10000.0, None, "台次", "余")]),  # an acronym's figure
        ("控规(13 km²),特殊用地1.71平方千米", [(13.0, None, "km²", None), (1.71, None, "平方千米", None)]),
        ("能耗为1.0439吨标准煤/万元,补贴30万元/公里,送售烟叶42430担", [(1.0439, None, "吨标准煤/万元", None), (30.0, None, "万元/公里", None), (42430.0, None, "担", None)]),
    ],
)
def test_quantities(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    ["完成x亿元", "XGDP3亿元", "增长XX%", "投资××万元", "增长2x%", "2021年1-10月", "第22页", "5G基站", "占全市的2/3", "“521”人才计划", "两区5万干部群众", "出台“40条”政策举措", "3成员单位", "比例尺1:1000", "打造“365天不落幕的科技博览会”"],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_mixed_numerals_are_recognised_not_split() -> None:
    assert mixed_amount("1万2千") == 12000
    assert mixed_amount("3亿5千万") == 350_000_000
    assert quantities("新增就业1万2千余人") == []


def test_every_unit_has_its_standard_value() -> None:
    """Table-driven over every unit the number reader knows: magnitudes multiplied out, measures in base units."""
    import math

    from extract.numbers import KNOWN_UNITS, standardize

    expected_base = {
        "元": "元", "美元": "美元", "欧元": "欧元", "港元": "港元", "日元": "日元", "平方公里": "平方米", "平方米": "平方米",
        "平米": "平方米", "㎡": "平方米", "公顷": "平方米", "亩": "平方米", "公里": "米", "千米": "米", "米": "米", "立方米": "立方米",
        "立方": "立方米", "方": "立方米", "吨": "吨", "千克": "吨", "公斤": "吨", "斤": "吨", "千瓦时": "千瓦时", "度": "千瓦时",
        "千瓦": "千瓦", "兆瓦": "千瓦", "千伏安": "千伏安", "千伏": "千伏", "标箱": "标箱", "标准箱": "标箱",
        "微克/立方米": "微克/立方米", "毫克/立方米": "微克/立方米", "厘米": "米", "克/千克": "克/千克", "吨/年": "吨/年", "吨标准煤": "吨标准煤",
        "吨/日": "吨/日", "吨/天": "吨/日", "微克每立方米": "微克/立方米",
        "元/平方公里": "元/平方公里", "元/亩": "元/亩", "元/平方米": "元/平方米", "平方千米": "平方米", "km²": "平方米",
        "元/公里": "元/公里", "吨标准煤/万元": "吨标准煤/万元", "担": "吨",
        "元/公斤": "元/公斤", "元/千克": "元/公斤", "元/斤": "元/公斤", "元/吨": "元/公斤",
        "m²": "平方米", "平方": "平方米", "重量箱": "重量箱", "标准重量箱": "重量箱",
        "km": "米", "kg": "吨", "kW": "千瓦", "MW": "千瓦", "kWh": "千瓦时", "μg/m³": "微克/立方米", "ug/m3": "微克/立方米",
        "μg/m3": "微克/立方米",
    }
    checked = 0
    for unit in sorted(KNOWN_UNITS):
        result = standardize(2.0, unit)
        if unit == "位":  # a rank has no base unit
            assert result is None
            checked += 1
            continue
        assert result is not None, unit
        value, base = result
        if unit in ("%", "个百分点", "百分点"):
            assert (value, base) == (2.0, unit)
        elif unit == "‰":
            assert (value, base) == (0.2, "%")
        elif unit in ("亿", "万", "千万", "百万"):
            assert base == "" and value == 2.0 * {"亿": 1e8, "万": 1e4, "千万": 1e7, "百万": 1e6}[unit]
        else:
            stem = next((b for b in sorted(expected_base, key=len, reverse=True) if unit.endswith(b)), None)
            if stem is None:  # a counter: 个, 家, 人次 … with any magnitude
                assert base in unit and value >= 2.0, unit
            else:
                assert base == expected_base[stem], unit
                assert value > 0 and math.isfinite(value), unit
        checked += 1
    assert checked == len(KNOWN_UNITS) > 300
    assert standardize(12.5, "亿元") == (1.25e9, "元") and standardize(3, "万人") == (30000.0, "人")
    assert standardize(6.38, "万亩") == (42533333.33, "平方米") and standardize(1, "平方公里") == (1e6, "平方米")
    assert standardize(21, "位") is None and standardize(3, None) is None


def test_an_index_value_written_without_a_unit_is_in_points() -> None:
    view = "空气质量综合指数4.463、下降5.96%，工业经济效益综合指数为300.4，全市空气质量综合指数4.81。"
    assert [(q.value, q.unit) for q in find_quantities(view)] == [(4.463, "点"), (5.96, "%"), (300.4, "点"), (4.81, "点")]
    assert [q.unit for q in find_quantities("居民消费价格指数上涨2.1%，指数化管理3个单位。")] == ["%", "个"]  # a unit of its own stays


@pytest.mark.parametrize(
    "text",
    [
        "三次产业比调整为11.8︰48.3︰39.9。", "三次产业比由2015年的6:61:33到2020年底的12:27:61。",
        "三次产业结构由2002年末的26.2:30.5:43.3调整为23.8:34.5:41.7。", "三次产业结构比由去年同期的7.2:39.5:53.3变为6.8:38.9:54.3。",
        "三次产业结构比由2006年的40.7:14.5:44.8调整到2007年的40.1:16.9:43。",
    ],
)
def test_the_shares_of_a_structure_named_before_a_base_year_or_written_with_a_presentation_colon_are_read(text: str) -> None:
    values = [q.value for q in find_quantities(text, 0, len(text)) if q.unit == "%"]
    assert len(values) == (6 if "由" in text else 3) and all(0 < v < 100 for v in values)


def test_si_units_written_in_latin_letters_are_units() -> None:
    text = "4条干渠总长21.66km,新增装机容量50MW,建成10kV线路3条。"
    assert [(q.value, q.unit) for q in find_quantities(text, 0, len(text))] == [(4.0, "条"), (21.66, "km"), (50.0, "MW"), (3.0, "条")]
