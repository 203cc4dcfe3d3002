"""Stage 3, sections: the heading tree of a report, each node with its span and role.

Chinese work reports number their structure in a fixed ladder:
``一、`` (level 1) > ``（一）`` (level 2) > ``1.``/``1、``/``(1)`` (level 3) > ``一是/一要/第一，``
items inside paragraphs (level 4). A heading's title runs to its first full stop;
what follows on the line is body.

A section's role (review of the past period, outlook, plan, problems, other)
decides what its text can yield: plans come only from plan sections, and an
indicator's kind defaults from it. Roles come from the heading's cue words
first (总结/完成情况 -> review, 问题/不足 -> problems, 计划/任务/目标 -> plan,
形势/机遇 -> outlook) and, for headings without cues, from the tense of the body
(要/将/力争 against 了/已/完成). Children inherit their parent's role unless their
own heading says otherwise.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from collections.abc import Sequence
from typing import Literal, cast

from .phrasing import WHAT_COMES_WORDS, KEY_THINGS, AIMED_RESULT_CUES, AWARE_OF, FACING_A_SHORTFALL, HEADING_ROLE_CUES, SEIZED_OPPORTUNITIES, STANDING_WORDS, SHORTFALL_ACTIONS, SHORTFALL_NOUNS, SHORTFALL_WORDS, GROWING_SUBJECTS, GROWTH_FALLS, PEER_LOSS_PATTERN, PEER_LOSS_STARTS, LOOKING_BACK_WORDS, NOTES_TITLES, PART_TITLE_ENDINGS, PERIOD_LEAD_INS, RUN_IN_VERDICTS, TASK_OPENERS, alternatives, starts_with_one_of
from .chars import BULLETS, CJK, CJK_RANGE, last_mark_end, trim

__all__ = ["ACTS_ON_A_SHORTFALL", "DASH", "PERIOD_LEAD", "SHORT_LED_HEAD", "SHORTFALL", "TASK_OPENING", "VERDICT_END", "THIS_PERIOD_LEAD", "Outline", "Role", "Section", "outline", "paragraphs", "tense_role"]

Role = Literal["review", "outlook", "plan", "problems", "notes", "other"]

_CN_NUM = "一二三四五六七八九十"
# A report exported from a wiki or editor keeps its markup before a heading (## 二、…, \\### （三）…, **一、…).
_MARKUP = r"[ \t]*(?:\\?#{1,6}[ \t]*|\*\*)?[ \t]*"
_HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^{_MARKUP}(第[{_CN_NUM}]{{1,3}}(?:部分|章|篇)[、,，:：\s]?|[{_CN_NUM}]{{1,3}}[ \t]*[、.．])")),
    # a title line whose numeral is set off by a space only (一 打造营商服务环境新标杆): the whole line is short
    (1, re.compile(rf"^{_MARKUP}([{_CN_NUM}]{{1,3}}[ \t\u3000]+)(?=[\u4e00-\u9fff“][^。！!？?,，;；:：\n]{{3,30}}$)")),
    (2, re.compile(rf"^{_MARKUP}([(（][ \t]*[{_CN_NUM}]{{1,3}}[ \t]*[)）][、.．]?)")),
    (3, re.compile(rf"^{_MARKUP}([0-9]{{1,2}}[ \t]*(?:[、．]|\.(?![0-9]))|[(（][0-9]{{1,2}}[)）])")),
)
_BULLETED = re.compile(rf"[ \t]*([{BULLETS}])[ \t]*(?=[\u4e00-\u9fff“])")
_ITEM = re.compile(
    # 一是 / 第一, / ①; after a comma only a list's first 一是 (…建议在今后的工作中,一是…: opened inside its sentence).
    # The lookahead first: most places hold no marker, and a character class rules them out at once.
    rf"(?=[ \t]*[{_CN_NUM}第①-⑳])(?:(?:^|(?<=[。；;！!？?：:\n {BULLETS}]))[ \t]*|(?<=[,，])(?=一是))"
    rf"((?:[{_CN_NUM}]{{1,2}}[是要])|第[{_CN_NUM}]{{1,2}}[,，、](?![{_CN_NUM}]{{1,2}}[轮批次届期])|[①-⑳])"
)
_INLINE_NUMBER = re.compile(r"[。；;：:]((?:[1-9]|1[0-9])[、.．])(?![0-9])")  # …以下工作:1、摸清底数。…;2、建立激励机制
_SHORT_SENTENCE = re.compile(r"(?<=[。！!？?])\s*([\u4e00-\u9fff“][^。！!？?,，;；:：\n]{3,15})[。！!？?]")
_FIRST_SHORT_SENTENCE = re.compile(r"[ \t]*([\u4e00-\u9fff“][^。！!？?,，;；:：\n]{3,15})[。！!？?]")
_HEAD_SENTENCE = r"\s*([\u4e00-\u9fff“][^。！!？?,，;；:：、\n0-9]{3,17})[。！!？?]"  # a run-in head: short, no clause, no figure
_YEAR_LOOKED_BACK = f"(?:{alternatives(LOOKING_BACK_WORDS)})(?:19|20)[0-9]{{2}}年?"  # 回首2021
PERIOD_LEAD = re.compile(f"(?:{alternatives(PERIOD_LEAD_INS)}|{_YEAR_LOOKED_BACK})[,，]")  # 五年来， / 这一年，: a sentence led in by its period
THIS_PERIOD_LEAD = re.compile(f"(?:{alternatives(w for w in PERIOD_LEAD_INS if w.startswith('这'))}|{_YEAR_LOOKED_BACK})[,，]")  # 这五年， / 回首2021，
_OPENING_SENTENCE = re.compile(f"(?:{PERIOD_LEAD.pattern})?" + _HEAD_SENTENCE)  # 这五年，我区经济繁荣的基础更加坚实。
_LINE_HEAD = re.compile(r"[\u4e00-\u9fff“][^。！!？?;；:：\n0-9]{3,29}。")  # a whole line: one short sentence of a clause or two
DASH = re.compile(r"(?:——|—)[ \u3000]?")  # —— 这是…的五年。: a copy may set a space after the dash
_TOPIC_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")  # 产业发展 / 招商引资 / 疫情防控: a topic over sentences, no head of one item
_BARE_LINE_HEAD = re.compile(r"[\u4e00-\u9fff“][^。！!？?;；:：,，\n0-9 ]{3,15}")  # 有总量、有质量: a news sub-heading, no stop
PERIOD_CHARACTERIZED = re.compile(r"这(?:一|两|三|五|十|几|些)?年?[,，]?是[^,，;；:：。！!？?]{4,40}的(?:一|两|三|五|十|几)?年。")  # 这是…的五年。
_SLOGAN_TITLE = re.compile(r"[\u4e00-\u9fff]{2,8}[:：][^。！!？?；;,，:：\n]{4,30}")  # 开启新征程：确保…强势开局: a part titled by a slogan
_PART_TITLE = re.compile(f"[^。！!？?；;,，:：]{{0,20}}(?:{alternatives(PART_TITLE_ENDINGS)})")
_ALIKE_HEAD = re.compile("(?P<dash>" + DASH.pattern + r")?(?P<title>(?P<opening>[\u4e00-\u9fff])[\u4e00-\u9fff][^。！!？?；;:：,，0-9\n]{1,24}(?:[,，][^。！!？?；;:：,，0-9\n]{2,16}){0,2})。")  # 坚持工业拉动，攻坚项目招商，发展质效稳步提升。: up to three short clauses
_ALIKE_RUN = 3
_ALIKE_INSIDE = 3  # short heads opening alike inside a heading's own paragraph that make it a list
_NOTES_TITLE = re.compile(  # 《政府工作报告》有关内容名词注释 / ※注释※ / 名 词 解 释 (spaced as a PDF sets a title)
    f"[^。！!？?,，;；]{{0,20}}(?:{'|'.join(' ?'.join(map(re.escape, title)) for title in sorted(NOTES_TITLES, key=len, reverse=True))})[:：]?[※＊*★]*"
)
_TURN_INSIDE = re.compile(r"[。；;!！]\s*((?:下一步|下步|接下来|今后|明年)[,，]?)")
_LED_INLINE_HEAD = re.compile(
    f"(?:^|(?<=[。！!？?]))\\s*{THIS_PERIOD_LEAD.pattern}([^。！!？?,，;；:：\\n]{{4,18}})。", re.MULTILINE
)
SHORT_LED_HEAD = re.compile(  # 回首2021，我们激情奋进勇争先，综合实力取得新成绩。/ ——农业结构调整不断深入，农村经济进一步发展。: led in
    r"\s*(?:" + PERIOD_LEAD.pattern + "|" + DASH.pattern + ")"  # by its period or a dash, a clause or two: a head
    r"[^。！!？?;；:：,，、\n0-9]{3,12}(?:[,，][^。！!？?;；:：,，、\n0-9]{3,12})?。"
)
_LEAD_SENTENCE = re.compile(PERIOD_LEAD.pattern + r"[^。！!？?\n]{4,80}[。！!？?]")
_CLAUSE_COMMA = re.compile(r"[,，]")
_YEAR_WORK = re.compile(r"(?:19|20)[0-9]{2}年(?:的)?(?:主要|重点)?工作(?:任务)?")
_TITLE_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")  # “十四五”: the 14th five-year plan, 2021-2025
_DIGITS = "一二三四五六七八九"
_LED_LINE_HEAD = re.compile(  # 这一年，我们感恩奋进、埋头苦干，封关运作如期实现。 on a line of its own
    PERIOD_LEAD.pattern + r"(?P<title>[^。！!？?;；:：\n0-9]{4,40})。"
)
_OPENING_TWO_CLAUSES = re.compile(  # 加强科技创新，驱动能源转型。: a head of two short clauses, in a row of such heads
    r"\s*([\u4e00-\u9fff“][^。！!？?,，;；:：、\n0-9]{3,10}[,，][^。！!？?,，;；:：、\n0-9]{3,10})[。！!？?]"
)
_VERDICT_SENTENCE = re.compile(r"(?<=[。！!？?])" + _HEAD_SENTENCE)
VERDICT_END = re.compile(f"(?:{alternatives(RUN_IN_VERDICTS)})$")
TASK_OPENING = re.compile(alternatives(TASK_OPENERS))
_VERDICT_INSIDE = re.compile(alternatives(RUN_IN_VERDICTS))
_REVIEW_AND_PLAN = re.compile(r"(?:成就|成绩|回顾|总结)[^,，]{0,4}(?:和|及|与|暨)[^,，]*(?:目标|任务|计划|安排|打算|思路)")
_TITLE_RUN_ON_LINE = re.compile(r"[^,，;；:：。！!？?\s]{2,15}")  # a short line without punctuation: a title broken over lines
# 我们深知，尽管取得一定成绩，但前方还有…: the results granted, the problems follow
CONCEDES_SUCCESS = re.compile(r"(?:尽管|虽然|虽)(?:我们)?取得了?(?:一定|一些|显著|明显)?的?(?:成绩|成效|进展)[,，]但")
_PROBLEMS_ANNOUNCED = re.compile(
    r"问题也不容忽视|不足之处|问题和不足|差距和不足|困难和问题|存在(?:着)?(?:以下|一些|不少)?(?:问题|不足|短板)|" + alternatives(AWARE_OF) +
    r"|" + CONCEDES_SUCCESS.pattern
)
# a paragraph that opens on the plan period
_NEXT_PERIOD = re.compile(r"[“\"]?十[五六]五[”\"]?时期|[“\"]?十[五六]五[”\"]?规划|第十[五六]个五年规划|今后五年|未来五年")
_SENTENCE_END = re.compile(r"[。！!？?]")
_WHOLE_LINE_TITLE = 36  # characters of a title line with no punctuation at all that is still only a title
_SENTENCE_MARK = re.compile(r"[,，;；:：。！!？?]")
_RUN_ON_TITLE = 24  # characters beyond which a heading without a stop has run on into its body
_CLAUSE_STOP = re.compile(r"[,，;；。]")
_WORD_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")  # 工作总结 今年以来: not 2020 年
_TITLE_GAP = re.compile(r"[ \t\u3000]+(?=\S)")  # 要准确把握当前我县经济形势 20xx 年,…: a space ends it
_DETAILS = 30  # characters of details a run-in head needs after it
_TERSE_HEAD = 8  # characters of a run-in head that says neither a verdict nor a task verb of the list (紧盯关键指标)
_LED_TERSE_HEAD = 10  # characters of a short head inside a paragraph led in by its period (竭力增强群众的幸福感)
_CONNECTIVE = re.compile(r"同时|此外|另外|因此|所以|但|而且|这|我们|全区|今年|明年|目前|当前|其中|总之|同志们|各位代表|各位委员|各位领导")
_LONG_PARAGRAPH = 300
_LEAD_REACH = 80  # characters of the sentence that announces a run of items
# 一是/一要/第一/1、: the marker of a run's first item; …六是…。又指出了不足:一是… starts a new run with a lead of its own
_FIRST_MARKER = re.compile(r"[\s(（]*第?(?:一|1)(?![0-9一二三四五六七八九十])")
_PAGE_LINE = 60  # characters of a line that a page break, not a heading, cuts off
_SENTENCE_STOPS = "。！!？?；;:：)）”\""
_INLINE_HEADING = re.compile(
    # after a sentence end, a space after a word (…使命感 1、工业…; checked in paragraphs()), or a sub-heading glued
    # to the word before it (…完成情况(一)平台支撑…)
    rf"(?:[。！!？?；;:：]|[ \u3000]+|(?<=[\u4e00-\u9fff])(?=[(（][{_CN_NUM}]{{1,3}}[)）]))"
    rf"(?=\s*(?:第[{_CN_NUM}]{{1,3}}(?:部分|章|篇)|[{_CN_NUM}]{{1,3}}[、.．]|[(（][{_CN_NUM}]{{1,3}}[)）]|[0-9]{{1,2}}[、．](?![0-9])))"
)
_TITLE_END = re.compile(r"\*\*[ \t]*$|[。！!？?]|$", re.MULTILINE)

_ROLE_CUES: tuple[tuple[Role, re.Pattern[str]], ...] = tuple(
    (cast(Role, role), re.compile(alternatives(words))) for role, words in HEADING_ROLE_CUES
)
_ROLE_CUES_BY_NAME = dict(_ROLE_CUES)
_REVIEW_NAMED = re.compile(alternatives(cue for cue in dict(HEADING_ROLE_CUES)["review"] if cue not in AIMED_RESULT_CUES))
_RESULT_HEADING = re.compile(f"(?!{alternatives(TASK_OPENERS)})[^,，;；:：]{{2,16}}(?:{alternatives(RUN_IN_VERDICTS)})")
# 工业产值34亿元,完成年度目标任务的37% / 增速17.5%,超确保目标9个百分点: a title that measures a result against its target
_MEASURED_AGAINST_TARGET = re.compile(r"(?:完成|占|为)[^,，;；。]{0,12}(?:目标|任务|计划)[^,，;；。]{0,4}的\s?[0-9]|(?:超|超过|高于|低于)[^,，;；。]{0,6}目标\s?[0-9]")
_KEY_THINGS = re.compile(f"重点(?:{alternatives(KEY_THINGS)})")
_OPENS_ON_WHAT_COMES = re.compile(alternatives(WHAT_COMES_WORDS))
_SHOWN_AS = re.compile(r"\s*(?:主要|具体|集中)?(?:表现在|表现为|体现在|体现为|有|是|包括)(?:以下几个方面|以下几点|如下)?\s*")
_BODY_SENTENCE = re.compile(r"[^。！？!?\n]+")
_TASK_SENTENCE = 6  # characters of a sentence that can set a task
_TASK_SENTENCES = 3  # sentences a part's body needs to be read this way…
_TASK_SHARE = 0.6  # …and the share of them that open on a task verb
SAYS_DONE = re.compile(r"了|已")  # a clause that says it was done (已经 too)
_PARTS_NAMED = re.compile(r"(?:共分为?|共分成|分为|分成|包括|共有)[一二三四五六七八九十两0-9]+个?部分")
GRANTED_THEN_SHORT = re.compile(r"[^,，;；。]{4,20}[,，]\s*(?:但是|但)[^。]{2,40}")
ACTS_ON_A_SHORTFALL = re.compile(
    f"(?<!不)(?<!未)(?<!不够)(?:{alternatives(SHORTFALL_ACTIONS)})(?!贴)[^,，;；。]{{0,10}}(?:{alternatives(SHORTFALL_NOUNS)})|(?:{alternatives(SHORTFALL_NOUNS)})[”\"]?破解"
)
_FACES = re.compile(alternatives(FACING_A_SHORTFALL))
_SEIZED = re.compile(alternatives(SEIZED_OPPORTUNITIES))  # …，抓住机遇、乘势而上，加快建设…: a task, no outlook
_STANDING = re.compile(alternatives(STANDING_WORDS))
SHORTFALL = re.compile(
    starts_with_one_of((*SHORTFALL_WORDS, *GROWING_SUBJECTS, *PEER_LOSS_STARTS)) + "(?:"
    + alternatives(SHORTFALL_WORDS)
    # 增速…有所回落, 外贸出口持续下滑的局面; not 经济不下滑, 回落的…, nor a price's rise falling (居民消费价格涨幅有所回落)
    + f"|(?:{alternatives(GROWING_SUBJECTS)})(?:(?!价格|涨幅)[^,，;；。、]){{0,8}}?(?<![不未没])(?:{alternatives(GROWTH_FALLS)})(?!的(?!局面|态势|趋势))"
    + "|" + PEER_LOSS_PATTERN + ")"
)
_SHORTFALLS_STATED = 3  # shortfall words in a part's body that make its facing title a problems heading
_PLAN_PART = re.compile(r"计划|安排|打算|思路|下一步|下步|明年|今后|展望|部署")
_AIMS_SET = re.compile(r"目标|任务|要求")  # 二、2018年工作总体要求和目标任务: a plan even in a page titled 工作总结
# 二、实施创新型企业培育计划 in a 工作总结: a programme carried out, its 计划 names no plan part
_PROGRAMME_CARRIED_OUT = re.compile(r"(?:实施|落实|执行|推进|启动)[^,，;；。]{0,12}计划")
_AHEAD_SHARE = 0.3  # of tense words that look ahead, in a part planned after a review part
_OPENING = 16  # characters in which a paragraph that turns to plans says so (2025年，我们将…; 下一步，…)
# The lookaheads on first characters (here, in _AIMING_CLAUSE, in rules' problem cues and _REQUIRES) let a scan of a whole body skip
# the characters no branch opens with; re cannot see past a branch that opens on an assertion.
_FUTURE = re.compile(r"(?=[要将力确争计明下今努])(?:(?<![主重只纲总])(?<!指示)要(?![素点件闻事])|将|力争|确保|(?<!已)争取|(?<![年度动资成占])计划(?!的)|明年|下一步|今后|努力)")  # not 年计划, 行动计划: a plan named
_LOOKED_BACK_ON = re.compile(r"\s*(?:上半年|今年以来|年初以来|半年来|一年来)[,，]")
_DONE = re.compile(r"了|已|累计|取得|获批|荣获|获得")  # what only a report of work done says (增长, 实现, 新增 set targets too)
_COMPARED = re.compile(r"同比|比上年|较上年|比去年|较去年")  # only a reported figure is compared with the year before
_AIMING_CLAUSE = re.compile(  # 确保…开工率达到60%,一季度完成投资9.2亿元以上: what a firm aim names runs on to the semicolon, short of
    r"(?=[确力争计预努])(?:^|(?<=[,，;；。:：\n]))(?:"  # a figure compared with the year before (a figure reached); 计划, 预计 and 努力 reach one clause
    r"(?P<firm>(?:确保|力争|争取)(?!了)[^,，;；。\n]*(?:[,，](?![^,，;；。\n]*(?:" + _COMPARED.pattern + r"))[^,，;；。\n]*)*)"
    r"|(?:计划|预计|努力)[^,，;；。]*)"
)
_AIMS = re.compile(r"力争|争取")  # words that only aim (目标 and 确保 name a review's quotas too)
_PAST = re.compile(r"了|已|完成|实现|取得|累计|同比|增长|达到|新增|建成|一年来|过去|去年|获批|荣获|获得")


@dataclass(frozen=True)
class Section:
    """A heading and everything under it until the next heading of the same or a higher level."""

    level: int
    marker: str
    title: str
    title_start: int
    start: int
    end: int
    role: Role
    path: tuple[str, ...]

    @property
    def title_end(self) -> int:
        return self.title_start + len(self.title)


@dataclass(frozen=True)
class Outline:
    """All sections in document order, with lookups by offset in O(log n)."""

    sections: tuple[Section, ...]
    text_length: int
    plan_document: bool = False  # the title names a plan and nothing else: every stage reads it from here
    _boundaries: tuple[int, ...] = ()
    _deepest: tuple[Section | None, ...] = ()
    _deepest_heading: tuple[Section | None, ...] = ()
    _starts: tuple[int, ...] = ()

    @classmethod
    def build(cls, sections: tuple[Section, ...], text_length: int, plan_document: bool = False) -> Outline:
        """Precompute, for every stretch between section starts and ends, its deepest section."""
        points = sorted({0, text_length, *(s.start for s in sections), *(s.end for s in sections)})
        deepest: list[Section | None] = []
        deepest_heading: list[Section | None] = []
        open_sections: list[Section] = []
        by_start = sorted(sections, key=lambda s: (s.start, s.level))
        next_index = 0
        for point in points:
            while next_index < len(by_start) and by_start[next_index].start <= point:
                open_sections.append(by_start[next_index])
                next_index += 1
            open_sections = [s for s in open_sections if s.end > point]
            deepest.append(max(open_sections, key=lambda s: (s.level, s.start)) if open_sections else None)
            headings = [s for s in open_sections if s.level < 4]
            deepest_heading.append(max(headings, key=lambda s: (s.level, s.start)) if headings else None)
        return cls(
            sections=sections,
            text_length=text_length,
            plan_document=plan_document,
            _boundaries=tuple(points),
            _deepest=tuple(deepest),
            _deepest_heading=tuple(deepest_heading),
            _starts=tuple(s.start for s in sections),
        )

    def at(self, offset: int) -> Section | None:
        """The deepest section whose span holds `offset`."""
        index = bisect.bisect_right(self._boundaries, offset) - 1
        return self._deepest[index] if index >= 0 else None

    def heading_at(self, offset: int) -> Section | None:
        """The deepest heading (levels 1-3, not an item) whose span holds `offset`."""
        index = bisect.bisect_right(self._boundaries, offset) - 1
        return self._deepest_heading[index] if index >= 0 else None

    def starting_within(self, start: int, end: int) -> tuple[Section, ...]:
        """Sections whose heading or item marker starts in [start, end)."""
        return self.sections[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def role_at(self, offset: int) -> Role:
        section = self.at(offset)
        return section.role if section else "other"

    def path_at(self, offset: int) -> tuple[str, ...]:
        section = self.at(offset)
        return section.path if section else ()

    def items(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.level == 4)


@functools.lru_cache(maxsize=8)
def paragraphs(view: str) -> tuple[tuple[int, int], ...]:
    """Spans of non-blank lines: in scraped reports a line is a paragraph. A long line (a report saved without
    line breaks) is cut again where a heading starts after a sentence end (…增长7.2%。二、主要工作…) or after a
    word and a space. Every stage asks for them, so the last few views' are kept."""
    return tuple(_paragraphs(view))


def _paragraphs(view: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", view):
        body = match.group()
        if not body.strip():
            continue
        lead = len(body) - len(body.lstrip())
        start, end = match.start() + lead, match.start() + len(body.rstrip())
        if end - start > _LONG_PARAGRAPH:
            cuts = [
                m.end() for m in _INLINE_HEADING.finditer(view, start, end)
                if m.group()[:1] not in (" ", "\u3000") or CJK.match(view, m.start() - 1)
            ]
            for a, b in zip([start, *cuts], [*cuts, end]):
                a, b = a + len(view[a:b]) - len(view[a:b].lstrip()), a + len(view[a:b].rstrip())
                if b > a:
                    spans.append((a, b))
            continue
        spans.append((start, end))
    return spans


def outline(view: str, *, plan_document: bool = False, summary_document: bool = False) -> Outline:
    """Build the heading tree of the (cleaned) view; offsets index the original text. In a document that is a
    plan by its title (2021年工作计划), a heading no cue word places sets tasks, whatever its tense; in a summary
    (2024年上半年工作总结), it reviews."""
    raw: list[tuple[int, str, int, int, int]] = []  # level, marker, title_start, title_end, paragraph_end
    opening_heads: list[tuple[int, tuple[tuple[int, str, int, int, int], bool] | None]] = []  # per paragraph, in order
    spans = paragraphs(view)
    plain: list[bool] = []  # per paragraph: neither a heading nor holding items
    lone_items: list[tuple[int, int]] = []  # (entry in raw, paragraph): an item that is its line's whole text
    tasks_inside: set[int] = set()  # short heads inside a heading's paragraph that are items only where the part plans
    previous = (0, 0)
    slogan_titles = {i for i, (a, b) in enumerate(spans) if _SLOGAN_TITLE.fullmatch(view, a, b)}
    slogan_titles = slogan_titles if len(slogan_titles) >= 2 else set()  # 站在新起点：2012年工作回顾 … 塑造新形象：…: a row of them
    for index, (start, end) in enumerate(spans):
        line = view[start:end]
        heading_level = 0
        for level, pattern in _HEADING_PATTERNS:
            match = pattern.match(line)
            if match and level == 3 and _continues_a_sentence(view, previous, start):
                break  # a document site's page number (…已\n2、完成2栋厂房…): the sentence goes on
            if match:
                heading_level = level
                title_start = start + match.end()
                stop = _TITLE_END.search(view, title_start, end)
                title_end = _run_on_title_end(view, title_start, stop.start() if stop else end)
                if title_end > title_start:
                    raw.append((level, match.group(1).strip(), title_start, title_end, end))
                break
        names_a_part = not heading_level and index and (_PART_TITLE.fullmatch(line) or _NOTES_TITLE.fullmatch(line) or index in slogan_titles)
        if names_a_part and not (index + 1 < len(spans) and _TITLE_RUN_ON_LINE.fullmatch(view, *spans[index + 1])):  # not …目标任务\n半年完成情况
            heading_level = 1
            raw.append((1, "", start, end, end))
        items = []
        markers = [m for m in _ITEM.finditer(line) if not (heading_level and m.start() == 0)]
        numbered = list(_INLINE_NUMBER.finditer(line))
        if len(numbered) >= 2:  # numbered inside a paragraph; one inline 2、 alone is a page number or a date
            markers = sorted(markers + numbered, key=lambda m: m.start(1))
        for match, following in zip(markers, [*markers[1:], None]):
            title_start = start + match.end()
            stop = _TITLE_END.search(view, title_start, end)
            title_end = stop.start() if stop else end
            if following is not None:  # ①…;②…: an item's title ends where the next item starts
                title_end = min(title_end, start + following.start(1))
            items.append((4, match.group(1), title_start, trim(view, title_start, title_end)[1], end))
        if not items and not heading_level and (bullet := _BULLETED.match(line)):  # ●对外要保基本盘,力争…: an item
            items = _bulleted_items(view, start, end, bullet)
        if len(items) == 1 and items[0][3] >= end - 1 and items[0][2] - len(items[0][1]) <= start + 1:  # not 落实…活动:二是…
            lone_items.append((len(raw), index))
        items = items or _parallel_sentences(view, start, end, opens_with_heading=bool(heading_level), tasks_inside=tasks_inside)
        raw.extend(items)
        head = None if heading_level or items else _opening_head(view, start, end)
        opening_heads.append((heading_level, head))
        plain.append(not heading_level and not items)
        previous = (start, end)
    for at, index in lone_items:  # 一是联合港澳承办十五运会。 alone on its line: its details are the paragraph after it
        if _details_follow(spans, plain, index):
            raw[at] = (*raw[at][:4], spans[index + 1][1])
    raw.extend(_paragraph_heads(opening_heads))
    raw.extend(_heads_on_their_own_line(view, spans, plain))
    raw.extend(_heads_after_lead(view, spans, plain))
    taken = {entry[2] for entry in raw}
    raw.extend(head for head in _alike_paragraph_heads(view, spans, plain) if head[2] not in taken)
    raw.extend(_turns_to_plans(view, raw, spans))
    raw.sort(key=lambda entry: entry[2])
    sections = _build(view, raw, plan_document, summary_document)
    # 聚焦民生改善 over 深入推进教育惠民。…全力保障医养服务。…: in a review the heading is the item (the shared gold's
    # seed 004); in a plan part (（一）加力推进协同发展…。强化对接承接。…织密交通路网。…) each short head is a task
    not_tasks = {s.title_start for s in sections if s.title_start in tasks_inside and s.role != "plan"}
    if not_tasks:
        sections = _build(view, [entry for entry in raw if entry[2] not in not_tasks], plan_document, summary_document)
    return Outline.build(sections, len(view), plan_document)


def _bulleted_items(view: str, start: int, end: int, bullet: re.Match[str]) -> list[tuple[int, str, int, int, int]]:
    """A line opened by a bullet is an item; the same bullet further on the line opens another (·新增人才公寓房源242间
    ·启动沧源路…道路修缮工程: a list whose line breaks a copy lost)."""
    mark = bullet.group(1)
    further = re.compile(rf"{re.escape(mark)}[ \t]*(?=[{CJK_RANGE}“])")
    marks = [(start, start + bullet.end())] + [(m.start(), m.end()) for m in further.finditer(view, start + bullet.end(), end)]
    items = []
    for (_, title_start), following in zip(marks, [*marks[1:], None]):
        stop = _TITLE_END.search(view, title_start, end)
        title_end = min(stop.start() if stop else end, following[0] if following else end)
        items.append((4, mark, title_start, trim(view, title_start, title_end)[1], end))
    return items


def _continues_a_sentence(view: str, previous: tuple[int, int], start: int) -> bool:
    """A numbered line after a long line that stopped mid-sentence continues that sentence: document-sharing
    sites number their pages (1、 2、 3、) wherever the page breaks."""
    previous_start, previous_end = previous
    gap = view[previous_end:start]
    return previous_end - previous_start > _PAGE_LINE and view[previous_end - 1] not in _SENTENCE_STOPS and gap.count("\n") == 1


def _run_on_title_end(view: str, title_start: int, title_end: int) -> int:
    """A heading run on into its body with no stop between (a page saved without line breaks) ends at a space
    (要准确把握当前我县经济形势 20xx 年,…) or after its verdict (综合实力明显增强开发区主导产业是…)."""
    if title_end - title_start <= _RUN_ON_TITLE:
        return title_end
    if re.search(r"[,，;；:：]", view[title_start : title_start + 20]):  # 认清形势,发挥优势,…的信心和决心 今年以来,…: a space still ends it
        gap = _WORD_GAP.search(view, title_start + 4, min(title_end, title_start + _WHOLE_LINE_TITLE))
        if gap is None:
            return title_end
        clause = _CLAUSE_STOP.search(view, gap.end(), title_end)
        # a sentence after the gap, not another bare head set a space apart (…迈出新步伐 产业链群强劲发力 …)
        return title_end if _WORD_GAP.search(view, gap.end(), clause.start() if clause else title_end) else gap.start()
    if title_end - title_start <= _WHOLE_LINE_TITLE and not _SENTENCE_MARK.search(view, title_start, title_end):
        return title_end  # 二、“十四五”时期发展成就和“十五五”时期主要目标任务: a long title alone on its line, no body run on
    gap = _TITLE_GAP.search(view, title_start + 4, title_start + 24)
    if gap:
        return gap.start()
    verdict = _VERDICT_INSIDE.search(view, title_start + 4, title_start + 20)
    if verdict is None:
        return title_end
    stop = verdict.end()
    while (more := _VERDICT_INSIDE.match(view, stop)) is not None:
        stop = more.end()  # 明显增强: a verdict of two words
    return stop


def _turns_to_plans(view: str, raw: list[tuple[int, str, int, int, int]], spans: Sequence[tuple[int, int]]) -> list[tuple[int, str, int, int, int]]:
    """A heading that names problems and plans at once (存在问题及下一步打算, 问题与建议) covers two parts: from
    its first paragraph that opens with or mostly speaks of what is to be done, an untitled part of the same level takes over."""
    turns = []
    headings = [entry for entry in raw if entry[0] < 4]
    for index, (level, _, title_start, title_end, paragraph_end) in enumerate(headings):
        title = view[title_start:title_end]
        # …发展成就和“十五五”时期主要目标任务 too; not 2022年…计划执行情况, a review of the plan
        if not (_ROLE_CUES_BY_NAME["problems"].search(title) and _ROLE_CUES_BY_NAME["plan"].search(title) or _REVIEW_AND_PLAN.search(title)):
            continue
        stop = next((h[2] for h in headings[index + 1 :] if h[0] <= level), len(view))
        first = bisect.bisect_left(spans, (paragraph_end, paragraph_end))
        for start, end in spans[first:]:
            if start >= stop:
                break
            first_stop = _SENTENCE_END.search(view, start, end)
            opens_ahead = _FUTURE.search(view, start, min(end, start + _OPENING)) or _NEXT_PERIOD.search(view, start, first_stop.start() if first_stop else end)
            later = None if opens_ahead else _TURN_INSIDE.search(view, start, end)
            if later is not None:  # …主要指标增速放缓…。下一步,我们将…: the problems end where the turn starts
                turns.append((level, "", later.start(1), later.start(1), end))
                break
            speaks_ahead = opens_ahead or tense_role(view[start:end]) == "plan"
            if speaks_ahead and not _ROLE_CUES_BY_NAME["problems"].search(view, start, min(end, start + 30)):
                turns.append((level, "", start, start, end))
                break
    return turns


def _opening_head(view: str, start: int, end: int) -> tuple[tuple[int, str, int, int, int], bool] | None:
    """A paragraph's first sentence as a run-in head: short, with details after it; and whether it says so
    itself by a verdict (工业经济稳步增长。) or a task (打好精准脱贫攻坚战。)."""
    first = _OPENING_SENTENCE.match(view, start, end) or _OPENING_TWO_CLAUSES.match(view, start, end)
    lead = PERIOD_LEAD.match(view, first.start(), first.start(1)) if first else None
    if first is None or first.start(1) >= start + 4 + (lead.end() - lead.start() if lead else 0) or end - first.end() < _DETAILS or _CONNECTIVE.match(first.group(1)):
        return None
    marked = bool(VERDICT_END.search(first.group(1)) or TASK_OPENING.match(first.group(1)))
    return (4, "", first.start(1), first.end(1), end), marked


def _heads_on_their_own_line(view: str, spans: tuple[tuple[int, int], ...], plain: list[bool]) -> list[tuple[int, str, int, int, int]]:
    """Run-in heads a copy set on lines of their own (生态底色更加亮丽。 / 这是…的五年。 / 加力扩大有效投资。, each followed
    by its paragraph of details): an item whose body is the paragraph after it, when at least two lines are so."""
    heads = []
    marked = False  # ——强化农业基础地位,农村经济不断繁荣。: a dash (or a period lead) marks a head even when the copy keeps only one
    body_started = False
    for index, (start, end) in enumerate(spans[:-1]):
        after_body, body_started = body_started, body_started or bool(_SENTENCE_END.search(view, start, end))
        if not (plain[index] and _details_follow(spans, plain, index)):
            continue
        if (dash := DASH.match(view, start, end)) and _LINE_HEAD.fullmatch(view, dash.end(), end) and len(_CLAUSE_COMMA.findall(view, start, end)) <= 1:
            heads.append((4, "", dash.end(), end - 1, spans[index + 1][1]))
            marked = True
            continue
        led = _LED_LINE_HEAD.fullmatch(view, start, end)
        if led is not None and len(_CLAUSE_COMMA.findall(led.group("title"))) <= 2:
            heads.append((4, "", led.start("title"), led.end("title"), spans[index + 1][1]))
            marked = marked or bool(SHORT_LED_HEAD.fullmatch(view, start, end))  # 回首2021，我们…，….: its lead marks it a head
        elif _LINE_HEAD.fullmatch(view, start, end) and len(_CLAUSE_COMMA.findall(view, start, end)) <= 1 and (not _CONNECTIVE.match(view, start, end) or PERIOD_CHARACTERIZED.fullmatch(view, start, end)):
            heads.append((4, "", start, end - 1, spans[index + 1][1]))
        elif after_body and _BARE_LINE_HEAD.fullmatch(view, start, end) and not _TOPIC_LABEL.fullmatch(view, start, end):  # below the title and the lead: no title line
            heads.append((4, "", start, end, spans[index + 1][1]))
    return heads if len(heads) >= 2 or marked else []


def _alike_paragraph_heads(view: str, spans: tuple[tuple[int, int], ...], plain: list[bool]) -> list[tuple[int, str, int, int, int]]:
    """Three or more paragraphs in a row that open alike with a short first sentence (我们扭住高质量发展首要任务，全力推进
    工业强省产业兴省。… / ——这是追赶进位、综合实力快速跃升的五年。… / 要永葆忠诚、笃信笃行。…): each first sentence
    heads its paragraph."""
    found: list[tuple[int, str, int, int, int]] = []
    run: list[tuple[str, tuple[int, str, int, int, int]]] = []
    for index, (start, end) in enumerate([*spans, (0, 0)]):
        head = _ALIKE_HEAD.match(view, start, end) if index < len(spans) and plain[index] else None
        if head and PERIOD_LEAD.match(head.group("title")) and len(_CLAUSE_COMMA.findall(head.group("title"))) >= 2:
            head = None  # 过去的一年，我们坚持稳字当头、稳中求进，经济运行回升向好。: a sentence led in by its period, no head
        opening = (head.group("dash") or head.group("opening")) if head else ""  # ——经济运行稳中有进。/——能源革命纵深推进。: the dash opens them alike
        entry = (opening, (4, "", head.start("title"), head.end("title"), end)) if head and end - head.end() >= _DETAILS else None
        if entry is not None and (not run or run[-1][0] == entry[0]):
            run.append(entry)
            continue
        if len(run) >= _ALIKE_RUN:
            found.extend(item for _, item in run)
        run = [entry] if entry is not None else []
    return found


def _heads_after_lead(view: str, spans: tuple[tuple[int, int], ...], plain: list[bool]) -> list[tuple[int, str, int, int, int]]:
    """A verdict head right after the sentence that leads a paragraph in with its period (五年来，我们坚定不移贯彻新发展
    理念，在推动高质量发展中实现综合实力新跨越。经济实力显著提升。): an item over the details after it, in its paragraph
    or, when it ends the line, in the next one."""
    heads = []
    for index, (start, end) in enumerate(spans):
        lead = _LEAD_SENTENCE.match(view, start, end) if plain[index] and not SHORT_LED_HEAD.match(view, start, end) else None
        head = _OPENING_SENTENCE.match(view, lead.end(), end) if lead else None
        if lead is None or head is None or head.start(1) > lead.end() + 1 or _CONNECTIVE.match(head.group(1)) or not VERDICT_END.search(head.group(1)):
            continue
        if end - head.end() >= _DETAILS:
            heads.append((4, "", head.start(1), head.end(1), end))
        elif end - head.end() <= 1 and _details_follow(spans, plain, index):
            heads.append((4, "", head.start(1), head.end(1), spans[index + 1][1]))
    return heads


def _details_follow(spans: Sequence[tuple[int, int]], plain: list[bool], index: int) -> bool:
    """Whether the paragraph after paragraph `index` is a plain one long enough to be a head's details."""
    return index + 1 < len(spans) and plain[index + 1] and spans[index + 1][1] - spans[index + 1][0] >= _DETAILS


def _paragraph_heads(opening_heads: list[tuple[int, tuple[tuple[int, str, int, int, int], bool] | None]]) -> list[tuple[int, str, int, int, int]]:
    """Paragraphs in a row that each open with a run-in head (区域商贸中心地位不断增强。社会消费品零售总额…; 积极扩大有效投资。
    创新招商举措…; 千方百计促进消费。落实城乡居民增收计划…) are items when one of the row says it is a head by a
    verdict or a task verb; a lone one is just a paragraph."""
    found: list[tuple[int, str, int, int, int]] = []
    row: list[tuple[tuple[int, str, int, int, int], bool]] = []
    for _, head in [*opening_heads, (0, None)]:
        if head is not None:
            row.append(head)
            continue
        if len(row) >= 2 and any(marked for _, marked in row):
            found.extend(entry for entry, _ in row)
        row = []
    return found


def _parallel_sentences(view: str, start: int, end: int, *, opens_with_heading: bool, tasks_inside: set[int]) -> list[tuple[int, str, int, int, int]]:
    """Unnumbered items: run-in heads, short sentences of one paragraph each followed by its details. Two or
    more that open alike (在项目谋划上精准导航。在招大引强上持续突破。…), or two or more that end in a verdict
    with details of their own after them (商贸中心辐射带动能力不断增强。…旅游文化产业显著发展。…), make a list."""
    if not opens_with_heading and SHORT_LED_HEAD.match(view, start, end):
        return []  # 回首2021，我们砥砺奋进谋发展，积蓄跨越赶超新动能。项目建设卓有成效。…: the head it opens with makes it one item
    opening = _FIRST_SHORT_SENTENCE.match(view, start, end)  # 加快项目建设。…加快园区建设。…: the paragraph's own first head too
    short = [
        m for m in ([opening] if opening else []) + list(_SHORT_SENTENCE.finditer(view, start, end))
        if m.end() < end and not _CONNECTIVE.match(m.group(1)) and not re.search(r"[0-9]", m.group(1))
    ]
    by_opening: dict[str, list[re.Match[str]]] = {}
    for m in short:
        by_opening.setdefault(m.group(1)[0], []).append(m)
    # inside a heading's own paragraph ((一)经济增长迈出坚实步伐。…项目投资支撑有力。…) the paragraph is its one item,
    # unless three or more heads open alike (在…上…。在…上…。在…上…。) or it is paragraphs run together
    needed = _ALIKE_INSIDE if opens_with_heading else 2
    # a paragraph opened by a run-in head is one item, unless three heads inside open alike
    alike = {m.start(1): m for group in by_opening.values() if len(group) >= (max(needed, 3) if opening else needed) for m in group}
    stops = [m.start(1) for m in short[1:]] + [end]
    terse = [
        m for m, stop in zip(short, stops)
        if len(m.group(1)) <= _TERSE_HEAD and stop - m.end() >= _DETAILS and view[m.start(1) - 1] in " \t"
    ]
    if len(terse) >= 2:  # …。 紧盯关键指标。十项经济指标…。 提升发展动能。招商引资…: paragraphs run together, a space apart
        alike.update({m.start(1): m for m in terse})
    if opens_with_heading:
        inside = [m for m, stop in zip(short, stops) if m is not opening and len(m.group(1)) <= _TERSE_HEAD and stop - m.end() >= _DETAILS]
        if len(inside) >= _ALIKE_INSIDE:
            tasks_inside.update(m.start(1) for m in inside if m.start(1) not in alike)
            alike.update({m.start(1): m for m in inside})
    led_heads = [m for m, stop in zip(short, stops) if len(m.group(1)) <= _LED_TERSE_HEAD and stop - m.end() >= _DETAILS]
    if len(led_heads) >= _ALIKE_INSIDE and _LEAD_SENTENCE.match(view, start, end):
        # 一年来，我们致力提品质、促融合，城乡面貌加快改善。完善基础设施。投资…。织密城市路网。…: a paragraph led in by
        # its period that sums itself up, then short heads each with details of their own
        alike.update({m.start(1): m for m in led_heads})
    if opens_with_heading:
        return [(4, "", m.start(1), m.end(1), end) for _, m in sorted(alike.items())]
    led = list(_LED_INLINE_HEAD.finditer(view, start, end))
    if len(led) >= 2:  # …的五年。这五年，发展质效持续提升。…这五年，产业结构持续优化。…: heads inside one paragraph
        alike.update({m.start(1): m for m in led})
    verdicts = _verdict_heads(view, start, end)
    chosen = {**alike, **{m.start(1): m for m in verdicts}} if len(verdicts) >= 2 else alike
    return [(4, "", m.start(1), m.end(1), end) for _, m in sorted(chosen.items())]


def _verdict_heads(view: str, start: int, end: int) -> list[re.Match[str]]:
    """Short sentences (the paragraph's first among them) that end in a verdict and have details after them."""
    first = _OPENING_SENTENCE.match(view, start, end)
    candidates = ([first] if first else []) + list(_VERDICT_SENTENCE.finditer(view, start, end))
    heads = [m for m in candidates if not _CONNECTIVE.match(m.group(1)) and VERDICT_END.search(m.group(1))]
    stops = [m.start(1) for m in heads[1:]] + [end]
    return [m for m, stop in zip(heads, stops) if stop - m.end() >= _DETAILS]


def _build(view: str, raw: list[tuple[int, str, int, int, int]], plan_document: bool, summary_document: bool = False) -> tuple[Section, ...]:
    sections: list[Section] = []
    stack: list[Section] = []
    marker_starts = [title_start - len(marker) for _, marker, title_start, _, _ in raw]
    ends = _section_ends(raw, len(view))
    for index, (level, marker, title_start, title_end, paragraph_end) in enumerate(raw):
        end = ends[index]
        while stack and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        title = view[title_start:title_end]
        start = marker_starts[index]
        role = "plan" if level < 4 and not title else _role(title, view[title_start:end], parent, level, plan_document, summary_document)  # untitled: a turn to plans
        later_year = parent is None and _names_a_later_year(title, sections)
        if parent is None and (role == "review" or role == "other" and later_year) and (later_year or level == 1 and not summary_document and not _ROLE_CUES_BY_NAME["review"].search(title) and _looks_further_ahead(view, title_start, end, sections)):
            role = "plan"  # 三、2026年主要工作 after 一、2025年…工作回顾: the year after the one reviewed is planned, whatever its verbs
        if parent is None and not sections and role == "review" and not summary_document and not _ROLE_CUES_BY_NAME["review"].search(title) and _OPENS_ON_WHAT_COMES.search(view, 0, start) and tense_role(view[:start]) == "plan":
            role = "plan"  # 在今后的工作中,镇党委、政府将…。(一)实施产业强镇工程: an opening that looks ahead makes its first part a plan
        if parent is None and level == 1 and role in ("review", "other") and _sets_a_task_after_plans(title, sections):
            role = "plan"  # 三、全面加强政府自身建设 after 二、2023年目标任务: a task part that closes the plans
        section = Section(
            level=level,
            marker=marker,
            title=title,
            title_start=title_start,
            start=max(0, start),
            end=end,
            role=role,
            path=(parent.path if parent else ()) + (title,),
        )
        sections.append(section)
        stack.append(section)
    return tuple(_items_after_problems_announced(view, _roles_for_loose_items(view, sections)))


def _sets_a_task_after_plans(title: str, before: list[Section]) -> bool:
    """A part titled as a task (全面加强政府自身建设; 贴近百姓,方便群众,抓好十项民心工程: a task in any of its clauses), with no
    review cue or verdict, after a plan part."""
    return (
        any(s.level == 1 and s.role == "plan" for s in before) and any(TASK_OPENING.match(clause) for clause in re.split(r"[,，:：]", title))
        and not _ROLE_CUES_BY_NAME["review"].search(title) and (not VERDICT_END.search(title) or TASK_OPENING.match(title) is not None)
    )  # 三、千方百计促进经济增长: the task it opens with outweighs the 增长 it ends on


def _looks_further_ahead(view: str, start: int, end: int, before: list[Section]) -> bool:
    """二、一张蓝图绘到底… after 一、一年接着一年干…: a part with no cue in its title, whose words look ahead far more often
    than the review part before it does, plans (a plan's targets say 增长 and 实现 too, so its tense alone reads as a review)."""
    review = next((s for s in before if s.level == 1 and s.role == "review"), None)
    if review is None:
        return False
    return _future_share(view[start:end]) >= max(_AHEAD_SHARE, 3 * _future_share(view[review.start : review.end]))


def _future_share(body: str) -> float:
    future, past = len(_FUTURE.findall(body)), len(_PAST.findall(body))
    return future / (future + past) if future + past else 0.0


def _names_a_later_year(title: str, before: list[Section]) -> bool:
    """Whether a part's title names a year after every year the review parts before it name."""
    named = _years_named(title)
    if not named or _ROLE_CUES_BY_NAME["review"].search(title):
        return False
    reviews = [s for s in before if s.level < 4 and s.role == "review"]
    reviewed = [years for s in reviews for years in _years_named(s.title)]
    if not reviewed:  # 一、“十四五”时期经济社会发展回顾 … 三、2026年主要工作: the year's work after a review of the period
        return bool(reviews) and _YEAR_WORK.fullmatch(title) is not None
    return min(first for first, _ in named) > max(last for _, last in reviewed)


def _years_named(title: str) -> list[tuple[int, int]]:
    """The years a title names, each as (first, last): 2025年 -> (2025, 2025), “十五五” -> (2026, 2030)."""
    years = [(int(y), int(y)) for y in _TITLE_YEAR.findall(title)]
    for digit in _FIVE_YEAR_PLAN.findall(title):
        first = 2006 + 5 * _DIGITS.index(digit)  # 十一五 began in 2006
        years.append((first, first + 4))
    return years


def _items_after_problems_announced(view: str, sections: list[Section]) -> list[Section]:
    """Items of a review part that its paragraph introduces as problems (成绩固然可喜，问题也不容忽视。一是生态环境本底
    仍然脆弱…。二是…) state problems, whatever each says."""
    first_item: dict[int, int] = {}  # paragraph start -> its first item's start: only the lead before it announces
    for index, section in enumerate(sections):
        if section.level == 4 and section.role == "review":
            paragraph_start = view.rfind("\n", 0, section.start) + 1
            lead_end = first_item.setdefault(paragraph_start, section.start)
            if problems_announced(view, paragraph_start, lead_end):
                sections[index] = replace(section, role="problems")
    return sections


def problems_announced(view: str, start: int, end: int) -> bool:
    """Whether a paragraph's lead before its first item announces problems (问题也不容忽视。 / 还存在不少问题。)."""
    return _PROBLEMS_ANNOUNCED.search(view, start, end) is not None


def _roles_for_loose_items(view: str, sections: list[Section]) -> list[Section]:
    """Items under no heading (a speech's 第一，… 第二，…) take one role from the tense of the whole run:
    one item is often too short to tell, the run rarely is."""
    runs: list[list[int]] = []
    for index, section in enumerate(sections):
        if section.level == 4 and len(section.path) == 1:
            restarts = _FIRST_MARKER.match(section.marker) and runs and not _FIRST_MARKER.match(sections[runs[-1][-1]].marker)
            if runs and runs[-1][-1] == index - 1 and section.start - sections[index - 1].end < _LEAD_REACH and not restarts:
                runs[-1].append(index)
            else:
                runs.append([index])
    for run in runs:
        lead_start = last_mark_end(view, "。！？!?\n", sections[run[0]].start, _LEAD_REACH)
        if _PARTS_NAMED.search(view, lead_start, sections[run[0]].start):
            for i in run:  # 政府工作报告共分三个部分,一是2023年工作回顾,二是…: the parts of a document named, no items of its own
                sections[i] = replace(sections[i], role="other")
            continue
        announced = _announced_role(view, sections[run[0]].start)
        if announced is not None:
            for i in run:
                sections[i] = replace(sections[i], role=announced)
            continue
        if len(run) >= 2 and all(GRANTED_THEN_SHORT.fullmatch(sections[i].title) for i in run):
            for i in run:  # 一是主导产业加快发展,但工业增幅有所回落;二是…: how the period went, results granted and their shortfalls
                sections[i] = replace(sections[i], role="review")
            continue
        body = "".join(view[sections[i].start : sections[i].end] for i in run)
        role = tense_role(body, leaning=True)
        tasks = len(run) >= 2 and all(TASK_OPENING.match(sections[i].title) for i in run)
        aims = len(run) >= 3 and len(_AIMS.findall(body)) >= 2 and not _COMPARED.search(body)  # ·力争新建避难场所2.95万平方米 ·争取…: a list that aims
        if (tasks or aims) and len(_DONE.findall(body)) < 2:  # ——加快引领区域跨越发展。…——统筹推进生态强区建设。…: heads that set
            for i in run:  # tasks, a body that reports none done (its 增长 and 新增 are targets)
                sections[i] = replace(sections[i], role="plan")
            continue
        for i in run:
            if sections[i].role == "other" and role != "other":
                sections[i] = replace(sections[i], role=role)
    return sections


def _announced_role(view: str, first_item: int) -> Role | None:
    """The role a run of items is announced with: 仍然存在很多问题和不足,主要体现在:一是… (problems), 对过去一年的工作
    进行了全面回顾:一是… (review), 要重点做好八项工作:一是… (plan). The cue word nearest the colon decides."""
    colon = first_item - 1
    while colon >= 0 and view[colon] in " \t":
        colon -= 1
    if colon < 0 or view[colon] not in ":：":
        return None
    lead_start = last_mark_end(view, "。！？!?\n", colon, _LEAD_REACH)
    if _SHOWN_AS.fullmatch(view, lead_start, colon) and lead_start and view[lead_start - 1] == "。":
        lead_start = last_mark_end(view, "。！？!?\n", lead_start - 1, _LEAD_REACH)  # …还存在一些不足。主要表现在:一是…
    nearest: tuple[int, Role] | None = None
    for role, cue in _ROLE_CUES:
        for match in cue.finditer(view, lead_start, colon):
            if nearest is None or match.end() > nearest[0]:
                nearest = (match.end(), role)
    tense = tense_role(view[lead_start:colon], leaning=True)
    if nearest is None and tense == "plan":
        return "plan"  # 今年…工作将从六个方面加快…转型升级:一是…: a lead that looks ahead announces tasks
    last_clause = last_mark_end(view, ",，;；", colon, _LEAD_REACH)
    if nearest is not None and nearest[1] == "plan" and tense == "review" and nearest[0] <= last_clause:
        return "review"  # 及时出台稳增长政策措施,…实现了…,主要经济指标实现“三个回升”:一是…: a 措施 taken, results to follow
        # (…总结了…成绩,…,部署了2018年的重点工作:一是…: the clause before the colon names the tasks, they follow)
    return nearest[1] if nearest and nearest[1] != "outlook" else None


def _section_ends(raw: list[tuple[int, str, int, int, int]], length: int) -> list[int]:
    """Items end at the next heading or item, or their paragraph's end; headings at the next heading of
    their level or above. One backward sweep keeps this linear."""
    ends = [0] * len(raw)
    next_at_or_above = {level: length for level in range(1, 5)}  # nearest following start of each level
    next_any = length
    for index in range(len(raw) - 1, -1, -1):
        level, marker, title_start, _, paragraph_end = raw[index]
        start = title_start - len(marker)
        if level == 4:
            ends[index] = min(paragraph_end, next_any)
        else:
            ends[index] = min(next_at_or_above[lvl] for lvl in range(1, level + 1))
        next_any = start
        next_at_or_above[level] = start
    return ends


def _role(title: str, body: str, parent: Section | None, level: int, plan_document: bool = False, summary_document: bool = False) -> Role:
    if _NOTES_TITLE.fullmatch(title) or parent is not None and parent.role == "notes":
        return "notes"  # the glossary explains the report's terms: nothing in it is reported or planned
    for role, cue in _ROLE_CUES:
        if role == "plan" and not cue.search(_KEY_THINGS.sub("", title)) and any(c.search(title) for r, c in _ROLE_CUES if r != "plan"):
            continue  # 认清重点项目面临的形势: key projects, no 重点 of a plan, where the title names another part (二、重点项目建设 plans)
        if cue.search(_SEIZED.sub("", title) if role == "outlook" else title):
            last = _CLAUSE_COMMA.split(title)[-1]
            if role in ("plan", "outlook") and (_RESULT_HEADING.fullmatch(title) or _RESULT_HEADING.fullmatch(last) and not TASK_OPENING.search(last) or _MEASURED_AGAINST_TARGET.search(title)) and not _PLAN_PART.search(title):
                continue  # 重点企业快速成长 / 抓重点、带全局,经济实现跨越发展 / 抢抓机遇,综合实力再上新台阶: a result, though it names
                # a 重点, a 任务 or a 机遇
            if role == "problems" and (acted := ACTS_ON_A_SHORTFALL.search(title)):
                facing = _FACES.match(acted.group()) and not _ROLE_CUES_BY_NAME["outlook"].search(title)  # 认清形势,正视差距: an outlook
                if not (facing and len(SHORTFALL.findall(body)) >= _SHORTFALLS_STATED):
                    continue  # 着力缩小城乡区域差距,协调发展水平明显提升: a shortfall acted on, no problems part
                # 正视差距找原因 over 最基本的镇情是总体欠发达…: a part that faces its shortfalls states them
            if role == "plan" and summary_document and level < 4 and not _PLAN_PART.search(_PROGRAMME_CARRIED_OUT.sub("", title)) and not _AIMS_SET.search(title):
                return "review"  # 一、突出四项重点工作,努力打造“四个小雄” in a 工作总结: the work done, though it names a 重点
            if role == "review" and plan_document and level < 4 and not _REVIEW_NAMED.search(title):
                return "plan"  # (二)取得人居环境整治新成绩 in a 工作计划: a result aimed at
            if parent is None or parent.role == "other" or role in ("problems", "review") and parent.role not in ("plan", "problems"):
                return role  # under a problems heading, 项目建设进展缓慢 is still a problem
            break
    if _STANDING.search(title) and (parent is None or parent.role == "other"):
        return "review"  # 一、我县旅游产业发展的现状: where the body stands, the title naming no other part
    if parent is not None:
        if parent.role == "outlook" and level == 4:  # an outlook (把握形势) reviews the year before it looks ahead
            return "review" if VERDICT_END.search(title) else tense_role(body) if tense_role(body) != "other" else parent.role
        return parent.role
    role = tense_role(body)
    if plan_document and level < 4:
        return "plan"  # 二、实施大提升。…计划投入1000万元,完成…: a plan's heading, though its verbs read as done
    if summary_document and level < 4:
        return "review"  # 六、紧盯安全生产,兜紧筑牢安全防线 in a 工作总结: what was done, though it reads as a task
    if role == "other" and level < 4 and TASK_OPENING.match(title) and not VERDICT_END.search(title) and not _PAST.search(title):
        return "plan"  # an imperative heading (打造营商服务环境新标杆) over bare items sets tasks
    if role == "review" and level < 4 and TASK_OPENING.match(title) and not VERDICT_END.search(title) and _mostly_tasks(body):
        return "plan"  # (五)持续筑牢绿色发展屏障。坚持…。深入实施…。持续打好…: sentences that open on tasks, though 实施 reads as done
    return role


def _mostly_tasks(body: str) -> bool:
    """Whether most sentences of a part's body open with a task verb and none says it was done (了, 已)."""
    sentences = [m.group().strip() for m in _BODY_SENTENCE.finditer(body) if len(m.group().strip()) > _TASK_SENTENCE]
    tasks = sum(1 for sentence in sentences if TASK_OPENING.match(sentence))
    return len(sentences) >= _TASK_SENTENCES and tasks >= _TASK_SHARE * len(sentences) and not SAYS_DONE.search(body)


def tense_role(body: str, *, leaning: bool = False) -> Role:
    """plan when the text speaks mostly of what is to be done (要/将/力争), review when of what was (了/已/完成).
    Fewer than three such words tell nothing, unless `leaning` and they all point one way (a short paragraph)."""
    # 确保…达到60%: what a firm aim names speaks of the future (预计 estimates, 努力 exhorts)
    aimed_at = sum(len(_PAST.findall(m.group("firm"))) for m in _AIMING_CLAUSE.finditer(body) if m.group("firm"))
    future, past = len(_FUTURE.findall(body)) + aimed_at, len(_PAST.findall(_AIMING_CLAUSE.sub("", body)))
    if future + past < 3:
        if leaning and (future == 0) != (past == 0):
            return "other" if future and _LOOKED_BACK_ON.match(body) else "plan" if future else "review"
        return "other"
    if future > past and _LOOKED_BACK_ON.match(body):
        return "other"  # 上半年，…积极开展…，确保…: what the half-year was spent on, though its verbs read as tasks
    return "plan" if future > past else "review"

