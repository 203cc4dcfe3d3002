"""The genre's phrasing as data: word lists a domain expert can read and extend without touching a regex.

Each list is one family of phrasing, named for what it tells the rules; rules.py
compiles them. Add a word to the family it belongs to and run its tests
(tests/test_phrasing.py holds one test per family, with real phrasings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.schemas import DocumentType

__all__ = [
    "PLAN_FRAMING_WORDS",
    "TASK_MODALS",
    "TASK_OPENERS",
    "DOCUMENT_AUDIENCE_CUES", "PLAN_TITLES_OVER_OTHERS", "PEER_LOSS_STARTS", "starts_with_one_of", "REGRETS_ANNOUNCED", "AIMED_RESULT_CUES",
    "DOCUMENT_TYPE_CUES",
    "FACING_A_SHORTFALL", "SHORTFALL_ACTIONS", "SHORTFALL_NOUNS", "COUNT_LEADS", "NAME_LEAD_VERBS", "CHANGING_VERBS", "CHANGED_TO", "CUT_VERBS", "CUT_AFTER", "SEIZED_OPPORTUNITIES", "STANDING_WORDS",
    "ADDRESSING_OPENERS",
    "PROBLEM_META_WORDS",
    "RUN_IN_VERDICTS",
    "THANKS_WORDS",
    "GUIDANCE_FRAMES",
    "GUIDANCE_CLAUSE_WORDS",
    "BACKGROUND_WORDS",
    "SPENDING_VERBS", "MEASURES_OF_A_THING",
    "OBJECT_LEADS",
    "OBJECT_TAILS",
    "PLANT_NOUNS",
    "COUNTING_VERBS",
    "HEADING_ROLE_CUES",
    "TARGET_FRAMES",
    "SHORTFALL_WORDS", "FALLING_SHORT_WORDS", "REMEDY_OPENERS", "EXTERNAL_CONDITION_WORDS", "OTHER_BODY_SUBJECTS", "PART_TITLE_ENDINGS", "NOTES_TITLES", "PAIRED_WORDS", "SUBJECT_ENDS", "PERIOD_LEAD_INS", "LOOKING_BACK_WORDS", "FRAME_OPENERS", "CIRCUMSTANCE_OPENERS", "FRAME_CLOSERS", "TOPIC_CLOSERS", "GUIDANCE_OPENERS", "LEAD_INS", "LESSON_WORDS", "REVIEW_FRAMING_WORDS", "TURNS_FROM_SUCCESS", "AWARE_OF", "SPEECH_VERBS", "alternatives"]


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 同比增长 wins over 增长)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def starts_with_one_of(words: Iterable[str]) -> str:
    """A lookahead on the first characters of `words`. Put before a pattern whose branches re cannot see the first
    character of (a group, an assertion), it lets a whole-text search skip every other position: SHORTFALL's
    finditer over the seeds runs 5x faster with it."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"


# A review paragraph's sentences are achievements, one each, except the framing around them: how a
# period is introduced or judged as a whole (刚刚过去的一年，是…极不平凡的一年), run-in heads that sum a
# passage up (一年来，我们…交出…“答卷”), reflections, thanks, and the turn to problems.
# The lessons a review draws (我们深刻感受到：唯有坚持党的领导，才能确保正确方向。这一年，我们始终…): from them to the
# paragraph's end it teaches, it reports no further accomplishment.
LESSON_WORDS = ("深刻感受到", "深刻体会到", "深切感受到", "深切的体会", "启示我们", "体会是", "深深体会到", "积累的经验")
# The turn from what was achieved to what is still wrong (在肯定成绩的同时，…要有清醒认识): the paragraphs after it,
# up to the next heading, weigh the situation; they report no further accomplishment.
TURNS_FROM_SUCCESS = ("在看到成绩的同时", "在肯定成绩的同时", "清醒地看到", "清醒认识到", "也要看到")
# A turn of awareness (我们也清醒地认识到，…): what follows in its sentence are the body's own shortfalls.
AWARE_OF = ("清醒地看到", "清醒看到", "清醒地认识到", "清醒认识到", "清醒地意识到", "清楚地认识到")
REVIEW_FRAMING_WORDS = (
    "答卷", "极不平凡", "不平凡的一年", "不寻常", "极其特殊", "极为不易", "来之不易", "殊为不易", "十分不易", "很不容易", "极不寻常", "看似寻常", "说明的是", "表示衷心的感谢", "表示感谢", "致以崇高的敬意",
    "较好地完成了全年各项目标任务", "圆满完成了全年各项目标任务", "主要做了以下", "主要开展了以下", "重点抓了以下",
    "取得了以下", "做了以下", "以下几个方面", *LESSON_WORDS, "实践证明", "成绩的取得", "这些成绩", "这些成就",
    *TURNS_FROM_SUCCESS, "实属不易", "最让我们", "总的来看",
    "大特点", "个特点", "以下特点", "如下特点", "这表明", "这说明", "总体来看", "总之", "综上",
    "总结如下", "汇报如下", "报告如下", "以下几方面", "以下方面", "上的讲话", "会上讲话", "的讲话",  # the report announcing itself
    "点意见", "我主要谈", "谈几点", "同志强调了", "同志讲了",  # the speaker saying what he will speak about
    # news reports of a work meeting: the meeting itself is no accomplishment
    "领导下", "大力支持下", "关心支持下",  # the overview sentence of a period (在市委、市政府的坚强领导下，…)
    "预期目标是", "主要目标是", "目标任务是", "主要预期目标",  # the targets of the period to come, announced inside a review
    "出席会议", "主持会议", "这次会议", "本次会议", "今天召开", "讲几点意见", "讲几点", "调研会", "座谈会", "清醒地认识到",
    "回顾上半年", "回顾一年", "出席会议并讲话", "召开党工委", "工作会议", "记者从", "获悉", "记者", "通讯员", "新闻发布会", "来总结", "指出了", "大家的发言", "大家发言", "所谓", "今天的大会", "今天的会议", "网讯", "概括起来", "总的来说",
    "会上通报", "动员会", "分析会", "以下几个亮点", "数据背后", "汇报发言", "总结点评", "进行总结", "报告如下", "汇报如下",
    "通报一下", "班子成员", "文档之家",
    "几点意见", "方面意见", "作了工作报告", "全体会议", "书面通报", "针对做好", "具体做好", "就下一步工作",
    "宣读", "非常重要的讲话", "作了重要讲话", "受区委", "受市委", "受县委", "讨论的意见", "总结大会", "推进会议", "就做好",
    "出席汇报会", "出席大会", "会议精神", "会议进一步", "会议总结", "会议指出", "会议强调", "会议认为", "时光匆匆", "作以简要回顾", "简要回顾",
    "表态发言", "检视发言", "作了汇报", "都作了汇报", "强调几点", "进行了研判", "通报会", "在讲话中", "上午召开的", "下午召开的",
    "干部会议上", "提出了具体的",  # who spoke and what the meeting did (…部门也分别就…提出了具体的路线图)
    "进行了总结", "工作回顾中", "报道 ", "日讯", "日电", "关键一年",  # the meeting summing up, a dateline, the year framed
    "简析如下", "分析如下", "情况如下", "以下一组", "数据表明", "听取汇报",  # a lead into the figures, a visit heard
    "关键时刻", "参加会议",  # the moment framed (目前正值决战四季度、全力冲刺的关键时刻), who attended
    # a news report's source (兰州新区7日通报, …作工作报告时称), a meeting's
    # own proceedings (述职大会, 逐一发言, 总结会上), confidence voiced (我们有理由相信)
    "本报告", "特向社会公开", "统计期限",  # a 政府信息公开 annual report describing itself
    "日通报", "时称", "述职大会", "逐一发言", "总结会上", "有理由相信", "冲锋号",
    "会议听取审议", "听取审议了", "小编", "主要工作和成效", "回顾这一年", "主要体现在",  # a congress in the news (会议听取审议了…
    # 政府工作报告, 广州市十五届人大一次会议1月5日开幕), a page's own blurb (下面是小编收集整理的…), a lead into the results
    # the meeting's own procedure in a speech (…同志通报了前三季度经济运行情况 / …作了很好的发言 / 我讲三点意见)
    "通报了", "作了很好的发言", "作了发言", "作了表态发言", "三点意见", "两点意见", "听取了", "务虚会召开", "希望受到表彰",
    "大家都知道", "只有一个半月",
    "主持召开", "会议旨在", "作了书面发言", "作书面发言", "交流发言", "典型发言", "作总结与分析", "分析研判", "就如何开展",  # a meeting's own business
    # the speaker's own conviction and remembrance (我相信，只要…就没有干不成的事业 / 我们不会忘记)
    "我相信", "我坚信", "不会忘记", "这是一件",
    "刚刚过去的",  # 刚刚过去的2023年，有困难、有挑战…: the year judged as a whole
    # the meeting in a speech or its news report: who reported, who was honoured, what the speaker will say, the hall
    "表示热烈祝贺", "表示热烈的祝贺", "表示祝贺", "很好的工作报告", "进行了表彰", "表彰和颁奖", "再讲", "讲三个方面", "讲几个方面",
    "进行了全面", "气氛热烈", "聆听", "刚刚闭幕", "务虚会", "有成绩也有", "成绩来自",
    "请予审议", "向大会报告", "请各位代表审议", "作重要讲话", "分会场",  # 我代表…人民政府,向大会报告工作,请予审议: the 政府工作报告 opening itself
)
# A 汇报 opens with the body's profile (xx工业园区于2011年6月成立; 总体规划面积为33.6平方公里; 区位概况):
# background, not an accomplishment of the period.
BACKGROUND_WORDS = (
    "成立于", "月成立", "年成立", "挂牌成立", "规划面积", "总面积", "辖区面积", "用地面积", "区位", "概况", "位于", "下辖",
    "编制数", "岗位编制", "内设机构", "总体布局", "创办于", "前身",
    # a county's profile (XX县区历史悠久…早在3500年前…境内有国家级和省级文物保护单位8处…全县现有果园50万亩): what it is, not what was done
    "历史悠久", "早在", "古迹荟萃", "境内有", "境内富藏", "资源丰富", "全县现有", "全县拥有", "全县共有", "共有在校",
    "人杰地灵", "底蕴深厚", "建于", "始建于",
)
# A paragraph that thanks (五年来…收获了令人振奋的发展实绩。…在此,我代表区人民政府…表示衷心的感谢) sums the
# period up: none of its sentences is an accomplishment of its own.
# A milestone a value passed (迈上3万亿元台阶, 突破6亿元大关，增长9.3%): the value's metric is the one before, and its rate follows.
MILESTONE_WORDS = ("台阶", "大关", "关口")
# Scraped page furniture: a page's own counters (浏览:17792次, 阅读次数:56) are no figures of the report.
PAGE_COUNTERS = ("浏览", "阅读", "点击", "访问")
# Words that keep a figure in quotes a rank (排名“保7争6”, “全省退后20”); other quoted figures are a slogan's.
QUOTED_RANK_WORDS = ("保", "争", "退后", "前移", "前进", "后移", "第")
# Whom a speaker requires of, in a meeting report (要求政府及相关部门,要盯住目标任务): the 要 that follows sets a task.
ADDRESSEES = ("政府", "部门", "单位", "各级", "干部", "同志", "大家", "企业", "乡镇", "街道")
# Problems listed before the word that names them (存在A、B、C等困难和问题): the verb before and the names after.
# 遗憾在于发生一起较大烟花爆炸事故,主要经济指标在全市排位相对落后,…: what is regretted, announced; the clauses after it state the problems
REGRETS_ANNOUNCED = ("遗憾在于", "遗憾的是", "不足在于", "不足之处在于", "不足之处是")
PROBLEM_LIST_VERBS = ("存在", "面临")
PROBLEM_LIST_NAMES = ("困难和问题", "问题和困难", "问题", "困难", "不足", "短板")
# The last words of a summary's opening that announce the review after it (…现将工作汇报如下:).
REVIEW_ANNOUNCED = ("总结如下", "汇报如下", "报告如下")
# A year that opens a sentence of an unheaded paragraph turns it to the next year's plan only when the sentence looks
# ahead (2018年是实施乡村振兴战略的起步之年,全市将新建…); 2020年,全县实现… after 2019年 still reviews, year by year.
NEXT_YEAR_CUES = ("之年", "关键一年", "将", "力争", "确保", "计划", "要", "目标")
# A paragraph that opens by calling the results hard-won (奋斗充满艰辛,成绩来之不易。过去一年,我们既看长远,又盯当下…)
# looks back on how they were won: its sentences are no accomplishments of their own.
SUMMING_UP_WORDS = ("成绩来之不易", "成果来之不易", "成就来之不易", "成效来之不易", "来之不易的成绩", "奋斗充满艰辛")
THANKS_WORDS = (
    "表示衷心的感谢", "表示衷心感谢", "致以崇高的敬意", "崇高的敬意", "崇高敬意", "衷心感谢", "表示诚挚的感谢", "表示感谢",
    "让我们感激的是", "让我们感动的是", "感谢省委", "感谢市委", "感谢县委", "感谢区委", "感谢各位", "感谢全县", "感谢全市", "感谢全区",  # 一路走来，感谢市委、市政府的殷切关怀
)
# A first clause that only says who speaks (张凤林指出 / 他表示) is skipped like a lead-in.
# A paragraph that opens by announcing the tasks after its colon (主要工作任务是:以攻坚毅力推进项目建设,…。): a plan paragraph,
# whatever its verbs.
TASKS_ANNOUNCED = ("主要工作任务", "主要任务", "重点工作", "工作重点", "重点任务", "主要工作")
# A review sentence's lead that announces the results listed after its colon (从六个方面总结了2023年的工作:一年来,…;一年来,…):
# the pieces after the colon are the achievements, the lead none.
REVIEW_LIST_LEADS = ("总结了", "回顾了", "概括为", "归纳为", "个方面")
SPEECH_VERBS = ("指出", "表示", "强调", "介绍", "说", "认为", "总结道", "透露", "称")
# A first clause that only sets the time or links to what came before is skipped: the accomplishment is
# the clause after it (五年来，我们坚持解放思想 -> 我们坚持解放思想).
# The period a review paragraph opens with before its run-in head (这五年，我区经济繁荣的基础更加坚实。…).
# A review sentence whose subject is a higher authority (习近平总书记再次亲临…视察, 党中央…) tells what another body
# did: the report's background, not its own accomplishment.
OTHER_BODY_SUBJECTS = ("习近平总书记", "总书记", "党中央", "国务院", "中央代表团", "中央政治局", "调研组", "督查组", "视察组", "考察团")
# The speaker speaking of himself (我到区里工作一个月了, 我理解…, 我首先代表…): 我 followed by none of these is no body's
# achievement; 我们, 我区, 我县, 我局 … are the body.
COLLECTIVE_AFTER_WO = "们区县市镇乡省局委街国处院州旗村园所校厅办司会部队站社团居"
# 回首2021，: a year looked back on leads a sentence in as its period does
LOOKING_BACK_WORDS = ("回首", "回望", "回顾")
PERIOD_LEAD_INS = ("这五年", "这一年", "这些年", "一年来", "五年来", "三年来", "两年来", "十年来", "过去一年", "过去的一年", "过去五年", "过去的五年", "今年以来", "近年来")
LEAD_INS = (
    *PERIOD_LEAD_INS, "几年来", "半年来", "去年以来", "年初以来", "回顾过去",
    "同时", "此外", "另外", "其中", "与此同时", "在此基础上", "全年", "今年", "去年", "上半年", "下半年", "前三季度",
    "截至目前", "目前", "据统计", "统计数据显示", "数据显示", "总体上", "我们",
    "刚刚过去的一年", "即将过去的一年", "在具体工作中", "预计全年", "初步预计", "预计", "根据工作需要",
    "十八大以来", "十九大以来", "二十大以来", "党的十八大以来", "党的十九大以来", "党的二十大以来", "近两年来", "近三年来", "近五年来", "多年来", "近年以来",
    # a salutation opens a paragraph of a speech or 政府工作报告 and says nothing itself
    "各位代表", "同志们", "各位领导", "各位委员",
    "接下来", "下一步", "据初步核算", "据测算", "具体来讲", "具体来说", "具体而言", "总体而言",
    "整体来看", "总体来看", "总的来看", "从总体上看", "整体而言",
)
# A first clause that only says how, under what or where the period went (通过全区上下的不懈努力, 在重点项目支撑下,
# 按照“项目攻坚年”总体部署, 经济指标方面) is skipped like a lead-in: an opener, any words, and a closer make the
# frame. A clause of what the body faced (面对突如其来的疫情) is kept: the shared gold quotes it as the accomplishment.
FRAME_OPENERS = ("通过", "经过", "经", "在", "按照", "根据", "依据", "随着", "受")
# A clause opened by one of these says under what circumstance, whatever it ends with (随着基础设施的不断完善,
# 得益于良好的基础设施建设,): the accomplishment is the clause after it.
CIRCUMSTANCE_OPENERS = ("随着", "得益于", "受益于")  # not 面对…: the reference gold quotes 面对突如其来的新冠肺炎疫情
FRAME_CLOSERS = (
    "努力", "领导下", "支持下", "带领下", "关心下", "引领下", "指引下", "奋斗", "支撑下", "推动下", "带动下", "背景下", "形势下",
    "情况下", "部署", "要求", "精神", "安排", "影响", "影响下", "之下",
)
TOPIC_CLOSERS = ("方面", "上来看", "来看")  # 经济指标方面, / 从主要指标来看,: the topic, not the result
# A paragraph that turns to what must be done (站在新征程的起跑线上…我们要…) is guidance, not review,
# even inside a review section of a speech.
GUIDANCE_OPENERS = ("我们要", "我们必须", "必须", "要坚持", "要始终", "要更加", "站在新", "展望", "面向未来", "对于做好")


# Verbs and manner words that stand before a count of things the noun after it names (同步打造4个千亩级设施农业
# 集中种植区, 首批建成11所乡镇新型农民培训学校): with the task openers, a name of only these words is no metric.
COUNTING_VERBS = (
    "推进", "启动", "开展", "完成", "建成", "新建", "引进", "签约", "开工", "共", "建设", "实施", "培育", "选派", "改造", "创建", "组建", "举办", "召开", "承办", "连续", "累计", "成功", "打造", "培养", "编制", "组织", "招引", "推动", "同步", "高标准", "高质量", "首批", "及时",
    "设立", "管控", "因地制宜", "有效", "围绕",
)
# A capacity glued to a product in a clause about one of these (沪蒙能源40万吨甲醇、…等项目, 年产2万吨锰合金生产线、
# 2.5万吨钛白粉…生产线): the figure names the plant, it measures nothing done.
PLANT_NOUNS = ("项目", "生产线", "产线", "装置")
# An amount spent on something named after it (投资1.29亿元完成了17条道路的改扩建; 投资5642万元的日处理80吨
# 污泥焚烧厂土建工程开工建设): the record is that thing's investment, named by the words after the amount less
# the verbs around them (OBJECT_LEADS before, OBJECT_TAILS after) and any figures inside.
SPENDING_VERBS = ("投资", "总投资", "完成投资", "累计完成投资", "累计投资")
# The size of a thing said before it (建成总长9.87公里的…8条道路, 建设库容5.2万吨的粮食储备库): the figure measures that thing.
MEASURES_OF_A_THING = ("总长", "全长", "建筑面积", "总建筑面积", "占地面积", "总面积", "库容", "总库容", "装机容量", "总装机容量")
OBJECT_LEADS = (
    "的", "实施的", "实施了", "实施", "完成了", "完成", "建成了", "建成", "新建了", "新建", "用于", "对", "启动", "开展", "推进",
    "新建及改造", "改造", "建设", "集中",
)
OBJECT_TAILS = (
    "全部完工", "开工建设", "投入使用", "建成通车", "全线贯通", "实现全线贯通", "顺利完工", "全面完成", "基本完工", "已完工",
    "完工", "竣工", "开工", "建成", "升级改造", "正式运营",
)


# What part of a report a heading opens, by the words in its title; the first family that matches wins.
# A line that ends in one of these and has no punctuation is a part's heading even without a marker (a newspaper
# copy drops 一、: “十四五”时期工作回顾 / 2026年重点工作 / “十五五”时期的主要目标任务).
PART_TITLE_ENDINGS = (
    "工作回顾", "发展回顾", "重点工作", "重点工作任务", "主要目标任务", "目标任务", "工作安排", "工作计划", "工作思路", "工作打算",
    "存在问题", "存在的问题", "主要问题", "工作总结", "主要工作", "总体要求", "下一步工作", "主要成绩",
    "主要任务", "重点任务", "工作任务", "工作目标", "主要工作及措施", "主要任务和措施", "工作重点",
)
# A line of one of these opens the notes after the report (注释 ［1］一降三减：…): a part that neither reviews nor plans.
NOTES_TITLES = ("注释", "注解", "名词解释", "附注", "附：名词解释", "本报告名词解释", "短语说明", "词语说明", "名词说明", "术语解释", "词语解释")
HEADING_ROLE_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("review", (
        "完成情况", "推进情况", "工作情况", "运行情况", "执行情况", "落实情况", "开展情况", "进展情况", "实施情况", "建设情况",
        "任务情况", "目标情况",  # 完成年度目标任务情况: the targets as met
        "回顾", "总结", "成绩", "成效", "成就", "进展",
        "主要做法", "取得", "肯定",
    )),
    ("problems", ("问题", "不足", "差距", "短板", "薄弱", "困难", "瓶颈", "的难点")),  # 说一说乡镇工作的难点 (not 聚焦难点堵点, 强弱项: acting on them)
    ("plan", ("计划", "安排", "打算", "思路", "目标", "任务", "举措", "措施", "重点", "下一步", "下步", "明年", "今后", "展望", "部署", "建议", "对策")),
    ("outlook", ("形势", "机遇", "挑战", "趋势", "认清", "把握")),
)
# An opening that speaks of what comes (在今后的工作中,镇党委、政府将…) before a document's first heading: its parts are plans.
WHAT_COMES_WORDS = ("今后的工作中", "今后一个时期", "今后一段时期", "下一步,", "下一步，", "明年,", "明年，", "新的一年里", "新的一年,", "新的一年，")
# What 重点 qualifies as a noun (重点项目, 重点企业): things, not the plan's 重点 (工作重点, 重点任务), so no plan cue in a title.
KEY_THINGS = ("项目", "企业", "工程", "产业", "领域", "区域", "人群", "行业", "园区", "村", "镇")
# In a 工作计划, a heading that names a result ((二)取得人居环境整治新成绩, (三)深化农村改革取得新突破) aims at it: only
# these of the review cues; a part that names its review (回顾, 完成情况) still reviews.
AIMED_RESULT_CUES = ("取得", "成绩", "成效", "成就", "进展")
# Where the body stands (一、我县旅游产业发展的现状): a review part, unless the title also names problems, tasks or an outlook
# (二、我县教育发展现状及存在的问题).
STANDING_WORDS = ("现状", "基本情况", "发展情况", "总体情况")
# A run-in head sums up the passage after it in a verdict (商贸中心辐射带动能力不断增强。旅游文化产业显著发展。
# 城市品质提档升级。…): a short sentence ending in one of these words, followed by its details, is an item
# even when the run-in heads of a paragraph open differently.
RUN_IN_VERDICTS = (
    "增强", "加强", "提升", "提高", "加快", "加大", "扩大", "发展", "增长", "推进", "明显", "显著", "向好", "有力", "高效",
    "升级", "优化", "改善", "进展", "突破", "成效", "巩固", "完善", "壮大", "提速", "见效", "凸显", "彰显", "平稳", "深化",
    "加速", "跃升", "攀升", "活跃", "繁荣", "提质", "扎实", "有序", "良好", "新高", "丰硕", "喜人", "强劲", "夯实", "健全",
    "迸发", "增效", "局面", "新篇", "成形", "初显", "落地", "见底", "企稳", "向优", "态势", "势头", "成长", "迅速", "迅猛", "有升", "有进", "形成", "铺开", "面貌", "新水平",
    "台阶", "进步", "显现", "领先", "坚实", "稳固", "亮丽", "牢固", "更好", "提档", "加力", "好转", "向上", "强力支撑", "支撑有力", "回暖", "回升",
    "如期实现", "圆满完成", "全面完成", "超额完成", "顺利完成", "胜利完成",  # 经济增长目标如期实现: a goal reached
)


# What a figure says when it states a problem inside a list of problems (仅完成年度任务的41%, 回落2.9个百分点); a
# figure without one of these (全区实到外资3200万美元) is the data behind the problem.
FALLING_SHORT_WORDS = ("下降", "下滑", "回落", "减少", "低于", "低", "仅", "只有", "不到", "未", "滞后", "落后", "差", "停产", "空缺", "缓慢", "偏", "严峻")

# Where a list of problems ends: the sentence that turns to meeting them (对此…, 我们将直面问题，全力破解 /
# 我们一定高度重视，采取更加有效举措 / 李鸿雁要求,…). What follows is a remedy, not a further problem.
REMEDY_OPENERS = (
    "对此", "针对", "为此", "因此", "对于", "这些问题,", "这些问题我们", "这些问题是", "这些问题要", "这些问题都", "这些问题需要", "这些问题必须", "对这些问题", "解决好", "下一步", "今后", "接下来", "下半年",
    "必须", "我们要", "我们必须", "我们将", "我们一定", "我们会", "我们决心", "凡此种种", "正如", "困难和问题是",
    "在今后", "在下一步", "在新的一年", "面对这些", "全县上下要", "全区上下要", "全市上下要", "全镇上下要", "全乡上下要", "各级各部门要",
    "需要进一步", "需进一步",  # …配套资金不到位,需要进一步加大力度加快进度 (not 作风建设仍需进一步加强, which falls short)
)

# The times a body works in, which no report counts among its own problems (外部环境变化影响加深, 世界百年变局
# 加速演进, 不确定难预料因素增多, 美西方涉疆制裁打压升级).
EXTERNAL_CONDITION_WORDS = (
    "外部环境", "百年变局", "国际形势", "世界经济", "全球经济", "不确定难预料因素", "不确定因素", "难预料因素",
    "不稳定不确定", "制裁", "地缘政治", "贸易保护", "客观因素", "大环境", "全球经济复苏", "国内外形势", "外部发展环境", "不可预料因素",
    "宏观调控", "货币政策", "政策形势",  # 中央继续加大宏观调控力度, 实行从紧的货币政策: the state's policy, no shortfall of the body
)

# A clause that says the body falls short is a problem wherever it stands (发展后劲不足, 招商质效不高,
# 要素保障乏力, 主要指标位次靠后, 干部担当意识欠缺), one record per clause; a solved one is not.
SHORTFALL_WORDS = (
    "不足", "不高", "不强", "不够", "不多", "不快", "不优", "不大", "不明显", "不充分", "不平衡", "不协调", "不到位",
    "不完善", "不健全", "不匹配", "不适应", "不相适应", "不相匹配", "乏力", "靠后", "欠缺", "缺乏", "慢于", "滞后", "薄弱",
    "偏低", "偏弱", "偏慢", "偏小", "较弱", "较低", "较慢", "较小", "落后于", "有待提高", "有待加强", "有待提升", "有待突破",
    "亟待", "仍需加强", "尚需", "短板", "瓶颈", "难度较大", "难度大", "压力较大", "压力加大", "任重道远", "制约", "差距",
    "下滑较多", "回落较多", "降幅较大", "未达预期", "未达到预期", "未完成", "没有完成", "不容乐观", "隐患", "困难较多",
    "压力大", "压力巨大", "压力更大", "繁重而艰巨", "艰巨繁重", "低位徘徊", "下降明显", "下滑明显", "任务难", "目标难",
    "偏少", "偏高", "缓慢", "不牢固", "不合理", "不一致", "日益突出", "困难重重", "下降趋势", "程度低", "效益低", "层次低", "水平低", "效率低", "规模小", "有问题",
    "需加强", "需要加强", "需要提升", "亟需", "财力有限", "资金有限", "空间有限", "能力有限", "落后",
    "未能实现", "稳中趋缓", "回落较大", "回落趋势", "逐月回落", "涨幅收窄", "链条短", "不均衡", "回落明显", "大幅下滑",
    "匹配度低", "低迷", "十分严峻", "依然严峻", "未能如期完成", "未如期完成", "不能满足", "不能完全满足", "不能很好地满足", "未能得到根本改观", "未得到根本改观", "没有得到根本改观", "受到较大冲击", "冲击较大",
    "不同程度回落", "进度慢", "增幅低", "位次后移", "不够理想", "不理想", "问题不少", "偏紧", "增速放缓", "放缓趋势", "明显放缓", "普遍下降", "下滑较为严重", "下滑严重", "明显减弱", "有所减弱", "掣肘", "出现紧张", "供应紧张", "持续紧张", "缺口较大", "缺口大",
    "未达到序时", "未如理想", "不如理想", "还未", "仍未", "迟迟未", "差欠", "艰巨", "仍须", "较重", "经营困难", "仍然不少", "依然不少", "不同程度存在", "比较突出", "依然突出", "仍然突出", "尚未形成",
    "还不稳定", "尚不稳定", "仍不稳定", "波动幅度大", "波动较大", "时有发生", "还需进一步", "不相符",
    "未根本改变", "没有根本改变", "没有形成", "压力依然很大", "压力仍然很大", "约束逐年加大", "任务繁重", "矛盾突出",
    "不规范", "不严格", "不尽人意", "有待改善", "比较严重", "能力弱", "能力差", "压力很大", "任务很重", "方式粗放", "意识差", "作风漂浮",
    "需不断优化",
    "增势放缓", "增速回落", "增幅回落", "发展失衡", "低位运行", "压力逐月加大", "压力不断加大", "更加严峻",
    "令人遗憾", "瞻前顾后", "丧失发展良机", "错失发展良机", "错失良机",  # 中心城市的建设与管理令人遗憾, 在融资搞建设等问题上瞻前顾后
    "大滑坡", "甚至掉队",  # a place lost among peers (这次出现大滑坡, 由领跑变成了跟跑,甚至掉队)
    "满足现状", "安于现状", "不活", "不佳",  # 在…发展中满足现状, 破解…难题手段不多、办法不活, 力度不大、效果不佳
    # the body's own ways and means falling short (农业总体上还是粗放生产, 功能单一, 精深加工很少, 不注重质量的提高, 盲目效仿,
    # 助推力弱化, 小农意识根深蒂固, 转移支付无法维持…运转)
    # the times pressing on the body's own figures (经济运行总体形势严峻, 财政收支平衡压力增大, 增速完成数低于目标值, 首次出现负增长)
    "形势严峻", "压力增大", "压力不小", "存在困难", "低于目标", "低于预期", "出现负增长", "欠账", "难度增大", "难度加大", "持续低位",
    "现象严重", "规划不落实", "满足于", "老经验",  # 走读现象严重, 发展规划不落实, 满足于完成考核指标, 解决问题凭老经验
    "不顺", "不畅", "不明确", "不准确", "不明晰", "不清晰", "难以形成", "难以满足", "难以适应", "一直未", "无法正常", "关联度低",
    "相距甚远", "不是很到位", "不很到位", "混杂", "人员老化", "老化问题", "老化严重", "缺口",  # 管理体制不顺, 职能发挥不畅,
    # 有定位但定位不准确, 难以形成集群效应, 经费缺口16万元 (not 适老化改造, 老化管网更新: the remedy)
    "粗放", "单一", "很少", "不注重", "忽视了", "盲目", "弱化", "不正常", "比较保守", "根深蒂固", "无法维持", "无法开展", "低水平发展", "低水平重复",
)
# A fall is a shortfall when what falls is the body's growth or output (GDP增速呈下降态势, 工业经济增长小幅回落, 固定资产投资小幅
# 下滑, 我们的增速相比去年同期有所回落), a few characters apart; not what falls to the good (发案率呈下降态势, 辍学率持续下滑,
# 居民消费价格涨幅有所回落, 能耗出现负增长).
GROWING_SUBJECTS = (
    "增速", "增幅", "增长", "增势", "经济", "投资", "产值", "增加值", "收入", "零售", "消费", "销售", "出口", "进出口", "效益",
    "指标", "生产总值", "GDP", "产销", "固定资产",
)
GROWTH_FALLS = ("回落", "下滑", "放缓", "下降态势", "下滑态势", "逐月下降")
# A place lost among peers: 处于各县区末位 / 居全市末位 (not 末位淘汰), 拖了…发展的后腿 (not 决不拖…后腿)
PEER_LOSS_STARTS = ("处于", "居", "位于", "排", "拖")  # what PEER_LOSS_PATTERN's branches open with
PEER_LOSS_PATTERN = r"(?:处于|居于?|位于|排名|排在|排)[^,，;；。]{0,8}末位(?!淘汰)|(?<![不未别])拖了?[^,，;；。]{0,10}后腿"
# A word that names two metrics at once: 城乡居民人均可支配收入分别增长7%和8% / 金融机构存贷款余额分别增长4.5%、17.2%
# are two records each.
PAIRED_WORDS = {
    "城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "一二三产": ("一产", "二产", "三产"), "存贷款": ("存款", "贷款"),
    "内外资": ("内资", "外资"), "牛羊": ("牛", "羊"),
}
# Where the subject of a clause ends and what is said of it begins: 旅游收入、游客人数再创新高，分别增长16.4%、15.8%
SUBJECT_ENDS = ("完成情况", "实现", "再创", "双双", "保持", "呈现", "继续", "持续", "稳步", "大幅", "明显", "同比", "比上年", "较上年", "比去年", "较去年")
# A clause that opens by acting on a shortfall (补齐短板, 破解瓶颈, 着力解决…不足) is a plan or an
# achievement, not a problem.
ADDRESSING_OPENERS = (
    "补齐", "补短板", "破解", "解决", "克服", "弥补", "着力", "加快", "加强", "推动", "推进", "必须", "针对", "围绕",
    "聚焦", "坚持", "狠抓", "抓好", "突破", "打破", "消除", "化解", "防范", "努力", "确保", "力争", "进一步", "切实", "全力",
    "大力", "积极", "持续", "深入", "不断", "有效", "集中", "重点", "优化", "提升", "提高", "增强", "完善", "健全", "建立",
    "破除", "改造", "利用", "开展", "排查", "查出", "共查出", "整改", "发现", "累计发现", "主动", "坚决", "淘汰", "摆脱", "改变", "因地制宜", "聚力", "面对", "正视", "我们将", "我们也要", "我们要",
    "在", "对", "以", "把", "为", "通过", "实施", "启动", "组织", "统筹", "应对",  # 统筹应对多重压力和艰巨挑战
)
# Acting on a shortfall (精准聚焦补短板, 统筹兼顾强基础、补短板, 要对照目标找差距) states none, wherever it stands.
# A shortfall acted on or faced (补齐服务业短板, 扭住短板合力攻坚, 要聚焦不足抓提升, 要对照目标找差距) is a task or an announcement,
# no problem stated: one of these verbs, a few words, then the shortfall's noun (or the noun, then 破解: “重大瓶颈破解”方面).
# Not 指出 (巡视指出的问题整改不到位): that names a problem still there; nor 补贴, no 补 of a shortfall.
# Of those, the verbs that face a shortfall rather than act on it: a title 正视差距找原因 over stated shortfalls heads them.
FACING_A_SHORTFALL = ("正视", "直面", "找准", "查找", "寻找", "剖析", "分析")
SHORTFALL_ACTIONS = (
    *FACING_A_SHORTFALL, "缩小", "弥补", "补齐", "补上", "补强", "补", "破解", "解决", "化解", "消除", "攻克", "突破",
    "找", "认清", "扭住", "聚焦", "看待", "应对", "处理", "整改", "加强", "重视", "还清", "归还", "偿还",
)
SHORTFALL_NOUNS = ("问题", "不足", "差距", "短板", "薄弱", "困难", "瓶颈", "欠账")
# Words that announce or sum up problems rather than state one (我们的工作还有不少差距和不足), or say a
# shortfall was dealt with (城市短板得到有效补充).
PROBLEM_META_WORDS = (
    "问题和不足", "问题与不足", "问题及不足", "不足与问题", "困难与问题", "问题和困难", "差距和不足", "困难和问题", "困难和不足", "不足和问题", "存在的问题", "以下问题", "这些问题", "这些困难",
    "存在的不足", "诸多不足",  # 也指出工作中存在的不足: the problems named, none stated
    "了", "已", "得到", "有效补", "明显改善", "有所缓解",
    # the turn to face them (正视差距, 认清形势, 我们的差距也不容忽视) announces problems, states none
    "正视", "认清", "找准", "差距也", "同样不容忽视", "一些不容忽视", "也不容忽视",
    # reporting a shortfall narrowed (收入差距进一步缩小) states none
    "意义重大", "缩小",
)


# What kind of document a report is, by the words that name its genre in its title lines; speeches first,
# since a speech is a speech even on a page titled 工作总结及工作计划 (…在全区经济工作会议上的讲话). Without a
# title, the way it addresses its audience tells (各位代表, 同志们, 各位领导).
DOCUMENT_TYPE_CUES: tuple[tuple[DocumentType, tuple[str, ...]], ...] = (
    ("政府工作报告", ("政府工作报告",)),
    ("讲话", ("上的讲话", "讲话稿", "表态发言", "交流发言", "上的发言", "的讲话")),
    ("汇报", ("情况汇报", "工作汇报", "汇报材料", "的汇报")),
    ("半年总结", ("上半年工作总结", "半年工作总结", "半年总结", "上半年工作情况", "半年度")),
    ("工作计划", ("工作计划", "工作要点", "工作打算", "工作思路", "工作安排", "实施方案", "工作方案", "行动方案", "任务分解", "目标责任书", "公开承诺", "目标任务书")),
    ("年度总结", ("年度工作总结", "工作总结", "年度总结", "计划总结", "工作报告", "工作情况", "工作小结")),
)
# 2023年区政府工作报告重点任务分解: a breakdown of another document's tasks is a plan, whatever document it names
PLAN_TITLES_OVER_OTHERS = ("任务分解", "责任分解", "分工方案")
DOCUMENT_AUDIENCE_CUES: tuple[tuple[str, DocumentType], ...] = (("各位代表", "政府工作报告"), ("同志们", "讲话"), ("各位领导", "汇报"))


# A plan stated without a plan heading or item marker opens with a task verb (speeches, 表态发言 and
# 政府工作报告 write 着力…, 全力推进…, 加快…, 力争…); in a plan part without items, each sentence or
# semicolon clause that opens so is one plan.
TASK_OPENERS = (
    "重点发展", "重点抓好", "重点督促", "重点推进", "重点实施", "重点打造", "重点培育", "重点围绕", "重点做好", "重点加强",
    "着力", "全力", "加快", "加力", "加强", "加大", "力争", "确保", "坚持", "坚定不移", "推进", "推动", "扎实", "持续", "不断",
    "狠抓", "抓好", "抓实", "做强", "做优", "做大", "做好", "做实", "打好", "打造", "实施", "优化", "提升", "增强", "强化",
    "深化", "完善", "健全", "培育", "发展壮大", "统筹", "突出", "立足", "聚力", "聚焦", "精心", "激发", "充分发挥", "树立",
    "继续", "大力", "积极", "努力", "切实", "全面", "要", "争创", "争取", "启动", "谋划", "筹备", "进一步", "明确", "严把",
    # how a task is to be done, then its verb (坚决维护社会大局稳定, 稳步发展特色农牧业, 更大力度推进改革攻坚)
    "坚决", "充分", "稳步", "深入", "巩固", "融合发展", "更大力度", "更高水平", "更实举措", "更加注重", "倾力", "全力以赴",
    "加速", "全方位", "构建", "畅通", "抓", "促", "千方百计", "致力",
    # holding a line (筑牢安全风险底线, 维护社会大局稳定, 守牢安全底线, 兜牢民生底线)
    "筑牢", "维护", "守牢", "兜牢", "守住", "兜住", "织密", "常态抓好",
)
# A list announced as targets (主要预期目标是：地区生产总值增长7.5%；…) or under a title line naming them
# (2024年目标任务) holds targets to its end, whatever each clause says.
# What a clause naming the planned year announces before a colon (2021年…指标体系安排,具体为:): the list after it sets targets.
PLAN_ARRANGEMENTS = ("安排", "目标", "计划")
TARGET_FRAMES = ("预期目标", "主要目标", "目标任务", "奋斗目标", "发展目标", "目标", "主要指标")


# A sentence of a plan part that lists its tasks one per comma clause (为实现上述目标,我们将…,狠抓“三件大事”不动摇,
# 坚定不移推进“五项重点工作”,…) gives a plan per task clause; not when it states the guidance (总体要求是:…), and
# not for the clauses that restate guidance (贯彻…精神, 坚持稳中求进工作总基调, 紧紧围绕…).
GUIDANCE_FRAMES = ("总体要求", "指导思想", "总的要求", "基本思路", "总体思路", "主要预期目标", "预期目标")
GUIDANCE_CLAUSE_WORDS = ("精神", "理念", "总基调", "思想", "要求", "部署", "决策", "围绕", "认真学习", "加强学习", "对标对表")


# Sentences that frame the plan part rather than set a task (做好今年的工作意义重大; 重点抓好以下六个方面的工作).
# A task may be preceded by what obliges or links it (必须多渠道筹措资金, 并加大协调力度, 还要…): the task verb follows,
# and the quote keeps the word.
TASK_MODALS = ("必须", "务必", "需要", "还要", "也要", "更要", "并且", "并", "还", "同时要")
# How many parts the tasks fall in, announced (下一步,我们将着力做好四方面工作 / 高新区将从这5个方面努力): no task of its own.
TASK_PARTS_ANNOUNCED = ("方面工作", "方面的工作", "方面的重点工作", "个方面努力", "方面入手", "方面着手")
PLAN_FRAMING_WORDS = (
    "意义重大", "责任重大", "以下", "做好今年", "做好明年", "做好全年", "做好政府工作", "做好新一年", "这些目标", "上述目标",
    "各项工作", "总体要求", "指导思想", "主要预期目标",
    *TASK_PARTS_ANNOUNCED,
    "主持并讲话", "主持会议并讲话", "出席并讲话", "出席会议并讲话",  # who chaired and spoke: the meeting, no task
)


# A count after one of these (全县有26家规模工业企业, 初步筛选出2家…企业) is named by the noun after it.
COUNT_LEADS = ("有", "筛选出", "评选出", "遴选出")
# Verbs that hand out or push on before a metric's name (发放救助款120万元, 稳步推进农业局下属…改制): no part of the name.
NAME_LEAD_VERBS = ("发放", "兑付", "拨付", "按时完成", "稳步推进", "有计划地")
# Verbs that cut what they name (压缩时限32%, 精简会议41%): a negative rate of it. The first four also after what they cut
# (审批材料精简80%, 二氧化硫排放量削减3.5%); 缩短75% alone is the share of a limit, a level.
CUT_VERBS = ("压缩", "压减", "压降", "精简", "削减", "缩减", "缩短")
CUT_AFTER = CUT_VERBS[:5]
# A value a metric reached (…由8.1平方公里拓展到24.15平方公里, 从8个工作日压减至3个工作日): the verb and its 到/至/为 are no
# part of a name, so the value after it keeps the metric of the value before.
CHANGING_VERBS = (
    "增加", "提高", "提升", "上升", "增长", "增", "扩大", "拓展", "扩展", "延伸", "延长", "跃升", "攀升", "发展", "调整",
    "下降", "降低", "减少", "降", "缩小", "收窄", "优化", *CUT_VERBS,
)
CHANGED_TO = ("到", "至", "为")
# An opportunity seized (抓住机遇、乘势而上) is a task; only weighing the situation (认清形势，把握机遇) is an outlook.
SEIZED_OPPORTUNITIES = ("抓住机遇", "抢抓机遇", "抓牢机遇", "紧抓机遇", "用好机遇", "把握住机遇", "抓住机会", "迎接挑战", "应对挑战")


# A task that names a counted set of tasks (具体抓好“八抓八推动”,即:抓好项目建设,推动有效投入;… / 做好“六个更加注重”,即更加
# 注重接轨上海,更加注重… / 着力抓好“三动”:首先是典型户带动。…;其次是专业组织联动,…): the set's members are the plans, the
# name is none. What introduces the members after the name, and the ordinals that open each (stripped from its quote).
COUNTED_SET_INTRODUCERS = ("即", "具体是", "具体为", "分别是")
MEMBER_ORDINALS = ("首先是", "其次是", "再次是", "然后是", "最后是", "首先", "其次", "再次", "最后")
