import pytest

from extract.chunks import make_chunks
from extract.clean import clean

from helpers import SEEDS


@pytest.mark.parametrize("max_chars", [120, 600, 2000])
@pytest.mark.parametrize("seed", SEEDS[:3], ids=lambda p: p.name[:3])
def test_chunks_are_bounded_ordered_and_cover_the_report(seed, max_chars: int) -> None:
    text = seed.read_text(encoding="utf-8")
    view = clean(text).view
    chunks = make_chunks(view, max_chars)
    assert chunks
    covered = 0
    previous_end = 0
    for chunk in chunks:
        assert 0 < chunk.end - chunk.start <= max_chars
        assert chunk.start >= previous_end
        previous_end = chunk.end
        covered += len(view[chunk.start : chunk.end].strip())
        left, right = view[chunk.end - 1 : chunk.end], view[chunk.end : chunk.end + 1]
        assert not (left.isdigit() and right.isdigit()), "cut inside a number"
        assert view[chunk.start : chunk.end].count("“") <= view[chunk.start : chunk.end].count("”") + 1
    assert covered >= len("".join(view.split())) * 0.98


def test_whole_paragraphs_are_packed_and_cut_between_paragraphs() -> None:
    text = "一、回顾\n完成投资10亿元。\n二、计划\n力争投资12亿元。\n" * 3
    pieces = [text[c.start : c.end] for c in make_chunks(text, 60)]
    assert pieces == ["一、回顾\n完成投资10亿元。\n二、计划\n力争投资12亿元。\n一、回顾\n完成投资10亿元。\n二、计划\n力争投资12亿元。",
                      "一、回顾\n完成投资10亿元。\n二、计划\n力争投资12亿元。"]


def test_a_long_line_without_punctuation_is_still_cut() -> None:
    text = "甲" * 5000
    chunks = make_chunks(text, 600)
    assert len(chunks) >= 9
    assert all(c.end - c.start <= 600 for c in chunks)


def test_numbers_are_never_split() -> None:
    text = "完成投资" + "1234567890" * 10 + "元"
    chunks = make_chunks(text, 60)
    for c in chunks:
        assert not (text[c.end - 1 : c.end].isdigit() and text[c.end : c.end + 1].isdigit()) or c.end - c.start == 60


def test_too_small_a_chunk_size_is_refused() -> None:
    with pytest.raises(ValueError):
        make_chunks("甲乙", 10)
