#!/usr/bin/python3
"""Round 59's independent check: re-reads h349–h353 with readers that are not the writers (nothing of reports59.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 its readers, check58 its DOCX grid
reader) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps around
it) from what was read.
    /usr/bin/python3 corpus-heldout/src/check59.py [h349 …]
Readers: h349 zipfile + lxml on word/document.xml (gridSpan / vMerge resolved by check58.tbl_grid) with a paragraph
reader that turns each w:sym into the character its SYMBOL FONT shows (Wingdings 2 F052 ☑, F0A3 □), and the text a
plain reader gets (w:t only) to show what the symbols hide; h350 zipfile + lxml on content.xml written here for
OpenDocument (number-columns-repeated / -spanned, covered cells, number-rows-spanned filled, office:value read for
floats and percentages); h351 poppler (`pdftotext -bbox` words) laid in the stroked rectangles pikepdf lists
(check53.pdf_words / pdf_rects / cell_texts), the Excel HEADINGS told apart by their column (the row numbers) and row
(the letters); h352 zipfile + lxml on sheet1 and styles with a NUMBER-FORMAT renderer written here (quoted literals,
0 / 0.0 / 0.00, %, #,##0.00, yyyy / m / d on a date serial); h353 the standard library's html.parser (check53.Tables)
for the tables and regular expressions for the <details> / <summary> accordion.
"""
import datetime
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (readers)
import check58 as Q  # noqa: E402  (DOCX grid reader, met / missed helpers)

same, gold = C.same, C.gold
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def P(a, t, w):
    return r2(w * a / t)


def rows_of(g):
    return [(x["level1"], x["level2"], x["level3"], x["target"], x["actual"], x["weight"], x["score"])
            for x in g["indicators"]]


# ------------------------------------------------------------ h349 DOCX, check boxes as Wingdings 2 symbols

WINGDINGS2 = {"F052": "☑", "F0A3": "□"}


def p_sym(p):
    """a paragraph as Word shows it: w:t text and each w:sym as the glyph its symbol font draws"""
    out = []
    for el in p.iter(W + "t", W + "sym"):
        if el.tag == W + "t":
            out.append(el.text or "")
        else:
            assert el.get(W + "font") == "Wingdings 2", el.get(W + "font")
            out.append(WINGDINGS2[el.get(W + "char").upper()])
    return "".join(out)


def p_plain(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def check349():
    from lxml import etree
    p = path_of("h349")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    tbls = list(root.iter(W + "tbl"))
    same("h349 one table", len(tbls), 1)
    grid = Q.tbl_grid(tbls[0], p_sym)
    plain = Q.tbl_grid(tbls[0], p_plain)
    text = "".join("".join(r) for r in grid) + "".join(p_sym(x) for x in root.iter(W + "p"))
    ident("h349", text, g)
    syms = [(s.get(W + "font"), s.get(W + "char")) for s in root.iter(W + "sym")]
    same("h349 symbols: Wingdings 2 only, F052 / F0A3 only", sorted({x for x in syms}),
         [("Wingdings 2", "F052"), ("Wingdings 2", "F0A3")])
    same("h349 no Unicode box characters in the text", [c for c in "☑□☐☒" if c in "".join(
        t.text or "" for t in root.iter(W + "t"))], [])
    same("h349 symbol count (4 grade, 2 项目类型, 3 评价方式, 2 per row)", len(syms), 4 + 2 + 3 + 2 * 18)
    fh = next(i for i, r in enumerate(grid) if r[0] == "项目资金（万元）")
    fund = grid[fh + 1]
    srcs = grid[fh + 2:fh + 5]
    same("h349 fund line = gold budget", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         (g["budget"]["initialBudget"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"],
          g["budget"]["executionRate"]))
    same("h349 sources add up, rates right, under budget (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)],
          [s[0] for s in srcs + [fund] if s[7] != rate_s(fv(s[5]), fv(s[4]))],
          [s[0] for s in srcs if fv(s[5]) > fv(s[4])]),
         ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], []))
    hi = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
    same("h349 header", grid[hi][:9], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达到指标值", "分值",
                                       "得分", "偏差原因分析及改进措施"])
    rows, ticks = [(None, None, "年度资金总额", None, fund[7], fv(fund[6]), fv(fund[8]), "")], []
    i = hi + 1
    while grid[i][0] != "总分":
        r = grid[i]
        rows.append((r[0], r[1], r[2], r[3], r[4], fv(r[6]), fv(r[7]), r[8]))
        ticks.append(r[5])
        same(f"h349 row {r[2]}: a plain reader loses the boxes", plain[i][5], "是 否")
        i += 1
    C.compare_rows("h349", [x[:7] for x in rows], g, canon)
    tot = grid[i]
    same("h349 总分 = gold, = the rows", (fv(tot[6]), fv(tot[7]), r2(sum(x[6] for x in rows))),
         (g["maxScore"], g["totalScore"], g["totalScore"]))
    gl = grid[i + 1]
    ticked = re.findall(r"☑(.)", gl[2])
    same("h349 grade line: one ticked box, a plain reader gets four bare names", (ticked, re.sub(r"\s", "", plain[i + 1][2])),
         ([g["grade"]], "优良中差"))
    same("h349 the grade against the printed bands (planted GRADE_OUTSIDE_BANDS)",
         ("80分（含）至90分为“良”" in gl[5], grade_of(g["totalScore"]), g["grade"]), (True, "良", "优"))
    same("h349 项目类型 / 评价方式 ticks", (grid[2][2].replace("　", ""), grid[2][6].replace("　", "")),
         ("□常年性项目☑一次性项目", "☑单位自评□部门评价□第三方评价"))
    same("h349 fund score against 执行率 × 10 (planted BUDGET_ROW_SCORE)",
         (fv(fund[8]), r2(fv(fund[7]) / 10)), (9.74, 9.47))
    # every ticked 是 / 否 against the figures; the one 是 on a missed target
    wrong, missed = [], []
    for x, t in zip(rows[1:], ticks):
        m = met(x[3], x[4])
        if "年" in x[3]:  # a date: met when the day is on or before the deadline
            m = tuple(map(int, re.findall(r"\d+", x[4]))) <= tuple(map(int, re.findall(r"\d+", x[3])))
            if m is False:
                continue  # the 时效 rule (50% when late), checked below
        if m is None:
            continue
        if (t == "☑是 □否") != m:
            wrong.append(x[2])
        if m is False:
            rule = P(lead_num(x[3]), lead_num(x[4]), x[5]) if x[3].startswith("≤") else P(lead_num(x[4]),
                                                                                          lead_num(x[3]), x[5])
            missed.append((x[2], x[6], rule, bool(x[7])))
    same("h349 ticks that contradict the figures (planted TARGET_MISSED_FULL_MARKS)", wrong, ["院前急救平均反应时间"])
    same("h349 missed rows: scored by the rules with reasons but the planted one",
         [m for m in missed if m[1] != m[2] or not m[3]],
         [("院前急救平均反应时间", 5, 4.44, False)])
    same("h349 the time row: late, ticked 否, 延期完成 gets 50% of 4 (trap)",
         [(x[4], t, x[6], bool(x[7])) for x, t in zip(rows[1:], ticks) if x[2] == "设备安装调试完成时间"],
         [("2024年12月20日", "□是 ☑否", 2.0, True)])
    same("h349 qualitative ticks: 否 where marks are lost", [(x[2], t) for x, t in zip(rows[1:], ticks)
                                                            if met(x[3], x[4]) is None and x[3] in ("健全",)],
         [("急诊急救长效运行机制", "□是 ☑否")])
    print(f"h349: {len(syms)} Wingdings symbols, {len(rows)} rows, total {g['totalScore']}, ticked {ticked}")


# ------------------------------------------------------------ h350 ODS, weights as percentages of the 一级

O = {"table": "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}",
     "office": "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}",
     "text": "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"}


def ods_grid(path):
    """[[(text, value or None)]] with spanned areas filled by their cell"""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
        mime = z.read("mimetype").decode()
        first = z.infolist()[0]
    assert mime == "application/vnd.oasis.opendocument.spreadsheet" and first.filename == "mimetype" and \
        first.compress_type == zipfile.ZIP_STORED
    T, OF = O["table"], O["office"]
    out, pend = [], {}
    for r, tr in enumerate(root.iter(T + "table-row")):
        row, col = [], 0
        for tc in tr:
            rep = int(tc.get(T + "number-columns-repeated", 1))
            for _ in range(rep):
                if tc.tag == T + "covered-table-cell":
                    row.append(pend.get((r, col), ("", None)))
                    col += 1
                    continue
                txt = "\n".join("".join(p.itertext()) for p in tc.findall(O["text"] + "p"))
                v = tc.get(OF + "value")
                val = (txt, float(v) if v is not None else None)
                cs, rs = int(tc.get(T + "number-columns-spanned", 1)), int(tc.get(T + "number-rows-spanned", 1))
                for dr in range(rs):
                    for dc in range(cs):
                        pend[(r + dr, col + dc)] = val
                row.append(val)
                col += 1
        out.append(row)
    return out


def check350():
    p = path_of("h350")
    g = gold(stem_of(p))
    grid = ods_grid(p)
    txt = [[c[0] for c in r] for r in grid]
    ident("h350", "".join("".join(r) for r in txt), g)
    bh = next(i for i, r in enumerate(txt) if r[0] == "项目")
    bud = {txt[i][0].strip("\u3000").replace("其中：", ""): grid[i] for i in range(bh + 1, bh + 4)}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h350 budget", (b[3][1], b[4][1], b[5][1], r2(b[6][1] * 100), bb[4][1], bb[5][1], bp[4][1], bp[5][1]),
         gbudget(g))
    same("h350 parts add up, rates right (traps)",
         ([r2(bb[k][1] + bp[k][1]) for k in (3, 4, 5)],
          [x[0][0] for x in (b, bb, bp) if x[6][0] != rate_s(x[5][1], x[4][1])]), ([b[3][1], b[4][1], b[5][1]], []))
    hi = next(i for i, r in enumerate(txt) if r[0] == "一级指标")
    same("h350 header", txt[hi], ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重（%）", "得分（%）", "一级指标分值",
                                  "一级指标得分", "偏差原因分析"])
    rows, pc = [], []
    i = hi + 1
    while txt[i][0] != "合计":
        r = grid[i]
        w1 = r[7][1]
        wp, sp_ = r[5][1] * 100, r[6][1] * 100
        same(f"h350 {txt[i][2]} percent cells print their values", (r[5][0], r[6][0]), (f"{wp:.1f}%", f"{sp_:.1f}%"))
        rows.append((txt[i][0], txt[i][1], txt[i][2], txt[i][3], txt[i][4], r2(w1 * wp / 100), r2(w1 * sp_ / 100),
                     txt[i][9]))
        pc.append((txt[i][0], txt[i][2], txt[i][3], txt[i][4], round(wp, 4), round(sp_, 4), r[8][1], w1, txt[i][9]))
        i += 1
    C.compare_rows("h350", rows, g, canon)
    tot = grid[i]
    same("h350 合计 = gold = the rows in points", (tot[7][1], tot[8][1], r2(sum(x[6] for x in rows)), tot[9][0]),
         (g["maxScore"], g["totalScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    names = list(dict.fromkeys(x[0] for x in pc))
    printed = {n: next((x[7], x[6]) for x in pc if x[0] == n) for n in names}
    same("h350 sections = gold (the merged H / I cells)", [(n, *printed[n]) for n in names],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h350 weights within each 一级 add to 100% (trap)",
         {n: round(sum(x[4] for x in pc if x[0] == n), 4) for n in names}, {n: 100 for n in names})
    recomputed = {n: r2(printed[n][0] * sum(x[5] for x in pc if x[0] == n) / 100) for n in names}
    same("h350 一级 scores against their rows (planted SECTION_VS_ROWS on 产出)",
         [(n, printed[n][1], recomputed[n]) for n in names if printed[n][1] != recomputed[n]], [("产出", 39.29, 39.92)])
    same("h350 rows over their 权重 (planted ROW_SCORE_OVER_WEIGHT)", [(x[1], x[5], x[4]) for x in pc if x[5] > x[4]],
         [("家校共育活动", 17.5, 15)])
    lost = [(x[1], x[5], x[4], bool(x[8])) for x in pc if met(x[2], x[3]) and x[5] < x[4]]
    same("h350 met rows losing points (planted TARGET_MET_POINTS_LOST)", lost, [("家长满意度", 12, 15, False)])
    mr = [(x[1], x[5], round(x[4] * lead_num(x[3]) / lead_num(x[2]), 1), bool(x[8])) for x in pc
          if met(x[2], x[3]) is False]
    same("h350 missed rows in proportion, printed to one decimal (trap)", mr, [("学生体质健康测试达标率", 9.8, 9.8, True)])
    same("h350 met exactly (trap)", [x[1] for x in pc if x[2].startswith("≥") and lead_num(x[2]) == lead_num(x[3])],
         ["新增多媒体教室"])
    print(f"h350: {len(rows)} rows, sections {[(n, printed[n]) for n in names]}, total {g['totalScore']}")


# ------------------------------------------------------------ h351 PDF printed with Excel's row and column headings

def page_cells(p, page):
    words = K.pdf_words(p, page)
    rects = K.pdf_rects(p, page)
    return K.cell_texts(words, rects), rects


def check351():
    import subprocess
    p = path_of("h351")
    g = gold(stem_of(p))
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    ident("h351", text, g)
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    rows, rownums, budget_rows, totals, issues = [], [], {}, None, ""
    for page in (1, 2):
        cells, rects = page_cells(p, page)
        # the headings: the leftmost column of rectangles holds the row numbers, the top row of rectangles the letters
        xmin = min(r[0] for r in rects)
        ymax = max(r[3] for r in rects)
        nums = sorted(((r, t) for r, t in cells.items() if abs(r[0] - xmin) < 0.5), key=lambda rt: -rt[0][3])
        letters = [t for r, t in sorted(cells.items(), key=lambda rt: rt[0][0]) if abs(r[3] - ymax) < 0.5 and
                   r[0] > xmin + 1]
        same(f"h351 page {page} column letters", "".join(letters), "ABCDEFGHI")
        rownums.append([int(t) for _, t in nums])

        def rownum(ymid):
            return next(int(t) for r, t in nums if r[1] <= ymid <= r[3])
        colx = {t: (r[0], r[2], r[1]) for r, t in cells.items() if t in heads}
        body = {r: t for r, t in cells.items() if r[0] > xmin + 1 and r[3] < ymax - 1}

        def at(x0, x1, ymid):
            hit = [t for r, t in body.items() if r[0] - 0.5 <= x0 and x1 <= r[2] + 0.5 and r[1] <= ymid <= r[3]
                   and (r[2] - r[0]) < 400]
            return hit[0] if hit else ""
        if page == 1:
            for r, t in body.items():
                if t in ("合计", "其中：基本支出", "项目支出", "　　　项目支出"):
                    ym = (r[1] + r[3]) / 2
                    vals = sorted(((rr[0], tt) for rr, tt in body.items() if rr[1] <= ym <= rr[3] and rr[0] > r[0]),
                                  key=lambda v: v[0])
                    budget_rows[t.strip("　").replace("其中：", "")] = [tt for _, tt in vals]
        l3 = sorted(((r, t) for r, t in body.items() if abs(r[0] - colx["三级指标"][0]) < 0.5 and
                     abs(r[2] - colx["三级指标"][1]) < 0.5 and r[3] <= colx["三级指标"][2] + 0.5), key=lambda rt: -rt[0][3])
        for r, t in l3:
            ym = (r[1] + r[3]) / 2
            rows.append(tuple(at(*colx[h][:2], ym) for h in heads) + (rownum(ym),))
        for r, t in body.items():
            if t == "合计" and page == 2:
                ym = (r[1] + r[3]) / 2
                totals = (at(*colx["分值"][:2], ym), at(*colx["得分"][:2], ym), at(colx["偏差原因分析"][0],
                                                                                 colx["偏差原因分析"][1], ym))
            if t.startswith("一是圩镇污水管网改造"):
                issues = t
    same("h351 row numbers: 1–20 on page 1, the print title's 13 then 21–38 on page 2",
         rownums, [list(range(1, 21)), [13] + list(range(21, 39))])
    b, bb, bp = budget_rows["合计"], budget_rows["基本支出"], budget_rows["项目支出"]
    same("h351 budget", (fv(b[0]), fv(b[1]), fv(b[2]), fv(b[3]), fv(bb[1]), fv(bb[2]), fv(bp[1]), fv(bp[2])),
         gbudget(g))
    same("h351 parts add up", [r2(fv(bb[k]) + fv(bp[k])) for k in range(3)], [fv(b[k]) for k in range(3)])
    same("h351 rates: only 基本支出's wrong (planted EXECUTION_RATE)",
         [(n, x[3], rate_s(fv(x[2]), fv(x[1]))) for n, x in (("合计", b), ("基本支出", bb), ("项目支出", bp))
          if x[3] != rate_s(fv(x[2]), fv(x[1]))], [("基本支出", "98.28%", "98.82%")])
    same("h351 rows on sheet rows 14–20 and 21–34", [x[8] for x in rows], list(range(14, 35)))
    C.compare_rows("h351", [x[:7] for x in rows], g, canon)
    same("h351 合计 = gold, against the rows (planted TOTAL_VS_ROWS)",
         (fv(totals[0]), fv(totals[1]), totals[2], r2(sum(fv(x[6]) for x in rows))),
         (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}", 96.93))
    sewer = next(x for x in rows if x[2] == "圩镇污水管网改造")
    flat = canon(text)
    same("h351 圩镇污水管网改造: 已完成 at full marks, the form says 2.1 of 3.2公里 (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (sewer[3], sewer[4], sewer[5], sewer[6], sewer[7], "完成管网铺设2.1公里（计划3.2公里），剩余1.1公里未完工" in canon(issues),
          "圩镇污水管网改造完成管网铺设2.1公里" in flat), ("完成3.2公里", "已完成", "6", "6", "", True, True))
    mr = Q.missed_rows([(x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7]) for x in rows])
    same("h351 missed rows in proportion with reasons (traps)", mr,
         [("预算执行率", 9.33, 9.33, True), ("脐橙低产园改造", 4.6, 4.6, True)])
    print(f"h351: {len(rows)} rows on sheet rows 14–34, headings read, total {g['totalScore']} (rows 96.93)")


# ------------------------------------------------------------ h352 XLSX, signs, units and dates in number formats

def render_fmt(x, code):
    """a number as an Excel format code shows it (the subset h352 uses)"""
    if code in ("General", ""):
        return str(int(x)) if float(x).is_integer() else str(x)
    if "yyyy" in code:
        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(x))
        out = ""
        for tok in re.findall(r'"[^"]*"|yyyy|m|d|.', code):
            out += tok[1:-1] if tok.startswith('"') else {"yyyy": str(d.year), "m": str(d.month),
                                                          "d": str(d.day)}.get(tok, tok)
        return out
    out, num_done = "", False
    for tok in re.findall(r'"[^"]*"|#,##0(?:\.0+)?|0(?:\.0+)?|%|.', code):
        if tok.startswith('"'):
            out += tok[1:-1]
        elif tok == "%":
            out += "%"
        elif tok[0] in "#0" and not num_done:
            dec = len(tok.split(".")[1]) if "." in tok else 0
            v = x * 100 if "%" in code else x
            out += f"{v:,.{dec}f}" if tok.startswith("#") else f"{v:.{dec}f}"
            num_done = True
        else:
            out += tok
    return out


def xlsx_shown(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        ss = [("".join(t.text or "" for t in si.iter(S + "t"))) for si in
              etree.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si")] \
            if "xl/sharedStrings.xml" in names else []
        st = etree.fromstring(z.read("xl/styles.xml"))
        sh = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    codes = {0: "General", 1: "0", 2: "0.00", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "yyyy-m-d"}
    codes.update({int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")})
    xfs = [int(x.get("numFmtId", 0)) for x in st.find(S + "cellXfs").findall(S + "xf")]
    shown, raw, fmts = {}, {}, {}
    for c in sh.iter(S + "c"):
        m = re.match(r"([A-Z]+)(\d+)", c.get("r"))
        col = sum((ord(ch) - 64) * 26 ** k for k, ch in enumerate(reversed(m.group(1))))
        key = (int(m.group(2)), col)
        v = c.find(S + "v")
        if v is None:
            isv = c.find(S + "is")
            if isv is not None:
                shown[key] = raw[key] = "".join(t.text or "" for t in isv.iter(S + "t"))
            continue
        if c.get("t") == "s":
            shown[key] = raw[key] = ss[int(v.text)]
        elif c.get("t") in ("str", "inlineStr"):
            shown[key] = raw[key] = v.text
        else:
            x = float(v.text)
            code = codes[xfs[int(c.get("s", 0))]]
            raw[key], fmts[key], shown[key] = x, code, render_fmt(x, code)
    for mc in sh.iter(S + "mergeCell"):
        a, b = mc.get("ref").split(":")
        (r1, c1), (r2_, c2) = [(int(re.sub(r"[A-Z]", "", x)), sum((ord(ch) - 64) * 26 ** k for k, ch in
                                                                  enumerate(reversed(re.sub(r"\d", "", x)))))
                               for x in (a, b)]
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1):
                    shown[(rr, cc)] = shown.get((r1, c1))
    return shown, raw, fmts


def check352():
    p = path_of("h352")
    g = gold(stem_of(p))
    shown, raw, fmts = xlsx_shown(p)
    nrow = max(r for r, _ in shown)
    ident("h352", "".join(str(v) for v in shown.values() if v), g)
    fh = next(r for r in range(1, nrow + 1) if shown.get((r, 1)) == "项目资金（万元）")
    fund = [shown.get((fh + 1, c)) for c in range(1, 9)]
    srcs = [[shown.get((fh + k, c)) for c in range(1, 9)] for k in (2, 3, 4)]
    same("h352 fund line = gold budget", (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6])),
         (g["budget"]["initialBudget"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"],
          g["budget"]["executionRate"]))
    same("h352 sources add up, rates right (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (2, 3, 4)],
          [s[0] for s in srcs + [fund] if s[6] != rate_s(fv(s[4]), fv(s[3]))]),
         ([fv(fund[2]), fv(fund[3]), fv(fund[4])], []))
    same("h352 sources over budget (planted SPENDING_OVER_BUDGET)",
         [(s[0].strip("　").replace("其中：", ""), s[4], s[3], s[6]) for s in srcs if fv(s[4]) > fv(s[3])],
         [("县级配套资金", "86.20", "80.00", "107.75%")])
    hi = next(r for r in range(1, nrow + 1) if shown.get((r, 1)) == "一级指标")
    rows = [(None, None, "年度资金总额", None, fund[6], fv(fund[5]), fv(fund[7]), "")]
    bare = []
    r = hi + 1
    while shown.get((r, 1)) != "总分":
        x = [shown.get((r, c)) for c in range(1, 9)]
        rows.append((x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7] or ""))
        bare.append((x[2], raw.get((r, 4)), fmts.get((r, 4)), raw.get((r, 5)), fmts.get((r, 5))))
        r += 1
    C.compare_rows("h352", [x[:7] for x in rows], g, canon)
    same("h352 targets and actuals held as numbers with formats (17 of 18 rows; the qualitative row text)",
         (sum(1 for b in bare if isinstance(b[1], float) and isinstance(b[3], float)),
          [b[0] for b in bare if not isinstance(b[1], float)]), (17, ["带状复合种植技术推广机制"]))
    same("h352 a value reader's view of three rows (trap)",
         [(b[1], b[3]) for b in bare if b[0] in ("带状复合种植推广面积", "种子纯度合格率", "播种完成时间")],
         [(20000.0, 20500.0), (0.98, 0.991), (45437.0, 45434.0)])
    tot = [shown.get((r, c)) for c in range(1, 9)]
    same("h352 总分 = gold = the rows", (fv(tot[5]), fv(tot[6]), r2(sum(x[6] for x in rows)), tot[7]),
         (g["maxScore"], g["totalScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h352 fund score = 执行率 × 10 (trap)", rows[0][6], r2(fv(fund[6]) / 10))
    mr = Q.missed_rows([x for x in rows[1:]])
    same("h352 missed rows against the proportion rule (planted RULE_SCORE)",
         [m for m in mr if m[1] != m[2] or not m[3]], [("技术培训农户", 4.2, 4.4, True)])
    same("h352 the other missed row in proportion (trap)", [m[0] for m in mr if m[1] == m[2]], ["玉米平均亩产"])
    growth = next(x for x in rows if x[2] == "参与种植新型经营主体数量增长率")
    done = next(shown.get((rr, 3)) for rr in range(1, hi) if shown.get((rr, 2)) == "实际完成情况")
    same("h352 a growth rate over a zero base (planted RATE_OVER_ZERO_BASE)",
         (growth[3], growth[4], growth[6], "2023年我县无新型经营主体开展带状复合种植（0家）" in done), ("≥20%", "100%", 5, True))
    same("h352 met exactly (traps)", [x[2] for x in rows[1:] if x[3] and x[3][0] in "≥≤" and
                                      lead_num(x[3]) == lead_num(x[4])], ["建设百亩示范片", "亩均补贴标准"])
    print(f"h352: {len(rows)} rows as formatted, 17 with number formats, total {g['totalScore']}")


# ------------------------------------------------------------ h353 HTML, indicators in <details> accordions

def check353():
    import html as HT
    p = path_of("h353")
    g = gold(stem_of(p))
    page = open(p, encoding="utf-8").read()
    t = K.Tables()
    t.feed(page)
    flat = canon("".join(t.text))
    ident("h353", flat, g)
    dets = re.findall(r'<details class="zb"( open)?>\s*<summary>(.*?)</summary>(.*?)</details>', page, re.S)
    same("h353 four <details>, only the first open", [bool(d[0]) for d in dets], [True, False, False, False])
    secs, rows = [], []
    for op, summ, body in dets:
        s = re.sub(r"<[^>]+>", " ", HT.unescape(summ))
        m = re.fullmatch(r"\s*（.）(\S+)\s*分值(\d+)分\s*得分([\d.]+)分\s*", s)
        secs.append((m.group(1), fv(m.group(2)), fv(m.group(3))))
        tt = K.Tables()
        tt.feed(body)
        grid = tt.tables[0]
        same(f"h353 {m.group(1)} table header", grid[0], ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                          "偏差原因分析"])
        for r in grid[1:]:
            rows.append((m.group(1), r[0], r[1], r[2], r[3], fv(r[4]), fv(r[5]), r[6]))
    C.compare_rows("h353", rows, g, canon)
    same("h353 sections = gold = their rows", (secs, [(n, r2(sum(x[5] for x in rows if x[0] == n)),
                                                      r2(sum(x[6] for x in rows if x[0] == n))) for n, _, _ in secs]),
         ([(s["name"], s["weight"], s["score"]) for s in g["sections"]],) * 2)
    same("h353 rows shown open (a renderer's view)", len([x for x in rows if x[0] == secs[0][0]]), 4)
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", flat)
    same("h353 六 = gold total and grade = the rows", (fv(m.group(1)), m.group(2), r2(sum(x[6] for x in rows))),
         (g["totalScore"], g["grade"], g["totalScore"]))
    b1, b2 = t.tables[0], t.tables[1]
    bud = {r[0].strip("\u3000").replace("其中：", ""): r for r in b1[1:]}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h353 表1 = gold budget", tuple(fv(x) for x in (b[1], b[2], b[3], b[4], bb[2], bb[3], bp[2], bp[3])), gbudget(g))
    same("h353 表1 parts add up, rates right (traps)",
         ([r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)], [x[0] for x in (b, bb, bp) if x[4] != rate_s(fv(x[3]),
                                                                                                   fv(x[2]))]),
         ([fv(b[k]) for k in (1, 2, 3)], []))
    lines, tot = b2[1:-1], b2[-1]
    same("h353 表2 against its lines and 表1 (planted BREAKDOWN_SUM)",
         (r2(sum(fv(x[1]) for x in lines)), fv(tot[1]), r2(sum(fv(x[2]) for x in lines)), fv(tot[2]), fv(bp[3])),
         (fv(bp[2]), fv(bp[2]), 1036.47, 1063.47, 1036.47))
    goals = re.findall(r"<p>(目标\d)：", page)
    done = re.findall(r"<p>(目标\d)完成情况：", page)
    same("h353 goal labels (planted GOAL_LABELS)", (goals, done),
         (["目标1", "目标2", "目标3", "目标4"], ["目标1", "目标2", "目标2", "目标4"]))
    third = re.search(r"<p>目标2完成情况：森林草原", page)
    same("h353 the second 目标2 answers 目标3", bool(third), True)
    rule = re.search(r"应急演练参与率：≥95%得满分；(\d+)%（含）—(\d+)%得3分；(\d+)%以下不得分", page)
    lo, hi, zero = (int(x) for x in rule.groups())
    same("h353 the 演练 rule's bands overlap (planted MALFORMED_RULE)", (lo < zero, f"{lo}%–{zero}%"), (True, "85%–90%"))
    drill = next(x for x in rows if x[2] == "应急演练参与率")
    same("h353 the drill row in the top band, full marks", (drill[4], drill[6]), ("96.5%", 5))
    mr = Q.missed_rows([x for x in rows])
    same("h353 missed rows in proportion with reasons (traps)", [m for m in mr if m[1] != m[2] or not m[3]], [])
    same("h353 the 预算执行率 row: 8 × the 表1 rate", next(x[6] for x in rows if x[2] == "预算执行率"), r2(8 * fv(b[4]) / 100))
    print(f"h353: {len(dets)} accordions, {len(rows)} rows, total {g['totalScore']}")


def main(argv):
    for name, f in (("h349", check349), ("h350", check350), ("h351", check351), ("h352", check352),
                    ("h353", check353)):
        if not argv or name in argv:
            f()
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        for x in C.PROBLEMS:
            print("  ", x)
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
