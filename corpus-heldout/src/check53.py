#!/usr/bin/python3
"""Round 53's independent check: re-reads h319–h323 with readers written for the check (nothing of reports53.py is
imported; check47 gives only the comparison helpers same / num / gold / compare_rows) and compares what they read with
gold/<stem>.json, then re-derives each planted problem from what was read.
    /usr/bin/python3 corpus-heldout/src/check53.py [h319 …]
Readers (none of them the writer's library): h319 poppler (`pdftotext -bbox` for the words and their boxes, plain
`pdftotext` for the prose) with pikepdf only to list the stroked rectangles (`re` operators) of the appendix pages:
each word is placed in the smallest rectangle holding its centre, the table's columns are found by their header
cells, rows by the 三级 cells, merged 一级 / 二级 cells by the rectangle spanning a row; h320 zipfile + lxml on the
XLSX parts (sharedStrings, sheet1, styles: a cell whose number format holds “%” is shown as a percentage with two
decimals; mergeCells filled from their top-left cell); h321 zipfile + lxml on word/document.xml (gridSpan / vMerge
resolved to a grid), the “（N分）” bracket split off each name by a regular expression; h322 the standard library's
html.parser (tables with rowspan / colspan laid on a grid, the prose as text); h323 the text itself (tab fields, empty
fields filled from the line above, 小计 lines closing a block).
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (its comparison helpers only)

OUT = C.OUT
same, num, gold = C.same, C.num, C.gold


def path_of(prefix):
    for f in sorted(os.listdir(OUT)):
        if f.startswith(prefix + "_") and os.path.isfile(os.path.join(OUT, f)):
            return os.path.join(OUT, f)
    raise SystemExit(f"no file for {prefix}")


def fv(s):
    return float(str(s).replace(",", "").replace("%", "").strip())


def r2(x):
    return round(x + 1e-9, 2)


def canon(s):
    return re.sub(r"\s+", "", s)


def gbudget(g):
    b = g["budget"]
    return tuple(b[k] for k in ("initialBudget", "adjustedBudget", "expenditure", "executionRate", "basicBudget",
                                "basicExpenditure", "projectBudget", "projectExpenditure"))


def grade_of(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 60 else "差"


def ident(tag, text, g):
    """department, project, unit and evaluator as printed somewhere in the text"""
    t = canon(text)
    for k in ("department", "project", "implementingUnit", "evaluator"):
        if g.get(k):
            same(f"{tag} {k} printed", canon(g[k]) in t, True)
    same(f"{tag} year printed", f"{g['fiscalYear']}年" in t, True)


# ------------------------------------------------------------ h319 PDF, expert panel (poppler words + rectangles)

def pdf_words(path, page):
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", path, "-"], capture_output=True,
                         text=True, check=True).stdout
    hgt = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
        txt = m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        words.append(((x0 + x1) / 2, hgt - (y0 + y1) / 2, x0, txt))
    return words


def pdf_rects(path, page):
    import pikepdf
    pdf = pikepdf.open(path)
    rects = []
    for operands, op in pikepdf.parse_content_stream(pdf.pages[page - 1]):
        if str(op) == "re":
            x, y, w, h = (float(v) for v in operands)
            rects.append((min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)))
    return rects


def cell_texts(words, rects):
    """{rect: text} — every word in the smallest rectangle holding its centre, lines top to bottom"""
    got = {}
    for cx, cy, x0, t in words:
        inside = [r for r in rects if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
        if not inside:
            continue
        r = min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))
        got.setdefault(r, []).append((-round(cy, 1), x0, t))
    return {r: "".join(t for _, _, t in sorted(v)) for r, v in got.items()}


def check319():
    p = path_of("h319")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout)
                 .group(1))
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h319", text, g)
    same("h319 third party, commissioned", "委托单位：乐山市五通桥区财政局" in flat, True)
    rows, totals = [], None
    heads = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "专家一", "专家二", "专家三", "得分"]
    for page in range(1, npages + 1):
        words = pdf_words(p, page)
        rects = pdf_rects(p, page)
        if not rects:
            continue
        cells = cell_texts(words, rects)
        colx = {}
        for r, t in cells.items():
            if t in heads:
                colx[t] = (r[0], r[2], r[1])
        same(f"h319 page {page} header cells", sorted(colx) == sorted(heads), True)
        hdr_bottom = min(v[2] for v in colx.values())
        body = [(r, t) for r, t in cells.items() if r[3] <= hdr_bottom + 0.5]
        l3 = sorted([(r, t) for r, t in body if abs(r[0] - colx["三级指标"][0]) < 0.5 and abs(r[2] - colx["三级指标"][1])
                     < 0.5], key=lambda rt: -rt[0][3])

        def at(col, ymid):
            x0, x1, _ = colx[col]
            hit = [t for r, t in body if r[0] - 0.5 <= x0 and x1 <= r[2] + 0.5 and r[1] <= ymid <= r[3]]
            return hit[0] if hit else ""
        for r, t in l3:
            ym = (r[1] + r[3]) / 2
            rows.append(tuple(at(c, ym) for c in heads))
        tot = [(r, t) for r, t in body if t == "合计"]
        if tot:
            ym = (tot[0][0][1] + tot[0][0][3]) / 2
            totals = tuple(at(c, ym) for c in ("分值", "专家一", "专家二", "专家三", "得分"))
    def nz(v):
        return None if v in ("—", "") else v
    got = [(x[0], x[1], x[2], nz(x[5]), nz(x[6]), fv(x[3]), fv(x[10])) for x in rows]
    C.compare_rows("h319", got, g, canon)
    # the 得分 is the experts' mean (two decimals): one row breaks it (planted RULE_SCORE)
    off = [(x[2], x[10], f"{r2(sum(fv(v) for v in x[7:10]) / 3):g}") for x in rows
           if abs(r2(sum(fv(v) for v in x[7:10]) / 3) - fv(x[10])) > 0.001]
    same("h319 rows whose 得分 is not the experts' mean (planted RULE_SCORE)", off, [("资金使用合规性", "3.71", "3.17")])
    same("h319 合计 row", (fv(totals[0]), fv(totals[4])), (g["maxScore"], g["totalScore"]))
    same("h319 experts' 合计 = their columns", [fv(v) for v in totals[1:4]],
         [r2(sum(fv(x[7 + k]) for x in rows)) for k in range(3)])
    same("h319 得分 合计 = the rows", r2(sum(fv(x[10]) for x in rows)), g["totalScore"])
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", flat)
    same("h319 total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    same("h319 grade outside the printed bands (planted GRADE_OUTSIDE_BANDS)",
         ("90分（含）以上为“优”，80分（含）至90分为“良”" in flat, grade_of(g["totalScore"])), (True, "良"))
    sec = re.findall(r"(决策|过程|产出|效益)指标满分(\d+)分，得分([\d.]+)分", flat)
    same("h319 sections", [(n, fv(w), fv(s)) for n, w, s in sec],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h319 mean rule printed", "各指标得分取3名专家评分的算术平均值（保留两位小数）" in flat, True)
    rule = next(x[4] for x in rows if x[2] == "项目完成及时率")
    same("h319 完成及时率 bands leave 85%–90% open (planted MALFORMED_RULE)",
         re.findall(r"(\d+)%（含）—(\d+)%", rule), [("90", "95"), ("80", "85")])
    m = re.search(r"年初预算([\d,.]+)万元，年中追加后全年预算([\d,.]+)万元.*?实际支出([\d,.]+)万元，预算执行率([\d.]+)%", flat)
    same("h319 budget", tuple(fv(x) for x in m.groups()) + (None,) * 4, gbudget(g))
    srcs = re.findall(r"(中央补助资金|省级补助资金|区级配套资金)([\d,.]+)万元", flat)
    same("h319 sources add to the 全年预算", r2(sum(fv(v) for _, v in srcs)), g["budget"]["adjustedBudget"])
    print(f"h319: {len(rows)} rows over {npages} pages, total {g['totalScore']}, experts {[fv(v) for v in totals[1:4]]}")


# ------------------------------------------------------------ h320 XLSX, deviation-cause ticks (zipfile + lxml)

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_cells(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        ss = [("".join(t.text or "" for t in si.iter(S + "t"))) for si in
              etree.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si")] \
            if "xl/sharedStrings.xml" in names else []
        st = etree.fromstring(z.read("xl/styles.xml"))
        codes = {9: "0%", 10: "0.00%", 4: "#,##0.00"}  # built-in formats carry no numFmt element
        codes.update({int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")})
        xfs = [int(x.get("numFmtId", 0)) for x in st.find(S + "cellXfs").findall(S + "xf")]
        sh = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in sh.iter(S + "c"):
        ref = c.get("r")
        col = 0
        m = re.match(r"([A-Z]+)(\d+)", ref)
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        row = int(m.group(2))
        v = c.find(S + "v")
        if v is None:
            isv = c.find(S + "is")
            if isv is not None:
                cells[(row, col)] = "".join(t.text or "" for t in isv.iter(S + "t"))
            continue
        if c.get("t") == "s":
            cells[(row, col)] = ss[int(v.text)]
        elif c.get("t") == "str":
            cells[(row, col)] = v.text
        else:
            x = float(v.text)
            code = codes.get(xfs[int(c.get("s", 0))], "")
            cells[(row, col)] = f"{x * 100:.2f}%" if "%" in code else (int(x) if x.is_integer() else x)
    for mc in sh.iter(S + "mergeCell"):
        a, b = mc.get("ref").split(":")
        (r1, c1), (r2_, c2) = [(int(re.sub(r"[A-Z]", "", x)), sum((ord(ch) - 64) * 26 ** k for k, ch in
                                                                  enumerate(reversed(re.sub(r"\d", "", x)))))
                               for x in (a, b)]
        v = cells.get((r1, c1))
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                cells[(rr, cc)] = v
    return cells


def check320():
    p = path_of("h320")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    cells = xlsx_cells(p)
    nrow = max(r for r, _ in cells)
    text = " ".join(str(v) for v in cells.values() if v is not None)
    ident("h320", text, g)
    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 14)]
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "一级指标")
    sub = rowv(hdr + 1)
    same("h320 tick-column header", (cells.get((hdr, 8)), sub[7:12]),
         ("偏差原因类型（在对应栏内打“√”）", ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]))
    fund = next(r for r in range(1, hdr) if cells.get((r, 1)) == "年度资金总额")
    fr = rowv(fund)
    rows = [(None, None, "年度资金总额", None, fr[7], fr[6], fr[9])]
    ticks = {}
    r = hdr + 2
    while cells.get((r, 1)) != "总分":
        x = rowv(r)
        rows.append((x[0], x[1], x[2], x[3], x[4], x[5], x[6]))
        ticks[x[2]] = ([sub[7 + k] for k in range(5) if x[7 + k] == "√"], x[12] or "")
        for v in x[7:12]:
            same(f"h320 tick cell of {x[2]} is √ or empty", v in ("√", None, ""), True)
        r += 1
    C.compare_rows("h320", rows, g, canon)
    tot = rowv(r)
    same("h320 总分 row", (tot[5], tot[6], tot[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h320 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h320 ticked rows and their causes",
         {k: v[0] for k, v in ticks.items() if v[0]},
         {"供养服务机构护理型床位占比": ["硬件条件保障"], "社会救助信息化管理水平": ["经费保障", "人员保障"],
          "养老服务长效运营机制": ["制度保障"]})
    same("h320 every ticked row explains itself, no other row does",
         sorted(k for k, v in ticks.items() if v[1]), sorted(k for k, v in ticks.items() if v[0]))
    home = next(x for x in rows if x[2] == "居家养老服务补贴发放人数（人）")
    same("h320 missed target at full marks, no tick (planted TARGET_MISSED_FULL_MARKS)",
         (fv(home[4]) < fv(home[3][1:]), home[5] == home[6], ticks[home[2]]), (True, True, ([], "")))
    same("h320 score above weight (planted ROW_SCORE_OVER_WEIGHT)",
         [(x[2], x[5], x[6]) for x in rows if x[6] > x[5]], [("低保资金社会化发放率", 6, 6.5)])
    bud = {cells.get((rr, 1)).strip("\u3000"): rowv(rr) for rr in range(fund, fund + 3)}
    b, bb, bp = bud["年度资金总额"], bud["其中：基本支出"], bud["项目支出"]
    same("h320 budget", (b[3], b[4], b[5], fv(b[7]), bb[4], bb[5], bp[4], bp[5]), gbudget(g))
    same("h320 项目支出 over its budget (planted SPENDING_OVER_BUDGET)", bp[5] > bp[4], True)
    same("h320 parts add up", (r2(bb[4] + bp[4]), r2(bb[5] + bp[5])), (b[4], b[5]))
    print(f"h320: {len(rows)} rows (fund line + {len(rows) - 1}), total {g['totalScore']}, ticks on {sum(1 for v in ticks.values() if v[0])} rows")


# ------------------------------------------------------------ h321 DOCX, weights in the name cells (zipfile + lxml)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_tables(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for tbl in root.iter(W + "tbl"):
        grid, prev = [], None
        for tr in tbl.findall(W + "tr"):
            row, col = [], 0
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                span, vm = 1, None
                if pr is not None:
                    gs = pr.find(W + "gridSpan")
                    if gs is not None:
                        span = int(gs.get(W + "val"))
                    v = pr.find(W + "vMerge")
                    if v is not None:
                        vm = v.get(W + "val") or "continue"
                txt = "".join(t.text or "" for t in tc.iter(W + "t")).strip()
                if vm == "continue" and prev is not None:
                    txt = prev[col]
                row += [txt] * span
                col += span
            grid.append(row)
            prev = row
        out.append(grid)
    body = "".join(t.text or "" for t in root.iter(W + "t"))
    return out, body


def check321():
    p = path_of("h321")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    tables, body = docx_tables(p)
    same("h321 one table", len(tables), 1)
    t = tables[0]
    ident("h321", body, g)
    wre = re.compile(r"^(.*)（(\d+(?:\.\d+)?)分）$")
    hdr = next(i for i, r in enumerate(t) if r[0] == "一级指标")
    same("h321 header: no 分值 column", t[hdr], ["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "实际完成值", "得分",
                                          "偏差原因分析及改进措施"])
    fund = next(r for r in t if r[0].startswith("年度资金总额"))
    m = wre.match(fund[0])
    rows = [(None, None, m.group(1), None, fund[5], float(m.group(2)), fv(fund[6]))]
    i = hdr + 1
    while not t[i][0].startswith("总分"):
        x = t[i]
        m = wre.match(x[2])
        same(f"h321 weight bracket in {x[2]}", m is not None, True)
        rows.append((x[0], x[1], m.group(1), x[3], x[4], float(m.group(2)), fv(x[5])))
        i += 1
    C.compare_rows("h321", rows, g, canon)
    tot = t[i]
    mm = re.match(r"总分（满分(\d+)分）", tot[0])
    same("h321 总分 row", (float(mm.group(1)), fv(tot[5]), tot[6]),
         (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h321 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h321 weights add to 98 against 满分100分 (planted WEIGHTS_VS_FULL_MARK)", r2(sum(x[5] for x in rows)), 98)
    unit_brackets = sorted(x[2] for x in rows if "）" in x[2])
    same("h321 unit brackets stay in the names", len(unit_brackets), 6)
    same("h321 fund line full 10 at its rate (planted BUDGET_ROW_SCORE)", (rows[0][6], r2(fv(fund[5]) / 10)),
         (10, 9.41))
    same("h321 budget", (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[5])) + (None,) * 4, gbudget(g))
    srcs = [r for r in t if r[0].strip("\u3000").endswith("资金") and r[0] != fund[0]]
    same("h321 sources add up", tuple(r2(sum(fv(r[k]) for r in srcs)) for k in (2, 3, 4)),
         (fv(fund[2]), fv(fund[3]), fv(fund[4])))
    zero = [r for r in srcs if fv(r[3]) == 0]
    same("h321 a rate over a zero budget (planted RATE_OVER_ZERO_BASE)",
         [(r[0].strip("\u3000"), r[5]) for r in zero], [("上年结转资金", "100.00%")])
    print(f"h321: {len(rows)} rows, weights {r2(sum(x[5] for x in rows))} against {tot[0]}, total {g['totalScore']}")


# ------------------------------------------------------------ h322 HTML, budget by quarter (html.parser)

class Tables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.text, self.stack = [], [], []
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag in ("td", "th") and self.stack:
            self.cell = [int(a.get("rowspan", 1)), int(a.get("colspan", 1)), ""]
        elif tag == "br" and self.cell is not None:
            self.cell[2] += ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.stack[-1][-1].append((self.cell[0], self.cell[1], self.cell[2].strip()))
            self.cell = None
        elif tag == "table" and self.stack:
            self.tables.append(self.grid(self.stack.pop()))

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[2] += data
        self.text.append(data)

    @staticmethod
    def grid(rows):
        out, pend = [], {}
        for r, cells in enumerate(rows):
            row, col, it = [], 0, iter(cells)
            while True:
                if (r, col) in pend:
                    row.append(pend.pop((r, col)))
                    col += 1
                    continue
                try:
                    rs, cs, txt = next(it)
                except StopIteration:
                    break
                for k in range(cs):
                    row.append(txt)
                    for d in range(1, rs):
                        pend[(r + d, col + k)] = txt
                col += cs
            out.append(row)
        return out


def check322():
    p = path_of("h322")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    with open(p, encoding="utf-8") as f:
        src = f.read()
    tp = Tables()
    tp.feed(src)
    text = canon("".join(tp.text))
    ident("h322", text, g)
    same("h322 three tables", len(tp.tables), 3)
    t1, t2, t3 = tp.tables
    bud = {r[0].strip("\u3000"): r for r in t1[1:]}
    b, bb, bp = bud["合计"], bud["其中：基本支出"], bud["项目支出"]
    same("h322 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    m = re.search(r"预算执行率=全年执行数÷全年预算数×100%=([\d,.]+)÷([\d,.]+)×100%=([\d.]+)%", text)
    same("h322 the prose formula's result is wrong (planted FORMULA)",
         (fv(m.group(1)), fv(m.group(2)), fv(m.group(3)), r2(fv(m.group(1)) / fv(m.group(2)) * 100)),
         (g["budget"]["expenditure"], g["budget"]["adjustedBudget"], 95.16, g["budget"]["executionRate"]))
    same("h322 quarter table header", [canon(x) for x in t2[0]],
         ["季度", "当季支出", "累计支出", "累计执行进度（累计支出÷全年预算数）", "序时进度", "是否达到"])
    q = [r for r in t2[1:] if r[0].endswith("季度")]
    whole = next(r for r in t2[1:] if r[0] == "全年合计")
    same("h322 four quarters", [r[0] for r in q], ["一季度", "二季度", "三季度", "四季度"])
    qs = [fv(r[1]) for r in q]
    cum = [fv(r[2]) for r in q]
    same("h322 全年合计 = 表1's 全年执行数", (fv(whole[1]), fv(whole[2])), (fv(b[3]), fv(b[3])))
    same("h322 the 当季 lines do not add to the 全年 (planted BREAKDOWN_SUM)", (r2(sum(qs)), fv(whole[1])),
         (8453.37, 8426.37))
    same("h322 the 累计 column grows by the true quarters", [r2(cum[k] - (cum[k - 1] if k else 0)) for k in range(4)],
         [qs[0], qs[1], 2136.47, qs[3]])
    prog = [(r[3], f"{cum[k] / fv(b[2]) * 100:.2f}%") for k, r in enumerate(q)]
    same("h322 累计执行进度 lines off (planted EXECUTION_RATE)", [x for x in prog if x[0] != x[1]],
         [("54.26%", "52.46%")])
    same("h322 是否达到 agrees with the true progress",
         [r[5] for r in q], ["是" if fv(x[1]) >= fv(r[4]) else "否" for x, r in zip(prog, q)])
    rows = []
    for r in t3[1:]:
        if r[0] == "合计":
            tot = r
            continue
        rows.append((r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6])))
    C.compare_rows("h322", rows, g, canon)
    same("h322 合计", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    jd = next(x for x in rows if x[2] == "预算执行进度")
    same("h322 执行进度 rule: 5 − quarters missed", jd[6], 5 - [r[5] for r in q].count("否"))
    sec = re.findall(r"(决策|过程|产出|效益)指标(\d+)分，得([\d.]+)分", text)
    same("h322 sections", [(n, fv(w), fv(s)) for n, w, s in sec],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", text)
    same("h322 total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    print(f"h322: {len(rows)} rows, quarters {qs} (sum {r2(sum(qs))}), total {g['totalScore']}")


# ------------------------------------------------------------ h323 TXT, indicators by duty (the text)

def check323():
    p = path_of("h323")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    with open(p, encoding="utf-8") as f:
        lines = f.read().split("\n")
    text = canon("".join(lines))
    ident("h323", text, g)
    i = lines.index(next(x for x in lines if x.startswith("职责（领域）\t")))
    rows, secs, cur1, cur2, tot = [], [], "", "", None
    for ln in lines[i + 1:]:
        if "\t" not in ln:
            break
        f = ln.split("\t")
        if f[0] == "合计":
            tot = (fv(f[5]), fv(f[6]))
            continue
        if f[1] == "小计":
            secs.append((cur1, fv(f[5]), fv(f[6])))
            continue
        cur1 = f[0] or cur1
        cur2 = f[1] or cur2
        rows.append((cur1, cur2, f[2], f[3], f[4], fv(f[5]), fv(f[6])))
    C.compare_rows("h323", rows, g, canon)
    same("h323 合计", tot, (g["maxScore"], g["totalScore"]))
    same("h323 合计 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h323 小计 lines = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    off = [(n, s, r2(sum(x[6] for x in rows if x[0] == n))) for n, w, s in secs
           if abs(s - r2(sum(x[6] for x in rows if x[0] == n))) > 0.001]
    same("h323 小计 off its rows (planted SECTION_VS_ROWS)", off, [("应急救援", 24.48, 24.84)])
    j = lines.index(next(x for x in lines if x.startswith("项目\t年初预算数")))
    bud = {ln.split("\t")[0].strip("\u3000"): ln.split("\t") for ln in lines[j + 1:j + 4]}
    b, bb, bp = bud["合计"], bud["其中：基本支出"], bud["项目支出"]
    same("h323 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    labels = re.findall(r"^　　(目标[一二三四五六])（", "\n".join(lines), re.M)
    same("h323 goal labels (planted GOAL_LABELS)", labels, ["目标一", "目标二", "目标二"])
    m = re.search(r"全年开展安全生产执法检查(\d+)家次", text)
    row = next(x for x in rows if x[2].startswith("安全生产执法检查"))
    same("h323 一's figure against the table's (planted SAME_FIGURE_DIFFERS)", (m.group(1), row[4]), ("1286", "1268"))
    m = re.search(r"自评总分([\d.]+)分，自评等级为“(.)”", text)
    same("h323 total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    print(f"h323: {len(rows)} rows in {len(secs)} duty blocks, total {g['totalScore']}")


def main(argv):
    for name, f in (("h319", check319), ("h320", check320), ("h321", check321), ("h322", check322),
                    ("h323", check323)):
        if not argv or name in argv:
            f()
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
