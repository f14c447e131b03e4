#!/usr/bin/python3
"""Round 52's independent check: re-reads h314–h318 with readers written for the check (nothing of reports52.py is
imported; check47 gives only the comparison helpers same / num / gold / compare_rows) and compares what they read with
gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check52.py [h314 …]
Readers: h314 lxml on word/document.xml (the sections' w:pgSz and orientation; the appendix table's gridSpan / vMerge
resolved to a grid, its w:tblHeader rows, the 小计 rows told from the indicator rows and checked against them), the
prose's 一级 sentence and 表1 by regular expression and grid; LibreOffice → PDF: pdfinfo's page sizes and the header
repeated on every appendix page. h315 openpyxl: the two-row header found by its labels, then PAIRS of rows (the second
line's 分值 / 得分 under the 一级 / 二级 headers, its merged 偏差原因), the 序号 merged over each pair. h316 pikepdf:
the content stream interpreted (q / Q / cm / Tm / Tj; the UniGB-UCS2-H strings decoded), stroked rectangles = cells,
each string placed in the smallest cell holding it, rotated strings (a 90° CTM) read as the header row; rows by the
序号 cells, 一级 / 二级 by the merged cells spanning them. h317 the text, with a Chinese-numeral reader written here
(十 / 百 / 千 / 万, 点 decimals, 百分之), items and headings by regular expression. h318 lxml.html on the article: h3
(一级 with weight), p.l2 (二级), h4 (item with weight) and the paragraph's 扣X分 / 不扣分; the score is weight − deduction.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (its comparison helpers only)

OUT = C.OUT
same, num, gold = C.same, C.num, C.gold
TMP = tempfile.mkdtemp(prefix="check52_")
LO = "file:///tmp/check52_lo"


def path_of(prefix):
    for f in sorted(os.listdir(OUT)):
        if f.startswith(prefix + "_") and os.path.isfile(os.path.join(OUT, f)):
            return os.path.join(OUT, f)
    raise SystemExit(f"no file for {prefix}")


def fv(s):
    return float(str(s).replace(",", "").replace("%", "").strip())


def r2(x):
    return round(x + 1e-9, 2)


def soffice(path, target):
    work = tempfile.mkdtemp(dir=TMP)
    src = os.path.join(work, os.path.basename(path))
    shutil.copy(path, src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO}", "--headless", "--convert-to", target, "--outdir", work,
                    src], capture_output=True, timeout=180)
    out = os.path.join(work, os.path.splitext(os.path.basename(path))[0] + "." + target.split(":")[0])
    if not os.path.exists(out):
        raise SystemExit(f"LibreOffice did not convert {path}")
    return out


def gbudget(g):
    b = g["budget"]
    return tuple(b[k] for k in ("initialBudget", "adjustedBudget", "expenditure", "executionRate", "basicBudget",
                                "basicExpenditure", "projectBudget", "projectExpenditure"))


def grade_of(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 60 else "差"


# ------------------------------------------------------------ h314 DOCX, landscape appendix section

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def tc_text(tc):
    return "".join(t.text or "" for t in tc.iter(W + "t")).strip()


def docx_grid(tbl):
    """rows of cell texts by grid column, gridSpan expanded, vMerge continuations filled from above"""
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
            txt = tc_text(tc)
            if vm == "continue" and prev is not None:
                txt = prev[col]
            row += [txt] * span
            col += span
        grid.append(row)
        prev = row
    return grid


def check314():
    from lxml import etree
    p = path_of("h314")
    stem = os.path.splitext(os.path.basename(p))[0]
    g = gold(stem)
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    sects = list(body.iter(W + "sectPr"))
    sizes = [(int(s.find(W + "pgSz").get(W + "w")), int(s.find(W + "pgSz").get(W + "h")), s.find(W + "pgSz").get(
        W + "orient")) for s in sects]
    same("h314 sections: portrait body then landscape appendix", [(w > h, o) for w, h, o in sizes],
         [(False, None), (True, "landscape")])
    # which tables lie in which section: body-level children in order, a paragraph with a sectPr ends section 1
    sec_of_table, sec = [], 1
    for el in body:
        if el.tag == W + "tbl":
            sec_of_table.append(sec)
        if el.tag == W + "p" and el.find(W + "pPr/" + W + "sectPr") is not None:
            sec = 2
    same("h314 table 1 in the portrait section, table 2 in the landscape one", sec_of_table, [1, 2])
    t1, t2 = body.findall(W + "tbl")
    # 表1
    b = {r[0].strip("　").replace("其中：", ""): [fv(x) for x in r[1:4]] for r in docx_grid(t1)[1:]}
    got = (b["合计"][0], b["合计"][1], b["合计"][2], None, b["基本支出"][1], b["基本支出"][2], b["项目支出"][1],
           b["项目支出"][2])
    want = gbudget(g)
    same("h314 表1 budget", got[:3] + got[4:], want[:3] + want[4:])
    rates = {r[0].strip("　").replace("其中：", ""): r[4] for r in docx_grid(t1)[1:]}
    same("h314 表1 合计 rate", fv(rates["合计"]), g["budget"]["executionRate"])
    same("h314 基本支出 over its budget (planted SPENDING_OVER_BUDGET)", b["基本支出"][2] > b["基本支出"][1], True)
    same("h314 基本 + 项目 = 合计", [r2(b["基本支出"][k] + b["项目支出"][k]) for k in range(3)], b["合计"])
    # appendix
    trs = t2.findall(W + "tr")
    hdr = [tr.find(W + "trPr/" + W + "tblHeader") is not None for tr in trs]
    same("h314 tblHeader rows", [i for i, h in enumerate(hdr) if h], [0, 1])
    grid = docx_grid(t2)
    same("h314 header", (grid[0][0], grid[1][:3], grid[0][3:]), ("绩效指标", ["一级指标", "二级指标", "三级指标"],
                                                                   ["年度指标值", "实际完成值", "分值", "得分",
                                                                    "偏差原因分析及改进措施"]))
    rows, bad_sub, subs, pending, tot = [], [], 0, [], None
    for r in grid[2:]:
        if r[1] == "小计":
            subs += 1
            w, s = r2(sum(x[5] for x in pending)), r2(sum(x[6] for x in pending))
            if (w, s) != (fv(r[5]), fv(r[6])):
                bad_sub.append((pending[0][1], fv(r[5]), fv(r[6]), w, s))
            pending = []
        elif r[0] == "合计":
            tot = (fv(r[5]), fv(r[6]))
        elif r[0] == "自评等级":
            grd = r[5]
        else:
            x = [r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6])]
            rows.append(x)
            pending.append(x)
    C.compare_rows("h314", rows, g)
    same("h314 小计 rows", subs, 11)
    same("h314 the one wrong 小计 (planted SECTION_VS_ROWS)", bad_sub, [("预算执行", 15.0, 14.65, 15, 14.56)])
    same("h314 合计", tot, (g["maxScore"], g["totalScore"]))
    same("h314 rows add to 合计", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h314 grade", grd, g["grade"])
    met = [x[2] for x in rows if x[3].startswith("≥") and x[4].endswith("%") and fv(x[4]) >= fv(x[3][1:])
           and x[6] < x[5] and x[2] != "预算执行率"]
    same("h314 met but points lost (planted TARGET_MET_POINTS_LOST)", met, ["基层医疗卫生机构标准化建设达标率"])
    # prose
    text = "".join(t.text or "" for t in body.iter(W + "t"))
    secs = re.findall(r"(决策|过程|产出|效益)指标分值(\d+(?:\.\d+)?)分、得分(\d+(?:\.\d+)?)分", text)
    same("h314 四's sections", [(n, num(w), num(s)) for n, w, s in secs],
         [(s["name"], num(s["weight"]), num(s["score"])) for s in g["sections"]])
    m = re.search(r"自评得分(\d+\.\d+)分，自评等级为“(.)”", text)
    same("h314 四's total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    # rendering
    pdf = soffice(p, "pdf")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9", pdf], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    orient = ["L" if float(w) > float(h) else "P" for w, h in sizes]
    same("h314 rendered: page 1 portrait, the appendix pages landscape", orient[0] == "P" and set(orient[1:]) == {"L"}
         and len(orient) >= 3, True)
    heads = 0
    for k in range(2, len(orient) + 1):
        t = subprocess.run(["pdftotext", "-f", str(k), "-l", str(k), "-layout", pdf, "-"], capture_output=True,
                           text=True).stdout
        heads += "绩效指标" in t and "偏差原因分析及改进措施" in t
    same("h314 header repeated on every appendix page", heads, len(orient) - 1)
    print(f"h314: {len(rows)} rows, {subs} 小计 rows, 合计 {tot}, pages {''.join(orient)}")


# ------------------------------------------------------------ h315 XLSX, two physical rows per indicator

def check315():
    import openpyxl
    p = path_of("h315")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    ws = openpyxl.load_workbook(p).active
    cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    merged = {(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges}

    def v(r, c):
        return cells.get((r, c))
    fund_r = next(r for (r, c), x in cells.items() if x == "年度资金总额")
    hr = next(r for (r, c), x in cells.items() if x == "序号")
    same("h315 two-row header", [v(hr, k) for k in (2, 3, 4, 6, 7)] + [v(hr + 1, k) for k in (2, 3, 4)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    fund = (v(fund_r, 3), v(fund_r, 4), v(fund_r, 5), r2(v(fund_r, 7) * 100))
    b = g["budget"]
    same("h315 fund line", fund, (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    parts = [(v(r, 3), v(r, 4), v(r, 5)) for r in (fund_r + 1, fund_r + 2)]
    same("h315 其中 lines add up", [r2(sum(x[k] for x in parts)) for k in range(3)], list(fund[:3]))
    rows = [("", "", "年度资金总额", "", f"{fund[3]:.2f}%", v(fund_r, 6), v(fund_r, 8))]
    r = hr + 2
    pairs = 0
    while v(r, 1) != "总分":
        same(f"h315 序号 merged over the pair at row {r}", (r, 1, r + 1, 1) in merged, True)
        same(f"h315 reason merged on the second line at row {r + 1}", (r + 1, 4, r + 1, 8) in merged, True)
        rows.append((v(r, 2), v(r, 3), v(r, 4), v(r, 6), str(v(r, 7)), v(r + 1, 2), v(r + 1, 3), v(r + 1, 4)))
        pairs += 1
        r += 2
    C.compare_rows("h315", [x[:7] for x in rows], g)
    same("h315 总分", (v(r, 2), v(r, 3)), (g["maxScore"], g["totalScore"]))
    same("h315 grade", v(r, 4), f"自评等级：{g['grade']}")
    same("h315 rows add to 总分", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h315 over weight (planted ROW_SCORE_OVER_WEIGHT)", [x[2] for x in rows if x[6] > x[5]], ["项目完工及时率"])
    missed = [x[2] for x in rows[1:] if x[3].startswith("≥") and fv(x[4]) < fv(x[3][1:]) and x[6] == x[5]]
    same("h315 missed at full marks (planted TARGET_MISSED_FULL_MARKS)", missed, ["新建香菇保鲜冷库（座）"])
    same("h315 fund score vs rate × 10 (planted BUDGET_ROW_SCORE)", (rows[0][6], r2(fund[3] / 10)), (10, 9.42))
    print(f"h315: {pairs} indicators in {2 * pairs} lines + the fund line; 总分 {v(r, 3)}")


# ------------------------------------------------------------ h316 PDF, rotated header row

def pdf_items(page):
    """(strokes, texts): stroked rectangles in page coordinates; texts as (x, y, rotated, string)"""
    import pikepdf
    ops = pikepdf.parse_content_stream(page)
    ctm, stack, rects, texts, pend, tm = [1, 0, 0, 1, 0, 0], [], [], [], [], None

    def mul(m, n):
        a, b, c, d, e, f = m
        A, B, Cc, D, E, F_ = n
        return [a * A + b * Cc, a * B + b * D, c * A + d * Cc, c * B + d * D, e * A + f * Cc + E, e * B + f * D + F_]
    for operands, op in ops:
        op = str(op)
        if op == "q":
            stack.append(ctm[:])
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = mul([float(x) for x in operands], ctm)
        elif op == "re":
            x, y, w, h = (float(t) for t in operands)
            pend.append((x, y, w, h))
        elif op in ("S", "s"):
            for x, y, w, h in pend:
                a, b, c, d, e, f = ctm
                rects.append((a * x + e, d * y + f, a * (x + w) + e, d * (y + h) + f))
            pend = []
        elif op == "n":
            pend = []
        elif op == "Tm":
            tm = [float(t) for t in operands]
        elif op == "Tj":
            s = bytes(operands[0]).decode("utf-16-be")
            m = mul(tm, ctm)
            rot = abs(m[1]) > 0.5
            texts.append((m[4], m[5], rot, s))
    return rects, texts


def cells_of(page):
    """(rects, text_of, rotated): every horizontal string placed in the smallest stroked rectangle holding its origin
    (the bold overprint at +0.3 pt dropped), a cell's strings joined top to bottom, left to right; rotated strings
    (a 90° CTM) returned apart as (x, y, string)"""
    rects, texts = pdf_items(page)

    def cell_of(x, y):
        best = None
        for r in rects:
            if r[0] - 0.5 <= x + 1 <= r[2] + 0.5 and r[1] - 0.5 <= y + 2 <= r[3] + 0.5:
                if best is None or (r[2] - r[0]) * (r[3] - r[1]) < (best[2] - best[0]) * (best[3] - best[1]):
                    best = r
        return best
    content, seen, rotated = {}, set(), []
    for x, y, rot, s in texts:
        if rot:
            if not any(abs(x - x2) < 1 and abs(y - y2) < 1 and s == s2 for x2, y2, s2 in rotated):
                rotated.append((x, y, s))
            continue
        c = cell_of(x, y)
        if c is None:
            continue
        if any(abs(x - x2) < 0.5 and abs(y + ny2) < 0.05 and s == s2 for ny2, x2, s2 in content.get(c, [])):
            continue
        content.setdefault(c, []).append((-y, x, s))
    text_of = {c: "".join(s for _, _, s in sorted(v)) for c, v in content.items()}
    return rects, text_of, rotated


def check316():
    import pikepdf
    p = path_of("h316")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    pdf = pikepdf.open(p)
    same("h316 pages", len(pdf.pages), 2)
    # ---- page 1: the budget table and the goals, cell by cell
    rects, text_of, rotated = cells_of(pdf.pages[0])
    same("h316 page 1 has no rotated text", rotated, [])

    def right_of(cell):
        return sorted((r for r in rects if abs(r[1] - cell[1]) < 0.5 and abs(r[3] - cell[3]) < 0.5 and r[0] >= cell[2]
                       - 0.5), key=lambda r: r[0])

    def below(cell):
        return next(r for r in rects if abs(r[3] - cell[1]) < 0.5 and abs(r[0] - cell[0]) < 0.5)
    bud = {}
    for c, t in text_of.items():
        k = t.strip("　").replace("其中：", "")
        if k in ("合计", "基本支出", "项目支出"):
            bud[k] = [fv(text_of[r]) for r in right_of(c)]
    got = (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1], bud["基本支出"][2],
           bud["项目支出"][1], bud["项目支出"][2])
    same("h316 budget table", got, gbudget(g))
    same("h316 基本 + 项目 = 合计", [r2(bud["基本支出"][k] + bud["项目支出"][k]) for k in range(3)], bud["合计"][:3])
    same("h316 合计 rate recomputed (planted EXECUTION_RATE)", (r2(got[2] / got[1] * 100), got[3]), (97.28, 97.82))
    same("h316 parts' rates right", [r2(bud[k][2] / bud[k][1] * 100) == bud[k][3] for k in ("基本支出", "项目支出")],
         [True, True])
    hope = next(c for c, t in text_of.items() if t == "预期目标")
    done = next(c for c, t in text_of.items() if t == "实际完成情况")
    lab_t = re.findall(r"目标(\d)：", text_of[below(hope)])
    lab_a = re.findall(r"目标(\d)：", text_of[below(done)])
    same("h316 goal labels 预期 / 实际 (planted GOAL_LABELS)", (lab_t, lab_a), (["1", "2", "4"], ["1", "2", "3"]))
    # ---- page 2: the table with the rotated header row
    rects, text_of, rotated = cells_of(pdf.pages[1])
    names = ["序号", "一级指标", "二级指标", "年度指标值", "实际完成值", "分值", "得分"]
    same("h316 rotated header strings (left to right)", [s for x, y, s in sorted(rotated)], names)
    head = next(c for c, t in text_of.items() if t == "三级指标")
    hcells = sorted((r for r in rects if abs(r[3] - head[3]) < 0.5 and abs(r[1] - head[1]) < 0.5), key=lambda r: r[0])
    xs = [r[0] for r in hcells] + [hcells[-1][2]]
    same("h316 header cells; horizontal ones", [text_of.get(r, "") for r in hcells],
         ["", "", "", "三级指标", "", "", "", "", "偏差原因分析及改进措施"])
    cols = [max(k for k in range(9) if xs[k] <= x - 4) for x, y, s in sorted(rotated)]
    same("h316 rotated headers in the empty header cells", cols, [0, 1, 2, 4, 5, 6, 7])
    body = sorted((r for r in rects if abs(r[0] - xs[0]) < 0.5 and r[3] < head[1] + 0.5 and r[2] - r[0] < xs[1] - xs[0]
                   + 0.5 and text_of.get(r, "").isdigit()), key=lambda r: -r[3])
    rows = []
    for n, rr in enumerate(body, start=1):
        same("h316 序号 in order", text_of[rr], str(n))
        yc = (rr[1] + rr[3]) / 2
        line = []
        for k in range(1, 9):
            c = [r for r in rects if abs(r[0] - xs[k]) < 0.5 and r[1] <= yc <= r[3]]
            line.append(text_of.get(c[0], "") if c else "")
        rows.append([line[0], line[1], line[2], line[3], line[4], fv(line[5]), fv(line[6]), line[7]])
    C.compare_rows("h316", rows, g)
    tot = sorted((r for r in rects if abs(r[3] - body[-1][1]) < 0.5), key=lambda r: r[0])
    tots = [text_of.get(r, "") for r in tot]
    same("h316 合计 row", (tots[0], fv(tots[1]), fv(tots[2])), ("合计", g["maxScore"], g["totalScore"]))
    grd = [text_of.get(r, "") for r in sorted((r for r in rects if abs(r[3] - tot[0][1]) < 0.5), key=lambda r: r[0])]
    same("h316 自评等级 row", grd, ["自评等级", g["grade"]])
    same("h316 rows vs 合计 (planted TOTAL_VS_ROWS)", (r2(sum(x[6] for x in rows)), g["totalScore"]), (98.93, 98.39))
    same("h316 预算执行率 row prints the right rate", next(x[4] for x in rows if x[2] == "预算执行率"), "97.28%")
    print(f"h316: {len(rows)} rows, 7 rotated headers, 合计 {tots[1]} | {tots[2]}")


# ------------------------------------------------------------ h317 TXT, Chinese numerals

DIG = {c: i for i, c in enumerate("零一二三四五六七八九")}
DIG["两"] = 2
UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_value(s):
    """Chinese numerals → float: 九十六点零九, 三千六百八十二, 二十三点六, 十, 一百, 一千零五"""
    ip, _, dp = s.partition("点")
    total, sec, d = 0, 0, 0
    for ch in ip:
        if ch in DIG:
            d = DIG[ch]
        elif ch in UNIT:
            sec += (d or 1) * UNIT[ch]
            d = 0
        elif ch == "万":
            total = (total + sec + d) * 10000
            sec, d = 0, 0
        else:
            raise ValueError(s)
    val = total + sec + d
    if dp:
        val += float("0." + "".join(str(DIG[c]) for c in dp))
    return round(val, 4)


assert [cn_value(x) for x in ("九十六点零九", "三千六百八十二", "二十三点六", "十", "一百", "一千零五", "十四点五", "零点五",
                              "二十三万")] == [96.09, 3682, 23.6, 10, 100, 1005, 14.5, 0.5, 230000]
CN = "零一二三四五六七八九十百千万点两"


def check317():
    p = path_of("h317")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    text = open(p, encoding="utf-8").read()
    heads = re.findall(rf"（[一二三四]）(决策|过程|产出|效益)指标（权重([{CN}]+)分，得分([{CN}]+)分）", text)
    same("h317 一级 headings", [(n, cn_value(w), cn_value(s)) for n, w, s in heads],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    rows = []
    cur = None
    for ln in text.splitlines():
        m = re.match(r"（[一二三四]）(决策|过程|产出|效益)指标", ln)
        if m:
            cur = m.group(1)
            continue
        m = re.match(rf"　　\d+\.(.+?)（(.+?)）。权重([{CN}]+)分，年度目标(.+?)，实际完成(.+?)。(.*?)得([{CN}]+)分。$", ln)
        if m:
            rows.append([cur, m.group(2), m.group(1), m.group(4), m.group(5), cn_value(m.group(3)),
                         cn_value(m.group(7))])
    C.compare_rows("h317", rows, g)
    for n, w, s in heads:
        mem = [x for x in rows if x[0] == n]
        same(f"h317 {n} heading adds its items", (r2(sum(x[5] for x in mem)), r2(sum(x[6] for x in mem))),
             (cn_value(w), cn_value(s)))
    m = re.search(rf"综合得分([{CN}]+)分，自评等级为“(.)”", text)
    same("h317 total and grade", (cn_value(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    same("h317 rows add to the total", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h317 满分", cn_value(re.search(rf"指标体系满分([{CN}]+)分", text).group(1)), g["maxScore"])
    rates = dict((n, cn_value(v)) for n, v in re.findall(rf"(决策|过程|产出|效益)指标得分率百分之([{CN}]+)", text))
    want = {s["name"]: r2(s["score"] / s["weight"] * 100) for s in g["sections"]}
    same("h317 得分率: only 产出 off (planted SCORE_RATE)",
         {n: (rates[n], want[n]) for n in rates if abs(rates[n] - want[n]) > 0.006}, {"产出": (99.62, 99.26)})
    b = g["budget"]
    m = re.search(r"年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元；年中追加后全年预算([\d,.]+)万元，"
                  r"其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元。全年执行([\d,.]+)万元，其中基本支出([\d,.]+)万元、"
                  r"项目支出([\d,.]+)万元，预算执行率([\d.]+)%", text)
    v = [fv(x) for x in m.groups()]
    same("h317 budget paragraph", (v[0], v[3], v[6], v[9], v[4], v[7], v[5], v[8]), gbudget(g))
    same("h317 basic + project", (r2(v[1] + v[2]), r2(v[4] + v[5]), r2(v[7] + v[8])), (v[0], v[3], v[6]))
    jobs = [cn_value(x) for x in re.findall(rf"城镇新增就业([{CN}]+)人", text)]
    jobs_item = cn_value(next(x[4] for x in rows if x[2] == "城镇新增就业").rstrip("人"))
    same("h317 城镇新增就业 stated twice (planted SAME_FIGURE_DIFFERS)", (jobs, jobs_item), ([3862], 3682))
    plat = next(x for x in rows if x[2] == "人力资源市场综合服务平台升级改造")
    same("h317 platform not in use at full marks (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         ("未投入使用" in plat[4], plat[6] == plat[5]), (True, True))
    print(f"h317: {len(rows)} items, total {g['totalScore']}, all figures read from Chinese numerals")


# ------------------------------------------------------------ h318 HTML, deduction sentences

def check318():
    import lxml.html
    p = path_of("h318")
    g = gold(os.path.splitext(os.path.basename(p))[0])
    doc = lxml.html.fromstring(open(p, "rb").read().decode("utf-8"))
    same("h318 no table", len(doc.findall(".//table")), 0)
    content = doc.find_class("content")[0]
    rows, secs, l1, l2, item = [], [], None, None, None
    for el in content:
        t = el.text_content().strip()
        if el.tag == "h3":
            m = re.match(r"（[一二三四]）(.+?)指标（(\d+(?:\.\d+)?)分）", t)
            l1 = m.group(1)
            secs.append((l1, fv(m.group(2))))
        elif el.tag == "p" and el.get("class") == "l2":
            l2 = t
        elif el.tag == "h4":
            m = re.match(r"\d+\.(.+)（(\d+(?:\.\d+)?)分）$", t)
            item = (m.group(1), fv(m.group(2)))
        elif el.tag == "p" and item:
            ded = re.findall(r"扣(\d+(?:\.\d+)?)分。", t)
            if "不扣分" in t:
                d = 0
            else:
                d = fv(ded[-1])
            tg = re.search(r"年度目标值(≥|≤)?([\d.]+%?)", t)
            ac = re.search(r"实际(?:完成|达到|为)?([\d.]+%?)", t)
            target = (tg.group(1) or "") + tg.group(2) if tg else None
            actual = ac.group(1) if ac else None
            rows.append([l1, l2, item[0], target, actual, item[1], r2(item[1] - d), t])
            item = None
    C.compare_rows("h318", [x[:7] for x in rows], g)
    text = content.text_content()
    m = re.search(r"满分(\d+)分。经综合评价，项目综合得分([\d.]+)分，评价等级为“(.)”", text)
    same("h318 满分 / total / grade", (fv(m.group(1)), fv(m.group(2)), m.group(3)),
         (g["maxScore"], g["totalScore"], g["grade"]))
    ss = re.findall(r"(决策|过程|产出|效益)指标得([\d.]+)分", text)
    same("h318 sections", [(n, w, fv(s)) for (n, w), (_, s) in zip(secs, ss)],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h318 items' weights vs 满分 (planted WEIGHTS_VS_FULL_MARK)", (r2(sum(x[5] for x in rows)), fv(m.group(1))),
         (98, 100))
    same("h318 implied scores add to the total", r2(sum(x[6] for x in rows)), g["totalScore"])
    pe = next(x for x in rows if x[2] == "学生体质健康合格率")
    rule = re.search(r"每低1个百分点扣([\d.]+)分", pe[7])
    same("h318 体质 rule vs deduction (planted RULE_SCORE)",
         (r2(fv(rule.group(1)) * (fv(pe[3][1:]) - fv(pe[4]))), r2(pe[5] - pe[6])), (1.5, 1))
    sat = next(x for x in rows if x[2] == "学生及家长满意度")[7]
    bands = re.findall(r"(\d+)%（含）", sat)
    same("h318 满意度 bands leave 85–90 uncovered (planted MALFORMED_RULE)", bands, ["90", "80"])
    same("h318 funds", re.findall(r"(中央补助资金|自治区补助资金|区级配套资金)([\d,.]+)万元", text),
         [("中央补助资金", "800.00"), ("自治区补助资金", "380.00"), ("区级配套资金", "200.00")])
    m = re.search(r"年初预算([\d,.]+)万元，年中追加后全年预算([\d,.]+)万元.*?实际支出([\d,.]+)万元，预算执行率([\d.]+)%", text)
    b = g["budget"]
    same("h318 budget", tuple(fv(x) for x in m.groups()),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    print(f"h318: {len(rows)} items (scores = weight − deduction), weights {r2(sum(x[5] for x in rows))}, total "
          f"{g['totalScore']}")


def main(argv):
    try:
        for name, f in (("h314", check314), ("h315", check315), ("h316", check316), ("h317", check317),
                        ("h318", check318)):
            if not argv or name in argv:
                f()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
