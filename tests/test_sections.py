from extract.sections import outline, paragraphs

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
