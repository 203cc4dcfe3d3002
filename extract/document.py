"""Stage 3b, document: what kind of report this is and which periods it reviews and plans.

Read once from the whole text, so that the rules can take a figure's period from
the document (全年 in a 2023 review is 2023年) and the output says, with evidence,
what an analyst filters a panel by. A field the text does not state is null, never a
guess: each carries the span that states it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extract.schemas import DocumentInfo, DocumentType, Evidence, Stated

from .phrasing import DOCUMENT_AUDIENCE_CUES, DOCUMENT_TYPE_CUES, PLAN_TITLES_OVER_OTHERS, alternatives
from .sections import Outline
from .chars import CJK

__all__ = ["is_plan_document", "is_summary_document", "DocumentFacts", "read_document"]

_TITLE_ZONE = 400
_TITLE_LINE = 60
_OPENING = 40
_CUES: list[tuple[DocumentType, re.Pattern[str]]] = [(kind, re.compile(alternatives(words))) for kind, words in DOCUMENT_TYPE_CUES]
_PLAN_CUE = next(cue for kind, cue in _CUES if kind == "工作计划")  # the title of a plan (工作计划, 工作要点 …)
_OTHER_CUES = [cue for kind, cue in _CUES if kind != "工作计划"]
_BREAKDOWN = re.compile(alternatives(PLAN_TITLES_OVER_OTHERS))
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_HALF = re.compile(r"上半年|1-6月|一至六月")
_ZONES = "国家级高新技术产业开发区|高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|示范区|新区|综保区"
_ZONE = re.compile(_ZONES)
_BOUNDARY = frozenset("在对以把将向为了年从由与和及")
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}")
# Words that make a prefix no place name: pronouns, scopes, verbs, particles.
_GENERIC_BODY = re.compile(
    r"^[全我本该各两每]|[的和与及在是为对把将了等个]|全市|全县|全区|园区|省级|国家级|市级|县级|推进|建设|打造|创建|申报|争创|依托|围绕|加快"
    r"|新区|示范|高质量|发展|工作|领导|经济|产业|重点|主要|同时|其中|再创|实现|推动|促进|服务|助推|助力|支持|带动|结合|重塑|重振"
)
_DATE_ZONE = 600
_DATE = re.compile(
    r"(?:发布日期|发布时间|成文日期|成文时间|日期|时间)?[:：\s]*[(（]?(?P<date>(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))"
)


@dataclass(frozen=True)
class DocumentFacts:
    """The document's info for the output, plus the years the rules read 全年/今年 as."""

    info: DocumentInfo
    review_year: str | None
    plan_year: str | None


def read_document(text: str, view: str, outline: Outline) -> DocumentFacts:
    doc_type, type_span = _document_type(view, outline)
    review, plan = _years(view, outline)
    reviewed = _stated_year(text, view, outline, review, ("review",))
    if reviewed is not None and doc_type == "半年总结":
        half = _HALF.search(view, reviewed.evidence.start, min(len(view), reviewed.evidence.end + 12))
        if half:
            reviewed = _stated(text, reviewed.evidence.start, half.end(), f"{review}年上半年")
    planned = _stated_year(text, view, outline, plan, ("plan",))
    type_evidence = _evidence(text, *type_span) if type_span else None
    info = DocumentInfo(
        body=_body(text, view), title=_title(text, view), date=_date(text), type=doc_type, type_evidence=type_evidence,
        period_reviewed=reviewed, period_planned=planned,
    )
    return DocumentFacts(
        info=info,
        review_year=f"{review}年" if review else None,
        plan_year=f"{plan}年" if plan else None,
    )


def _body(text: str, view: str) -> Stated | None:
    """The zone or place the report is about: the name (铜仁高新区, 常德经开区, 海拉尔区) the text writes most,
    at least twice. Each zone word is tried with the two to four characters before it; generic words
    (全区, 我区) and phrases (推进高新区) name nobody, and among names said as often the longer wins."""
    counts: Counter[str] = Counter()
    for match in _ZONE.finditer(view):
        for width in (2, 3, 4):
            start = match.start() - width
            if start < 0:
                break
            prefix = view[start : match.start()]
            before = view[start - 1 : start] if start else ""
            if not _PLACE.fullmatch(prefix) or _GENERIC_BODY.search(prefix) or CJK.match(before) and before not in _BOUNDARY:
                continue  # a name starts after punctuation, a line break, a figure or a word like 在: not mid-phrase
            counts[prefix + match.group()] += 1
    ranked = sorted(counts.items(), key=lambda item: (item[1], len(item[0])), reverse=True)
    if not ranked or ranked[0][1] < 2:
        return None
    name = ranked[0][0]
    at = view.find(name)
    return _stated(text, at, at + len(name), text[at : at + len(name)])


def _title(text: str, view: str) -> Stated | None:
    """The first line, when it is short and not page furniture (the clean stage blanked that in the view)."""
    zone = _title_zone(view)
    for match in re.finditer(r"[^\n]+", view[:zone]):
        line = match.group().strip()
        if len(CJK.findall(line)) >= 4:
            start = match.start() + match.group().index(line)
            return _stated(text, start, start + len(line), text[start : start + len(line)])
    return None


def _date(text: str) -> Stated | None:
    """The date a page says it was written or published (read from the original text: chrome is where it is)."""
    match = _DATE.search(text, 0, _DATE_ZONE)
    if match is None:
        return None
    return _stated(text, match.start("date"), match.end("date"), match.group("date"))


def _document_type(view: str, outline: Outline) -> tuple[DocumentType, tuple[int, int] | None]:
    """By the title lines' genre words; else by how it addresses its audience; else by what it contains
    (a review, a plan or both), with no evidence then, since no words name it."""
    for word, kind in DOCUMENT_AUDIENCE_CUES:  # a document that opens by addressing its audience
        at = view.find(word, 0, _OPENING)
        if at >= 0:
            return kind, (at, at + len(word))
    zone = _title_zone(view)
    for kind, cue in _CUES:
        match = cue.search(view, 0, zone)
        if match:
            return kind, match.span()
    for word, kind in DOCUMENT_AUDIENCE_CUES:
        at = view.find(word)
        if at >= 0:
            return kind, (at, at + len(word))
    roles = {s.role for s in outline.sections}
    if "review" in roles:
        return ("半年总结" if _HALF.search(view, 0, 200) else "年度总结"), None
    if "plan" in roles:
        return "工作计划", None
    return "other", None


def is_plan_document(view: str) -> bool:
    """Whether the title lines name a plan and nothing else (2021年工作计划, 工作要点; not 工作总结和工作计划)."""
    zone = _title_zone(view)
    if _BREAKDOWN.search(view, 0, zone):
        return True
    return bool(_PLAN_CUE.search(view, 0, zone)) and not any(cue.search(view, 0, zone) for cue in _OTHER_CUES)


def is_summary_document(view: str) -> bool:
    """Whether the title lines name a summary and no plan (苏州市城市管理局2024年上半年工作总结; not 工作总结和工作计划):
    its parts review, whatever the mood of their headings (六、紧盯安全生产,兜紧筑牢安全防线)."""
    zone = _title_zone(view)
    return bool(_SUMMARY_TITLE.search(view, 0, zone)) and not _PLAN_CUE.search(view, 0, zone)


_SUMMARY_TITLE = re.compile(r"工作总结|年度总结|半年总结|工作小结")
_CLAUSE_MARK = re.compile(r"[,，;；]")
_TITLE_GAP = re.compile(r"[ \u3000]+|。")
_GENRE_WORD = re.compile(alternatives(word for _, words in DOCUMENT_TYPE_CUES for word in words))


def _title_zone(view: str) -> int:
    """Where the title lines end: the leading short lines (a title, a subtitle, a date, a speaker)."""
    at = 0
    for line in view[:_TITLE_ZONE].splitlines(keepends=True):
        if len(line.strip()) > _TITLE_LINE:
            if at == 0 and (gap := _TITLE_GAP.search(line.strip(), 0, _TITLE_LINE)):
                return len(line) - len(line.lstrip()) + gap.start()  # a title run on into the text
            if at == 0 and (genre := _GENRE_WORD.search(line, 0, _TITLE_LINE)) and not _CLAUSE_MARK.search(line, 0, genre.start()):
                return genre.end()  # 区人民政府年度工作总结20**年,在市委…: a title that ends on its genre, run on with no gap
                # (not 2014年,**市教育局以…为工作思路: a sentence that names its approach, its comma no title's)
            return at
        at += len(line)
    return at


def _years(view: str, outline: Outline) -> tuple[str | None, str | None]:
    """The year under review and the year planned: the most named years in review and plan sections
    (either from the other when only one is named)."""
    counts: dict[str, Counter[str]] = {"review": Counter(), "plan": Counter()}
    for match in _YEAR.finditer(view):
        role = outline.role_at(match.start())
        if role in counts:
            counts[role][match.group(1)] += 1
    review = counts["review"].most_common(1)[0][0] if counts["review"] else None
    plan = counts["plan"].most_common(1)[0][0] if counts["plan"] else None
    if review is not None and plan is not None:
        following = str(int(review) + 1)
        if plan <= review or f"{following}年" in view:
            plan = following  # a year-end document plans the next year; 2025 targets are a horizon, not the plan year
    if plan is None and review is not None:
        plan = str(int(review) + 1)
    if review is None and plan is not None:
        review = str(int(plan) - 1)
    return review, plan


def _stated_year(text: str, view: str, outline: Outline, year: str | None, roles: tuple[str, ...]) -> Stated | None:
    """The year with the first place that writes it (preferring its part of the document); null if unwritten."""
    if year is None:
        return None
    places = [m for m in re.finditer(f"{year}年", view)]
    if not places:
        return None
    best = next((m for m in places if outline.role_at(m.start()) in roles), places[0])
    return _stated(text, best.start(), best.end(), f"{year}年")


def _stated(text: str, start: int, end: int, value: str) -> Stated:
    return Stated(value=value, evidence=_evidence(text, start, end))


def _evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence(quote=text[start:end], start=start, end=end)
