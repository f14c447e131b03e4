#!/usr/bin/python3
"""Round 57's independent check: re-reads h339–h343 with readers that are not the writers (nothing of reports57.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 its readers) and compares what they
read with gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 corpus-heldout/src/check57.py [h339 …]
Readers: h339 the standard library's html.parser (check53.Tables: rowspan / colspan laid on a grid), every figure
folded to half-width by unicodedata's NFKC before any arithmetic (the text fields compared with the gold as printed,
full-width); h340 zipfile + lxml on word/document.xml written here for NESTED tables: the outer table's own rows and
cells (a cell's text is its own paragraphs only, gridSpan / vMerge resolved) and, separately, every w:tbl found inside a
cell; h341 poppler (`pdftotext -bbox` words, plain `pdftotext` for the prose) with pikepdf for the stroked rectangles
(check53.pdf_words / pdf_rects / cell_texts): on each page the columns found by the header cells, the rows by the 三级
cells, the 本页小计 / 过次页 / 承前页 / 合计 lines by their label cells; h342 zipfile + lxml on the XLSX parts
(check53.xlsx_cells: sharedStrings, sheet1, styles — a “%” format shown with two decimals —, merges filled), the
circled and bracketed codes split off the name cells by regular expressions; h343 the text itself (tab fields), every
“〃” resolved to the cell above and “同上” to the reason above.
"""
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (readers: xlsx_cells, pdf_words, pdf_rects, cell_texts, Tables)

same, gold = C.same, C.gold
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of


def stem_of(p):
    return os.path.splitext(os.path.basename(p))[0]


def half(s):
    """full-width digits, decimal point and % folded by NFKC, a full-width comma between digits read as a thousands
    separator; other full-width characters (brackets, colons, the Chinese comma) kept as printed"""
    t = "".join(unicodedata.normalize("NFKC", c) if unicodedata.category(c) == "Nd" or c in "．％" else c
                for c in str(s))
    return re.sub(r"(?<=\d)，(?=\d{3})", ",", t)  # a thousands comma, not the Chinese comma (the same character)


def lead_num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", half(s).replace(",", ""))
    return float(m.group(0)) if m else None


def met(target, actual):
    """a quantitative target (“≥85”, “≤62”, “100”) against an actual; None when not comparable"""
    t, a = lead_num(target), lead_num(actual)
    if t is None or a is None:
        return None
    return a <= t if half(target).startswith("≤") else a >= t


def P(a, t, w):
    return r2(w * a / t)


def rate_s(x, y):
    return f"{x / y * 100 + 1e-9:.2f}%"


def hv(s):
    """a printed figure (full- or half-width, with separators, % or units) as a number"""
    return fv(half(s))


# ------------------------------------------------------------ h339 HTML, every figure full-width

def check339():
    p = path_of("h339")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    tp = K.Tables()
    tp.feed(src)
    raw = "".join(tp.text)
    text = canon(half(raw))
    ident("h339", half(raw), g)
    body = raw[raw.index("一、部门基本情况"):raw.index("主办：")]
    chrome = raw[:raw.index("一、部门基本情况")] + raw[raw.index("主办："):]
    same("h339 the article's figures are all full-width (no half-width digit in the body)",
         re.findall(r"[0-9%]", body), [])
    same("h339 the chrome's are half-width", bool(re.search(r"2025-05-20 09:30", chrome)), True)
    same("h339 two tables", len(tp.tables), 2)
    t1, t2 = tp.tables
    same("h339 表1 header", t1[0], ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    bud = {x[0].strip("\u3000").replace("其中：", ""): [hv(v) for v in x[1:4]] + [half(x[4])] for x in t1[1:]}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h339 budget", (b[0], b[1], b[2], fv(b[3]), bb[1], bb[2], bp[1], bp[2]), gbudget(g))
    same("h339 表1 parts add up, under budget (traps)",
         ([r2(bb[k] + bp[k]) for k in range(3)], bb[2] < bb[1], bp[2] < bp[1]), ([b[0], b[1], b[2]], True, True))
    same("h339 表1 rates (planted EXECUTION_RATE on 项目支出)",
         [(k, x[3], rate_s(x[2], x[1])) for k, x in bud.items() if x[3] != rate_s(x[2], x[1])],
         [("项目支出", "92.74%", "92.47%")])
    same("h339 indicator header", t2[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                          "偏差原因分析"])
    rows = [(x[0], x[1], x[2], x[3], x[4], hv(x[5]), hv(x[6]), x[7]) for x in t2[1:] if x[0] != "合计"]
    tt = next(x for x in t2 if x[0] == "合计")
    C.compare_rows("h339", rows, g, canon)
    same("h339 every figure cell full-width", [x[2] for x in rows if re.search(r"[0-9%.]", "".join(x[3:5]) + "".join(
        c for c in (x[7],)))], [])
    same("h339 合计 row", (hv(tt[5]), hv(tt[6]), tt[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h339 合计 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    secs = [(n, fv(w), fv(s_)) for n, s_, w in re.findall(r"(决策|过程|产出|效益)指标得分([\d.]+)分（满分(\d+)分）", text)]
    same("h339 四's sentence = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h339 一级 figures against their rows (planted SECTION_VS_ROWS)",
         [(n, s_, r2(sum(x[6] for x in rows if x[0] == n))) for n, w, s_ in secs
          if r2(sum(x[6] for x in rows if x[0] == n)) != s_ or r2(sum(x[5] for x in rows if x[0] == n)) != w],
         [("产出", 39.49, 39.94)])
    rd = {x[2]: x for x in rows}
    er = rd["预算执行率"]
    same("h339 预算执行率 = 执行率 × 8 (trap)", (half(er[4]), er[6]), (b[3], r2(8 * fv(b[3]) / 100)))
    missed = [(x[2], x[6] == x[5], bool(x[7]), P(lead_num(x[4]), lead_num(x[3]), x[5])) for x in rows
              if met(x[3], x[4]) is False and x[2] != "预算执行率"]
    same("h339 missed rows: one at full marks with no reason (planted TARGET_MISSED_FULL_MARKS), one in proportion",
         missed, [("河道清障保洁里程", False, True, 4.94), ("农村集中供水工程水质达标率", True, False, 5.95)])
    same("h339 河道 scored in proportion (trap)", rd["河道清障保洁里程"][6], 4.94)
    same("h339 met exactly (trap)", [x[2] for x in rows if half(x[3]).startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
         ["小型水库除险加固"])
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", text)
    same("h339 四: total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    print(f"h339: 表1 {len(t1) - 1} lines, {len(rows)} rows (full-width), total {g['totalScore']}")


# ------------------------------------------------------------ h340 DOCX, nested tables inside 三级 cells

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def own_text(tc):
    """a cell's own text: its paragraphs, not the tables nested in it"""
    return "".join(t.text or "" for p in tc.findall(W + "p") for t in p.iter(W + "t")).strip()


def grid_of(tbl):
    """the table's own rows (direct w:tr children) as lists of (text, [nested tables]); gridSpan repeated, a vMerge
    continuation given the text above"""
    out, prev = [], None
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
            txt = own_text(tc)
            nested = [grid_of(t) for t in tc.findall(W + "tbl")]
            if vm == "continue" and prev is not None:
                txt = prev[col][0]
            row += [(txt, nested)] + [(txt, [])] * (span - 1)
            col += span
        out.append(row)
        prev = row
    return out


def check340():
    from lxml import etree
    p = path_of("h340")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    flat = canon("".join(t.text or "" for t in root.iter(W + "t")))
    ident("h340", flat, g)
    outer = body.findall(W + "tbl")
    same("h340 one outer table in the body, two tables nested in it", (len(outer), len(root.findall(".//" + W + "tbl"))),
         (1, 3))
    t = grid_of(outer[0])
    txt = [[c[0] for c in r] for r in t]
    fh = next(i for i, r in enumerate(txt) if r[0] == "项目资金（万元）")
    same("h340 fund header", txt[fh][2:], ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    lines = {r[0].strip("\u3000").replace("其中：", ""): r for r in txt[fh + 1:fh + 5]}
    b = lines.pop("年度资金总额")
    same("h340 budget", (fv(b[2]), fv(b[3]), fv(b[4]), fv(b[6])) + (None,) * 4, gbudget(g))
    same("h340 sources add up, rates right, under budget",
         ([r2(sum(fv(x[k]) for x in lines.values())) for k in (2, 3, 4)],
          [k for k, x in list(lines.items()) + [("年度资金总额", b)] if x[6] != rate_s(fv(x[4]), fv(x[3]))],
          [k for k, x in lines.items() if fv(x[4]) > fv(x[3])]), ([fv(b[2]), fv(b[3]), fv(b[4])], [], []))
    same("h340 fund line score against 执行率 × 10 (planted BUDGET_ROW_SCORE)", (fv(b[7]), r2(fv(b[6]) / 10)), (9.45, 9.54))
    hdr = next(i for i, r in enumerate(txt) if r[0] == "一级指标")
    same("h340 indicator header", txt[hdr], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                             "偏差原因分析及改进措施"])
    rows = [(None, None, "年度资金总额", None, b[6], fv(b[5]), fv(b[7]), "")]
    nested = {}
    i = hdr + 1
    while txt[i][0] != "总分":
        r = txt[i]
        rows.append((r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6]), r[7]))
        if t[i][2][1]:
            nested[r[2]] = [[c[0] for c in rr] for rr in t[i][2][1][0]]
        i += 1
    tot = txt[i]
    C.compare_rows("h340", rows, g, canon)
    same("h340 总分 row", (fv(tot[5]), fv(tot[6]), tot[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h340 总分 = the rows as printed", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h340 nested tables sit in two 三级 cells", sorted(nested), ["教学仪器设备配备", "薄弱学校校舍改造面积"])
    same("h340 no 子项 is a row (trap)", [x[2] for x in rows if any(x[2] == nr[0] for n in nested.values() for nr in n[1:])],
         [])
    sch = nested["薄弱学校校舍改造面积"]
    same("h340 school table header", sch[0], ["学校", "改造内容", "计划面积（平方米）", "完成面积（平方米）"])
    lines_ = [x for x in sch[1:] if x[0] != "合计"]
    tl = next(x for x in sch if x[0] == "合计")
    plan, done = sum(int(x[2]) for x in lines_), sum(int(x[3]) for x in lines_)
    same("h340 school 合计 against its lines (planted BREAKDOWN_SUM on 完成面积)",
         ((plan, int(tl[2])), (done, int(tl[3]))), ((12200, 12200), (12360, 12630)))
    rd = {x[2]: x for x in rows}
    area = rd["薄弱学校校舍改造面积"]
    same("h340 the row's actual = the schools' sum, target met (trap)", (lead_num(area[4]), met(area[3], area[4]),
                                                                       area[6] == area[5]), (done, True, True))
    eq = nested["教学仪器设备配备"]
    same("h340 equipment table header", eq[0], ["子项", "指标值", "完成值", "分值", "评分规则", "得分"])
    items = [x for x in eq[1:] if x[0] != "小计"]
    sub = next(x for x in eq if x[0] == "小计")

    def by_rule(x):
        w, tv, av = fv(x[3]), lead_num(x[1]), lead_num(x[2])
        m = re.match(r"每少1(.)扣([\d.]+)分", x[4])
        if m:
            return r2(max(0, w - max(0, tv - av) * fv(m.group(2))))
        if x[4].startswith("按完成比例计分"):
            return r2(min(w, w * av / tv))
        return None
    same("h340 子项 scores against their rules (planted RULE_SCORE on 多媒体教室设备)",
         [(x[0], fv(x[5]), by_rule(x)) for x in items if fv(x[5]) != by_rule(x)], [("多媒体教室设备", 2.5, 2.0)])
    eqr = rd["教学仪器设备配备"]
    same("h340 小计 = the 子项 as printed = the row's 分值 / 得分 (one score, counted once)",
         (r2(sum(fv(x[3]) for x in items)), r2(sum(fv(x[5]) for x in items)), fv(sub[3]), fv(sub[5])),
         (eqr[5], eqr[6], eqr[5], eqr[6]))
    same("h340 the row on the rules", r2(sum(by_rule(x) for x in items)), 7.0)
    missed = [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5]), bool(x[7])) for x in rows[1:]
              if met(x[3], x[4]) is False]
    same("h340 missed rows scored in proportion, with reasons (traps)", missed, [("项目学校办学条件达标率", 5.66, 5.66, True)])
    same("h340 met exactly (trap)", [x[2] for x in rows[1:] if x[3] and x[3].startswith("≥") and lead_num(x[3]) ==
                                     lead_num(x[4])], ["运动场地改造"])
    same("h340 说明: the row score is the 子项 sum", "指标得分为子项得分之和" in flat, True)
    same("h340 grade", grade_of(g["totalScore"]), g["grade"])
    print(f"h340: {len(rows)} rows (fund line + {len(rows) - 1}), nested tables {len(sch) - 1} + {len(eq) - 1} lines "
          f"(not rows), total {g['totalScore']}")


# ------------------------------------------------------------ h341 PDF, 本页小计 / 过次页 / 承前页

def check341():
    p = path_of("h341")
    g = gold(stem_of(p))
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout)
                 .group(1))
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h341", text, g)
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    labels = ("承前页", "本页小计", "过次页", "合计")
    rows, pages, budget_ = [], [], None
    for page in range(1, npages + 1):
        words = K.pdf_words(p, page)
        rects = K.pdf_rects(p, page)
        cells = K.cell_texts(words, rects)
        same(f"h341 footer page {page}", f"第{page}页共{npages}页" in canon(subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), p, "-"], capture_output=True, text=True).stdout), True)
        if page == 1:
            from check54 import table_under
            budget_ = table_under(rects, cells, ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
        colx = {t: (r[0], r[2], r[1]) for r, t in cells.items() if t in heads}
        same(f"h341 page {page} header repeated", sorted(colx) == sorted(heads), True)
        hdr_bottom = min(v[2] for v in colx.values())
        body = [(r, t) for r, t in cells.items() if r[3] <= hdr_bottom + 0.5]

        def at(col, ymid):
            x0, x1, _ = colx[col]
            hit = [t for r, t in body if r[0] - 0.5 <= x0 and x1 <= r[2] + 0.5 and r[1] <= ymid <= r[3]]
            return hit[0] if hit else ""
        items = []
        for r, t in body:
            ym = (r[1] + r[3]) / 2
            if abs(r[0] - colx["三级指标"][0]) < 0.5 and abs(r[2] - colx["三级指标"][1]) < 0.5:
                items.append((-r[3], "row", tuple(at(c, ym) for c in heads)))
            elif t in labels:
                items.append((-r[3], t, (fv(at("分值", ym)), fv(at("得分", ym)), at("偏差原因分析", ym))))
        items.sort(key=lambda x: x[0])
        pages.append(items)
        rows += [x[2] for x in items if x[1] == "row"]
    got = [(x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6])) for x in rows]
    C.compare_rows("h341", got, g, canon)
    same("h341 table over three pages", npages, 3)
    seq = [[x[1] for x in pg if x[1] != "row"] for pg in pages]
    same("h341 summary lines per page", seq, [["本页小计", "过次页"], ["承前页", "本页小计", "过次页"], ["承前页", "本页小计",
                                                                                              "合计"]])
    prow = [[x[2] for x in pg if x[1] == "row"] for pg in pages]
    summ = [{x[1]: x[2] for x in pg if x[1] != "row"} for pg in pages]
    page_sums = [(r2(sum(fv(x[5]) for x in pr)), r2(sum(fv(x[6]) for x in pr))) for pr in prow]
    same("h341 本页小计 against the page's rows (page 2's 得分 off: planted TOTAL_VS_ROWS)",
         [(k + 1, s["本页小计"][:2], ps) for k, (s, ps) in enumerate(zip(summ, page_sums)) if s["本页小计"][:2] != ps],
         [(2, (67.0, 66.23), (67.0, 66.32))])
    chain = []
    run = (0, 0)
    for k, s in enumerate(summ):
        if k:
            same(f"h341 page {k + 1} 承前页 = page {k}'s 过次页", s["承前页"][:2], summ[k - 1]["过次页"][:2])
            run = s["承前页"][:2]
        run = (r2(run[0] + s["本页小计"][0]), r2(run[1] + s["本页小计"][1]))
        chain.append(run)
        closing = s.get("过次页") or s.get("合计")
        same(f"h341 page {k + 1} running total = 承前页 + 本页小计", closing[:2], run)
    tot = summ[-1]["合计"]
    rsum = r2(sum(x[6] for x in got))
    same("h341 合计 against the rows (planted TOTAL_VS_ROWS)", (tot[0], tot[1], r2(sum(x[5] for x in got)), rsum),
         (g["maxScore"], g["totalScore"], 100.0, 98.04))
    same("h341 合计 grade", tot[2], f"自评等级：{g['grade']}")
    same("h341 grade either way", (grade_of(tot[1]), grade_of(rsum)), (g["grade"], g["grade"]))
    same("h341 rows over their 分值 (planted ROW_SCORE_OVER_WEIGHT)", [(x[2], x[6], x[5]) for x in got if x[6] > x[5]],
         [("社会救助资金发放准确率", 4.5, 4.0)])
    m = re.search(r"3\.(服务对象满意度≥(\d+)%得(\d+)分，(\d+)%（含）—(\d+)%得(\d+)分，(\d+)%以下不得分)；", flat)
    top_, pts_top, lo, hi, pts_mid, zero_below = (fv(m.group(k)) for k in (2, 3, 4, 5, 6, 7))
    same("h341 满意度 bands overlap (planted MALFORMED_RULE)", (hi == top_, zero_below > lo, (lo, zero_below)),
         (True, True, (80.0, 85.0)))
    sat = next(x for x in got if x[2] == "服务对象满意度")
    same("h341 the row sits in the top band", (lead_num(sat[4]) >= top_, sat[6] == pts_top), (True, True))
    same("h341 budget read", budget_ is not None, True)
    bud = {x[0].strip("\u3000").replace("其中：", ""): x for x in budget_}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h341 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    same("h341 表一 parts add up, rates right", ([r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)],
                                               [x[0] for x in (b, bb, bp) if x[4] != rate_s(fv(x[3]), fv(x[2]))]),
         ([fv(b[1]), fv(b[2]), fv(b[3])], []))
    rd = {x[2]: x for x in got}
    same("h341 预算执行率 = 执行率 × 6, 结转结余率 = 100% − 执行率 (traps)",
         (rd["预算执行率"][4], rd["预算执行率"][6], rd["结转结余率"][4]), (b[4], r2(6 * fv(b[4]) / 100), f"{100 - fv(b[4]):.2f}%"))
    missed = [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5])) for x in got
              if met(x[3], x[4]) is False and x[2] != "预算执行率"]
    same("h341 missed rows in proportion (trap)", missed, [("经济困难高龄失能老年人补贴发放", 3.82, 3.82)])
    same("h341 groups cut by a page break, printed again", [(k + 1, pr[0][0], pr[0][1]) for k, pr in enumerate(prow) if k],
         [(2, "过程", "预算管理"), (3, "效益", "满意度")])
    print(f"h341: {len(got)} rows over {npages} pages {[len(pr) for pr in prow]}, chain {chain}, rows {rsum}")


# ------------------------------------------------------------ h342 XLSX, circled codes in the name cells

def check342():
    p = path_of("h342")
    g = gold(stem_of(p))
    cells = K.xlsx_cells(p)
    nrow = max(r for r, _ in cells)
    text = " ".join(str(v) for v in cells.values() if v is not None)
    ident("h342", text, g)

    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 10)]
    fh = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "项目资金（万元）")
    same("h342 fund header", rowv(fh)[3:9], ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    lines = {str(cells.get((r, 1))).strip("\u3000").replace("其中：", ""): rowv(r) for r in range(fh + 1, fh + 5)}
    b = lines.pop("年度资金总额")
    same("h342 budget", (b[3], b[4], b[5], fv(b[7])) + (None,) * 4, gbudget(g))
    same("h342 sources add up, rates right, under budget",
         ([r2(sum(x[k] for x in lines.values())) for k in (3, 4, 5)],
          [k for k, x in list(lines.items()) + [("年度资金总额", b)] if x[7] != rate_s(x[5], x[4])],
          [k for k, x in lines.items() if x[5] > x[4]]), ([b[3], b[4], b[5]], [], []))
    same("h342 fund line = 执行率 × 10", b[8], r2(fv(b[7]) / 10))
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "一级指标")
    same("h342 header", rowv(hdr)[:8], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                        "偏差原因分析及改进措施"])
    r1 = re.compile(r"^([一二三四五六])、(.+)$")
    r2_ = re.compile(r"^([⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽])(.+)$")
    r3 = re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩])(.+)$")
    rows = [(None, None, "年度资金总额", None, b[7], b[6], b[8])]
    codes, raw = [None], []
    r = hdr + 1
    while cells.get((r, 1)) != "总分":
        x = rowv(r)
        m1, m2, m3 = r1.match(x[0]), r2_.match(x[1]), r3.match(x[2])
        rows.append((m1.group(2), m2.group(2), m3.group(2), x[3], x[4], x[5], x[6]))
        codes.append(m3.group(1))
        raw.append((m1.group(1), m2.group(1), m3.group(1), x))
        r += 1
    C.compare_rows("h342", rows, g, canon)
    same("h342 codes = gold codes", codes, [x["code"] for x in g["indicators"]])
    seq, prev = [], None
    for a, b2, c3, x in raw:
        key = (x[0], x[1])
        seq.append((key != prev, c3))
        prev = key
    restart = all(c3 == "①" for new, c3 in seq if new) and all(
        "①②③④⑤⑥⑦⑧⑨⑩".index(c3) == "①②③④⑤⑥⑦⑧⑨⑩".index(seq[k - 1][1]) + 1 for k, (new, c3) in enumerate(seq) if not new)
    same("h342 三级 codes restart in every 二级 group and run on within it (traps)", restart, True)
    same("h342 a name that starts with a digit after its code (trap)", [x[2] for x in rows if re.match(r"\d", x[2] or "")],
         ["5G物联网墒情监测站点"])
    tot = rowv(r)
    same("h342 总分 row", (tot[5], tot[6], tot[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h342 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    rd = {x[2]: x for x in rows}
    gq = rd["耕地质量等级提升"]
    same("h342 met but points lost, no reason (planted TARGET_MET_POINTS_LOST)",
         [(x[2], x[6], x[5]) for x, rw in zip(rows[1:], raw) if met(x[3], x[4]) and x[6] < x[5] and not rw[3][7]],
         [("耕地质量等级提升", 4, 5)])
    same("h342 耕地质量 row", (gq[3], gq[4]), ("≥0.5等", "0.6等"))
    plan = next(cells.get((rr, 3)) for rr in range(1, nrow + 1) if cells.get((rr, 2)) == "预期目标")
    done = next(cells.get((rr, 3)) for rr in range(1, nrow + 1) if cells.get((rr, 2)) == "实际完成情况")
    lab = re.compile(r"(?:^|；)([①②③④⑤⑥⑦⑧⑨⑩])")
    same("h342 goal labels (planted GOAL_LABELS)", (lab.findall(plan), lab.findall(done)),
         (["①", "②", "③", "④"], ["①", "②", "②", "④"]))
    ec = rd["项目区农产品电商销售额增长率"]
    same("h342 growth rate over a zero base (planted RATE_OVER_ZERO_BASE)",
         (ec[4], "项目区2023年无农产品电商销售（销售额为0）" in done, ec[6] == ec[5]), ("100%", True, True))
    uc = rd["亩均财政投入"]
    same("h342 亩均财政投入 = 全年预算 ÷ 3.26万亩 (trap)", lead_num(uc[4]), float(round(b[4] * 10000 / 32600)))
    missed = [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5])) for x in rows[1:] if met(x[3], x[4]) is False]
    same("h342 missed rows in proportion (trap)", missed, [("新建及改造田间道路", 4.84, 4.84)])
    same("h342 说明 numbered with circled numbers too, not indicators",
         re.findall(r"(?:说明：|；)([①②③④⑤⑥])", next(v for v in cells.values() if isinstance(v, str)
                                                  and v.startswith("说明："))),
         ["①", "②", "③", "④", "⑤"])
    print(f"h342: {len(rows)} rows (fund line + {len(raw)}), codes {''.join(codes[1:])}, total {g['totalScore']}")


# ------------------------------------------------------------ h343 TXT, ditto marks

def check343():
    p = path_of("h343")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        text = f.read()
    ident("h343", text, g)
    flat = canon(text)
    lines = text.splitlines()

    def table_after(caption):
        i = next(k for k, ln in enumerate(lines) if ln.startswith(caption))
        out = []
        for ln in lines[i + 1:]:
            if "\t" not in ln:
                break
            out.append(ln.split("\t"))
        return out
    t1, t2, t3 = table_after("表1"), table_after("表2"), table_after("表3")
    same("h343 headers", (t1[0], t2[0], t3[0]),
         (["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
          ["一级指标", "分值", "得分", "得分率"]))
    bud = {x[0].strip("\u3000").replace("其中：", ""): x for x in t1[1:]}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h343 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    same("h343 表1 parts add up, rates right", ([r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)],
                                              [x[0] for x in (b, bb, bp) if x[4] != rate_s(fv(x[3]), fv(x[2]))]),
         ([fv(b[1]), fv(b[2]), fv(b[3])], []))
    body = [x + [""] * (8 - len(x)) for x in t2[1:] if x[0] != "合计"]
    tt = next(x for x in t2 if x[0] == "合计")
    dittos = {}
    rows, prev = [], None
    for x in body:
        res = list(x)
        for k in range(8):
            if x[k] == "〃" or (k == 7 and x[k] == "同上"):
                dittos.setdefault(k, []).append(x[2])
                res[k] = prev[k]
        rows.append(res)
        prev = res
    got = [(x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6])) for x in rows]
    C.compare_rows("h343", got, g, canon)
    same("h343 ditto marks: which columns, which rows (traps)",
         ({k: len(v) for k, v in dittos.items() if k < 2}, dittos.get(3), dittos.get(5), dittos.get(7)),
         ({0: 19, 1: 12}, ["城乡居民基本养老保险参保率"], ["“三公”经费控制率", "资产管理规范性"], ["结转结余率"]))
    weights = r2(sum(x[5] for x in got))
    same("h343 weights against the full mark (planted WEIGHTS_VS_FULL_MARK)",
         (weights, fv(tt[5]), fv(t3[-1][1]), "（满分100分）" in flat, r2(sum(fv(x[5]) for x in body if x[5] != "〃"))),
         (98.0, 100.0, 100.0, True, 92.0))
    same("h343 合计 row", (fv(tt[6]), tt[7]), (g["totalScore"], f"自评等级：{g['grade']}"))
    same("h343 合计 = the rows", r2(sum(x[6] for x in got)), g["totalScore"])
    sec = [(x[0], fv(x[1]), fv(x[2])) for x in t3[1:] if x[0] != "合计"]
    same("h343 表3 = gold sections", sec, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h343 表3 lines = the rows", [(n, r2(sum(x[5] for x in got if x[0] == n)), r2(sum(x[6] for x in got if x[0] == n)))
                                      for n, _, _ in sec], sec)
    same("h343 表3 得分率 off (planted SCORE_RATE)",
         [(x[0], x[3], rate_s(fv(x[2]), fv(x[1]))) for x in t3[1:] if x[0] != "合计" and x[3] != rate_s(fv(x[2]), fv(x[1]))],
         [("过程", "98.57%", "98.75%")])
    same("h343 表3 合计 rate = total ÷ the printed 100", t3[-1][3], rate_s(g["totalScore"], 100))
    rd = {x[2]: x for x in rows}
    v = rd["美丽乡村中心村建设"]
    same("h343 中心村 full against the narrative (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (v[3], v[4], v[5] == v[6], v[7], "三岗中心村因征地调整，年底仅完成主体工程的60%" in flat,
          "三岗中心村建设进度滞后，年底未完工" in flat), ("完成2个", "完成", True, "", True, True))
    same("h343 预算执行率 = 执行率 × 6, 结转结余率 = 100% − 执行率, its 同上 reason (traps)",
         (fv(rd["预算执行率"][6]), rd["结转结余率"][4], rd["结转结余率"][7]),
         (r2(6 * fv(b[4]) / 100), f"{100 - fv(b[4]):.2f}%", rd["预算执行率"][7]))
    same("h343 no quantitative row misses its target (the 预算执行率 row aside)",
         [x[2] for x in got if met(x[3], x[4]) is False], ["预算执行率"])
    same("h343 met exactly (trap)", [x[2] for x in got if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
         ["农村公路养护里程"])
    m = re.search(r"自评得分([\d.]+)分（满分100分），自评等级为“(.)”", flat)
    same("h343 四: total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    print(f"h343: {len(got)} rows, dittos {sum(len(v) for v in dittos.values())}, weights {weights}, total "
          f"{g['totalScore']}")


def main(argv):
    for name, f in (("h339", check339), ("h340", check340), ("h341", check341), ("h342", check342),
                    ("h343", check343)):
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
