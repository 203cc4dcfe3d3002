import pytest

from extract.clean import clean, fold_width
from extract import parse_report
from extract.errors import EmptyInputError

PAGE = """索引号: | 152900000000031/2024-00061 | 发布机构: | 党政综合办公室 |
- 发布日期:2024-01-03 14:59
- 浏览次数:
字号:【大 中 小】
在高新区党工委会议上的讲话
一、成绩回顾
完成地区生产总值１６０亿元，同比增长２％。
第2页 共3页
展开阅读全文
微信扫一扫在手机阅读、分享本文
版权所有:某某网 2005-2024
"""


def test_chrome_lines_are_blanked_and_offsets_kept() -> None:
    cleaned = clean(PAGE)
    assert len(cleaned.view) == len(PAGE)
    assert "索引号" not in cleaned.view and "浏览次数" not in cleaned.view and "展开阅读全文" not in cleaned.view
    assert "版权所有" not in cleaned.view and "第2页" not in cleaned.view
    assert cleaned.view.count("\n") == PAGE.count("\n")
    for start, end in cleaned.chrome:
        assert cleaned.view[start:end].strip() == ""
        assert PAGE[start:end].strip()


def test_report_text_survives_with_widths_folded() -> None:
    view = clean(PAGE).view
    assert "在高新区党工委会议上的讲话" in view
    assert "完成地区生产总值160亿元,同比增长2%。" in view


def test_fold_width_is_one_for_one() -> None:
    text = "ＧＤＰ增长１２．５％，\u3000共１，２００家"
    assert len(fold_width(text)) == len(text)
    assert fold_width(text) == "GDP增长12.5%, 共1,200家"


def test_a_page_of_only_chrome_is_refused() -> None:
    with pytest.raises(EmptyInputError, match="chrome"):
        clean("发布日期:2024-01-03\n浏览次数: 12\n版权声明\n第1页 共1页\n")


def test_a_pdf_page_wrapped_at_one_width_reads_as_paragraphs() -> None:
    text = (
        "乡镇 2020 年工作总结\n"
        "2019 年,xx 镇党委、政府在市委、市政府的坚强领导下,\n"
        "围绕年初确定的目标任务,按照“一带一园五区”的发展布\n"
        "局,强化责任,狠抓落实,双招双引、特色亮点、乡村振兴、\n"
        "脱贫攻坚、基层党建等工作取得新进展,全镇呈现出经济发\n"
        "展、社会进步、人民安居乐业、社会和谐稳定的良好态势。\n"
        "一、经济建设成效显著\n"
        "镇域经济发展迅猛,截止 10 月底,实现工业总产值 23\n"
        "亿元,同比增长 4.65%;工业增加值 1.2 亿元,同比增长 3.09%;\n"
    )
    view = clean(text).view
    assert len(view) == len(text)
    assert "领导下, 围绕" in view and "发展布 局" in view and "经济发 展" in view  # one paragraph in the view
    assert "良好态势。\n一、经济建设成效显著\n" in view  # a sentence's end, a heading and a short line keep theirs


def test_a_bulleted_line_or_a_short_title_line_is_no_continuation_of_a_wrapped_one() -> None:
    items = "".join(f"·完成第{n}个一级微型消防站建设,增配电动自行车充电设备\n" for n in range(1, 7))
    text = items + "集聚科创要素\n塑造经济发展强劲引擎\n"
    assert clean(text).view == text


def test_lines_of_many_widths_keep_their_breaks() -> None:
    text = "一、工作回顾\n全年完成投资3亿元,同比增长8%。\n新增企业12家。\n二、工作计划\n力争完成投资4亿元。\n"
    assert clean(text).view == text


def test_a_document_sharing_sites_notices_are_chrome() -> None:
    text = (
        "温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。\n"
        "4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。\n网站客服:3074922707\n"
        "一、今年以来的工作情况\n"
    )
    assert clean(text).view.strip() == "一、今年以来的工作情况"


def test_a_sharing_sites_notice_and_its_first_page_number_with_the_title_again_are_chrome() -> None:
    text = (
        "2023年新村镇在经济分析会上的发言.docx\n《2023年新村镇在经济分析会上的发言.docx》由会员分享,可在线阅读,更多相关请搜索。\n"
        "1、2023年新村镇在经济分析会上的发言今年以来,新村镇紧紧围绕“经济求突破”的发展要求。\n"
    )
    view = clean(text).view
    assert "由会员分享" not in view and view.split()[1] == "今年以来,新村镇紧紧围绕“经济求突破”的发展要求。"


def test_a_space_left_as_an_entity_is_a_space_as_wide() -> None:
    text = "新开办企业&nbsp;1359家,个体工商户&nbsp;456户。\n"
    view = clean(text).view
    assert len(view) == len(text) and "新开办企业      1359家" in view
    assert [(i.name, i.value) for i in parse_report(text).indicators] == [("新开办企业", 1359), ("个体工商户", 456)]


def test_markup_left_in_a_text_breaks_its_lines_where_it_did() -> None:
    text = "具体做好三方面的工作:<BR>一是提高认识、统一思想。要统一行动。<P>二是精心安排、周密组织。要严格把关。</P>\n"
    view = clean(text).view
    assert len(view) == len(text) and "<" not in view
    assert [p.text for p in parse_report(text).plans] == ["提高认识、统一思想", "精心安排、周密组织"]


def test_a_paywall_block_is_chrome() -> None:
    text = "工业园区工作计划\n隐藏内容\n此处内容需要权限查看\n普通用户特权:8.8积分\n会员用户特权:免费\n会员免费查看\n一、发展目标\n"
    assert [line for line in clean(text).view.splitlines() if line.strip()] == ["工业园区工作计划", "一、发展目标"]


def test_a_report_in_traditional_script_reads_in_simplified_script() -> None:
    text = "一、2018年工作回顧\n2018年,全區地區生產總值完成150億元,同比增長6.5%。我們堅持以項目建設為抓手,新開工項目32個。\n"
    cleaned = clean(text)
    assert cleaned.text == text and len(cleaned.view) == len(text)
    assert "全区地区生产总值完成150亿元,同比增长6.5%" in cleaned.view
    report = parse_report(text)
    (gdp,) = [i for i in report.indicators if i.value == 150]
    assert (gdp.name, gdp.unit, gdp.yoy_pct) == ("地區生產總值", "億元", 6.5)  # as the report writes them
    assert (gdp.metric, gdp.value_std, gdp.unit_std) == ("gdp", 1.5e10, "元")  # comparable with simplified reports
    assert gdp.evidence.quote in text


def test_a_word_the_character_fold_gets_wrong_is_read_as_the_word_it_is() -> None:
    text = "三、下半年工作計畫\n計畫投資1300萬元,建設分水水庫除險加固工程。全面完成規劃編制。\n"
    assert "下半年工作计划\n计划投资1300万元" in clean(text).view
    report = parse_report(text)
    assert [i.kind for i in report.indicators] == ["target"]  # 计划 sets a target, where 计画 said nothing


def test_a_simplified_report_keeps_its_characters() -> None:
    text = "全区5G网络覆盖率达到98%,为什么增长这么快?因为我们坚持项目为王。" * 3
    assert clean(text).view == text  # 覆 and 么 are traditional forms too, but a few of them make no traditional text


def test_a_mirror_sites_pinyin_glosses_are_blanked_and_its_figures_read_as_written() -> None:
    text = "懷化高新區(qū)實現(xiàn)重大突破。全年技工貿(mào)總收入增長(zhǎng)17%,全年引進(jìn)項(xiàng)目30個(gè)。\n"
    view = clean(text).view
    assert len(view) == len(text) and "(qū)" not in view and "(zhǎng)" not in view
    records = {(i.name, i.value, i.unit, i.yoy_pct) for i in parse_report(text).indicators}
    assert records == {("技工貿總收入", None, None, 17.0), ("引進項目", 30.0, "個", None)}
    assert clean("产值(亿元)达到12.5。\n").view == "产值(亿元)达到12.5。\n"  # a unit in brackets is no gloss
    glossed_unit = "完成園區(qū)基礎(chǔ)設(shè)施投資500萬(wàn)元,工業(yè)用電量達(dá)52555.94萬(wàn)千瓦時(shí)。\n"  # tests/corpus/bf1_02, bf1_03
    assert [(i.value, i.unit) for i in parse_report(glossed_unit).indicators] == [(500.0, "萬元"), (52555.94, "萬千瓦時")]


def test_a_latin_abbreviation_in_brackets_is_no_pinyin_gloss() -> None:
    text = "全縣地區生產總值(GDP)增長(zhǎng)6.1%。\n"
    assert clean(text).view.count("(GDP)") == 1 and "(zhǎng)" not in clean(text).view


def test_figures_a_page_set_on_lines_of_their_own_join_their_sentence() -> None:
    text = "预计地区生产总值同比增长\n8.4%\n、一般公共预算收入增长\n4.6%\n、地方财政收入增长\n5.9%\n。\n二、工作打算\n"
    view = clean(text).view
    assert len(view) == len(text) and "增长 8.4% 、" in view and "\n二、工作打算" in view
    assert clean("全年完成投资\n12亿元。\n").view == "全年完成投资\n12亿元。\n"  # one such line alone stays as it is


def test_words_a_page_set_on_lines_of_their_own_join_their_paragraph() -> None:
    text = (  # 河北省 2023 政府工作报告 (tests/corpus/bc4_01): the page's highlighted words break the paragraphs around them
        "高标准高质量推进雄安新区建设。坚持建设服从规划、进度服从质量，集中力量抓好启动区\n中科院\n雄安创新研究院等项目建设。\n"
        "积极扩大有效投资。加快实施一批强基础、增功能、利长远的重大项目，抓好“\n十四五\n”后期项目，推进曹妃甸储运基地建设。\n"
        "深入贯彻习近平总书记视察河北重要讲话精神，总书记\n亲自\n指挥、\n亲自\n部署，全省上下迅速行动。\n二、2023年主要工作\n"
    )
    view = clean(text).view
    assert len(view) == len(text) and "启动区 中科院 雄安" in view and "“ 十四五 ”后期" in view and "总书记 亲自 指挥、 亲自 部署" in view
    assert "\n积极扩大有效投资" in view and "\n二、2023年主要工作" in view  # a paragraph's own break stays
    lone = "全年完成投资12亿元，抓好启动区\n中科院\n雄安创新研究院等项目建设。\n"
    assert "\n中科院\n" in clean(lone).view  # one such line alone may be a title: it stays


def test_words_set_on_lines_of_their_own_between_blank_lines_join_too_and_mend_a_broken_heading() -> None:
    text = (  # 河北省 2003 政府工作报告 (tests/corpus/bd1_01): a blank line after every line, the page's tagged words alone
        "五、民主\n\n法制\n\n建设和精神文明建设进一步加强。坚持用邓小平理论武装干部群众，学习教\n\n法制\n\n工作，坚持依法行政，依法治省步伐加快。\n\n"
        "我们也清醒地认识到，当前我省还存在着一些问题，主要是：思想观念不尽适应，加快发展、奋力争先\n\n的紧\n\n迫感有待进一步增强；\n\n"
        "全省深入开展打击各类刑事犯罪活动的“严打”\n\n整治\n\n”、“扫黄打非”和揭批“\n\n法轮功\n\n”邪教组织斗争取得重大胜利。\n\n对今后五年政府工作的建议\n\n新世纪头二十年，是重要战略机遇期。\n"
    )
    view = clean(text).view
    assert len(view) == len(text) and "五、民主  法制  建设和精神文明" in view and "奋力争先  的紧  迫感" in view and "“严打”  整治  ”" in view
    assert "\n\n对今后五年政府工作的建议\n\n" in view  # a title between paragraphs that end their sentences stays apart


def test_headings_over_short_sub_heading_lines_are_no_islands() -> None:
    parts = "".join(
        f"{marker}、{title}\n{sub}\n{body}\n"
        for marker, title, sub, body in (
            ("一", "2023年工作回顾", "经济运行", "全年地区生产总值增长6.5%，规上工业增加值增长8%。"),
            ("二", "存在问题", "产业结构", "产业结构不优，创新能力不强。"),
            ("三", "2024年工作安排", "项目建设", "全力推进重点项目建设，新开工项目30个。"),
            ("四", "保障措施", "组织保障", "强化组织领导，压实工作责任。"),
            ("五", "工作要求", "作风建设", "持续改进作风，提高工作效率。"),
        )
    )
    assert clean(parts).view.count("\n") == parts.count("\n")  # a review found these joined into one line


def test_a_figure_that_opens_a_line_of_a_tagged_page_goes_on_with_the_line_before() -> None:
    text = (  # a 城管局 summary extracted from a PDF (tests/corpus/cn3_07): figures set on lines of their own
        "开展专项整治行动\n150余次,出动执法人员\n8000\n余人次,出动执法车辆\n1000\n余台次;发放限期整改通知书\n1500\n多份;"
        "查处并上报违法建筑共计\n39户,面积为\n18万平方米。\n"
        "总投资\n3.4亿元\n2022年\n1.项目内容:在药博园基础上合作建设华北园\n2.责任单位:农业农村局\n"
    )
    view = clean(text).view
    assert "共计 39户,面积为 18万平方米" in view  # the figures' lines run on
    assert "总投资\n3.4亿元\n2022年\n1.项目内容" in view  # a table's cells and a list's items keep their breaks
