"""`--format html`: one self-contained page per report for checking every record against the text.

The source text is shown whole, each record highlighted at its offsets and coloured
by type; a side table lists the indicators (sortable by any column, filterable by
kind) and the plans and problems; clicking a row scrolls to its evidence. All
report text goes through `html.escape`, so a report holding ``<script>`` shows it
as text. No external files, fonts or scripts are loaded.
"""

from __future__ import annotations

from html import escape

from extract.schemas import WorkReport

__all__ = ["render_html"]

_KINDS = (("indicators", "ind", "indicator"), ("achievements", "ach", "achievement"), ("plans", "plan", "plan"), ("problems", "prob", "problem"))

_STYLE = """
body{margin:0;font:14px/1.7 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;color:#222}
header{padding:8px 16px;background:#263238;color:#fff}header small{opacity:.8;margin-left:12px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);height:calc(100vh - 44px)}
#source{overflow:auto;padding:16px 24px;white-space:pre-wrap;border-right:1px solid #ddd}
#panel{overflow:auto;padding:12px 16px}
.ind{background:#ffe58f}.ach{background:#b7eb8f}.plan{background:#bae0ff}.prob{background:#ffccc7}
.ind.plan,.ind.prob,.ind.ach{background:#ffd666}
.flash{outline:3px solid #fa541c;transition:outline .2s}
.legend span{padding:0 6px;margin-right:6px;border-radius:3px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:3px 6px;text-align:left}
th{cursor:pointer;position:sticky;top:0;background:#fafafa}th:after{content:" ⇅";color:#aaa}
tbody tr{cursor:pointer}tbody tr:hover{background:#f0f5ff}ul{padding-left:18px}li{cursor:pointer}li:hover{background:#f0f5ff}
.warn{color:#ad4e00}
"""

_SCRIPT = """
function go(id){const el=document.getElementById(id);if(!el)return;el.scrollIntoView({block:'center'});
document.querySelectorAll('.flash').forEach(e=>e.classList.remove('flash'));
document.querySelectorAll('[data-rec~="'+id+'"]').forEach(e=>e.classList.add('flash'));}
document.querySelectorAll('[data-go]').forEach(r=>r.addEventListener('click',()=>go(r.dataset.go)));
const table=document.getElementById('indicators');
table.querySelectorAll('th').forEach((th,col)=>th.addEventListener('click',()=>{
const body=table.tBodies[0],rows=[...body.rows],asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
const key=r=>{const t=r.cells[col].dataset.v??r.cells[col].textContent;const n=parseFloat(t);return isNaN(n)?t:n;};
rows.sort((a,b)=>{const x=key(a),y=key(b);return (x>y?1:x<y?-1:0)*(asc?1:-1);});rows.forEach(r=>body.appendChild(r));}));
document.getElementById('kind').addEventListener('change',e=>{const k=e.target.value;
table.querySelectorAll('tbody tr').forEach(r=>{r.hidden=k!=='all'&&r.dataset.kind!==k;});});
"""


def render_html(report: WorkReport, text: str) -> str:
    """The page for one report; `text` is the decoded source the report's offsets index."""
    marks: list[tuple[int, int, str, str]] = []  # start, end, css class, record id
    for field, css, _ in _KINDS:
        for index, record in enumerate(getattr(report, field)):
            marks.append((record.evidence.start, record.evidence.end, css, f"{css}-{index}"))
    title = escape(report.source.name)
    counts = " · ".join(f"{len(getattr(report, field))} {label}s" for field, _, label in _KINDS)
    warning = '<p class="warn">Partial result: some chunks failed (see stats.warnings).</p>' if report.stats.partial else ""
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head><body>'
        f"<header><b>{title}</b><small>{counts} · {escape(report.stats.backend)}</small></header>"
        f'<main><div id="source">{_highlighted(text, marks)}</div><div id="panel">{warning}{_legend()}'
        f"{_indicator_table(report)}{_statement_list(report, 'plans', 'plan', 'Plans')}"
        f"{_statement_list(report, 'problems', 'prob', 'Problems')}"
        f"{_statement_list(report, 'achievements', 'ach', 'Achievements')}</div></main>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def _highlighted(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """The text cut at every record boundary; each piece carries the classes and ids of the records over it."""
    points = sorted({0, len(text), *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)})
    starts: dict[int, list[str]] = {}
    for start, _, _, rec in marks:
        starts.setdefault(start, []).append(rec)
    by_start = sorted(marks)
    active: list[tuple[int, int, str, str]] = []
    parts: list[str] = []
    next_mark = 0
    for left, right in zip(points, points[1:]):
        while next_mark < len(by_start) and by_start[next_mark][0] <= left:
            active.append(by_start[next_mark])
            next_mark += 1
        active = [m for m in active if m[1] > left]
        parts.extend(f'<a id="{rec}"></a>' for rec in starts.get(left, []))
        piece = escape(text[left:right])
        if active:
            classes = " ".join(sorted({m[2] for m in active}))
            ids = " ".join(m[3] for m in active)
            parts.append(f'<span class="{classes}" data-rec="{ids}">{piece}</span>')
        else:
            parts.append(piece)
    return "".join(parts)


def _legend() -> str:
    items = "".join(f'<span class="{css}">{label}</span>' for _, css, label in _KINDS)
    return f'<p class="legend">{items}</p>'


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _indicator_table(report: WorkReport) -> str:
    rows = []
    for index, ind in enumerate(report.indicators):
        cells = [
            escape(ind.name), _num(ind.value), escape(ind.unit or ""), _num(ind.yoy_pct),
            _num(ind.target_completion_pct), ind.kind, escape(ind.period or ""),
        ]
        tds = "".join(f"<td>{c}</td>" for c in cells) + f'<td data-v="{ind.evidence.start}">{ind.evidence.start}</td>'
        rows.append(f'<tr data-go="ind-{index}" data-kind="{ind.kind}">{tds}</tr>')
    head = "".join(f"<th>{h}</th>" for h in ("name", "value", "unit", "yoy %", "target %", "kind", "period", "at"))
    return (
        f'<h3>Indicators ({len(report.indicators)}) <select id="kind"><option value="all">all</option>'
        f'<option value="actual">actual</option><option value="target">target</option></select></h3>'
        f'<table id="indicators"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _statement_list(report: WorkReport, field: str, css: str, title: str) -> str:
    records = getattr(report, field)
    items = "".join(f'<li data-go="{css}-{i}">{escape(r.text)}</li>' for i, r in enumerate(records))
    return f'<h3>{title} ({len(records)})</h3><ul id="{field}">{items}</ul>'
