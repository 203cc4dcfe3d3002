"""Stage 2, clean: find web-page chrome and hide it from extraction without moving any text.

Scraped reports carry page furniture (索引号/发布机构 tables, 发布日期, 浏览次数, 字号,
微信扫一扫, 版权声明, 第N页 共N页, 展开阅读全文 ...). Rather than cut it out, which
would need an offset map back to the original, this stage builds a *view* of the
same length as the text: chrome lines become spaces, full-width ASCII becomes
half-width (one character for one), so every offset found in the view is an
offset into the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .chars import BULLETS, CJK, simplified, traditional_characters
from .errors import EmptyInputError

__all__ = ["Cleaned", "clean", "fold_script", "fold_width", "original_script"]

_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FOLD["\u3000"] = " "
_FOLD["\u00a0"] = " "
_FOLD_TABLE = str.maketrans(_FOLD)

_HEADING_START = re.compile(rf"(?:[一二三四五六七八九十]{{1,3}}[、.．]|[(（][一二三四五六七八九十0-9]{{1,3}}[)）]|[0-9]{{1,2}}[、．]|[一二三四五六七八九十]是|[{BULLETS}])")
_CHROME_KEYS = (
    "索引号|发布机构|公开方式|组配分类|主题分类|发文字号|发文机关|成文(?:时间|日期)|公文时效|有效性"
    "|发布(?:日期|时间)|信息来源|来源[:：]|阅读(?:次数|量)|浏览(?:次数|量)|点击(?:数|量|次数|率)|访问量|字号|【?字体"
    "|【?打印|关闭窗口|【关闭】|分享到|微信扫一扫|扫一扫|手机扫|用手机|版权声明|版权所有|作者原创|微信订阅号|联系客服"
    "|联系我们|网站地图|归档时间|已归档|资源描述|展开阅读全文|推荐访问|上一篇|下一篇|责任编辑|编辑[:：]|相关(?:链接|阅读|文章)"
    "|免责声明|Powered by|备案号|ICP备|下面是小编|以上就是|本文(?:由|来源|地址)|收藏本|举报|文档(?:下载|贡献)|返回顶部|打印本页"
    "|温馨提示|下载文档|下载前请|本文档由|网站客服|收藏 分享|分享赚钱|下面是由|为您分享|网友投稿|精选文档|本站为你|本站为您|精心整理|隐藏内容|此处内容需要|会员免费|普通用户特权|会员用户特权|网站代理|[0-9][.、]\\s*(?:部分包含|本文档|下载前|下载文档)"
)
_CHROME_LINE = re.compile(
    rf"^[\s\-•·*|>【\[]*(?:{_CHROME_KEYS})"
    r"|^\s*第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页\s*$"
    r"|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源.*)?$"
    r"|^\s*[|｜].*[|｜]\s*$"
    r"|^\s*《[^》]{1,80}》由会员分享"  # 《…发言.docx》由会员分享,可在线阅读…: a document-sharing site's notice
    r"|^\s*(?:大|中|小)(?:\s+(?:大|中|小))+\s*】?\s*$",
    re.IGNORECASE,
)


# A report saved as one long line still carries its chrome inline (…- 发布日期:2024-01-03 14:59- 浏览次数:在…):
# a line this long is never chrome as a whole; only the chrome keys (near either end of it) and the figures
# right after them are.
_LONG_LINE = 200
# The first characters of the keys, tested before the long alternation at each position (4x faster).
_CHROME_FIRST = "索发公组主成有信来阅浏点访字【打关分微扫手用版作联网归已资展推上下责编相免Pp备Ii以本收举文返温为精隐此会普网0123456789"
_CHROME_INLINE = re.compile(rf"(?=[{_CHROME_FIRST}])(?:{_CHROME_KEYS})[:：]?[\s0-9:：\-/.年月日]*", re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    """The original text plus a same-length view with chrome blanked and widths folded."""

    text: str
    view: str
    chrome: tuple[tuple[int, int], ...]


# A report extracted from a PDF keeps the page's line breaks inside its paragraphs (…在市委、市政府的坚强领导下,\n
# 围绕年初确定的目标任务…): most lines then have one length. A break after a line of that length which ends no
# sentence is soft and becomes a space in the view, so the paragraph reads as one.
_WRAP_MIN_WIDTH = 15
_WRAP_MIN_LINES = 5
_WRAP_SLACK = 6  # columns a full line may fall short of the page width (a word that did not fit)
_SENTENCE_END = "。！？!?：:"
_CONTINUED_END = "。！？!?：:；;，,、)）”\""  # how the last line of a wrapped paragraph ends


def _unwrap(view: str) -> str:
    lines = view.split("\n")
    columns = [_display_width(line) for line in lines]
    widths = Counter(c for c, line in zip(columns, lines) if len(line.strip()) >= _WRAP_MIN_WIDTH)
    if not widths:
        return view
    width, _ = widths.most_common(1)[0]
    full = [abs(c - width) <= _WRAP_SLACK for c in columns]
    if sum(full) < _WRAP_MIN_LINES or sum(full) < 0.3 * sum(1 for line in lines if line.strip()):
        return view
    out = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1].strip()
        soft = (
            full[index] and following and not line.rstrip().endswith(tuple(_SENTENCE_END)) and not _HEADING_START.match(following)
            and (full[index + 1] or following.endswith(tuple(_CONTINUED_END)))  # a short line with no mark at its end is a title
        )
        out.append(line + (" " if soft else "\n"))
    out.append(lines[-1])
    return "".join(out)


# A page that set every figure in a tag of its own comes out with each number on a line of its own (…同比(下同)增长\n
# 8.4%\n、一般公共预算收入增长\n4.6%…): when a report holds several such lines, the breaks around them are soft.
_NUMBER_LINE = re.compile(r"[ \t]*[0-9][0-9.,]*[ \t]*[%‰]?[ \t]*")
_NUMBER_LINES_MIN = 3
_BODY_LINE = 8  # characters of a line of running text a figure's line continues (not a table's cell: 总投资\n3.4亿元\n2022年)
_AWAITS_FIGURE = ("为", "达", "达到", "共计", "合计", "完成", "实现", "增长", "下降", "约", "超过", "突破")
_NUMBER_OPENS = re.compile(r"[ \t]*[0-9]+(?:[.,][0-9]+)*[ \t]*[%‰]?[\u4e00-\u9fff]")  # not 3.事项进展 (a list's marker)


def _join_number_lines(view: str) -> str:
    lines = view.split("\n")
    islands = [i for i, line in enumerate(lines) if _NUMBER_LINE.fullmatch(line)]
    if len(islands) < _NUMBER_LINES_MIN:
        return view
    soft = set()
    for i in islands:
        if i > 0 and lines[i - 1].strip() and not lines[i - 1].rstrip().endswith(tuple(_SENTENCE_END)):
            soft.add(i - 1)  # the break before the number
        if i + 1 < len(lines) and lines[i + 1].strip() and not _HEADING_START.match(lines[i + 1].strip()):
            soft.add(i)  # the break after it
    for i, line in enumerate(lines):  # …查处并上报违法建筑共计\n39户,面积为\n18万平方米: a figure that opens a line goes on the line before
        before = lines[i - 1].strip() if i else ""
        awaits = before.endswith(_AWAITS_FIGURE)  # …面积为\n18万平方米: the line before ends on a word its figure completes
        if _NUMBER_OPENS.match(line) and not _HEADING_START.match(line.strip()) and (len(before) >= _BODY_LINE or awaits) and not before.endswith(tuple(_SENTENCE_END)):
            soft.add(i - 1)
    return _soften(lines, soft)


def _soften(lines: list[str], soft: set[int]) -> str:
    """The lines joined again, the break after each line in `soft` a space (the view keeps its length)."""
    return "".join(line + (" " if i in soft else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]


# A page that set key words in tags of their own (…习近平总书记\n亲自\n指挥、\n亲自\n部署… / …抓好启动区\n中科院\n雄安创新研究院…)
# comes out with each such word on a line of its own, breaking the paragraph around it: when a report holds several
# such islands (a short line inside a sentence, after a line of body text that ends no clause), the breaks around
# them are soft.
_ISLAND_WIDTH = 12
_ISLAND_AFTER = 20  # characters of the body line an island follows
_ISLANDS_MIN = 5
_NO_ISLAND_END = "。!?:;"  # the view folds full-width ！？：； to these
# 五、民主 (\n法制\n建设…) / (五) (\n改 革开放\n不断深化。…): a heading cut short after three characters or fewer
_BROKEN_HEADING = re.compile(rf"(?:{_HEADING_START.pattern})[\u4e00-\u9fff]{{0,3}}")
_BROKEN_OFF = 6  # characters of the word that broke such a heading


def _join_word_islands(view: str) -> str:
    lines = view.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]  # a copy may set a blank line after every line
    islands: list[tuple[int, int, int]] = []  # (line before, island, line after)
    for before_at, at, after_at in zip(filled, filled[1:], filled[2:]):
        if after_at - before_at > 4:
            continue  # more than one blank line on either side: a break of its own
        line, before, after = lines[at].strip(), lines[before_at].rstrip(), lines[after_at].strip()
        if (
            len(line) <= _ISLAND_WIDTH and not _HEADING_START.match(line) and not line.endswith(tuple(_NO_ISLAND_END)) and ":" not in line
            and not before.endswith(tuple(_NO_ISLAND_END)) and not _HEADING_START.match(after)
            and (
                len(before.strip()) >= _ISLAND_AFTER or islands and islands[-1][1] == before_at  # …\n亲自\n指挥、\n: islands in a row
                or _BROKEN_HEADING.fullmatch(before.strip()) is not None and len(line) <= _BROKEN_OFF  # not 一、工作回顾\n主要成绩
            )
        ):
            islands.append((before_at, at, after_at))
    if len(islands) < _ISLANDS_MIN:
        return view
    return _soften(lines, {j for before_at, _, after_at in islands for j in range(before_at, after_at)})  # every break from the line before to the one after


def _display_width(line: str) -> int:
    """Columns on the page: a Chinese character takes two, a digit or Latin letter one (UTF-8 spends three
    bytes on the one and one on the other, so the byte count tells at C speed)."""
    line = line.rstrip()
    return (len(line.encode("utf-8")) + len(line)) // 2


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width, one character for one, so offsets survive."""
    return text.translate(_FOLD_TABLE)


# A report copied from a mirror site in traditional script (營口市西市區政府工作報告) reads in simplified script in
# the view, one character for one. A simplified report holds a few characters that are also traditional forms
# (乾); a converted one has them in every few sentences. The share is of all characters (a count of the Chinese
# ones would cost a pass over the text).
_TRADITIONAL_SHARE = 0.015
_SCRIPT_SAMPLE = 3000


def _in_traditional_script(text: str) -> bool:
    """Read from the first few thousand characters: a report is written in one script throughout, and a scan of a
    long one for a class of three thousand characters would cost more than the rest of this stage."""
    sample = text[:_SCRIPT_SAMPLE]
    return len(traditional_characters().findall(sample)) >= _TRADITIONAL_SHARE * len(sample) > 0


def fold_script(view: str) -> str:
    """Traditional to simplified characters, one for one, when the text is written in traditional script."""
    return simplified(view) if _in_traditional_script(view) else view


def original_script(text: str, view: str) -> Callable[[str], str] | None:
    """Turns words read in the view (a name, a unit) back into the report's own script: 億元, not 亿元, when the
    report writes so (None when it writes simplified script). Each simplified character goes back to the
    traditional one it stands for in this text."""
    if not _in_traditional_script(text):
        return None
    back = {ord(v): t for v, t in zip(view, text) if v != t and CJK.match(t) and simplified(t) == v}  # 划 of 計畫 goes back to 劃
    return lambda words: words.translate(back)


# A mirror site glosses characters with their pinyin (經濟(jì)工作, 增長(zhǎng)17%): the gloss is no text of the
# report, and between a metric and its figure it hides the pair.
_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\([{_PINYIN_LETTERS}]{{1,6}}\)")
_GLOSS_START = re.compile(rf"\([{_PINYIN_LETTERS}]")  # a cheap first look: most reports have no gloss


def _blank_glosses(view: str) -> str:
    return _PINYIN_GLOSS.sub(lambda m: " " * len(m.group()), view) if _GLOSS_START.search(view) else view


# A page copied with its markup left in (…的工作:<BR>一是提高认识…<P>二是…): a tag that breaks a line is a line
# break, any other tag a space, each as wide as the tag.
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,9})(?:\s[^<>]{0,200})?/?>")
_BREAKING_TAGS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})


def _blank_tags(view: str) -> str:
    if "<" not in view:
        return view
    def blank(tag: re.Match[str]) -> str:
        width = len(tag.group())
        return " " * (width - 1) + "\n" if tag.group(1).lower() in _BREAKING_TAGS else " " * width
    return _TAG.sub(blank, view)


# A page copied with its markup's spaces left as entities (新开办企业&nbsp;1359家): a space, as wide as the entity.
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp);")


def _blank_space_entities(view: str) -> str:
    return _SPACE_ENTITY.sub(lambda m: " " * len(m.group()), view) if "&" in view else view


# A document-sharing site numbers its pages and starts the first with the title again, run on into the text
# (2023年…发言.docx\n…\n1、2023年…发言今年以来,新村镇…): the number and the repeated title are no heading.
_FIRST_PAGE = re.compile(r"^[ \t]*1[、.．][ \t]*", re.MULTILINE)
_FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|wps|txt)$", re.IGNORECASE)


def _blank_first_page_title(view: str, chrome: list[tuple[int, int]]) -> str:
    first_line = next((line.strip() for line in view.splitlines() if line.strip()), "")
    title = _FILE_SUFFIX.sub("", first_line)
    if len(title) < 6:
        return view
    for number in _FIRST_PAGE.finditer(view):
        if view.startswith(title, number.end()):
            end = number.end() + len(title)
            chrome.append((number.start(), end))
            return view[: number.start()] + " " * (end - number.start()) + view[end:]
    return view


def clean(text: str) -> Cleaned:
    """Mark chrome lines (in a long line, chrome keys near its start); raise EmptyInputError when nothing
    but chrome is left."""
    folded = _blank_tags(_blank_space_entities(_blank_glosses(fold_script(fold_width(text)))))
    parts: list[str] = []
    chrome: list[tuple[int, int]] = []
    pos = 0
    for line in folded.splitlines(keepends=True):
        body = line.rstrip("\n")
        if len(body) > _LONG_LINE:
            ends = ((0, _LONG_LINE), (max(_LONG_LINE, len(body) - _LONG_LINE), len(body)))  # furniture sits at either end
            spans = [m.span() for a, b in ends for m in _CHROME_INLINE.finditer(body, a, b)]
            for start, end in spans:
                chrome.append((pos + start, pos + end))
                body = body[:start] + " " * (end - start) + body[end:]
            parts.append(body + line[len(body) :])
        elif body.strip() and _CHROME_LINE.search(body):
            chrome.append((pos, pos + len(body)))
            parts.append(" " * len(body) + line[len(body) :])
        else:
            parts.append(line)
        pos += len(line)
    view = _join_word_islands(_join_number_lines(_unwrap(_blank_first_page_title("".join(parts), chrome))))
    if not view.strip():
        raise EmptyInputError("the file holds only web-page chrome (menus, dates, copyright lines); no report text found")
    return Cleaned(text=text, view=view, chrome=tuple(chrome))
