"""Stage 5a, rules: indicators, achievements, plans and problems without a model.

Indicators. Each sentence is scanned for quantities (numbers.py). A percentage
right after 增长/增速/下降… is a year-on-year change, after 目标任务的… a target
completion; either joins the last value of the sentence when nothing names a new
metric in between (…61.05亿元,完成全年目标任务的135.67%,同比增长86.98%) and
otherwise stands as a rate-only record (地区生产总值同比增长7.2%). A money or
capacity figure that qualifies a noun (5000万元以上项目, 100万千瓦项目) is part
of a name, not a record. Rankings (排名全市第2, 由第20位上升到第16位) give one
record per rank in unit 位. The metric name is the clause text before the number
(or after it, for 14个新能源项目开工建设) less verbs and fillers.

Kind: target in plan sections and wherever 力争/确保/目标/计划/可实现 speaks,
actual in the past tense (已/累计/现有/截至) and elsewhere.

Plans: the lowest-level items (一是…, or headings with no items) of plan
sections. Problems: clauses of a block that a problem cue opens (存在的问题和不足,
主要是: …, 面临着A、B等问题) or of a problems section. Achievements: the items and
sub-headings of review sections.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from extract.schemas import Achievement, Evidence, Indicator, IndicatorKind, Plan, Problem

from .phrasing import TASK_PARTS_ANNOUNCED, TASKS_ANNOUNCED, COLLECTIVE_AFTER_WO, REVIEW_LIST_LEADS, SHORTFALL_WORDS, COUNTED_SET_INTRODUCERS, MEMBER_ORDINALS, AWARE_OF, HEADING_ROLE_CUES, PLAN_ARRANGEMENTS, SUMMING_UP_WORDS, NEXT_YEAR_CUES, MILESTONE_WORDS, PAGE_COUNTERS, QUOTED_RANK_WORDS, ADDRESSEES, PROBLEM_LIST_VERBS, REGRETS_ANNOUNCED, PROBLEM_LIST_NAMES, REVIEW_ANNOUNCED, PAIRED_WORDS, SUBJECT_ENDS, CIRCUMSTANCE_OPENERS, FRAME_CLOSERS, FRAME_OPENERS, TOPIC_CLOSERS, THANKS_WORDS, GUIDANCE_CLAUSE_WORDS, GUIDANCE_FRAMES, BACKGROUND_WORDS, OBJECT_LEADS, OBJECT_TAILS, PLANT_NOUNS, COUNTING_VERBS, SPENDING_VERBS, MEASURES_OF_A_THING, TARGET_FRAMES, PLAN_FRAMING_WORDS, TASK_MODALS, TASK_OPENERS, ADDRESSING_OPENERS, FACING_A_SHORTFALL, SHORTFALL_ACTIONS, COUNT_LEADS, NAME_LEAD_VERBS, CHANGING_VERBS, CHANGED_TO, CUT_VERBS, CUT_AFTER, SHORTFALL_NOUNS, PROBLEM_META_WORDS, REMEDY_OPENERS, EXTERNAL_CONDITION_WORDS, OTHER_BODY_SUBJECTS, GUIDANCE_OPENERS, LEAD_INS, LESSON_WORDS, REVIEW_FRAMING_WORDS, TURNS_FROM_SUCCESS, SPEECH_VERBS, FALLING_SHORT_WORDS, alternatives, starts_with_one_of
from .document import DocumentFacts
from .merge import merge_statements
from .numbers import CHINESE_DIGITS, AGE_BOUNDS_GROUP, COUNTER_UNITS, MEASURE_UNITS, NAME_PART_UNITS, QUANTITY, Quantity, base_unit, find_quantities, parse_number
from .sections import SAYS_DONE, GRANTED_THEN_SHORT, ACTS_ON_A_SHORTFALL, CONCEDES_SUCCESS, DASH, SHORT_LED_HEAD, PERIOD_CHARACTERIZED, PERIOD_LEAD, SHORTFALL, TASK_OPENING, THIS_PERIOD_LEAD, VERDICT_END, problems_announced, Outline, Section, paragraphs, tense_role
from .chars import CJK, last_mark_end, trim
from .clean import original_script

__all__ = ["LEADING_MARKER", "RuleFindings", "extract_rules"]

_SENTENCE = re.compile(r"[^。！!？?；;\n]+[。！!？?；;]?")
_CLAUSE_REACH = 400
_CLAUSE_BREAK = re.compile(r"[,，:：;；。！!？?、(（)）]")
_YOY_BEFORE = re.compile(
    r"(?P<dir>增长(?:的)?(?:预期)?目标(?:确定|定)?|增长比率|下降幅度|降低幅度|增长幅度|增长率|同比增长|递增|同比增加|同比提高|同比上升|增长|增加|提高|上升|增幅|增速|增幅为|增速为|增长速度|增长速度为|同比下降|同比减少|下降|减少|降低|回落|下滑|负增长|比增|比降|微降|微增|上涨|下跌|涨幅|降幅|降价|(?<![新递倍])增(?![为至到])|" + alternatives(CUT_AFTER) +
    r"|(?:" + alternatives(CUT_VERBS) + r")(?:(?![至到为率比]|幅度)[\u4e00-\u9fff]){1,5})"  # 压缩时限32%, 精简会议41%: the cut of what it names
    r"(?:均|分别)?(?:要|将)?(?:了|为|达到|达|高达|高|约|近|超过|保持在|控制在|在|仅|仅为|只有)?\s?[ ]*[-－−]?$"  # 同比增长-1.37%: the sign is the rate's; 增幅均在40%以上
)
_YOY_AFTER = re.compile(r"^(?:以上|左右)?的?(?:快速|较快|高速|稳步|稳定|平稳|预期|年度|全年|正)?(?:增速|增幅|增长|目标)")  # 高于7.0%的预期目标: a growth rate aimed at
_GROWTH_NAMED = re.compile(r"(?:增速|增幅|增长率|增长速度)[^,，;；。]{0,6}$")
_A_YEAR = r"(?:19|20)[0-9]{2}\s?年"  # 2011年, 2011 年: a year a figure is compared with or dated by
_SINCE_A_BASE_YEAR = re.compile(r"比\s?" + _A_YEAR + r"(?:末|底)?(?:分别)?(?:增长|增加|提高|下降|减少)了?\s?$")  # 比2011年增长21.9%: five years' growth, a figure of its own
_LEVEL_RATE = re.compile(r"自然增长率(?:为|是|达到|控制在|保持在)?\s?$")  # 人口自然增长率6‰: a level, not a change on the year
_NEGATIVE = ("下降", "减少", "降低", "回落", "下滑", "负增长", "微降", "下跌", "降幅", "降价", *CUT_VERBS)
# 完成全年目标任务的135.67% / 为省下达任务的58.2% / 占年度计划的71% / 完成年计划45亿元的96.4%
# …目标任务的 / …年计划45亿元的: the target a completion rate is measured against, right before the rate
_TARGET_OF = r"(?:目标任务|目标数|目标|任务数|任务|计划|预算总额|预算)(?:投资|产值|指标)?(?:[(（]?[0-9][0-9.,]*\s?(?:亿|万|千)?(?:美元|元|人|户|个|家|亩|吨)?[)）]?)?(?:的比例|比例|的)?\s?$"  # 全年任务(46.5亿元)的54.78%
_TARGET_DONE = re.compile(_TARGET_OF)
# 技改投资完成13.2亿元,…,目标完成进度77.7%: the share of its target the value before reached; a completion
# rate without the target (整改完成率100%, 落实投资4333万元,完成率96%) is a value of its own (GOLD_SPEC)
_PROGRESS_OF_TARGET = r"(?:目标完成进度|目标完成率|完成目标进度)(?:为|达)?\s?$"
_PROGRESS_AFTER_VALUE = re.compile(r"[0-9%元个家亩位名]\s?[,，]\s?" + _PROGRESS_OF_TARGET)
# The planned amount inside such a phrase (年计划45亿元的…) is a target, never a second actual value.
_PLANNED_BEFORE = re.compile(r"(?:年|全年|年度)?(?:计划|目标任务|目标|任务数|任务)[(（]?$")
_PLANNED_AFTER = re.compile(r"^[)）]?的\s?[0-9]")  # 全年任务(46.5亿元)的54.78%: the plan in brackets
_PLANNED_NAMED_AFTER = re.compile(r"^的?(?:目标任务|目标|任务|计划)的\s?[0-9]")  # 为市下115亿元目标的51.74%
# Between a value and its completion rate, a phrase that names no new metric: ,为省下达任务的 / ,完成年计划45亿元的 /
# ,完成今年目标的 / ,完成年度投资计划的 (a word or two of the metric itself before the plan)
_COMPLETION_PHRASE = re.compile(
    r"^[,，、\s]*已?(?:完成|为|占|达到|达)?(?:(?:省|市|县|区|州|盟|上级|兵团|师|集团)(?:政府|委)?)?(?:下达|确定|安排)?的?(?:今年|本年|当年|全年|年度|年初|年)?"
    r"[\u4e00-\u9fff]{0,4}?(?:[0-9][0-9.,]*\s?[\u4e00-\u9fff]{0,5}?)?" + _TARGET_OF  # 为市下115亿元目标的
    + r"|^[,，\s]*(?:[^,，;；。]{0,12}[,，]\s?)?" + _PROGRESS_OF_TARGET  # …,居全市第二,目标完成进度
)
# A count of peers before a rank (在全国178家国家级高新区中位列第21位) is part of the rank's frame.
_COMPARATOR_BEFORE = re.compile(  # 增速高出全区(11.2%)0.2个百分点 / 增速分别高全国(10.9%)、全市(7.9%)…
    r"(?:高出|高于|低于|快于|慢于|超出|较|比|高|低)[^,，;；。()（）0-9]{1,14}[(（]$|[)）]、[^,，;；。()（）0-9]{1,6}[(（]$"
)
_BENCHMARK_BEFORE = re.compile(r"[(（、](?:全国|全省|全市)(?:平均)?(?:水平|增速)?为?\s?$")
_PEER_GROUP_AFTER = re.compile(r"^[^,，;；。]{0,20}?中(?:的)?(?:位列|位居|排名|排位|排在|居|名列)")
# 在全省65个县域特色产业集群…考核评比中荣获第一档次 / 在全市16个乡镇里: the field the body is measured in
_LISTED_AMONG = re.compile(r"(?:列为|列入|入选|纳入|跻身)(?:全国|全省|全市|全州|国家|省级|省)?(?:首批|第[一二三四五六七八九十]批)?\s?$")
_ONE_OF_AFTER = re.compile(r"[^,，;；。\d]{0,16}(?<!分)之一")  # not 占全市五分之一, a share
_PEER_FIELD = re.compile(r"在(?:全国|全省|全市|全州|全区|全县|全盟)$")
_RANKED_AMONG = re.compile(r"(?:在|对)(?:全国|全省|全市|[\u4e00-\u9fff]{1,3}[省市县区])?$")  # 在16个县市区…综合排名中, 对全国217家…考核评价结果排名
_RANKING_AFTER = re.compile(r"[^,，;；。]{0,40}?(?:排名|排位|考核评价|位列|位居)")
_PEER_FIELD_AFTER = re.compile(r"[^,，;；。]{0,30}?(?:中|里|之中|排名|排位)")  # 在全国157家国家高新区综合排名由…: the field ranked in
# 实施促进民营经济发展壮大36条 / 全面落实省级开发区管理制度改革30条: a policy package named by its size
_PACKAGE_BEFORE = re.compile(r"(?:实施|落实|出台|制定|推出|印发|修订)(?:(?!道路|公路|街|巷|河|渠|管网|管道|线路|桥|项目)[^,，;；。:：、]){2,24}$")
_PACKAGE_AFTER = re.compile(r"(?:政策|措施|举措)?(?:[,，;；。、]|$)")
# 这2项 / 其余9项 / 上述3个: a count of things already named, no result of its own
_COUNT_OF_NAMED = re.compile(r"(?:这|那|其余|上述|以上)$")
# What a rank's name must lose: 排名由2015年的第30位 -> 排名; 升至第21位 takes the name of the rank before it.
_RANK_NAME_TAIL = re.compile(r"(?:由|从)?(?:(?:19|20)[0-9]{2}年)?(?:的)?$")
_RANK_MOVES = re.compile(r"^(?:上升|提升|升|跃升|跃居|前移|下降|降|后退|回落)?(?:至|到)?$")
# 增速较一季度回落0.5个百分点: a change in points keeps its direction, and its name is the metric, not the comparison.
_POINTS_DOWN = re.compile(r"(?:回落|下降|降低|减少|下滑|收窄|低于)[了]?\s?$")
# 甲、乙分别完成12.5亿元、8.3亿元，分别增长6.1%、-2.4%: each rate of the list joins its own value.
_RESPECTIVELY = re.compile(r"分别")
# 举办书画展、摄影展、民俗展等各类展览30次: the examples listed before 等 name no metric; the class after it does.
_LISTED_EXAMPLES = re.compile(r"^[^等]*、[^等]*(?<![中高初平同对])等(?![级额奖同于待])(?=[^、,，等]{2,}$)")
_LISTED_RATES = re.compile(r"[、和][-－−]?[0-9.]+\s?[%％]")  # a rate followed by another: a list said without 分别
_EACH = re.compile(r"均(?:比上年|比去年|同比)?(?:增长|增加|提高|下降|减少|实现|" + alternatives(CUT_VERBS) + r")|均(?:要|将|需|应)?(?:有|保持)")  # 各指标均要有20%的增幅
_EACH_VALUE = re.compile(r"(?:均|双双)(?:达到|达|为|超过|突破|保持在|增长|增至|增加到|提高到)?\s?$")  # …均达100%, …双双超过1000亿度
# 食品饮料业、化工医药业和金属冶炼加工业分别达到500亿元以上: one value said of each metric of the list (not 分别达到1500、500亿元)
_ONE_VALUE_RESPECTIVELY = re.compile(r"分别(?:达到|达|为|超过|突破|超|保持在|增至|增加到|提高到)?\s?$")
_ANOTHER_VALUE_LISTED = re.compile(r"\s*(?:以上|左右|以内)?\s*(?:、|和|与|及|,|，)\s*[0-9]")
# A rate that measures the last metric another way (两年平均增长, 年均增长) is that metric's own record.
_RATE_MEASURE = re.compile(r"(?:近)?(?:[两三四五]年)?(?:平均|年均)")
# …同比增长23.5%,两年平均增长14.8%: an average over two or three years is no change on the year but a level in %
# (as 13 of the corpus's 14 such records read it).
_SEVERAL_YEARS_AVERAGE = re.compile(r"(?:近)?[两三]年平均")
_LIST_SPLIT = re.compile(r"、|和|与|及")
_LIST_GAP = re.compile(r"\s*(?:、|和|与|及|,|，)\s*[-－−]?")
_BARE_TARGET_DONE = re.compile(r"(?:占|为|完成)(?:年|全年|年度)?(?:计划|任务|目标任务|目标)的?\s?(?P<num>[0-9]+(?:\.[0-9]+)?)(?=\s*(?:[,，;；。、(（]|$))")
_BARE_RATE = re.compile(r"(?:增长|增加|下降|减少|比增|比降)\s?(?P<num>[0-9]+(?:\.[0-9]+)?)(?=\s*(?:左右|以上)?\s*(?:[,，;；。、(（]|和|$))")
# 地区生产总值增长20%，达到282亿元: the value said right after its rate belongs to the same record.
_VALUE_AFTER_RATE = re.compile(r"\s*[,，]\s*(?:总量)?(?:达到|达|为|突破|完成|实现)(?:了)?\s*$")
_AMOUNT_TAIL = re.compile(r"(?:[0-9.,]+|[xX×*＊]+)\s?(?:亿|万|千|百)?(?:美元|元|个|家|户|人)?\s*$|再创新高|创新高|创历史新高")
_SPACE_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_COMPARISON_TAIL = re.compile(r"(?:同比|较|比)[^,，;；。]{0,10}$")
_THRESHOLD_AFTER = re.compile(r"^(?:及以上|以上|以下)?(?:规模)?(?:的)?(?:项目|企业|口径|产业项目|重大项目|重点项目|工业项目|大项目|级)")
# A region a province ranks within (居中部第1位, 居西部地区第3)
_REGION = "(?:中部|西部|东部|东北|西北|西南|华东|华北|华南|华中|沿海)(?:地区|省份|六省)?"
_RATE_RANK = re.compile(
    r"(?:的)?(?:(?P<measure>增速|增幅|总量)(?:居|位居|排名|排|列|位列)?(?:全[国省市区县盟州])?"
    r"|(?:稳居|居|位居|排名|排在|位列|名列|列|跃升至|跃升到|跃居|上升至|上升到|提升至|提升到)?(?:全[国省市区县盟州]|[一二三四五六七八九十两][县区市]|" + _REGION + r")(?:排位)?"
    r"|(?:均|并)?(?:稳居|居|位居|位列|名列|列)[\u4e00-\u9fff]{2,6})$"  # 列宜春第5, 居中心城区第2位: the field named
)
_NET = re.compile(r"^(?:实际|净)")
_AGAINST_BENCHMARK = re.compile(
    r"(?:分别)?(?:增速|增幅)?(?:比|较)?(?:全国|全省|全市|全区|全县|[、和]|目标|年度目标|年度计划|计划|预期|平均水平|序时进度)*(?:分别)?"
    r"(?:高|低|高于|低于|高出|低出|超出|塌|差|超|超过|快|慢|快于|慢于)(?:目标|年度目标|年度计划|计划|预期|全国|全省|全市|全区|全县|序时进度|平均水平|平均|[、和])*(?:分别)?"
)
# 加快推进7公顷工业用地报批: a name made of task verbs only; the noun after the number is the metric
_TASK_VERBS = alternatives((*TASK_OPENERS, *COUNTING_VERBS))
_VERBS_AND_YEAR = re.compile(f"(?:{_TASK_VERBS})*(?:{_A_YEAR}度?|[0-9]{{4}}年度)")
_ONLY_VERBS = re.compile(f"(?:{_TASK_VERBS})+")
# 一、树立大目标。/ 二、实施大提升。: top-level headings that are themselves items (a short task, no part named)
_RESULT_PART_BODY = 1200  # characters of details under a part that states one result (a review part runs longer)
_YEAR_NAMED = re.compile(r"((?:19|20)[0-9]{2})年")
_SENTENCE_OPENERS = "。！!？? \t"  # what stands before a year that opens a sentence
_LOOKS_AHEAD = re.compile(alternatives(NEXT_YEAR_CUES))
_LEAD_SENTENCES = 2  # sentences before a paragraph's first run-in head that lead into it (一年来，我们坚持扩投资、优环境，…。顶住…压力，…。经济运行回升向好。)
_PEERS_WITH_HEADS = 2  # parts of the review with heads of their own that make a headless peer a part too, not one result
_ITEM_LIKE = re.compile(f"(?:{alternatives(TASK_OPENERS)})[^,，;；:：。]{{1,10}}$")
# 一、坚持政治建设，忠诚履行使命 over a paragraph: a task in two short clauses, the lowest item of a plan part
_TASK_TITLE = re.compile(f"(?:{alternatives(TASK_OPENERS)})[^,，;；:：。]{{1,10}}[,，][^,，;；:：。]{{2,10}}$")
_GUIDANCE_FRAME = re.compile(alternatives(GUIDANCE_FRAMES))
_SPEAKER_CLAUSE = 24  # characters of 省工信厅园区处相关负责人透露, / 武进区委副书记、经开区党工委书记顾伟国表示, : who speaks, not what was done
_TURN_FROM_SUCCESS = re.compile(alternatives(TURNS_FROM_SUCCESS))
_CONCEDES_TROUBLE = re.compile(r"(?:尽管|虽然)[^。！？!?]*?[,，]但[^。！？!?]*?(?:面临|存在|困难|问题|挑战|掣肘|不足|短板)")  # 尽管…效应凸显,但…也面临掣肘
_CIRCUMSTANCE = re.compile(alternatives(CIRCUMSTANCE_OPENERS))
_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,6}讯(?:[(（][^()（）]{1,12}[)）])?\s*(?:[0-9]{1,2}月[0-9]{1,2}日|在新的一年)?")
_VIEWPOINT = re.compile(r"从[^,，:：。]{1,16}来?看|按[^,，:：。]{1,8}分")  # 从主要产品产量看, 按投资类别分
# 让我们倍感欣慰的是, / 值得一提的是, : a lead into what follows (不容回避的是, / 令人担忧的是, lead into problems)
_SAYING_WHAT = re.compile(f"(?![^,，:：;；。]*(?:{alternatives(SHORTFALL_NOUNS)}|回避|担忧|遗憾|忽视))[^,，:：;；。]{{1,14}}的是")
_SUBJECT_END = re.compile(alternatives(SUBJECT_ENDS))
_TOPIC = re.compile(f"[^,，]{{0,10}}(?:{alternatives(TOPIC_CLOSERS)})")  # 发展层次方面, / 从主要指标来看,: what the clauses after it are about
_FRAME_CLAUSE = re.compile(
    f"[^,，]{{0,10}}?(?:{alternatives(FRAME_OPENERS)})[^,，]{{0,60}}(?:{alternatives(FRAME_CLOSERS)})"  # 各部门按照…部署
    f"|{_TOPIC.pattern}"
    r"|[0-9]{1,2}月[0-9]{1,2}日?(?:上午|下午|晚上|晚)?|(?:截至|截止)[^,，]{0,12}|[^,，]{2,12}(?:成立后|以来)"  # when
)
_TITLE_LINE = 40
_TABLE_CELLS = 3  # cell separators that make a line a table's row (| as the converters of scraped tables write it)
_LISTED_TARGET = 6  # characters of a line that sets a target; fewer is a topic (经济◢, 民生幸福◢)
_THANKS = re.compile(alternatives(THANKS_WORDS))
_SUMS_UP = re.compile(alternatives(SUMMING_UP_WORDS))
_REPORTS_WORK_DONE = re.compile(f"(?:{alternatives(REVIEW_ANNOUNCED)})[:：。]?\\s*$")  # the opening's last words announce the review
_BALANCED = re.compile(r"既[^。,，]{1,12}[,，]?又")  # 既看长远,又盯当下: the balance struck, how the year went
_COMMA_CLAUSE = re.compile(r"[^,，;；。！!？?]+")
_LISTED_TASKS = 3
# “八抓八推动”,即: / “三动”: / “六个更加注重”,即 : a quoted name holding a count, then what introduces its members
_COUNTED_SET = re.compile(
    r"“[^“”\n]{0,4}[一二三四五六七八九十两]+[^“”\n]{0,8}”[,，]?(?:(?:" + alternatives(COUNTED_SET_INTRODUCERS) + r")[:：]?|[:：])"
)
_SETS_A_TASK = re.compile(f"(?:{alternatives(TASK_OPENERS)})|要|将|必须")
_SEMICOLON_PIECE = re.compile(r"[^;；]+")
_MEMBER_ORDINAL = re.compile(alternatives(MEMBER_ORDINALS) + r"[,，:：]?")
_CLAUSE_STOP = re.compile(r"[,，:：。]")
_SPEAKER_LEAD = re.compile(f"^[^,，:：。]{{1,{_SPEAKER_CLAUSE}}}(?:{alternatives(SPEECH_VERBS)})[,，:：]")
_REVIEW_LISTED = re.compile(alternatives(REVIEW_LIST_LEADS))
# 全区上下要切实把思想和行动统一到…上来 / 各部门要认真贯彻…精神: a task required of the whole body or its parts, though it
# names the guidance it follows
_ADDRESSED_TASK = re.compile(f"(?:全[区县市镇乡州旗省]上下|全[区县市镇乡州旗省]|各级各部门|各部门|各单位|各级党组织|各乡镇)[^,，;；。]{{0,6}}要")
_TASKS_ANNOUNCED = re.compile(f"(?:{alternatives(TASKS_ANNOUNCED)})(?:是|为|有)?[:：]")
_TURN_WORD = re.compile(r"(?:但是|但|然而)(?=[\u4e00-\u9fff]{4})")
_BUT_TURN = re.compile(r"[,，]\s*(?:但是|但|然而)")
_YIELDING = re.compile(r"虽然|尽管|虽|受|面对|在")
_COUNT_NAMED = re.compile(f"[{''.join(CHINESE_DIGITS)}十]")
_MEMBER_HEAD = 10  # CJK characters of a member's name; more is a clause that explains the set
_LISTED_TASKS_ANYWHERE = 2  # items of a role under no part that make the document state that role as items (one is a lone aside)
_GUIDANCE_CLAUSE = re.compile(alternatives(GUIDANCE_CLAUSE_WORDS))
_FORWARD = re.compile(r"(?:明年|下一步|下步|来年)[,，]?(?:将|要)?(?=[\u4e00-\u9fff])|力争(?=[\u4e00-\u9fff])")
_ATTENDANCE_AFTER = re.compile(r"(?:多|余)?(?:人)?(?:参加|出席|列席|参与)(?:了)?(?:会议|大会|本次会议)")
_ATTENDANCE_BEFORE = re.compile(r"(?:应|实际|实)(?:出席|到会|列席)(?:会议|大会)?的?(?:代表|委员|人员)?\s?$")  # 会议应出席代表181名，实际出席158名
_STREAK_UNITS = frozenset({"次", "届", "轮", "年"})
_DURATIONS = frozenset({"个月", "天", "年", "周"})
_LASTING_BEFORE = re.compile(r"(?:持续|连续|历时|用时|仅用|提前|前|有)\s?$")  # 前8个月, 有3个月居全市第一: how long
# 年产2500台多功能垃圾压缩设备生产项目: a capacity in a project's name, whatever its unit
_CAPACITY_BEFORE = re.compile(r"(?:年产|日产|月产|年处理|日处理|年加工|日加工|年吞吐|年发电)\s?$")
# 培育一批产值超5亿元、税收超1000万元的龙头企业: thresholds that qualify the noun after them
_OVER_BEFORE = re.compile(r"(?:超|超过|过)\s?$")
_THRESHOLD_OF = re.compile(r"^(?:、[^,，;；。]{0,16}?(?:以上|以下))?的(?=[\u4e00-\u9fff0-9])")  # after 以上: 注册资金在1000万以上的200家, 100亩以上的示范点
_AMOUNT_OF_TASK = re.compile(r"^的[^,，;；。]{0,16}(?:任务|目标|指标)")  # 完成150亿以上的固定资产投资任务: the task's amount, a record
_DISTANCE_BEFORE = re.compile(r"(?<![差间])距[\u4e00-\u9fff]{0,8}$")  # 距县城12公里, not 差距
_OVER_THRESHOLD_AFTER = re.compile(r"(?:、[^,，;；。]{0,14})?的?[^,，;；。的]{0,6}(?:企业|项目|龙头企业|工业企业)")
_RANK_CUE = re.compile(r"(?:总量|增速|增幅)第|居[一二三四五六七八九十两][县区市]第|(?<![排并系])(?:居|列)[\u4e00-\u9fff]{1,6}第|居" + _REGION + r"第|排名|排在|排位|位列|位居|名列|居全|居于|跃居|跃升|上升到|上升至|提升到|提升至|前移|全[国省市区县州盟]第")
_RANK = re.compile(r"(?:第|前)(?P<num>[0-9]{1,4})(?P<unit>位|名)?(?![0-9.个批次届期项家所座条])")
_RANK_LIST_TAIL = re.compile(r"[、,，](?P<num>[0-9]{1,4})(?P<unit>位|名)?(?![0-9.个批次届期项家所座条%])")
_RANK_UNITS = frozenset({"位", "名"})
_TARGET_CUE = re.compile(r"力争|确保|目标(?!任务|的|完成|考评|考核|管理|责任)|预期|可实现|可达|将达|要(?:达到|完成|实现|新增|建成|突破|引进)|不低于|(?:建成|竣工|投产|达产)后|拟(?:建|投|新|引|实施|开工|用地|占地)")
_TO_BE_DONE_AFTER = re.compile(r"[^,，;；。]{0,12}?要(?:完成|实现|达到|新增|建成|突破|引进)")  # 20万平方米的安置房要完成分配
_TAKEN_AS_AIM = re.compile(r"(?:把|将(?!近)|(?<![所可])以(?![上下内来外前后及]))[^。；;]{1,80}?(?:作为|为)[^。；;,，]{0,8}目标")  # 把…增长10%、…增长8%作为奋斗目标
_AIMED_AT = re.compile(r"[)）]?的?(?:预期|年度|全年)?目标")
_AIMED_BEFORE = re.compile(r"(?:预期|年度|全年)?目标[(（]$|[(（](?:预期|年度|全年)?目标(?:为|是)?$")  # 增速为年度目标(23%)的两倍多, 增长6.5%(年度目标6%以上)
_MEASURED_AGAINST_TARGET = re.compile(r"(?:比|较|超|超过|低于|高于|完成|达到|塌|差|落后|占)(?:[0-9.]+%的)?(?:年度|年初|全年|年)?(?:预期|确保|计划)?目标")
# Words that hold a target cue and set none: a metric's name (人均预期寿命), the slogan 稳预期 and the market's
# expectations (市场预期偏弱), and the aim a review names for the work it did (以提高人均预期寿命为目标，深入实施…).
_NO_TARGET_CUE = re.compile(
    r"预期寿命|稳预期|市场预期|社会预期|预期偏弱|预期转弱|以[^,，。；;]{1,20}为目标"
    r"|围绕[^。；;]{1,40}目标"  # 紧紧围绕“建全省县域经济强县…”这一发展目标: the goal worked towards frames what was done
    r"|预计(?:全年|今年|年内|[0-9]{1,2}[-―—－~至][0-9]{1,2}月份?)[,，]?[^,，。；;]{0,10}可(?=实现|达|完成)"  # 预计1―12月,全县可完成GDP28.34亿元: the
    # year's result estimated (预计2022年可实现产值60亿元 in the 2021 review looks ahead)
)
_WEAK_TARGET_CUE = re.compile(r"争取(?!到|了)|计划(?!的)")
_FUTURE_CLAUSE = re.compile(r"(?<![已并即])将(?!其|它|之)|规划(?!总?面积|用地)|计划投资")  # 规划面积30平方公里 is a fact; 年度计划投资44.6亿元 a plan
_ACTUAL_CUE = re.compile(r"已|累计|现有|共有|截至|截止|目前|去年|上年|过去|完成了|实现了|达到了|先后")
_YEAR = re.compile(r"(?:20[0-9]{2}|19[0-9]{2})年(?:末|底|度)?(?:[0-9]{1,2}(?:-[0-9]{1,2})?月)?|十[一二三四五]五(?:期间|时期|末)?|“十[一二三四五]五”(?:期间|时期|末)?|[0-9]{1,2}-[0-9]{1,2}月|上半年|前三季度|一季度")
_YEAR_WORD = re.compile(r"全年|今年|年内|本年|年度")
_NAME_LEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+[是要]|其中|另外|此外|同时|并且|并|和|及|以及|全年|今年|去年|上年|年内|当年|年度|全区|全市|全县|全镇|全乡|全省|我[市县区镇乡省]|累计|共计|共|总计|合计"
    r"|力争|确保|争取|预计|预期|计划|目前|截至目前|截止目前|到目前|已经|已|先后|成功|积极|完成了|实现了|完成|实现|达到|为|对|在|由|从"
    r"|特别是|尤其是|可实现|可|将|要|努力|导致|[①-⑳]|\s|" + alternatives(NAME_LEAD_VERBS) + r")+"
)
_PERIOD_ONLY = re.compile(r"(?:(?:19|20)[0-9]{2}年度?)(?:上半年|下半年|前三季度|[一二三四]季度|[0-9]{1,2}(?:-[0-9]{1,2})?月份?)?(?:以来)?")
_PERIOD_WORDS_ONLY = re.compile(  # a period said in words, nothing done in it (gold quotes none of these)
    r"(?:今年|去年|全年|本年|当年)?(?:前三季度|上半年|下半年|[一二三四]季度|前[0-9一二三四五六七八九十]{1,2}个月)(?:以来)?"
    r"|“?十[一二三四五]五”?(?:时期|期间|以来)?|[从從][^,，;；。]{1,12}(?:开始|起)"
)
_LEADING_PERIOD = re.compile(r"^(?:" + _A_YEAR + r"(?:[0-9]{1,2}(?:-[0-9]{1,2})?月份?)?|[0-9]{1,2}-[0-9]{1,2}月份?|上半年|前三季度)")
_NAME_TAIL = re.compile(
    r"(?:达到了|达到|高达|达|为|完成了|完成|实现了|实现|突破|超过|超|约|近|逾|总计|合计|累计|共计|共|年均|(?<![平年人])均|(?:由|从)(?:月|年)?人均|(?:" + alternatives(CHANGING_VERBS) + r")(?:" + alternatives(CHANGED_TO) + r")了?|保持在|控制在|稳定在|维持在|迈上|跨上|跃上|站上|迈入|跨入"
    r"|(?:19|20)[0-9]{2}年(?:底|末)?的?"  # 人均预期寿命从2020年的75.2岁 -> 人均预期寿命
    r"|增长比率|(?<!自然)增长率|增长速度|递增|增长|增速|增幅|下降|减少|降低|回落|下滑|负增长|微降|" + alternatives(CUT_AFTER) + r"|降价|同比|分别|是|有|了|由|从|已|占|到|仅|(?<=[速幅])高|(?<![主重只纲需])要|将)+$"
)
_POINTS = frozenset({"个百分点", "百分点"})
_RATIO_SEPARATORS = frozenset({"∶", ":", "︰"})
_LATIN_NAME = re.compile(r"[A-Za-z]{2,}")
_SHARE_OF = re.compile(r"约?占(?!地|用)")  # not 占地, the land a project takes
_REMARK = re.compile(r"[(（][^()（）0-9]{1,20}[)）]")
_COMPARED_WITH = re.compile(  # 比上年 / 比2011年 / 分别比上个五年: what a change is measured against
    r"^(?:分别)?(?:比去年|比上年|较去年|较上年|同比|比年初|(?:比|较)\s?" + _A_YEAR + r"(?:同期|底|末)?|比上个?五年|是\s?" + _A_YEAR + r"的"
    r"|(?:分别)?是(?:开发前|启动当年|建区前|设立前|成立前|[^,，;；。]{0,4}之初)的)"  # 是开发前的22.1倍: a multiple of the base
)
_CHANGE_VERBS = frozenset({"提高", "提升", "上升", "增加", "增长", "下降", "降低", "减少", "回落"})
_FILLER = re.compile(
    r"同比|同期|去年同期|上年同期|与|相比|比上年|较上年|比去年|较去年|不变价格|现价|增长|递增|年均|增加|提高|增速|增幅|下降|上升|减少|降低|回落|下滑|上涨|下跌|微降|实现|完成|全年|年度|目标|任务|计划|的|了|达到|达|为|分别|较|其中|约|近|超过|左右|以上|均|保持|省级|市级|预算|同口径|可比口径|可比价|按|对比|计算|预计(?=比|较|同比)|初步核算|人民币|下同|[五十]年(?=年均|平均)|" + alternatives(MILESTONE_WORDS) + "|比"
)
_NOT_TO_BE_OVERLOOKED = r"(?:问题|不足|差距|短板)(?:也|同样|仍然)?不容(?:忽视|回避|低估)"  # 问题不容忽视: announces problems
_PROBLEM_CUE = re.compile(
    starts_with_one_of(("存在", "面临", "还有", "也有", "仍有", "依然有", *SHORTFALL_NOUNS, *AWARE_OF, *REGRETS_ANNOUNCED)) +
    r"(?:(?:存在|面临|还有|也有|仍有|依然有)[^。；]{0,24}(?:问题|不足|差距|短板|困难|挑战|之“?忧|之“?困|薄弱环节)"
    r"|(?:问题|不足|差距|短板)[^。；]{0,12}(?:主要是|主要表现在|主要体现在|具体表现在|表现在)"
    r"|(?:" + alternatives(AWARE_OF) + r")[^。！!？?:：]{0,30}"
    r"|" + _NOT_TO_BE_OVERLOOKED + r"(?=[。,，]\s*主要(?:是|表现|体现))"  # 但问题不容忽视。主要是…
    r"|" + alternatives(REGRETS_ANNOUNCED) + ")"
)
_OBJECT_OF_AN_ACTION = re.compile(  # 积极应对…存在的遗留问题; not 正视存在的问题, which announces them
    f"(?:{alternatives(w for w in SHORTFALL_ACTIONS if w not in FACING_A_SHORTFALL)}|分析|研究)[^,，;；。]*存在的"  # 深入分析…存在的矛盾和问题
)
_PROBLEM_LIST = re.compile(
    r"面临着?(?!的)(?P<items>[^。；]{6,}?)等(?:诸多|一系列|多重|突出)?(?:问题|困难|挑战|矛盾)(?![^。；,，]{0,4}(?:讨论|研讨|交流))"  # not 面临的机遇和挑战、…等问题进行讨论: topics
    r"|表现(?:在|为)(?P<shown>[^。；]{6,}?)等(?:方面|问题)"  # 突出表现在征地拆迁进度慢、项目进展不平衡等方面
)
_PROBLEM_STOP = re.compile(
    f"^(?:{alternatives(REMEDY_OPENERS)}"
    r"|[^,，。]{0,8}(?:要求|强调|提出|指出)[,，:：])"  # 李鸿雁要求,接下来,各部门要正视问题: the speaker turns to remedies
)
_SENTENCE_END = re.compile(r"[。！!？?]")
_COLON = re.compile(r"[:：]")
_LIST_OPENER = re.compile(r"主要(?:是|表现在|表现为|体现在|有)[,，]?")  # …仍然不少，主要是外部环境…: a list announced without a colon
_STATED_PROBLEM = re.compile(  # the lookahead lets a whole-report scan skip the characters no branch opens with
    starts_with_one_of(("依", "仍", "较", "十", "比", "不", "亟", "差", "短", "相")) +
    r"(?:(?:依然|仍然|仍|较为|十分|比较)突出|不容(?:低估|忽视)|不相(?:匹配|适应)|亟待(?:解决|提升|加强|突破)"
    r"|差距(?:明显|较大)|短板(?:明显|突出)|(?:相对|较为|比较)(?:薄弱|滞后))"
)
_AWARE_CUE = re.compile(alternatives(AWARE_OF))
_LOOSE_PROBLEM_ITEM = re.compile(r"[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+")  # the markers of a speech's own list
_PROBLEMS_LISTED = re.compile(  # 存在A、B、C等困难和问题 / 还面临着A、B等突出问题; not 不存在…, nor …等问题的小作坊 (others')
    starts_with_one_of(PROBLEM_LIST_VERBS) + r"(?<![不未没])(?:" + alternatives(PROBLEM_LIST_VERBS) + r")着?(?!的)(?P<list>[^。；;,，:：]{4,60}、[^。；;,，:：]{4,80}?)"
    r"等(?:突出|一系列|诸多)?(?:" + alternatives(PROBLEM_LIST_NAMES) + r")(?!的)"
)
_AWARE = re.compile(f"(?:{alternatives(AWARE_OF)})[,，]")
_NOT_YET = re.compile(r"未|没|需|要|待|亟")  # 尚未得到有效解决, 需要在今后切实加以有效解决: still to be dealt with
_SOLVED = re.compile(r"解决了|已解决|得到解决|得到缓解|有效解决|破解了")
_DEALT_WITH = re.compile(_SOLVED.pattern + r"|得到有效治理|得到有效整治")  # …乱收费问题得到有效治理。
# An item or sub-heading opening a sentence: （一） 一、 1. 一是. Its first sentence is one problem, said whole.
LEADING_MARKER = re.compile(
    r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．](?![0-9])|[一二三四五六七八九十]{1,2}是)\s*"
)
_LESSONS = re.compile(alternatives(LESSON_WORDS))
_HEAD_OF_ITS_OWN = re.compile(r"[一二三四五六七八九十]{1,2}是[^,，;；。]{3,8}。")  # 一是进度慢。: a short problem, headed by its own item
_REVIEW_FRAMING = re.compile(alternatives((*REVIEW_FRAMING_WORDS, *BACKGROUND_WORDS)))
_LEAD_IN = re.compile(alternatives(LEAD_INS))
_SPEAKER = re.compile(f"(?:{alternatives(SPEECH_VERBS)})$")
_GUIDANCE = re.compile(alternatives(GUIDANCE_OPENERS))
# 投资 / 华兰生物总投资 before an amount: who (if anyone) spends, and the verb
_AMOUNT_OF_A_THING = re.compile(f"(?P<who>.{{0,12}}?)(?P<verb>{alternatives((*SPENDING_VERBS, *MEASURES_OF_A_THING))})")
_OBJECT_LEAD = re.compile(f"^(?:{alternatives(OBJECT_LEADS)})+")
_PLANT = re.compile(alternatives(PLANT_NOUNS))
_OBJECT_TAIL = re.compile(f"(?:{alternatives(OBJECT_TAILS)})+$")
_OBJECT_END = re.compile(r"[,，;；:：。！？!?\n、]|等")
_OBJECT_REACH = 20  # characters of a thing's name; more is a clause
_TARGET_FRAME = re.compile(f"(?:{alternatives(TARGET_FRAMES)})(?:(?:建议|确定|设定|拟定|初步确定)?为|是|如下)?[:：]")  # 主要预期目标建议为:
_INCREASE_BY = re.compile(r"(?:(?:较|比)(?:上年|去年|" + _A_YEAR + r")(?:同期)?|同比)(?:增加|减少|增长)\s?[0-9.,]+[^0-9,，;；。]{0,5}$")  # 较上年增加1.16万亩, 比2006年增长24.47亿元
_TARGETS_REVIEWED_WORDS = re.compile(r"完成|情况|执行|实现")
_YEARS_LOOKED_BACK = 2000  # characters before a planned-year frame whose years it must outdate (the copy's own review)
_PLANNED_YEAR_COLON = re.compile(  # 提出了2021年全市经济社会高质量发展指标体系安排,具体为:
    r"(?P<year>(?:19|20)[0-9]{2})年[^。！!？?:：]{0,30}?(?:" + alternatives(PLAN_ARRANGEMENTS) + r")[^。！!？?:：]{0,8}[:：]"
)
_TARGETS_MET = re.compile(r"(?:完成了|全面完成|圆满完成|超额完成|实现了|如期完成|总体实现|基本实现|全面实现)[^,，;；。:：]*$")
_TARGET_LIST = re.compile(r"[:：]\s*(?=力争|确保|预期|预计)")  # 该区计划:力争…增长12%以上;…;新进规上企业16家。: the cue opens a list
_TARGETS_ANNOUNCED = re.compile(f"(?:{alternatives(TARGET_FRAMES)})(?:主要)?(?:包括|涵盖|分为)[^。！!？?]*[。！!？?]")
_TARGETS_REVIEWED = re.compile(  # (一)主要指标完成较好 / 一、完成年度目标任务情况: the targets as met, a review's title
    alternatives(word for word in dict(HEADING_ROLE_CUES)["review"] if word.endswith("情况")) + r"|完成进度|完成(?:较好|良好|顺利|出色|理想)?$"
)
_TARGET_TITLE = re.compile(f"[^。！!？?,，;；:：]{{0,16}}(?:{alternatives(TARGET_FRAMES)})[^。！!？?,，;；:：]{{0,6}}")
# 过去五年，是解放思想…的五年 / 2023年是…的一年 / 明年是…冲刺之年: a sentence that judges the period as a whole.
_JUDGES_A_PERIOD = re.compile(r"^(?:各位代表|同志们)?[,，!！]?[^,，。]{0,12}[,，]?是[^。]*(?:的(?:一|两|三|五|几|十)?年|关键时期|之年|关键期)")
# A short phrase ending in 。 that opens a paragraph and heads it: 经济实力明显增强。
_RUN_IN_HEAD = re.compile(r"[^,，;；:：。！!？?0-9]{4,18}[。]")
_TWO_CLAUSE_HEAD = re.compile(r"[^,，;；:：。！!？?0-9]{3,12}[,，][^,，;；:：。！!？?0-9]{3,14}。")
# A paragraph that opens on a period of its own (一年来，/——这五年，/各位代表！五年来，)
_OPENS_ON_A_PERIOD = re.compile(r"(?:各位代表[!！,，]?)?(?:" + DASH.pattern + ")?" + PERIOD_LEAD.pattern)
# …the same after the period it reviews (这一年，自治区成立60周年庆祝活动隆重举行。), or a period characterized
# (这五年是中华民族共同体意识更加深入人心的五年。): each heads the paragraph of details after it.
_LED_RUN_IN_HEAD = re.compile(  # only a 这…年 lead: 今年以来，全县经济运行持续平稳发展。 sums up what its sentences state
    "(?:" + DASH.pattern + ")?" + THIS_PERIOD_LEAD.pattern + r"(?P<head>[^;；:：。！!？?]{4,28})。"
)  # …，我们牢记嘱托、锚定蓝图，“四个中心”功能建设不断加强。: up to two clauses
# After a dash, one or two short clauses, led in by a period or not (——2019年，我们坚持不懈补短板、树亮点，脱贫攻坚成效更加明显。
# / ——用情用力办实事、解难事、惠民生，社会事业全面进步。), head the paragraph.
_DASHED_HEAD = re.compile(
    "(?:" + PERIOD_LEAD.pattern + r"|(?:19|20)[0-9]{2}年[,，])?(?P<head>(?!是)[^,，;；:：。！!？?0-9]{2,16}(?:[,，][^,，;；:：。！!？?0-9]{2,16})?)。"
)
# 一年来，我们坚持项目引领、园区支撑，县域经济积蓄势能。 opening a paragraph of details: how the period went, summed up in
# a clause or three; the sentences after it state what was done. Not a chain of such sentences (五年来,我们坚持解放思想,…。
# 五年来,我们坚持敢闯敢试,…。), each its own accomplishment as the shared gold reads seed 001.
_PARAGRAPH_LEAD_SENTENCE = re.compile(
    r"(?:各位代表[!！,，]?)?(?:" + DASH.pattern + r")?(?:" + PERIOD_LEAD.pattern + r"|(?:19|20)[0-9]{2}年[,，])\s*我们(?P<how>[^;；:：。！!？?0-9]{2,40})。"
)
_LEAD_SENTENCE_CLAUSES = 3
_BASE_OF_A_CHANGE = re.compile(r"(?:比|较)(?:去年|上年)(?:同期)?")
_DONE_ALREADY = re.compile(r"(?:完成|实现|取得|建成|达到|进行)了")  # …情况进行了通报: reported, no task
_SPEAKER_HIMSELF = re.compile(f"我(?!\\s*[{COLLECTIVE_AFTER_WO}])")  # 我 们 (a wrapped line) is 我们
_OTHER_BODY = re.compile(f"^(?:{alternatives(OTHER_BODY_SUBJECTS)})")
_PLAN_FRAMING = re.compile(alternatives(PLAN_FRAMING_WORDS))
_TASK_PARTS = re.compile(alternatives(TASK_PARTS_ANNOUNCED))
_MODAL = re.compile(alternatives(TASK_MODALS))
_OBLIGES = re.compile(r"必须|务必")
_WE_WILL = re.compile(  # 我们将…, 该镇将抓项目, 高新区(新市区)将围绕主导产业: what the body says it will do
    r"(?:我们|我[区市县镇乡局]|全[区市县镇乡]|该[区市县镇乡局]|[\u4e00-\u9fff]{0,10}?(?:开发区|高新区|园区|经开区|新区)(?:[(（][^()（）]{1,8}[)）])?"
    r"|[\u4e00-\u9fff]{2,3}[区县](?=(?:还|也|仍)?将))(?:还|也|仍)?将(?!其|它|之)"  # 金凤区将积极融入…, 老城区还将…
)
_ADDRESSEE = r"[\u4e00-\u9fff]{0,8}?(?:" + alternatives(ADDRESSEES) + r")[\u4e00-\u9fff]{0,4}?"  # 要求政府及相关部门,要…
_REQUIRES = re.compile(r"(?=[要强指表下接今])(?:(?:要求|强调|指出|表示)(?:" + _ADDRESSEE + r"(?=[,，]要))?[,，:：]|(?:下半年|接下来|今后)[,，](?=[^。]{0,12}(?:要|必须)))")  # 会议要求, / 他强调: / 下半年，…要…
_MUST = re.compile(r"[^,，;；。“]{0,10}?(?:(?<![主重只纲需])要(?![求素点件闻])|必须|务必)")  # 全区各地各部门要…, 要把握工作重点; not 主要, 要素
_WILL_DO = re.compile(  # 经开区将实现新增…, 该区计划: what is to come, in a review
    r"(?<![已并即])将(?:实现|完成|达到|建成|开工|投产|启动|推进|新增|突破|首超|超过|迈上|跨上|成为|举办|开展|继续|进一步|全面|加快)|(?:计划|打算)$"
)
_PARAGRAPHS_AS_ITEMS = 3  # paragraphs below a plan heading that make them its items (corpus: annotators split 53 of 60 such)
# A paragraph that sets a task: it opens with a task verb or a 要, or with a run-in head (就业是最大的民生。).
_SETS_A_TASK = re.compile(f"\\s*(?:(?:{alternatives(TASK_OPENERS)})|[^,，。]{{0,8}}要|[^,，;；:：。]{{2,18}}。)")
_PARAGRAPHS_AS_RESULTS = 5  # …and below a review heading (corpus: 24 of 26 such read paragraph by paragraph)
_PIECE_HEAD = 14  # Chinese characters of the verdict that opens a parallel semicolon piece
_SLOGAN = 5  # Chinese characters under which a first clause without a figure is a slogan, not a statement
_TASK_PIECE = re.compile(r"[^。！!？?；;\n]+[。！!？?；;]?")
_FULL_SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?]?")
_FIRST_CLAUSE = re.compile(r"[^,，;；:：。！!？?]+")
_ADDRESSING = re.compile(alternatives(ADDRESSING_OPENERS))
_PROBLEM_META = re.compile(alternatives(PROBLEM_META_WORDS))
_FIGURE = re.compile(r"[0-9０-９]|(?:[xX×＊*]{1,2}|某)\s?(?:%|％|万|亿|个|家|项|户)")
_FALLS = re.compile(alternatives(FALLING_SHORT_WORDS))
_NOT_GOT = re.compile(r"(?:未能|未|没有|没)得到")
_PROBLEM_LEAD = re.compile(r"^(?:但是|但|然而|同时|还|也|仍然|仍|依然|主要是|特别是|尤其是)+")
_CLAUSE_MARKS = ",，;；:：。！？!?\n"
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?\n]")
_DIGIT = re.compile(r"[0-9０-９]")
_QUOTED_SLOGAN = re.compile(r"“[^“”\n]{2,40}”")  # a quoted phrase with figures in it is a slogan or a name (GOLD_SPEC)
_RANK_WORDS = re.compile(alternatives(QUOTED_RANK_WORDS))  # …排名“保7争6”, “全省退后20”: a rank said in quotes is still one
_PAGE_COUNT_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])(?:" + alternatives(PAGE_COUNTERS) + r")(?:次数|量|数)?\s?[:：]\s?$")  # not 全年访问量:326万次
_PROBLEM_DROP = re.compile(  # consequences, causes, kinds; what the body is measured against (但与全省目标要求相比,)
    r"^(?:不仅|也降低|从而|进而|以致|导致|等等|等|受|随着|除|由于|为了|这些问题有的是|有的是|分析原因|究其原因)|^(?:但|但是)?(?:与|同|和)[^,，;；。]{2,24}(?:相比|相较|比较)$"
    r"|^(?:但|但是)?(?:实际)?在[^,，;；。]{2,16}(?:中|过程中|期间)$"  # 为了完善基础设施建设, / 在脱贫攻坚中, : the purpose and the setting
)
# A shortfall clause that states an amount or a rate (增速回落2.1个百分点) is a figure, an indicator; one that counts
# the laggards (有8个项目进展缓慢, 有49户产值下降) still states a problem.
_AMOUNT_IN = re.compile(r"[0-9][0-9.,]*\s?(?:%|％|个百分点|百分点|[万亿]|元|倍)")
_EXTERNAL = re.compile(alternatives(EXTERNAL_CONDITION_WORDS))


@dataclass(frozen=True)
class RuleFindings:
    """What the rules found, plus how they read each number and which stretches their statements cover.

    `quantities` lists every number the rules read, in document order, with that reading:
    value, rank, yoy, target_done, or name (part of a name: an ordinal, a threshold, a capacity).
    The model stage shows these readings as hints (candidates.py).
    """

    indicators: list[Indicator]
    quantities: list[tuple[str, Quantity]]
    achievements: list[Achievement]
    plans: list[Plan]
    problems: list[Problem]


def extract_rules(text: str, view: str, outline: Outline, document: DocumentFacts) -> RuleFindings:
    """Run every rule over the cleaned view; evidence is sliced from the original text. 全年/今年 figures
    take the document's reviewed or planned year."""
    years = {"review": document.review_year, "plan": document.plan_year}
    plan_document = outline.plan_document
    indicators: list[Indicator] = []
    quantities: list[tuple[str, Quantity]] = []
    after_target_title = False
    listed = _lines_listing_targets(view)
    for start, end in paragraphs(view):
        if outline.role_at(start) == "notes":
            continue  # a glossary's figures define its terms (到2030年，布局20个左右重大专项): no indicators
        if not _DIGIT.search(view, start, end):  # most paragraphs state no figure: none to read (and no title line of targets)
            after_target_title = _sets_targets_below(view, start, end)
            continue
        framed = _target_frames(view, start, end, whole=after_target_title or (start, end) in listed, plan_year=document.plan_year)
        turn = _turns_to_next_year(view, outline, start, end)
        if turn is not None:
            framed.append((turn, end))  # …2018年是…起步之年,全市将新建高标准农田3.8万亩: the next year's figures are its targets
        for sentence in _SENTENCE.finditer(view, start, end):
            if not _DIGIT.search(view, sentence.start(), sentence.end()):
                continue
            tokens = _tokens(view, sentence.start(), sentence.end())
            quantities.extend(tokens)
            frames = [(max(a, sentence.start()), b) for a, b in framed if a < sentence.end() and b > sentence.start()]
            indicators.extend(
                _sentence_indicators(text, view, sentence.start(), sentence.end(), tokens, outline, years, frames, plan_document)
            )
        after_target_title = _sets_targets_below(view, start, end)
    in_script = original_script(text, view)
    if in_script is not None:
        indicators = [i.model_copy(update={"name": in_script(i.name), "unit": i.unit and in_script(i.unit)}) for i in indicators]
    members, named_sets, set_names = _counted_set_members(text, view, outline)
    return RuleFindings(
        indicators=indicators,
        quantities=quantities,
        achievements=list(_running_statements(text, view, outline, "review", Achievement)),
        # items and task paragraphs first: a task said with 要 inside an item (二要明确目标) is that item again
        plans=[
            plan for plan in merge_statements([
                *members, *_running_statements(text, view, outline, "plan", Plan), *_forward_clauses(text, view, outline),
                *_required_tasks(text, view, outline), *_listed_targets(text, view, outline, listed),
            ])
            if not _no_task(view, plan.evidence.start, plan.evidence.end) and not named_sets.holds(plan.evidence.start)
            and not any(name in plan.text for name in set_names)  # 1、实施好“三动”助脱贫。over the 三动 it lists: their heading
        ],
        problems=list(_problems(text, view, outline)),
    )


# ---------------------------------------------------------------- indicators


def _sets_targets_below(view: str, start: int, end: int) -> bool:
    """A title line of targets (2024年目标任务), not of their review (主要目标完成情况): the lines below it set targets."""
    line = view[start:end].strip()
    return bool(_TARGET_TITLE.fullmatch(line)) and not _TARGETS_REVIEWED.search(line)


def _lines_listing_targets(view: str) -> set[tuple[int, int]]:
    """今年…定下这些具体目标: then 全年完成固定资产投资超1400亿元 / 引进优质产业项目60个以上 …, one per line without a full
    stop: the paragraphs that list the targets a frame announces, until one that ends a sentence."""
    listed: set[tuple[int, int]] = set()
    listing = False
    for start, end in paragraphs(view):
        stops = _SENTENCE_END.search(view, start, end) is not None
        if listing and not stops:
            listed.add((start, end))
        line = view[start:end].rstrip()
        frame = _TARGET_FRAME.search(line)
        if frame is not None and frame.end() == len(line) and not _TARGETS_MET.search(line, max(0, frame.start() - 30), frame.start()):
            listing = True
        elif stops:
            listing = False
    return listed


def _listed_targets(text: str, view: str, outline: Outline, listed: set[tuple[int, int]]) -> Iterator[Plan]:
    """Each line of a list of targets sets a task (新增规上工业企业超300家); a short topic line (经济◢) heads them."""
    for start, end in sorted(listed):
        if outline.role_at(start) != "plan" and len(CJK.findall(view, start, end)) >= _LISTED_TARGET:
            quote = text[start:end]
            yield Plan(text=quote, evidence=Evidence(quote=quote, start=start, end=end))


def _target_frames(view: str, start: int, end: int, *, whole: bool, plan_year: str | None = None) -> list[tuple[int, int]]:
    """Spans of a paragraph that list targets: after 主要预期目标是： or a colon and 力争 to its sentence's end, after a colon
    whose clause names the planned year's arrangements (提出了2021年全市…指标体系安排,具体为:), or the whole paragraph under a
    title line such as 2024年目标任务."""
    if whole:
        return [(start, end)]
    spans = []
    for frame in _PLANNED_YEAR_COLON.finditer(view, start, end):
        earlier = [int(y) for y in _YEAR_NAMED.findall(view, max(0, frame.start() - _YEARS_LOOKED_BACK), frame.start())]
        planned = frame.group("year") + "年" == plan_year if plan_year else bool(earlier) and int(frame.group("year")) >= max(earlier)
        if planned and not _TARGETS_REVIEWED_WORDS.search(frame.group()):  # the planned year, or (none known) the latest named;
            # not 2020年主要指标完成情况如下:, the targets as met
            stop = _SENTENCE_END.search(view, frame.end(), end)
            spans.append((frame.end(), stop.start() if stop else end))
    for frame in [*_TARGET_FRAME.finditer(view, start, end), *_TARGET_LIST.finditer(view, start, end)]:
        if _TARGETS_MET.search(view, max(start, frame.start() - 30), frame.start()):
            continue  # 全面完成了…确定的各项目标任务：地区生产总值达8亿元…: the targets as met, results
        stop = _SENTENCE_END.search(view, frame.end(), end)
        spans.append((frame.end(), stop.start() if stop else end))
    announced = _TARGETS_ANNOUNCED.search(view, start, end)
    if announced is not None:  # 工作目标主要包括七大块。社会消费品零售总额:底线目标929亿元…: the rest of the paragraph
        spans.append((announced.end(), end))
    return spans


@dataclass
class _Draft:
    name: str
    quote_start: int
    quote_end: int
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    yoy_pct: float | None = None
    target_completion_pct: float | None = None
    value_end: int = 0
    kind: IndicatorKind | None = None  # set when the phrase decides it (a planned amount is a target)


def _sentence_indicators(
    text: str,
    view: str,
    start: int,
    end: int,
    tokens: list[tuple[str, Quantity]],
    outline: Outline,
    years: dict[str, str | None],
    frames: Sequence[tuple[int, int]] = (),
    plan_document: bool = False,
) -> Iterator[Indicator]:
    """Records of one sentence: values (with the rates that qualify them), rate-only records, ranks; those inside a
    frame that lists targets (一、全市总体目标任务:…2006年合同利用外资17亿美元) are targets."""
    drafts: list[_Draft] = []
    last: _Draft | None = None
    shared: set[int] = set()  # rates already given out by a 分别 list
    for index, (kind, q) in enumerate(tokens):
        if kind == "name" or index in shared:
            continue
        clause_start = _clause_start(view, start, q.start, drafts)
        before = view[clause_start : q.start]
        listed_rates = kind == "yoy" and _LISTED_RATES.match(view, q.end) is not None  # 人次、总花费增长5.6％、7.5％
        if kind in ("yoy", "target_done") and (_RESPECTIVELY.search(before) or listed_rates):
            run = _rate_run(view, tokens, index)
            rates = _signed_run(view, start, run, kind)
            field = "yoy_pct" if kind == "yoy" else "target_completion_pct"
            listed = view[last_mark_end(view, ",，;；:：。！？\n", q.start, reach=120) : q.start]  # the whole list, 、 and all
            own_names = _name_before(_RESPECTIVELY.split(listed)[0])
            owners = [d for d in drafts if d.value is not None][-len(run):]
            if own_names:
                names = _listed_metrics(own_names, len(run))
            else:  # …分别达到3.2万元、1.8万元，分别增长8.5%、10.2%: the values before own the rates, else the clause before names them
                names = _subjects_before(view, q.start - len(listed) - 1, len(run)) if len(owners) < len(run) else [""]
            # …创建绿色工厂20家，高技术制造业、装备制造业增加值分别增长9.5%、10.7%: the list of its own clause owns the rates
            own_list = len(run) > 1 and len(names) == len(run)
            if len(run) > 1 and len(owners) == len(run) and not own_list:
                parts = _listed_metrics(owners[0].name)
                if len({o.name for o in owners}) == 1 and len(parts) == len(owners):
                    for owner, part in zip(owners, parts):
                        owner.name = part  # 工业投资、技改投资分别… -> 工业投资, 技改投资
                for owner, (at, rate_q), rate in zip(owners, run, rates):
                    setattr(owner, field, rate)
                    owner.quote_end = max(owner.quote_end, rate_q.end)
                    shared.add(at)
                continue
            if len(run) > 1 and len(names) == 1 and names[0]:
                names = names * len(run)  # 工业增加值增速分别为5%、6%: rates of one metric, each a record of its own
            if len(names) > 1 and len(run) in (1, len(names)):
                # 省重点项目、市重点项目分别完成年度目标任务的122.1%、118.7%; 城乡居民收入分别增长7%和8%;
                # 城镇居民可支配收入、农民人均纯收入分别增长12%以上: one rate said of each
                paired = list(zip(run, rates)) if len(run) > 1 else [(run[0], rates[0])] * len(names)
                for name, ((at, rate_q), rate) in zip(names, paired):
                    last = _Draft(name=name, quote_start=q.start - len(listed), quote_end=rate_q.end, value_end=rate_q.end)
                    setattr(last, field, rate)
                    drafts.append(last)
                    shared.add(at)
                continue
        if kind in ("yoy", "target_done"):
            number = _signed_rate(view, start, q, kind)
            field = "yoy_pct" if kind == "yoy" else "target_completion_pct"
            rate_owner = last if kind == "yoy" else next((d for d in reversed(drafts) if d.unit not in _RANK_UNITS and d.kind is None), None)
            between = view[rate_owner.quote_end : q.start] if rate_owner else ""  # a rank or a planned amount owns no completion rate
            attaches = not _names_metric(between) or (kind == "target_done" and _COMPLETION_PHRASE.match(between))
            if kind == "yoy" and rate_owner is not None and rate_owner.unit == "%" and _GROWTH_NAMED.search(rate_owner.name):
                attaches = False  # 增速连续四年超过6%,年均增长7.4%: a growth rate has no growth rate of its own
            if kind == "yoy" and last is not None and len(drafts) > 1 and (
                _INCREASE_BY.search(view, max(start, last.value_end - 24), last.value_end) or _SHARE_OF.search(last.name) or last.unit == "倍"
            ):  # …完成119.8亿元，是2011年的1.6倍，年均增长8.2%: the multiple too
                level = drafts[-2]  # 油料种植面积202万亩,较上年增加1.16万亩,增长0.57% / 投资1570亿元,约占全市23.1%,增长7%: the level's rate
                if level.yoy_pct is None and level.value is not None and attaches:
                    rate_owner = level
            if rate_owner is not None and getattr(rate_owner, field) is None and attaches:
                setattr(rate_owner, field, number)
                rate_owner.quote_end = q.end
                continue
            name = _name_before(before)
            if last is not None and _RATE_MEASURE.fullmatch(name):
                if _SEVERAL_YEARS_AVERAGE.fullmatch(name):
                    last = _Draft(
                        name=last.name + name + ("增长" if number >= 0 else "下降"), quote_start=clause_start,
                        quote_end=q.end, value=abs(number), unit="%", value_end=q.end,
                    )
                    drafts.append(last)
                    continue
                name = last.name + name  # 规上工业增加值同比增长23.5%,年均增长14.8% -> 规上工业增加值年均
            each = _listed_metrics(name) if _EACH.search(before) else []
            for part in each if len(each) > 1 else [name]:
                aimed_at = _AIMED_AT.match(view, q.end, end) or _AIMED_BEFORE.search(view, max(start, q.start - 8), q.start)
                aimed: IndicatorKind | None = "target" if kind == "yoy" and aimed_at else None  # 高于7.0%的预期目标, 年度目标(23%)
                if aimed and last is not None and last.name:
                    part = last.name + "目标增速"  # the rate aimed at for the metric just reported
                last = _Draft(name=part, quote_start=clause_start, quote_end=q.end, value_end=q.end, kind=aimed)
                setattr(last, field, number)
                drafts.append(last)  # 固定资产投资、工业投资均增长12%: one record per metric of the list
            continue
        if kind == "planned":
            drafts.append(_Draft(
                name=(last.name if last else "") + "年计划", quote_start=clause_start, quote_end=q.end, value=q.value,
                value_max=q.value_max, unit=q.unit, qualifier=q.qualifier, value_end=q.end, kind="target",
            ))
            continue  # the completion rate after it still belongs to `last`
        rate_first = last is not None and last.value is None and kind == "value"
        if rate_first and last is not None and _VALUE_AFTER_RATE.match(view, last.quote_end, q.start):
            last.value, last.value_max, last.unit, last.qualifier = q.value, q.value_max, q.unit, q.qualifier
            last.quote_end = last.value_end = q.end
            continue
        name = _name_before(before)
        if drafts and view[q.start - 1 : q.start] in _RATIO_SEPARATORS:
            name = drafts[-1].name  # 18.7:37.7:43.6: the parts of one structure share its name
        if kind == "rank":
            name = _RANK_NAME_TAIL.sub("", name)
            previous_rank = next((d for d in reversed(drafts) if d.unit in _RANK_UNITS), None)
            metric = next((d for d in reversed(drafts) if d.unit not in _RANK_UNITS and d.unit not in _POINTS), None)  # not a gap
            if previous_rank is not None and (not name or _RANK_MOVES.match(name)):
                name = previous_rank.name
            elif metric is not None and not name:
                name = metric.name + "排名"  # GDP同比增长6.9%,全市第2
            elif metric is not None and (rate_rank := _RATE_RANK.match(name)):
                # 地区生产总值增长8%,增速居全市第2位; 主营业务收入1597亿元,居全省第4位: the rank of the metric before
                name = metric.name + (rate_rank["measure"] or "") + "排名"
        value = q.value
        if drafts and drafts[-1].name and _SHARE_OF.match(name):
            name = drafts[-1].name + name  # 工商税入地方税金162万元,占财政收入的74.7%: the share of the metric just reported
        if q.unit in _POINTS and drafts and _AGAINST_BENCHMARK.fullmatch(name):
            # 增长3.2%,塌目标1.8个百分点 / 增速比全国、全市分别高0.5个、1.4个百分点: the gap of the metric before
            name = drafts[-1].name + name
        if q.unit in _POINTS:
            fall = _POINTS_DOWN.search(before)
            name = _COMPARISON_TAIL.sub("", name) or name
            if fall:  # the value stays as written (a scorer finds it in the quote); the name says it fell
                name += fall.group().rstrip("了 ")
        quote_end = q.end
        of_a_thing = _AMOUNT_OF_A_THING.fullmatch(name) if kind != "rank" else None
        thing = None
        if of_a_thing and (not of_a_thing["who"] and of_a_thing["verb"] not in MEASURES_OF_A_THING or view.startswith("的", q.end)):
            thing = _thing_measured(view, q.end, end, of_a_thing["verb"])
        if thing is not None and of_a_thing is not None:
            name, quote_end = thing
            who = _OBJECT_LEAD.sub("", of_a_thing["who"]) if of_a_thing["verb"] in MEASURES_OF_A_THING else of_a_thing["who"]
            name = who + name  # 建设库容5.2万吨的粮食储备库 -> 粮食储备库库容; 县财政投资…的 keeps its spender
        elif kind != "rank" and (not name or _counts_what_follows(name, q.unit, before)):
            after_end = _clause_end(view, q.end, end, tokens)
            after_name = _name_after(view[q.end : after_end])
            if after_name:
                name, quote_end = after_name, after_end
        change = _COMPARED_WITH.sub("", name)
        compared = change != name and (not change.strip() or _NET.sub("", change) in _CHANGE_VERBS)  # 比上年实际增加703万元 / 比上年增长838元: a change of the last metric
        if drafts and (not name or compared or q.unit in _POINTS and _NET.sub("", change) in _CHANGE_VERBS):
            # 税占比54.3%,比去年提高6.4个百分点 -> 税占比提高; 比上年实际增加703万元 -> 财政收入比上年实际增加
            name = drafts[-1].name + ((change if q.unit in _POINTS else name) if name else "")
        if drafts and (since := _SINCE_A_BASE_YEAR.search(before)):
            name = drafts[-1].name + re.sub(r"分别|了|\s", "", since.group())  # 比2011年增长21.9%: the metric's growth over the years
        unit = q.unit
        said_of_each = _EACH_VALUE.search(before) or _ONE_VALUE_RESPECTIVELY.search(before) and not _ANOTHER_VALUE_LISTED.match(view, q.end)
        shared_by = _listed_metrics(name) if kind != "rank" and said_of_each else [_LISTED_EXAMPLES.sub("", name)]
        for part in shared_by:  # 危险废物安全处置率、受污染耕地安全利用率均达100%: one record per metric of the list
            last = _Draft(
                name=part or "",
                quote_start=clause_start,
                quote_end=quote_end,
                value=value,
                value_max=q.value_max,
                unit=unit,
                qualifier=q.qualifier,
                value_end=q.end,
            )
            drafts.append(last)
    _name_each_of_a_list(view, drafts)
    sentence_text = view[start : min(end, start + 4 * _CLAUSE_REACH)]
    taken_as_aims = [m.span() for m in _TAKEN_AS_AIM.finditer(view, start, end)] if "目标" in sentence_text else []
    for draft in drafts:
        quote_start, quote_end = trim(view, draft.quote_start, draft.quote_end)
        role = outline.role_at(quote_start)
        if role == "other" and plan_document:
            role = "plan"  # a 工作计划's unheaded figures are its targets
        near = max(start, draft.value_end - _CLAUSE_REACH)  # a cue that far back in one "sentence" is another's
        context = view[near : draft.value_end]
        try:
            yield Indicator(
                name=_tidy_name(draft.name or _name_from_clause_before(view, start, quote_start) or view[quote_start:quote_end]),
                value=draft.value,
                value_max=draft.value_max,
                unit=_unit_as_written(text, view, draft.unit, draft.value_end) if draft.value is not None else None,
                qualifier=draft.qualifier,
                yoy_pct=draft.yoy_pct,
                target_completion_pct=draft.target_completion_pct,
                kind=draft.kind or ("target" if any(a < draft.value_end <= b for a, b in (*frames, *taken_as_aims)) or _TO_BE_DONE_AFTER.match(view, draft.value_end, end) else _kind(context, view[quote_start : draft.value_end], role)),
                period=_period(view[max(start, quote_end - _CLAUSE_REACH) : quote_end], sentence_text, role, years),
                evidence=Evidence(quote=text[quote_start:quote_end], start=quote_start, end=quote_end),
            )
        except ValidationError:
            continue  # a number no float writes back as the text did (123456789012345678亿元): no record, no crash


def _tokens(view: str, start: int, end: int) -> list[tuple[str, Quantity]]:
    """Quantities of a sentence, each typed as value, rank, yoy, target_done, planned (the plan a completion
    rate is measured against), or name (part of a name, no record)."""
    tokens: list[tuple[str, Quantity]] = []
    if _DIGIT.search(view, start, end) is None:
        return tokens  # most sentences of a report state no figure: one C-level look spares every rule below
    has_rank_cue = bool(_RANK_CUE.search(view, start, end))
    rank_spans = []
    if has_rank_cue:
        for match in _RANK.finditer(view, start, end):
            listed = [match]  # 分别排名第3、9、11、13位: one rank per number
            while (more := _RANK_LIST_TAIL.match(view, listed[-1].end(), end)) is not None:
                listed.append(more)
            unit = "名" if (listed[-1].group("unit") or match.group("unit")) == "名" else "位"  # as written: 第60名
            for rank in listed:
                q = Quantity(match.start(), rank.end(), rank.start("num"), rank.end("num"), float(rank.group("num")), None, unit, None)
                tokens.append(("rank", q))
                rank_spans.append((rank.start(), rank.end()))
    slogans = [m.span() for m in _QUOTED_SLOGAN.finditer(view, start, end) if not _RANK_WORDS.search(m.group())]
    for q in find_quantities(view, start, end):
        if any(a <= q.num_start < b for a, b in rank_spans):
            continue
        if any(a < q.num_start < b for a, b in slogans):
            tokens.append(("name", q))  # “20个项目推出去、10个项目引进来” / “300米见绿，500米见园”: a slogan's numbers, no record
            continue
        before = view[max(start, q.start - 12) : q.start]
        if _PAGE_COUNT_BEFORE.search(view, max(start, q.start - 12), q.start):
            continue  # 浏览:17792次 / 阅读次数:56: the page's own counter, scraped with the text
        after = view[q.end : min(end, q.end + 12)]
        if q.unit == "项" and view.startswith("目", q.end):
            tokens.append(("name", q))  # 省411项目: a programme's number glued to 项目
            continue
        if q.unit == "个" and view.startswith(("多月", "月", "季度", "多季度"), q.end) or _ATTENDANCE_AFTER.match(view, q.end, min(end, q.end + 8)) or _ATTENDANCE_BEFORE.search(before):
            continue  # 在短短3个多月的时间里 / 共300多人参加会议 / 应出席代表181名: how long a time, who came to the meeting
        if q.unit in _DURATIONS and _LASTING_BEFORE.search(before) or q.unit in _STREAK_UNITS and before.endswith("连续"):
            continue  # 持续6个月稳居全市第一, 考核连续10次获优秀: how long or how often in a row, not how much
        if (
            view[q.start - 1 : q.start] == "第"
            or q.unit not in COUNTER_UNITS and q.unit not in ("%", "个百分点") and (_THRESHOLD_AFTER.match(after) or q.qualifier in ("以上", "以下") and _THRESHOLD_OF.match(after) and not _AMOUNT_OF_TASK.match(after))
            or (base_unit(q.unit) in MEASURE_UNITS or _CAPACITY_BEFORE.search(before)) and _names_project(view[q.end : end])
            or q.unit in NAME_PART_UNITS  # 750千伏电网工程, 香加750千伏: a voltage names a line, it measures nothing done
            or q.unit == "岁" and AGE_BOUNDS_GROUP.match(view, q.end, end)  # 为65岁以上老年人体检: an age bounds who, it is no record
            or _OVER_BEFORE.search(view, max(start, q.num_start - 3), q.num_start) and _OVER_THRESHOLD_AFTER.match(view, q.end, min(end, q.end + 30))
        ):
            tokens.append(("name", q))  # an ordinal, a threshold or a capacity: part of a name
            continue
        if q.unit in ("公里", "千米", "米") and _DISTANCE_BEFORE.search(before):
            continue  # 乡政府驻地距县城12公里: where the place lies, no measure of work
        if q.unit == "%" and (_BENCHMARK_BEFORE.search(before) or _COMPARATOR_BEFORE.search(view, max(start, q.start - 20), q.start)):
            continue  # 高于全国、全省水平(全国6.3%…): another body's figure, a yardstick
        if _PEER_GROUP_AFTER.match(after + view[min(end, q.end + 12) : min(end, q.end + 24)]) or (
            _PEER_FIELD.search(before) and _PEER_FIELD_AFTER.match(view, q.end, min(end, q.end + 40))
        ) or _LISTED_AMONG.search(before) or _ONE_OF_AFTER.match(view, q.end, end) or (
            _RANKED_AMONG.search(before) and _RANKING_AFTER.match(view, q.end, end)
        ):  # 被列为全国16个多式联运示范工程, 成为全省60个…之一: the size of the list it joined
            tokens.append(("name", q))
            continue
        if q.unit in COUNTER_UNITS and _COUNT_OF_NAMED.search(before):
            continue
        if q.unit == "条" and _PACKAGE_BEFORE.search(view, max(start, q.start - 26), q.start) and _PACKAGE_AFTER.match(view, q.end, end):
            continue
        if _PLANNED_BEFORE.search(before) and _PLANNED_AFTER.match(after) or _PLANNED_NAMED_AFTER.match(after):
            tokens.append(("planned", q))
            continue
        if q.unit in ("%", "‰"):
            if tokens and tokens[-1][0] == "target_done" and view[tokens[-1][1].end : q.start] in ("和", "、", "及"):
                tokens.append(("target_done", q))  # 已分别完成全年计划的53.58%和44.99%: the list goes on
                continue
            before = _SPACE_IN_CJK.sub("", before)  # 同 期 增 长186.4%: a PDF's spacing inside the words
            if _AIMED_BEFORE.search(before):
                tokens.append(("yoy", q))  # 增长6.5%(年度目标6%以上): the rate aimed at, no share of a target
                continue
            if _TARGET_DONE.search(before) or _PROGRESS_AFTER_VALUE.search(view, max(start, q.start - 16), q.start):
                tokens.append(("target_done", q))
                continue
            if (_YOY_BEFORE.search(before) or _YOY_AFTER.match(after)) and not _LEVEL_RATE.search(before) and not _SINCE_A_BASE_YEAR.search(before):
                tokens.append(("yoy", q))
                continue
        tokens.append(("value", q))
    taken = {q.num_start for _, q in tokens}
    for kind, pattern in (("yoy", _BARE_RATE), ("target_done", _BARE_TARGET_DONE)):  # 同比增长12.5, 占年计划的58.2: the source dropped its %
        for match in pattern.finditer(view, start, end):
            if match.start("num") not in taken:
                value = parse_number(match.group("num"))
                tokens.append((kind, Quantity(match.start("num"), match.end("num"), match.start("num"), match.end("num"), value, None, "%", None)))
    tokens.sort(key=lambda t: t[1].start)
    return tokens


def _names_project(after: str) -> bool:
    """沪蒙能源40万吨甲醇、…等项目: a capacity glued to a product noun, in a clause about projects, names a project."""
    clause = re.split(r"[,，;；:：。]", after, maxsplit=1)[0]
    product = CJK.match(after) or _LATIN_NAME.match(after)  # 60万吨PX: a product named in Latin letters too
    return bool(product) and not after.startswith(("以上", "左右", "以内", "的")) and _PLANT.search(clause) is not None


def _rate_run(view: str, tokens: list[tuple[str, Quantity]], index: int) -> list[tuple[int, Quantity]]:
    """A rate and the rates listed right after it (6.1%、-2.4% / 21%和9.4%): one 分别 list."""
    kind, first = tokens[index]
    run = [(index, first)]
    for at in range(index + 1, len(tokens)):
        other_kind, other = tokens[at]
        if other.unit != first.unit or not _LIST_GAP.fullmatch(view, run[-1][1].end, other.start):
            break
        run.append((at, other))
    return run


def _name_each_of_a_list(view: str, drafts: list[_Draft]) -> None:
    """巨力、风帆、晨阳分别实现税收2.1亿元、1.3亿元、1.2亿元 / 肉、蛋、奶产量分别达到2.8万吨、5.5万吨和8.5万吨: values listed
    one after another under one list of names take one name each (巨力税收, 肉产量), when the counts agree."""
    index = 0
    while index < len(drafts):
        group = [drafts[index]]
        while index + len(group) < len(drafts):
            following = drafts[index + len(group)]
            gap = view[group[-1].value_end : following.quote_start]
            if following.name != group[0].name or following.value is None or following.unit != group[0].unit or gap.strip() and not _LIST_GAP.fullmatch(gap):
                break
            group.append(following)
        if len(group) > 1 and group[0].value is not None:
            head, _, tail = group[0].name.partition("分别")
            parts = _listed_metrics(head)
            if len(parts) == len(group):
                noun = _name_before(tail) if tail else ""
                for draft, part in zip(group, parts):
                    draft.name = part + noun
        index += len(group)


def _listed_metrics(name: str, count: int = 0) -> list[str]:
    """The metrics a list names (工业投资、技改投资 -> both); a short part shares the last one's head noun
    (城镇和农村居民人均可支配收入, PM2.5、PM10平均浓度), a paired word names two (城乡居民收入 -> 城镇居民收入,
    农村居民收入; inside a name only when several figures are said of it). With the count of figures said of them, a
    list that splits on 及 or 和 into too many parts splits on 、 alone (新能源及智能电网、新材料、生物医药健康产业 is
    three). The name alone when its parts are not metrics."""
    parts = _LIST_SPLIT.split(name)
    if count > 1 and len(parts) > count:
        parts = name.split("、")
    if len(parts) == 1:
        for word, halves in PAIRED_WORDS.items():
            if name.startswith(word) or count > 1 and word in name:  # 外贸进出口总额年均增长5.1%: one figure, one metric
                return [name.replace(word, half, 1) for half in halves]
        return [name]
    parts[-1] = re.sub(r"等.*$", "", parts[-1])  # 营业收入、智算规模等主要指标 -> 营业收入, 智算规模
    noun = re.sub(r"^[A-Za-z0-9.]+", "", parts[-1])  # PM10平均浓度 -> 平均浓度
    parts = [
        p + (noun if not CJK.search(p) else parts[-1][len(p):]) if (not CJK.search(p) or _parallel_head(p, parts[-1])) and len(p) < len(parts[-1]) else p
        for p in parts[:-1]
    ] + parts[-1:]
    return parts if all(len(p) >= 2 for p in parts) else [name]


def _parallel_head(part: str, last: str) -> bool:
    """城镇 of 城镇和农村居民收入, 建筑业 of 建筑业、服务业增加值: a short part that stands for the last part's head, whose tail
    it shares; not 新材料 before 生物医药健康产业 (a name of its own)."""
    return len(part) <= 2 or len(part) == 3 and last[2:3] == part[2:]


def _subjects_before(view: str, at: int, count: int) -> list[str]:
    """旅游收入、游客人数再创新高，分别增长16.4%、15.8% / 享受户数与金额，分别增长…: the rates' list, named by the
    clause before theirs; none unless it names as many metrics as there are rates."""
    clause = view[last_mark_end(view, ",，;；:：。！？\n", at, reach=80) : at]
    ends = list(_SUBJECT_END.finditer(clause))  # the last: 规上工业企业实现利税、利润再创新高 ends at 再创, not at 实现
    subject = _name_before(clause[: ends[-1].start()] if ends else clause)
    names = _listed_metrics(subject, count) if subject else []
    return names if len(names) == count else []


def _signed_run(view: str, start: int, run: list[tuple[int, Quantity]], kind: str) -> list[float]:
    """分别下降11%和29%: the verb before the first rate signs the whole list; a minus sign signs its own rate."""
    falls = kind == "yoy" and _is_negative(view, start, run[0][1].start)
    return [-abs(v) if falls else v for v in (_signed_rate(view, start, q, kind) for _, q in run)]


def _signed_rate(view: str, start: int, q: Quantity, kind: str) -> float:
    """A yoy rate is negative after 下降/减少… or when written with a minus sign (-2.4%)."""
    minus = view[q.start - 1 : q.start] in ("-", "－", "−") and q.start - 1 >= start
    negative = kind == "yoy" and (minus or _is_negative(view, start, q.start))
    return -q.value if negative else q.value


def _is_negative(view: str, start: int, at: int) -> bool:
    match = _YOY_BEFORE.search(view[max(start, at - 12) : at])
    return match is not None and any(word in match.group("dir") for word in _NEGATIVE)


def _names_metric(between: str) -> bool:
    """Whether the text between a value and a rate names a new metric (two or more content characters); a remark
    in brackets (10488万千瓦时(不含线损),同比增长2.05%) names none."""
    return len(CJK.findall(_FILLER.sub("", _REMARK.sub("", _SPACE_IN_CJK.sub("", between))))) >= 2


def _clause_start(view: str, floor: int, at: int, drafts: list[_Draft]) -> int:
    """Start of the clause holding offset `at`, never before the end of the previous record. It looks back at
    most _CLAUSE_REACH characters: a "sentence" of a table scraped into one line must not cost its length per number."""
    floor = max(floor, at - _CLAUSE_REACH)
    start = floor
    for match in _CLAUSE_BREAK.finditer(view, floor, at):
        if match.group() in "、(（)）" and not _has_quantity_before(view, start, match.start()):
            continue
        start = match.end()
    if drafts:
        start = max(start, min(drafts[-1].quote_end, at))
    return start


def _has_quantity_before(view: str, start: int, end: int) -> bool:
    return bool(re.search(r"[0-9]", view[start:end]))


def _clause_end(view: str, at: int, end: int, tokens: list[tuple[str, Quantity]]) -> int:
    """End of the clause after offset `at`: the next clause break or the next quantity."""
    stop = min(end, at + _CLAUSE_REACH)
    match = _CLAUSE_BREAK.search(view, at, stop)
    if match:
        stop = match.start()
    following = bisect.bisect_left(tokens, at, key=lambda t: t[1].start)  # tokens are in document order
    if following < len(tokens) and tokens[following][1].start < stop:
        stop = tokens[following][1].start
    return stop


def _thing_measured(view: str, at: int, end: int, verb: str) -> tuple[str, int] | None:
    """投资5900万元的伊敏河两岸亮化照明工程全部完工 -> (伊敏河两岸亮化照明工程投资, end of the phrase): what an
    amount was spent on, or what a size measures (总长9.87公里的城区道路), from the words after it to the clause's or
    list item's end or the next figure, less verbs and figures; nothing when that is a whole clause rather than a thing."""
    match = _OBJECT_END.search(view, at, min(end, at + 60))
    stop = match.start() if match else min(end, at + 60)
    if verb in MEASURES_OF_A_THING and (counted := QUANTITY.search(view, at, stop)) is not None:
        stop = counted.start()  # 总长9.87公里的城区道路8条: the count after the thing is a record of its own
    words = _OBJECT_TAIL.sub("", _OBJECT_LEAD.sub("", view[at:stop].strip()))
    if match is not None and match.group() == "、" and (listed := _listed_class(view, at, min(end, at + 60))) is not None:
        words, stop = listed  # 新建休闲健身公园、童趣时光公园、滨河公园3座“口袋公园”: the class of the things listed
    words = _OBJECT_LEAD.sub("", QUANTITY.sub("", words))
    if not 2 <= len(CJK.findall(words)) <= _OBJECT_REACH:
        return None
    measure = verb if verb in MEASURES_OF_A_THING else "总投资" if verb == "总投资" else "投资"
    return words + measure, stop


def _listed_class(view: str, at: int, end: int) -> tuple[str, int] | None:
    """The class noun after a count that closes a list of named things (…、滨河公园3座“口袋公园”), and where it ends;
    None when the list's items are spent on one by one (投资0.77亿元的地表水厂、投资…) or no count closes it."""
    stop = _CLAUSE_END.search(view, at, end)
    clause_end = stop.start() if stop else end
    counts = list(find_quantities(view, at, clause_end))
    listed = view[at : counts[0].start] if counts else ""
    if len(counts) != 1 or counts[0].unit not in COUNTER_UNITS or "、" not in listed or "等" in listed or "投资" in view[at:clause_end]:
        return None  # each item its own amount or count (3800万元的背街巷道改造、729万元的…), or a list closed by 等
    words = _OBJECT_TAIL.sub("", view[counts[0].end : clause_end].strip())
    return (words, clause_end) if len(CJK.findall(words)) >= 2 else None


def _name_from_clause_before(view: str, start: int, at: int) -> str:
    """A record whose own clause names nothing (…,同比增长7% / …,达到98.5%) is named by the clause before it,
    less a masked or stated amount (税收完成XX亿元,同比增长15.2% -> 税收)."""
    clause_end = at
    while clause_end > start and view[clause_end - 1] in " ,，":
        clause_end -= 1
    clause_start = last_mark_end(view, ",，;；:：。", clause_end, reach=40)
    clause = _AMOUNT_TAIL.sub("", view[max(start, clause_start) : clause_end])
    return _name_before(clause)


def _unit_as_written(text: str, view: str, unit: str | None, value_end: int) -> str | None:
    """47.63万户（套）, 2：1: the view folds brackets and colons to half width; the unit keeps the report's own."""
    if unit is None or not any(c in unit for c in "():"):
        return unit
    at = view.rfind(unit, max(0, value_end - len(unit) - 8), value_end)
    return text[at : at + len(unit)] if at >= 0 else unit


def _tidy_name(name: str) -> str:
    """Spaces between Chinese characters are the scraping's, not the name's (完 成 地 方 财 政 收 入)."""
    return _SPACE_IN_CJK.sub("", name)


def _name_before(before: str) -> str:
    name = before.strip()
    while True:  # 2021年1-10月完成产值: periods and verbs alternate at the front
        shorter = _NAME_LEAD.sub("", _LEADING_PERIOD.sub("", name))
        if shorter == name:
            break
        name = shorter
    name = _NAME_TAIL.sub("", name)
    name = name.strip(" ,，、:：\"").removeprefix("”").removesuffix("“")
    return name if len(CJK.findall(name)) >= 2 or re.search(r"[A-Za-z]{2,}", name) else ""


def _counts_what_follows(name_before: str, unit: str | None, said_before: str) -> bool:
    """细化209项异味治理措施, 风电光伏等14个新能源项目, 领导干部对41项问题…: a verb, a list or a preposition
    before the number; the noun after it is the metric. So too when what stands before a count is the list of
    the things counted (北银、裕园2个老旧小区) or the count's attribute (新建的7个超市)."""
    if len(CJK.findall(name_before)) <= 2 or name_before.endswith(("等", "对", "把", "向", "给")) or _ONLY_VERBS.fullmatch(name_before):
        return True
    if unit in COUNTER_UNITS and _VERBS_AND_YEAR.fullmatch(name_before):
        return True  # 持续推进2023年度11个精品示范村建设: the year's batch of a task, the noun after it counted
    if unit in COUNTER_UNITS and said_before.rstrip().endswith(COUNT_LEADS):  # 全县有26家规模工业企业: the noun after counts
        return True
    return unit in COUNTER_UNITS and ("、" in name_before or name_before.endswith(("的", "内")))


_CHANGE_AFTER = re.compile(f"(?:{alternatives(CHANGING_VERBS)})(?:{alternatives(CHANGED_TO)})")  # 提高到, 增加至, 下降为


def _name_after(after: str) -> str:
    name = after.strip(" ,，、:：").removeprefix("的")
    if name.startswith(MILESTONE_WORDS) or _CHANGE_AFTER.match(name):
        return ""  # 迈上3万亿元台阶 / 税收由2147万元增加至…: a milestone passed or a change; the metric is the one before
    return name if len(CJK.findall(name)) >= 2 else ""


def _kind(context: str, clause: str, role: str) -> IndicatorKind:
    """target when the sentence sets a goal (力争, 确保, 目标 …) or the figure's own clause speaks of the
    future (将, 规划); 争取 and 计划 only count outside a review, where they mostly mean 争取到 (obtained)
    or name a programme (科技计划项目). In plan sections figures are targets unless said to exist already."""
    context = _MEASURED_AGAINST_TARGET.sub("", context)  # 比年度预期目标增幅低3.6个百分点: a result, measured
    context = _NO_TARGET_CUE.sub("", context)
    if _TARGET_CUE.search(context) or _FUTURE_CLAUSE.search(clause):
        return "target"
    if role != "review" and _WEAK_TARGET_CUE.search(clause if role == "problems" else context) and not (
        role == "other" and _ACTUAL_CUE.search(context)  # 累计争取中央及省市转移支付资金85.5亿元 under no heading: obtained
    ):
        return "target"  # a shortfall's own plan, a plan's 争取
    if role == "plan" and not _ACTUAL_CUE.search(_BASE_OF_A_CHANGE.sub("", clause)):
        return "target"  # (2)限额以上工业增加值比上年增长22%: the base of the change is last year's, the figure is aimed at
    return "actual"


def _period(before: str, sentence: str, role: str, years: dict[str, str | None]) -> str | None:
    """The period the text names for a figure: the last one before it, or 全年/今年 read as the section's year."""
    named = _YEAR.findall(before)
    if named:
        return named[-1].replace("“", "").replace("”", "")
    if re.search(r"累计|截至|截止|目前|现有", before):
        return None
    if _YEAR_WORD.search(sentence):
        return years.get("plan" if role == "plan" else "review")
    return None


# ---------------------------------------------------------------- plans and achievements


def _statements(text: str, view: str, outline: Outline, role: str, model: type) -> Iterator:
    """Lowest-level items of the sections with `role`: 一是… items, else headings without children."""
    sections = outline.sections
    run_on = [section for section in sections if section.level == 1 and _runs_on(view, section)]
    run_on = run_on if len(run_on) > 1 else []  # a run of them; a lone one (a fragment's only part) stays a part
    for index, section in enumerate(sections):
        if section.role != role or section.level == 1 and not (
            _ITEM_LIKE.match(section.title) or role == "plan" and section.marker and _TASK_TITLE.match(section.title)
            or section in run_on or _result_part(view, outline, section)
        ):
            continue  # a part (一、2021年工作回顾) is no item; a task or a result heading a part of its own is
        following = sections[index + 1] if index + 1 < len(sections) else None
        has_children = following is not None and (
            following.start < section.end and following.level > section.level
            # 一是突出打好“六个攻坚战”… then paragraphs opened by run-in heads (内需拉动明显增强。…): its parts, not its peers
            or bool(section.marker) and not following.marker and following.level == section.level and following.start <= section.end + 1
        )
        if has_children or _paragraphs_are_its_items(view, section):
            continue
        span = _first_sentence(view, section)
        if span is None:
            continue
        start, end = span
        if role == "review" and (turn := _granted_turn(view, start, end)):
            end = turn.start()  # 二是经济效益稳定提高,但亏损面进一步扩大: the result is the clause before the turn, the rest a problem
        yield model(
            text=text[start:end],
            category=section.path[-2] if len(section.path) > 1 else None,
            evidence=Evidence(quote=text[start:end], start=start, end=end),
        )


def _running_statements(text: str, view: str, outline: Outline, role: str, model: type) -> Iterator:
    """Achievements (role review) or plans (role plan): the part's lowest-level items; a paragraph opened
    by a run-in head (经济实力明显增强。) as one item; and every sentence of any other paragraph of the part
    (speeches, 汇报 and 政府工作报告 write it as running text), quote = its first clause with content (a
    lead-in such as 五年来 skipped) — for achievements only: a plan paragraph's later sentences detail
    its task. A document with no heading of the part has it wherever its
    paragraphs speak in its tense. Framing gives nothing, and guidance no achievement."""
    items = list(_statements(text, view, outline, role, model))
    if role == "review":
        items = [
            item for item in items
            if not _led_in_as_guidance(view, outline, item.evidence.start)
            and not _states_a_shortfall(view, item.evidence.start, item.evidence.end)
            and not _OBLIGES.search(item.text)  # 全面深化改革,我们必须先行先试。: what must be done, not what was
        ]
    yield from items
    item_starts = sorted(i.evidence.start for i in items)
    item_titles = {s.title_start for s in outline.sections if s.level == 1 and _TASK_TITLE.match(s.title)} & set(item_starts)
    headed = any(s.role == role and (s.level < 4 or role == "review") for s in outline.sections)  # a lone 二是… task heads no plan part
    plan_document = outline.plan_document
    headings = [s for s in outline.sections if s.level < 4]
    first_heading_at = headings[0].start if headings else len(view)
    first_role = headings[0].role if headings else None  # an intro before a review heading leads the review
    itemized = _ItemizedParts(outline, role)
    turned_in: list[Section | None] = []  # the part whose review turned to what is still wrong
    for start, end, ahead in _segments(view, outline):
        section = outline.at(start)
        if turned_in and turned_in[-1] == section:
            continue
        first_stop = _SENTENCE_END.search(view, start, end)
        if role == "review" and _turns_from_success(view, start, first_stop.end() if first_stop else end):
            turned_in.append(section)  # 尽管…效应凸显,但…也面临掣肘。 opening a paragraph
            continue
        if section is not None and section.role == role:
            if section.title_start in item_titles:
                continue  # 一、坚持政治建设，忠诚履行使命 over its paragraph: the paragraph details the item
            own_paragraph = start <= section.title_end
            if (section.level > 1 or _result_part(view, outline, section)) and not _beyond_run_on_item(view, section, start) and not (
                not own_paragraph and _paragraphs_are_its_items(view, section)
            ):
                continue  # inside an item or sub-heading of the part: read through it
        elif role == "review" and plan_document and section is None:
            continue  # a 工作计划's unheaded paragraphs set targets and tasks; they review nothing
        elif (headed and not (section is None and start < first_heading_at and first_role == role)) or (
            section is not None and section.role != "other"
        ) or ("plan" if ahead else tense_role(view[start:end], leaning=True)) != role:
            continue
        if bisect.bisect_left(item_starts, start) < bisect.bisect_left(item_starts, end):
            continue  # a paragraph holding items is read through its items
        if end - start < _TITLE_LINE and not _SENTENCE_END.search(view, start, end):
            continue  # a title line (开启新征程 夺取新胜利…): no sentence, no statement
        if view.count("|", start, end) >= _TABLE_CELLS:
            continue  # 序号 | 指标名称 | 单位 | …: a table's row, its figures indicators, its cells no statement
        if SHORT_LED_HEAD.fullmatch(view, start, end) and _heads_come_next(view, outline, end):
            continue  # 过去的五年，经济保持平稳较快发展，综合实力明显增强。 alone over paragraphs of their own heads: their heading
        if role == "review" and _THANKS.search(view, start, end):
            continue  # a paragraph that thanks (…表示衷心的感谢) sums the period up; its sentences are no items
        opening = _SENTENCE_END.search(view, start, end)
        if role == "review" and _SUMS_UP.search(view, start, opening.end() if opening else end) and (_BALANCED.search(view, start, end) or _LESSONS.search(view, start, end)) and not _DIGIT.search(view, start, end):
            continue  # 奋斗充满艰辛,成绩来之不易。过去一年,我们既看长远,又盯当下… / …我们深深体会到: how they were won
        if role == "review" and _GUIDANCE.search(view, start, min(end, start + 40)):
            continue
        if role == "plan" and section is None and start < first_heading_at and _REPORTS_WORK_DONE.search(view, start, end):
            continue  # …以…为契机,积极打造…,加快…。现将工作汇报如下:: the opening of a summary says what was done
        body_start = section.title_end if section is not None and section.title_end > start else start
        sentences = [trim(view, m.start(), m.end()) for m in _FULL_SENTENCE.finditer(view, body_start, end)]
        category = section.title if section is not None else None
        framing = _REVIEW_FRAMING if role == "review" else _PLAN_FRAMING
        head = _paragraph_head(view, sentences, framing)
        if head is not None and role == "review" and _states_a_shortfall(view, *head):
            continue  # 第二产业增势放缓。…: a paragraph headed by a shortfall states a problem, no result
        if head is not None:
            quote = text[head[0] : head[1]]
            yield model(text=quote, category=category, evidence=Evidence(quote=quote, start=head[0], end=head[1]))
            continue
        if role != "review":
            if section is not None and outline.starting_within(end, section.end):
                continue  # 一、聚焦高质量发展… then 加快推进产业跨越发展，… over its (一)(二)(三): the part's lead, its tasks below
            if not itemized.at(start):  # an itemized plan part states its tasks as items
                announced = _TASKS_ANNOUNCED.match(view, body_start, end)
                yield from _task_clauses(text, view, announced.end() if announced else body_start, end, category, model, every_piece=bool(announced))
            continue
        if any(CONCEDES_SUCCESS.search(view, s_start, s_end) for s_start, s_end in sentences[1:3]):
            continue  # 不安于小成…。我们深知，尽管取得一定成绩，但…: a lead into the problems, no review
        if _leads_a_paragraph(view, sentences):
            sentences = sentences[1:]
        for s_start, s_end in sentences:
            if _turns_from_success(view, s_start, s_end):
                turned_in.append(section)
                break  # 在肯定成绩的同时，大家也要对当前的形势有清醒认识。: the part weighs the situation from here on
            if _turns_to_problems(view, s_start, s_end) or _LESSONS.search(view, s_start, s_end):
                break  # …还存在不少老问题、新挑战。/ 我们深刻感受到：…: the rest of the paragraph states problems or lessons
            body = _SPACE_IN_CJK.sub("", view[s_start:s_end])  # a wrapped line's break is a space in the view
            said = _SPEAKER_LEAD.sub("", body)  # 赵利民说,2023年是…极富成效的一年: what is said, judged as any other
            if len(CJK.findall(body)) < 6 or _REVIEW_FRAMING.search(body) or _JUDGES_A_PERIOD.match(said) or _GUIDANCE.match(body):
                continue
            if text.startswith("？", s_end - 1):
                continue  # 如何继续跑赢“下半场”？: a question asks, it reports nothing done (a half-width ? is as often a lost character)
            lead = _FIRST_CLAUSE.match(view, s_start, s_end)
            if lead is not None and view.startswith((":", "："), lead.end()) and _REVIEW_LISTED.search(lead.group()):
                s_start = lead.end() + 1  # 赵利民从六个方面总结了2023年的工作:一年来,…;一年来,…: what it announces, piece by piece
            for p_start, p_end in _parallel_pieces(view, s_start, s_end):
                span = _first_content_clause(view, p_start, p_end)
                if span is not None and _accomplishment(view, span, p_start, p_end):
                    quote = text[span[0] : span[1]]
                    yield model(text=quote, category=category, evidence=Evidence(quote=quote, start=span[0], end=span[1]))


def _leads_a_paragraph(view: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether a review paragraph's first sentence sums up how its period went (一年来，我们着力结构调整，工业发展提质增效。)
    before the sentences that state what was done; see _PARAGRAPH_LEAD_SENTENCE."""
    if len(sentences) < 2:
        return False
    lead = _PARAGRAPH_LEAD_SENTENCE.fullmatch(view, *sentences[0])
    if lead is None or len(_COMMA_CLAUSE.findall(lead.group("how"))) > _LEAD_SENTENCE_CLAUSES:
        return False
    return _PARAGRAPH_LEAD_SENTENCE.match(view, *sentences[1]) is None and not _OPENS_ON_A_PERIOD.match(view, sentences[1][0])


def _no_task(view: str, start: int, end: int) -> bool:
    """完成了3.5万人…的农村饮水任务 / 年初部分计划项目还未完成: what was done, or what still falls short, sets no task
    wherever it stands (none of the corpus's or the seeds' gold plans says 完成了 or 实现了)."""
    return bool(_DONE_ALREADY.search(view, start, end)) or _states_a_shortfall(view, start, end)


def _heads_come_next(view: str, outline: Outline, end: int) -> bool:
    """Whether the paragraph after offset `end` opens with a head or item of its own."""
    following = next((span for span in paragraphs(view) if span[0] > end), None)
    return following is not None and any(s.start <= following[0] + 2 for s in outline.starting_within(following[0], following[1]))


def _result_part(view: str, outline: Outline, section: Section) -> bool:
    """一、主要工业产品产量较快增长 over one paragraph of figures: a part that states one result, an item of the review."""
    if section.level != 1 or section.role != "review" or not VERDICT_END.search(section.title):
        return False
    body = view[section.title_end : section.end].strip("。 \t\n")
    if len(body) > _RESULT_PART_BODY or outline.starting_within(section.title_end, section.end):
        return False
    # 六、坚持政府职能转变，行政效能优化提升 after five parts of run-in heads: a part like its peers, its paragraph read through
    peers = [s for s in outline.sections if s.level == 1 and s.role == "review" and s.marker and s is not section]
    return sum(1 for peer in peers if outline.starting_within(peer.title_end, peer.end)) < _PEERS_WITH_HEADS


def _turns_from_success(view: str, start: int, end: int) -> bool:
    """在肯定成绩的同时… / 尽管…凸显,但…也面临掣肘: the review turns to what is still wrong."""
    return bool(_TURN_FROM_SUCCESS.search(view, start, end) or _CONCEDES_TROUBLE.search(view, start, end))


def _beyond_run_on_item(view: str, section: Section, start: int) -> bool:
    """（六）用心用情办好民生实事…。…  then 一年来，我们持续加强政府建设和治理创新… / ——这五年，综合实力大幅跃升…: a
    paragraph that opens on a period of its own, after an item whose head runs on into its details, is a paragraph
    of the part, read as any other; the item's other paragraphs (lines of a list, a thanks) still detail it."""
    line_end = _run_on_line_end(view, section)
    return line_end is not None and line_end < start and bool(_OPENS_ON_A_PERIOD.match(view, start))


def _paragraph_head(view: str, sentences: list[tuple[int, int]], framing: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of a paragraph's run-in head (经济实力明显增强。 / 这一年，…隆重举行。 / 这五年是…的五年。), which makes
    the paragraph one item; None when its first sentence is no head, or frames the part (the meeting, thanks, a
    period judged as a whole: 2025年是极不平凡的一年。)."""
    if not sentences:
        return None
    start, end = sentences[0]
    if dash := DASH.match(view, start, end):
        start = dash.end()  # ——农业结构调整不断深入，…。: the dash marks the head, it is no part of it
        if (led := _DASHED_HEAD.fullmatch(view, start, end)) is not None and len(sentences) > 1:
            return led.start("head"), led.end("head")  # ——一年来，我们抢机遇、上项目，…。: a head, its period no part of it
    if framing.search(view, start, end) or _REVIEW_FRAMING.search(view, start, end):  # 开发区在家领导班子成员出席会议。
        return None
    if _RUN_IN_HEAD.fullmatch(view, start, end) and not _JUDGES_A_PERIOD.match(view[start:end]):
        return start, end - 1
    if len(sentences) < 2:
        return None  # a head needs the details it heads
    if _TWO_CLAUSE_HEAD.fullmatch(view, start, end) and VERDICT_END.search(view, start, end - 1):
        return start, end - 1  # 征迁安置开局有力，征迁群众服务保障全面落实。: two short clauses, a verdict at the end
    led = _LED_RUN_IN_HEAD.fullmatch(view, start, end)
    if led is not None and len(re.findall(r"[,，]", led.group("head"))) <= 1:  # a third clause (这一年，我们聚焦项目，精准招商，积聚了…新动能。) makes a sentence of the review
        return led.start("head"), led.end("head")
    if PERIOD_CHARACTERIZED.fullmatch(view, start, end):
        return start, end - 1
    return None


def _parallel_pieces(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """A review sentence of parallel semicolon pieces, each opened by a short verdict without a figure (工业经济运行平稳,
    1至8月…；固定资产投资保持较快增长,…；消费品市场保持良好态势,…) states one accomplishment per piece; any other
    sentence states one."""
    pieces = [trim(view, m.start(), m.end()) for m in _TASK_PIECE.finditer(view, start, end)]
    if len(pieces) < 2:
        return [(start, end)]
    lead = _FIRST_CLAUSE.match(view, start, end)
    if lead is not None and _SAYING_WHAT.fullmatch(view, *trim(view, lead.start(), lead.end())):
        return pieces  # 让我们信心倍增的是，国务院…通报表扬；地区生产总值达到5002.5亿元…；…: each piece one of what it leads into
    for p_start, p_end in pieces:
        head = _FIRST_CLAUSE.match(view, p_start, p_end)
        if head is None or _DIGIT.search(head.group()) or len(CJK.findall(head.group())) > _PIECE_HEAD:
            return [(start, end)]
    return pieces


def _turns_to_problems(view: str, start: int, end: int) -> bool:
    """A sentence that announces the problems listed after it (我们也清醒地认识到，…还存在不少老问题、新挑战。), not
    one that names a difficulty and goes on to how it was met (虽然面临一些困难，但…)."""
    cue = _PROBLEM_CUE.search(view, start, end)
    if CONCEDES_SUCCESS.search(view, start, end):  # 我们深知，尽管取得一定成绩，但前方还有一座座山峰需要翻越
        return True
    return cue is not None and (_AWARE_CUE.match(cue.group()) is not None or end - cue.end() <= 2) and not _SOLVED.search(view, start, end)


def _accomplishment(view: str, span: tuple[int, int], s_start: int, s_end: int) -> bool:
    """Whether a review sentence, quoted by `span`, states an accomplishment of its own: not a breakdown of the
    one before (其中…), not what will be done (经开区将实现…, 该区计划) or must be (…要依托本地的资源优势), not a
    slogan of a few words (压力之下, 稳中有进), not a shortfall or a problem."""
    clause = view[span[0] : span[1]]
    return not (
        view.startswith("其中", s_start) or _WILL_DO.search(clause) or _MUST.match(clause) or _OTHER_BODY.match(clause) or _SPEAKER_HIMSELF.match(clause)
        or (len(CJK.findall(clause)) < _SLOGAN and not _DIGIT.search(clause))
        or _states_a_shortfall(view, *span) or _PROBLEM_CUE.search(view, s_start, s_end)
    )


def _states_a_shortfall(view: str, start: int, end: int) -> bool:
    """区位、资源等优势发挥不充分: a clause that says the body falls short is a problem, not an accomplishment."""
    clause = view[start:end]
    return bool(SHORTFALL.search(clause)) and not _addresses(clause) and not _SOLVED.search(clause) and not ACTS_ON_A_SHORTFALL.search(clause)


def _addresses(clause: str) -> bool:
    """补齐短板…, 在…方面加强…: a clause that opens by acting on a shortfall, unless it ends by saying the body falls short
    (在帮助企业走出困境方面力度不大, 统筹协调工作不够有力)."""
    return bool(_ADDRESSING.match(clause)) and not _ENDS_SHORT.search(clause)


def _forward_clauses(text: str, view: str, outline: Outline) -> Iterator[Plan]:
    """A plan said in passing outside the plan part (…已经初步完成,明年争创省级特色小镇。): a clause that opens by
    looking ahead (明年, 下一步, 力争) and goes on to a task."""
    for match in _FORWARD.finditer(view):
        start = match.start()
        if outline.role_at(start) == "plan" or (start and view[start - 1] not in _CLAUSE_MARKS + " "):
            continue
        stop = _CLAUSE_END.search(view, match.end())
        end = stop.start() if stop else len(view)
        if len(CJK.findall(view, start, end)) >= 6 and not _DIGIT.search(view, start, end):  # 力争实现经济总量2600亿元: a target
            quote = text[start:end]
            yield Plan(text=quote, evidence=Evidence(quote=quote, start=start, end=end))


def _required_tasks(text: str, view: str, outline: Outline) -> Iterator[Plan]:
    """Tasks a speaker sets in a report of a meeting (会议要求,…;他要求,全区各地各部门要把握好…;李鸿雁要求,接下来,各部门要
    正视问题,…;要把握工作重点,…): from the cue to its paragraph's end, each sentence or semicolon piece whose first
    clause with content says what must be done (要, 必须) is one plan, and so is each later clause of the piece that
    opens with 要 (…要坚决扛牢主体责任,要切实抓好问题协调和服务,要全面加强“规上”企业的培育)."""
    for cue in _REQUIRES.finditer(view):
        if outline.role_at(cue.start()) == "plan":
            continue  # a plan part gives its tasks as items and task sentences
        paragraph_end = view.find("\n", cue.end())
        for piece in _TASK_PIECE.finditer(view, cue.end(), paragraph_end if paragraph_end >= 0 else len(view)):
            p_start, p_end = trim(view, piece.start(), piece.end())
            span = _first_content_clause(view, p_start, p_end)
            if span is None or not (_MUST.match(view, *span) or _WE_WILL.match(view, *span)):
                continue
            later = [trim(view, m.start(), m.end()) for m in _COMMA_CLAUSE.finditer(view, span[1], p_end)]
            for a, b in [span, *((a, b) for a, b in later if view.startswith("要", a) and _MUST.match(view, a, b))]:
                if (not _GUIDANCE_CLAUSE.search(view, a, b) or (a, b) == span and _ADDRESSED_TASK.match(view, a, b)) and not _TASK_PARTS.search(view, a, b):
                    quote = text[a:b]
                    yield Plan(text=quote, evidence=Evidence(quote=quote, start=a, end=b))


def _counted_set_members(text: str, view: str, outline: Outline) -> tuple[list[Plan], _Blocks, set[str]]:
    """做好“六个更加注重”,即更加注重接轨上海,更加注重… : a task naming a counted set of tasks, then its members. Each member
    (a semicolon piece, or a comma clause when the clauses open alike) is one plan quoted by its first clause; the clause
    that names the set is none (the spans returned cover it), nor another plan naming the set (returned by its name)."""
    members: list[Plan] = []
    names: list[tuple[int, int]] = []
    set_names: set[str] = set()
    for match in _COUNTED_SET.finditer(view):
        clause_start = last_mark_end(view, "。！？!?；;\n,，", match.start())
        announcing = view[clause_start : match.start()]
        if outline.role_at(match.start()) != "plan" and not (_SETS_A_TASK.search(announcing) and not SAYS_DONE.search(announcing)):
            continue  # 实施了“三大工程”,即…: sets done, reviewed
        paragraph_end = view.find("\n", match.end())
        paragraph_end = len(view) if paragraph_end < 0 else paragraph_end
        stop = _SENTENCE_END.search(view, match.end(), paragraph_end)
        pieces = [trim(view, m.start(), m.end()) for m in _SEMICOLON_PIECE.finditer(view, match.end(), paragraph_end)]
        last_stop = _SENTENCE_END.search(view, pieces[-1][0], paragraph_end) if pieces else None
        if len(pieces) >= 2 and last_stop is not None:
            pieces[-1] = (pieces[-1][0], last_stop.start())  # 其次是…;再次是服务驱动,…。 then the paragraph goes on
        else:
            end = stop.start() if stop else paragraph_end
            clauses = [trim(view, m.start(), m.end()) for m in _COMMA_CLAUSE.finditer(view, match.end(), end)]
            openings = {view[a : a + 2] for a, b in clauses}
            pieces = clauses if len(clauses) >= 2 and len(openings) == 1 else []
            if stop is None and paragraph_end == len(view):
                pieces = pieces[:-1]  # the page breaks off inside the last member
        count = _COUNT_NAMED.search(match.group())
        named = CHINESE_DIGITS.get(count.group(), 10) if count else None  # 十 is the one count past the digits
        if named is None or not named - 1 <= len(pieces) <= named or len(pieces) < 2:
            continue  # as many members as the name counts (one may be left unsaid); else no list of them
        heads = [_member_head(view, a, b) for a, b in pieces]
        if any(len(CJK.findall(view, a, b)) > _MEMBER_HEAD or len(CJK.findall(view, a, b)) < 2 for a, b in heads):
            continue  # a member is named in a few words (抓好项目建设); longer pieces explain the set
        names.append((clause_start, match.end()))
        set_names.add(match.group()[: match.group().index("”") + 1])
        for a, b in heads:
            quote = text[a:b]
            members.append(Plan(text=quote, evidence=Evidence(quote=quote, start=a, end=b)))
    return members, _Blocks(names), set_names


def _granted_turn(view: str, start: int, end: int) -> re.Match[str] | None:
    """The ,但 of 经济效益稳定提高,但亏损面进一步扩大: a result granted, then what falls short; not 虽然受疫情影响,但…, where the
    clause before the turn yields and the turn is to the result."""
    turn = _BUT_TURN.search(view, start, end)
    return turn if turn is not None and not _YIELDING.match(view, start, turn.start()) else None


def _member_head(view: str, start: int, end: int) -> tuple[int, int]:
    """首先是典型户带动。要着力… -> 典型户带动: a member's first clause, without its ordinal."""
    ordinal = _MEMBER_ORDINAL.match(view, start, end)
    start = ordinal.end() if ordinal else start
    stop = _CLAUSE_STOP.search(view, start, end)
    return trim(view, start, stop.start() if stop else end)


def _segments(view: str, outline: Outline) -> Iterator[tuple[int, int, bool]]:
    """Paragraphs, cut again where a heading or item starts inside one (a report saved as one long line), and
    whether the segment looks ahead to the next year by its opening. The one-sentence lead-in before a paragraph's
    first item introduces the items (…保持了经济平稳增长。商贸中心…不断增强。…) and is no segment of its own."""
    for start, end in paragraphs(view):
        inside = outline.starting_within(start + 1, end)
        cuts = [s.start for s in inside]
        if inside and inside[0].level == 4 and len(_SENTENCE_END.findall(view, start, cuts[0])) <= _LEAD_SENTENCES:
            start = cuts.pop(0)
        turn = _turns_to_next_year(view, outline, start, end)
        if turn is not None:
            yield start, turn, False
            yield turn, end, True
            continue
        if not cuts and outline.at(start) is None and _TASKS_ANNOUNCED.match(view, start, end):
            yield start, end, True  # 主要工作任务是:以攻坚毅力推进项目建设,…。以…: the tasks announced, whatever the verbs
            continue
        for a, b in zip([start, *cuts], [*cuts, end]):
            if b > a:
                yield a, b, False


def _turns_to_next_year(view: str, outline: Outline, start: int, end: int) -> int | None:
    """Where an unheaded paragraph turns from the year it reviews to the next (…新改造农桥165座。2018年是实施乡村振兴
    战略的起步之年,…全市将新建…): a sentence that opens by naming a later year than any before it and looks ahead
    (是…之年, 将, 力争); not 2020年,全县实现… after 2019年, a review year by year. One pass, a running maximum."""
    if outline.at(start) is not None or outline.starting_within(start + 1, end):
        return None
    latest = 0
    for match in _YEAR_NAMED.finditer(view, start, end):
        year = int(match.group(1))
        opens = match.start() > start and view[match.start() - 1] in _SENTENCE_OPENERS
        if opens and latest and year > latest:
            stop = _SENTENCE_END.search(view, match.end(), end)
            if _LOOKS_AHEAD.search(view, match.end(), stop.start() if stop else end):
                return match.start()
        latest = max(latest, year)
    return None


def _led_in_as_guidance(view: str, outline: Outline, at: int) -> bool:
    """An item whose run is led in by guidance (…我们要保持定力。一是准确把握…): the sentence before the run's
    first item says what must be done, so the run is no review."""
    item = outline.at(at)
    while item is not None and item.level == 4:
        earlier = outline.at(item.start - 1) if item.start else None
        if earlier is None or earlier.level != 4 or earlier.end < item.start - 2:
            break
        item = earlier  # the run's first item
    first = item.start if item is not None else at
    sentence_start = last_mark_end(view, "。！？!?\n", max(0, first - 1))
    return bool(_GUIDANCE.search(view, sentence_start, first))


class _ItemizedParts:
    """Which top-level parts (一、…) list items of a role, looked up by offset; the whole document when none."""

    def __init__(self, outline: Outline, role: str) -> None:
        self.tops = [s for s in outline.sections if s.level == 1]
        self.starts = [t.start for t in self.tops]
        self.itemized = [any(i.level == 4 and i.role == role for i in outline.starting_within(t.start, t.end)) for t in self.tops]
        self.anywhere = sum(1 for s in outline.sections if s.level == 4 and s.role == role) >= _LISTED_TASKS_ANYWHERE

    def at(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.tops[index].end:
            return self.itemized[index]
        return self.anywhere


def _task_clauses(text: str, view: str, start: int, end: int, category: str | None, model: type, every_piece: bool = False) -> Iterator:
    """Plans of a plan paragraph without items: each sentence or semicolon clause that opens with a task verb,
    quoted by its first clause (着力扩投资、夯基础; 加力实施“四强”行动); every one of them after an announcement of the
    tasks (主要工作任务是:以攻坚毅力推进项目建设,…。以创业胆实推动鹿业转型,…。)."""
    for piece in _TASK_PIECE.finditer(view, start, end):
        p_start, p_end = trim(view, piece.start(), piece.end())
        marker = LEADING_MARKER.match(view, p_start, p_end)
        if marker:
            p_start = marker.end()
        p_start = _after_lead_in(view, p_start, p_end)
        period = _FIRST_CLAUSE.match(view, p_start, p_end)
        if period and period.end() < p_end and _PERIOD_ONLY.fullmatch(view, p_start, period.end()):
            after = trim(view, period.end(), p_end)[0]
            said = _FIRST_CLAUSE.match(view, after, p_end)
            if _WE_WILL.match(view, after, p_end) and said and not _GUIDANCE_CLAUSE.search(view, after, said.end()):
                p_start = after  # 2013年,高新区将围绕…: the year only sets the time (not 2025年,我们将坚持以…为指导)
        modal = _MODAL.match(view, p_start, p_end)
        # 我们将以重点项目…为抓手: in a plan part, what the body says it will do is a task whatever its verb
        if not every_piece and not TASK_OPENING.match(view, modal.end() if modal else p_start, p_end) and not _WE_WILL.match(view, p_start, p_end):
            if not _GUIDANCE_FRAME.search(view, p_start, p_end):  # 总体要求是:全面贯彻…,坚持…: guidance, not tasks
                yield from _listed_tasks(text, view, p_start, p_end, category, model)  # 为实现上述目标,…,狠抓…,推进…
            continue
        if _PLAN_FRAMING.search(view, p_start, p_end):
            continue
        clause = _FIRST_CLAUSE.match(view, p_start, p_end)
        c_start, c_end = trim(view, p_start, clause.end() if clause else p_end)
        if len(CJK.findall(view, c_start, c_end)) >= 4:
            quote = text[c_start:c_end]
            yield model(text=quote, category=category, evidence=Evidence(quote=quote, start=c_start, end=c_end))


def _after_lead_in(view: str, start: int, end: int) -> int:
    """Where a piece's content starts after a clause that only links or sets the time (为此, / 同时, / 明年,)."""
    clause = _FIRST_CLAUSE.match(view, start, end)
    if clause and clause.end() < end and _LEAD_IN.fullmatch(view, start, clause.end()):
        return trim(view, clause.end(), end)[0]
    return start


def _listed_tasks(text: str, view: str, start: int, end: int, category: str | None, model: type) -> Iterator:
    """为实现上述目标,我们将紧紧围绕…,狠抓“三件大事”不动摇,坚定不移推进“五项重点工作”,继续推进…: a sentence that
    lists three or more tasks, one per comma clause opening with a task verb; the guidance among them (贯彻…精神,
    坚持…总基调) sets no task."""
    clauses = [trim(view, m.start(), m.end()) for m in _COMMA_CLAUSE.finditer(view, start, end)]
    tasks = [(a, b) for a, b in clauses if TASK_OPENING.match(view, a, b) and len(CJK.findall(view, a, b)) >= 4]
    if len(tasks) < _LISTED_TASKS:
        return
    for a, b in tasks:
        if not _GUIDANCE_CLAUSE.search(view, a, b):
            quote = text[a:b]
            yield model(text=quote, category=category, evidence=Evidence(quote=quote, start=a, end=b))


def _first_content_clause(view: str, start: int, end: int) -> tuple[int, int] | None:
    for clause in _FIRST_CLAUSE.finditer(view, start, end):
        c_start, c_end = trim(view, clause.start(), clause.end())
        lead = _LEAD_IN.match(view, c_start, c_end)
        if lead and len(CJK.findall(view, lead.end(), c_end)) < 4 or _PERIOD_ONLY.fullmatch(view, c_start, c_end) or _PERIOD_WORDS_ONLY.fullmatch(view, c_start, c_end):
            continue  # 五年来, / 同时, / 2025年上半年, / 今年前三季度, / “十二五”时期, / 从2001年开始, : only a lead-in
        if _DATELINE.fullmatch(_SPACE_IN_CJK.sub("", view[c_start:c_end])):
            continue  # 本报利津讯 11月18日, / 中经联播讯(张士龙)在新的一年, : where the news comes from
        if _SPEAKER.search(view, c_start, c_end) and c_end - c_start <= _SPEAKER_CLAUSE:
            continue  # 张凤林指出, : who speaks, not what was done
        if _FRAME_CLAUSE.fullmatch(_SPACE_IN_CJK.sub("", view[c_start:c_end])) or _VIEWPOINT.fullmatch(view, c_start, c_end) or _SAYING_WHAT.fullmatch(view, c_start, c_end) or _CIRCUMSTANCE.match(view, c_start, c_end):
            continue  # 通过全区上下的不懈努力, / 在重点项目支撑下, / 从主要产品产量看: : how, under or from where, not what
        if len(CJK.findall(view, c_start, c_end)) >= 4:
            return c_start, c_end
    return None


def _runs_on(view: str, section: Section) -> bool:
    """一、围绕县城拓展,征地拆迁工作取得了突破。面对…: a top-level heading whose sentence runs on into its details on the
    same line, and that line is all of it, is an item set as a paragraph, not a part."""
    line_end = _run_on_line_end(view, section)
    # a line of its own, not a stretch of a report saved as one line
    return line_end is not None and line_end <= section.end and not view[line_end : section.end].strip()


def _run_on_line_end(view: str, section: Section) -> int | None:
    """Where the line ends of a heading whose sentence runs on into its details on that line; None for a heading alone."""
    line_end = view.find("\n", section.title_end)
    line_end = len(view) if line_end < 0 else line_end
    runs_on = view.startswith(("。", " ", "\t", "\u3000"), section.title_end) and CJK.search(view, section.title_end + 1, line_end)  # 。 or a gap
    return line_end if runs_on else None


def _paragraphs_are_its_items(view: str, section: Section) -> bool:
    """(十)切实保障改善民生，持续办好利民惠民实事 over six paragraphs of their own (就业是最大的民生。… / 教育寄托着…): a plan
    heading with no items, over three or more paragraphs after its own, is their category, each paragraph read as a task
    paragraph; so is a review heading over five or more (1、国民经济较快增长。 over paragraphs of results)."""
    if section.role not in ("plan", "review") or not 1 < section.level < 4:
        return False
    spans = paragraphs(view)
    first = bisect.bisect_right(spans, (section.title_end, len(view)))
    below = [p for p in spans[first : bisect.bisect_left(spans, (section.end, 0))] if view.rfind("\n", 0, p[0]) >= section.title_end]
    if section.role == "review":  # lines of a list of figures (规上工业增加值增速11.6%;) are no paragraphs of their own
        return sum(1 for p_start, p_end in below if view[p_start:p_end].rstrip().endswith(("。", "！", "？"))) >= _PARAGRAPHS_AS_RESULTS
    tasks = sum(1 for p_start, p_end in below if _SETS_A_TASK.match(view, p_start, p_end))  # not 项目是经济发展的生命线。/过去一年…
    return len(below) >= _PARAGRAPHS_AS_ITEMS and tasks * 2 >= len(below)


def _first_sentence(view: str, section: Section) -> tuple[int, int] | None:
    start, end = trim(view, section.title_start, section.title_end)
    if end - start < 4:
        return None
    return start, end


# ---------------------------------------------------------------- problems


def _problems(text: str, view: str, outline: Outline) -> Iterator[Problem]:
    seen: set[tuple[int, int]] = set()
    said: list[str] = []
    covered: list[tuple[int, int]] = []
    for start, end, category, quoted in _problem_blocks(view, outline):
        covered.append((start, end))
        split_lists = category == "list"
        for clause_start, clause_end in _problem_clauses(view, start, end, split_lists):
            if any(a < clause_end and clause_start < b for a, b in seen):
                continue  # an item's block and the block of the cue that announced it: each clause once
            if _restates(view[clause_start:clause_end], said) or not quoted and not _states_a_shortfall(view, clause_start, clause_end):
                continue  # 二是商混企业产值下滑严重。…,产值下滑严重,…: said again, no second problem
            said.append(view[clause_start:clause_end])
            seen.add((clause_start, clause_end))
            quote = text[clause_start:clause_end]
            yield Problem(text=quote, category=None if split_lists else category, evidence=Evidence(quote=quote, start=clause_start, end=clause_end))
    blocks = _Blocks(sorted(covered))
    for problem in itertools.chain(
        _listed_problems(text, view, blocks), _stated_problems(text, view, blocks), _shortfall_problems(text, view, outline, blocks),
    ):
        span = (problem.evidence.start, problem.evidence.end)
        if outline.role_at(span[0]) != "notes" and span not in seen:  # 风险隐患图 in the glossary names a map, not a risk
            seen.add(span)  # 问题仍然突出 is both stated outright and a shortfall: one problem
            yield problem


def _restates(clause: str, said: list[str]) -> bool:
    """园区增长缺乏后劲支撑 under the heading 新增项目少,增长缺乏后劲支撑: a body clause that repeats a problem already said."""
    return any(earlier in clause or clause in earlier for earlier in said)


class _Blocks:
    """The announced problem blocks (sorted spans), asked in O(log n) whether an offset lies inside one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end among spans starting so far

    def holds(self, offset: int) -> bool:
        at = bisect.bisect_right(self.starts, offset)
        return bool(at) and self.reach[at - 1] > offset


def _listed_problems(text: str, view: str, blocks: _Blocks) -> Iterator[Problem]:
    """存在新开工的大项目不足、项目建设推进不快、财税收入增收难度大等困难和问题: the problems listed before the word that
    names them, one per part of the list (not 存在的问题, which only names them)."""
    for match in _PROBLEMS_LISTED.finditer(view):
        if blocks.holds(match.start()):
            continue
        for part_start, part_end in _list_parts(view, match.start("list"), match.end("list")):
            start, end = trim(view, part_start, part_end)
            if len(CJK.findall(view, start, end)) >= _PROBLEM_CLAUSE and not _SOLVED.search(view, start, end):
                quote = text[start:end]
                yield Problem(text=quote, evidence=Evidence(quote=quote, start=start, end=end))


def _stated_problems(text: str, view: str, blocks: _Blocks) -> Iterator[Problem]:
    """Problems said outright, outside any announced list: a sentence whose verdict is unmistakable
    (…历史遗留问题依然突出, …风险也不容低估). Solved problems (解决了…问题) say nothing of the kind."""
    for match in _STATED_PROBLEM.finditer(view):
        if blocks.holds(match.start()):
            continue
        sentence_start = last_mark_end(view, "。！？!?；;\n", match.start())
        clause_start = max(sentence_start, last_mark_end(view, ",，:：", match.start()))
        start, end = trim(view, clause_start, match.end())
        if _SOLVED.search(view, sentence_start, end) or _says_it_was_met(view[start:end]) or len(CJK.findall(view[start:end])) < 6 or _ANNOUNCES_ONLY.fullmatch(view, start, end):
            continue
        quote = text[start:end]
        yield Problem(text=quote, evidence=Evidence(quote=quote, start=start, end=end))


def _says_it_was_met(clause: str) -> bool:
    """问题得到有效解决 / 存在的问题 / 补齐服务业短板: met, only named or acted on; 局面未能得到根本改观 still falls short."""
    return _PROBLEM_META.search(_NOT_GOT.sub("", clause)) is not None or ACTS_ON_A_SHORTFALL.search(clause) is not None


def _shortfall_problems(text: str, view: str, outline: Outline, blocks: _Blocks) -> Iterator[Problem]:
    """Problems without a cue phrase: any clause that says the body falls short (招商质效不高, 发展后劲不足),
    one record per clause, outside the announced blocks; not when it acts on the shortfall (补齐短板),
    states a figure, or the sentence says it was solved."""
    for match in SHORTFALL.finditer(view):
        if blocks.holds(match.start()):
            continue  # inside an announced block
        clause_start = last_mark_end(view, _CLAUSE_MARKS, match.start())
        stop = _CLAUSE_END.search(view, match.end())
        start, end = trim(view, clause_start, stop.start() if stop else len(view))
        marker = LEADING_MARKER.match(view, start, end)
        if marker:
            start = marker.end()
        if turn := _TURN_WORD.match(view, start, end):
            start = turn.end()  # 但狠抓工作落实的力度不强: the turn is no part of the problem
        body = _PROBLEM_LEAD.sub("", view[start:end])
        sentence_start = last_mark_end(view, "。！？!?\n", start)
        if (
            len(CJK.findall(body)) < (3 if _HEAD_OF_ITS_OWN.match(view, marker.start() if marker else start, end + 1) else 5) or _AMOUNT_IN.search(body) or _addresses(body) or _says_it_was_met(body)
            or _EXTERNAL.search(body)  # 受…全球经济复苏乏力…等大环境影响: the times, not the body
            or _ANNOUNCES_ONLY.fullmatch(body)  # 但还存在一些不足。主要表现在:…: the announcement, the problems follow
            or _SOLVED.search(view, sentence_start, end) or outline.role_at(start) == "plan"
            or _COLON.match(view, end)  # …还存在着明显的短板和不足: the clause announces the problems after its colon
            or (part := outline.heading_at(start)) is not None and part.level == 1 and part.title_start <= start < part.title_end
        ):
            continue  # …; 一、完成情况和对比差距: a part's title names it, a problems part states them below it
        quote = text[start:end]
        yield Problem(text=quote, evidence=Evidence(quote=quote, start=start, end=end))


def _problem_blocks(view: str, outline: Outline) -> Iterator[tuple[int, int, str | None, bool]]:
    """Spans of text that state problems (and whether to quote them or only cover them): after a problem cue,
    the body of a problems section, or its sub-headings when it has them."""
    for section in outline.sections:
        parent = outline.at(section.start - 1) if section.start else None
        if parent is not None and parent.level >= section.level:
            parent = outline.heading_at(parent.start - 1) if parent.start and parent.level > 1 else None  # 十一、 after 十、: a peer, not its part
        if section.role == "problems" and section.level < 4 and (parent is None or parent.role != "problems"):
            heads = [s for s in outline.starting_within(section.title_end, section.end) if section.level < s.level < 4 and s.role == "problems"]
            if not heads:
                if _states_a_shortfall(view, section.title_start, section.title_end) and not _says_it_was_met(section.title):
                    # 十、文化市场执法人员的业务素质有待提高,…: the heading itself states a problem (not 存在问题与不足, which names them)
                    yield section.title_start, section.title_end, None, False
                    yield section.title_end, section.end, section.title, False
                    continue
                yield section.title_end, section.end, section.title, True
                continue
            # 四、存在的主要困难和问题 (一)新增项目少,增长缺乏后劲支撑: the sub-headings state the problems, their bodies restate them
            yield section.title_end, heads[0].start, section.title, True
            for head in heads:
                items = [item for item in outline.starting_within(head.title_end, head.end) if item.level == 4]
                if items and not _states_a_shortfall(view, head.title_start, head.title_end):
                    yield items[0].start, head.end, head.title, True  # (一)存在的主要问题 over 一是…二是…: its items state them
                    continue
                yield head.title_start, head.title_end, section.title, True
                yield head.title_end, head.end, None, False  # its body restates its heading: only a further shortfall it names is quoted
        elif (
            section.role == "problems" and section.level == 4 and outline.heading_at(section.start) is None
            and _LOOSE_PROBLEM_ITEM.match(section.marker) and _states_a_shortfall(view, section.title_start, section.title_end)
        ):
            yield section.start, section.end, None, True  # 一是产业发展不足,贫困人口较多。…: an item under no heading, its title a problem
        elif section.role == "problems" and section.level == 4 and (heading := outline.heading_at(section.start)) is not None and heading.role == "review":
            paragraph_start = view.rfind("\n", 0, section.start) + 1
            first = next((s.start for s in outline.starting_within(paragraph_start, section.start + 1) if s.level == 4), section.start)
            if problems_announced(view, paragraph_start, first):  # 问题也不容忽视。一是…: a review paragraph lists its problems
                yield section.title_start, section.end, None, True
        elif section.role == "review" and section.level == 4 and GRANTED_THEN_SHORT.fullmatch(section.title):
            if turn := _granted_turn(view, section.title_start, section.title_end):
                yield turn.end(), section.title_end, None, True  # 二是经济效益稳定提高,但亏损面进一步扩大: what the turn says falls short
    paras = paragraphs(view)
    for index, (start, end) in enumerate(paras):
        if outline.role_at(start) == "problems":
            continue
        for listed in _PROBLEM_LIST.finditer(view, start, end):
            group = "items" if listed.group("items") else "shown"
            yield listed.start(group), listed.end(group), "list", True
        for cue in _PROBLEM_CUE.finditer(view, start, end):
            if _OBJECT_OF_AN_ACTION.search(view, last_mark_end(view, ",，;；。", cue.start()), cue.start() + 3):
                continue  # 积极应对园区企业在消防等方面存在的遗留问题: the problem is what was dealt with, no list of them
            if _announces_none(view, cue.end(), end):
                continue
            block_start = _block_start(view, cue.end(), end)
            if block_start is None:
                aware = _AWARE.search(view, max(start, cue.end() - 40), cue.end())
                sentence_end = _SENTENCE_END.search(view, cue.end(), end)
                if aware is not None and not _COLON.search(view, aware.end(), sentence_end.start() if sentence_end else end):
                    # 我们也清醒地认识到，…问题仍然不少，传统产业转型任务艰巨…: the clauses run on in its sentence; those that
                    # say the body falls short are the problems
                    yield aware.end(), end, None, False
                    break
                continue
            block_end = end
            follow = index + 1
            while view[block_end - 1 : block_end] in (";", "；", ",", "，", "、") and follow < len(paras):
                block_end = paras[follow][1]
                follow += 1
            yield block_start, block_end, None, True
            break


def _announces_none(view: str, cue_end: int, end: int) -> bool:
    """新建项目开工率多少？还存在哪些问题？: a question asks; …乱收费问题得到有效治理。: a problem dealt with (尚未得到有效
    解决 or 需要…加以有效解决 is still to be dealt with). Either way the cue announces no problems; what a colon opens is not
    looked at."""
    stop = _SENTENCE_END.search(view, cue_end, end)
    if stop is None:
        return False
    if stop.group() in "？?":
        return True
    colon = _COLON.search(view, cue_end, stop.start())
    solved = _DEALT_WITH.search(view, cue_end, colon.start() if colon else stop.start())
    return solved is not None and not _NOT_YET.search(view, last_mark_end(view, ",，;；", solved.start()), solved.start())


def _block_start(view: str, cue_end: int, end: int) -> int | None:
    """Where the problems a cue announces begin: after its colon, or after its sentence when the cue ends it."""
    if view.endswith(("主要是", *REGRETS_ANNOUNCED), 0, cue_end):
        return cue_end  # …问题、新挑战仍然不少,主要是外部环境… / 遗憾在于发生一起…: the cue itself opens the list
    sentence_end = _SENTENCE_END.search(view, cue_end, end)
    stop = sentence_end.start() if sentence_end else end
    colon = _COLON.search(view, cue_end, stop) or _LIST_OPENER.search(view, cue_end, stop)
    if colon:
        return colon.end()
    if sentence_end and stop - cue_end <= 8:
        return sentence_end.end()
    return None


def _problem_clauses(view: str, start: int, end: int, split_lists: bool) -> Iterator[tuple[int, int]]:
    """One span per problem: an item's first sentence whole, otherwise one per clause, until a turn to remedies."""
    for sentence in _SENTENCE.finditer(view, start, end):
        s_start, s_end = trim(view, sentence.start(), sentence.end())
        body = view[s_start:s_end].rstrip("。！!？?")
        if _FACING_HEAD.fullmatch(body):
            yield s_start, s_start + len(body)  # 我们必须正视发展差距。经济体量小…: a head naming the shortfalls that follow
            continue
        if _PROBLEM_STOP.match(body):
            return
        item = LEADING_MARKER.match(body)
        if item:
            clauses = _ITEM_CLAUSE.findall(body, item.end())
            if len(clauses) <= _ITEM_HEAD_CLAUSES:
                yield s_start + item.end(), s_start + len(body)  # 一是支柱产业单一,韧性不足。: the item's head, whole
                continue
            # 一是经济下行压力仍然很大,受…影响,…,但部分经济指标波动较大。: a long first sentence, one problem per clause
            for index, part in enumerate(_ITEM_CLAUSE.finditer(view, s_start + item.end(), s_start + len(body))):
                c_start, c_end = trim(view, part.start(), part.end())
                lead = _PROBLEM_LEAD.match(view[c_start:c_end])  # 但部分经济指标波动较大 -> 部分经济指标波动较大
                c_start += lead.end() if lead and index else 0
                clause = view[c_start:c_end]
                if _PROBLEM_STOP.match(clause):
                    break  # 一是…进展不快,配套资金不到位,需要进一步加大力度加快进度: the rest is the remedy
                if len(CJK.findall(clause)) >= _PROBLEM_CLAUSE and not (
                    _EXTERNAL.search(clause) or _PROBLEM_DROP.match(clause) or _CIRCUMSTANCE.match(clause) or _addresses(clause)
                    or VERDICT_END.search(clause) and not _states_a_shortfall(view, c_start, c_end)
                ):  # not 中央继续加大宏观调控力度 / 受…双重挤压 / 随着…到来 / 面对… (the times) nor 全州经济总体止滑企稳 (a success)
                    yield c_start, c_end
            continue
        yield from _clauses_after_the_lead(view, s_start, body, split_lists)


def _clauses_after_the_lead(view: str, s_start: int, body: str, split_lists: bool) -> Iterator[tuple[int, int]]:
    """The problem clauses of one sentence. What comes before the clause that announces them (…努力完成工作任务,并取得了一定
    成效,但与…期盼相比,还存在一些不足:一是… / …做了大量工作,但仍存在一些问题,表现为…) is the lead, no problem, unless it
    names a shortfall itself (一季度工业运行增长乏力,主要原因如下:)."""
    found: list[tuple[int, int]] = []
    pos = s_start
    pieces = re.split(r"([,，;；:：])", body)
    for index, piece in enumerate(pieces):
        piece_start, pos = pos, pos + len(piece)
        followed_by_colon = index + 1 < len(pieces) and pieces[index + 1] in (":", "：")
        announces = _ANNOUNCES_ONLY.fullmatch(_PROBLEM_LEAD.sub("", piece.strip())) or followed_by_colon and _NAMES_SHORTFALLS.search(piece)
        if announces or piece.strip().startswith(("但", "然而")):  # …, or the granted lead (全市经济运行总体平稳,但…)
            found = [clause for clause in found if SHORTFALL.search(view, *clause)]  # the lead into the problems ends here
        if announces:
            continue
        if piece in (",", "，", ";", "；", ":", "：") or _PROBLEM_DROP.match(_PROBLEM_LEAD.sub("", piece.strip())):
            continue  # 特别是受灾情疫情、房地产业深度调整…等多重因素影响: a cause, all of its list
        if _PROBLEM_STOP.match(piece.strip()):
            break  # 财政收支矛盾依然突出,必须把有限的财力投入…: the rest of the sentence is the remedy
        if _EXTERNAL.search(piece):
            continue  # 外部环境变化影响加深 / 世界百年变局加速演进: the times, no shortfall of the body
        for part_start, part_end in _list_parts(view, piece_start, pos) if split_lists else [(piece_start, pos)]:
            clause_start, clause_end = trim(view, part_start, part_end)
            if (marker := LEADING_MARKER.match(view, clause_start, clause_end)) is not None:
                clause_start = marker.end()  # …;二是干部思想观念较落后: the item's marker is no part of its problem
            if (example := _EXAMPLE_LEAD.match(view, clause_start, clause_end) or _LIST_OPENER.match(view, clause_start, clause_end)) is not None:
                clause_start = example.end()  # 如产业结构还需优化 / 主要是产业结构还不够合理: the problem, not its lead
            clause = re.sub(r"(?:,|，)?等等?$", "", view[clause_start:clause_end])
            shortest = _TERSE_SHORTFALL if SHORTFALL.search(clause) else _PROBLEM_CLAUSE  # 效益低 is one; 今年以来, is none
            if len(CJK.findall(clause)) < shortest or _PROBLEM_DROP.match(clause) or _LEAD_IN.fullmatch(clause) or _TOPIC.fullmatch(clause):
                continue
            if _CONCESSION.match(clause) or _ANNOUNCES_ONLY.fullmatch(clause):
                continue  # 虽然…取得了显著成绩, / 但仍存在一些问题, : the lead into the problems, none of them
            if _FIGURE.search(clause) and not (SHORTFALL.search(clause) or _FALLS.search(clause)):
                continue  # 1-8月,全区实到外资XX万美元 / 签约项目12个: the figures behind a problem, not one
            found.append((clause_start, clause_start + len(clause)))
    yield from found


_FACING_HEAD = re.compile(  # 我们必须正视发展差距 / 正视风险隐患; not 正视这些问题, 直面问题, 分析研判形势
    f"(?:我们)?(?:必须|要|更要|还要)?(?:{alternatives(FACING_A_SHORTFALL)})(?!这些|上述|以上|存在)[^,，;；。]{{1,8}}"
    f"(?:{alternatives((*SHORTFALL_NOUNS, '隐患', '风险'))})"
)
_NAMES_SHORTFALLS = re.compile(alternatives(SHORTFALL_NOUNS))  # 也清醒看到工作中存在的不足: before a colon, the lead into the list
_ITEM_CLAUSE = re.compile(r"[^,，;；]+")
# 在帮助石化企业走出困境方面力度不大、效果不佳 / 破解…难题手段不多: a clause that opens like an action on a shortfall (在, 破解)
# but ends by saying the body falls short states one
_ENDS_SHORT = re.compile(  # not 防范…风险隐患; 统筹协调工作不够有力: 不够 and what falls short
    f"(?:{alternatives(w for w in SHORTFALL_WORDS if w not in (*SHORTFALL_NOUNS, '隐患', '制约'))})$|(?:不够|不太|不很)[\u4e00-\u9fff]{{1,3}}$"
)
_ITEM_HEAD_CLAUSES = 2  # clauses of an item's first sentence that is still its head, one problem (支柱产业单一,韧性不足)
_PROBLEM_CLAUSE = 4  # characters of the shortest clause that states a problem…
_TERSE_SHORTFALL = 3  # …unless it names a shortfall (效益低, 底子薄)
_EXAMPLE_LEAD = re.compile(r"(?:比如|例如|如)(?=[\u4e00-\u9fff]{4})")
_CONCESSION = re.compile(r"(?:虽然|尽管|虽)[^,，]*(?:成绩|成效|进展|成就)")
_ANNOUNCES_ONLY = re.compile(  # 但仍存在一些问题 / 主要原因如下: the lead into the problems, none of them
    r"(?:但|但是)?(?:仍然?|还|依然)?存在(?:一些|不少|诸多|许多)(?:问题|困难|不足)|[^,，;；。]{0,8}(?:如下|有以下几点|有以下几个方面)"
    r"|(?:但|但是)?" + _NOT_TO_BE_OVERLOOKED
)


def _list_parts(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated parts of a clause, as spans."""
    cuts = [m.start() for m in re.finditer("、", view[start:end])]
    return [(start + a, start + b) for a, b in zip([0, *[c + 1 for c in cuts]], [*cuts, end - start])]
