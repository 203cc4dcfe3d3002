"""The document stage: genre and periods, each with the words that state it, or null."""

from __future__ import annotations

import pytest

from extract import Settings, parse_report
from extract.document import is_plan_document, is_summary_document
from helpers import SEEDS

OFFLINE = Settings.resolve({"offline": True})


@pytest.mark.parametrize(("seed", "kind", "reviewed", "planned"), [
    ("000", "年度总结", "2021年", None),  # no title; it reviews 2021 and plans without naming 2022
    ("001", "讲话", "2020年", "2021年"),  # titled 工作总结及工作计划, but …在全区经济工作会议上的讲话
    ("002", "讲话", "2023年", "2024年"),  # plans 2024, while its targets reach to 2025
    ("003", "年度总结", "2013年", "2014年"),
    ("004", "讲话", "2021年", "2022年"),
])
def test_the_seeds_genre_and_periods(seed: str, kind: str, reviewed: str, planned: str | None) -> None:
    path = next(p for p in SEEDS if p.name.startswith(seed))
    document = parse_report(path, OFFLINE).document
    text = path.read_text(encoding="utf-8")
    assert document.type == kind
    assert document.period_reviewed is not None and document.period_reviewed.value == reviewed
    assert (document.period_planned.value if document.period_planned else None) == planned
    for stated in (document.type_evidence, document.period_reviewed.evidence):
        if stated is not None:
            assert text[stated.start : stated.end] == stated.quote


@pytest.mark.parametrize(("text", "kind"), [
    ("关于2023年上半年工作总结的报告\n一、上半年工作回顾\n完成投资10亿元。\n", "半年总结"),
    ("高新区2024年工作要点\n一、主要目标\n力争投资12亿元。\n", "工作计划"),
    ("各位代表：\n现在，我代表区人民政府作工作报告。\n", "政府工作报告"),
    ("关于开发区建设情况的汇报\n各位领导：\n开发区完成投资10亿元。\n", "汇报"),
    ("今天天气很好。\n", "other"),
    # a page saved as one line, the title run on into the text: its genre word ends it
    ("区人民政府年度工作总结20**年,在市委、市政府的正确领导下,全区上下团结奋进,开拓创新,预计全年实现地区生产总值87500万元。下一步,我们将加快发展。", "年度总结"),
])
def test_the_genre_from_title_audience_or_structure(text: str, kind: str) -> None:
    assert parse_report(text, OFFLINE).document.type == kind


def test_a_half_year_summary_reviews_the_half_year_it_names() -> None:
    document = parse_report("关于2023年上半年工作总结的报告\n一、2023年上半年工作回顾\n完成投资10亿元。\n", OFFLINE).document
    assert document.period_reviewed is not None and document.period_reviewed.value == "2023年上半年"


@pytest.mark.parametrize(("seed", "body", "date"), [
    ("000", "铜仁高新区", None),
    ("001", "常德经开区", "2021-02-19"),
    ("002", None, "2024-01-03"),  # says only 高新区、示范区
    ("003", None, None),  # an unnamed 开发区
    ("004", None, "2023-03-01"),  # the name is masked (*高新区)
])
def test_the_seeds_reporting_body_and_date_where_the_text_says_them(seed: str, body: str | None, date: str | None) -> None:
    path = next(p for p in SEEDS if p.name.startswith(seed))
    document = parse_report(path, OFFLINE).document
    assert (document.body.value if document.body else None) == body
    assert (document.date.value if document.date else None) == date
    text = path.read_text(encoding="utf-8")
    for stated in (document.body, document.date, document.title):
        if stated is not None:
            assert text[stated.evidence.start : stated.evidence.end] == stated.evidence.quote == stated.value


@pytest.mark.parametrize(("title", "plans_only"), [
    ("舒城经济开发区2021年政府工作计划\n", True),
    ("金华开发区2024年工作要点\n", True),
    ("乡镇2020年工作总结和2021年工作计划\n", False),
    ("在全区经济工作会议上的讲话\n", False),
    ("区府重点任务实施方案 ", True),  # a title run on into the text, a space apart
    ("2023年工作总结 ", False),
    ("2023年区政府工作报告重点任务分解\n", True),  # a breakdown of the report's tasks (held-out round ci3)
    ("杨凌示范区水务局2018年度(分季)目标责任书\n", True),
])
def test_a_document_is_a_plan_by_its_title_alone(title: str, plans_only: bool) -> None:
    assert is_plan_document(title + "一、树立大目标。全年计划实现工业总产值220亿元,完成固定资产投资35亿元以上,新增建成区面积2平方公里。\n") is plans_only


@pytest.mark.parametrize(("title", "summary"), [
    ("苏州市城市管理局2024年上半年工作总结\n", True),
    ("省机关事务管理局2023年工作总结\n", True),
    ("乡镇2020年工作总结和2021年工作计划\n", False),
    ("2024年政府工作报告\n", False),
])
def test_a_document_is_a_summary_by_its_title_alone(title: str, summary: bool) -> None:
    assert is_summary_document(title + "一、守好生态底线。全年查处案件549起。\n") is summary


def test_an_opening_sentence_naming_its_approach_is_no_plan_title() -> None:
    text = (  # a 市教育局's 2014 summary (tests/corpus/cn3_06), its first line
        "2014年,**市教育局以“四化联动、学有良教、提升品质”为工作思路,以“办人民满意教育”为奋斗目标,积极推进教育体制改革,"
        "促进教育事业内涵发展、优质发展、特色发展。\n一、教育体制改革稳步推进\n今年暑期,在39所义务教育学校开展了全员竞聘上岗工作。\n"
    )
    assert not is_plan_document(text)


def test_a_work_xiaojie_and_plan_is_no_plan_alone() -> None:
    text = "区教育局基建科2010年工作小结和2011年工作计划\n一、2010年工作小结\n(一)落实“两免一补”资金305470元。\n"
    assert not is_plan_document(text)
