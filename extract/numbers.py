"""Numbers and units as Chinese work reports write them.

A *quantity* is a number with what surrounds it: an optional approximation
(约/近/超过…), the number (1,463 / 61.05 / 8-10), an optional 余/多, a unit from
a closed list (亿元, 万美元, 个, 户, %, 个百分点, 万平方米 …) and an optional bound
(以上/以内/左右). Magnitudes stay part of the unit as written (3万人 -> 3, 万人),
as GOLD_SPEC asks. Masked numbers (x亿元, XX%, ××万元) never match: the number
pattern needs real digits and refuses digits glued to a mask character.
Mixed forms such as 1万2千 are recognised (`mixed_amount`) so that their tail
is not misread as a separate quantity; they never become values, because the
value could not be shown verbatim in a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = [
    "AGE_BOUNDS_GROUP", "CHINESE_DIGITS", "COUNTER_UNITS", "UNIT_WORD_OPENERS", "KNOWN_UNITS", "MEASURE_UNITS", "NAME_PART_UNITS", "PEOPLE_NOUNS", "QUANTITY", "Quantity", "base_unit", "find_quantities", "mixed_amount", "parse_number",
    "standardize",
]

# 645元/月, 地均5.4亿元/平方公里, 30万元/公里, 收购均价18.3元/公斤: an amount per month, per unit of land or per kilometre keeps what it is per
_MONEY = ["元", "美元", "欧元", "港元", "日元", "元/月", "元/年", "元/人", "元/年/人", "元/人/年", "元/月/人", "元/人/月", "元/平方公里", "元/亩", "元/平方米", "元/公里", "元/公斤", "元/千克", "元/斤", "元/吨"]
_MEASURES = [
    "平方公里", "平方米", "平米", "立方米", "立方", "公顷", "亩", "公里", "千米", "米", "吨", "千瓦时", "千瓦", "度",
    "方", "标箱", "标准箱", "千克", "公斤", "斤", "微克/立方米", "毫克/立方米", "㎡", "兆瓦", "千伏安", "千伏", "℃",
    "P",  # 算力规模11.4万P (PFlops)
    "厘米", "克/千克", "吨/年", "吨/日", "吨/天", "吨标准煤", "岁", "微克每立方米",
    "PF", "EFLOPS", "Eflops", "GWh",  # 智能算力达4800PF, 新能源电池产能达55GWh
    "平方千米", "km²",  # 控规(13 km²)
    "吨标准煤/万元",  # 单位GDP能耗为1.0439吨标准煤/万元
    "担",  # 送售烟叶42430担 (a 担 of 50 kg)
    "标准重量箱", "重量箱",  # 压减平板玻璃产能810万重量箱
    "m²", "平方",  # 销售面积31.6万m², 完成清表15.7万平方
    "km", "kg", "kW", "MW", "kWh", "μg/m³", "ug/m3", "μg/m3",  # 干渠总长21.66km, 年平均浓度39ug/m3: SI units written in Latin letters
]
# Units that only ever name a thing (a 750千伏 line): a figure in them is part of a name, not a record.
NAME_PART_UNITS = frozenset({"千伏"})
# People counted with a bare magnitude (惠及76万群众, 为36万适龄女生, 390万65岁以上老年人): the count is in 万人, as
# GOLD_SPEC writes it. A few words may qualify the group between the figure and the noun that names it.
PEOPLE_NOUNS = (
    "群众", "居民", "市民", "村民", "农民", "牧民", "儿童", "婴幼儿", "学生", "女生", "职工", "人口", "老人", "老年人", "游客",
    "劳动力", "农民工", "幼儿", "新生儿", "青年", "妇女", "孕产妇", "群体", "毕业生", "患者", "扶贫对象", "贫困人口",
)
# A whole population addressed or thanked (5万干部群众辛勤付出): it counts nothing done.
THANKED_POPULATIONS = ("干部群众",)
_GROUP_QUALIFIER_REACH = 6  # characters of qualifier before the people noun: 新就业, 偏远农村
_COUNTERS = (
    "个 家 户 人 名 人次 项 件 次 场 轮 条 所 宗 批 台 套 辆 栋 座 间 张 份 篇 部 种 类 大类 只 头 株 棵 床 处 支 位 艘 架 列 趟 期"
    " 起 羽 批次 家次 户次 场次 车次 架次 航次 艘次 个次 册 本 盏 口 块 天 个月 倍 头只 枚 款 杆 亩次 个位次"
    " 对 届 颗 例 门 班次 组 幢 箱 辆次 枝 棚 眼 个亿 个工作日 工作日 个批次 剂次 剂 台次 人天".split()  # 突破30个亿: spoken 亿, unit as written
)
# A counter with the one it may also be counted in, in brackets (500余台（套）, 9050家（次）, 47.63万户（套）): one unit as written.
_COUNTED_AS = "套次段间个只处座户辆"
_OR_COUNTED_AS = rf"[（(][{_COUNTED_AS}][）)]"
COUNTER_UNITS = frozenset(_COUNTERS) | {
    f"{unit}{opening}{other}{closing}" for unit in _COUNTERS if len(unit) == 1 for other in _COUNTED_AS if other != unit for opening, closing in ("（）", "()")
}
# A unit character that also opens a word (迈上5万亿台阶, 从5方面, 3对口帮扶): followed by one of these, it is no unit.
UNIT_WORD_OPENERS = {
    "台": "阶", "方": "面案式向位法针", "对": "接口比象于外", "组": "织建成合团", "例": "如", "门": "槛户类", "届": "时",
    "棚": "户改区", "眼": "光睛前下", "枝": "条叶", "个亿": "元",  # 3个亿元以上项目: 3 projects
}
_OPENS_A_WORD = "|".join(f"(?<={unit})[{chars}]" for unit, chars in UNIT_WORD_OPENERS.items())
MEASURE_UNITS = frozenset(_MEASURES)
_PERCENT = ["%", "‰", "个百分点", "百分点"]
# Shares said in tenths or as a ratio to one (下降超3成, 收入比缩小至2.1∶1): unit as written. 成 is a unit only
# where it opens no word of its own (3成员单位, 5成本 are not shares).
_SHARES = r"成(?!员|本|果|效|功|交|立|绩|品|型|套|熟|长|就|为|都|片)|[∶:]1(?![0-9.])"
# magnitudes stay in the unit as written: 3万人 -> (3, 万人); only 亿/万-type magnitudes stand alone (2000亿)
_MAGNITUDE = "万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百"


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_DASHES = r"--|——|――|-|—|―|－|~|～"  # 8-10%, 1--2家, 1——2门: a range's dash
_BASE = _alternatives(set(_MONEY) | set(_MEASURES) | set(_COUNTERS))
_MASK = "xX×*＊某"
_LATIN_UNITS = _alternatives(u for u in _MEASURES if u.isascii() and u.isalpha())  # 4800PF is a figure; 5G is a name
# Between a number and its unit: nothing, a few spaces (PDF-extracted text: 23 亿元), or one line break (23\n亿元).
_GAP = r"(?:[ \t\u3000]{1,3}|\n)?"
_GLOSSED_BASE = _alternatives(set(_MONEY) | set(_MEASURES))  # 萬(wàn)元, 萬(wàn)千瓦時: not 8亿    个人所得税 (a table's columns)
QUANTITY = re.compile(
    rf"(?P<pre>约|近|超过|超|突破|逾|接近|不少于|不低于|不足|不超过|达)?"
    rf"(?:(?<=(?<![A-Za-z])(?:GDP|CPI|PPI))|(?<![A-Za-z0-9_./{_MASK}]))(?P<num>{_NUM})"  # GDP28.34亿元: a metric's acronym, not a code (S524)
    rf"(?!(?!{_LATIN_UNITS})[A-Za-z{_MASK}])"
    rf"(?:\s?(?P<dash>{_DASHES}|至|到)\s?(?P<max>{_NUM})(?:\s?(?P=dash)?))?"
    rf"(?:{_GAP}(?P<pct>{_alternatives(_PERCENT)}|{_SHARES}|个[ ]{{2,8}}百分点)"  # 個(gè)百分點: a pinyin gloss blanked inside the unit
    rf"|{_GAP}(?P<approx1>余|多)?(?P<mag>{_MAGNITUDE})?(?:(?<=[万亿千百])[ ]{{2,8}}(?={_GLOSSED_BASE}))?(?P<approx2>余|多)?(?P<base>{_BASE})(?P<counted_as>{_OR_COUNTED_AS})?(?!{_OPENS_A_WORD})"  # 萬(wàn)元: a gloss blanked after the magnitude
    rf"|{_GAP}(?P<approx3>余|多)?(?P<bare>万亿|亿|千万|百万|万))"
    rf"(?P<post>以上|以内|以下|左右|上下|之内)?"
)
KNOWN_UNITS = frozenset(
    set(_PERCENT)
    | {"成", "∶1", ":1"}
    | {"万亿", "亿", "万", "千万", "百万"}
    | {magnitude + base for base in (*_MONEY, *_MEASURES, *COUNTER_UNITS) for magnitude in ("", *_MAGNITUDE.split("|"))}
)
_CJK_NOUN = re.compile(r"(?!以上|以下|左右|余|多|的)[\u4e00-\u9fff]")
_AGED = re.compile(r"[0-9]+(?:\s?[-—－~～至]\s?[0-9]+)?岁(?:及以上|以上|及以下|以下)?")  # 65岁以上老年人: an age bounds a group
_PEOPLE_NAMED = f"[\u4e00-\u9fff]{{0,{_GROUP_QUALIFIER_REACH}}}?(?:{_alternatives(PEOPLE_NOUNS)})"
_PEOPLE_GROUP = re.compile(f"(?!{_alternatives(THANKED_POPULATIONS)})(?:{_AGED.pattern})?{_PEOPLE_NAMED}")
# What follows an age that bounds a group (为60岁及以上在籍老人, 0—6岁儿童): the age is part of who, no record of its own.
AGE_BOUNDS_GROUP = re.compile(f"(?:及以上|及以下)?的?{_PEOPLE_NAMED}")
MIXED_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?[万亿][0-9一二三四五六七八九两]+[千百万]")
CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class Quantity:
    """A number found in the text, with its unit and qualifiers; offsets index the source."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    value_max: float | None
    unit: str
    qualifier: str | None


_MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3, "百": 1e2}
_MAGNITUDES_LONGEST_FIRST = tuple(sorted(_MAGNITUDES, key=len, reverse=True))
# A measure as written -> (the base unit a panel compares in, its factor). Money stays in its currency;
# counters (个, 家, 人 …) are their own base; a magnitude (亿, 万 …) is multiplied out.
_BASE_OF = {
    "平方公里": ("平方米", 1e6), "平方千米": ("平方米", 1e6), "km²": ("平方米", 1e6), "平方米": ("平方米", 1.0), "平米": ("平方米", 1.0), "㎡": ("平方米", 1.0), "m²": ("平方米", 1.0), "平方": ("平方米", 1.0),
    "公顷": ("平方米", 1e4), "亩": ("平方米", 10_000 / 15), "公里": ("米", 1e3), "千米": ("米", 1e3), "米": ("米", 1.0),
    "立方米": ("立方米", 1.0), "立方": ("立方米", 1.0), "方": ("立方米", 1.0), "吨": ("吨", 1.0), "千克": ("吨", 1e-3),
    "公斤": ("吨", 1e-3), "斤": ("吨", 5e-4), "千瓦时": ("千瓦时", 1.0), "度": ("千瓦时", 1.0), "千瓦": ("千瓦", 1.0),
    "兆瓦": ("千瓦", 1e3), "千伏安": ("千伏安", 1.0), "千伏": ("千伏", 1.0), "标箱": ("标箱", 1.0), "标准箱": ("标箱", 1.0), "重量箱": ("重量箱", 1.0), "标准重量箱": ("重量箱", 1.0),
    "微克/立方米": ("微克/立方米", 1.0), "毫克/立方米": ("微克/立方米", 1e3), "‰": ("%", 0.1),
    "厘米": ("米", 0.01), "克/千克": ("克/千克", 1.0), "吨/年": ("吨/年", 1.0), "吨标准煤": ("吨标准煤", 1.0),
    "吨/日": ("吨/日", 1.0), "吨/天": ("吨/日", 1.0), "微克每立方米": ("微克/立方米", 1.0),
    "元/平方公里": ("元/平方公里", 1.0), "元/亩": ("元/亩", 1.0), "元/平方米": ("元/平方米", 1.0), "元/公里": ("元/公里", 1.0),
    "元/公斤": ("元/公斤", 1.0), "元/千克": ("元/公斤", 1.0), "元/斤": ("元/公斤", 2.0), "元/吨": ("元/公斤", 1e-3),
    "吨标准煤/万元": ("吨标准煤/万元", 1.0), "担": ("吨", 0.05),
    "km": ("米", 1e3), "kg": ("吨", 1e-3), "kW": ("千瓦", 1.0), "MW": ("千瓦", 1e3), "kWh": ("千瓦时", 1.0),
    "μg/m³": ("微克/立方米", 1.0), "ug/m3": ("微克/立方米", 1.0), "μg/m3": ("微克/立方米", 1.0),
}


@lru_cache(maxsize=4096)  # pure, and called for every record a report makes
def standardize(value: float, unit: str | None) -> tuple[float, str] | None:
    """The value in its base unit (12.5亿元 -> 1.25e9 元, 3万人 -> 30000 人, 6.38万亩 -> 平方米), or None
    for a unit with no base (位, a bare rate)."""
    if unit is None or unit == "位":
        return None
    if unit in ("%", "个百分点", "百分点"):
        return value, unit
    if unit in _MAGNITUDES:  # 2000亿 with no unit written: the number, multiplied out
        return value * _MAGNITUDES[unit], ""
    if unit in _BASE_OF:  # 千米, 千克, 千瓦时 are units of their own, not 千 × a unit
        base, scale = _BASE_OF[unit]
        return float(f"{value * scale:.10g}"), base
    magnitude = next((m for m in _MAGNITUDES_LONGEST_FIRST if unit.startswith(m) and unit != m), "")
    rest = unit[len(magnitude):] if magnitude else unit
    factor = _MAGNITUDES.get(magnitude, 1.0)
    base, scale = _BASE_OF.get(rest, (rest, 1.0))
    return float(f"{value * factor * scale:.10g}"), base


def base_unit(unit: str) -> str:
    """The unit without its magnitude: 万千瓦 -> 千瓦, 亿元 -> 元, 万 -> 万."""
    stripped = re.sub(rf"^(?:{_MAGNITUDE})", "", unit)
    return stripped or unit


def parse_number(token: str) -> float:
    """'1,463' -> 1463.0, '61.05' -> 61.05."""
    return float(token.replace(",", ""))


def mixed_amount(token: str) -> float | None:
    """Value of a mixed Arabic/Chinese amount: '1万2千' -> 12000, '3亿5千万' -> 350000000."""
    match = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)([万亿])(.+)", token)
    if not match:
        return None
    head = float(match.group(1)) * _CN_UNITS[match.group(2)]
    total, digit, section = 0.0, 0, 0.0
    for char in match.group(3):
        if "0" <= char <= "9":
            digit = digit * 10 + int(char)
        elif char in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[char]
        elif char in ("十", "百", "千"):
            section += (digit or 1) * _CN_UNITS[char]
            digit = 0
        elif char == "万":
            total += (section + digit) * 10_000
            section, digit = 0.0, 0
        else:
            return None
    return head + total + section + digit


_SHARES_OF_THREE = re.compile(r"(?<![0-9.∶:︰])([0-9]{1,2}(?:\.[0-9]+)?)\s?[∶:︰]\s?([0-9]{1,2}(?:\.[0-9]+)?)\s?[∶:︰]\s?([0-9]{1,2}(?:\.[0-9]+)?)(?![0-9.∶:︰])")
# 三次产业比重为 / 调整为 / 三次产业比由2015年的 / 到2020年底的: what names the shares before them (not 10:30:45, a time)
_SHARES_NAMED = re.compile(
    r"(?:结构|结构比|产业比|比重|比例|之比|占比)(?:为|是|由|从)?\s?$|(?:调整为|优化为|变为|调整到|优化到|提升至|转变为)\s?$"
    r"|(?:结构|产业比|比重|比例|之比|占比)[^,，;；。]{0,14}?(?:由|从|到|至|为)[^,，;；。0-9]{0,6}(?:[0-9]{4}年[^,，;；。0-9]{0,3})?的?\s?$"
    r"|(?:调整|优化|变)(?:到|至|为)[^,，;；。0-9]{0,3}(?:[0-9]{4}年[^,，;；。0-9]{0,3})?的?\s?$"  # …调整到2007年的40.1:16.9:43
)
_SHARES_NAME_REACH = 40  # characters before a structure's shares that may name it (三次产业比由2015年的6:61:33到2020年底的12:27:61)
_LISTED_AFTER = re.compile(rf"\s*(?:、|和|与)\s*[0-9.]+\s?(?P<mag>{_MAGNITUDE})(?P<base>{_BASE})")
_POINTS_CHAIN = r"(?:\s*(?:、|和|与)\s*[0-9.]+\s*个?)*\s*(?:、|和|与)\s*[0-9.]+\s*个百分点"
_POINTS_LISTED_AFTER = re.compile(_POINTS_CHAIN)  # 低3.2个、25.9个、6.7个百分点: the list's unit is written at its end
# 29698、 right before 15892元; not a list's marker at a line's or clause's start (…进展顺利：1、10个重点项目全部开工)
_BARE_BEFORE = re.compile(rf"(?<![0-9.,\n;；:：。!！?？])(?<![0-9]\.\s)(?<!^)(?P<num>{_NUM})、$")
_INDEX_VALUE = re.compile(r"指数(?:为|是|达到|达|降至|降到)?\s?(?P<num>[0-9]+\.[0-9]+)(?![0-9.%％‰]|\s?[\u4e00-\u9fff])")  # 综合指数4.81，
_BARE_POINTS = re.compile(rf"(?<![0-9.])(?P<num>[0-9]+(?:\.[0-9]+)?)(?={_POINTS_CHAIN})")  # 分别低于60.2、226.1和96.1个百分点
_OPEN_QUOTES = frozenset("“‘「『\"")
_CLOSE_QUOTES = frozenset("”’」』\"")


_OPEN_QUOTE = re.compile(f"[{''.join(sorted(_OPEN_QUOTES))}]")
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES
_QUOTED_REACH = 8  # characters a programme's quoted name runs on either side of one of its numbers
_QUOTED_NAME_REACH = 16  # characters a quoted name that opens on its number runs on after it


def _quoted_name(view: str, start: int, end: int) -> bool:
    """Whether view[start:end] lies in a short quotation made of numbers and units (“40条”, “3个100万”, “三个80%”)."""
    near = _OPEN_QUOTE.search(view, max(0, start - _QUOTED_REACH), start)  # one C-level scan: most numbers have none
    if near is None:
        return False
    opening = max(view.rfind(q, near.start(), start) for q in _OPEN_QUOTES)
    reach = _QUOTED_NAME_REACH if opening == start - 1 else _QUOTED_REACH  # “365天不落幕的科技博览会”: a name that opens on its number
    closing = min((i for q in _CLOSE_QUOTES if (i := view.find(q, end, end + reach)) >= 0), default=-1)
    inside = view[opening + 1 : closing] if closing >= 0 else ""
    return bool(inside) and not any(q in inside for q in _QUOTES) and not re.search(r"[,，。;；]", inside)


def find_quantities(view: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in view[start:end], skipping the tails of mixed amounts such as 1万2千."""
    end = len(view) if end is None else end
    mixed = [m.span() for m in MIXED_AMOUNT.finditer(view, start, end)]
    found = []
    for match in QUANTITY.finditer(view, start, end):
        if any(a <= match.start("num") < b for a, b in mixed):
            continue
        approx = match.group("approx1") or match.group("approx2") or match.group("approx3")
        qualifier = "".join(filter(None, (match.group("pre"), approx, match.group("post")))) or None
        counted_as = match.group("counted_as") or ""
        if counted_as and match.group("base") + counted_as not in COUNTER_UNITS:
            counted_as = ""  # 300亩(处): a bracket after a unit it is no alternative of stays out of the unit
        unit = match.group("pct") or match.group("bare") or (match.group("mag") or "") + match.group("base") + counted_as
        if " " in unit:
            unit = unit.replace(" ", "")
        if unit == "万" and (_CJK_NOUN.match(view, match.end()) or _AGED.match(view, match.end())):
            if not _PEOPLE_GROUP.match(view, match.end()):
                continue  # 5万干部群众: a bare 万 before a noun counts the noun; it is no amount (300亿产能 still is)
            unit = "万人"  # 惠及76万群众
        if _quoted_name(view, match.start(), match.end()):
            continue  # 出台“40条”政策举措 / “3个100万”: quantities in quotation marks name a programme, as “521”人才计划 does
        if unit == "个" and _POINTS_LISTED_AFTER.match(view, match.end()):
            unit = "个百分点"  # 分别高于全省、全市2.2个和1.1个百分点: the first of the list shares the last's unit
        elif match.group("bare") and (listed := _LISTED_AFTER.match(view, match.end())) and listed.group("mag") == unit:
            unit = listed.group("mag") + listed.group("base")  # 分别达1409万、1305万人次: the list's unit is written once, at its end
        found.append(
            Quantity(
                start=match.start(),
                end=match.end(),
                num_start=match.start("num"),
                num_end=match.end("num"),
                value=parse_number(match.group("num")),
                value_max=parse_number(match.group("max")) if match.group("max") else None,
                unit=unit,
                qualifier=qualifier,
            )
        )
    if view.find("百分点", start, end) >= 0:  # 分别下降10.6和3.4个百分点: numbers written bare before the list's unit
        found = _with_bare_points(view, start, end, found)
    if any(view[q.num_start - 1 : q.num_start] == "、" for q in found):  # 分别达到29698、15892元: a bare number before it
        found = _with_bare_listed(view, start, found)
    if view.find("指数", start, end) >= 0:  # 空气质量综合指数4.81: an index's value, written without its unit
        found = _with_index_points(view, start, end, found)
    if view.find("∶", start, end) >= 0 or view.find(":", start, end) >= 0 or view.find("︰", start, end) >= 0:  # most sentences have no ratio
        found = _with_shares_of_three(view, start, end, found)
    return _ranges_written_twice(view, found)


def _with_bare_points(view: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """分别低于去年同期60.2、226.1和96.1个百分点: each bare number of the list is in 个百分点 too."""
    taken = {q.num_start for q in found}
    bare = [
        Quantity(m.start("num"), m.end("num"), m.start("num"), m.end("num"), parse_number(m.group("num")), None, "个百分点", None)
        for m in _BARE_POINTS.finditer(view, start, end)
        if m.start("num") not in taken and not any(q.start <= m.start("num") < q.end for q in found)
    ]
    return sorted(found + bare, key=lambda q: q.start) if bare else found


def _with_index_points(view: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """空气质量综合指数4.463、下降5.96% / 工业经济效益综合指数为300.4: an index's decimal value, unit 点."""
    taken = {q.num_start for q in found}
    bare = [
        Quantity(m.start("num"), m.end("num"), m.start("num"), m.end("num"), parse_number(m.group("num")), None, "点", None)
        for m in _INDEX_VALUE.finditer(view, start, end)
        if m.start("num") not in taken
    ]
    return sorted(found + bare, key=lambda q: q.start) if bare else found


def _with_bare_listed(view: str, start: int, found: list[Quantity]) -> list[Quantity]:
    """城镇和农村常住居民人均可支配收入分别达到29698、15892元: a bare number listed right before a quantity shares its unit."""
    bare = []
    for listed in found:
        if view[listed.num_start - 1 : listed.num_start] != "、":
            continue
        before = _BARE_BEFORE.search(view, max(start, listed.num_start - 24), listed.num_start)
        if before is not None and not any(q.start <= before.start("num") < q.end for q in found):
            num_start, num_end = before.span("num")
            bare.append(Quantity(num_start, num_end, num_start, num_end, parse_number(before.group("num")), None, listed.unit, None))
    return sorted(found + bare, key=lambda q: q.start) if bare else found


def _with_shares_of_three(view: str, start: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """三次产业比重为4.0∶37.7∶58.3: three shares of a structure, each a record in %."""
    for ratio in _SHARES_OF_THREE.finditer(view, start, end):
        if not _SHARES_NAMED.search(view, max(0, ratio.start() - _SHARES_NAME_REACH), ratio.start()):
            continue  # 10:30:45 is a time
        for part in range(1, 4):
            found.append(Quantity(ratio.start(part), ratio.end(part), ratio.start(part), ratio.end(part), float(ratio.group(part)), None, "%", None))
    return sorted(found, key=lambda q: q.start)


_RANGE_DASH = re.compile(rf"\s?(?:{_DASHES})\s?")  # not 由18℃到20℃: a value and the one it became


def _ranges_written_twice(view: str, found: list[Quantity]) -> list[Quantity]:
    """增长5%-5.5% / 5.5%—6%: a range that writes its unit on both ends is one quantity from its lower end, as
    5-6% is, not a figure and a negative one."""
    merged: list[Quantity] = []
    for quantity in found:
        last = merged[-1] if merged else None
        if (
            last is not None and last.value_max is None and last.unit == quantity.unit and not last.qualifier
            and _RANGE_DASH.fullmatch(view, last.end, quantity.start)
        ):
            merged[-1] = replace(last, end=quantity.end, value_max=quantity.value, qualifier=quantity.qualifier)
            continue
        merged.append(quantity)
    return merged
