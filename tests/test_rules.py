import pytest

from extract.clean import clean
from extract.document import read_document
from extract.rules import extract_rules
from extract.sections import outline


def run(text: str):
    view = clean(text).view
    tree = outline(view)
    return extract_rules(text, view, tree, read_document(text, view, tree))


def indicators(text: str) -> list[dict]:
    found = run(text).indicators
    for ind in found:
        assert text[ind.evidence.start : ind.evidence.end] == ind.evidence.quote
    return [ind.model_dump(exclude={"evidence"}) | {"quote": ind.evidence.quote} for ind in found]


def test_value_with_target_completion_and_yoy_is_one_record() -> None:
    [ind] = indicators("一、完成情况\n完成规模以上工业总产值61.05亿元,完成全年目标任务的135.67%,同比增长86.98%。\n")
    assert (ind["name"], ind["value"], ind["unit"]) == ("规模以上工业总产值", 61.05, "亿元")
    assert (ind["yoy_pct"], ind["target_completion_pct"], ind["kind"]) == (86.98, 135.67, "actual")
    assert ind["quote"] == "完成规模以上工业总产值61.05亿元,完成全年目标任务的135.67%,同比增长86.98%"


def test_rate_only_and_falls() -> None:
    found = indicators("地区生产总值同比增长7.2%,工业增加值同比下降3.5%,出口负增长2%。")
    assert [(i["name"], i["value"], i["unit"], i["yoy_pct"]) for i in found] == [
        ("地区生产总值", None, None, 7.2),
        ("工业增加值", None, None, -3.5),
        ("出口", None, None, -2.0),
    ]


def test_a_rate_after_a_new_metric_does_not_join_the_previous_value() -> None:
    found = indicators("社会消费品零售总额278亿元,增速9.6%,其他营利性服务业营收增速8.6%。")
    assert [(i["value"], i["yoy_pct"]) for i in found] == [(278.0, 9.6), (None, 8.6)]


def test_percentage_points_share_and_rank_are_their_own_records() -> None:
    found = indicators("财政收入完成28.6亿元,税占比54.3%,比去年提高6.4个百分点,排名全市第2。")
    assert [(i["value"], i["unit"]) for i in found] == [(28.6, "亿元"), (54.3, "%"), (6.4, "个百分点"), (2.0, "位")]
    assert found[2]["name"] == "税占比提高"


def test_environmental_units() -> None:
    [ind] = indicators("PM2.5平均浓度下降到35微克/立方米。")
    assert (ind["name"], ind["value"], ind["unit"]) == ("PM2.5平均浓度", 35.0, "微克/立方米")


def test_rank_changes_give_one_record_per_rank() -> None:
    found = indicators("全省考核排名由第20位上升到第16位。")
    assert [(i["value"], i["unit"]) for i in found] == [(20.0, "位"), (16.0, "位")]


def test_thresholds_and_capacities_in_names_are_not_records() -> None:
    found = indicators("新增入库5000万元及以上项目累计15个,引进10亿元以上项目7个,沪蒙能源40万吨甲醇等12个项目建成投产。")
    assert [(i["value"], i["unit"]) for i in found] == [(15.0, "个"), (7.0, "个"), (12.0, "个")]
    plants = indicators("年产2万吨锰合金生产线、2.5万吨钛白粉、20万吨高钛渣生产线也已全面开工建设,新增产能3万吨。")
    assert [(i["value"], i["unit"]) for i in plants] == [(3.0, "万吨")]


def test_a_remark_in_brackets_keeps_the_rate_with_its_value() -> None:
    found = indicators("工业用电10488万千瓦时(不含线损),同比增长2.05%;使用天然气2493万立方米,同比增长23.96%。")
    assert [(i["name"], i["value"], i["yoy_pct"]) for i in found] == [("工业用电", 10488.0, 2.05), ("使用天然气", 2493.0, 23.96)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全年税收达到3.1亿元,预计比上年增长41%。", [("税收", 3.1, 41.0)]),  # an estimate of the rate, still the value's
    ("一般公共预算收入突破6亿元大关，增长9.3%。", [("一般公共预算收入", 6.0, 9.3)]),  # a milestone the value passed
])
def test_an_estimate_or_a_milestone_word_between_a_value_and_its_rate_keeps_them_together(
    text: str, expected: list[tuple[str, float, float]],
) -> None:
    assert [(i["name"], i["value"], i["yoy_pct"]) for i in indicators(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我市进出口完成81.5亿元人民币,增长58.3%。", [("进出口", 81.5, 58.3)]),  # the currency said after the unit
    ("地区生产总值306.76亿元,五年(下同)年均增长9.3%。", [("地区生产总值", 306.76, 9.3)]),  # the span of a five-year average
    ("一般公共预算收入9.01亿元(剔除行政区域调整划转因素后),增长15.8%。", [("一般公共预算收入", 9.01, 15.8)]),  # a long remark
])
def test_a_currency_a_span_of_years_or_a_remark_between_a_value_and_its_rate_keeps_them_together(
    text: str, expected: list[tuple[str, float, float]],
) -> None:
    assert [(i["name"], i["value"], i["yoy_pct"]) for i in indicators(text)] == expected


def test_an_estimated_average_after_a_respectively_list_of_years_stays_a_rate_of_its_own() -> None:
    found = indicators("2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%。")
    assert [(i["value"], i["yoy_pct"]) for i in found][-1] == (None, 24.5)


def test_an_age_that_bounds_a_group_is_no_record_but_a_life_expectancy_is() -> None:
    found = indicators("为80岁以上低收入老年人发放高龄津贴,为0—6岁儿童免费筛查,人均预期寿命从80.2岁提升至82.5岁,再提高1岁以上。")
    assert [(i["value"], i["unit"]) for i in found] == [(80.2, "岁"), (82.5, "岁"), (1.0, "岁")]


def test_shares_in_tenths_and_ratios_to_one_are_records_named_for_the_metric() -> None:
    found = indicators("城乡居民收入比缩小至2.21∶1,收入比收窄至2：1以内,先进制造业占全市比重近3成。")
    assert [(i["name"], i["value"], i["unit"]) for i in found] == [
        ("城乡居民收入比", 2.21, "∶1"), ("收入比", 2.0, "：1"), ("先进制造业占全市比重", 3.0, "成"),
    ]


def test_number_before_noun_takes_the_noun_as_name() -> None:
    [ind] = indicators("14个新能源项目开工建设。")
    assert (ind["name"], ind["value"], ind["quote"]) == ("新能源项目开工建设", 14.0, "14个新能源项目开工建设")


def test_masked_template_numbers_invent_nothing() -> None:
    assert indicators("完成地区生产总值x亿元,同比增长XX%,新增企业××家。") == []


def test_kind_follows_cues_and_section_role() -> None:
    text = "一、2021年工作回顾\n全年完成投资120亿元。预计2022年可实现产值60亿元。\n二、2022年工作计划\n新开工项目30个,园区现有存量土地6000亩。\n"
    kinds = [(i["value"], i["kind"], i["period"]) for i in indicators(text)]
    assert kinds == [(120.0, "actual", "2021年"), (60.0, "target", "2022年"), (30.0, "target", None), (6000.0, "actual", None)]


def test_the_years_result_estimated_and_work_towards_a_goal_are_actual() -> None:
    text = (
        "一、工作回顾\n全县紧紧围绕“建全省县域经济强县”这一发展目标,国民经济保持良好态势,预计1―12月,全县可完成GDP28.34亿元,同比增长15.2%。"
        "预计全年可实现工业增加值10.57亿元。项目建成后可实现产值10亿元。\n"
    )
    assert [(i["value"], i["kind"]) for i in indicators(text)] == [(28.34, "actual"), (10.57, "actual"), (10.0, "target")]


def test_plans_are_lowest_level_items_of_plan_sections() -> None:
    text = "一、工作回顾\n(一)抓项目。一是完成投资。\n二、下一步工作计划\n(一)抓产业。一是围绕主要经济指标,力争再上新台阶。二是狠抓科技创新。\n(二)统筹协调,竭尽全力抓民生。围绕产业扶贫开展工作。\n"
    result = run(text)
    assert [p.text for p in result.plans] == ["围绕主要经济指标,力争再上新台阶", "狠抓科技创新", "统筹协调,竭尽全力抓民生"]
    assert [a.text for a in result.achievements] == ["完成投资"]


def test_the_lead_paragraph_of_a_plan_part_over_its_own_items_is_no_plan() -> None:
    text = (
        "2023年工作目标任务\n今年是贯彻党的二十大精神的开局之年，做好今年工作意义重大。\n"
        "一、聚焦高质量发展，以更大力度推进制造业强县建设\n"
        "加快推进产业跨越发展，坚定“大抓产业、大抓制造业”决心，加快建设现代产业体系，增强产业链供应链韧性。\n"
        "（一）培育壮大优强企业。深入实施制造业强县三年攻坚突破行动计划，力争新增规模以上工业企业20家。\n"
        "（二）持续完善产业链条。围绕主导产业延链补链强链，加快建设健康生物科技园。\n"
    )
    assert [p.text for p in run(text).plans] == ["培育壮大优强企业", "持续完善产业链条"]


def test_a_two_clause_task_heading_over_a_paragraph_is_one_plan_its_paragraph_the_details() -> None:
    text = (
        "2023年工作目标任务\n做好今年工作意义重大。\n加强政府自身建设\n"
        "站在新起点上，我们将更加重视自身建设，着力打造讲政治、提效能、崇法治、重廉洁的政府。\n"
        "一、坚持政治建设，忠诚履行使命\n旗帜鲜明讲政治。坚决贯彻执行党中央决策部署，确保政令畅通、令行禁止。\n"
        "二、坚持依法行政，恪守施政之规\n深入开展“八五”普法。持续规范重大行政决策程序，完善行政决策监督机制。\n"
    )
    assert [p.text for p in run(text).plans] == ["坚持政治建设，忠诚履行使命", "坚持依法行政，恪守施政之规"]


def test_problems_after_a_cue_one_per_clause_until_the_remedy() -> None:
    text = "在肯定成绩的同时,我们也要清醒地看到存在的问题和不足。主要是:产业转型升级压力还很大,支柱产业支撑力不足;企业融资难、招工难等问题仍然比较突出。对此,我们要深挖问题根源。\n"
    assert [p.text for p in run(text).problems] == ["产业转型升级压力还很大", "支柱产业支撑力不足", "企业融资难、招工难等问题仍然比较突出"]


def test_a_remedy_ends_its_sentence_and_the_clause_that_announces_the_list_is_none_of_it() -> None:
    text = (
        "在肯定成绩的同时,我们深知,徐水还存在着明显的短板和不足:财政收支矛盾依然突出,必须把有限的财力投入民生保障中;"
        "城市更新速度慢,缺少特色。在今后的工作中,我们坚持问题导向,采取坚决有力措施。\n"
    )
    assert [p.text for p in run(text).problems] == ["财政收支矛盾依然突出", "城市更新速度慢", "缺少特色"]


def test_a_problems_lead_that_only_announces_and_a_problem_said_again_are_none() -> None:
    text = (
        "二、存在的问题\n整体来看,一季度工业运行增长乏力,主要原因如下:\n"
        "一是商混企业产值下滑严重。近年来重大工程项目逐年减少,市场需求持续低迷,产值下滑严重。\n"
    )
    assert [p.text for p in run(text).problems] == ["一季度工业运行增长乏力", "商混企业产值下滑严重", "近年来重大工程项目逐年减少", "市场需求持续低迷"]


def test_problems_not_to_be_overlooked_then_listed() -> None:
    text = "一、工作回顾\n成绩值得肯定，但问题不容忽视。主要是总体发展基础差，传统产业比重大。我们一定认真加以解决。\n"
    assert [p.text for p in run(text).problems] == ["总体发展基础差", "传统产业比重大"]


def test_the_states_policy_is_no_problem_of_the_body_and_facing_them_turns_to_remedies() -> None:
    text = (
        "一、工作回顾\n我们也要清醒地看到存在的问题和不足。主要是:中央继续加大宏观调控力度,实行从紧的货币政策,企业融资难度进一步加大。"
        "面对这些情况和问题,我们要迎难而上。\n"
    )
    assert [p.text for p in run(text).problems] == ["企业融资难度进一步加大"]


@pytest.mark.parametrize("problem", ["惠农补贴发放不及时的问题仍然突出", "上级巡视指出的问题整改不到位"])
def test_a_shortfall_pointed_out_or_a_subsidy_named_is_still_a_problem(problem: str) -> None:
    assert [p.text for p in run(f"一、工作回顾\n全年新增企业30家。{problem}。\n").problems] == [problem]


def test_a_sentence_that_faces_a_shortfall_heads_the_problems_after_it() -> None:
    text = (
        "一、工作回顾\n全年新增企业30家。取得成绩的同时，我们也清醒地看到，前进的道路上还面临着不少困难和问题：我们必须正视发展差距。"
        "经济体量小、发展不充分的基本县情没有改变，财政收支矛盾突出。我们必须正视民生短板。城市建设欠账多。"
        "我们将始终保持“赶考”的清醒，在实干中寻找良策。\n"
    )
    assert [p.text for p in run(text).problems] == [
        "我们必须正视发展差距", "经济体量小、发展不充分的基本县情没有改变", "财政收支矛盾突出", "我们必须正视民生短板", "城市建设欠账多",
    ]


def test_a_problems_subheading_over_items_of_its_own_is_their_category_not_a_problem() -> None:
    text = (
        "一、工作回顾\n全年新增企业30家。\n三、存在的问题及原因分析\n(一)存在的主要问题\n但是我们也清醒的认识到发展中还存在一些困难和问题:"
        "一是基础差、底子薄,道路建设任务仍然繁重;二是干部思想观念较落后,工作拖、推、散的现象明显。\n"
        "(二)原因分析\n以上问题的存在原因主要有:一是年龄老化严重,流动党员较多。二是村组队伍弱化,管理措施不多。\n"
    )
    found = [(p.text, p.category) for p in run(text).problems]
    assert found == [
        ("基础差、底子薄,道路建设任务仍然繁重", "存在的主要问题"), ("干部思想观念较落后,工作拖、推、散的现象明显", "存在的主要问题"),
        ("年龄老化严重,流动党员较多", "原因分析"), ("村组队伍弱化,管理措施不多", "原因分析"),
    ]


def test_the_topic_a_problem_is_filed_under_is_no_problem() -> None:
    text = (
        "一、工作回顾\n全年新增企业30家。在总结成绩的同时，我们也清醒地认识到，仍然存在不少矛盾和问题：发展层次方面，"
        "经济体量在全市仍处于较后位次。产业项目方面，骨干企业少、总体规模小。\n"
    )
    assert [p.text for p in run(text).problems] == ["经济体量在全市仍处于较后位次", "骨干企业少、总体规模小"]


def test_problems_a_report_says_it_dealt_with_announce_no_list() -> None:
    text = (
        "一、工作回顾\n二是企业服务不断提升。积极应对园区一期企业在消防等方面存在的遗留问题。进一步落实领导联系机制,"
        "及时解决企业周边矛盾,促成企业良性健康发展。\n"
    )
    assert run(text).problems == []


def test_a_speaker_turning_to_requirements_ends_the_problems() -> None:
    text = (
        "李鸿雁强调,全区经济发展中还存在着许多不足和亟待解决的问题。李鸿雁要求,接下来,各部门单位要正视问题,"
        "切实增强加快发展的紧迫感;要把握工作重点,狠抓重点项目建设。"
    )
    problems = [p.text for p in run(text).problems]
    assert problems and all("不足" in p for p in problems)  # the cue sentence only, none of the requirements


def test_problems_listed_inline_are_split() -> None:
    text = "开发区面临着先天优势明显减弱、产业发展空间受限、区域创新能力不足等诸多问题和挑战。\n"
    assert [p.text for p in run(text).problems] == ["先天优势明显减弱", "产业发展空间受限", "区域创新能力不足"]


def test_solved_problems_are_not_problems() -> None:
    assert run("一、工作回顾\n全年解决了企业融资难问题,整改完成率100%。\n").problems == []


def test_problems_stated_outright_outside_any_list() -> None:
    text = "三、下一步工作\n要防范化解各类风险,当前,我区问题楼盘、非法集资等历史遗留问题依然突出,金融风险、债务风险等领域风险也不容低估。\n"
    assert [p.text for p in run(text).problems] == ["我区问题楼盘、非法集资等历史遗留问题依然突出", "金融风险、债务风险等领域风险也不容低估"]


def test_a_solved_problem_stated_outright_is_not_a_problem() -> None:
    assert run("一、工作回顾\n通过专项整治,解决了长期以来较为突出的企业融资难问题。\n").problems == []


def test_names_drop_leading_periods_and_verbs_and_take_the_noun_after_a_bare_verb() -> None:
    found = indicators("预计2021年可实现产值60亿元。建成1200平方米猪舍。设立3亿元的人才专项资金。领导干部对41项群众问题进行认领。")
    assert [(i["name"], i["value"]) for i in found] == [
        ("产值", 60.0), ("猪舍", 1200.0), ("人才专项资金", 3.0), ("群众问题进行认领", 41.0),
    ]


def test_a_problems_section_with_sub_headings_states_them_in_its_headings_and_the_shortfalls_their_bodies_add() -> None:
    text = "二、存在的主要问题\n（一）产业结构不够优化。传统产业占比偏高，新兴产业规模偏小。\n（二）要素保障压力较大。土地指标紧张。\n"
    assert [p.text for p in run(text).problems] == ["产业结构不够优化", "传统产业占比偏高", "新兴产业规模偏小", "要素保障压力较大"]


def test_a_target_cue_after_a_colon_governs_its_whole_list() -> None:
    text = "该区计划:力争国内生产总值增长12%以上(调增2个百分点);固定资产投资增长22%以上;新进规上工业企业16家(调增2家)。\n"
    assert {i.kind for i in run(text).indicators} == {"target"}


def test_a_respectively_list_of_its_own_clause_owns_its_rates_not_the_values_before_it() -> None:
    found = indicators("一、工作回顾\n培育规上工业企业85家，创建绿色工厂20家，高技术制造业、装备制造业增加值分别增长9.5%、10.7%。\n")
    assert [(i["name"], i["value"], i["yoy_pct"]) for i in found] == [
        ("培育规上工业企业", 85, None), ("创建绿色工厂", 20, None), ("高技术制造业", None, 9.5), ("装备制造业增加值", None, 10.7),
    ]


@pytest.mark.parametrize(("sentence", "name", "rate"), [
    ("CPI微降0.1%。", "CPI", -0.1),
    ("审批材料精简80%。", "审批材料", -80),
    ("集中采购药品平均降价超50%。", "集中采购药品平均", -50),
    ("居民消费价格涨幅2%左右。", "居民消费价格涨幅", 2),
    ("精简会议41%。", "精简会议", -41),  # the cut verb before what it cuts
    ("压减一般性支出10%。", "压减一般性支出", -10),
    ("削减会议经费10%。", "削减会议经费", -10),  # every cut verb falls
])
def test_cuts_and_price_changes_are_rates(sentence: str, name: str, rate: float) -> None:
    (found,) = indicators(f"一、工作回顾\n{sentence}\n")
    assert (found["name"], found["value"], found["yoy_pct"]) == (name, None, rate)


def test_a_rate_after_a_share_an_increase_or_a_multiple_is_the_levels() -> None:
    found = indicators("一、工作回顾\n新区固定资产投资1570亿元,约占全市23.1%,增长7%。香料烟实现农业总产值2.4亿元,同比增加3674万元,增18%。\n")
    assert [(f["value"], f["yoy_pct"]) for f in found] == [(1570, 7), (23.1, None), (2.4, 18), (3674, None)]
    found = indicators("一、工作回顾\n全县生产总值完成119.8亿元，是2011年的1.6倍，年均增长8.2%。\n")  # after a multiple
    assert [(f["value"], f["yoy_pct"]) for f in found] == [(119.8, 8.2), (1.6, None)]


@pytest.mark.parametrize("sentence", [
    "自治区本级一般性支出连续5年压减比例超5%。", "不良贷款率压降至1.2%。", "审批时限压缩率达60%。", "城镇化率增为55%。", "办结时限缩短75%以上。",
])
def test_a_share_of_cuts_or_a_level_cut_to_is_a_level_not_a_rate(sentence: str) -> None:
    (found,) = indicators(f"一、工作回顾\n{sentence}\n")
    assert (found["unit"], found["yoy_pct"]) == ("%", None)


def test_facing_the_problems_announces_them_and_a_facing_sentence_without_a_shortfall_of_its_own_is_none() -> None:
    text = (
        "一、工作回顾\n全年新增企业30家。我们也必须正视存在的问题和不足。主要是：财政收支矛盾突出；城市建设欠账多。"
        "我们必须正视这些问题。我们要直面问题。\n"
    )
    assert [p.text for p in run(text).problems] == ["财政收支矛盾突出", "城市建设欠账多"]


def test_a_voltage_names_a_line_and_counters_of_the_genre_are_units() -> None:
    found = indicators("一、工作回顾\n加快建设750千伏电网工程，算力规模达到11.4万P，南山港服务科考船2152航次，引进特医食品12款。\n")
    assert [(i["value"], i["unit"]) for i in found] == [(11.4, "万P"), (2152, "航次"), (12, "款")]


def test_ranks_keep_their_written_unit_and_a_listed_rank_gives_one_record_per_number() -> None:
    found = indicators("一、工作回顾\n全省县域综合排名由2016年的第60名上升至2019年的第35名。三个集聚区主营业务收入分别排名第3、9、11位。\n")
    assert [(i["value"], i["unit"]) for i in found] == [(60, "名"), (35, "名"), (3, "位"), (9, "位"), (11, "位")]


def test_a_rate_said_with_its_pace_is_a_rate() -> None:
    found = indicators("一、工作回顾\n批发零售、住宿餐饮指标均实现了15%以上的快速增长。\n")
    assert [(i["name"], i["yoy_pct"]) for i in found] == [("批发零售", 15), ("住宿餐饮指标", 15)]


def test_rates_listed_without_respectively_go_one_to_each_metric() -> None:
    found = indicators("一、工作回顾\n国内游客人次、总花费增长5.6％、7.5％。省级公用经费和一般性支出分别压减11%、19%。\n")
    assert [(i["name"], i["yoy_pct"]) for i in found] == [("国内游客人次", 5.6), ("总花费", 7.5), ("省级公用经费", -11), ("一般性支出", -19)]


def test_bracketed_ranks_of_total_and_growth_and_compound_units() -> None:
    found = indicators("一、工作回顾\n地区生产总值增长7.4%(总量第2位,增速第1位)，新增产能3095万吨/年，耕层厚度达到20.6厘米，创建幸福河湖35条（段）。\n")
    assert [(i["value"], i["unit"]) for i in found] == [(None, None), (2, "位"), (1, "位"), (3095, "万吨/年"), (20.6, "厘米"), (35, "条（段）")]


def test_a_paragraph_that_announces_its_targets_sets_targets_to_its_end() -> None:
    found = indicators("工作目标主要包括七大块。社会消费品零售总额:底线目标929亿元。引进战略投资者:世界500强企业1家。\n")
    assert [(i["value"], i["kind"]) for i in found] == [(929, "target"), (1, "target")]


def test_a_heading_of_targets_reviewed_and_a_shortfall_against_target_are_results() -> None:
    found = indicators("(一)主要目标完成情况\n全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;规模以上工业增加值同比增长10.1%,高于目标2.1个百分点。\n")
    assert {i["kind"] for i in found} == {"actual"}


def test_a_gap_to_a_benchmark_and_a_rank_by_scope_are_named_for_the_metric_before() -> None:
    found = indicators("一、工作回顾\n规上工业增加值同比增长10.1%,高于目标2.1个百分点,稳居全市第1位;地区生产总值增长3.2%,塌目标1.8个百分点,居四县第1名。\n")
    assert [i["name"] for i in found] == [
        "规上工业增加值", "规上工业增加值高于目标", "规上工业增加值排名", "地区生产总值", "地区生产总值塌目标", "地区生产总值排名",
    ]


def test_a_list_of_points_shares_its_unit_and_a_rise_after_a_value_is_its_rate() -> None:
    found = indicators("一、工作回顾\n社会消费品零售总额增长12%,分别高于全省、全市2.2个和1.1个百分点。综合能源消费量完成213.03万吨标准煤,同比上升7.4%。\n")
    assert [(i["value"], i["unit"], i["yoy_pct"]) for i in found] == [
        (None, None, 12), (2.2, "个百分点", None), (1.1, "个百分点", None), (213.03, "万吨标准煤", 7.4),
    ]
    assert found[1]["name"].startswith("社会消费品零售总额")


def test_a_source_that_dropped_its_percent_signs_still_gives_completion_and_rate() -> None:
    [ind] = indicators("完成地方财政收入215.1万元,占年任务的61.5,同比下降15.8(同期入库农业税金减少)。")
    assert (ind["value"], ind["target_completion_pct"], ind["yoy_pct"]) == (215.1, 61.5, -15.8)


def test_a_comparators_rate_in_brackets_is_its_own_figure_not_a_record() -> None:
    found = indicators("社零总额增长11.4%,增速高出全区(11.2%)0.2个百分点,且高出南宁(10.2%)1.2个百分点。")
    assert [(i["value"], i["unit"], i["yoy_pct"]) for i in found] == [(None, None, 11.4), (0.2, "个百分点", None), (1.2, "个百分点", None)]


def test_targets_reported_as_met_are_results_and_a_targets_appraisal_sets_no_target() -> None:
    found = indicators("全面完成了镇人大确定的各项目标任务:地区生产总值达8亿元;财政收入达805万元。先后获得目标考评一等奖等各种奖励41项。")
    assert [(i["value"], i["kind"]) for i in found] == [(8.0, "actual"), (805.0, "actual"), (41.0, "actual")]


def test_a_rate_after_an_increase_in_amount_is_the_levels_rate() -> None:
    found = indicators("油料种植面积202万亩,较上年增加1.16万亩,增长0.57%。")
    assert [(i["value"], i["yoy_pct"]) for i in found] == [(202.0, 0.57), (1.16, None)]


def test_a_rate_each_metric_of_a_list_is_to_have_goes_to_each() -> None:
    found = indicators("工业总产值、进出口额、利用外资等主要经济指标均要有20%的增幅。")
    assert [(i["name"], i["yoy_pct"]) for i in found] == [("工业总产值", 20.0), ("进出口额", 20.0), ("利用外资", 20.0)]


def test_a_streak_is_no_record_and_a_value_both_metrics_rose_to_goes_to_each() -> None:
    found = indicators("质量工作考核连续10次获优秀,国家级跨境电商综合试验区、服务贸易平台均增至9个。")
    assert [(i["name"], i["value"], i["unit"]) for i in found] == [("国家级跨境电商综合试验区", 9.0, "个"), ("服务贸易平台", 9.0, "个")]


def test_a_rate_said_on_a_like_for_like_basis_or_as_an_increase_joins_its_value() -> None:
    found = indicators("完成工业固定资产投资4.88亿元,同比增加67.70%;一般公共预算收入37.6亿元,同口径对比增长29.1%。")
    assert [(i["value"], i["yoy_pct"]) for i in found] == [(4.88, 67.7), (37.6, 29.1)]


def test_a_count_after_a_bare_verb_of_events_is_named_for_what_follows() -> None:
    [ind] = indicators("连续举办9场亲清政企恳谈会。")
    assert ind["name"] == "亲清政企恳谈会"


def test_a_rate_the_source_wrote_without_its_percent_keeps_its_approximation_and_a_growth_ratio_is_a_rate() -> None:
    found = indicators("地区生产总值增长7.5左右,财税收入增长比率9%。")
    assert [(i["name"], i["yoy_pct"]) for i in found] == [("地区生产总值", 7.5), ("财税收入", 9.0)]


def test_growth_rates_said_respectively_after_their_metrics_are_each_metrics_rate() -> None:
    found = indicators("城镇和农村常住居民人均可支配收入增速分别为9.1%、5.0%。")
    assert [(i["name"], i["value"], i["yoy_pct"]) for i in found] == [("城镇常住居民人均可支配收入", None, 9.1), ("农村常住居民人均可支配收入", None, 5.0)]


def test_a_rate_aimed_at_is_a_rate_and_the_gap_to_it_is_a_result() -> None:
    found = indicators("城镇居民人均可支配收入增长7.7%，高于7.0%的预期目标0.7个百分点。")
    assert [(i["value"], i["unit"], i["yoy_pct"], i["kind"]) for i in found] == [(None, None, 7.7, "actual"), (None, None, 7.0, "target"), (0.7, "个百分点", None, "actual")]


def test_completion_rates_listed_after_one_and_a_plan_given_in_brackets() -> None:
    found = indicators("基础设施项目和产业化项目投资已分别完成全年计划的53.58%和44.99%。市外到位资金完成县上全年任务(46.5亿元)的54.78%。")
    assert [i["target_completion_pct"] for i in found if i["target_completion_pct"]] == [53.58, 44.99, 54.78]
    assert [(i["value"], i["kind"]) for i in found if i["value"]] == [(46.5, "target")]


def test_a_target_rate_in_brackets_is_named_for_the_metric_it_is_set_for() -> None:
    found = indicators("工业总产值增长52%，增速为年度目标(23%)的两倍多；固定资产投资增长34.2%,高于28%的年度目标；财政收入增长6.5%(年度目标6%以上)。")
    assert [(i["name"], i["yoy_pct"], i["target_completion_pct"], i["kind"]) for i in found] == [
        ("工业总产值", 52.0, None, "actual"), ("工业总产值目标增速", 23.0, None, "target"),
        ("固定资产投资", 34.2, None, "actual"), ("固定资产投资目标增速", 28.0, None, "target"),
        ("财政收入", 6.5, None, "actual"), ("财政收入目标增速", 6.0, None, "target"),
    ]


def test_a_heading_that_says_the_main_figures_were_met_sets_no_targets() -> None:
    found = indicators("一、上半年计划执行情况\n(一)主要指标完成较好\n1-6月份,地区生产总值完成77.7亿元,同比增长6.2%。\n")
    assert [(i["value"], i["kind"]) for i in found] == [(77.7, "actual")]


def test_a_mirror_copys_pinyin_gloss_inside_a_unit_leaves_the_unit_whole() -> None:
    found = indicators("一、工作回顾\n億元以上企業拉動(dòng)全區(qū)工業(yè)增長(zhǎng)11.5個(gè)百分點(diǎn)。\n")
    assert [(i["value"], i["unit"]) for i in found] == [(11.5, "個百分點")]


def test_benchmarks_listed_in_brackets_are_their_figures_and_a_positive_growth_is_a_rate() -> None:
    found = indicators("规上工业增加值增长19.4%,增速分别高全国(10.9%)、全市(7.9%)8.5和11.5个百分点；工业投资实现2%正增长。")
    assert [(i["value"], i["unit"], i["yoy_pct"]) for i in found] == [
        (None, None, 19.4), (8.5, "个百分点", None), (11.5, "个百分点", None), (None, None, 2.0),
    ]


def test_a_review_item_that_mends_a_shortfall_is_an_achievement_not_a_problem() -> None:
    text = (
        "一、2021年工作回顾\n(一)坚定不移抓项目、促转型,发展动能加速集聚。实施重点项目26项,年内完成投资32.85亿元。\n"
        "(二)统筹兼顾强基础、补短板,乡村振兴全面起势。建设高标准农田2.5万亩,完成人工造林3.1万亩。\n"
    )
    result = run(text)
    assert [a.text for a in result.achievements] == ["坚定不移抓项目、促转型,发展动能加速集聚", "统筹兼顾强基础、补短板,乡村振兴全面起势"]
    assert result.problems == []


def test_a_part_that_states_one_result_over_a_short_body_is_one_achievement() -> None:
    body = "1-5月,全区规模以上工业增加值同比增长1.9%。\n从主要产品产量看:商品混凝土同比增长2.4%,精制茶同比增长40.6%。\n"
    text = f"一、主要工业产品产量较快增长\n{body}二、投资结构持续优化\n1-5月,固定资产投资同比下降12.2%,比去年同期回落22.4个百分点,二产业投资增长2.7%。\n"
    assert [a.text for a in run(text).achievements] == ["主要工业产品产量较快增长", "投资结构持续优化"]
    review = f"一、2025年工作回顾\n{body}"  # a part named for the period reviews it sentence by sentence
    assert [a.text for a in run(review).achievements] == ["全区规模以上工业增加值同比增长1.9%", "商品混凝土同比增长2.4%"]


def test_a_headless_part_among_parts_of_run_in_heads_is_read_sentence_by_sentence() -> None:
    parts = (
        "一、坚持产业跨越发展，制造业强县加快起势\n产业转型持续提速。深入实施制造业强县三年攻坚突破行动，新增了规模以上工业企业20家。\n"
        "项目建设扎实推进。实施重点项目105个，完成投资128亿元，省市重点项目数量创了历年新高。\n"
        "二、坚持改革开放突破，市场活力持续释放\n重点改革不断深化。深化“放管服”改革，新登记了市场主体8600户，增长12.5%。\n"
        "开放合作成效明显。实际使用外资1.2亿美元，进出口总额增长21.3%，外贸规模创了历史新高。\n"
    )
    sentences = [
        "深入开展“提境界、强担当、抓落实、创一流”作风能力大提升专项行动", "创新设立县政府常务会议“高手课堂”制度",
        "“两所共建”“双心融合”打造新时代“枫桥经验”高唐模式获评“山东省法治政府建设示范项目”", "52家单位设立法律顾问或公职律师",
        "行政机关负责人出庭应诉率保持100%", "办理人大代表建议92件、政协委员提案115件",
    ]
    text = (
        "各位代表：\n现在，我代表县人民政府，向大会报告工作。\n2022年工作回顾\n2022年，是高唐发展进程中极不平凡的一年。"
        "面对疫情冲击和经济下行等多重考验，全县上下在县委的坚强领导下，较好完成了县十八届人大一次会议确定的目标任务。\n"
        f"{parts}三、坚持政府职能转变，行政效能优化提升\n{'。'.join(sentences)}，满意率达到了100%。\n"
        "各位代表，这些成绩的取得，是县委正确领导的结果。在此，我代表县人民政府，向全县人民表示衷心的感谢！\n"
    )
    assert [a.text for a in run(text).achievements][-len(sentences):] == sentences


def test_after_the_turn_from_success_a_part_reports_no_further_accomplishment() -> None:
    text = (
        "一季度全市地区生产总值同比增长15.2%,排全区第3位。\n"
        "在肯定成绩的同时,大家也要对当前的经济工作形势有清醒认识。从全国的形势看,去年一季度经济负增长。\n"
        "从百色的情况来看,去年一季度全市经济增长3.6%,四季度增长6.3%,也是前低后高。\n"
    )
    assert [a.text for a in run(text).achievements] == ["一季度全市地区生产总值同比增长15.2%"]


def test_circumstance_speaker_announcement_and_inference_clauses_report_nothing() -> None:
    text = (
        "随着产业园区基础设施建设的不断完善,15个产业园区完成工业总产值509.4亿元。省工信厅园区处相关负责人透露,"
        "今年以来海南产业园区运行呈现出三大特点。入驻企业1213个,较去年同期增长30.3%。这表明企业向产业园区发展的意愿进一步增强。\n"
        "尽管园区集约集群发展效应进一步凸显,但当前海南园区发展也面临掣肘。\n"
        "首先,招商力度明显减弱。1-4月,全省15个园区完成招商签约资金57亿元。\n"
    )
    assert [a.text for a in run(text).achievements] == ["15个产业园区完成工业总产值509.4亿元", "入驻企业1213个"]


def test_a_problem_is_quoted_without_its_marker_and_a_parts_title_is_none() -> None:
    text = (
        "一、完成情况和对比差距\n上半年全区工业园区经济运行呈现以下特点。一是进度慢。工业增加值未达到序时进度要求。"
        "二是增幅低。主营业务收入增长1.2%。\n"
    )
    assert [p.text for p in run(text).problems] == ["进度慢", "工业增加值未达到序时进度要求", "增幅低"]


def test_a_reflection_on_the_year_reports_nothing_a_circumstance_faced_opens_its_accomplishment() -> None:
    text = (
        "一、2022年工作回顾\n这一年,面对严峻复杂形势,我们始终保持战略定力,全年地区生产总值增长3%。\n"
        "过去的一年,我们遇到的困难和挑战远超预期,取得上述成绩实属不易。最让我们感谢的是,市委、市政府给予了大力支持。\n"
    )
    assert [a.text for a in run(text).achievements] == ["面对严峻复杂形势"]  # as the reference gold quotes its first clause


def test_a_planned_area_is_a_fact_and_a_planned_investment_a_target() -> None:
    found = indicators("一、重点项目建设情况\n科技工业园规划总面积30平方公里,省重点项目14宗,年度计划投资44.62亿元,完成投资6.50亿元。\n")
    assert [(i["value"], i["kind"]) for i in found] == [(30.0, "actual"), (14.0, "actual"), (44.62, "target"), (6.5, "actual")]


def test_a_share_is_named_for_the_metric_just_reported_and_land_taken_is_no_share() -> None:
    found = indicators("工商税入地方税金162万元,占财政收入的74.7%。项目总投资1.2亿元,占地100亩。")
    assert [i["name"] for i in found] == ["工商税入地方税金", "工商税入地方税金占财政收入的", "项目总投资", "占地"]


def test_a_count_after_verbs_and_manner_words_is_named_by_the_noun_after_it() -> None:
    found = indicators("同步打造4个千亩级设施农业集中种植区,首批建成11所乡镇新型农民培训学校。")
    assert [i["name"] for i in found] == ["千亩级设施农业集中种植区", "乡镇新型农民培训学校"]


def test_an_amount_spent_on_a_list_closed_by_a_count_is_named_for_the_class_listed() -> None:
    found = indicators("投资880万元新建休闲健身公园、童趣时光公园、滨河公园3座“口袋公园”。投资0.77亿元的地表水厂、投资0.79亿元的职教中心二期。")
    assert [i["name"] for i in found] == ["“口袋公园”投资", "“口袋公园”", "地表水厂投资", "职教中心二期投资"]


def test_what_a_named_body_says_it_will_do_is_a_task_one_per_semicolon_piece() -> None:
    text = (
        "2023年,马良镇经济工作的主要预期目标是:地区生产总值增长10%。\n"
        "该镇将抓项目、扩投资,积极谋划争取一批重大产业项目;围绕全域国土整治等26个重点项目,强化责任包保和要素保障;"
        "全面推进乡村振兴,不断擦亮小城镇。\n"
    )
    assert [p.text for p in run(text).plans] == ["该镇将抓项目、扩投资", "全面推进乡村振兴"]


def test_tasks_a_speaker_sets_after_saying_or_pointing_out() -> None:
    text = "会议听取了五个园区的工作汇报。区长刘子清表示,五个园区是全区经济发展的重要主体。园区要积极向上、奋发有为;要提高抵御风险的能力。\n"
    assert [p.text for p in run(text).plans] == ["园区要积极向上、奋发有为", "要提高抵御风险的能力"]


def test_a_report_announcing_itself_and_a_dateline_report_nothing() -> None:
    text = (
        "一、上半年工作情况\n现就开发区上半年工作情况总结如下。全区实现工业总产值120亿元,同比增长8%。\n"
        "本报利津讯 11月18日,全区新增规上企业12家。按投资类别分,工业投资增长15%。\n"
        "刚才,登琳同志强调了稳定工作,我主要谈发展。下面,我就经济运行工作讲3点意见。\n"
    )
    assert [a.text for a in run(text).achievements] == ["全区实现工业总产值120亿元", "全区新增规上企业12家", "工业投资增长15%"]


def test_the_lead_into_a_problems_part_is_no_problem() -> None:
    text = "五、存在问题\n虽然全市工业园区经济发展取得了显著成绩,但仍存在一些问题,如产业结构还需优化。\n六、建议\n加大产业结构调整力度。\n"
    assert [p.text for p in run(text).problems] == ["产业结构还需优化"]


def test_a_paragraph_opened_by_a_two_clause_verdict_head_is_one_achievement() -> None:
    text = (
        "一、2019年工作回顾\n推进民生事业发展，人民群众获得感进一步增强。全年民生支出达到19.12亿元，占公共财政预算总支出的81.4%。"
        "社会保险覆盖范围进一步扩大，率先成立征迁群众服务保障中心。\n"
    )
    assert [a.text for a in run(text).achievements] == ["推进民生事业发展，人民群众获得感进一步增强"]


def test_targets_proposed_after_a_colon_are_targets_to_the_end_of_the_sentence() -> None:
    text = "今年全区经济社会发展主要预期目标建议为:地区生产总值增长7.5%左右;一般公共预算收入增长7.5%;固定资产投资增长10%以上。\n"
    assert [i.kind for i in run(text).indicators] == ["target", "target", "target"]


def test_figures_inside_a_quoted_slogan_are_no_records() -> None:
    found = indicators("大力实施“20个项目推出去、10个项目引进来”的项目攻坚计划,实现“300米见绿，500米见园”,新建游园12个。")
    assert [(i["value"], i["unit"]) for i in found] == [(12.0, "个")]


def test_a_pages_own_counter_scraped_with_the_text_is_no_record() -> None:
    assert indicators("推进项目建设 浏览:17792次 时间:2013-07-12\n上半年新开工项目12个。") == indicators("上半年新开工项目12个。")


@pytest.mark.parametrize(("text", "expected"), [
    ("人均GDP由2015年52092元提高到73182元。", ["人均GDP", "人均GDP"]),
    ("税收由2147万元增加至4250万元。", ["税收", "税收"]),
])
def test_a_short_name_before_a_change_from_one_value_to_another_names_both(text: str, expected: list[str]) -> None:
    assert [i["name"] for i in indicators(text)] == expected


def test_a_speaker_who_requires_of_someone_named_sets_tasks_too() -> None:
    text = "区人大常委会副主任出席会议,要求政府及相关部门,要盯住目标任务,在调度上下功夫。\n"
    assert [p.text for p in run(text).plans] == ["要盯住目标任务"]


def test_a_count_of_visits_said_in_a_sentence_is_a_record() -> None:
    assert [i["value"] for i in indicators("县政府门户网站全年访问量:326万次。")] == [326.0]


def test_a_speaker_who_stresses_a_principle_in_a_review_sets_no_task() -> None:
    text = "疫情发生后,县委县政府第一时间作出部署,强调生命至上,要做到应收尽收、应治尽治,全县没有发生聚集性疫情。\n"
    assert [p.text for p in run(text).plans] == []


def test_a_colon_after_the_planned_years_arrangements_frames_targets_but_not_a_years_results() -> None:
    text = (
        "2020年,全市地区生产总值增长3.5%。周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排,具体为:"
        "地区生产总值增长6.5%左右;规上工业增加值增长9%。\n"
    )
    assert [i.kind for i in run(text).indicators] == ["actual", "target", "target"]
    met = "2020年,全市地区生产总值增长3.5%。2020年主要目标完成情况如下:规上工业增加值增长9%。\n"
    assert [i.kind for i in run(met).indicators] == ["actual", "actual"]


def test_a_paragraphs_lead_on_how_its_period_went_is_no_achievement_of_its_own() -> None:
    text = (
        "一、2021年工作回顾\n一年来，我们坚持项目引领、园区支撑，县域经济积蓄势能。瞄准京雄保产业转移，储备亿元项目20个。"
        "实施省市重点项目18个。\n"
        "五年来，我们凝心聚力抓发展，综合实力稳步提升。全县生产总值年均增长6.5%。\n"
    )
    assert [a.text for a in run(text).achievements] == ["瞄准京雄保产业转移", "实施省市重点项目18个", "全县生产总值年均增长6.5%"]


def test_a_chain_of_period_led_sentences_gives_one_achievement_each() -> None:
    text = (
        "一、五年回顾\n五年来,我们坚持解放思想,深入开展“德山三问”大讨论,凝聚了加快发展的强大合力。"
        "五年来,我们坚持敢闯敢试,勇于探索,营商环境持续优化。\n"
    )
    assert [a.text for a in run(text).achievements] == ["我们坚持解放思想", "我们坚持敢闯敢试"]


def test_what_was_done_or_still_falls_short_sets_no_task() -> None:
    text = (
        "三、下一步工作打算\n一是完成了3.5万人、2.1万头牲畜的农村饮水任务。二是年初部分计划项目还未完成。三是加快推进农村公路建设。\n"
    )
    assert [p.text for p in run(text).plans] == ["加快推进农村公路建设"]


def test_a_planned_change_on_last_year_is_a_target() -> None:
    text = "一、经济运行目标\n(1)地区生产总值比上年增长16%。\n(2)限额以上工业增加值比上年增长22%。\n(3)上年完成的工业投资30亿元。\n"
    assert [(i.yoy_pct or i.value, i.kind) for i in run(text).indicators] == [(16.0, "target"), (22.0, "target"), (30.0, "actual")]
