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
])
def test_framing_is_no_achievement(framing: str) -> None:
    assert achievements(f"一、工作回顾\n{framing}新增市场主体5015家,同比增长12%。\n") == ["新增市场主体5015家"]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("五年来,我们坚持解放思想,深入开展大讨论。", "我们坚持解放思想"),
    ("同时,三改一拆等省市重点工作均完成年度目标任务。", "三改一拆等省市重点工作均完成年度目标任务"),
    ("张凤林指出,开发区签约项目35个。", "开发区签约项目35个"),
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
