import pytest

from pathlib import Path

from extract.sections import outline, paragraphs, tense_role

CORPUS = Path(__file__).parent / "corpus"

REPORT = """2021年工作总结
一、主要经济指标完成情况
（一）工业经济运行情况。完成规模以上工业总产值61.05亿元。
(二)招商引资完成情况。全年新增项目41个。
二、存在的问题
一是产业结构单一。二是要素保障不足。
三、2022年工作计划
(一)抓产业。一是围绕主要经济指标,力争再上新台阶。二是狠抓科技创新。
(二)抓招商
1.强化项目谋划。
2、优化营商环境。
"""


def test_heading_levels_and_titles() -> None:
    tree = outline(REPORT)
    headings = [(s.level, s.marker, s.title) for s in tree.sections if s.level < 4]
    assert headings == [
        (1, "一、", "主要经济指标完成情况"),
        (2, "（一）", "工业经济运行情况"),
        (2, "(二)", "招商引资完成情况"),
        (1, "二、", "存在的问题"),
        (1, "三、", "2022年工作计划"),
        (2, "(一)", "抓产业"),
        (2, "(二)", "抓招商"),
        (3, "1.", "强化项目谋划"),
        (3, "2、", "优化营商环境"),
    ]


def test_items_are_level_four_with_their_first_sentence() -> None:
    items = [(s.marker, s.title) for s in outline(REPORT).items()]
    assert items == [
        ("一是", "产业结构单一"),
        ("二是", "要素保障不足"),
        ("一是", "围绕主要经济指标,力争再上新台阶"),
        ("二是", "狠抓科技创新"),
    ]


def test_roles_from_headings_and_inheritance() -> None:
    tree = outline(REPORT)
    roles = {s.title: s.role for s in tree.sections}
    assert roles["主要经济指标完成情况"] == "review"
    assert roles["工业经济运行情况"] == "review"
    assert roles["存在的问题"] == "problems"
    assert roles["2022年工作计划"] == "plan"
    assert roles["强化项目谋划"] == "plan"


def test_spans_nest_and_lookup_finds_the_deepest() -> None:
    tree = outline(REPORT)
    offset = REPORT.index("61.05")
    assert tree.path_at(offset) == ("主要经济指标完成情况", "工业经济运行情况")
    assert tree.role_at(REPORT.index("狠抓科技创新")) == "plan"
    assert tree.role_at(0) == "other"
    for section in tree.sections:
        assert 0 <= section.start <= section.title_start < section.end <= len(REPORT)
        assert REPORT[section.title_start : section.title_end] == section.title


def test_role_from_tense_when_heading_has_no_cue() -> None:
    future = "一、奋力推进高质量发展\n要加快推进项目建设,力争新开工项目30个,确保投产项目25个,要持续优化营商环境。\n"
    past = "一、奋力推进高质量发展\n全年完成投资120亿元,同比增长50%,实现了产值翻番,已建成厂房20万平方米。\n"
    assert outline(future).sections[0].role == "plan"
    assert outline(past).sections[0].role == "review"
    aimed = "一、奋力推进高质量发展\n确保49个续建项目全部复工、新开工项目开工率达到60%以上;争取储备一批大项目,一季度实现投资9.2亿元。\n"
    assert outline(aimed).sections[0].role == "plan"  # what a clause that aims names (达到, 实现) is aimed at, not done
    quotas = "举目已是千山绿。确保49个续建项目全部复工,一季度完成投资9.2亿元以上;全区争取中央预算内投资要较上年增长10%以上;确保年内实施招商项目60项以上,资金到位率达到50%以上,发令枪已经鸣响。"
    assert tense_role(quotas, leaning=True) == "plan"  # a firm aim's quotas run on to the semicolon: 完成, 达到 are aimed at
    reached = "·力争新建避难场所2.95万平方米,同比增长8%\n·完成2个一级微型消防站建设\n·新增人才公寓房源242间\n"
    assert tense_role(reached) == "review"  # not past a figure compared with the year before: that one was reached
    named = "一、始终坚持项目主导\n以深化“五大战役重点行动计划”为载体,年计划投资60亿元,1-8月完成投资41亿元,占年计划68.3%,累计已争取到位资金2.1亿元。\n"
    assert outline(named).sections[0].role == "review"  # 行动计划, 年计划: a plan named, no plan made


def test_numbers_at_line_start_are_not_headings() -> None:
    tree = outline("10.5亿元的项目已开工\n2021年是开局之年\n")
    assert tree.sections == ()


def test_paragraphs_skip_blank_lines_and_trim() -> None:
    text = "  甲乙 \n\n丙\n   \n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["甲乙", "丙"]


def test_items_under_no_heading_take_the_tense_of_their_run() -> None:
    text = (
        "同志们：\n第一，坚定不移抓项目扩投资。要紧盯重大项目，确保新开工项目50个。\n"
        "第二，千方百计稳工业。要落实助企政策，力争规上企业达到320家。\n第三，持之以恒优环境。\n"
    )
    assert [(s.marker, s.role) for s in outline(text).sections] == [("第一，", "plan"), ("第二，", "plan"), ("第三，", "plan")]


def test_short_sentences_that_open_alike_are_unnumbered_items() -> None:
    text = (
        "一、下一步工作\n1.立足首位首责,聚焦招商引资。坚持高质量引进来。在项目谋划上精准导航。根据园区产业优势谋划项目。"
        "在招大引强上持续突破。紧盯500强企业。在提质增效上展现作为。深化产业合作。\n"
    )
    items = [(s.marker, s.title) for s in outline(text).items()]
    assert items == [("", "在项目谋划上精准导航"), ("", "在招大引强上持续突破"), ("", "在提质增效上展现作为")]


def test_a_lone_short_sentence_is_not_an_item() -> None:
    text = "一、下一步工作\n(一)抓招商。坚持高质量引进来。根据园区产业优势谋划一批重大产业项目。\n"
    assert outline(text).items() == ()


def test_run_in_heads_that_end_in_a_verdict_are_items_even_when_they_open_differently() -> None:
    text = (
        "一、2015年工作回顾\n"
        "面对经济下行压力，我区狠抓投资拉动和项目建设，保持了经济平稳增长。商贸中心辐射带动能力不断增强。万家惠农贸市场、发达广场、"
        "三角地时代广场商业综合体等重点项目进展顺利，全年新增营业面积10万平方米。旅游文化产业显著发展。两河圣山旅游景区基础设施和"
        "功能日益完善，世界反法西斯战争海拉尔纪念园二期工程启动实施。\n"
    )
    assert [s.title for s in outline(text).items()] == ["商贸中心辐射带动能力不断增强", "旅游文化产业显著发展"]


def test_a_verdict_without_details_after_it_is_no_run_in_head() -> None:
    text = (
        "一、工作回顾\n全年新建道路12条，总长24公里，城市路网进一步完善。城市功能明显提升。全年新增绿地30万平方米，"
        "建成公园4处，城乡环境持续改善。\n"
    )
    assert outline(text).items() == ()


def test_paragraphs_that_each_open_with_a_verdict_are_items_a_lone_one_is_not() -> None:
    details = "社会消费品零售总额完成110.6亿元，同比增长13%，中俄蒙国际物流园区晋升为自治区级物流园区。"
    two = f"（一）经济保持较快发展\n区域商贸中心地位不断增强。{details}\n工业经济稳步增长。{details}\n"
    assert [s.title for s in outline(two).items()] == ["区域商贸中心地位不断增强", "工业经济稳步增长"]
    one = f"（一）经济保持较快发展\n区域商贸中心地位不断增强。{details}\n全年完成投资3.5亿元，{details}\n"
    assert outline(one).items() == ()


def test_headings_keep_their_markdown_markup() -> None:
    text = "## 一、2024年工作回顾\n全年完成投资3亿元。\n\\### （三）建管并举促融合\n建成公园3处。\n**二、存在问题**\n短板仍然突出。\n"
    assert [(s.level, s.marker, s.title) for s in outline(text).sections] == [
        (1, "一、", "2024年工作回顾"), (2, "（三）", "建管并举促融合"), (1, "二、", "存在问题"),
    ]


def test_a_heading_of_problems_and_plans_turns_to_plans_at_its_first_forward_paragraph() -> None:
    text = (
        "二、存在问题及下一步打算\n一年来，虽然我们做了大量工作，但还存在一些问题：工业经济总量偏小，发展后劲不足。\n"
        "2025年，我们将坚持稳中求进，着力扩投资、夯基础，打好项目攻坚战；突出延链条、聚集群，做强工业主引擎。\n"
    )
    sections = outline(text).sections
    assert [(s.level, s.role) for s in sections] == [(1, "problems"), (1, "plan")]
    assert sections[0].end == text.index("2025年") and sections[1].title == ""


def test_a_title_line_numbered_with_a_space_and_bulleted_items() -> None:
    text = "一 打造营商服务环境新标杆\n\n●一是深化动力变革\n\n●二是优化政务服务\n\n二 打造先进制造平台新标杆\n\n●一是扩大集群规模\n"
    sections = outline(text).sections
    assert [(s.level, s.marker, s.title) for s in sections] == [
        (1, "一", "打造营商服务环境新标杆"), (4, "一是", "深化动力变革"), (4, "二是", "优化政务服务"),
        (1, "二", "打造先进制造平台新标杆"), (4, "一是", "扩大集群规模"),
    ]
    assert {s.role for s in sections} == {"plan"}  # imperative headings over bare items set tasks


def test_a_sentence_that_opens_with_a_numeral_and_a_space_is_no_heading() -> None:
    assert outline("一 年来全区上下团结一心，完成地区生产总值120亿元，同比增长8%。\n").sections == ()


def test_an_imperative_heading_is_a_plan_a_heading_with_a_verdict_is_not() -> None:
    text = "一、打造营商服务环境新标杆\n●一是深化动力变革\n二、营商环境持续优化\n●一是深化动力变革\n"
    assert [s.role for s in outline(text).sections if s.level == 1] == ["plan", "other"]


def test_paragraphs_that_each_open_with_a_task_are_plan_items() -> None:
    text = (
        "二、2023年工作安排\n(一)聚焦发展稳中求进,着力实现提质增效新突破\n"
        "积极扩大有效投资。创新招商举措,多渠道挖掘项目资源,狠抓主导产业链精准招商,力争亿元以上项目签约120个。\n"
        "加快产业集聚集群发展。聚焦特色产业培育,做好“老原新”三篇大文章,加快构建现代产业体系,力争规上工业企业达到130家。\n"
    )
    items = [(s.title, s.role) for s in outline(text).items()]
    assert items == [("积极扩大有效投资", "plan"), ("加快产业集聚集群发展", "plan")]
    held = (
        "二、2022年工作目标和主要任务\n(七)着力推进安全体系建设,在完善社会治理上实现新突破。坚决贯彻落实总体国家安全观。\n"
        "筑牢安全风险底线。严格落实安全生产责任制,统筹抓好道路交通、建筑施工、矿山等重点领域安全隐患排查整治。\n"
        "维护社会大局稳定。深化法治建设,扎实推进“八五”普法宣传教育,发挥群防群治综合效用。\n"
    )
    assert [s.title for s in outline(held).items()] == ["筑牢安全风险底线", "维护社会大局稳定"]  # holding a line is a task


def test_a_page_saved_as_one_line_keeps_its_headings_and_their_titles() -> None:
    text = (
        "今天召开这次会议,主要是总结前一阶段各项工作。今年以来,全镇上下狠抓落实,完成工业总产值15.16亿元,同比增长19.09%,"
        "主营业务收入15.12亿元,同比增长21.05%,财政收入增幅全市第一,招商引资任务也已超额完成,各项工作稳步推进,成效明显。"
        "下面,我就全镇前段时间的各项工作情况作以简要回顾,并对下一步的工作讲几点意见,请大家在下一步工作中抓好落实,"
        "以更加奋发有为的状态、更加扎实有效的措施,抓住重点、克服难点、带动全局,顺利完成全年的任务目标。"
        " 一、肯定成绩,认清形势,切实增强做好各项工作的责任感 1、工业发展和招商引资工作势头良好。前三季度,共引进过千万元的项目10个。"
        "(二)平台创建初见成效__湾电力科技小镇以输配电高端装备制造为核心,着力打造电力装备全产业链。"
    )
    sections = outline(text).sections
    assert [(s.level, s.title) for s in sections] == [
        (1, "肯定成绩,认清形势,切实增强做好各项工作的责任感"), (3, "工业发展和招商引资工作势头良好"), (2, "平台创建初见成效"),
    ]


def test_the_items_of_an_outlook_heading_that_review_the_year_are_review() -> None:
    text = (
        "一、要准确把握当前我县经济形势 2021年,全县上下克难攻坚,保持了经济平稳增长。一是工业经济提速增效。全年规上工业增加值增长9.2%。"
        "二是项目建设实现新突破。全年新开工项目41个。\n"
    )
    assert [(s.title, s.role) for s in outline(text).items()] == [("工业经济提速增效", "review"), ("项目建设实现新突破", "review")]


def test_in_a_plan_document_a_heading_without_cue_words_sets_tasks_whatever_its_tense() -> None:
    text = "舒城经济开发区2021年工作计划\n二、实施大提升。计划投入1000万元,完成园区污水处理厂提标升级工程,实现工业发展良性互动。\n"
    assert [s.role for s in outline(text).sections] == ["review"]
    assert [s.role for s in outline(text, plan_document=True).sections] == ["plan"]


def test_circled_numbers_mark_items() -> None:
    text = "一、今年以来的工作情况\n主要经济指标稳步增长:①完成公共财政预算收入18.2亿元,同比增长20.6%;②实现工业总产值204亿元,增长4%。\n"
    assert [(s.marker, s.title) for s in outline(text).items()] == [
        ("①", "完成公共财政预算收入18.2亿元,同比增长20.6%"), ("②", "实现工业总产值204亿元,增长4%"),
    ]


def test_a_headings_paragraph_is_its_one_item_unless_the_heads_inside_open_alike() -> None:
    details = "坚定不移走基于农业优势和人口红利的工业强县之路,成功争创全省特色产业园区,新签约项目12个。"
    inner = f"(一)经济增长迈出坚实步伐。项目投资支撑有力。{details}扩大消费成效明显。{details}\n"
    assert outline(inner).items() == ()
    alike = f"1.立足首位首责,聚焦聚力招商引资。{details}在项目谋划上精准导航。{details}在招大引强上持续突破。{details}在提质增效上展现作为。{details}\n"
    assert [s.title for s in outline(alike).items()] == ["在项目谋划上精准导航", "在招大引强上持续突破", "在提质增效上展现作为"]
    two = f"(二)加力推动科技创新和产业创新深度融合。{details}加强基础研究和科技攻关。{details}加快人工智能等数智技术创新。{details}\n"
    assert outline(two).items() == ()  # two heads that happen to share a first character make no list


@pytest.mark.parametrize(("title", "role"), [
    ("二、重点企业快速成长", "other"),  # a result that names 重点: no plan part (its tense decides)
    ("一、重点项目强力支撑", "other"),
    ("二、重点项目建设", "plan"),
    ("二、加快推进重点项目", "plan"),
    ("二、下一步工作重点", "plan"),
])
def test_a_plan_cue_in_a_result_heading_opens_no_plan_part(title: str, role: str) -> None:
    text = f"{title}\n美的厨卫、美智空调2家企业入选国家智能制造示范工厂,新增规上企业12家。\n"
    assert outline(text).sections[0].role == role


def test_a_bulleted_line_is_an_item() -> None:
    text = "一 确保内外循环格局更优化\n\n●对外要保基本盘,力争全年进出口增长5%以上;\n\n●对内要打造消费场景,力争增长6%以上;\n"
    assert [(s.marker, s.title, s.role) for s in outline(text).items()] == [
        ("●", "对外要保基本盘,力争全年进出口增长5%以上", "plan"), ("●", "对内要打造消费场景,力争增长6%以上", "plan"),
    ]


def test_one_bullet_repeated_on_a_line_opens_an_item_each_time() -> None:
    text = "·争取增补一轮旧改遗留批次旧改项目·完成河东、高华3个小区“美丽家园”建设\n·新增人才公寓房源242间\n"
    assert [(s.marker, s.title) for s in outline(text).items()] == [
        ("·", "争取增补一轮旧改遗留批次旧改项目"), ("·", "完成河东、高华3个小区“美丽家园”建设"), ("·", "新增人才公寓房源242间"),
    ]


def test_a_bulleted_list_that_aims_sets_tasks_though_its_verbs_read_as_done() -> None:
    plan = "·力争新建避难场所2.95万平方米\n·完成2个一级微型消防站建设\n·争取中德产业园项目年内开工\n·新增人才公寓房源242间\n"
    assert {s.role for s in outline(plan).items()} == {"plan"}
    review = "·力争新建避难场所2.95万平方米,同比增长8%\n·完成2个一级微型消防站建设\n·争取中德产业园项目年内开工\n·新增人才公寓房源242间\n"
    assert {s.role for s in outline(review).items()} == {"review"}  # a figure compared with the year before was reached


def test_terse_run_in_heads_of_paragraphs_run_together_are_items() -> None:
    details = "十项经济指标全年取得5盏绿灯,完成固定资产投资32.5亿元,引进亿元以上重大项目4个。"
    joined = f"(一)坚持“谋发展、促增长”,全力提振经济活力。 紧盯关键指标。{details} 提升发展动能。{details} 建优营商环境。{details}\n"
    assert [s.title for s in outline(joined).items()] == ["紧盯关键指标", "提升发展动能", "建优营商环境"]
    inside = f"聚焦民生改善。深入推进教育惠民。{details}全力保障医养服务。{details}\n"  # no space: sentences of one item
    assert "深入推进教育惠民" not in [s.title for s in outline(inside).items()]


def test_a_sub_heading_glued_to_its_parent_in_a_long_line_is_found() -> None:
    body = "加快推进开发区平台建设,承载能力不断提升。特勤消防站主体工程已完成,正在进行室内装修,预计今年11月中旬竣工投入使用。" * 3
    text = f"今年以来,经开区紧紧围绕三年倍增目标,推动经开区发展实现新跨越。一、2023年工作完成情况(一)平台支撑更加有力。{body}(二)园区经济稳定增长。{body}\n"
    assert [(s.level, s.title) for s in outline(text).sections] == [
        (1, "2023年工作完成情况"), (2, "平台支撑更加有力"), (2, "园区经济稳定增长"),
    ]


def test_a_page_number_inside_a_sentence_is_no_heading() -> None:
    text = (
        "(一)平台支撑更加有力。特勤消防站主体工程已完成,正在进行室内装修,预计今年11月中旬竣工投入使用。有色金属新材料产业园完成工程投资额约3亿元,已\n"
        "2、完成2栋厂房主体工程建设,剩余的10栋厂房正在进行主体结构施工。\n"
        "(二)园区经济稳定增长。加强运行监测分析,落实各项惠企政策,强化企业精准帮扶,推动园区经济平稳增长,应交增值税8.78亿元\n"
        "\n"
        "1、招商引资。全年新签约项目29个。\n"
    )
    assert [(s.level, s.title) for s in outline(text).sections] == [
        (2, "平台支撑更加有力"), (2, "园区经济稳定增长"), (3, "招商引资"),
    ]


@pytest.mark.parametrize(("lead", "role"), [
    ("当前全区项目工作仍然存在很多问题和不足,主要体现在:", "problems"),
    ("邓辉从五个方面对过去一年的工作进行了全面回顾:", "review"),
    ("在肯定成绩的同时,也要看到存在的问题:", "problems"),  # the cue nearest the colon decides
    ("2019年要重点做好八项工作:", "plan"),
    ("各级政府及时出台稳增长政策措施,企业奋力拼搏,实现了政府与企业互动,主要经济指标实现“三个回升一个平稳”:", "review"),  # a 措施 taken
    ("大会总结了过去一年取得的成绩,充分肯定了过去一年的政府工作,部署了2018年的重点工作:", "plan"),  # the clause before the colon names them
])
def test_a_run_of_items_takes_the_role_its_lead_in_announces(lead: str, role: str) -> None:
    text = f"{lead}一是要素保障能力不强。二是向上汇报争取力度不够。三是干部作风能力有待提升。\n"
    assert {s.role for s in outline(text).items()} == {role}


def test_a_part_on_where_the_body_stands_reviews_though_the_report_looks_ahead_after_it() -> None:
    text = (  # 贡嘎县旅游工作汇报 (tests/corpus/aj4_02), saved as one line
        "贡嘎县旅游工作汇报尊敬的夏书记及各位领导:大家好!今天,夏书记专门抽出时间对旅游业发展情况进行调研,充分体现了县委对旅游工作的重视和支持,这对我们既是鼓励,又是鞭策。在此,我代表旅游局向各位"
        "领导表示衷心感谢。下面,我将我县旅游业发展情况作如下汇报,恳请批评指正。一、我县旅游产业发展的现状 我县旅游业起步于2002年,在地委、地区行署正确领导下和地区旅游局的指导下,我们按照旅游发"
        "展的要求,奋力开拓旅游市场,加大旅游市场管理,促使我县旅游业的健康发展。整个旅游发展呈现以下特点: (一)旅游经济得到一定发展。近几年,经过全县共同努力,不断加强旅游基础设施建设,提高旅游服"
        "务质量,全县旅游景区吸纳游客的能力进一步增强,促进了旅游经济快速发展。仅2009年,羊湖景区共接待游客12万多人次,接待车辆10000余台次,珠峰公司上交县财政17.34万元,给东拉乡斯沃组"
        "农牧民补贴12.6万元,2010珠峰公司将要上交县财政21.25万元,我县东拉乡斯沃组农牧民农牧民从事旅游业户数8户,农牧民从事旅游业人均收入3600余元。"
        "二、下一步工作打算 我们将加快景区建设,力争接待游客20万人次,要加大宣传力度,要完善基础设施,将打造精品线路。\n"
    )
    assert [(s.title, s.role) for s in outline(text).sections if s.level == 1][0] == ("我县旅游产业发展的现状", "review")


def test_where_the_body_stands_yields_to_problems_named_in_the_same_title() -> None:
    text = "一、工作回顾\n全年新增企业30家。\n二、我县教育发展现状及存在的问题\n一是学校布局不合理。二是师资力量薄弱。\n"
    assert [s.role for s in outline(text).sections if s.level == 1] == ["review", "problems"]


def test_a_lead_that_looks_ahead_without_a_cue_word_announces_tasks_whatever_their_verbs() -> None:
    text = (
        "今年西固区农业和农村工作将从六个方面加快农业农村经济转型升级:一是突出农民增收,加快转变农业发展方式。年内扶持5家农业龙头企业,"
        "新增特色种植1000亩。二是突出新产业新业态,增强可持续发展。新建农村便利店5家。三是加强基础设施建设,补足全面小康短板。"
        "新建6条农村公路,完成3000亩高标准农田建设。\n四是推行绿色生产方式,着力发展生态农业。强化农产品质量安全监管。\n"
    )
    assert {s.role for s in outline(text).items()} == {"plan"}


def test_two_runs_of_items_apart_take_each_their_own_lead_in() -> None:
    text = (
        "邓辉从五个方面对过去一年的工作进行了全面回顾:一是转动能、强支撑,发展质量不断提升;二是抓重点、聚资源,四大片区联动发展。\n"
        "邓辉在报告中提出了2019年经济社会发展主要预期目标:区属地区生产总值增长9%,全社会固定资产投资增长18%,一般公共预算收入同口径增长9%。\n"
        "邓辉同时在报告中提出2019年要重点做好八项工作:一是着力构建现代产业体系;二是着力推动四大片区协调发展。\n"
    )
    assert [s.role for s in outline(text).items()] == ["review", "review", "plan", "plan"]


DETAILS = "全年完成固定资产投资120亿元，同比增长8.5%，新开工亿元以上项目32个，建成投产项目18个。"


def _items(text: str, **kind: bool) -> list[tuple[str, str]]:
    return [(s.role, s.title) for s in outline(text, **kind).sections if s.level == 4]


def test_part_titles_without_markers_open_parts_and_a_later_year_is_planned() -> None:
    text = f"政府工作报告\n2025年和“十四五”时期工作回顾\n{DETAILS}\n2026年主要工作\n扩大有效投资。{DETAILS}\n培育新兴产业。{DETAILS}\n"
    tree = outline(text)
    assert [(s.level, s.role, s.title) for s in tree.sections if s.level == 1] == [
        (1, "review", "2025年和“十四五”时期工作回顾"), (1, "plan", "2026年主要工作")
    ]
    assert _items(text) == [("plan", "扩大有效投资"), ("plan", "培育新兴产业")]
    tasks = outline(f"政府工作报告\n2021年主要工作回顾\n{DETAILS}\n2022年工作目标和主要任务\n扩大有效投资。{DETAILS}\n")
    assert [(s.role, s.title) for s in tasks.sections if s.level == 1] == [("review", "2021年主要工作回顾"), ("plan", "2022年工作目标和主要任务")]


def test_a_part_named_for_the_next_five_year_plan_after_a_review_of_the_last_is_planned() -> None:
    text = (f"一、2025年工作及“十四五”时期发展回顾\n{DETAILS}\n二、“十五五”时期发展的主要考虑\n(一)关于“十五五”时期发展的主要目标\n{DETAILS}\n"
            f"三、2026年工作安排\n{DETAILS}\n")
    assert [(s.role, s.title) for s in outline(text).sections] == [
        ("review", "2025年工作及“十四五”时期发展回顾"), ("plan", "“十五五”时期发展的主要考虑"),
        ("plan", "关于“十五五”时期发展的主要目标"), ("plan", "2026年工作安排"),
    ]
    assert outline(text.replace("十五五", "十四五", 2)).sections[1].role == "review"


def test_a_part_without_cue_or_year_that_looks_ahead_far_more_than_the_review_is_planned_and_a_shortfall_acted_on_is_no_problem() -> None:
    review = "全年实现地区生产总值增长5.5%,完成投资120亿元,新增企业300家,建成厂房20万平方米,获批国家级平台3个。"
    ahead = "要坚持稳中求进,力争地区生产总值增长5%,确保完成投资目标,将加快建设一批重大项目,努力实现更大突破。"
    text = (f"一、一年接着一年干,新福建建设持续取得新进展\n(一)着力缩小城乡区域差距,协调发展水平明显提升\n{review}\n"
            f"二、一张蓝图绘到底,奋力谱写新篇章\n{ahead}\n")
    assert [(s.title[:6], s.role) for s in outline(text).sections] == [("一年接着一年", "review"), ("着力缩小城乡", "review"), ("一张蓝图绘到", "plan")]
    progress = "省重点项目14宗,年度计划投资44.62亿元,完成投资6.50亿元,完成年度计划14.54%;区重点项目79宗,年度计划投资80.18亿元。"
    reported = f"一、主要经济指标完成情况\n{review}\n二、重点项目建设情况\n{progress}\n"
    assert [s.role for s in outline(reported).sections] == ["review", "review"]  # a review cue in the title outweighs 计划 in the body
    facing = f"一、认清形势,正视差距,切实增强责任感和紧迫感\n{review}\n"
    assert outline(facing).sections[0].role != "problems"
    shortfalls = "最基本的镇情是总体欠发达;最关键的制约是发展空间不足,项目不能落地;发展方向不明,思路不清,措施不力。"
    assert outline(f"一、不怨天不怨地,正视差距找原因\n{shortfalls}\n").sections[0].role == "problems"  # a part that faces them states them
    assert outline(f"一、不怨天不怨地,正视差距找原因\n{review}\n").sections[0].role != "problems"


def test_a_title_that_ends_in_a_result_reviews_though_it_names_a_focus() -> None:
    text = f"一、抓重点、带全局,经济实现跨越发展\n{DETAILS}\n二、突出重点,抓好项目建设\n{DETAILS}\n"
    assert [s.role for s in outline(text).sections] == ["review", "plan"]
    assert outline(f"一、完成年度目标任务情况\n{DETAILS}\n").sections[0].role == "review"  # the targets as met
    reached = f"一、产业结构调整步伐加快,经济增长目标如期实现\n{DETAILS}\n"  # a goal reached is a result
    assert outline(reached).sections[0].role == "review"
    seized = f"(一)这一年里,我们有为应对,抢抓机遇,综合实力再上新台阶。{DETAILS}\n"  # an opportunity seized, a result reached
    assert outline(seized).sections[0].role == "review"
    task = f"二、明晰形势任务,以创新引领奋力推动高质量发展\n{DETAILS}\n"  # its last clause sets a task: no result
    assert outline(task).sections[0].role != "review"


def test_a_row_of_parts_titled_by_a_slogan_and_a_colon() -> None:
    tasks = "要坚持项目带动,力争新开工项目30个,确保投产项目25个,要持续优化营商环境,将加快园区建设。"
    text = (f"政府工作报告\n站在新起点：2012年工作回顾\n{DETAILS}\n开启新征程：确保五年稳定脱贫强势开局\n{tasks}\n"
            f"（一）突出质量和效益抓项目，加速建设“实力阜平”。{tasks}\n各位代表：\n塑造新形象：全面加强政府自身建设\n我们要坚持依法行政。\n")
    parts = [(s.title, s.role) for s in outline(text).sections if s.level == 1]
    assert [role for _, role in parts] == ["review", "plan", "plan"] and parts[0][0].endswith("2012年工作回顾")


def test_a_task_part_after_the_plan_part_plans() -> None:
    text = (f"一、2022年工作回顾\n{DETAILS}\n二、2023年目标任务和重点工作\n力争地区生产总值增长6%。\n"
            f"三、全面加强政府自身建设\n我们坚持依法行政,完成了政府机构改革,累计办结建议提案120件。\n")
    assert [s.role for s in outline(text).sections if s.level == 1] == ["review", "plan", "plan"]
    later_clause = text.replace("三、全面加强政府自身建设", "三、贴近百姓,方便群众,抓好十项民心工程")  # the task in its last clause
    assert [s.role for s in outline(later_clause).sections if s.level == 1] == ["review", "plan", "plan"]


def test_a_heading_after_the_colon_that_announces_it_in_a_page_saved_as_one_line() -> None:
    body = "全区地区生产总值完成23758万元,同比增长15.2%,财政收入完成217万元,同比增长26.2%,新落地千万元以上项目两个。" * 5
    text = f"今年以来,全镇经济社会继续保持健康、快速的发展势头,第一季度我镇经济运行特点主要有以下几方面:一、经济运行质量和效益明显提高。{body}"
    assert [s.title for s in outline(text).sections] == ["经济运行质量和效益明显提高"]


def test_a_dashed_head_on_a_line_of_its_own_heads_the_paragraph_after_it_even_alone() -> None:
    text = f"一、20**年目标工作运行情况\n——强化农业基础地位,农村经济不断繁荣。\n{DETAILS}\n"
    assert [(s.title, s.role) for s in outline(text).items()] == [("强化农业基础地位,农村经济不断繁荣", "review")]
    assert outline(f"一、20**年目标工作运行情况\n强化农业基础地位,农村经济不断繁荣。\n{DETAILS}\n").items() == ()


def test_run_in_heads_on_lines_of_their_own_head_the_paragraph_after_them() -> None:
    text = (
        f"一、2025年工作回顾\n生态底色更加亮丽。\n{DETAILS}\n这是综合经济实力显著提升的五年。\n{DETAILS}\n"
        f"这一年，我们感恩奋进、埋头苦干，封关运作如期实现。\n{DETAILS}\n"
        f"二、2026年重点工作\n聚焦对外开放，高标准建设自由贸易港。\n{DETAILS}\n加力扩大有效投资。\n{DETAILS}\n"
    )
    assert _items(text) == [
        ("review", "生态底色更加亮丽"), ("review", "这是综合经济实力显著提升的五年"), ("review", "我们感恩奋进、埋头苦干，封关运作如期实现"),
        ("plan", "聚焦对外开放，高标准建设自由贸易港"), ("plan", "加力扩大有效投资"),
    ]


def test_sub_headings_without_a_stop_below_the_lead_head_the_paragraph_after_them_and_take_its_tense() -> None:
    lead = "回溯过去一年开发区大事要事,重温那些高光时刻。"
    details = "2021年开发区先后开展了“三个一批”活动4次,29个项目集中签约,37个项目集中开工。"
    text = f"开发区年度关键词\n{lead}\n党史学习教育走深走实\n{details}\n“三个一批”成效显著\n{details}\n"
    assert _items(text) == [("review", "党史学习教育走深走实"), ("review", "“三个一批”成效显著")]
    assert _items(f"{lead}\n党史学习教育走深走实\n{details}\n") == []  # a lone one is just a short line


def test_nouns_made_with_yao_say_nothing_of_the_future() -> None:
    for noun in ("大事要事", "总要求", "重要指示要求"):
        assert tense_role(f"{noun}:开展活动4次,完成投资5亿元。", leaning=True) == "review"


def test_rows_of_paragraphs_that_open_alike_or_with_short_heads_are_items() -> None:
    text = (
        f"一、工作回顾\n——这是追赶进位、综合实力快速跃升的五年。{DETAILS}\n我们扭住高质量发展首要任务，全力推进工业强省。{DETAILS}\n"
        f"我们加快构建现代化基础设施体系，着力强化支撑保障。{DETAILS}\n我们巩固拓展脱贫攻坚成果。{DETAILS}\n"
        f"二、重点工作\n千方百计促进消费。{DETAILS}\n积极扩大有效投资。{DETAILS}\n"
    )
    assert _items(text) == [
        ("review", "我们扭住高质量发展首要任务，全力推进工业强省"), ("review", "我们加快构建现代化基础设施体系，着力强化支撑保障"),
        ("review", "我们巩固拓展脱贫攻坚成果"), ("plan", "千方百计促进消费"), ("plan", "积极扩大有效投资"),
    ]


def test_first_and_second_rounds_are_no_item_marker_and_notes_are_no_part() -> None:
    text = f"一、工作回顾\n第一、二轮中央生态环保督察反馈问题全部整改办结。{DETAILS}\n注释\n［1］一降三减：\n火灾起数下降，亡人、伤人、损失减少。\n"
    tree = outline(text)
    assert _items(text) == []
    assert [(s.title, s.role) for s in tree.sections] == [("工作回顾", "review"), ("注释", "notes")]


def test_an_opportunity_seized_in_a_title_sets_tasks_no_outlook() -> None:
    text = (
        "三、接续奋斗2021年，主动融入京雄保一体化发展格局，抓住机遇、乘势而上，加快建设经济强县\n"
        "2021年是实施“十四五”规划的开局之年，做好今年工作意义重大。我们要确保开好局、起好步，力争实现首季开门红。\n"
        "四、认清形势，把握机遇\n当前，我县发展面临的机遇和挑战并存，总体上机遇大于挑战。\n"
    )
    assert [s.role for s in outline(text).sections if s.level == 1] == ["plan", "outlook"]


@pytest.mark.parametrize("title", ["注释", "附：名词解释", "附：短语说明", "※注释※", "名 词 解 释"])
def test_a_glossary_under_any_of_its_titles_is_notes(title: str) -> None:
    text = f"一、工作回顾\n全年新增企业30家。{DETAILS}\n{title}\n1.两化融合：指信息化和工业化高层次的深度结合。\n"
    assert {s.title: s.role for s in outline(text).sections}.get(title) == "notes"


def test_in_a_summary_a_heading_in_the_mood_of_a_task_reviews() -> None:
    text = f"苏州市城市管理局2024年上半年工作总结\n一、守好生态底线\n{DETAILS}\n二、紧盯安全生产，兜紧筑牢安全防线\n（一）从严落实安全生产责任\n督促企业开展安全培训906次，要求各单位确保责任落实到位。\n"
    assert [s.role for s in outline(text, summary_document=True).sections] == ["review", "review", "review"]


def test_a_verdict_head_after_a_paragraphs_period_lead_heads_the_details_in_or_after_its_line() -> None:
    text = (
        f"一、工作回顾\n五年来，我们坚定不移贯彻新发展理念，在推动高质量发展中实现综合实力新跨越。经济实力显著提升。\n{DETAILS}\n"
        f"五年来，我们坚定不移全面深化改革开放，在推进自由贸易港建设中塑造新优势。政策体系持续完善。{DETAILS}\n"
    )
    assert _items(text) == [("review", "经济实力显著提升"), ("review", "政策体系持续完善")]


def test_a_part_of_achievements_and_goals_turns_to_plans_where_it_opens_on_the_next_period() -> None:
    text = (
        f"二、“十四五”时期发展成就和“十五五”时期主要目标任务\n这五年，我们锐意改革、矢志创新，经济高质量发展取得显著成效。{DETAILS}\n"
        f"“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。{DETAILS}\n"
        f"一、2022年国民经济和社会发展计划执行情况\n{DETAILS}\n"
    )
    parts = [(s.role, s.title) for s in outline(text).sections if s.level == 1]
    assert parts == [
        ("review", "“十四五”时期发展成就和“十五五”时期主要目标任务"), ("plan", ""), ("review", "2022年国民经济和社会发展计划执行情况")
    ]


def test_a_title_broken_over_two_lines_is_no_part_heading() -> None:
    text = f"2023年区政府工作报告目标任务半年完成情况\n2023年区政府工作报告目标任务\n半年完成情况\n2023年上半年，{DETAILS}\n"
    assert [s.title for s in outline(text).sections if s.level == 1] == []


def test_the_years_work_after_a_review_of_the_period_is_planned_and_a_plan_period_named_in_a_lead_turns_the_part() -> None:
    text = (
        f"一、“十四五”时期经济社会发展回顾\n{DETAILS}\n二、“十五五”时期的主要目标任务\n{DETAILS}\n三、2026年主要工作\n{DETAILS}\n"
    )
    assert [s.role for s in outline(text).sections if s.level == 1] == ["review", "plan", "plan"]
    text = (
        f"二、“十四五”时期发展成就和“十五五”时期主要目标任务\n过去五年，我们牢记嘱托，勇担历史使命。{DETAILS}\n"
        f"根据《关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了规划纲要。{DETAILS}\n"
    )
    assert [s.role for s in outline(text).sections if s.level == 1] == ["review", "plan"]


def test_rows_opened_by_a_dash_or_by_two_clause_heads_are_items_and_a_salutation_is_no_head() -> None:
    text = (
        f"一、“十四五”时期工作回顾\n——经济运行稳中有进。{DETAILS}\n——能源革命纵深推进。{DETAILS}\n——产业转型步伐加快。{DETAILS}\n"
        f"加强科技创新，驱动能源转型。{DETAILS}\n狠抓项目建设，支撑产业升级。{DETAILS}\n各位代表！过去五年成绩的取得，根本在于党中央领航掌舵。{DETAILS}\n"
    )
    assert [title for _, title in _items(text)] == [
        "经济运行稳中有进", "能源革命纵深推进", "产业转型步伐加快", "加强科技创新，驱动能源转型", "狠抓项目建设，支撑产业升级",
    ]


def test_an_item_alone_on_its_line_heads_the_paragraph_of_details_after_it() -> None:
    text = (
        "一、2025年工作回顾\n一是联合港澳承办十五运会和残特奥会。\n认真落实办赛理念，向全国人民奉献了一场彰显中国特色的体育盛会，赛事组织获得各方好评。\n"
        "二是推动全省经济运行稳中有进。\n地区生产总值增长3.9%、总量连续37年居全国首位。地方一般公共预算收入增长3%。\n"
    )
    items = [s for s in outline(text).sections if s.level == 4]
    assert [(s.marker, s.title) for s in items] == [("一是", "联合港澳承办十五运会和残特奥会"), ("二是", "推动全省经济运行稳中有进")]
    assert text[items[0].end - 1] == "。" and text[items[0].start : items[0].end].count("\n") == 1  # its details are its own


def test_short_heads_inside_a_paragraph_led_in_by_its_period_are_items() -> None:
    text = (
        "一、2019年工作回顾\n一年来，我们致力提品质、促融合，城乡面貌加快改善。完善基础设施。投资7215万元，完成雨污分流管网改造12.6公里，投资8500万元建设供水管网157公里。"
        "织密城市路网。投资1.8亿元的8条市政道路攻坚扫尾，曲港高速连接线征迁工作基本完成。规范城市管理。拆除违章建筑126处，新增停车位800个，城区主次干道实现机械化清扫全覆盖。\n"
    )
    assert [s.title for s in outline(text).sections if s.level == 4] == ["完善基础设施", "织密城市路网", "规范城市管理"]


def test_results_granted_then_a_but_announce_the_problems_listed_after() -> None:
    text = (
        "一、2019年工作回顾\n全年生产总值增长6.4%，一般公共预算收入完成5.6亿元，各项事业全面进步，人民生活持续改善。\n"
        "我们深知，尽管取得一定成绩，但前方还有一座座山峰需要翻越。一是经济发展进入“换挡期”。产业结构不优，新兴产业比重依然较小。"
        "二是城市建设进入“攻坚期”。公共服务设施欠账较多。\n"
    )
    assert [(s.title, s.role) for s in outline(text).sections if s.level == 4] == [
        ("经济发展进入“换挡期”", "problems"), ("城市建设进入“攻坚期”", "problems"),
    ]


def test_items_numbered_inside_a_paragraph_after_its_lead_are_items_and_one_number_alone_is_none() -> None:
    text = (
        "二、下一步工作\n下一步,市商务局将重点抓好以下工作:1、摸清县区龙头企业底数。联合县区商务部门调研摸底;"
        "2、建立激励机制,制定县区商贸工作考核方案;3、加强形势分析,定期召开经济运行分析会。\n"
        "三、其他\n全年完成投资12亿元。2、完成厂房建设。\n"
    )
    items = [(s.marker, s.title[:6], s.role) for s in outline(text).sections if s.level == 4]
    assert items == [("1、", "摸清县区龙头", "plan"), ("2、", "建立激励机制", "plan"), ("3、", "加强形势分析", "plan")]


def test_a_heading_run_on_into_its_body_past_a_comma_ends_at_the_gap_before_the_body() -> None:
    text = "一、认清形势,发挥优势,持续坚定推动高质量发展的信心和决心 今年以来,全县上下深入贯彻落实部署要求,经济持续稳中有进。\n"
    assert [s.title for s in outline(text).sections] == ["认清形势,发挥优势,持续坚定推动高质量发展的信心和决心"]


def test_a_paragraph_whose_own_first_head_opens_as_two_more_inside_it_lists_three_items() -> None:
    details = "持续推进省市重点项目倍增计划，谋划实施省市重点项目26项，总投资355亿元，计划完成投资30亿元。"
    text = f"二、2022年重点任务\n加快项目建设。{details}加快园区建设。{details}加快现代产业体系建设。{details}\n"
    assert [s.title for s in outline(text).sections if s.level == 4] == ["加快项目建设", "加快园区建设", "加快现代产业体系建设"]


@pytest.mark.parametrize("title", ["重点工作开展情况", "重点项目进展情况", "重点任务实施情况", "重点项目建设情况"])
def test_a_heading_that_reports_how_the_work_went_reviews_though_it_names_a_priority(title: str) -> None:
    text = f"一、{title}\n园区共有企业132家，其中规模以上工业企业44家，高新技术企业22家。\n"
    assert outline(text).sections[0].role == "review"


def test_a_bare_topic_line_is_no_run_in_head_but_a_bare_verdict_line_is() -> None:
    details = "昆明数码港国际软件园建设项目开工，华为云南区域总部落地呈贡，上半年完成工业和信息化投资8.85亿元。"
    text = f"2022年上半年工作总结\n今年以来，呈贡区经济运行平稳。\n产业发展\n{details}\n招商引资\n{details}\n"
    assert [s for s in outline(text).sections if s.level == 4] == []
    text = f"2022年上半年工作总结\n今年以来，呈贡区经济运行平稳。\n产业发展势头强劲\n{details}\n招商引资成果显著\n{details}\n"
    assert [s.title for s in outline(text).sections if s.level == 4] == ["产业发展势头强劲", "招商引资成果显著"]


def test_paragraphs_that_open_alike_with_a_head_of_three_short_clauses_are_items_but_not_when_led_by_their_period() -> None:
    details = "中国华能、许继电气等一批央企项目落户，28个省市重点项目完成年度投资计划的121%，8个项目投产。"
    heads = ["坚持工业拉动，攻坚项目招商，发展质效稳步提升", "坚持内外兼修，着力完善功能，城市品质不断彰显", "坚持兴业富民，全力振兴乡村，三农魅力持续释放"]
    text = "一、2022年工作回顾\n" + "".join(f"{h}。{details}\n" for h in heads)
    assert [s.title for s in outline(text).sections if s.level == 4] == heads
    led = "一、2023年工作回顾\n" + "".join(f"过去的一年，我们{h}。{details}\n" for h in heads)
    assert [s for s in outline(led).sections if s.level == 4] == []


def test_loose_items_whose_heads_each_set_a_task_and_whose_body_reports_nothing_done_plan() -> None:
    text = (
        "——加快引领区域跨越发展。实施汽车配套产业三年行动计划，培育新增规上工业企业50户，建设5000万元以上项目100个。\n"
        "——统筹推进生态强区建设。推进精准科学依法治污，实现38条河湖水系长治久清，新增6个公园、100公顷绿地。\n"
        "——深入实施乡村振兴战略。创建合心示范镇和8个“千村示范”村，发展壮大村集体经济，建设高标准农田2万亩。\n"
    )
    assert [s.role for s in outline(text).sections] == ["plan", "plan", "plan"]
    done = text.replace("培育新增", "已培育新增").replace("实现38条", "累计实现38条")
    assert [s.role for s in outline(done).sections] == ["review", "review", "review"]


def test_a_part_of_recommendations_sets_tasks() -> None:
    text = "五、存在问题\n基础设施尚需完善。\n六、建议\n针对存在问题,建议在今后的工作中,一是加大产业结构调整力度,培育新的经济增长点;二是加强科技创新。\n"
    assert [(s.title, s.role) for s in outline(text).sections] == [
        ("存在问题", "problems"), ("建议", "plan"), ("加大产业结构调整力度,培育新的经济增长点", "plan"), ("加强科技创新", "plan"),
    ]


def test_a_paragraph_opened_by_a_run_in_head_is_one_item_though_two_heads_inside_open_alike() -> None:
    text = (  # 河北省 2025 政府工作报告 (tests/corpus/ba2_01): 实施…。 twice inside the task 提高投资效益。
        f"二、2025年重点工作\n提高投资效益。继续把抓有效投资作为主攻方向。实施重点项目质量提升行动。{DETAILS}实施招商引资提质增效行动。{DETAILS}\n"
        f"大力提振消费。{DETAILS}\n"
    )
    assert _items(text) == [("plan", "提高投资效益"), ("plan", "大力提振消费")]


TASKS = "实施贯通工程，加快高速公路改扩建，全力推进铁路建设，推动城际公交一体化运营。"


def test_heads_that_open_with_building_clearing_spurring_or_grasping_are_tasks() -> None:
    text = (  # 保定市 2026 政府工作报告 (tests/corpus/ba6_01): 畅通…。构建…。 and 促…。抓…。 under a plan heading
        f"一、2025年工作回顾\n{DETAILS}\n二、2026年主要工作\n（一）在融入首都都市圈上高质量开新局\n畅通立体化交通网。{TASKS}\n构建雄保协同创新机制。{TASKS}\n"
        f"（二）在深挖内需潜力上高质量开新局\n促消费扩内需。{TASKS}\n抓投资上项目。{TASKS}\n"
    )
    assert _items(text) == [("plan", "畅通立体化交通网"), ("plan", "构建雄保协同创新机制"), ("plan", "促消费扩内需"), ("plan", "抓投资上项目")]
    # the part names the year after the one reviewed: a plan part, though its verbs (实施, 加快, 推进) say no tense


def test_a_paragraph_led_by_the_half_year_it_looks_back_on_sets_no_tasks() -> None:
    spent = "上半年,以“稳增长、调结构”为重点,积极开展工业提质增效活动,抓好水、电、煤、运等生产要素保障,确保全市工业经济实现稳增长。"
    assert tense_role(spent) == "other" and tense_role(spent, leaning=True) == "other"  # tests/corpus/ba8_04: what the half-year went on
    assert tense_role(spent.removeprefix("上半年,")) == "plan"  # the same words without the look back set tasks


def test_a_title_that_measures_a_result_against_its_target_reviews() -> None:
    # tests/corpus/h6_03, a page run together: 目标 in 工业产值34亿元,完成年度目标任务的37% names what the result is measured by
    text = (CORPUS / "h6_03_xx_gyyq_bannian.txt").read_text(encoding="utf-8")
    measured = [s for s in outline(text).sections if "完成年度目标任务的" in s.title]
    assert measured and {s.role for s in measured} == {"review"}


def test_a_review_heading_that_tends_a_weak_spot_names_no_problem() -> None:
    text = (  # 河北省 2005 政府工作报告 (tests/corpus/bd7_01): headings run on into their paragraphs
        f"一、2004年工作回顾\n(四)坚持统筹兼顾，推进经济社会协调发展按照“五个统筹”的要求，加强经济社会发展中的薄弱环节。{DETAILS}\n"
        f"(五)高度重视民生问题，认真实施“十项民心工程”。{DETAILS}\n"
    )
    assert {s.role for s in outline(text).sections} == {"review"}


def test_a_part_of_tasks_and_measures_or_one_that_opens_with_a_task_plans() -> None:
    text = (  # 河北省 2004 and 2009 政府工作报告 (tests/corpus/bd2_01, bd4_01)
        f"2003年工作回顾\n{DETAILS}\n2004年主要工作及措施\n今年是实现“十五”计划的关键一年。\n（一）突出加快发展这个主题，保持经济社会稳健运行\n{DETAILS}\n"
    )
    assert [(s.title, s.role) for s in outline(text).sections if s.level == 1][-1] == ("2004年主要工作及措施", "plan")
    parts = (
        f"一、2008年工作回顾\n{DETAILS}\n二、2009年工作的总体要求和主要目标\n今年政府工作的总体要求是，坚持稳中求进。\n"
        f"三、千方百计促进经济增长\n第一，保持投资较快增长。{DETAILS}\n四、坚定不移地深化改革扩大开放\n第一，不断深化农村改革。{DETAILS}\n"
    )
    assert [s.role for s in outline(parts).sections if s.level == 1] == ["review", "plan", "plan", "plan"]


def test_numbering_that_starts_again_starts_a_new_run_of_items_with_its_own_lead() -> None:
    text = (
        "会上,书记对上半年的工作从两个方面作了总结:一是以作风建设为保障,提高了基层党建质量;二是以项目建设为重点,壮大了实体经济。\n"
        "针对下半年工作,书记从两个方面作出安排部署:一要全面加强党的建设,强化党建统领。二要全面抓好项目建设,做强实体经济。\n"
    )
    assert [(s.marker, s.role) for s in outline(text).sections] == [
        ("一是", "review"), ("二是", "review"), ("一要", "plan"), ("二要", "plan"),
    ]


def test_a_summarys_heading_that_names_its_key_work_reviews_it_but_one_naming_targets_plans() -> None:
    text = (
        "2008镇政府工作总结\n一、突出四项重点工作,努力打造“四个小雄”\n全镇实现工农业总产值2.5亿元,农民人均纯收入达到4270元。\n"
        "二、2009年工作目标任务\n全镇工农业总产值增长10%。\n"
    )
    sections = outline(text, summary_document=True).sections
    assert [(s.title[:8], s.role) for s in sections] == [("突出四项重点工作", "review"), ("2009年工作目", "plan")]


def test_three_short_heads_inside_a_plan_headings_paragraph_are_its_tasks_but_not_in_a_review() -> None:
    details = "加快央媒涿州新时代媒体新城建设,推进中国钢研金属材料园和京车轨道装备产业园等制造业园区建设,积极融入产业链供应链大循环。"
    body = f"坚决落实协同发展要求,全力构建一体化发展新格局。强化对接承接。{details}织密交通路网。{details}发展总部经济。{details}\n"
    plan = f"二、2023年工作计划\n（一）加力推进协同发展,让京雄保一体化更加紧密联动。{body}"
    assert [s.title for s in outline(plan).items()] == ["强化对接承接", "织密交通路网", "发展总部经济"]
    review = f"一、2022年工作回顾\n（一）聚焦协同发展,京雄保一体化更加紧密。{body.replace('强化', '强化了').replace('织密', '织密了').replace('发展总部', '发展了总部')}"
    assert [s.title for s in outline(review).items() if s.level == 4] == []


def test_an_opening_that_looks_ahead_makes_the_first_part_a_plan_though_its_verbs_read_as_done() -> None:
    text = (  # a 镇's 年度工作安排打算 (tests/corpus/cm2_07, in simplified script), its opening paragraph and first part
        "在今后的工作中,镇党委、政府将在持续抓好疫情防控的基础上,紧紧围绕重点镇建设各项任务目标,统筹协调改革攻坚,聚力推进重点产业、乡村振兴、城市功能、营商环境“四个突破”,加快实现思想观念、工作作风“两个转变”,确保经济社会健康发展。\n"
        "\n"
        "(一)实施产业强镇工程\n"
        "\n"
        "一是继续把“双招双引”作为重中之重来抓,进一步转变招商引资思路,丰富招商引资内容,加快全镇工业发展步伐。\n"
        "\n"
        "二是依托县化工园区和优越的地理交通位置,放大区位优势和资源优势,著重引进一批信息技术、高端化工、生物医药、新能源新材料等对经济发展推动作用强的重点项目。\n"
        "\n"
        "三是充分发挥政府引导和市场配置资源的作用,积极培植税源,支持现有企业开展技术革新,实现新旧动能转换。\n"
        "\n"
        "四是树立服务至上理念,认真完善落实各项优惠政策,精准对接企业需求,营造良好的营商环境,促使在谈项目早落地、早达效。\n"
        "\n"
        "五是加快推动高质量发展。加速推进“231”产业体系建设,尤其是抓好生物医药和机械设备制造两个核心产业。坚持要素跟著项目走,集中土地、资金、环境容量资源向重点项目倾斜,实施更加多元的融资政策,紧紧牵住项目建设这个扩大投资、拉动增长的“牛鼻子”。突出抓好财源建设,找准出路,奋力推进,实现财政收入水平大幅提升。\n"
        "\n"
        "\n"
    )
    assert {s.role for s in outline(text).sections} == {"plan"}
    review = "今天召开全区一季度经济运行分析会,提出下一步工作措施,确保完成全年目标任务。\n一、全区第一季度经济运行的基本特点\n今年以来,全区完成生产总值28亿元,工业生产提速增效。\n"
    assert outline(review).sections[0].role != "plan"  # a meeting naming its next steps opens no plan


def test_a_part_whose_sentences_open_on_tasks_plans_though_its_verbs_read_as_done() -> None:
    text = (
        "(五)持续筑牢绿色发展屏障。坚持“生态优先、绿色发展”导向,将碳达峰、碳中和纳入高质量发展全局,健全生态补偿机制。"
        "深入实施国土绿化行动、天然林保护、生态廊道建设工程。到2025年,森林覆盖率达到32.23%。持续打好污染防治攻坚战,"
        "有序推进城乡冬季清洁供暖。完善乡镇污水处理设施,实现城乡生活垃圾收运处置体系全覆盖。\n"
    )
    assert outline(text).sections[0].role == "plan"
    done = "(五)持续筑牢绿色发展屏障。坚持生态优先,完成国土绿化3万亩。深入实施天然林保护,已建成生态廊道12公里。持续打好污染防治攻坚战,空气质量优良率达到95%。\n"
    assert outline(done).sections[0].role != "plan"
