#!/usr/bin/python3
"""Round 51's independent check: re-reads h309–h313 with readers written for the check (nothing of reports51.py is
imported; check47 gives only the comparison helpers same / num / gold / compare_rows) and compares what they read with
gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check51.py [h309 …]
Readers: h309 lxml.html on the portal page (rowspan / colspan resolved), 附表1's amounts converted by each row's 单位
(亿元 × 10000 → 万元), 附表2's rows, the prose's worked formula, 亿元 figures and 一级 sentence by regular expression.
h310 lxml on word/document.xml (gridSpan / vMerge resolved; a cell's text with its runs' vertAlign kept apart), note
markers stripped from figures (circled numbers, asterisks, superscript runs), the notes parsed for their rules; then
LibreOffice → PDF → pdftotext for what a reader sees. h311 the text itself: each page's column blocks found by their
header lines, a row = the k-th line of every block, the budget table the same way, hard-wrapped paragraphs joined.
h312 openpyxl: each name cell's alignment indent and bold, each row's outline level and the sheet's summaryBelow give
the levels; the subtotal lines checked against their rows; LibreOffice's CSV export of the sheet shows the names flat.
h313 pikepdf for the pages' content streams (filled rectangles with their fill colour = chart bars; stroked
rectangles = table cells) and `pdftotext -bbox` for the words: bars measured against their axes' tick labels and
matched to the data labels and category names, table words placed in cells, grids built from the cell boundaries.
"""
import html
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
TMP = tempfile.mkdtemp(prefix="check51_")
LO = "file:///tmp/check51_lo"


def soffice(path, target):
    work = tempfile.mkdtemp(dir=TMP)
    src = os.path.join(work, os.path.basename(path))
    shutil.copy(path, src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO}", "--headless", "--convert-to", target, "--outdir", work,
                    src], capture_output=True, timeout=180)
    stem = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(work, f"{stem}.{target.split(':')[0]}")
    if not os.path.exists(out):
        raise SystemExit(f"LibreOffice did not convert {path} to {target}")
    return out


def fv(s):
    return float(str(s).replace(",", "").replace("%", "").strip())


def r2(x):
    return round(x + 1e-9, 2)


def path_of(stem_prefix):
    for f in sorted(os.listdir(OUT)):
        if f.startswith(stem_prefix + "_") and os.path.isfile(os.path.join(OUT, f)):
            return os.path.join(OUT, f)
    raise SystemExit(f"no file for {stem_prefix}")


def fill_down(rows, cols=(0, 1)):
    last = {}
    out = []
    for r in rows:
        r = list(r)
        for c in cols:
            if r[c]:
                last[c] = r[c]
            else:
                r[c] = last.get(c, "")
        out.append(r)
    return out


# ------------------------------------------------------------ h309 (HTML, units by row)

def html_grid(table):
    """rows of cell texts with rowspan / colspan resolved (a spanned slot repeats the origin's text)"""
    grid, pending = [], {}
    for tr in table.iter("tr"):
        cells = iter([td for td in tr if td.tag in ("td", "th")])
        row, c = [], 0
        while True:
            if c in pending:
                txt, left = pending[c]
                row.append(txt)
                if left > 1:
                    pending[c] = (txt, left - 1)
                else:
                    del pending[c]
                c += 1
                continue
            td = next(cells, None)
            if td is None:
                break
            txt = re.sub(r"\s+", "", td.text_content()).replace("\u3000", "")
            cs, rs = int(td.get("colspan", 1)), int(td.get("rowspan", 1))
            for _ in range(cs):
                row.append(txt)
                if rs > 1:
                    pending[c] = (txt, rs - 1)
                c += 1
        grid.append(row)
    return grid


def check309():
    import lxml.html
    path = path_of("h309")
    g = gold("h309_jiangxi_jiaotong")
    doc = lxml.html.parse(path).getroot()
    tables = doc.xpath('//div[@class="content"]//table')
    same("h309 two tables in the article", len(tables), 2)
    t1 = html_grid(tables[0])
    same("h309 附表1 header", t1[0], ["项目", "单位", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    conv = {"万元": 1, "亿元": 10000}
    lines = {}
    for r in t1[1:]:
        lab = r[0].replace("其中：", "")
        same(f"h309 {lab}: 亿元 printed to four decimals, 万元 to two", all(len(v.split(".")[1]) == (4 if r[1] == "亿元"
                                                                                               else 2) for v in r[2:5]),
             True)
        lines[lab] = (r[1], [r2(fv(v) * conv[r[1]]) for v in r[2:5]], fv(r[5]))
    print("h309 附表1 in 万元:", {k: v[1] for k, v in lines.items()})
    same("h309 units by row", [lines[k][0] for k in lines], ["万元", "万元", "亿元", "亿元", "亿元", "万元", "万元"])
    b = g["budget"]
    hj, jb, xm = lines["部门支出合计"][1], lines["基本支出"][1], lines["项目支出"][1]
    same("h309 budget (万元)", (hj, lines["部门支出合计"][2], jb[1], jb[2], xm[1], xm[2]),
         ([b["initialBudget"], b["adjustedBudget"], b["expenditure"]], b["executionRate"], b["basicBudget"],
          b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    same("h309 合计 = 基本 + 项目 (units applied)", [r2(x + y) for x, y in zip(jb, xm)], hj)
    naive = r2(fv(t1[2][4]) + fv(t1[3][4]))
    same("h309 adding the printed numbers without units is nonsense", naive == hj[2], False)
    for k, (u, v, q) in lines.items():
        same(f"h309 {k} 执行率 on its printed figures", q, r2(v[2] / v[1] * 100))
    parts = ["公路建设及养护", "水运建设", "运输服务与安全监管", "信息化建设"]
    sums = [r2(sum(lines[p][1][k] for p in parts)) for k in range(3)]
    same("h309 项目 其中 lines: 年初 and 全年 add up, 执行 (planted BREAKDOWN_SUM)", (sums[0] == xm[0], sums[1] == xm[1],
                                                                          sums[2], xm[2]),
         (True, True, 930946.0, 931846.0))
    t2 = html_grid(tables[1])
    head = t2[0]
    idx = [head.index(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")]
    rows = []
    for r in t2[1:]:
        if r[0] in ("合计", "自评等级"):
            continue
        rows.append(tuple(r[k] for k in idx))
    C.compare_rows("h309", rows, g)
    hj2 = next(r for r in t2 if r[0] == "合计")
    same("h309 合计", (num(hj2[5]), num(hj2[6])), (g["maxScore"], g["totalScore"]))
    same("h309 rows add to the 合计", r2(sum(fv(r[6]) for r in rows)), g["totalScore"])
    same("h309 自评等级", next(r for r in t2 if r[0] == "自评等级")[5], g["grade"])
    text = re.sub(r"\s+", "", " ".join(p.text_content() for p in doc.xpath('//div[@class="content"]/p')))
    m = re.search(r"预算执行率＝全年执行数÷全年预算数×100%＝([\d,.]+)万元÷([\d,.]+)万元×100%＝([\d.]+)%", text)
    same("h309 prose formula found", bool(m), True)
    got = r2(fv(m.group(1)) / fv(m.group(2)) * 100)
    same("h309 formula's figures = 附表1's; its result (planted FORMULA)", (fv(m.group(1)), fv(m.group(2)),
                                                                         fv(m.group(3)), got),
         (b["expenditure"], b["adjustedBudget"], 96.07, b["executionRate"]))
    m2 = re.findall(r"其中基本支出([\d.]+)亿元、项目支出([\d.]+)亿元", text)
    same("h309 prose 基本 / 项目 (年初, 全年, 执行) in 亿元", m2,
         [("3.80", "88.61"), ("3.86", "96.45"), ("3.28", "93.18")])
    same("h309 table's 基本支出 执行 in 亿元 (planted SAME_FIGURE_DIFFERS against 3.28)", f"{jb[2] / 10000:.2f}", "3.82")
    secs = [(n, int(w), num(s)) for n, w, s in re.findall(r"(决策|过程|产出|效益)指标(\d+)分，得([\d.]+)分", text)]
    same("h309 四's 一级 sentence", secs, [(s["name"], s["weight"], num(s["score"])) for s in g["sections"]])
    m3 = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", text)
    same("h309 四's total and grade", (num(m3.group(1)), m3.group(2)), (g["totalScore"], g["grade"]))
    print(f"h309: {len(rows)} rows; 项目 其中 执行 {sums[2]} vs 项目 {xm[2]} 万元; formula {m.group(3)}% vs {got}%")


# ------------------------------------------------------------ h310 (DOCX, note markers)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARK = re.compile(r"[\u2460-\u2473*]+$")


def docx_cell(tc):
    """(plain text, text of superscript runs)"""
    plain, sup = [], []
    for r in tc.iter(W + "r"):
        t = "".join(x.text or "" for x in r.iter(W + "t"))
        va = r.find(f"{W}rPr/{W}vertAlign")
        (sup if va is not None and va.get(W + "val") == "superscript" else plain).append(t)
    return "".join(plain), "".join(sup)


def docx_grid(tbl):
    grid = []
    for tr in tbl.findall(W + "tr"):
        row = []
        for tc in tr.findall(W + "tc"):
            pr = tc.find(W + "tcPr")
            span = 1
            vm = None
            if pr is not None:
                gs = pr.find(W + "gridSpan")
                span = int(gs.get(W + "val")) if gs is not None else 1
                v = pr.find(W + "vMerge")
                if v is not None:
                    vm = v.get(W + "val") or "continue"
            txt = docx_cell(tc)
            if vm == "continue":
                txt = grid[-1][len(row)] if grid and len(grid[-1]) > len(row) else ("", "")
            row += [txt] * span
        grid.append(row)
    return grid


def check310():
    from lxml import etree
    path = path_of("h310")
    g = gold("h310_meizhou_nongye")
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    tbls = body.findall(W + "tbl")
    same("h310 two tables", len(tbls), 2)
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.findall(W + "p")]
    t1 = docx_grid(tbls[0])
    marks = []

    def val(cell):
        plain, sup = cell
        m = MARK.search(plain)
        if m or sup:
            marks.append(plain + sup)
        return MARK.sub("", plain)
    head = [val(c) for c in t1[2]]
    k0 = head.index("年初预算数")
    fund = {}
    for r in t1[3:7]:
        lab = val(r[1]).replace("其中：", "").strip("\u3000")
        fund[lab] = [val(c) for c in r[k0:k0 + 6]]
    print("h310 fund block:", fund)
    zj = fund["年度资金总额"]
    b = g["budget"]
    same("h310 年度资金总额", (fv(zj[0]), fv(zj[1]), fv(zj[2]), fv(zj[4])),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    for k in range(3):
        same(f"h310 其中 lines add up (column {k})", r2(sum(fv(fund[n][k]) for n in ("当年财政拨款", "上年结转资金",
                                                                                 "其他资金"))), fv(zj[k]))
    same("h310 rate on its figures", r2(fv(zj[2]) / fv(zj[1]) * 100), fv(zj[4]))
    same("h310 年度资金总额 得分 vs 执行率 × 10 (planted BUDGET_ROW_SCORE)", (fv(zj[5]), r2(fv(zj[4]) / 10),
                                                                      fv(fund["当年财政拨款"][4])), (9.51, 9.48, 95.13))
    t2 = docx_grid(tbls[1])
    hdr = [val(c) for c in t2[0]]
    idx = [hdr.index(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")]
    rows = [(None, None, "年度资金总额", None, zj[4], zj[3], zj[5])]
    raw_actual = {}
    for r in t2[1:]:
        cells = [val(c) for c in r]
        if cells[0] == "总分":
            total_row = cells
            break
        rows.append(tuple(cells[k] for k in idx))
        raw_actual[cells[idx[2]]] = r[idx[4]]
    C.compare_rows("h310", rows, g)
    same("h310 总分", (num(total_row[6]), num(total_row[7])), (g["maxScore"], g["totalScore"]))
    same("h310 自评等级", total_row[8], f"自评等级：{g['grade']}")
    same("h310 rows add to 总分", r2(sum(fv(r[6]) for r in rows)), g["totalScore"])
    same("h310 markers seen", marks, ["120.00*", "108.50**", "3.26①", "92.4%②", "83%③", "10.6④", "96.8%⑤"])
    same("h310 the ② is a superscript run", raw_actual["绿色防控技术覆盖率"], ("92.4%", "②"))
    notes = {p[0] if p[0] != "注" else p[2]: p for p in paras if p and (p[0] in "①②③④⑤*" or p.startswith("注："))}
    n3 = next(p for p in paras if "③" in p and "评分细则" in p)
    m = re.search(r"每低于年度指标值(\d+)个百分点扣(\d+)分", n3)
    fr = next(r for r in rows if r[2] == "金柚商品果率")
    by_rule = r2(fv(fr[5]) - (fv(fr[3].lstrip("≥")) - fv(fr[4])) / int(m.group(1)) * int(m.group(2)))
    same("h310 商品果率: printed vs note ③'s rule (planted RULE_SCORE)", (fv(fr[6]), by_rule), (5, 4))
    n5 = next(p for p in paras if p.startswith("⑤"))
    bands = re.findall(r"(\d+)%（含）(?:以上|—(\d+)%)", n5)
    lo_top = int(bands[0][0])
    hi_mid = int(bands[1][1])
    same("h310 note ⑤'s bands overlap (planted MALFORMED_RULE)", (lo_top, hi_mid, lo_top < hi_mid), (95, 96, True))
    n2 = next(p for p in paras if p.startswith("②"))
    a, t = re.findall(r"([\d.]+)万亩", n2)
    same("h310 note ② 21.5 ÷ 23.27 rounds to the row's 92.4%", f"{fv(a) / fv(t) * 100:.1f}%", "92.4%")
    pdf = soffice(path, "pdf")
    seen = re.sub(r"\s+", "", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    same("h310 LibreOffice shows markers next to figures (missing)",
         [x for x in ("3.26①", "92.4%②", "83%③", "120.00*", "97.06") if x not in seen], [])
    print(f"h310: {len(rows)} rows (fund line + {len(rows) - 1}); markers {marks}; notes {sorted(notes)}")


# ------------------------------------------------------------ h311 (TXT, tables copied column by column)

def column_blocks(lines, heads):
    """the lines of each header's block: from the header line to the next header (blank lines dropped)"""
    pos = []
    start = 0
    for h in heads:
        k = lines.index(h, start)
        pos.append(k)
        start = k + 1
    out = []
    for j, k in enumerate(pos):
        end = pos[j + 1] if j + 1 < len(pos) else None
        out.append([x for x in lines[k + 1:end] if x.strip()])
    return out, pos


def check311():
    path = path_of("h311")
    g = gold("h311_tongchuan_minzheng")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    same("h311 two page footers", [x for x in lines if re.fullmatch(r"第 \d 页 共 2 页", x)], ["第 1 页 共 2 页",
                                                                                           "第 2 页 共 2 页"])
    # budget table
    a, b_ = lines.index("一、部门预算执行情况"), lines.index("二、年度总体目标完成情况")
    bh = ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]
    blocks, _ = column_blocks(lines[a + 1:b_], bh)
    same("h311 budget blocks of 3", [len(x) for x in blocks], [3] * 5)
    bud = {blocks[0][i].replace("其中：", ""): [fv(blocks[k][i]) for k in range(1, 5)] for i in range(3)}
    bg = g["budget"]
    same("h311 budget", (bud["合计"], bud["基本支出"][1:3], bud["项目支出"][1:3]),
         ([bg["initialBudget"], bg["adjustedBudget"], bg["expenditure"], bg["executionRate"]],
          [bg["basicBudget"], bg["basicExpenditure"]], [bg["projectBudget"], bg["projectExpenditure"]]))
    for k in range(3):
        same(f"h311 budget parts add (column {k})", r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["合计"][k])
    prose = "".join(lines[b_ + 1:lines.index("三、绩效指标完成情况")])
    same("h311 hard-wrapped paragraph joined", "特困人员供养床位达到560张" in prose, True)
    # indicator table, page by page
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    p1 = lines[lines.index("三、绩效指标完成情况") + 1:lines.index("第 1 页 共 2 页")]
    p2 = lines[lines.index("第 1 页 共 2 页") + 1:next(i for i, x in enumerate(lines) if x.startswith("自评等级"))]
    rows, foot = [], None
    for pg, seg in ((1, p1), (2, p2)):
        blocks, _ = column_blocks(seg, heads)
        n = len(blocks[2])
        print(f"h311 page {pg}: block lengths {[len(x) for x in blocks]}")
        for k, bl in enumerate(blocks):
            extra = len(bl) - n
            same(f"h311 page {pg} block {heads[k]} length", extra in ((0, 1) if pg == 2 and k in (0, 5, 6) else (0,)),
                 True)
        for i in range(n):
            rows.append(tuple(blocks[k][i] for k in range(7)) + (blocks[7][i],))
        if pg == 2:
            foot = (blocks[0][n], blocks[5][n], blocks[6][n])
    C.compare_rows("h311", rows, g)
    same("h311 合计 line", foot, ("合计", "100", "96.39"))
    same("h311 合计 vs gold", (num(foot[1]), num(foot[2])), (g["maxScore"], g["totalScore"]))
    ws, ss = r2(sum(fv(r[5]) for r in rows)), r2(sum(fv(r[6]) for r in rows))
    same("h311 rows' 分值 / 得分 (planted WEIGHTS_VS_FULL_MARK, TOTAL_VS_ROWS)", (ws, ss), (98, 96.93))
    beds = next(r for r in rows if r[2].startswith("特困人员供养床位"))
    same("h311 床位 below target at full marks (planted TARGET_MISSED_FULL_MARKS)",
         (fv(beds[4]) < fv(beds[3].lstrip("≥")), beds[5] == beds[6], beds[7]), (True, True, "无"))
    grade_line = next(x for x in lines if x.startswith("自评等级"))
    same("h311 自评等级", grade_line.split("：")[1], g["grade"])
    print(f"h311: {len(rows)} rows; 合计 {foot[1]} | {foot[2]}; rows add to {ws} | {ss}")


# ------------------------------------------------------------ h312 (XLSX, levels by indent)

def check312():
    import openpyxl
    path = path_of("h312")
    g = gold("h312_chongli_wenlv")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    same("h312 summary rows above the detail", ws.sheet_properties.outlinePr.summaryBelow, False)
    cells = list(ws.iter_rows())
    hr = next(i for i, r in enumerate(cells) if r[0].value == "项目")
    bud = {}
    for r in cells[hr + 1:hr + 4]:
        same(f"h312 budget {r[0].value}: numbers and formats", (all(isinstance(c.value, float) for c in r[1:5]),
                                                                 r[1].number_format, r[4].number_format),
             (True, "#,##0.00", "0.00%"))
        bud[r[0].value.replace("其中：", "")] = [r2(c.value) for c in r[1:4]] + [r2(r[4].value * 100)]
    b = g["budget"]
    same("h312 budget", (bud["合计"], bud["基本支出"][1:3], bud["项目支出"][1:3]),
         ([b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]],
          [b["basicBudget"], b["basicExpenditure"]], [b["projectBudget"], b["projectExpenditure"]]))
    for k in range(3):
        same(f"h312 budget parts add (column {k})", r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["合计"][k])
    ir = next(i for i, r in enumerate(cells) if r[0].value == "指标名称")
    same("h312 indicator header", [c.value for c in cells[ir][:6]],
         ["指标名称", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows, secs, sub2, l1, l2 = [], [], [], None, None
    total = grade_ = None
    for r in cells[ir + 1:]:
        name = r[0].value
        if name is None:
            break
        if name == "合计":
            total = (r[3].value, r[4].value)
            continue
        if name == "自评等级":
            grade_ = r[1].value
            continue
        ind = int(r[0].alignment.indent or 0)
        lvl = ws.row_dimensions[r[0].row].outlineLevel or 0
        same(f"h312 {name}: no leading spaces; outline level = indent", (name == name.strip(), lvl), (True, ind))
        if ind == 0:
            same(f"h312 {name} bold", r[0].font.bold, True)
            l1 = name
            secs.append((name, r[3].value, r[4].value))
        elif ind == 1:
            l2 = name
            sub2.append((l1, name, r[3].value, r[4].value))
        else:
            rows.append((l1, l2, name, r[1].value, r[2].value, r[3].value, r[4].value, r[5].value or ""))
    C.compare_rows("h312", rows, g)
    same("h312 一级 lines = gold sections", [(n, num(w), num(s)) for n, w, s in secs],
         [(s["name"], num(s["weight"]), num(s["score"])) for s in g["sections"]])
    for a, n, w, s in sub2:
        m = [r for r in rows if r[0] == a and r[1] == n]
        same(f"h312 二级 {n} adds its rows", (r2(sum(r[5] for r in m)), r2(sum(r[6] for r in m))), (num(w), num(s)))
    for n, w, s in secs:
        m = [r for r in rows if r[0] == n]
        same(f"h312 一级 {n} adds its rows", (r2(sum(r[5] for r in m)), r2(sum(r[6] for r in m))), (num(w), num(s)))
    same("h312 合计", (num(total[0]), num(total[1])), (g["maxScore"], g["totalScore"]))
    same("h312 自评等级", grade_, g["grade"])
    over = [(r[2], r[6], r[5]) for r in rows if r[6] > r[5]]
    same("h312 a row over its 分值 (planted ROW_SCORE_OVER_WEIGHT)", over, [("A级景区服务质量达标率", 6.5, 6)])
    zb = next(r for r in rows if r[2] == "入境滑雪游客增长率")
    same("h312 growth rate on a zero base (planted RATE_OVER_ZERO_BASE)", (zb[4], zb[6], "2023年无" in zb[7]),
         ("100%", 6, True))
    nd = next(r for r in rows if r[2].startswith("冬奥场馆"))
    same("h312 its own reason says not in use at full marks (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (nd[4], nd[5] == nd[6], "尚未投入使用" in nd[7]), ("100%", True, True))
    csv = soffice(path, "csv:Text - txt - csv (StarCalc):44,34,76,1")
    with open(csv, encoding="utf-8") as f:
        flat = f.read()
    same("h312 LibreOffice's CSV shows the levels flat (no indent in the text)",
         ('\n"绩效目标合理性",' in flat, '\n"目标设定",' in flat, '\n"决策",' in flat), (True, True, True))
    print(f"h312: {len(rows)} rows, {len(sub2)} 二级 lines, sections {secs}; 合计 {total}")


# ------------------------------------------------------------ h313 (PDF, charts)

def pdf_words(path):
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
    pages = []
    for pg in re.findall(r"<page [^>]*>(.*?)</page>", out, re.S):
        ws = []
        for x0, y0, x1, y1, t in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                                            r"(.*?)</word>", pg):
            ws.append((float(x0), float(y0), float(x1), float(y1), html.unescape(t)))
        pages.append(ws)
    return pages


def page_shapes(page, height):
    """filled rectangles (x0, top, x1, bottom, fill colour) and stroked rectangles, in top-down coordinates"""
    import pikepdf
    ctm = [1, 0, 0, 1, 0, 0]
    stack, fill, path, fills, strokes = [], (0.0,), [], [], []

    def mul(m, n):
        a, b, c, d, e, f = m
        A, B, Cc, D, E, F_ = n
        return [a * A + b * Cc, a * B + b * D, c * A + d * Cc, c * B + d * D, e * A + f * Cc + E, e * B + f * D + F_]
    for ops, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "q":
            stack.append((ctm, fill))
        elif op == "Q":
            ctm, fill = stack.pop()
        elif op == "cm":
            ctm = mul([float(x) for x in ops], ctm)
        elif op == "rg":
            fill = tuple(round(float(x), 2) for x in ops)
        elif op == "g":
            fill = (round(float(ops[0]), 2),)
        elif op == "re":
            x, y, w, h = (float(v) for v in ops)
            a, _, _, d, e, f = ctm
            xa, xb = sorted((a * x + e, a * (x + w) + e))
            ya, yb = sorted((d * y + f, d * (y + h) + f))
            path.append((round(xa, 2), round(height - yb, 2), round(xb, 2), round(height - ya, 2)))
        elif op in ("f", "F", "f*"):
            fills += [p + (fill,) for p in path]
            path = []
        elif op in ("S", "s"):
            strokes += path
            path = []
        elif op in ("B", "b", "B*", "b*"):
            fills += [p + (fill,) for p in path]
            strokes += path
            path = []
        elif op == "n":
            path = []
    return fills, strokes


def cell_grid(strokes, words):
    """a ruled table: its cell rectangles → column and row boundaries; each word placed in the cell holding its
    centre; returns rows of texts (a merged cell's text in every slot it covers)"""
    xs = sorted({round(v, 1) for r in strokes for v in (r[0], r[2])})
    ys = sorted({round(v, 1) for r in strokes for v in (r[1], r[3])})
    grid = [[""] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for r in strokes:
        inside = [w for w in words if r[0] < (w[0] + w[2]) / 2 < r[2] and r[1] < (w[1] + w[3]) / 2 < r[3]]
        inside.sort(key=lambda w: (round(w[1]), w[0]))
        txt = "".join(w[4] for w in inside)
        c0, c1 = xs.index(round(r[0], 1)), xs.index(round(r[2], 1))
        r0, r1 = ys.index(round(r[1], 1)), ys.index(round(r[3], 1))
        for i in range(r0, r1):
            for j in range(c0, c1):
                grid[i][j] = txt
    return grid


def check313():
    import pikepdf
    path = path_of("h313")
    g = gold("h313_enshi_shuili")
    pdf = pikepdf.open(path)
    words = pdf_words(path)
    same("h313 pages", len(pdf.pages), 4)
    H_ = float(pdf.pages[0].mediabox[3])
    # page 1: 表1 (ruled)
    _, st1 = page_shapes(pdf.pages[0], H_)
    t1 = cell_grid(st1, words[0])
    same("h313 表1 header", t1[0], ["资金来源", "年初预算数", "全年预算数", "实际支出数", "预算执行率"])
    hj = t1[1]
    b = g["budget"]
    same("h313 budget", (fv(hj[1]), fv(hj[2]), fv(hj[3]), fv(hj[4])),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    for k in (1, 2, 3):
        same(f"h313 表1 sources add (column {k})", r2(sum(fv(r[k]) for r in t1[2:5])), fv(hj[k]))
    for r in t1[1:5]:
        same(f"h313 表1 {r[0]} rate", r2(fv(r[3]) / fv(r[2]) * 100), fv(r[4]))
    # page 2: the charts
    fills, _ = page_shapes(pdf.pages[1], H_)
    w2 = words[1]
    bars = [f for f in fills if (f[2] - f[0]) > 10 and (f[3] - f[1]) > 8]
    vbars = [f for f in bars if round(f[2] - f[0]) == 24]
    hbars = [f for f in bars if round(f[3] - f[1]) == 14]
    same("h313 bars: 8 vertical (图1), 4 horizontal (图2)", (len(vbars), len(hbars)), (8, 4))
    ticks = {w[4]: w for w in w2 if re.fullmatch(r"\d0|0", w[4]) and w[0] < 120}
    base = min(b_[3] for b_ in vbars)
    same("h313 图1 bars stand on the axis", {round(b_[3], 1) for b_ in vbars}, {round(base, 1)})
    y0, y50 = (ticks["0"][1] + ticks["0"][3]) / 2, (ticks["50"][1] + ticks["50"][3]) / 2
    unit = (y0 - y50) / 50
    cats = {w[4]: (w[0] + w[2]) / 2 for w in w2 if w[4] in ("决策", "过程", "产出", "效益") and base < w[1] < base + 20}
    chart1 = []
    for n in ("决策", "过程", "产出", "效益"):
        pair = sorted([b_ for b_ in vbars if abs((b_[0] + b_[2]) / 2 - cats[n]) < 40], key=lambda b_: b_[0])
        vals = []
        for b_ in pair:
            lab = [w for w in w2 if b_[0] - 2 < (w[0] + w[2]) / 2 < b_[2] + 2 and b_[1] - 14 < w[3] <= b_[1] + 1]
            same(f"h313 图1 {n}: one label on each bar", len(lab), 1)
            v = fv(lab[0][4])
            same(f"h313 图1 {n} bar height = its label {v}", round((b_[3] - b_[1]) / unit, 1), round(v, 1))
            vals.append(v)
        same(f"h313 图1 {n}: 分值 grey, 得分 blue", [b_[4] for b_ in pair], [(0.72,), (0.18, 0.42, 0.72)])
        chart1.append((n, num(vals[0]), num(vals[1])))
    same("h313 图1 = gold sections", chart1, [(s["name"], num(s["weight"]), num(s["score"])) for s in g["sections"]])
    pticks = {w[4]: w for w in w2 if re.fullmatch(r"\d+%", w[4]) and w[1] > max(h[3] for h in hbars) - 1}
    x0, x100 = (pticks["0%"][0] + pticks["0%"][2]) / 2, (pticks["100%"][0] + pticks["100%"][2]) / 2
    chart2 = {}
    for h in hbars:
        lab = [w for w in w2 if abs(w[0] - h[2]) < 8 and abs((w[1] + w[3]) / 2 - (h[1] + h[3]) / 2) < 6]
        cat = [w for w in w2 if w[2] < h[0] and abs((w[1] + w[3]) / 2 - (h[1] + h[3]) / 2) < 6]
        v = fv(lab[0][4])
        same(f"h313 图2 {cat[0][4]} bar length = its label", round((h[2] - h[0]) / (x100 - x0) * 100, 1), round(v, 1))
        chart2[cat[0][4]] = v
    print("h313 图1:", chart1, "图2:", chart2)
    rates = {n: r2(s / w * 100) for n, w, s in chart1}
    same("h313 图2 vs 图1 (planted SCORE_RATE on 效益)", {n: (chart2[n], rates[n]) for n in chart2 if chart2[n] != rates[n]},
         {"效益": (88.40, 88.04)})
    text2 = "".join(w[4] for w in sorted(w2, key=lambda w: (round(w[1]), w[0])))
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", text2)
    same("h313 二's total and grade", (num(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    same("h313 二's bands", "90分（含）以上为“优”，80分（含）—90分为“良”" in text2, True)
    # page 4: the 评分表
    _, st4 = page_shapes(pdf.pages[3], H_)
    t4 = cell_grid(st4, words[3])
    same("h313 评分表 header", t4[0], ["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "扣分原因"])
    rows = []
    for r in t4[1:]:
        if r[0] in ("合计", "评价等级"):
            continue
        rows.append((r[0], r[1], r[2], r[4], r[5], r[3], r[6]))
    C.compare_rows("h313", rows, g)
    hjr = next(r for r in t4 if r[0] == "合计")
    same("h313 合计", (num(hjr[3]), num(hjr[6])), (g["maxScore"], g["totalScore"]))
    same("h313 评价等级", next(r for r in t4 if r[0] == "评价等级")[3], g["grade"])
    same("h313 rows add to the 合计", r2(sum(fv(r[6]) for r in rows)), g["totalScore"])
    secs = {n: r2(sum(fv(r[6]) for r in rows if r[0] == n)) for n, _, _ in chart1}
    same("h313 rows by 一级 vs 图1 (planted SECTION_VS_ROWS on 产出)",
         {n: (s, secs[n]) for n, _, s in chart1 if num(s) != secs[n]}, {"产出": (38.42, 38.24)})
    same("h313 the grade by the bands (planted GRADE_OUTSIDE_BANDS)", "良" if 80 <= g["totalScore"] < 90 else "?", "良")
    print(f"h313: {len(rows)} rows; 合计 {hjr[3]} | {hjr[6]}; grade printed {g['grade']}")


def main(argv):
    try:
        for name, f in (("h309", check309), ("h310", check310), ("h311", check311), ("h312", check312),
                        ("h313", check313)):
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
