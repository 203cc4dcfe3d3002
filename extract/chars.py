"""Character classes of Chinese report text, shared by every stage that tells a word from a number or a mark."""

from __future__ import annotations

import functools
import re
from importlib.resources import files

__all__ = ["BULLETS", "CJK", "CJK_RANGE", "last_mark_end", "simplified", "traditional_characters", "trim"]

CJK_RANGE = "\u4e00-\u9fff"  # the CJK Unified Ideographs block: every character of a report's words
CJK = re.compile(f"[{CJK_RANGE}]")
BULLETS = "●•·▪■◆◇★☆►▶→√"  # marks that open a list item in place of a number


def trim(view: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and clause marks around it: quotes start at a word and end at one."""
    while start < end and view[start] in " \t,，、:：;；。∶︰":
        start += 1
    while end > start and view[end - 1] in " \t,，、:：;；∶︰":
        end -= 1
    return start, end


def last_mark_end(view: str, marks: str, at: int, reach: int = 400) -> int:
    """Offset just after the last of `marks` before `at`, looking back at most `reach` characters (a sentence
    is never longer; an unbounded rfind per match would make long reports quadratic)."""
    floor = max(0, at - reach)
    return max(floor, *(view.rfind(ch, floor, at) + 1 for ch in marks))


@functools.cache
def _traditional_table() -> dict[int, str]:
    """data/traditional.tsv: each traditional character and the simplified one it becomes."""
    table = {}
    for line in files("extract").joinpath("data/traditional.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            table[ord(traditional)] = simplified
    return table


@functools.cache
def traditional_characters() -> re.Pattern[str]:
    return re.compile("[" + "".join(map(chr, _traditional_table())) + "]")


# Words a one-for-one fold gets wrong, as it reads them, and the word they are (計畫, Taiwan's 计划, folds to 计画).
_FOLDED_WRONG = {"计画": "计划"}


def simplified(words: str) -> str:
    """Traditional characters to simplified ones, one for one (營業收入 -> 营业收入); simplified text is left as it is."""
    if not traditional_characters().search(words):
        return words
    folded = words.translate(_traditional_table())
    for wrong, right in _FOLDED_WRONG.items():
        folded = folded.replace(wrong, right)
    return folded
