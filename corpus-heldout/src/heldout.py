"""Renders the held-out reports (reports.py) to TXT and HTML, writes the specs that
HeldoutGenerator.java turns into DOCX/XLSX, and writes the gold JSON.

Run from the worktree root:  python3 corpus-heldout/src/heldout.py
Each report is authored once, as blocks (paragraphs, tables with merges, page breaks) plus its
hand-written gold; the renderings and the gold come from that one text, so they cannot drift.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


class Table:
    """A grid with merged regions (r1, c1, r2, c2 inclusive); a merged region's text is at its origin."""

    def __init__(self, rows, merges=(), attrs=""):
        width = max(len(r) for r in rows)
        self.rows = [list(r) + [""] * (width - len(r)) for r in rows]
        self.merges = list(merges)
        self.attrs = attrs

    def covered(self):
        """Slots covered by a merge but not its origin."""
        out = set()
        for r1, c1, r2, c2 in self.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        out.add((r, c))
        return out


class PageBreak:
    pass


def span_row(text, width, row_index):
    """A row whose single cell spans the whole width."""
    return [text] + [""] * (width - 1), (row_index, 0, row_index, width - 1)


def group_merges(rows, cols, first_row=0):
    """Vertical merges of runs of equal, non-empty text in the group columns `cols`, a run of a column
    ending where the column before it changes (二级指标 never spans two 一级指标). Blanks the covered cells."""
    merges = []
    for k, c in enumerate(cols):
        r = first_row
        while r < len(rows):
            end = r
            while (end + 1 < len(rows) and rows[end + 1][c] == rows[r][c] and rows[r][c]
                   and all(rows[end + 1][p] == rows[r][p] for p in cols[:k])):
                end += 1
            if end > r:
                merges.append((r, c, end, c))
            r = end + 1
    for r1, c, r2, _ in merges:
        for r in range(r1 + 1, r2 + 1):
            rows[r][c] = ""
    return merges


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


# ---------------------------------------------------------------- renderers

def render_txt(blocks, cells_per_line=False):
    """Tab-separated rows, or (cells_per_line) one tab-led cell per line with a blank line after each row,
    as PDF-to-text tools write tables; merged cells are printed once, covered slots blank."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif type(b).__name__ == "PageBreak":
            out.append("")
        else:
            out.append("")
            across = {(r, c) for r1, c1, r2, c2 in b.merges for r in range(r1, r2 + 1)
                      for c in range(c1 + 1, c2 + 1)}  # slots a colspan covers: printed not at all
            for r, row in enumerate(b.rows):
                if cells_per_line:
                    out += ["\t" + c for k, c in enumerate(row) if (r, k) not in across]
                    out.append("")
                else:
                    out.append("\t".join(row).rstrip("\t") if row[0] or any(row) else "")
            out.append("")
    return "\n".join(out) + "\n"


def render_html(blocks, title):
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{html.escape(title)}</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 4px;"
           "font-size:10.5pt}p{margin:4px 0}.pb{page-break-before:always}</style>", "</head>", "<body>"]
    pending_break = False
    for b in blocks:
        if isinstance(b, str):
            cls = ' class="pb"' if pending_break else ""
            pending_break = False
            out.append(f"<p{cls}>{html.escape(b)}</p>" if b else "<p>&nbsp;</p>")
        elif type(b).__name__ == "PageBreak":
            pending_break = True
        else:
            cls = ' class="pb"' if pending_break else ""
            pending_break = False
            covered = b.covered()
            origin = {(m[0], m[1]): m for m in b.merges}
            out.append(f"<table{cls} {b.attrs}>".replace("  ", " ").replace(" >", ">"))
            for r, row in enumerate(b.rows):
                cells = []
                for c, text in enumerate(row):
                    if (r, c) in covered:
                        continue
                    span = ""
                    if (r, c) in origin:
                        r1, c1, r2, c2 = origin[(r, c)]
                        if r2 > r1:
                            span += f' rowspan="{r2 - r1 + 1}"'
                        if c2 > c1:
                            span += f' colspan="{c2 - c1 + 1}"'
                    body = html.escape(text) if text else "&nbsp;"
                    cells.append(f"<td{span}><p>{body}</p></td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def clean(s):
    if "\t" in s or "\n" in s:
        raise ValueError("tab or newline in cell: " + s)
    return s


def spec_json(ops):
    """A spec is a JSON array of string arrays, one operation each (JSON so that `jixiao eval` on the
    corpus directory skips it)."""
    return "[\n" + ",\n".join(json.dumps([str(x) for x in op], ensure_ascii=False) for op in ops) + "\n]\n"


def render_docx_spec(blocks):
    """Spec for HeldoutGenerator: [P, text] | [PB] | [T, ncols] | [R, cells...] | [M, r1, c1, r2, c2] | [ET]."""
    ops = []
    for b in blocks:
        if isinstance(b, str):
            ops.append(["P", clean(b)])
        elif type(b).__name__ == "PageBreak":
            ops.append(["PB"])
        else:
            ops.append(["T", len(b.rows[0])])
            ops += [["R"] + [clean(c) for c in row] for row in b.rows]
            ops += [["M"] + list(m) for m in b.merges]
            ops.append(["ET"])
    return spec_json(ops)


def render_xlsx_spec(sheets):
    """Spec for HeldoutGenerator: [S, name] | [R, cells...] | [M, r1, c1, r2, c2] (sheet coordinates)."""
    ops = []
    for name, table in sheets:
        ops.append(["S", clean(name)])
        ops += [["R"] + [clean(c) for c in row] for row in table.rows]
        ops += [["M"] + list(m) for m in table.merges]
    return spec_json(ops)


# ---------------------------------------------------------------- round 2 renderers

class Title(str):
    """A title paragraph: centred and bold in the styled DOCX behind a PDF or DOC."""


def render_docx_spec2(blocks, page="A4"):
    """Spec for a styled DOCX (PDF / DOC outputs): as render_docx_spec plus [PAGE, A4|A4L] first,
    [PT, title], and per table [CW, relative widths...] (Table.widths) and [HR, n] (Table.header_rows,
    rows Word repeats at the top of every page)."""
    ops = [["PAGE", page]]
    for b in blocks:
        if isinstance(b, Title):
            ops.append(["PT", clean(b)])
        elif isinstance(b, str):
            ops.append(["P", clean(b)])
        elif type(b).__name__ == "PageBreak":
            ops.append(["PB"])
        else:
            ops.append(["T", len(b.rows[0])])
            if getattr(b, "widths", None):
                ops.append(["CW"] + list(b.widths))
            if getattr(b, "header_rows", 0):
                ops.append(["HR", b.header_rows])
            ops += [["R"] + [clean(c) for c in row] for row in b.rows]
            ops += [["M"] + list(m) for m in b.merges]
            ops.append(["ET"])
    return spec_json(ops)


PORTAL_TD = "border:1px solid #000000;padding:0px 5px;vertical-align:middle"
PORTAL_SPAN = "font-family:宋体;font-size:10.5pt"


def portal_cell_text(text):
    """Cell text as a Word-to-HTML export on a portal writes it: in <p><span>, a comparator or a decimal
    point starting a run of its own, blanks as &nbsp;."""
    if not text:
        return '<p style="text-align:center">&nbsp;</p>'
    parts = [text]
    if text[0] in "≥≤=＞＜" and len(text) > 1:
        parts = [text[0], text[1:]]
    elif "." in text and text.replace(".", "", 1).isdigit():
        i = text.index(".")
        parts = [text[:i], text[i:]]
    spans = "".join(f'<span style="{PORTAL_SPAN}">{html.escape(p)}</span>' for p in parts)
    return f'<p style="text-align:center;line-height:150%">{spans}</p>'


def render_portal_html(blocks, title, site):
    """A government portal article page in GBK: navigation and footer around the article, tables with
    <th> header cells (Table.header_rows), inline styles, nested <p><span>, &nbsp; spacing."""
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
           f"<title>{html.escape(title)}_{html.escape(site)}</title>",
           '<link rel="stylesheet" type="text/css" href="/images/common.css" />', "</head>", "<body>",
           f'<div class="top"><span>{html.escape(site)}</span>&nbsp;&nbsp;<a href="/">首页</a>&nbsp;|&nbsp;'
           '<a href="/zwgk/">政务公开</a>&nbsp;|&nbsp;<a href="/zwfw/">政务服务</a>&nbsp;|&nbsp;'
           '<a href="/hdjl/">互动交流</a></div>',
           '<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>'
           '&nbsp;&gt;&nbsp;<a href="/zwgk/czyjs/">财政预决算</a></div>',
           '<div class="article">']
    for b in blocks:
        if isinstance(b, str):
            if not b:
                out.append("<p>&nbsp;</p>")
            else:
                body = html.escape(b).replace("　", "&nbsp;&nbsp;")
                out.append(f'<p style="text-indent:2em;line-height:28px"><span style="{PORTAL_SPAN}">{body}</span></p>')
        elif type(b).__name__ == "PageBreak":
            continue
        else:
            covered = b.covered()
            origin = {(m[0], m[1]): m for m in b.merges}
            heads = getattr(b, "header_rows", 0)
            out.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                       'style="border-collapse:collapse;border:none">')
            out.append("<tbody>")
            for r, row in enumerate(b.rows):
                cells = []
                for c, text in enumerate(row):
                    if (r, c) in covered:
                        continue
                    span = ""
                    if (r, c) in origin:
                        r1, c1, r2, c2 = origin[(r, c)]
                        if r2 > r1:
                            span += f' rowspan="{r2 - r1 + 1}"'
                        if c2 > c1:
                            span += f' colspan="{c2 - c1 + 1}"'
                    tag = "th" if r < heads else "td"
                    cells.append(f'<{tag}{span} style="{PORTAL_TD}">{portal_cell_text(text)}</{tag}>')
                out.append('<tr style="height:28px">' + "".join(cells) + "</tr>")
            out.append("</tbody></table>")
    out += ["</div>",
            f'<div class="footer">主办单位：{html.escape(site)}&nbsp;&nbsp;&nbsp;&nbsp;技术支持：数字广西集团有限公司'
            "<br />网站标识码：4503000012&nbsp;&nbsp;桂ICP备05000000号</div>",
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- gold

def row(l1, l2, l3, target, actual, weight, score, goal=None, code=None):
    return {"goal": goal, "code": code, "level1": l1, "level2": l2, "level3": l3, "target": target,
            "actual": actual, "weight": weight, "score": score}


def budget(initial=None, adjusted=None, expenditure=None, rate=None, basic=None, basic_exp=None,
           project=None, project_exp=None):
    return {"initialBudget": initial, "adjustedBudget": adjusted, "expenditure": expenditure,
            "executionRate": rate, "basicBudget": basic, "basicExpenditure": basic_exp,
            "projectBudget": project, "projectExpenditure": project_exp}


def gold(source, department, year, level, province, kind, evaluator, total, max_score, grade, budget_,
         sections, indicators):
    return {"sourceFile": source, "department": department, "fiscalYear": year, "adminLevel": level,
            "province": province, "reportKind": kind, "evaluator": evaluator, "totalScore": total,
            "maxScore": max_score, "grade": grade, "budget": budget_,
            "sections": [{"name": n, "weight": w, "score": s} for n, w, s in sections],
            "indicators": indicators}


def check(g):
    """The gold's own arithmetic: row scores add up to the total, sections to their rows."""
    rows = g["indicators"]
    total = round(sum(r["score"] or 0 for r in rows), 4)
    weights = round(sum(r["weight"] or 0 for r in rows), 4)
    if g["totalScore"] is not None and abs(total - g["totalScore"]) > 0.005:
        sys.exit(f"{g['sourceFile']}: rows add to {total}, total says {g['totalScore']}")
    if g["maxScore"] is not None and abs(weights - g["maxScore"]) > 0.005:
        sys.exit(f"{g['sourceFile']}: weights add to {weights}, max says {g['maxScore']}")
    for s in g["sections"]:
        members = [r for r in rows if r["level1"] == s["name"]]
        w = round(sum(r["weight"] for r in members), 4)
        sc = round(sum(r["score"] or 0 for r in members), 4)
        if abs(w - s["weight"]) > 0.005 or (s["score"] is not None and abs(sc - s["score"]) > 0.005):
            sys.exit(f"{g['sourceFile']}: section {s['name']} rows {w}/{sc} vs {s['weight']}/{s['score']}")


def main():
    sys.path.insert(0, HERE)
    import reports
    import reports2  # round 2: PDF, DOC, XLS and a GBK portal page
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for rep in reports.ALL + reports2.ALL:
        stem, fmt_ = rep["stem"], rep["format"]
        g = rep["gold"]
        g["sourceFile"] = f"{stem}.{fmt_}"
        check(g)
        with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        if fmt_ == "txt":
            text = render_txt(rep["blocks"], rep.get("cells_per_line", False))
            with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        elif fmt_ == "html" and rep.get("site"):
            with open(os.path.join(OUT, stem + ".html"), "w", encoding="gbk", newline="\r\n") as f:
                f.write(render_portal_html(rep["blocks"], rep["title"], rep["site"]))
        elif fmt_ == "html":
            with open(os.path.join(OUT, stem + ".html"), "w", encoding="utf-8") as f:
                f.write(render_html(rep["blocks"], rep["title"]))
        elif fmt_ in ("pdf", "doc"):
            with open(os.path.join(HERE, "specs", f"{stem}.{fmt_}.spec.json"), "w", encoding="utf-8") as f:
                f.write(render_docx_spec2(rep["blocks"], rep.get("page", "A4")))
        elif fmt_ == "xls":
            with open(os.path.join(HERE, "specs", stem + ".xls.spec.json"), "w", encoding="utf-8") as f:
                f.write(render_xlsx_spec(rep["sheets"]))
        elif fmt_ == "docx":
            with open(os.path.join(HERE, "specs", stem + ".docx.spec.json"), "w", encoding="utf-8") as f:
                f.write(render_docx_spec(rep["blocks"]))
        elif fmt_ == "xlsx":
            with open(os.path.join(HERE, "specs", stem + ".xlsx.spec.json"), "w", encoding="utf-8") as f:
                f.write(render_xlsx_spec(rep["sheets"]))
        print(stem, fmt_, len(g["indicators"]), "rows")


if __name__ == "__main__":
    main()
