"""Canonical metrics: an indicator's name mapped to a stable key of the taxonomy in data/metrics.toml.

A name matches when, after the scope words are taken off its front (全区, 区本级, 全年 …), it is one of a
metric's aliases, and its unit belongs to the metric's unit family; otherwise it has no metric. The
taxonomy is data a domain expert extends; nothing here knows a metric by name.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

__all__ = ["Metric", "canonical_metric", "taxonomy"]

# unit family -> a test on the unit as written (magnitudes stay in units: 亿元, 万人)
_FAMILIES: dict[str, re.Pattern[str]] = {
    "money": re.compile(r"(?:元|美元|欧元|港元|日元|^亿$|^万$)$"),
    "count": re.compile(r"(?:个|家|户|项|件|座|所|条|批|宗)$"),
    "people": re.compile(r"(?:人|名|人次|万人次)$"),
    "area": re.compile(r"(?:平方米|平方公里|亩|公顷|㎡|(?<!立)方)$"),  # 拆迁14万方: 方 is 平方米 (not 立方)
    "weight": re.compile(r"(?:吨|斤|公斤|千克)$"),
    "energy": re.compile(r"(?:千瓦时|度|kWh|吨标准煤|吨标煤)$"),  # 用电量 6.42亿度, 能源消费总量 万吨标准煤
    "rate": re.compile(r"^(?:%|‰)$"),
    "any": re.compile(r""),
}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    aliases: tuple[str, ...]
    unit: str


@cache
def taxonomy() -> tuple[dict[str, Metric], tuple[str, ...]]:
    """The metrics by alias, and the scope words (longest first)."""
    data = tomllib.loads(files("extract").joinpath("data/metrics.toml").read_text(encoding="utf-8"))
    scopes = tuple(sorted(data.pop("metric_scopes")["words"], key=len, reverse=True))
    by_alias: dict[str, Metric] = {}
    for key, entry in data.items():
        metric = Metric(key, entry["label"], tuple(entry["aliases"]), entry["unit"])
        for alias in metric.aliases:
            if alias in by_alias:
                raise ValueError(f"metrics.toml: alias {alias} belongs to {by_alias[alias].key} and {key}")
            by_alias[alias] = metric
    return by_alias, scopes


@lru_cache(maxsize=8192)  # reports repeat their metric names; a long report's names stay bounded
def canonical_metric(name: str, unit: str | None) -> tuple[str, str] | None:
    """(metric key, the alias that matched) or None; a rate (unit %, or no unit) fits any family."""
    by_alias, scopes = taxonomy()
    candidate = _SPACE.sub("", name)
    while True:
        metric = by_alias.get(candidate)
        if metric is not None:
            if unit is None or unit in ("%", "个百分点", "百分点") and metric.unit != "rate" or _FAMILIES[metric.unit].search(unit):
                return metric.key, candidate
            return None
        scope = next((s for s in scopes if candidate.startswith(s) and len(candidate) > len(s)), None)
        if scope is None:
            return None
        candidate = candidate[len(scope) :]
