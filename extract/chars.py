"""Character classes of Chinese report text, shared by every stage that tells a word from a number or a mark."""

from __future__ import annotations

import re

__all__ = ["CJK", "CJK_RANGE"]

CJK_RANGE = "\u4e00-\u9fff"  # the CJK Unified Ideographs block: every character of a report's words
CJK = re.compile(f"[{CJK_RANGE}]")
