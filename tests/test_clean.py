import pytest

from extract.clean import clean, fold_width
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
