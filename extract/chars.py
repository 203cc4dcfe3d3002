"""Character classes of Chinese report text, shared by every stage that tells a word from a number or a mark."""

from __future__ import annotations

import re

__all__ = ["CJK", "CJK_RANGE", "trim"]

CJK_RANGE = "\u4e00-\u9fff"  # the CJK Unified Ideographs block: every character of a report's words
CJK = re.compile(f"[{CJK_RANGE}]")


def trim(view: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and clause marks around it: quotes start at a word and end at one."""
    while start < end and view[start] in " \t,，、:：;；。":
        start += 1
    while end > start and view[end - 1] in " \t,，、:：;；":
        end -= 1
    return start, end
