"""One test per family of phrasing in extract/phrasing.py, on real phrasings of the genre."""

from __future__ import annotations

import pytest

from extract import Settings, parse_report

OFFLINE = Settings.resolve({"offline": True})


def achievements(text: str) -> list[str]:
    return [a.text for a in parse_report(text, OFFLINE).achievements]


def test_each_sentence_of_a_review_paragraph_is_one_achievement_quoted_by_its_first_clause() -> None:
    text = ("一、2023年工作回顾\n全面落实河湖长制,在全盟率先开展河湖卫星遥感监测。深入打好污染防治攻坚战,"
            "细化209项治理措施,生态环境持续改善。\n二、2024年工作安排\n一是加快项目建设。\n")
    assert achievements(text) == ["全面落实河湖长制", "深入打好污染防治攻坚战"]


@pytest.mark.parametrize("framing", [
    "刚刚过去的一年,是我区发展进程中极其特殊的一年。",
    "一年来,我们守正笃实,讲政治担使命,交出党的领导“优异答卷”。",
    "过去五年,是解放思想、与时俱进,激情满满的五年。",
    "这些成绩的取得,是全区上下共同奋斗的结果。",
    "市委常委、高新区党工委书记王红星出席会议并讲话。",
    "2023年全区经济社会发展主要预期目标是:地区生产总值增长7.5%。",
    "下半年是巩固成绩、全面突破的关键时期。",
    "这个调研会很符合我们的初衷。",
    "成绩来之十分不易,这是全省人民团结拼搏的结果。",
    "需要向各位代表说明的是,两个指标没有达到规划预期。",
    "尹正锡用四个“好”来总结经开区在2017年取得的成绩。",
    "在大家发言的基础上,我再讲几点意见。",
    "我就抓好2024年经济工作再强调几点意见。",
    "祖斌书记代表县委常委会作了工作报告。",
    "明年是我县跨入西部百强县的冲刺之年。",
    "会上,李鸿雁对全区上半年项目建设等工作进行总结点评。",
    "会上通报了1~8月园区工作进展情况。",
    "县长高靖生主持召开县政府常务会。",  # the meeting's own business
    "会议旨在分析研判当前全县经济社会发展形势。",
    "县财政局、县发改委及各乡镇作了书面发言。",
    "昆明高新区作典型发言。",
    "其中城镇固定资产投资完成32.1亿元。",  # a breakdown of the sentence before
    "今年,经开区将实现新增3000万元以上签约项目10个。",  # what is to come
    "发展一个地方的经济要依托本地的资源优势。",  # what must be
    "压力之下,动能更足。",  # a slogan
    "各位代表！刚刚过去的2023年，有困难、有挑战、有考验，更有团结、有奋斗、有亮点。",  # the year judged as a whole
])
def test_framing_is_no_achievement(framing: str) -> None:
    assert achievements(f"一、工作回顾\n{framing}新增市场主体5015家,同比增长12%。\n") == ["新增市场主体5015家"]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("五年来,我们坚持解放思想,深入开展大讨论。", "我们坚持解放思想"),
    ("同时,三改一拆等省市重点工作均完成年度目标任务。", "三改一拆等省市重点工作均完成年度目标任务"),
    ("张凤林指出,开发区签约项目35个。", "开发区签约项目35个"),
    ("近三年来,区内规上工业产值保持了年均38%以上的增幅。", "区内规上工业产值保持了年均38%以上的增幅"),
    ("预计全年,可完成技工贸总收入760亿元。", "可完成技工贸总收入760亿元"),
    ("在我省优势再造战略引领下,高新区确定了主导产业布局。", "高新区确定了主导产业布局"),
    ("各位代表,五年来,区十六届人大一次会议确定的各项任务全面完成。", "区十六届人大一次会议确定的各项任务全面完成"),
    ("在重点项目支撑下,完成全社会固定资产投资41亿元。", "完成全社会固定资产投资41亿元"),
    ("各乡镇、各部门按照“项目攻坚年”总体部署,新开工项目52个。", "新开工项目52个"),
    ("经济指标方面,上半年青岛高新区GDP增长5.5%。", "上半年青岛高新区GDP增长5.5%"),
    ("据初步核算,全区地区生产总值完成210亿元。", "全区地区生产总值完成210亿元"),
    ("面对突如其来的新冠肺炎疫情,我们坚决打赢疫情防控阻击战。", "面对突如其来的新冠肺炎疫情"),  # what was faced: kept
    ("9月13日下午,园区新签约项目8个。", "园区新签约项目8个"),
    ("高新区统计局成立后,统计入库企业增加到136家。", "统计入库企业增加到136家"),
])
def test_a_lead_in_or_a_speaker_is_skipped_for_the_clause_with_content(sentence: str, quote: str) -> None:
    assert achievements(f"一、工作回顾\n{sentence}\n") == [quote]


def test_a_run_in_head_stands_for_its_paragraph() -> None:
    text = "一、过去一年工作回顾\n经济实力明显增强。全年地区生产总值完成235.2亿元,同比增长18.5%。华汇地下商业街全面竣工。\n"
    assert achievements(text) == ["经济实力明显增强"]


def test_guidance_inside_a_review_section_of_a_speech_is_no_achievement() -> None:
    text = ("一、总结回顾,准确把握新形势\n五年来,我们坚持敢闯敢试,率先进行了创新改革。\n"
            "站在新征程的起跑线上,我们要保持定力。一是准确把握局部和整体的关系。二是准确把握外因和内因的关系。\n")
    assert achievements(text) == ["我们坚持敢闯敢试"]


def test_a_report_without_headings_reviews_where_it_speaks_in_the_past_tense() -> None:
    text = "今年以来,开发区完成了工业总产值171亿元,实现了税收12亿元,已建成标准厂房20万平方米。园区新增企业30家。\n"
    assert achievements(text) == ["开发区完成了工业总产值171亿元", "园区新增企业30家"]


def indicators(text: str) -> list[tuple]:
    return [(i.name, i.value, i.unit, i.yoy_pct, i.target_completion_pct, i.kind) for i in parse_report(text, OFFLINE).indicators]


@pytest.mark.parametrize(("sentence", "value", "rate"), [
    ("荔城地区生产总值635亿元,完成年计划710亿元的89.4%。", 635, 89.4),
    ("固定资产投资300亿元,为省下达任务的58.2%。", 300, 58.2),
    ("财政收入12亿元,占年度计划的71%。", 12, 71),
    ("签约资金176.65亿元,完成全年目标任务的102.5%。", 176.65, 102.5),
    ("园区完成工业总产值45亿元,完成今年目标的74.4%。", 45, 74.4),
    ("8个省级重点项目完成投资10.55亿元,完成年度投资计划的103.95%。", 10.55, 103.95),
    ("规模以上工业总产值59.5亿元,为市下115亿元目标的51.74%。", 59.5, 51.74),
    ("技改投资完成13.2亿元,同比增长4.8%,居全市第2位,目标完成进度77.7%。", 13.2, 77.7),
    ("交通项目完成投资4.2亿元,完成年度计划投资155.2%。", 4.2, 155.2),  # the plan named by what it plans
    ("地方财政收入80万元,完成计划指标的94.1%。", 80, 94.1),  # the plan's figure named 计划指标
    ("实现城镇新增就业12314人,完成年目标任务12500人的98.5%。", 12314, 98.5),  # the target in persons
    ("累计完成项目年度投资12.01亿元,占年度投资计划比例70.4%。", 12.01, 70.4),  # the share of the plan, 比例
])
def test_target_completion_said_other_ways_joins_the_value_before_it(sentence: str, value: float, rate: float) -> None:
    found = indicators(f"一、工作回顾\n{sentence}\n")
    assert any(v == value and t == rate and k == "actual" for _, v, _, _, t, k in found), found
    assert not any(v == rate for _, v, *_ in found)  # the rate is no value of its own


def test_a_subset_counted_above_a_threshold_is_a_count_and_a_tasks_amount_above_a_floor_a_record() -> None:
    text = "一、工作回顾\n新增注册企业2585家,其中注册资金在1000万以上的200家。今年要努力完成150亿以上的固定资产投资任务。\n"
    assert [(i[1], i[2]) for i in indicators(text)] == [(2585.0, "家"), (200.0, "家"), (150.0, "亿")]


def test_a_completion_of_a_task_set_by_a_corps_joins_its_value() -> None:
    text = "一、工作回顾\n全师预计实现固定资产投资105亿元,完成兵团下达全年目标任务的109%。\n"
    assert [(i[1], i[4]) for i in indicators(text)] == [(105.0, 109.0)]


def test_the_planned_amount_inside_a_completion_phrase_is_a_target_not_an_actual() -> None:
    found = indicators("一、工作回顾\n地区生产总值635亿元,完成年计划710亿元的89.4%。\n")
    assert ("地区生产总值年计划", 710, "亿元", None, None, "target") in found


def test_a_task_set_by_an_authority_is_the_planned_amount_of_a_completion_phrase() -> None:
    found = indicators("一、工作回顾\n完成州外到位资金120.44亿元,同比增长29%,完成州政府下达任务数132.63亿元的90.8%。\n")
    assert [(v, u, yoy, done, kind) for _, v, u, yoy, done, kind in found] == [
        (120.44, "亿元", 29.0, 90.8, "actual"), (132.63, "亿元", None, None, "target")
    ]


@pytest.mark.parametrize("sentence", [
    "一是在全省65个县域特色产业集群年度考核评比中荣获第一档次。",
    "增长幅度之大在全市16个乡镇里是独一无二的。",
    "紧盯固定资产投资和规上工业增加值这2项,促进其余9项指标回升。",
])
def test_the_field_a_body_is_measured_in_and_counts_of_things_already_named_are_no_indicators(sentence: str) -> None:
    assert indicators(f"一、工作回顾\n{sentence}\n") == []


@pytest.mark.parametrize("sentence", ["固定资产投资增速高达83%。", "固定资产投资增长速度83%。"])
def test_a_growth_rate_said_as_a_speed_is_a_rate(sentence: str) -> None:
    assert indicators(f"一、工作回顾\n{sentence}\n") == [("固定资产投资", None, None, 83.0, None, "actual")]


@pytest.mark.parametrize(("text", "expected"), [
    ("巨力、风帆、晨阳分别实现税收2.1亿元、1.3亿元、1.2亿元。", ["巨力税收", "风帆税收", "晨阳税收"]),
    ("肉、蛋、奶产量分别达到2.8万吨、5.5万吨和8.5万吨。", ["肉产量", "蛋产量", "奶产量"]),
    ("地区生产总值100亿元,财政收入10亿元。", ["地区生产总值", "财政收入"]),
])
def test_values_listed_respectively_take_one_name_each(text: str, expected: list[str]) -> None:
    assert names(f"一、工作回顾\n{text}\n") == expected


def test_growth_since_a_base_year_is_a_figure_of_its_own_and_the_yearly_average_the_levels_rate() -> None:
    text = "一、工作回顾\n全县生产总值完成59.4亿元,比2011年增长21.9%,年均增长4%。城乡居民收入分别完成2.3万元、1.5万元,比2011年分别增长43.7%和75%。\n"
    assert [(i[0], i[1], i[2], i[3]) for i in indicators(text)] == [
        ("生产总值", 59.4, "亿元", 4.0), ("生产总值比2011年增长", 21.9, "%", None),
        ("城镇居民收入", 2.3, "万元", None), ("农村居民收入", 1.5, "万元", None),
        ("城镇居民收入比2011年增长", 43.7, "%", None), ("农村居民收入比2011年增长", 75.0, "%", None),
    ]


def test_a_yearly_average_rate_after_the_increase_since_a_base_year_is_the_levels() -> None:
    text = "一、工作回顾\n全县生产总值完成53.42亿元,比2006年增长24.47亿元,年均递增13%。地区生产总值增速连续四年超过6%,年均增长7.4%。\n"
    records = [(i[0], i[1], i[3]) for i in indicators(text)]
    assert records[:2] == [("生产总值", 53.42, 13.0), ("生产总值比2006年增长", 24.47, None)]
    assert all(yoy is None for _, value, yoy in records[2:] if value is not None)  # a growth rate has no growth rate of its own


def test_rates_said_each_or_respectively_after_the_values_join_them() -> None:
    text = "一、工作回顾\n实现地区生产总值37.44亿元,按不变价格计算,同比增长7.2%。接待游客200万人次,实现旅游收入8.8亿元,同比增长分别为16.2%、17.0%。\n"
    assert [(i[0], i[1], i[3]) for i in indicators(text)] == [("地区生产总值", 37.44, 7.2), ("接待游客", 200.0, 16.2), ("旅游收入", 8.8, 17.0)]
    each = indicators("一、工作回顾\n三家企业较去年同期增幅均在40%以上。\n")
    assert [(i[1], i[3]) for i in each] == [(None, 40.0)]


@pytest.mark.parametrize(("sentence", "unit"), [("人口自然增长率6‰。", "‰"), ("人口自然增长率为5.2%。", "%")])
def test_a_natural_growth_rate_is_a_level_not_a_change_on_the_year(sentence: str, unit: str) -> None:
    value = float(sentence.split("率")[1].strip("为‰%。"))
    assert indicators(f"一、工作回顾\n{sentence}\n") == [("人口自然增长率", value, unit, None, None, "actual")]


def test_a_list_said_respectively_gives_each_value_its_own_rate_and_name() -> None:
    found = indicators("一、工作回顾\n工业投资、技改投资分别完成12.5亿元、8.3亿元,分别增长6.1%、-2.4%。\n")
    assert found == [("工业投资", 12.5, "亿元", 6.1, None, "actual"), ("技改投资", 8.3, "亿元", -2.4, None, "actual")]


def test_peer_counts_and_old_years_are_not_indicators_and_ranks_keep_their_name() -> None:
    found = indicators("一、工作回顾\n在全国178家国家级高新区中位列第21位,排名由2015年的第30位升至第21位。\n")
    assert [v for _, v, *_ in found] == [21, 30, 21]
    assert [n for n, *_ in found][1:] == ["排名", "排名"]
    ranked = indicators("一、工作回顾\n在全国157家国家高新区综合排名由2016年的第60位上升至第45位。\n")
    assert [v for _, v, *_ in ranked] == [60, 45]  # the field ranked in, no 中 after it


def test_a_fall_in_points_keeps_its_direction_and_the_metric_its_name() -> None:
    assert indicators("一、工作回顾\n增速较一季度回落0.5个百分点。\n") == [("增速回落", 0.5, "个百分点", None, None, "actual")]


@pytest.mark.parametrize("problem", [
    "招商质效不高", "要素保障乏力", "主要指标位次靠后", "龙头企业带动作用不强", "干部担当意识欠缺",
    "财政资金压力大", "投资增速持续低位徘徊", "工业效益增速下降明显", "后期任务繁重而艰巨", "完成投资任务难",
    "城镇化进程缓慢", "财政增收基础仍不牢固", "全县四要素站比例偏少", "我乡财力有限", "经济结构不合理",
    "一产三产增长乏力的局面未能得到根本改观", "我县种养产业受到较大冲击", "仍有4项民生实事未能如期完成",
    "我区经济增长呈现增速放缓趋势", "县域房地产施工面积、竣工面积和销售面积普遍下降", "我区建筑业、房地产、投资下滑较为严重",
    "项目进展情况未如理想", "项目还未正式动工", "招商力度明显减弱", "电力稳定供应成为掣肘企业发展重要因素", "全省电力供应持续出现紧张",
])
def test_a_clause_that_says_the_body_falls_short_is_a_problem_wherever_it_stands(problem: str) -> None:
    text = f"一、工作回顾\n全年新增企业30家,{problem},需要引起高度重视。\n二、下一步工作\n一是补齐短板,破解要素保障乏力问题。\n"
    assert [p.text for p in parse_report(text, OFFLINE).problems] == [problem]


def test_a_terse_shortfall_in_a_list_of_problems_is_one() -> None:
    text = "一、工作回顾\n我们也要清醒地看到，还存在不少问题。主要是产业结构还不够合理，产业层次低，效益低；农民增收难度还较大。对此，我们一定认真加以解决。\n"
    assert problems(text) == ["产业结构还不够合理", "产业层次低", "效益低", "农民增收难度还较大"]


@pytest.mark.parametrize("turn", [
    "园区上下必须认清形势、正视差距", "我们的差距也不容忽视", "存在的问题和挑战同样不容忽视",
    "他也指出开发区的诸多不足", "新区还进一步补齐服务业短板", "要聚焦不足抓提升", "“重大瓶颈破解”方面取得进展",  # acted on or pointed out
    "要对照目标找差距", "扭住短板合力攻坚",
])
def test_the_turn_to_face_problems_states_none(turn: str) -> None:
    assert parse_report(f"一、工作回顾\n全年新增企业30家。{turn}。\n", OFFLINE).problems == []


def test_a_solved_shortfall_is_no_problem() -> None:
    assert parse_report("一、工作回顾\n解决了要素保障乏力的问题,城市短板得到有效补充。\n", OFFLINE).problems == []


def test_headings_inside_a_report_saved_as_one_line_are_found() -> None:
    one_line = ("关于2023年工作总结的报告 " + "全区经济平稳运行,各项工作有序推进。" * 60  # line breaks scraped away
                + "一、2023年工作回顾 全年完成固定资产投资57亿元。二、存在的问题 产业转型升级压力还很大。"
                + "三、2024年工作计划 一是加快项目建设。二是优化营商环境。")
    report = parse_report(one_line, OFFLINE)
    assert [p.text for p in report.plans] == ["加快项目建设", "优化营商环境"]
    assert report.indicators[0].kind == "actual"  # under 一、…工作回顾, not the plan heading after it


@pytest.mark.parametrize(("sentence", "expected"), [
    ("粮食产量达到53.85亿斤,比上年增长12.5,肉类总产量45万吨。", ("粮食产量", 53.85, "亿斤", 12.5, None, "actual")),
    ("全镇完成工业总产值15.16亿元,同期增长19.09%。", ("工业总产值", 15.16, "亿元", 19.09, None, "actual")),
    ("登记企业1655户、比增84%。", ("登记企业", 1655, "户", 84, None, "actual")),
    ("地区生产总值增长20%，达到282亿元。", ("地区生产总值", 282, "亿元", 20, None, "actual")),
])
def test_yoy_said_other_ways_joins_its_value(sentence: str, expected: tuple) -> None:
    assert indicators(f"一、工作回顾\n{sentence}\n")[0] == expected


def test_a_rate_whose_value_is_masked_is_named_by_the_clause_before_it() -> None:
    assert indicators("一、工作回顾\n税收完成XX亿元,同比增长15.2%。\n") == [("税收", None, None, 15.2, None, "actual")]


def test_a_plan_part_without_items_states_a_task_per_sentence_that_opens_with_a_task_verb() -> None:
    text = ("一、2023年工作回顾\n全年完成投资57亿元。\n二、2024年重点工作\n"
            "做好今年的工作意义重大。着力扩投资、夯基础,实施项目120个;突出延链条、聚集群,培育龙头企业。园区面貌焕然一新。\n")
    assert [p.text for p in parse_report(text, OFFLINE).plans] == ["着力扩投资、夯基础", "突出延链条、聚集群"]


@pytest.mark.parametrize("head", ["社会保障持续加强", "城市品质提档升级", "重点改革稳步推进", "东山组团基础设施建设取得突破性进展", "营商环境更加高效"])
def test_a_run_in_head_ending_in_a_verdict_is_one_achievement_for_its_passage(head: str) -> None:
    details = "全年发放就业小额担保贷款1600万元,新增就业5650人,城镇登记失业率控制到3.9%。新农合参合率达到99.42%。"
    text = f"一、工作回顾\n我们坚持以人民为中心。{head}。{details}生态治理成效明显。{details}\n"
    assert achievements(text) == [head, "生态治理成效明显"]


def test_numbered_paragraphs_whose_head_runs_on_into_its_details_are_items_and_a_lone_one_a_part() -> None:
    items = ("全镇全面完成了各项重点工作目标任务,具体实现了“三个突破”:\n"
             "一、围绕县城拓展,征地拆迁工作取得了突破。全年21个城建项目共完成征地1258户1447亩,有11个项目已进场施工。\n"
             "二、围绕城乡统筹,镇域经济发展取得了突破。全年预计实现地方生产总值20.8亿元,较上年增长19.7%。\n")
    assert achievements(items) == ["围绕县城拓展,征地拆迁工作取得了突破", "围绕城乡统筹,镇域经济发展取得了突破"]
    lone = "一、正视成绩与不足,迎接机遇与挑战。近年来,我镇先后引进资金750余万元。全镇新建厂房12栋。\n"
    assert achievements(lone) == ["我镇先后引进资金750余万元", "全镇新建厂房12栋"]


def test_a_glossary_after_the_report_gives_no_record() -> None:
    text = ("二、2026年工作安排\n地区生产总值增长5%左右。\n附件\n《政府工作报告》有关内容名词注释\n"
            "1.“2030先锋工程”：到2030年，布局20个左右重大专项，实施100个左右重大项目。\n"
            "2.治安“三张图”：治安态势感知图、风险隐患图、可用资源图。\n")
    report = parse_report(text, OFFLINE)
    assert [(i.name, i.yoy_pct) for i in report.indicators] == [("地区生产总值", 5.0)]
    assert report.problems == [] and all("重大专项" not in p.text for p in report.plans)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.name, i.kind) for i in parse_report(text, OFFLINE).indicators]


@pytest.mark.parametrize("text", [
    "2023年全区经济社会发展主要预期目标是:地区生产总值增长7.5%;规模以上工业增加值增长7%;固定资产投资增长12%。\n",
    "2024年目标任务\n\n地区生产总值增长7.5%;规模以上工业增加值增长7%;固定资产投资增长12%。\n",
])
def test_a_list_announced_as_targets_holds_targets_to_its_end(text: str) -> None:
    assert kinds(text) == [("地区生产总值", "target"), ("规模以上工业增加值", "target"), ("固定资产投资", "target")]


def test_figures_under_a_title_of_targets_met_are_results() -> None:
    text = "一、完成年度目标任务情况\n工业产值2.8亿元,同比增长10%;农业产值7.1亿元。\n"
    assert [i[5] for i in indicators(text)] == ["actual", "actual"]


def test_lines_listed_after_a_target_frame_are_targets_until_a_full_stop() -> None:
    text = "今年,龙岗区在经济增长、产业发展方面,定下这些具体目标:\n经济◢\n全年完成固定资产投资超1400亿元\n引进优质产业项目60个以上\n去年新增企业30家。\n"
    assert [(i[1], i[5]) for i in indicators(text)] == [(1400.0, "target"), (60.0, "target"), (30.0, "actual")]
    assert plans(text) == ["全年完成固定资产投资超1400亿元", "引进优质产业项目60个以上"]  # one task a line, under a topic
    met = "全市主要发展指标总体实现市人大确定的预期目标:\n——地区生产总值增长8%左右;\n——一般公共预算收入264.13亿元;\n"
    assert plans(met) == []  # the targets as met, a review


def test_a_target_frame_ends_with_its_sentence() -> None:
    text = "主要目标是:地区生产总值增长7.5%。全年实现地区生产总值增长6.1%。\n"
    assert kinds(text) == [("地区生产总值", "target"), ("地区生产总值", "actual")]


def names(text: str) -> list[str]:
    return [i.name for i in parse_report(text, OFFLINE).indicators]


@pytest.mark.parametrize(("text", "name"), [
    ("投资5900万元的伊敏河两岸及城市重点区域亮化照明工程全部完工。", "伊敏河两岸及城市重点区域亮化照明工程投资"),
    ("投资1.29亿元完成了17条道路的改扩建。", "道路的改扩建投资"),
    ("投资3500万元的二三级供水管网改造、836万元的背街巷道改造等项目全面完工。", "二三级供水管网改造投资"),
    ("拓新药业总投资5亿元的年产1000吨核苷食品营养强化剂项目开工。", "拓新药业年产核苷食品营养强化剂项目总投资"),
])
def test_an_amount_spent_is_named_by_what_it_was_spent_on(text: str, name: str) -> None:
    assert names(f"一、工作回顾\n{text}\n")[0] == name


def test_a_spending_verb_with_a_whole_clause_after_it_keeps_its_own_name() -> None:
    text = "一、工作回顾\n固定资产投资12.5亿元,同比增长8%。\n"
    assert names(text) == ["固定资产投资"]


@pytest.mark.parametrize(("text", "expected"), [
    ("固定资产投资、工业投资、服务业投资均增长12%左右。", ["固定资产投资", "工业投资", "服务业投资"]),
    ("城镇和农村居民人均可支配收入均增长8%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("经开区规上工业增加值同比增长23.5%,五年平均增长14.8%。", ["经开区规上工业增加值", "经开区规上工业增加值五年平均"]),
])
def test_one_rate_for_each_metric_of_a_list_and_a_rate_measured_another_way(text: str, expected: list[str]) -> None:
    assert names(f"一、工作回顾\n{text}\n") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("经开区规上工业增加值同比增长23.5%,两年平均增长14.8%。", ("经开区规上工业增加值两年平均增长", 14.8, "%", None)),
    ("固定资产投资同比下降3.2%,两年平均下降10.72%。", ("固定资产投资两年平均下降", 10.72, "%", None)),
])
def test_an_average_over_two_years_after_the_metrics_own_rate_is_a_level_in_percent(
    text: str, expected: tuple[str, float, str, None],
) -> None:
    last = parse_report(f"一、工作回顾\n{text}\n", OFFLINE).indicators[-1]
    assert (last.name, last.value, last.unit, last.yoy_pct) == expected


def test_an_intro_before_a_review_heading_leads_the_review_but_its_overview_sentence_is_framing() -> None:
    text = (
        "今年以来,在区委的坚强领导下,全区上下紧紧围绕发展战略,实现了经济社会平稳发展。前三季度,全镇完成工业总产值15.16亿元,同比增长19%。\n"
        "一、2022年工作回顾\n(一)主要指标快速增长。地区生产总值增长6.1%。\n"
    )
    assert achievements(text) == ["全镇完成工业总产值15.16亿元", "主要指标快速增长"]


def problems(text: str) -> list[str]:
    return [p.text for p in parse_report(text, OFFLINE).problems]


def test_the_sub_headings_of_a_problems_part_state_its_problems_one_per_clause() -> None:
    text = (
        "四.存在的主要困难和问题\n(一)新增项目少 , 增长缺乏后劲支撑\n园区招商工作呈现洽谈项目多 , 落地项目少 。园区增长缺乏后劲支撑 。\n"
        "(二)建设资金投入乏力 , 项目建设进展缓慢\n由于建设资金后续乏力 , 项目建设进展缓慢 。\n"
    )
    assert problems(text) == ["新增项目少", "增长缺乏后劲支撑", "建设资金投入乏力", "项目建设进展缓慢"]


def test_a_rate_written_with_a_minus_after_its_verb_is_negative() -> None:
    [record] = parse_report("一、工作回顾\n全区实现规上工业总产值17亿元,同比增长-1.37%。\n", OFFLINE).indicators
    assert (record.value, record.yoy_pct) == (17, -1.37)


@pytest.mark.parametrize(("text", "expected"), [
    # a PDF's spacing inside the words of a rate and of a completion phrase
    ("主营业务收入 15.12 亿元,同期增 长 21.05%。", [("主营业务收入", 15.12, 21.05, None)]),
    ("完成地方财政收入 1121 万元,同期增长186.4%,已完成年初预算总额的 86.6%。", [("地方财政收入", 1121, 186.4, 86.6)]),
    ("完成省下达全年目标数的49%。", [("省下达全年目标数的", None, None, 49)]),
])
def test_rates_and_completions_in_other_words(text: str, expected: list[tuple]) -> None:
    found = parse_report(f"一、工作回顾\n{text}\n", OFFLINE).indicators
    assert [(i.name, i.value, i.yoy_pct, i.target_completion_pct) for i in found] == expected


@pytest.mark.parametrize("text", [
    "培育一批产值超5亿元、税收超1000万元的龙头企业。",  # thresholds that qualify a noun
    "选择政府投资1000万元以上、社会投资2亿元以上的项目纳入计划。",  # thresholds said with 以上
    "乡政府驻地距县城12公里。",  # where a place lies
    "分别为投资的汇强重工年产 2500 台多功能垃圾压缩设备生产项目。",  # a capacity in a project's name
    "规上工业增加值持续6个月稳居全市第一。",  # a duration
])
def test_figures_that_are_part_of_a_name_or_a_duration_are_no_records(text: str) -> None:
    assert parse_report(f"一、工作回顾\n{text}\n", OFFLINE).indicators == []


@pytest.mark.parametrize(("text", "expected"), [
    ("地区生产总值增长8.1%,增速居全市第2位。", ["地区生产总值", "地区生产总值增速排名"]),
    ("主营业务收入1597.41亿元,居全省第4位。", ["主营业务收入", "主营业务收入排名"]),
    ("施工项目528个,位居全市第5位。", ["施工项目", "施工项目排名"]),
    ("财政收入完成1.2亿元,比上年实际增加703万元。", ["财政收入", "财政收入比上年实际增加"]),
    ("农村居民人均可支配收入8000元,比上年增长838元。", ["农村居民人均可支配收入", "农村居民人均可支配收入比上年"]),
    ("森林覆盖率达到43%,比2011年提高了6个百分点。", ["森林覆盖率", "森林覆盖率比2011年提高"]),
    ("低保标准由月人均18元提高到32元以上。", ["低保标准", "低保标准"]),  # from one level to the next, per head
    ("居民储蓄存款余额达48亿元,是 2011 年的 3.14 倍。", ["居民储蓄存款余额", "居民储蓄存款余额是 2011 年的"]),
    ("⑦投资3000万元实施节水灌溉。2016 年县财政投入 1081万元。发放救助款120万元。", ["节水灌溉投资", "县财政投入", "救助款"]),
    ("加快推进7公顷工业用地报批。", ["工业用地报批"]),
    ("去年共谋划386个项目。", ["项目"]),
    ("一季度全县有26家规模工业企业,初步筛选出2家科技型中小企业。", ["规模工业企业", "科技型中小企业"]),
    ("完成北银、裕园2个老旧小区改造。", ["老旧小区改造"]),
    ("新建的7个便民连锁超市全部投入使用。", ["便民连锁超市全部投入使用"]),
    ("全县共设立569个卡口。有效管控253个村庄生活污水。", ["卡口", "村庄生活污水"]),  # scope, manner and verb: the noun after
    ("因地制宜实施50公里农村公路建设。", ["农村公路建设"]),
    ("建设库容5.2万吨的粮食储备库。", ["粮食储备库库容"]),  # the size said before the thing it measures
    ("举办书画展、摄影展、民俗展等各类展览30次。粮食产量稳定在16万吨以上。", ["各类展览", "粮食产量"]),  # the class listed, not its examples
    ("新建小学、中等职业学校5所。", ["新建小学、中等职业学校"]),  # 中等 lists nothing
    ("城区面积由6.7平方公里拓展到8.5平方公里。", ["城区面积", "城区面积"]),  # the value reached keeps the metric
    ("企业开办时间从8个工作日压减至3个工作日。", ["企业开办时间", "企业开办时间"]),
    ("全国重点实验室从15家跃升到38家。", ["全国重点实验室", "全国重点实验室"]),
    ("一、二、三产业比由35.8:35.4:28.8调整为28.3:43.9:27.8。", ["一、二、三产业比"] * 6),  # a structure's parts share its name
])
def test_a_name_from_the_metric_before_or_the_noun_after(text: str, expected: list[str]) -> None:
    assert names(f"一、工作回顾\n{text}\n") == expected


def plans(text: str) -> list[str]:
    return [p.text for p in parse_report(text, OFFLINE).plans]


def test_a_plan_said_in_passing_in_a_review_is_a_plan() -> None:
    text = "一、工作回顾\n11月,小镇客厅设计方案已经初步完成,明年争创省级特色小镇。全年新增企业12家。\n"
    assert plans(text) == ["明年争创省级特色小镇"]


def test_a_sentence_listing_tasks_gives_one_plan_per_task_clause_but_not_its_guidance() -> None:
    text = (
        "二、2019年工作安排\n为实现上述目标,我们将紧紧围绕区委提出的工作主线,狠抓“三件大事”不动摇,坚定不移推进“五项重点工作”,"
        "继续推进国际化的文化旅游名城建设,奋力开创新局面。\n"
    )
    assert plans(text) == ["狠抓“三件大事”不动摇", "坚定不移推进“五项重点工作”", "继续推进国际化的文化旅游名城建设"]
    guidance = "二、2019年工作安排\n今年政府工作的总体要求是:全面贯彻党的精神,坚持稳中求进,狠抓项目建设,推动高质量发展。\n"
    assert plans(guidance) == []


def test_problems_shown_as_a_list_are_split() -> None:
    text = "一、上半年工作回顾\n我们的差距突出表现在征地拆迁进度慢、项目进展不平衡、新增开工项目少等方面。\n"
    assert problems(text)[-3:] == ["征地拆迁进度慢", "项目进展不平衡", "新增开工项目少"]


def test_an_effort_frame_is_skipped_for_the_clause_that_states_the_result() -> None:
    text = "一、上半年工作回顾\n今年上半年,通过全区上下特别是在座各位的不懈努力,高新区整体工作进展良好。\n"
    assert achievements(text) == ["高新区整体工作进展良好"]


def test_a_thanks_paragraph_and_a_title_line_give_no_achievement() -> None:
    text = (
        "开启新征程 夺取新胜利 奋力实现高质量发展良好开局\n"
        "一、五年工作回顾\n全年新增市场主体5015家,同比增长12%。\n"
        "各位代表,五年来,我们共同经受了洪涝灾害的严峻考验,收获了令人振奋的发展实绩。在此,我代表区人民政府,"
        "向全区人民表示衷心的感谢!\n"
    )
    assert achievements(text) == ["全年新增市场主体5015家"]


def test_a_short_news_paragraph_that_speaks_only_of_the_past_is_review() -> None:
    text = "2022年,济宁经开区全力培育高端装备制造产业。6个市级百项技改项目全部开工,投资完成率151%。\n"
    assert achievements(text) == ["济宁经开区全力培育高端装备制造产业", "6个市级百项技改项目全部开工"]


def test_a_respectively_list_of_rates_without_values_gives_one_record_per_listed_metric() -> None:
    text = "一、工作回顾\n全年,省411项目、省重点项目、市重点项目分别完成年度目标任务的122.1%、118.7%、120%。\n"
    found = parse_report(text, OFFLINE).indicators
    assert [(i.name, i.target_completion_pct) for i in found] == [("省411项目", 122.1), ("省重点项目", 118.7), ("市重点项目", 120)]


@pytest.mark.parametrize("text, expected", [
    ("刑事、治安案件发案数分别下降11%和29%。", [("刑事案件发案数", -11.0), ("治安案件发案数", -29.0)]),
    ("城乡常住居民人均可支配收入分别增长7%和8%左右。", [("城镇常住居民人均可支配收入", 7.0), ("农村常住居民人均可支配收入", 8.0)]),
    ("城镇居民可支配收入、农民人均纯收入分别增长12%以上。", [("城镇居民可支配收入", 12.0), ("农民人均纯收入", 12.0)]),
    # the list named by the clause before the rates'
    ("2021年旅游收入、游客人数再创新高，分别增长16.4%、15.8%。", [("旅游收入", 16.4), ("游客人数", 15.8)]),
    ("2019年空气综合指数、PM2.5浓度实现“双下降”，分别下降2.31%、7.89%。", [("空气综合指数", -2.31), ("PM2.5浓度", -7.89)]),
    ("研发费用加计扣除政策享受户数与金额，分别增长21.43%和42.68%。", [("研发费用加计扣除政策享受户数", 21.43), ("金额", 42.68)]),
    # 增速 or 下降幅度 before 分别, 及 inside a name, a paired word inside a name, one metric with several rates
    ("新能源及智能电网、新材料、生物医药健康产业增速分别达到15.6%、33.1%、12.9%。",
     [("新能源及智能电网", 15.6), ("新材料", 33.1), ("生物医药健康产业", 12.9)]),
    ("PM2.5、PM10平均浓度下降幅度分别为45.26%、38.78%。", [("PM2.5平均浓度下降幅度", -45.26), ("PM10平均浓度下降幅度", -38.78)]),
    ("金融机构存贷款余额年均分别增长4.5%、17.2%。", [("金融机构存款余额", 4.5), ("金融机构贷款余额", 17.2)]),
    ("工业增加值增速分别为5%、6%。", [("工业增加值", 5.0), ("工业增加值", 6.0)]),
    ("全省国内生产总值年均增长率要达到8—9％。", [("国内生产总值", 8.0)]),  # 要 between the growth word and its verb
    ("化学需氧量、氨氮排放量分别削减1.2%和2.7%。", [("化学需氧量", -1.2), ("氨氮排放量", -2.7)]),  # a cut of what it follows
    ("化学需氧量、二氧化硫和氨氮排放量均削减1.5%以上。", [("化学需氧量", -1.5), ("二氧化硫", -1.5), ("氨氮排放量", -1.5)]),  # one cut of each
    ("建筑业、服务业增加值分别增长10%、12%。", [("建筑业增加值", 10.0), ("服务业增加值", 12.0)]),  # 建筑业 shares the last part's tail
    ("规上工业企业实现利税、利润再创新高，分别增长15%、16%。", [("规上工业企业实现利税", 15.0), ("利润", 16.0)]),  # the last subject end
    ("全省经济增长预期目标确定为10％。", [("经济增长预期目标确定", 10.0)]),  # a growth target is a rate
    ("居民消费价格涨幅控制在3%左右。", [("居民消费价格涨幅", 3.0)]),  # a rise held to a bound is a rate (the corpus: 36 of 41 so)
])
def test_a_respectively_list_joined_by_and_signs_and_names_every_rate(text: str, expected: list[tuple]) -> None:
    found = parse_report(f"一、工作回顾\n{text}\n", OFFLINE).indicators
    assert [(i.name, i.yoy_pct) for i in found] == expected
    assert all(i.value is None for i in found)


def test_a_paired_word_inside_a_name_splits_it_only_when_several_figures_are_said() -> None:
    found = parse_report("一、工作回顾\n外贸进出口总额年均增长5.1%。\n", OFFLINE).indicators
    assert [(i.name, i.yoy_pct) for i in found] == [("外贸进出口总额", 5.1)]


def test_a_bare_rank_after_a_metric_is_its_rank_and_an_ordinal_is_none() -> None:
    found = parse_report("一、工作回顾\nGDP同比增长6.9%,全市第2。该企业成为全省第3家上市公司。\n", OFFLINE).indicators
    assert [(i.name, i.value, i.unit) for i in found] == [("GDP", None, None), ("GDP排名", 2.0, "位")]


@pytest.mark.parametrize("text", [
    "在短短3个多月的时间里,新引进项目一批。",  # a span of time
    "区领导以及驻区金融机构、重点企业代表等共300多人参加会议。",  # who came to the meeting
    "前8个月全县经济运行平稳。",  # a span of time
    "工业增速有3个月居全市前列。",
    "增速远远高于全国水平(全国6.3%)。",  # another body's figure, a yardstick
    "会议应出席代表181名，实际出席158名，符合法定人数。",  # who came to the meeting
])
def test_a_span_of_time_or_a_meetings_attendance_is_no_indicator(text: str) -> None:
    assert parse_report(f"一、工作回顾\n{text}\n", OFFLINE).indicators == []


def test_a_plan_documents_unheaded_figures_are_targets() -> None:
    text = "县工业园区2024年工作计划\n到年底,园区建成面积达5平方公里,全县园区工业增加值突破40亿元。\n"
    assert {i.kind for i in parse_report(text, OFFLINE).indicators} == {"target"}


def test_a_news_paragraph_that_only_looks_ahead_lists_plans() -> None:
    text = (
        "会议指出,2024年要抢抓深中通道通车历史性机遇,大力实施“1+5”战略,着力实施五大提升行动,"
        "加快建设现代化产业新城,打造全国一流国家级高新区。\n"
    )
    assert plans(text) == [  # the meeting's own 要 opens the first task (its gold counts 抢抓…机遇 too)
        "2024年要抢抓深中通道通车历史性机遇", "大力实施“1+5”战略", "着力实施五大提升行动", "加快建设现代化产业新城", "打造全国一流国家级高新区",
    ]


def test_a_shortfall_is_no_achievement_and_a_plan_document_reviews_nothing_unheaded() -> None:
    review = "一、工作回顾\n区位、资源、劳动力等优势发挥不充分。全年新增企业12家。\n"
    assert achievements(review) == ["全年新增企业12家"]
    plan = "县工业园区2024年工作计划\n县工业园将立足当前,着眼长远,全县园区工业增加值突破40亿元。\n"
    assert achievements(plan) == []


def test_a_paragraph_headed_by_a_fall_in_growth_states_a_problem_not_a_result() -> None:
    text = (
        "一、经济运行情况\n第一产业平稳增长。上半年,农林牧渔业产值增长2%,粮食产量增长15.1%,蔬菜产量增长1.5%。\n"
        "第三产业增势放缓。上半年,第三产业增加值增长3.8%,增幅比一季度回落1.2个百分点,批发零售业下降5.2%。\n"
    )
    assert achievements(text) == ["第一产业平稳增长"]
    assert problems(text) == ["第三产业增势放缓"]


@pytest.mark.parametrize("head", [
    "GDP增速呈下降态势", "工业经济增长小幅回落", "轻重工业发展失衡", "固定资产投资小幅下滑", "我们的增速相比去年同期有所回落",
    "全区规模以上工业总产值增速逐月下降", "投资增速持续低位运行", "后半年投资形势更加严峻",
])
def test_a_fall_in_the_bodys_own_growth_is_a_shortfall(head: str) -> None:
    assert problems(f"一、经济运行情况\n{head}。上半年,全县实现地区生产总值107.4亿元,下降2.8%,居全市第九位。\n") == [head]


@pytest.mark.parametrize("head", ["单位生产总值能耗持续下降", "刑事案件发案率呈下降态势", "义务教育阶段辍学率持续下滑", "居民消费价格涨幅有所回落"])
def test_a_fall_that_is_good_news_stays_a_result(head: str) -> None:
    text = f"一、工作回顾\n{head}。全年单位生产总值能耗下降4.2%,PM2.5平均浓度下降8%,全县新建学校3所。\n"
    assert (achievements(text), problems(text)) == ([head], [])


def test_a_growth_held_from_falling_is_no_shortfall() -> None:
    assert problems("一、工作回顾\n我们力保“经济不下滑、稳定不出事”,全年新建项目12个。\n") == []


def test_an_unheaded_paragraph_that_turns_to_the_next_year_reviews_only_up_to_the_turn() -> None:
    text = (
        "2017年,全市建成高标准农田4万亩,新增农民创业8238人。完成农村公路提档升级101.5公里。"
        "2018年是实施乡村振兴战略的起步之年,全市将新建高标准农田3.8万亩。完成成片林改造更新3000亩,确保经济薄弱村脱贫率达80%以上。\n"
    )
    assert achievements(text) == ["全市建成高标准农田4万亩", "完成农村公路提档升级101.5公里"]
    kinds = [(i.value, i.kind) for i in parse_report(text, OFFLINE).indicators]
    assert kinds == [(4.0, "actual"), (8238.0, "actual"), (101.5, "actual"), (3.8, "target"), (3000.0, "target"), (80.0, "target")]


@pytest.mark.parametrize("sentence", [
    "会议还对三季度以来经济形势进行了研判。",
    "国地税、商务、住建等部门也分别就完成下半年各自目标提出了具体的路线图和时间进度表。",
    "区委书记周玉梅在讲话中动员全区人民坚定信心,真抓实干。",
    "3月10日下午的全市三级干部会议上,市委常委总结了全市三农工作。",
    "会议听取审议了鹿乡镇政府工作报告。",
    "下面是小编收集整理的2017年广州市政府工作报告。",
    "一年来的主要工作和成效有。",
    "相关同志对上半年全市工业整体情况进行了总结。",
    "云上潜江报道 3月1日,王场镇召开经济工作会议。",
    "2013年是加快发展、奋力崛起的关键一年。",
    "主要经济指标运行特点简析如下。",
    "以下一组摘自政府工作报告的数据表明。",
    "市委书记认真听取汇报。",
    "目前正值决战四季度、全力冲刺的关键时刻。",
    "经开区领导张勇、赵天晟参加会议。",
])
def test_a_meeting_report_s_framing_and_a_page_s_blurb_are_no_achievements(sentence: str) -> None:
    assert achievements(f"上半年,全市完成地区生产总值120亿元,同比增长6.5%。{sentence}\n") == ["全市完成地区生产总值120亿元"]


@pytest.mark.parametrize(("sentence", "achievement"), [
    ("第五届桃花旅游文化节隆重开幕,接待游客12万人次。", "第五届桃花旅游文化节隆重开幕"),
    ("《县国土空间总体规划》经县人大常委会审议通过。", "《县国土空间总体规划》经县人大常委会审议通过"),
    ("全面开展非遗普查,收集整理民间故事300余篇。", "全面开展非遗普查"),
    ("新建县第二实验小学,占地面积80亩,新增学位2700个。", "新建县第二实验小学"),
])
def test_a_result_that_names_an_opening_an_approval_or_a_size_is_still_a_result(sentence: str, achievement: str) -> None:
    assert achievements(f"一、工作回顾\n{sentence}\n") == [achievement]


@pytest.mark.parametrize(("clause", "problem"), [
    ("这几项主要指标增速处于各县区末位", True),
    ("一直拖全市发展的后腿", True),
    ("这次出现大滑坡", True),
    ("由领跑变成跟跑、甚至掉队", True),
    ("不拖园区经济社会建设后腿", False),
    ("我区的扶贫案例在央视节目《决不掉队》中播出", False),
    ("推行干部末位淘汰制", False),
    ("万元GDP能耗远远低于全省平均水平", False),
])
def test_a_place_lost_among_peers_is_a_shortfall(clause: str, problem: bool) -> None:
    assert bool(problems(f"一、经济运行情况\n前三季度,全县完成生产总值176亿元。{clause},非常危险。\n")) == problem


def test_a_problem_items_long_first_sentence_gives_its_first_clause_and_each_shortfall_after_it() -> None:
    text = (
        "回顾一年工作,我们也清醒地认识到,面临的困难和问题依然突出。"
        "一是经济下行压力仍然很大,受内外环境影响,全州经济总体止滑企稳,但部分经济指标波动较大。"
        "二是支柱产业单一,韧性不足。\n"
    )
    assert problems(text) == ["经济下行压力仍然很大", "部分经济指标波动较大", "支柱产业单一,韧性不足"]
    plain = "我们也清醒地认识到,面临的困难和问题依然突出。一是工业经济运行困难,企业订单减少,原材料价格上涨,部分企业停产半停产。\n"
    assert problems(plain) == ["工业经济运行困难", "企业订单减少", "原材料价格上涨", "部分企业停产半停产"]


def test_a_paragraph_that_calls_the_results_hard_won_and_then_lists_them_reviews() -> None:
    text = "一、工作回顾\n过去一年,成绩来之不易。我们成功引进比亚迪新能源汽车零部件项目。建成投用县人民医院新院区。\n"
    assert achievements(text) == ["我们成功引进比亚迪新能源汽车零部件项目", "建成投用县人民医院新院区"]


def test_a_paragraph_that_calls_the_results_hard_won_and_states_none_gives_no_achievement() -> None:
    text = (
        "一、过去一年工作回顾\n全年引进项目32个,新增规上企业12家。\n"
        "奋斗充满艰辛,成绩来之不易。过去一年,我们既看长远,又盯当下,果断地淘汰了一批高污染、高耗能的企业。\n"
        "我们深感成绩来之不易。全年实现地区生产总值210亿元,同比增长5.8%。\n"
    )
    assert achievements(text) == ["全年引进项目32个", "全年实现地区生产总值210亿元"]


def test_problems_listed_before_the_word_that_names_them_are_one_each() -> None:
    text = "上半年,全区经济保持平稳增长,但存在新开工的大项目不足、项目建设推进不快、财税收入增收难度大等困难和问题。下半年,要抓好经济运行调度。\n"
    assert problems(text) == ["新开工的大项目不足", "项目建设推进不快", "财税收入增收难度大"]
    assert problems("上半年,全区经济保持平稳增长,存在的问题正在逐步解决。\n") == []
    assert problems("一、工作回顾\n全县在建工程项目不存在拖欠农民工工资、违规转包分包等问题。\n") == []  # denied
    assert problems("一、工作回顾\n查处存在无证经营、超范围经营、卫生条件差等问题的小作坊120家。\n") == []  # others', dealt with


def test_a_plan_paragraph_that_ends_by_announcing_a_report_still_sets_its_tasks() -> None:
    text = "一、2024年工作安排\n2024年,我们将加快园区基础设施建设,全力推进项目招引。具体工作汇报如下。\n"
    assert plans(text) != []


def test_the_opening_of_a_summary_that_reports_work_done_sets_no_tasks() -> None:
    text = (
        "旅游局上半年工作总结\n今年全县旅游发展以富民兴旅三年行动计划为契机,积极打造“中国氧都”品牌,进一步改善旅游交通条件,"
        "加快景区的开发建设和品质提升,推进创建广西特色旅游名县工作。现将工作汇报如下:\n一、上半年主要工作\n(一)旅游经济稳步增长\n"
    )
    assert plans(text) == []


def test_a_problem_item_under_no_heading_states_its_problems_clause_by_clause() -> None:
    text = (
        "一是产业发展不足,贫困人口较多。农业总体上还是粗放生产,果业产业化经营尚处在初级发展阶段,耕地面积6019亩。\n"
        "二是以问题为导向,进一步转变工作作风。全年办结群众来信来访120件。\n"
    )
    assert problems(text) == ["产业发展不足,贫困人口较多", "农业总体上还是粗放生产", "果业产业化经营尚处在初级发展阶段"]


def test_a_long_speaker_clause_is_who_speaks_not_what_was_done() -> None:
    text = "一、工作回顾\n武进区委副书记、经开区党工委书记顾伟国表示,2018年经开区突出严治理、强管理,生态环境呈现新面貌。\n"
    assert achievements(text) == ["2018年经开区突出严治理、强管理"]


def test_a_problems_causes_and_exceptions_are_no_problems() -> None:
    text = "二、存在的问题\n受“营改增”和减税降费等政策影响,财政收支矛盾十分突出;除卷烟外,县属企业规模偏小。\n"
    assert problems(text) == ["财政收支矛盾十分突出", "县属企业规模偏小"]


def test_the_tasks_a_speaker_requires_in_a_meeting_report_are_plans() -> None:
    text = (
        "会上,李鸿雁对全区上半年工作进行总结点评。李鸿雁要求,接下来,各部门单位要正视问题,切实增强紧迫感;"
        "要把握工作重点,狠抓“双招双引”;大家要认真学习会议精神;高新区的各主要经济指标增幅均在25%以上。\n"
    )
    assert plans(text) == ["各部门单位要正视问题", "要把握工作重点"]  # not the call to study, not 主要
    clauses = "会议同时要求,各县(市、区)要坚决扛牢稳增长的主体责任,要切实抓好问题协调和服务,要素保障更加有力。\n"
    assert plans(clauses) == ["各县(市、区)要坚决扛牢稳增长的主体责任", "要切实抓好问题协调和服务"]  # not 要素
    said = "记者采访了区长赵会勇,他表示,金凤区将聚焦现代都市风貌打造和品质提升,重点发展总部经济。\n金凤区也将积极融入自治区“九大产业”发展,强化招商。\n"
    assert plans(said) == ["金凤区将聚焦现代都市风貌打造和品质提升", "金凤区也将积极融入自治区“九大产业”发展"]  # what the body will do


@pytest.mark.parametrize("sentence", ["一期拟建建筑面积13万平米。", "固定资产投资增幅不低于25%。"])
def test_a_planned_or_floor_figure_in_a_review_is_a_target(sentence: str) -> None:
    assert [k for *_, k in indicators(f"一、工作回顾\n{sentence}\n")] == ["target"]


def test_one_value_said_of_each_listed_metric_gives_each_a_record() -> None:
    found = indicators("一、工作回顾\n危险废物安全处置率、受污染耕地安全利用率均达100%。\n")
    assert [(n, v, u) for n, v, u, *_ in found] == [("危险废物安全处置率", 100, "%"), ("受污染耕地安全利用率", 100, "%")]
    # 保定市 十二五 规划纲要 (tests/corpus/be6_01): one value said respectively of each, not a list of values
    found = indicators("二、十二五目标\n力争食品饮料业、化工医药业和金属冶炼加工业分别达到500亿元以上。\n")
    assert [(n, v, u) for n, v, u, *_ in found] == [("食品饮料业", 500, "亿元"), ("化工医药业", 500, "亿元"), ("金属冶炼加工业", 500, "亿元")]
    listed = indicators("一、工作回顾\n肉、蛋、奶产量分别达到2.8万吨、5.5万吨和8.5万吨。\n")
    assert [(n, v) for n, v, *_ in listed] == [("肉产量", 2.8), ("蛋产量", 5.5), ("奶产量", 8.5)]


def test_a_figure_measured_against_the_target_is_a_result() -> None:
    found = indicators("一、工作回顾\n生产总值增长8%,比年度预期目标增幅低3.6个百分点。\n")
    assert [k for *_, k in found] == ["actual", "actual"]


def test_run_in_task_heads_that_say_how_before_the_verb_are_plans() -> None:
    text = (
        "三、2026年重点工作\n(一)立足长治久安,建设更高水平平安西藏\n"
        "坚决维护社会大局稳定。完善反分维稳工作机制,严厉打击各类违法犯罪,提升矛盾纠纷排查化解水平。\n"
        "稳步发展特色农牧业。严守耕地红线,加力实施粮食产能提升行动,建设一批特色农产品生产基地。\n"
    )
    assert plans(text) == ["坚决维护社会大局稳定", "稳步发展特色农牧业"]


def test_a_problem_heading_body_names_further_shortfalls_but_not_the_heading_again() -> None:
    text = (
        "二、存在问题\n(一)气象监测预警能力有待加强。\n"
        "气象人才人员不足,经费保障不足,部分站点选址有问题,监测预警能力有待加强。\n"
        "(二)项目谋划和项目进展偏慢\n台站基础设施建设项目前期进展偏慢。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == ["气象监测预警能力有待加强", "气象人才人员不足", "经费保障不足", "部分站点选址有问题", "项目谋划和项目进展偏慢", "台站基础设施建设项目前期进展偏慢"]


def test_a_review_paragraph_opened_by_its_period_then_a_verdict_is_one_item() -> None:
    text = (
        "一、工作回顾\n这五年，我区经济繁荣的基础更加坚实。地区生产总值跨越5000亿元大关，年均增长5.7%，人均地区生产总值超过1万美元。\n"
        "这五年，我区环境优美的底色更加亮丽。完成林草生态治理1000多万亩，地级市全部达到国家节水型城市标准。\n"
    )
    assert achievements(text) == ["我区经济繁荣的基础更加坚实", "我区环境优美的底色更加亮丽"]


def test_a_short_head_led_in_by_the_year_looked_back_on_makes_its_paragraph_one_item() -> None:
    details = "16个省市重点项目完成投资26亿元，年度完成率为139.4%。全年招引项目41个，总投资超60亿元。"
    text = (
        f"一、2021年工作回顾\n回首2021，我们激情奋进勇争先，综合实力取得新成绩。\n全年生产总值同比增长7.2%。{details}\n"
        f"回首2021，我们砥砺奋进谋发展，积蓄跨越赶超新动能。项目建设卓有成效。{details}招商引资成果丰硕。{details}\n"
        "一路走来，感谢市委、市政府的殷切关怀、指路定向。县级领导班子换届后，书记第一站就专程来到我县。\n"
    )  # a head on a line of its own heads the paragraph after it; the heads inside a headed paragraph are its details; thanks report nothing
    assert achievements(text) == ["我们激情奋进勇争先，综合实力取得新成绩", "我们砥砺奋进谋发展，积蓄跨越赶超新动能"]


def test_the_period_that_leads_a_head_is_never_the_quote() -> None:
    details = "全县生产总值完成53.42亿元,年均递增13%。"
    text = (
        f"一、过去五年工作回顾\n过去的五年，经济保持平稳较快发展，综合实力明显增强。\n主要经济指标稳步增长。{details}\n"
        f"人民生活条件不断改善。{details}\n过去的五年，产业结构不断优化，发展活力大幅提升。\n工业发展取得较大突破。{details}\n"
        f"服装产业再上新水平。{details}\n"
    )
    found = achievements(text)  # 过去的五年 leads a head in; it is no accomplishment of its own
    assert "过去的五年" not in found and {"经济保持平稳较快发展，综合实力明显增强", "产业结构不断优化，发展活力大幅提升"} <= set(found)


def test_a_dashed_head_makes_its_paragraph_one_item_and_a_row_of_terse_heads_sets_one_task_each() -> None:
    review = (
        "一、2004年工作回顾\n——农业结构调整不断深入，农村经济进一步发展。认真贯彻中央1号文件精神，落实各项惠农政策。"
        "特色产业规模不断扩大。草莓种植面积达到2万亩。无公害生产水平稳步提高。新认证无公害产品3个。\n"
        "——工业经济快速增长，发展后劲不断增强。全部工业增加值完成18亿元。\n"
    )
    assert achievements(review) == ["农业结构调整不断深入，农村经济进一步发展", "工业经济快速增长，发展后劲不断增强"]
    tasks = "".join(f"{head}围绕新产品、深加工，加大技改投入，全县技改投入要达到1.3亿元以上。\n" for head in ("抓技改，提质量。", "抓素质，强管理。", "抓重点，带全局。"))
    assert plans(f"二、2005年主要任务\n{tasks}") == ["抓技改，提质量", "抓素质，强管理", "抓重点，带全局"]


def test_a_numbered_review_item_followed_by_run_in_heads_is_their_heading() -> None:
    text = (
        "一、工作回顾\n一是突出打好“六个攻坚战”，经济高质量发展跃上新台阶。紧紧围绕稳就业、稳企业，组织开展65个专项行动。\n"
        "内需拉动明显增强。组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元。\n"
        "产业升级步伐加快。启动实施特色优势产业高质量发展三年行动计划，规模以上高技术制造业增加值增长13.8%。\n"
    )
    assert achievements(text) == ["内需拉动明显增强", "产业升级步伐加快"]


def test_a_paragraph_headed_by_its_year_or_by_a_period_characterized_is_one_item() -> None:
    text = (
        "一、工作回顾\n这一年，自治区成立60周年庆祝活动隆重举行。我们精心开展一系列庆祝活动和各类群众性活动，充分展示历史性成就。\n"
        "这五年是西藏发展最好变化最大的五年。我们把高质量发展作为新时代的硬道理，地区生产总值年均增长6.3%。\n"
    )
    assert achievements(text) == ["自治区成立60周年庆祝活动隆重举行", "这五年是西藏发展最好变化最大的五年"]


def test_a_dash_with_a_space_after_it_still_marks_a_head() -> None:
    text = (  # 涞源县 2021 政府工作报告 (tests/corpus/au5_01) sets a space after each dash
        "一、工作回顾\n—— 这是贫困群众民生福祉更加殷实的五年。面对脱贫攻坚的繁重任务，174个贫困村全部实现高质量退出。\n"
        "——\u3000这是产业加速转型实现绿色发展的五年。成功举办了河北省首届旅游产业发展大会，累计投资32亿元。\n"
    )
    assert achievements(text) == ["这是贫困群众民生福祉更加殷实的五年", "这是产业加速转型实现绿色发展的五年"]


def test_what_a_saying_that_lead_leads_into_is_one_accomplishment_per_piece() -> None:
    text = (  # 保定市 2026 政府工作报告 as printed (tests/corpus/ba6_01), under a part titled …发展回顾
        "闫继红在保定市十六届人大七次会议上的政府工作报告（摘登）\n“十四五”时期经济社会发展回顾\n"
        "过去五年，是保定发展史上极不寻常、极不平凡的五年。让我们倍感欣慰的是，主城区城中村改造基本完成，17.63万群众安居圆梦；"
        "实施民生实事112项，撬动民生服务“大提升”；居民人均可支配收入五年增长近万元。\n"
    )
    assert achievements(text) == ["主城区城中村改造基本完成", "实施民生实事112项", "居民人均可支配收入五年增长近万元"]


def test_a_paragraph_of_what_moved_or_touched_us_thanks_and_reports_nothing() -> None:
    text = (  # 保定市 2022 政府工作报告 (tests/corpus/ba3_01)
        "一、2021年工作回顾\n全市生产总值完成3725亿元，增长7.2%。\n扮靓新颜值，共享新生活，我们每个人都是建设者、贡献者。激情奋进的舞台没有"
        "“独角戏”，品质生活的追求没有“旁观者”。在这一年的奋斗中，最让我们感激的是，国家部委、省直厅局给予我们悉心指导和鼎力支持；"
        "最让我们感动的是，广大群众识大体、顾大局，给予政府工作最大的理解和支持。每个人都了不起、每个人都不平凡。\n"
    )
    assert achievements(text) == ["全市生产总值完成3725亿元"]


def test_a_plan_heading_over_three_paragraphs_of_their_own_is_their_category() -> None:
    tasks = "落实就业优先政策，加强职业技能培训，新增城镇就业85万人，持续推进农民工工资清欠。"
    text = (  # 河北省 2019 政府工作报告 (tests/corpus/bd6_01): (十) over paragraphs that each open with a head of their own
        "一、2018年工作回顾\n全省生产总值增长6.6%。\n二、2019年重点任务\n（十）切实保障改善民生，持续办好利民惠民实事。\n"
        f"就业是最大的民生。{tasks}\n教育寄托着千万家庭对美好生活的期盼。{tasks}\n社保是民生之依。{tasks}\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).plans, key=lambda p: p.evidence.start)]
    assert found == ["就业是最大的民生", "教育寄托着千万家庭对美好生活的期盼", "社保是民生之依"]
    one = text.split("教育寄托")[0] + "\n"  # one paragraph below: the heading is the item and its paragraph details it
    assert [p.text for p in parse_report(one, OFFLINE).plans] == ["切实保障改善民生，持续办好利民惠民实事"]
    framing = (  # paragraphs that set no task of their own detail the heading (a review of the change found this case)
        "一、2018年工作回顾\n全省生产总值增长6.6%。\n二、2019年重点任务\n（一）全力抓好重点项目建设。\n"
        "项目是经济发展的生命线，是稳增长的压舱石，也是调结构的主抓手。\n过去一年，全省重点项目完成投资超过年度计划，为经济增长提供了有力支撑。\n"
        "新的一年，形势更加复杂，任务更加艰巨，稳增长的压力前所未有，各地各部门对此要高度重视。\n"
    )
    assert [p.text for p in parse_report(framing, OFFLINE).plans] == ["全力抓好重点项目建设"]


def test_a_review_heading_over_five_paragraphs_of_their_own_is_their_category() -> None:
    paragraphs = "".join(f"{done}。\n" for done in (
        "全年粮食总产量达到2500万吨", "新建高标准农田120万亩", "农业产业化经营率提高到55%", "新增省级龙头企业30家", "农民人均纯收入增长8%",
    ))
    text = f"一、2000年工作回顾\n1、农业和农村经济稳步发展。\n{paragraphs}2、工业经济效益提高。规上工业增加值增长12%。\n"  # tests/corpus/be1_01
    assert achievements(text) == [
        "全年粮食总产量达到2500万吨", "新建高标准农田120万亩", "农业产业化经营率提高到55%", "新增省级龙头企业30家", "农民人均纯收入增长8%",
        "工业经济效益提高",
    ]
    listed = "".join(f"{figure};\n" for figure in ("规上工业增加值增速11.6%", "固定资产投资增速11.5%", "社会消费品零售总额278亿元", "财政收入28.6亿元", "税占比54.3%"))
    seed_like = f"一、2021年工作回顾\n（三）强化项目支撑，全年经济高质量运行。主要经济指标重回全市第一方阵。\n{listed}"  # seed 004: lines of a list
    assert achievements(seed_like) == ["强化项目支撑，全年经济高质量运行"]


def test_a_period_led_sentence_of_three_clauses_is_no_head_its_paragraph_read_sentence_by_sentence() -> None:
    text = (
        "一、工作回顾\n这一年，我们聚焦项目，精准招商，积聚了高质量发展新动能。10个省市重点项目投资完成率达到149.5%，"
        "中科锂电等项目进展顺利。新增6家高新技术企业，获评“河北省食品产业强县”。\n"
    )
    found = achievements(text)
    assert found == ["10个省市重点项目投资完成率达到149.5%", "新增6家高新技术企业"]  # its sentences, not one item; the lead sums them up


def test_a_period_led_sentence_of_two_long_clauses_is_no_head() -> None:
    text = (  # 河北省 2021 政府工作报告 (tests/corpus/az2_01): 29 characters after the lead make a sentence of the review
        "一、工作回顾\n这五年，我们坚定不移贯彻新发展理念，在推动高质量发展中提升综合实力。全省生产总值从2015年的2.6万亿元增长到"
        "2020年的3.62万亿元。“十三五”规划确定的约束性指标全部超额完成。\n"
    )
    assert achievements(text)[-2:] == ["全省生产总值从2015年的2.6万亿元增长到2020年的3.62万亿元", "“十三五”规划确定的约束性指标全部超额完成"]


def test_the_sentences_that_lead_into_a_paragraphs_run_in_heads_are_no_achievements() -> None:
    paragraph = (  # 博野县 2024 政府工作报告 (tests/corpus/as6_01): two sentences lead into the run-in heads
        "一年来，我们坚持扩投资、优环境，发展实力稳步提升。顶住经济下行压力，采取超常措施，推动经济发展实现质的有效提升和量的合理增长。经济运行回升向好。预计全年地区生产总值完成75.2亿元"
        "，增长6.8%；规模以上工业增加值增长20%；固定资产投资增长16.9%；社会消费品零售额增长9%。完成一般公共预算收入3.56亿元，增长10.1%。居民人均可支配收入与经济发展同"
        "步,主要指标在全市保持争先进位良好态势。项目建设持续发力。全年谋划实施总投资50.78亿元的重点项目19个，年内完成投资6.5亿元。谋划申请专项债、国债项目17个，下达资金12亿元"
        "。雄泰新能源、睿安天地、万昌广告等重点项目全面投产，国电投、华能2家央企三级子公司顺利落地，实现“零”的突破。其他重点项目均按照时序顺利推进。助企纾困扎实有效。全面落实国家、省、市"
        "稳经济政策措施，累计为企业减税降费[1]2.43亿元。深入开展“企业家早餐会”“万人助万企”系列活动，金融机构为企业发放贷款3亿元。帮助企业抢订单、拓市场，全县进出口总额突破2亿元"
        "，同比增长24.5%。新增市场主体3000余户,增长近20%。全县经济在多重压力下稳住了基本盘，展现出强大的韧性和潜能。"
    )
    heads = ["经济运行回升向好", "项目建设持续发力", "其他重点项目均按照时序顺利推进", "助企纾困扎实有效"]
    assert achievements(f"一、2023年工作回顾\n{paragraph}\n")[:4] == heads


def test_a_dashed_head_of_short_clauses_is_one_item() -> None:
    text = (
        "一、2019年工作回顾\n——2019年，我们坚持不懈补短板、树亮点，脱贫攻坚成效更加明显。突出解决“两不愁三保障”问题，"
        "扎实开展扶贫政策落实摸底提升行动。全年减贫1200人。\n"
        "——一年来，我们抢机遇、上项目，协同发展实现新跨越。项目建设加快推进，28个重点项目提速建设。\n"
        "——用情用力办实事、解难事、惠民生，社会事业全面进步。在财政异常困难情况下，投入民生资金12亿元。\n"
    )
    assert achievements(text) == [
        "我们坚持不懈补短板、树亮点，脱贫攻坚成效更加明显", "我们抢机遇、上项目，协同发展实现新跨越", "用情用力办实事、解难事、惠民生，社会事业全面进步",
    ]


def test_parallel_semicolon_pieces_opened_by_verdicts_are_one_achievement_each() -> None:
    text = (
        "一、工作回顾\n工业经济运行平稳，1至8月，全县规模以上工业实现增加值同比增长17%；固定资产投资保持较快增长，"
        "累计完成固定资产投资72.7亿元；金融运行保持平稳，存款余额164.3亿元。新开工项目52个；竣工项目18个。\n"
    )
    assert achievements(text) == ["工业经济运行平稳", "固定资产投资保持较快增长", "金融运行保持平稳", "新开工项目52个"]


def test_what_a_higher_authority_did_and_the_turn_to_problems_are_no_achievements() -> None:
    text = (
        "一、工作回顾\n2025年极不平凡。习近平总书记再次亲临西藏视察，极大鼓舞了全区上下。我们扎实推进长治久安，新建高原和美乡村180个。\n"
        "各位代表！我们也清醒地认识到，我区经济社会发展还存在不少老问题、新挑战。反分裂斗争形势依然严峻复杂。"
        "生态优势有待进一步挖掘。我们一定采取有力有效措施加以解决。\n"
        "成绩是主要的，但也存在不少问题。新增市场主体增速放缓。\n二、2026年重点工作\n一是扩大有效投资。\n"
    )
    assert achievements(text) == ["我们扎实推进长治久安"]


def test_a_problems_and_remedies_paragraph_turns_to_plans_at_its_next_step() -> None:
    text = (
        "一、主要指标完成情况\n新开工亿元以上项目45个。\n二、存在问题及下步措施\n今年以来,我市产业集聚区主要指标增速放缓,"
        "其中,固定资产投资增速下滑相对明显。下一步,我们将以重点项目观摩评价活动为抓手,着力加大项目推进力度。\n"
    )
    report = parse_report(text, OFFLINE)
    assert [p.text for p in report.problems] == ["我市产业集聚区主要指标增速放缓", "固定资产投资增速下滑相对明显"]
    assert [p.text for p in report.plans] == ["我们将以重点项目观摩评价活动为抓手"]


def test_heads_led_by_their_period_inside_one_paragraph_are_one_achievement_each() -> None:
    text = (
        "一、工作回顾\n“十四五”时期是吉林蓄势聚能的五年。这五年，发展质效持续提升。地区生产总值达到1.5万亿元。"
        "人均地区生产总值增长25%左右。这五年，产业结构持续优化。战略性新兴产业占比达18.9%。新能源产业产值增长超200%。\n"
    )
    assert achievements(text) == ["发展质效持续提升", "产业结构持续优化"]


def test_problems_that_run_on_in_the_sentence_of_a_turn_of_awareness_are_its_shortfall_clauses() -> None:
    text = (
        "一、工作回顾\n新建高标准农田2556万亩。\n总结成绩的同时，我们也清醒地认识到，发展中的老问题、新挑战仍然不少，传统产业转型任务艰巨，"
        "科创资源优势发挥不够充分；一些企业经营困难，消费、投资增长动力不足。我们要直面问题挑战。\n二、2026年工作安排\n一是扩大有效投资。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == ["发展中的老问题、新挑战仍然不少", "传统产业转型任务艰巨", "科创资源优势发挥不够充分", "一些企业经营困难", "消费、投资增长动力不足"]


def test_a_turn_of_awareness_said_again_and_again_states_its_shortfalls_in_other_words() -> None:
    text = (
        "一、工作回顾\n新建高标准农田2556万亩。\n我们不能只看到成绩，应该清醒地看到，财政收入增长还不够快；应该清醒地看到，污染治理成效还不稳定，"
        "各项指数波动幅度大，局部问题时有发生；应该清醒地看到，营商环境、办事效率还需进一步优化，个别干部精神状态与担当作为的要求还不相符。"
        "对此，我们一定要直面问题。\n二、2026年工作安排\n一是扩大有效投资。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == [
        "财政收入增长还不够快", "污染治理成效还不稳定", "各项指数波动幅度大", "局部问题时有发生", "营商环境、办事效率还需进一步优化",
        "个别干部精神状态与担当作为的要求还不相符",
    ]


def test_more_shortfalls_in_words_of_their_own_run_on_after_a_turn_of_awareness() -> None:
    text = (  # 高阳县 2015 政府工作报告 (tests/corpus/bb6_01)
        "一、工作回顾\n新建高标准农田2556万亩。\n各位代表！我们也清醒地看到，长期积累的深层矛盾和问题尚未根本改变，新兴产业还没有形成有效支撑，"
        "下行压力依然很大；资源环境约束逐年加大，生态环境建设任务繁重；财政收支矛盾突出。\n二、2015年工作安排\n一是扩大有效投资。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == [
        "长期积累的深层矛盾和问题尚未根本改变", "新兴产业还没有形成有效支撑", "下行压力依然很大", "资源环境约束逐年加大", "生态环境建设任务繁重",
        "财政收支矛盾突出",
    ]


def test_a_turn_of_awareness_said_with_qingchu_states_shortfalls_in_plain_words() -> None:
    text = (  # 保定市 2009 政府工作报告 (tests/corpus/bb8_01)
        "一、2008年工作回顾\n新建高标准农田2556万亩。\n各位代表，我们也清楚地认识到，企业创新能力弱，就业压力很大；城市管理方式粗放，"
        "规划执行不严格，房地产市场管理不规范；社会治安状况还有待改善。\n二、2009年工作安排\n一是扩大有效投资。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == ["企业创新能力弱", "就业压力很大", "城市管理方式粗放", "规划执行不严格", "房地产市场管理不规范", "社会治安状况还有待改善"]
    outside = (  # 保定市 2010 政府工作报告 (tests/corpus/bc6_01): the times are no shortfall of the body, its cadres' ways are
        "一、2009年工作回顾\n新建高标准农田2556万亩。\n各位代表，我们也清醒地看到，外部发展环境仍有许多不确定、不可预料因素，"
        "政务环境还需不断优化，有的干部改革创新意识差，有的作风漂浮。\n二、2010年工作安排\n一是扩大有效投资。\n"
    )
    found = [p.text for p in sorted(parse_report(outside, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == ["政务环境还需不断优化", "有的干部改革创新意识差", "有的作风漂浮"]
    assert achievements(text) == ["新建高标准农田2556万亩"]  # the awareness turns the review to what is still wrong


def test_problems_described_before_their_list_are_listed_and_a_problem_dealt_with_announces_none() -> None:
    text = (  # 河北省 2013 and 2009 政府工作报告 (tests/corpus/be3_01, bd4_01)
        "一、过去五年工作回顾\n积极开展专项治理工作，教育、医疗等行业存在的乱收费问题得到有效治理。政府立法工作加强，依法行政水平不断提升。\n"
        "回顾过去的五年，我们也清醒地认识到，全省经济社会发展中还存在许多需要着力解决的问题。这些问题有的是长期制约我省发展的老问题，"
        "有的是随着形势变化出现的新情况。主要是：经济发展结构性矛盾比较突出，科技创新能力不强；资源环境约束加剧。\n二、今后五年的目标\n一是扩大有效投资。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == ["经济发展结构性矛盾比较突出", "科技创新能力不强", "资源环境约束加剧"]


def test_a_question_about_problems_announces_none() -> None:
    text = (  # 武进区 2016 二季度重点项目推进会 news item (tests/corpus/bf3_01)
        "二季度已经结束,全区重点项目投资如何?新建项目开工率多少?还存在哪些问题?7月2日,全区二季度重点项目推进会举行。"
        "区委书记指出,项目工作是经济工作的生命线,在任何时候、任何情况下都不能放松。\n"
    )
    assert parse_report(text, OFFLINE).problems == []


def test_the_whole_county_told_what_to_do_ends_the_problems() -> None:
    text = (  # 夏河县 2025 上半年经济形势分析推进会 news item (tests/corpus/bf3_03)
        "会议指出,2025年上半年,全县经济运行稳中有进。但要清醒认识到,全县经济运行中仍然存在一产基础仍显薄弱,产业赋能亟待加强。"
        "全县上下要深入学习贯彻重要讲话精神,锚定目标、加压奋进,全力打好经济工作“下半场”。\n"
    )
    found = [p.text for p in sorted(parse_report(text, OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == ["全县经济运行中仍然存在一产基础仍显薄弱", "产业赋能亟待加强"]


def test_a_paragraph_led_by_this_period_and_two_clauses_is_one_item() -> None:
    text = "一、工作回顾\n这五年，我们牢记嘱托、锚定蓝图，“四个中心”功能建设不断加强。大力加强全国政治中心建设，新建项目120个。\n"
    assert achievements(text) == ["我们牢记嘱托、锚定蓝图，“四个中心”功能建设不断加强"]


def test_items_a_review_paragraph_introduces_as_problems_are_problems_not_achievements() -> None:
    text = (
        "一、2025年工作回顾\n一是保持经济平稳运行。新开工项目52个。二是加快产业优化升级。新增规上企业30家。\n"
        "成绩固然可喜，问题也不容忽视。一是生态环境本底仍然脆弱，毁林毁草现象时有发生。二是传统重化工业占比高，精深加工不足。\n"
        "二、2026年重点工作\n一是扩大有效投资。\n"
    )
    report = parse_report(text, OFFLINE)
    assert [a.text for a in report.achievements] == ["保持经济平稳运行", "加快产业优化升级"]
    assert [p.text for p in sorted(report.problems, key=lambda p: p.evidence.start)] == [
        "生态环境本底仍然脆弱", "毁林毁草现象时有发生", "传统重化工业占比高", "精深加工不足"
    ]


@pytest.mark.parametrize("clause", ["我县经济运行稳中趋缓", "外贸进出口依旧低迷", "房地产投资大幅下滑", "全区项目与产业匹配度低", "第三产业涨幅收窄"])
def test_a_slowdown_said_in_the_genres_words_is_a_problem(clause: str) -> None:
    text = f"一、上半年经济运行情况\n新开工项目52个。{clause}。\n二、下半年工作打算\n一是扩大有效投资。\n"
    assert [p.text for p in parse_report(text, OFFLINE).problems] == [clause]


@pytest.mark.parametrize("clause", ["精准聚焦补短板的主攻方向", "要对照目标找差距", "城乡居民收入差距进一步缩小"])
def test_acting_on_a_shortfall_or_narrowing_it_is_no_problem(clause: str) -> None:
    text = f"一、上半年经济运行情况\n新开工项目52个，{clause}。\n"
    assert parse_report(text, OFFLINE).problems == []


def test_a_list_of_problems_ends_at_the_turn_to_meet_them_and_the_times_are_no_problem() -> None:
    text = ("一、工作回顾\n全年完成投资57亿元。我们也清醒认识到，全省经济社会发展还面临一些困难挑战，主要是：外部环境变化影响加深，"
            "不确定难预料因素增多；创新引领、新质生产力发展还有差距；减排降碳、绿色转型压力依然较大。"
            "我们一定高度重视，采取更加有效举措积极应对、推动解决。\n")
    assert problems(text) == ["创新引领、新质生产力发展还有差距", "减排降碳、绿色转型压力依然较大"]
    cause = "一、工作回顾\n主要表现在：特别是受灾情疫情、房地产业深度调整等多重因素影响，部分预期经济指标未能实现。\n"
    assert problems(cause) == ["部分预期经济指标未能实现"]


def test_a_rank_within_a_region_of_provinces_is_a_rank_named_for_its_metric() -> None:
    found = indicators("一、工作回顾\n全省各类贷款余额增长9.1%、居中部第1位。\n")
    assert found == [("各类贷款余额", None, None, 9.1, None, "actual"), ("各类贷款余额排名", 1.0, "位", None, None, "actual")]


def test_a_paragraph_opening_on_its_own_period_after_a_run_on_item_is_read_as_a_paragraph_of_the_part() -> None:
    details = "全年新增科技型中小企业7227家,高新技术企业3200家,专精特新企业1565家。"
    text = (f"一、2025年工作回顾\n（一）精准施策稳经济，回升向好态势巩固拓展。{details}\n"
            f"——这五年，综合实力大幅跃升，实现争先进位新跨越。面对多重困难挑战，全省发展量质齐升。{details}\n"
            f"以上成绩的取得，根本在于全省人民团结奋斗。{details}\n")
    assert achievements(text) == ["精准施策稳经济，回升向好态势巩固拓展", "综合实力大幅跃升，实现争先进位新跨越"]


def test_figures_after_a_heading_that_announces_targets_are_targets_though_the_sentence_opens_before_it() -> None:
    text = "一、全市总体目标任务:按照省委、省政府的统一部署,2006年合同利用外资17亿美元,外贸出口12亿美元。\n"
    assert [(n, k) for n, *_, k in indicators(text)] == [("合同利用外资", "target"), ("外贸出口", "target")]


def test_a_count_of_laggards_states_a_problem_but_hazards_found_and_rectified_do_not() -> None:
    assert problems("一、工作回顾\n全市重点项目有8个项目进展缓慢,有11个项目进度滞后。\n") == ["全市重点项目有8个项目进展缓慢", "有11个项目进度滞后"]
    assert problems("一、工作回顾\n开展安全生产大检查,共查出各类安全隐患316条,整改隐患216条。\n") == []


def test_a_policy_package_named_by_its_size_is_no_record_and_a_count_of_roads_is() -> None:
    found = indicators("一、工作回顾\n实施促进民营经济发展壮大36条,落实管理制度改革30条。新建道路12条。\n")
    assert [(n, v) for n, v, *_ in found] == [("新建道路", 12.0)]


def test_pairs_from_a_year_to_a_year_keep_their_metric_name_their_unit_and_their_kind() -> None:
    found = indicators("一、工作回顾\n人均预期寿命从2020年的75.2岁提升至2025年的76.8岁。累计完成棚户区改造47.63万户（套）。\n")
    assert [(n, v, u, k) for n, v, u, _, _, k in found] == [
        ("人均预期寿命", 75.2, "岁", "actual"), ("人均预期寿命", 76.8, "岁", "actual"), ("棚户区改造", 47.63, "万户（套）", "actual")
    ]


def test_the_three_industries_listed_by_their_ordinals_take_a_rate_each() -> None:
    found = indicators("一、工作回顾\n其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。\n")
    assert [(n, r) for n, _, _, r, *_ in found] == [("一产增加值", 3.5), ("二产增加值", 6.0), ("三产增加值", 5.0)]


def test_a_list_of_problems_announced_without_a_colon_starts_after_its_opener() -> None:
    text = ("一、工作回顾\n全年完成投资57亿元。在看到成绩的同时,我们也认识到老问题、新挑战仍然不少,主要是消费需求依然偏弱,"
            "部分企业经营比较困难,群众就业增收难度加大。\n")
    assert problems(text) == ["我们也认识到老问题、新挑战仍然不少", "消费需求依然偏弱", "部分企业经营比较困难", "群众就业增收难度加大"]


@pytest.mark.parametrize("sentence", [
    "一、工作回顾\n全省着力稳就业、稳企业、稳市场、稳预期,地区生产总值增长5.3%。\n",
    "一、工作回顾\n以提高人均预期寿命为目标,深入实施专项行动,人均预期寿命提升至76.8岁。\n",
])
def test_words_that_hold_a_target_cue_but_set_no_target_leave_a_result_actual(sentence: str) -> None:
    assert {k for *_, k in indicators(sentence)} == {"actual"}


def test_in_a_problem_only_a_figures_own_clause_says_whether_it_was_planned() -> None:
    text = "一、存在的问题\n一是投资任务完成难度大,我区计划实施项目共18项,年内预计能完成投资5.2亿元。\n"
    assert [(v, k) for _, v, *_, k in indicators(text)] == [(18.0, "target"), (5.2, "actual")]


def test_a_milestone_passed_is_named_for_its_metric_and_a_count_after_task_verbs_for_its_noun() -> None:
    found = indicators("一、工作回顾\n全省地区生产总值迈上3万亿元台阶。加快建设6个省级粮油仓储设施项目。\n")
    assert [(n, v) for n, v, *_ in found] == [("地区生产总值", 3.0), ("省级粮油仓储设施项目", 6.0)]


def test_a_salutation_may_open_a_paragraph_that_opens_on_its_period() -> None:
    details = "全年新增科技型中小企业7227家,高新技术企业3200家,专精特新企业1565家。"
    text = (f"一、2025年工作回顾\n（一）持续夯实高质量发展的安全基础。{details}\n"
            f"各位代表！五年来，我们大力加强政府自身建设，工作水平明显提升。我们始终坚持对党绝对忠诚。{details}\n")
    assert "我们始终坚持对党绝对忠诚" in achievements(text)


def test_the_lessons_a_review_draws_and_the_sum_after_a_list_of_problems_are_neither_results_nor_problems() -> None:
    text = (
        "一、2022年工作回顾\n"
        "过去的一年，我们在攻坚克难中砥砺初心。全年新建道路12公里，新增就业2405人。我们深刻感受到：唯有坚持党的领导，才能确保正确方向。"
        "这一年，我们始终把群众利益放在首位，持续加大民生投入。\n"
        "同时，我们也清醒地认识到，还面临不少困难和问题。一是发展差距大，二产占比偏低。二是民生短板多，公共服务欠账多。"
        "凡此种种，时刻警醒着我们，务必增强忧患意识，奔着问题去，揪着问题改。\n"
    )
    found = achievements(text)
    assert "全年新建道路12公里" in found and not any("群众利益" in a or "唯有" in a for a in found)
    assert "务必增强忧患意识" not in problems(text) and "奔着问题去" not in problems(text)


def test_the_meetings_own_procedure_is_no_accomplishment_and_a_clause_of_only_a_period_is_skipped() -> None:
    text = (
        "同志们：\n刚才，张三同志通报了全县前三季度经济运行情况，县发改委等6个部门作了很好的发言。我讲三点意见。\n"
        "一、上半年工作回顾\n2025年上半年，园区实现技工贸收入43.60亿元，比上年同期增长3.5%。\n"
    )
    assert achievements(text) == ["园区实现技工贸收入43.60亿元"]


def test_a_salutation_before_a_judgement_of_the_year_and_the_speakers_conviction_are_no_accomplishments() -> None:
    text = (
        "一、2018年工作回顾\n全年完成生产总值122.4亿元，增长6.5%。\n"
        "各位代表，刚刚过去的2018年，是易县发展史上极为重要的一年。这是一件值得全县人民同庆同贺的喜事。"
        "我相信，只要全县广大干部群众继续保持奋斗精神，就没有干不成的事业！\n"
    )
    assert achievements(text) == ["全年完成生产总值122.4亿元"]


def test_the_figures_behind_a_listed_problem_are_not_problems_but_a_figure_that_falls_short_is() -> None:
    text = (
        "一、存在的问题\n一是从指标完成看，利用外资完成情况很不理想。1-8月，全区实到外资3200万美元，仅完成年度任务的41%，签约项目12个。"
        "二是工业增速较一季度回落2.9个百分点。\n"
    )
    found = problems(text)
    assert "全区实到外资3200万美元" not in found and "签约项目12个" not in found
    assert "仅完成年度任务的41%" in found and "工业增速较一季度回落2.9个百分点" in found


def test_a_turn_to_the_rest_of_the_year_sets_the_tasks_said_with_yao_after_it() -> None:
    text = (
        "上半年，全市园区完成工业总产值1200亿元，同比增长25%。下半年，我市园区经济要继续保持稳中求快的发展态势。"
        "要加大协调服务力度，狠抓重点项目建设。要加快汽车及零部件产业的招商步伐。\n"
    )
    assert plans(text) == ["我市园区经济要继续保持稳中求快的发展态势", "要加大协调服务力度", "要加快汽车及零部件产业的招商步伐"]


def test_a_list_of_problems_announced_by_a_cue_and_itemised_gives_each_clause_once() -> None:
    text = (
        "一、2018年工作回顾\n全年完成生产总值120亿元，增长6.5%。\n同时，我们也清醒地认识到，在承担新区建设任务、推动容城发展的道路上，"
        "还存在许多困难和问题：一是生态环境治理面临新挑战，大气污染防治任重道远。二是县城服务功能仍不完备，保障新区建设的水平仍然不高，"
        "城市建设管理能力亟待增强。对这些问题，我们一定坚持问题导向，认真加以解决。\n二、2019年工作总体要求\n"
    )
    found = problems(text)
    assert len(found) == len(set(found)) and not any(a != b and a in b for a in found for b in found)
    assert "县城服务功能仍不完备" in found and "城市建设管理能力亟待增强" in found


def test_the_times_and_a_reflection_after_the_list_are_no_problems() -> None:
    text = (
        "一、2024年工作回顾\n全年完成生产总值92.4亿元。\n同时，我们也清醒地看到，我县经济社会发展中还存在很多困难挑战，主要表现在：受百年变局加速演进、"
        "全球经济复苏乏力、国内需求不足、社会预期偏弱等大环境影响，矿业发展受制约；财政收支矛盾突出。困难和问题是成长的催化剂，正如诗人所言“黑夜给了我黑色的眼睛，我却用它寻找光明”。\n"
    )
    found = problems(text)
    assert "矿业发展受制约" in found and "财政收支矛盾突出" in found
    assert not any("全球经济" in p or "大环境" in p or "催化剂" in p or "诗人" in p for p in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全县财政对教育的投入逐年加大。", []),  # more put in is no shortfall
    ("我县发展潜力依然很大。", []),
    ("但也要看到，部分干部不够重视安全隐患问题，风险意识不强。", ["部分干部不够重视安全隐患问题", "风险意识不强"]),  # not acted on
    ("我们的工作还存在一些问题，需要在今后切实加以有效解决：产业结构不优，财政收支矛盾突出。", ["产业结构不优", "财政收支矛盾突出"]),
    ("当前还存在一些问题：产业结构不优，财政收支矛盾突出。这些问题要在今后工作中加强统筹，综合施策加以解决。", ["产业结构不优", "财政收支矛盾突出"]),
    ("城区扬尘污染得到有效治理，但农村面源污染依然突出。", ["但农村面源污染依然突出"]),
])
def test_what_a_review_of_the_shortfall_words_found_stays_as_it_was(sentence: str, expected: list[str]) -> None:
    found = [p.text for p in sorted(parse_report(f"一、工作回顾\n{sentence}\n", OFFLINE).problems, key=lambda p: p.evidence.start)]
    assert found == expected


def test_a_thanks_word_inside_a_result_drops_no_result() -> None:
    text = "一、工作回顾\n抗洪救灾中涌现出一大批让我们感动的先进典型，灾后重建项目全部完工。全年新建学校5所。\n"
    assert achievements(text)[-1] == "全年新建学校5所"


def test_what_is_regretted_is_announced_and_its_clauses_are_problems() -> None:
    text = (  # 临澧县 2017 上半年 通报会 (held-out round cg3)
        "李正才指出,临澧的发展有成绩也有遗憾。成绩来自上级领导的关怀和历届县委政府的努力,赢得了好的开局。"
        "遗憾在于发生一起较大烟花爆炸事故,主要经济指标在全市排位相对落后,中心城市的建设与管理令人遗憾,项目建设推进不尽人意。"
        "分析原因,一是在融资搞建设等问题上瞻前顾后;二是在县城发展定位等问题上往往在争论中丧失发展良机。\n"
    )
    report = parse_report(text, OFFLINE)
    found = [p.text for p in report.problems]
    for problem in ("发生一起较大烟花爆炸事故", "中心城市的建设与管理令人遗憾", "在融资搞建设等问题上瞻前顾后"):
        assert problem in found
    assert not any("成绩来自" in a.text or "有成绩也有遗憾" in a.text for a in report.achievements)


@pytest.mark.parametrize("framing", [
    "黎明区长代表区委、区政府作了一个很好的工作报告",
    "我代表区委、区政府向今天获得表彰的先进单位表示热烈祝贺",
    "现场气氛热烈活跃",
    "在聆听企业家发言后,他对园区发展提出要求",
    "张利在报告中首先对2024年的工作进行了全面而细致的回顾",
])
def test_a_meetings_own_business_is_no_achievement(framing: str) -> None:
    text = f"一、工作回顾\n{framing}。全年新增规上工业企业12家。\n"
    assert achievements(text) == ["全年新增规上工业企业12家"]


def test_a_plans_heading_that_names_a_result_aims_at_it() -> None:
    text = (  # 平昌县农业农村局 2020年工作计划 (held-out round cg1)
        "平昌县农业农村局2020年工作计划\n"
        "(一)推动农业产业高质量发展。按照县委总体规划,进一步优化布局、强化管护,努力实现特色产业质量效益大幅提升。\n"
        "(二)取得人居环境整治新成绩。聚焦乡村振兴战略,力争90%以上的村生活垃圾得到治理。\n"
        "(三)深化农村改革取得新突破。有序推进农村承包地“三权分置”改革,土地经营权有序流转。\n"
    )
    report = parse_report(text, OFFLINE)
    assert [p.text for p in report.plans] == ["推动农业产业高质量发展", "取得人居环境整治新成绩", "深化农村改革取得新突破"]
    assert report.achievements == []


@pytest.mark.parametrize("lead", [
    "2021年我街道认真落实区委、区政府关于政府信息公开工作部署,努力完成工作任务,并取得了一定成效,但与区委、区政府的要求和公众期盼相比,还存在一些不足:",
    "2020年,街道政府信息公开工作在肯定成绩的同时,也清醒看到工作中存在的不足:",
])
def test_the_lead_into_a_list_of_problems_is_none_of_them(lead: str) -> None:
    text = f"四、存在的主要问题及改进情况\n{lead}一是政府信息公开工作机制有待完善;二是公开内容不能满足所有群众需求。\n"
    assert [p.text for p in parse_report(text, OFFLINE).problems] == ["政府信息公开工作机制有待完善", "公开内容不能满足所有群众需求"]


def test_a_lone_task_item_inside_a_line_does_not_stop_the_plan_paragraphs_after_it() -> None:
    text = (  # 南宁高新区 2019 工作思路 (held-out round cg1)
        "南宁高新区召开2019年年度工作会议,部署2019年工作。\n"
        "落实“三个攻坚突破年”活动:二是落实“产业大招商攻坚突破年”活动,重点引进新一代信息技术等主导产业。\n"
        "2019年,高新区还将加快建设跨境电子商务产业园,全力加快中新南宁国际物流园项目建设。\n"
    )
    assert [p.text for p in parse_report(text, OFFLINE).plans] == [
        "落实“产业大招商攻坚突破年”活动,重点引进新一代信息技术等主导产业", "高新区还将加快建设跨境电子商务产业园",
    ]


def test_a_places_profile_and_the_reports_opening_are_no_achievements() -> None:
    text = (
        "一、基本情况\nXX县区历史悠久,早在3500年前就有人类活动。境内有国家级和省级文物保护单位8处。全县现有果园50万亩。\n"
        "二、2021年工作回顾\n各位代表:现在,我代表镇第六届人民政府,向大会报告工作,请予审议。全镇新建高标准农田1200亩。\n"
    )
    assert achievements(text) == ["全镇新建高标准农田1200亩"]


def test_a_speech_at_the_meeting_is_no_achievement_and_statistics_lead_in_a_result() -> None:
    text = (
        "一、2016年工作回顾\n经开区党工委书记李和平作重要讲话。全年实施城市提升项目51个。"
        "统计数据显示,规模以上工业企业实现利润5.48亿元。\n"
    )
    assert achievements(text) == ["全年实施城市提升项目51个", "规模以上工业企业实现利润5.48亿元"]


def test_the_first_character_lookahead_finds_what_the_alternation_finds() -> None:
    import re

    from extract.phrasing import SHORTFALL_WORDS, alternatives, starts_with_one_of
    from extract.sections import SHORTFALL

    words = re.compile(starts_with_one_of(SHORTFALL_WORDS) + "(?:" + alternatives(SHORTFALL_WORDS) + ")")
    text = "招商质效不高,发展后劲不足,增速有所回落,全县排名处于末位,拖了全市后腿,工业增加值增长8%。"
    assert [m.group() for m in words.finditer(text)] == [m.group() for m in re.finditer(alternatives(SHORTFALL_WORDS), text)]
    assert [m.group() for m in SHORTFALL.finditer(text)] == ["不高", "不足", "增速有所回落", "排名处于末位", "拖了全市后腿"]


def test_numbered_headings_that_each_state_a_problem_are_problems_and_naming_the_part_is_none() -> None:
    text = (
        "卫星接收户等。\n"
        "十、文化市场执法人员的业务素质有待提高,特别是在鉴定方面由于没有经过正规的培训,因此鉴别真伪方面存在一定困难。\n"
        "十一、广播电视台现有编制30个,实际职工达58人,人员经费远远不足,请示政府增加5万元经费,并纳入财政预算。\n"
    )
    found = problems(text)
    assert "文化市场执法人员的业务素质有待提高" in found and "人员经费远远不足" in found
    assert "并纳入财政预算" not in found  # the request that follows a problem is none
    named = "二、存在问题与不足\n一是政策解读的针对性有待进一步增强,部分政策解读材料过于简单化;二是信息公开的深度有待提升。\n"
    assert "存在问题与不足" not in problems(named)


def test_a_table_row_is_no_achievement() -> None:
    text = (
        "一、2022年计划执行情况\n"
        "序号 | 指标名称 | 单位 | 2022年计划目标 | 2022年实绩 |\n"
        "1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7 |\n"
        "全市经济运行总体平稳,新建5G基站5000个。\n"
    )
    assert achievements(text) == ["全市经济运行总体平稳"]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (  # 即: then members split by semicolons, each quoted by its first clause
            "会议要求,要坚定信心,具体抓好“四抓四推动”,即:抓好项目建设,推动有效投入;抓好平台建设,推动产业集聚;"
            "抓好招商引资,推动产业升级;抓好财政增收,推动收支平衡。\n",
            ["抓好项目建设", "抓好平台建设", "抓好招商引资", "抓好财政增收"],
        ),
        (  # 即 then comma clauses that open alike
            "就下一步工作,他强调,开发区要做好“三个更加注重”,即更加注重接轨上海,更加注重招大引强,更加注重产业创新。\n",
            ["更加注重接轨上海", "更加注重招大引强", "更加注重产业创新"],
        ),
        (  # a colon, members opened by ordinals
            "二、2019年工作思路\n1、实施好“三动”助脱贫。着力抓好“三动”:首先是典型户带动,发展一批大户;其次是专业组织联动,建立专业协会;"
            "再次是服务驱动,搞好农业技术服务。\n",
            ["典型户带动", "专业组织联动", "服务驱动"],
        ),
    ],
)
def test_a_task_naming_a_counted_set_gives_its_members_as_plans(text: str, members: list[str]) -> None:
    found = plans(text)
    assert [p for p in found if p in members] == members
    assert not any("“" in p and "”" in p and ("四抓" in p or "三个" in p or "三动" in p) for p in found)  # the set's name is none


def test_a_counted_set_done_or_explained_at_length_gives_no_members() -> None:
    done = "一、工作回顾\n去年,我们实施了“三大工程”,即:产业提升工程;城乡建设工程;民生保障工程。\n"
    assert plans(done) == []
    explained = (  # 就是 explains what a target means, it lists no tasks
        "今后五年的主要目标是:实现“三个高于”。“三个高于”,就是经济增长保持中高速,增长速度高于全市平均水平;"
        "发展层次迈向中高端,质量和效益提升幅度高于全市平均水平;生态建设取得新成效,生态环境质量高于周边地区。\n"
    )
    assert "经济增长保持中高速" not in plans(explained)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("今年前三季度,全区完成规上工业产值45亿元。", "全区完成规上工业产值45亿元"),
        ("“十二五”时期,全区累计完成固定资产投资260亿元。", "全区累计完成固定资产投资260亿元"),
        ("从2001年开始,高新区从一片庄稼地发展成为现代化新城。", "高新区从一片庄稼地发展成为现代化新城"),
    ],
)
def test_a_period_said_in_words_leads_an_achievement_and_is_no_part_of_its_quote(sentence: str, quote: str) -> None:
    assert achievements(f"一、工作回顾\n{sentence}\n") == [quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "中国第五个国家级新区兰州新区7日通报,新区地区生产总值年均增长50%。",  # a news report's source
        "兰州新区党工委书记作工作报告时称,五年来新区经济总量呈倍数增长。",
        "下午的半年总结会上,各部门负责人逐一发言。",  # the meeting's own proceedings
        "我们有理由相信,大兴的明天会更好。",  # confidence voiced
        "如何继续跑赢下半场、实现全年目标？",  # a question
    ],
)
def test_a_news_source_a_meetings_proceedings_confidence_or_a_question_is_no_achievement(sentence: str) -> None:
    assert achievements(f"一、工作回顾\n全区新签约项目12个。{sentence}\n") == ["全区新签约项目12个"]


def test_figures_taken_as_the_aim_are_targets_and_what_was_secured_in_a_past_sentence_is_actual() -> None:
    aims = "2021年,高新区把园区主营业务收入增长10%、全口径地区生产总值增长8%作为奋斗目标。\n"
    assert {kind for _, kind in kinds(aims)} == {"target"}
    secured = "新区自筹备建设以来,累计争取中央及省市转移支付资金85.5亿元,争取地方政府债券138.5亿元,引进金融机构58家。\n"
    assert {kind for _, kind in kinds(secured)} == {"actual"}


def test_a_capacity_before_a_product_named_in_latin_letters_names_a_project() -> None:
    text = "下一步,我们将扎实推进100万吨PTA、60万吨PX等重大项目前期工作,全年新增规上企业12家。\n"
    assert [value for _, value, *_ in indicators(text)] == [12]


def test_a_problem_clause_that_opens_like_an_action_but_ends_falling_short_is_a_problem() -> None:
    text = (
        "在二季度考评中,我区排全市末位。我区存在的主要问题有:一是工作推动不力,在产业集聚区发展中满足现状,工作落后。"
        "二是思想不解放,破解资金、土地等难题手段不多、办法不活,项目建设进展缓慢。\n"
    )
    found = problems(text)
    for clause in ("我区排全市末位", "在产业集聚区发展中满足现状", "破解资金、土地等难题手段不多、办法不活"):
        assert clause in found
    assert "积极防范化解政府债务、企业融资等风险隐患" not in problems("一、工作回顾\n积极防范化解政府债务、企业融资等风险隐患,守住了底线。\n")


def test_items_that_grant_a_result_then_turn_to_its_shortfall_give_the_result_and_the_problem() -> None:
    text = (
        "会议认为,今年我区经济走势呈现以下三个特点,一是主导产业加快发展,但工业增幅有所回落;二是经济效益稳定提高,"
        "但亏损面进一步扩大;三是投资结构进一步优化,但工业投入明显下滑。\n"
    )
    assert achievements(text) == ["主导产业加快发展", "经济效益稳定提高", "投资结构进一步优化"]
    assert "亏损面进一步扩大" in "".join(problems(text))


def test_a_concession_turning_to_the_result_is_no_shortfall() -> None:
    text = "一、工作回顾\n一是虽然受疫情影响,但全年完成工业总产值45亿元;二是虽然要素紧张,但新签约项目12个。\n"
    assert not any("全年完成工业总产值45亿元" in p for p in problems(text))


@pytest.mark.parametrize(
    "text",
    [
        "与会同志围绕当前面临的机遇和挑战、如何推动经济又好又快发展等问题进行讨论。\n",  # topics discussed
        "我们要深入分析经济运行中存在的矛盾和问题。当前全市的发展正处在一个关键时期。\n",  # what is to be analysed
        "一、工作回顾\n过去一年,全区上下团结奋斗,统筹应对多重压力和艰巨挑战,经济运行稳中向好。\n",  # an action on the times
    ],
)
def test_topics_discussed_what_is_to_be_analysed_and_pressures_met_are_no_problems(text: str) -> None:
    assert problems(text) == []


def test_the_granted_lead_and_the_benchmark_before_a_problems_turn_are_none() -> None:
    text = "二、存在的主要问题\n上半年,全市经济运行总体平稳,但与全省目标要求相比,与时间任务“双过半”的要求相比,仍然差距较大。\n"
    assert problems(text) == ["仍然差距较大"]


def test_a_news_report_of_a_work_report_gives_the_results_it_lists_not_its_layout_or_framing() -> None:
    text = (
        "大会首先听取了旗长代表旗人民政府所作的工作报告。政府工作报告共分三个部分,一是2023年工作回顾,二是2024年工作安排,"
        "三是全面加强政府自身建设。\n"
        "赵利民说,2023年是土左旗乘势而上、奋勇争先、极富成效的一年。\n"
        "赵利民从三个方面总结了2023年的工作:一年来,我们全力以赴扩投资、稳增长,经济运行持续稳中向好;一年来,我们坚定不移强链条、"
        "提能级,产业发展基础更加牢固;一年来,我们用心用情惠民生、办实事,社会民生福祉增进普惠。\n"
        "赵利民在报告中提出了2024年经济社会发展的主要预期目标:地区生产总值增长8%左右。\n"
    )
    assert achievements(text) == ["我们全力以赴扩投资、稳增长", "我们坚定不移强链条、提能级", "我们用心用情惠民生、办实事"]


@pytest.mark.parametrize("sentence", [
    "南亚班列被列为全国16个多式联运示范工程。", "庞口镇被列入全国首批127个重点镇。",
    "光伏产业集群成为全省60个重点产业集群之一。",  # one of a list
    "在16个县市区经济指标综合排名中,我县前移5位。",  # the field ranked in (its 5位 a move)
])
def test_the_size_of_a_list_the_body_joined_is_no_indicator(sentence: str) -> None:
    assert [value for _, value, *_ in indicators(f"全年新增企业30家。{sentence}\n")][:1] == [30]
    assert not any(value in (16, 127, 60) for _, value, *_ in indicators(f"全年新增企业30家。{sentence}\n"))


def test_a_share_of_the_whole_and_a_field_not_ranked_keep_their_counts() -> None:
    found = [value for _, value, *_ in indicators("新增头雁企业5家、占全市五分之一;在16个农民专业合作社中,有12个获评省级示范社。\n")]
    assert 5 in found and 16 in found


@pytest.mark.parametrize("sentence", ["我到区里工作一个月了,走遍了全区的重点企业和项目。", "我理解这个高抛球至少说明了两点。"])
def test_the_speaker_speaking_of_himself_is_no_achievement(sentence: str) -> None:
    text = f"一、工作回顾\n全区新签约项目12个。{sentence}\n我区新建5G基站300个。我 们新增规上企业20家。\n"
    assert achievements(text) == ["全区新签约项目12个", "我区新建5G基站300个", "我 们新增规上企业20家"]


def test_key_projects_in_a_title_set_no_plan_and_a_figure_that_must_be_done_is_a_target() -> None:
    text = (
        "一、统一思想,认清重点项目面临的形势\n今年以来,45个开工在建设项目完成投资19亿元,与年度任务差6.13亿元。"
        "一是项目进展不均衡。二是融资普遍困难。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"actual"}
    assert {kind for _, kind in kinds("四季度,20万平方米的安置房要完成分配。\n")} == {"target"}


@pytest.mark.parametrize(
    "clause",
    ["农业总体上还是粗放生产", "农村专业合作经济组织功能单一", "农产品精深加工很少", "财政专项资金扶持助推力弱化", "传统的小农意识根深蒂固"],
)
def test_the_bodys_own_ways_and_means_falling_short_are_problems(clause: str) -> None:
    assert problems(f"二、主要困难和突出问题\n(一)农业生产力水平低下\n我镇产业化经营尚处在初级发展阶段,{clause}。\n")[-1] == clause


def test_the_lowest_rate_in_the_country_is_no_problem() -> None:
    assert problems("一、工作回顾\n城镇调查失业率处于全国最低水平。\n") == []


@pytest.mark.parametrize("clause", ["狠抓工作落实的力度不强", "统筹协调工作不够有力", "应对挑战不够及时", "在全市经济格局中的位置不够突出"])
def test_a_shortfall_said_after_an_action_word_is_a_problem_anywhere(clause: str) -> None:
    assert clause in problems(f"全区经济运行总体平稳。但{clause},群众满意度有待提升。\n")


def test_a_task_required_of_the_whole_body_is_a_plan_though_it_names_the_guidance_it_follows() -> None:
    text = "会议要求,全区上下要切实把思想和行动统一到省委、市委工作要求上来;各部门要抓好项目建设。\n"
    assert plans(text) == ["全区上下要切实把思想和行动统一到省委、市委工作要求上来", "各部门要抓好项目建设"]


def test_a_paragraph_that_announces_its_tasks_gives_each_sentence_as_a_plan_whatever_its_verb() -> None:
    text = (
        "2018年,鹿乡镇将紧紧围绕“四个五”的总体思想,以特色小镇引领镇村建设。\n"
        "主要工作任务是:以攻坚毅力推进项目建设,着力打造永续发展的不竭之源。以创业胆实推动鹿业转型,着力打造振兴发展的强劲引擎。\n"
    )
    assert plans(text)[-2:] == ["以攻坚毅力推进项目建设", "以创业胆实推动鹿业转型"]


def test_tasks_opened_by_zhili_are_plans() -> None:
    text = (
        "二、下步打算\n下半年,我局将聚焦重点、精准发力,推动住建事业高质量发展。致力于提升城市品质。"
        "加快推进中心城市重点项目建设,保障市政道路建设。全力推进罗柳河工程。\n"
    )
    assert "致力于提升城市品质" in plans(text)


def test_items_shown_after_a_sentence_that_names_the_shortfalls_are_problems_without_their_remedy() -> None:
    text = (
        "一年来,我县交通运输工作取得了一定的成绩,但还存在一些不足。主要表现在:一是部分项目建设进展不快,配套资金不到位,"
        "需要进一步加大力度加快进度。二是养护资金不足。三是超限超载运输和非法营运打而不绝,路政执法监管力度有待进一步加强。\n"
    )
    found = problems(text)
    assert found[:3] == ["部分项目建设进展不快", "配套资金不到位", "养护资金不足"]
    assert "还存在一些不足" not in found and "需要进一步加大力度加快进度" not in found
    assert not plans(text)


@pytest.mark.parametrize(
    "clause",
    ["经济运行总体形势严峻", "工业总产值增速完成数低于目标值", "正常年份经济增速首次出现负增长", "公共事业欠账较多", "工业经济运行面临的压力不小"],
)
def test_the_times_pressing_on_the_bodys_own_figures_are_problems(clause: str) -> None:
    assert clause in problems(f"上半年,全市经济运行总体平稳,{clause}。\n")


def test_paying_off_old_debts_is_no_problem() -> None:
    assert problems("一、工作回顾\n我们着力补齐历史欠账,归还城乡建设增减挂钩历史欠账2190亩。\n") == []


@pytest.mark.parametrize(("sentence", "rank"), [
    ("全市GDP完成350.9亿元,增长6.1%,列宜春第5。", 5), ("前三季度GDP增速10.6%,居中心城区第2位。", 2), ("品牌拥有量居河北省第3位。", 3),
])
def test_a_rank_among_a_named_field_is_read(sentence: str, rank: int) -> None:
    found = indicators(sentence + "\n")
    assert any(value == rank and unit == "位" for _, value, unit, *_ in found)
    assert all(name.endswith("排名") for name, value, unit, *_ in found if unit == "位" and "GDP" in sentence)  # the metric's rank


def test_a_gap_above_benchmarks_said_respectively_is_named_by_the_metric_before() -> None:
    found = indicators("地区生产总值增长8.5%,分别高出全国、全省平均水平2.3和1.2个百分点。\n")
    assert [name.startswith("地区生产总值") for name, value, *_ in found if value in (2.3, 1.2)] == [True, True]


@pytest.mark.parametrize("clause", ["走读现象严重", "满足于完成考核指标和“硬任务”", "部分乡镇发展规划不落实"])
def test_ways_of_working_that_fall_short_are_problems(clause: str) -> None:
    assert clause in problems(f"乡镇方面:思想认识不到位,{clause},工作效率不高。\n")


def test_a_multiple_of_the_base_is_named_by_the_metric_before_it() -> None:
    found = indicators("完成规模上工业增加值90.5亿元,年均增长82.2%,是开发前的22.1倍。\n")
    assert any(name.startswith("规模上工业增加值") and value == 22.1 and unit == "倍" for name, value, unit, *_ in found)


def test_a_years_batch_of_a_task_is_named_by_the_noun_after_its_count() -> None:
    found = indicators("持续推进2023年度11个精品示范村建设,推进2024年度6个省级中心村建设。\n")
    assert [(name, value) for name, value, *_ in found] == [("精品示范村建设", 11), ("省级中心村建设", 6)]


def test_how_many_parts_the_tasks_take_sets_no_task() -> None:
    assert plans("会议要求,各部门要抓好项目建设。下一步,高新区将从这5个方面努力。\n") == ["各部门要抓好项目建设"]


@pytest.mark.parametrize("clause", ["管理体制不顺", "园区职能发挥不畅", "有定位但定位不准确", "难以形成集群效应", "体育运动管理中心人员老化问题严重", "工作做得不是很到位"])
def test_a_body_whose_set_up_and_means_fall_short_has_problems(clause: str) -> None:
    # an item of a 调研报告 that no problem heading announces: the clause itself must say the body falls short
    assert clause in problems(f"中方县工业园建设调研报告\n2、{clause},产业链条短。园区管委会作为派出机构,{clause}。\n")


def test_a_shortfall_of_funds_is_a_problem() -> None:
    assert "经费缺口16万元" in problems("目前还存在一些困难:经费缺口16万元。\n")


@pytest.mark.parametrize("sentence", ["完成困难老人家庭适老化改造2056户。", "提前完成城市老化燃气管道更新改造。"])
def test_renewing_what_aged_is_no_problem(sentence: str) -> None:
    assert problems(f"一、工作回顾\n{sentence}\n") == []


def test_a_part_on_the_difficulties_of_the_work_states_problems() -> None:
    text = "一、说一说乡镇工作的难点\n1、乡镇债务在扩大。乡镇的财力吃紧,镇发展自然受到很大束缚。\n"
    assert problems(text)[0] == "乡镇债务在扩大" and not achievements(text)


@pytest.mark.parametrize("lead", ["为了完善基础设施建设", "在脱贫攻坚中", "但是实际在项目实施过程中"])
def test_the_purpose_and_setting_of_a_problem_are_none(lead: str) -> None:
    found = problems(f"二、存在的问题\n{lead},资金投入大,项目设计难。\n")
    assert lead not in found and "资金投入大" in found


def test_a_programme_carried_out_under_a_summarys_heading_reports_what_was_done() -> None:
    text = ("科技局2021年上半年工作总结\n一、增质保量抓知识产权工作\n共计有16家企业参加。\n二、实施创新型企业培育计划\n"
            "督促辖区2021年的高新技术企业5家准备复审资料。\n")
    assert [i.kind for i in parse_report(text, OFFLINE).indicators if i.value == 5] == ["actual"]
