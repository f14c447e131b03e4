#!/usr/bin/python3
"""Round 56's independent check: re-reads h334–h338 with readers that are not the writers (nothing of reports56.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 its readers, check54 its
table_under) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps
around it) from what was read.
    /usr/bin/python3 corpus-heldout/src/check56.py [h334 …]
Readers: h334 poppler (`pdftotext -bbox` words, plain `pdftotext` for the prose) with pikepdf for the stroked
rectangles (check53.pdf_words / pdf_rects / cell_texts): 表1 and 表2 walked down from their header cells
(check54.table_under), 表3's columns found by their header cells and its rows by the 三级 cells, merged 一级 / 二级 by
the rectangle spanning the row; h335 zipfile + lxml on the XLSX parts (check53.xlsx_cells: sharedStrings, sheet1,
styles — a “%” format shown with two decimals —, merges filled), the scored target taken from the 调整后 cell unless it
is “—”, joined with the 计量单位 cell; h336 the standard library's html.parser (check53.Tables: rowspan / colspan laid on
a grid), the 科目 codes' lengths giving 类 / 款 / 项; h337 zipfile + lxml on word/document.xml (check53.docx_tables:
gridSpan / vMerge resolved), the three tables told apart by their headers; h338 the text itself, tab-separated lines
after each caption.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (readers: xlsx_cells, docx_tables, pdf_words, pdf_rects, cell_texts, Tables)
from check54 import table_under  # noqa: E402

same, gold = C.same, C.gold
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of


def stem_of(p):
    return os.path.splitext(os.path.basename(p))[0]


def lead_num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", str(s).replace(",", ""))
    return float(m.group(0)) if m else None


def met(target, actual):
    """a quantitative target (“≥85”, “≤62”, “100”) against an actual; None when not comparable"""
    t, a = lead_num(target), lead_num(actual)
    if t is None or a is None:
        return None
    return a <= t if str(target).startswith("≤") else a >= t


def P(a, t, w):
    return r2(w * a / t)


def rate_s(x, y):
    return f"{x / y * 100 + 1e-9:.2f}%"


def nz(v):
    return None if v in ("—", "", None) else v


# ------------------------------------------------------------ h334 PDF, 部门整体 with a per-project summary table

def check334():
    p = path_of("h334")
    g = gold(stem_of(p))
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout)
                 .group(1))
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h334", text, g)
    heads3 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    t1 = t2 = None
    rows, tot = [], None
    for page in range(1, npages + 1):
        words = K.pdf_words(p, page)
        rects = K.pdf_rects(p, page)
        cells = K.cell_texts(words, rects)
        t1 = t1 or table_under(rects, cells, ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
        t2 = t2 or table_under(rects, cells, ["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "自评得分", "自评等级"])
        colx = {t: (r[0], r[2], r[1]) for r, t in cells.items() if t in heads3}
        if sorted(colx) != sorted(heads3):
            continue
        hdr_bottom = min(v[2] for v in colx.values())
        body = [(r, t) for r, t in cells.items() if r[3] <= hdr_bottom + 0.5]
        l3 = sorted([(r, t) for r, t in body if abs(r[0] - colx["三级指标"][0]) < 0.5
                     and abs(r[2] - colx["三级指标"][1]) < 0.5], key=lambda rt: -rt[0][3])

        def at(col, ymid):
            x0, x1, _ = colx[col]
            hit = [t for r, t in body if r[0] - 0.5 <= x0 and x1 <= r[2] + 0.5 and r[1] <= ymid <= r[3]]
            return hit[0] if hit else ""
        for r, t in l3:
            ym = (r[1] + r[3]) / 2
            x = [at(c, ym) for c in heads3]
            rows.append((x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7]))
        tt = [(r, t) for r, t in body if t == "总分"]
        if tt:
            ym = (tt[0][0][1] + tt[0][0][3]) / 2
            tot = (at("分值", ym), at("得分", ym), at("偏差原因分析", ym))
    C.compare_rows("h334", rows, g, canon)
    same("h334 总分 row", (fv(tot[0]), fv(tot[1]), tot[2]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h334 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    # 表1
    same("h334 表1 read", t1 is not None, True)
    bud = {x[0].strip("\u3000").replace("其中：", ""): x for x in t1}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h334 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    same("h334 表1 parts add up", [r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)], [fv(b[k]) for k in (1, 2, 3)])
    same("h334 表1 rates right", [x[4] == rate_s(fv(x[3]), fv(x[2])) for x in (b, bb, bp)], [True] * 3)
    # 表2: project lines (not indicators)
    same("h334 表2 read", t2 is not None, True)
    lines = [x for x in t2 if x[1] != "合计"]
    tl = next(x for x in t2 if x[1] == "合计")
    same("h334 表2 eight projects, none an indicator", (len(lines), [x[1] for x in lines if x[1] in
                                                                  {r[2] for r in rows}]), (8, []))
    same("h334 表2 budgets add to 表1 项目支出 (trap)", (r2(sum(fv(x[2]) for x in lines)), fv(tl[2])), (fv(bp[2]), fv(bp[2])))
    same("h334 表2 执行数 lines against the 合计 (planted BREAKDOWN_SUM)",
         (r2(sum(fv(x[3]) for x in lines)), fv(tl[3]), fv(bp[3])), (10742.18, 10724.18, 10742.18))
    same("h334 表2 line rates right (traps)", [x[1] for x in lines if x[4] != rate_s(fv(x[3]), fv(x[2]))], [])
    same("h334 表2 合计 rate = the lines' (and 表1's)", tl[4], rate_s(sum(fv(x[3]) for x in lines), fv(tl[2])))
    same("h334 a project at exactly 100.00% (trap)", [x[1] for x in lines if x[4] == "100.00%"], ["耕地地力保护补贴"])
    same("h334 表2 grades against the bands (planted GRADE_OUTSIDE_BANDS)",
         [(x[1], x[5], x[6], grade_of(fv(x[5]))) for x in lines if grade_of(fv(x[5])) != x[6]],
         [("江津花椒产业发展专项资金", "88.6", "优", "良")])
    same("h334 a project at exactly 90 graded 优 (trap)", [(x[1], x[6]) for x in lines if fv(x[5]) == 90],
         [("农村人居环境整治提升资金", "优")])
    # 五's 一级 sentence
    secs = [(n, fv(w), fv(s_)) for n, s_, w in re.findall(r"(预算执行|产出指标|效益指标|满意度指标)得分([\d.]+)分（满分(\d+)分）",
                                                        flat)]
    same("h334 五's 一级 sentence = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h334 一级 figures against their rows (planted SECTION_VS_ROWS)",
         [(n, s_, r2(sum(x[6] for x in rows if x[0] == n))) for n, w, s_ in secs
          if r2(sum(x[6] for x in rows if x[0] == n)) != s_ or r2(sum(x[5] for x in rows if x[0] == n)) != w],
         [("效益指标", 28.47, 28.74)])
    er = next(x for x in rows if x[2] == "预算执行率")
    same("h334 预算执行率 = 执行率 × 10 (trap)", (er[4], er[6]), (b[4], r2(fv(b[4]) / 10)))
    missed = [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5]), bool(x[7])) for x in rows
              if met(x[3], x[4]) is False and x[2] != "预算执行率"]
    same("h334 missed rows scored in proportion, with reasons (traps)", missed,
         [("农机购置补贴机具数量", 5.63, 5.63, True), ("花椒产业综合产值", 5.74, 5.74, True)])
    same("h334 met exactly (trap)", [x[2] for x in rows if lead_num(x[3]) is not None and lead_num(x[3]) == lead_num(x[4])
                                     and x[3].startswith("≥")], ["耕地地力保护补贴发放面积"])
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", flat)
    same("h334 五: total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    same("h334 说明: the project table is not scored", "项目支出绩效自评情况（表2）仅作情况反映，不计入部门整体自评得分" in flat, True)
    print(f"h334: {len(rows)} rows, 表2 {len(lines)} projects (not rows), total {g['totalScore']}")


# ------------------------------------------------------------ h335 XLSX, original and adjusted targets

CN = {"十二": 12, "十": 10}


def check335():
    p = path_of("h335")
    g = gold(stem_of(p))
    cells = K.xlsx_cells(p)
    nrow = max(r for r, _ in cells)
    text = " ".join(str(v) for v in cells.values() if v is not None)
    ident("h335", text, g)

    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 11)]
    fh = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "项目资金（万元）")
    same("h335 fund header", rowv(fh)[3:9], ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    lines = {str(cells.get((r, 1))).strip("\u3000").replace("其中：", ""): rowv(r) for r in range(fh + 1, fh + 5)}
    b = lines.pop("年度资金总额")
    same("h335 budget", (b[3], b[4], b[5], fv(b[7])) + (None,) * 4, gbudget(g))
    same("h335 sources add up", [r2(sum(x[k] for x in lines.values())) for k in (3, 4, 5)], [b[3], b[4], b[5]])
    same("h335 rates right", [k for k, x in lines.items() if x[7] != rate_s(x[5], x[4])] + ([] if b[7] == rate_s(b[5], b[4])
                                                                                            else ["年度资金总额"]), [])
    same("h335 budget cut mid-year, all under budget (traps)",
         (b[4] < b[3], [k for k, x in lines.items() if x[5] > x[4]]), (True, []))
    same("h335 fund line = 执行率 × 10", b[8], r2(fv(b[7]) / 10))
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "一级指标")
    same("h335 two-row header", (rowv(hdr)[3:7], rowv(hdr + 1)[4:6]),
         (["计量单位", "年度指标值", "年度指标值", "实际完成值"], ["年初", "调整后"]))

    def join(v, u):
        return f"{v}{'' if u in ('—', None, '') else u}"
    rows = [(None, None, "年度资金总额", None, b[7], b[6], b[8])]
    raw = []
    r = hdr + 2
    while cells.get((r, 1)) != "总分":
        x = rowv(r)
        scored = x[5] if x[5] != "—" else x[4]
        rows.append((x[0], x[1], x[2], join(scored, x[3]), join(x[6], x[3]), x[7], x[8]))
        raw.append(x)
        r += 1
    C.compare_rows("h335", rows, g, canon)
    tot = rowv(r)
    same("h335 总分 row", (tot[7], tot[8], tot[9]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h335 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    note = next(v for v in cells.values() if isinstance(v, str) and v.startswith("说明："))
    same("h335 说明: scored against the adjusted target", "以调整后指标值（未调整的以年初指标值）为评分依据" in note, True)
    adj = next(cells.get((rr, 3)) for rr in range(1, nrow + 1) if cells.get((rr, 1)) == "绩效目标调整情况")
    adjusted = [(x[2], x[4], x[5]) for x in raw if x[5] != "—"]
    same("h335 adjusted rows", [a for a, _, _ in adjusted], ["危桥改造", "安全生命防护工程实施里程", "危桥改造单座平均造价",
                                                            "受益村屯"])
    said = {"危桥改造": re.search(r"危桥改造由(\d+)座调减为(\d+)座", adj).groups(),
            "安全生命防护工程实施里程": re.search(r"实施里程由(\d+)公里以上调减为(\d+)公里以上", adj).groups(),
            "受益村屯": re.search(r"受益村屯由(\d+)个以上调减为(\d+)个以上", adj).groups(),
            "危桥改造单座平均造价": re.search(r"单座平均造价由不高于(\d+)万元调增为不高于(\d+)万元", adj).groups()}
    same("h335 调整情况 against the 调整后 column (planted SAME_FIGURE_DIFFERS: the cost row only)",
         [(n, said[n], (lead_num(a0), lead_num(a1))) for n, a0, a1 in adjusted
          if tuple(float(v) for v in said[n]) != (lead_num(a0), lead_num(a1))],
         [("危桥改造单座平均造价", ("165", "180"), (165.0, 175.0))])
    rowsd = {x[2]: x for x in raw}
    road = rowsd["安全生命防护工程实施里程"]
    same("h335 missed the adjusted target at full marks, no reason (planted TARGET_MISSED_FULL_MARKS)",
         (met(road[5], road[6]), road[7] == road[8], road[9], P(road[6], lead_num(road[5]), road[7])),
         (False, True, None, 7.86))
    vil = rowsd["受益村屯"]
    same("h335 met the adjusted target, scored against the original (planted TARGET_MET_POINTS_LOST)",
         (met(vil[5], vil[6]), met(vil[4], vil[6]), vil[8], P(vil[6], lead_num(vil[4]), vil[7])), (True, False, 5.4, 5.4))
    same("h335 met only against the adjusted target, full (traps)",
         [x[2] for x in raw if x[5] != "—" and met(x[5], x[6]) and met(x[4], x[6]) is False and x[7] == x[8]],
         ["危桥改造", "危桥改造单座平均造价"])
    same("h335 no other row misses its scored target",
         [x[2] for x in raw if met(x[5] if x[5] != "—" else x[4], x[6]) is False], ["安全生命防护工程实施里程"])
    done = next(cells.get((rr, 3)) for rr in range(1, nrow + 1) if cells.get((rr, 2)) == "实际完成情况")
    same("h335 实际完成情况 says 78.6公里", "安全生命防护工程78.6公里" in done, True)
    same("h335 grade by bands", grade_of(g["totalScore"]), g["grade"])
    print(f"h335: {len(rows)} rows (fund line + {len(raw)}), {len(adjusted)} adjusted targets, total {g['totalScore']}")


# ------------------------------------------------------------ h336 HTML, budget by 支出功能分类科目

def check336():
    p = path_of("h336")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    tp = K.Tables()
    tp.feed(src)
    text = canon("".join(tp.text))
    ident("h336", text, g)
    same("h336 two tables", len(tp.tables), 2)
    t1, t2 = tp.tables
    same("h336 表1 header", t1[0], ["科目编码", "科目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    tot = t1[1]
    same("h336 合计 first", tot[0], "合计")
    lines = [(x[0], x[1].strip("\u3000"), fv(x[2]), fv(x[3]), fv(x[4]), x[5]) for x in t1[2:]]
    same("h336 合计 = gold budget", (fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(tot[5])), gbudget(g)[:4])
    lei = [x for x in lines if len(x[0]) == 3]
    same("h336 合计 = the 类 lines only (trap)", [r2(sum(x[k] for x in lei)) for k in (2, 3, 4)],
         [fv(tot[2]), fv(tot[3]), fv(tot[4])])
    bad = []
    for x in lines:
        if len(x[0]) < 7:
            kids = [y for y in lines if y[0].startswith(x[0]) and len(y[0]) == len(x[0]) + 2]
            if [r2(sum(y[k] for y in kids)) for k in (2, 3, 4)] != [x[2], x[3], x[4]]:
                bad.append(x[0])
    same("h336 every 类 / 款 line adds the lines under it (traps)", bad, [])
    same("h336 合计 rate right", tot[5], rate_s(fv(tot[4]), fv(tot[3])))
    same("h336 a rate over a zero base (planted RATE_OVER_ZERO_BASE)", [(x[0], x[3], x[4], x[5]) for x in lines if x[3] == 0],
         [("2080199", 0.0, 0.0, "100.00%")])
    same("h336 rates off (planted EXECUTION_RATE)",
         [(x[0], x[5], rate_s(x[4], x[3])) for x in lines if x[3] and x[5] != rate_s(x[4], x[3])],
         [("20807", "95.02%", "95.20%")])
    same("h336 lines over budget (planted SPENDING_OVER_BUDGET)", [(x[0], x[4], x[3]) for x in lines if x[4] > x[3]],
         [("2080711", 78.36, 72.5)])
    m = re.search(r"基本支出全年预算([\d,.]+)万元，执行([\d,.]+)万元；项目支出全年预算([\d,.]+)万元，执行([\d,.]+)万元", text)
    parts = tuple(fv(v) for v in m.groups())
    same("h336 basic / project (prose)", parts, gbudget(g)[4:])
    same("h336 parts add up, under budget", (r2(parts[0] + parts[2]), r2(parts[1] + parts[3]), parts[1] < parts[0],
                                             parts[3] < parts[2]), (fv(tot[3]), fv(tot[4]), True, True))
    same("h336 indicator header", t2[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                          "偏差原因分析"])
    rows = [(x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7]) for x in t2[1:] if x[0] != "合计"]
    t_ = next(x for x in t2 if x[0] == "合计")
    C.compare_rows("h336", rows, g, canon)
    same("h336 合计 row", (fv(t_[5]), fv(t_[6]), t_[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h336 合计 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    secs = [(n, fv(w), fv(s_)) for n, s_, w in re.findall(r"(决策|过程|产出|效益)指标([\d.]+)分（满分(\d+)分）", text)]
    same("h336 四's sentence = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h336 sections = their rows", [(n, r2(sum(x[5] for x in rows if x[0] == n)), r2(sum(x[6] for x in rows
                                                                                            if x[0] == n)))
                                        for n, _, _ in secs], secs)
    rd = {x[2]: x for x in rows}
    same("h336 预算执行率 = 执行率 × 6, 结转结余率 = 100% − 执行率 (traps)",
         (rd["预算执行率"][4], rd["预算执行率"][6], rd["结转结余率"][4]),
         (tot[5], r2(6 * fv(tot[5]) / 100), f"{100 - fv(tot[5]):.2f}%"))
    same("h336 missed rows (trap: proportion with a reason)",
         [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5]), bool(x[7])) for x in rows
          if met(x[3], x[4]) is False and x[2] != "预算执行率"], [("补贴性职业技能培训人次", 5.54, 5.54, True)])
    same("h336 grade", (re.search(r"自评等级为“(.)”", text).group(1), grade_of(g["totalScore"])), (g["grade"], g["grade"]))
    print(f"h336: 表1 {len(lines)} 科目 lines ({len(lei)} 类), {len(rows)} rows, total {g['totalScore']}")


# ------------------------------------------------------------ h337 DOCX, third party with a questionnaire table

def check337():
    p = path_of("h337")
    g = gold(stem_of(p))
    tables, body = K.docx_tables(p)
    flat = canon(body)
    ident("h337", body, g)
    same("h337 three tables", len(tables), 3)
    t1 = next(t for t in tables if t[0] == ["一级指标", "分值", "得分", "得分率"])
    ts = next(t for t in tables if t[0][0] == "调查内容")
    tr = next(t for t in tables if t[0][:3] == ["一级指标", "二级指标", "三级指标"])
    same("h337 survey header", ts[0], ["调查内容", "非常满意", "满意", "基本满意", "不满意", "有效样本", "满意度"])
    qs = [x for x in ts[1:] if x[0] != "综合满意度"]
    comp = next(x for x in ts[1:] if x[0] == "综合满意度")
    same("h337 survey: samples add up and rates = (非常满意 + 满意) ÷ 样本 (traps)",
         [(int(x[1]) + int(x[2]) + int(x[3]) + int(x[4]) == int(x[5]), x[6] == rate_s(int(x[1]) + int(x[2]), int(x[5])))
          for x in qs], [(True, True)] * len(qs))
    same("h337 one question with a smaller sample (trap)", [(x[0], x[5]) for x in qs if x[5] != qs[0][5]],
         [("家庭适老化改造效果", "286")])
    mean = r2(sum(fv(x[6]) for x in qs) / len(qs))
    pooled = r2(sum(int(x[1]) + int(x[2]) for x in qs) / sum(int(x[5]) for x in qs) * 100)
    same("h337 综合满意度 = the mean of the question rates (the 注), not the pooled rate (trap)",
         (fv(comp[6]), mean, pooled), (88.99, 88.99, 89.14))
    same("h337 注 says mean", "综合满意度为各题满意度的算术平均值" in flat, True)
    same("h337 rate sheet (430 sent, 412 valid)", ("发放问卷430份，回收有效问卷412份，有效回收率95.81%" in flat,
                                                   rate_s(412, 430)), (True, "95.81%"))
    heads = tr[0]
    same("h337 评分表 header", heads, ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分",
                                       "扣分原因"])
    rows = [(x[0], x[1], x[2], nz(x[5]), nz(x[6]), fv(x[3]), fv(x[7]), x[4], x[8]) for x in tr[1:] if x[0] != "合计"]
    tt = next(x for x in tr[1:] if x[0] == "合计")
    C.compare_rows("h337", rows, g, canon)
    sat = next(x for x in rows if x[2] == "服务对象满意度")
    same("h337 the 满意度 row's actual = the survey's 综合 (trap)", sat[4], comp[6])
    bands = [(fv(a), fv(pt)) for a, pt in re.findall(r"(\d+)%（含）—\d+%得(\d+)分", sat[7])]
    top = re.match(r"≥(\d+)%得(\d+)分", sat[7]).groups()
    v = fv(sat[4])
    by_rule = fv(top[1]) if v >= fv(top[0]) else next((pt for lo, pt in bands if v >= lo), 0)
    same("h337 满意度 score against its own bands (planted RULE_SCORE)", (sat[6], by_rule), (5.0, 4.0))
    same("h337 other rows' scores follow their rules (traps)",
         [x[2] for x in rows if x[3] and met(x[3], x[4]) is False and x[2] != "服务对象满意度"
          and x[6] != P(lead_num(x[4]), lead_num(x[3]), x[5])], [])
    er = next(x for x in rows if x[2] == "预算执行率")
    same("h337 预算执行率 = 5 × 执行率", er[6], r2(5 * fv(er[4]) / 100))
    same("h337 met exactly (trap)", [x[2] for x in rows if x[3] and x[3].startswith("≥")
                                     and lead_num(x[3]) == lead_num(x[4])], ["特殊困难老年人家庭适老化改造"])
    rsum = r2(sum(x[6] for x in rows))
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", flat)
    same("h337 total printed three times against the rows (planted TOTAL_VS_ROWS)",
         (fv(m.group(1)), fv(tt[7]), fv(t1[-1][2]), rsum), (94.12, 94.12, 94.12, 94.21))
    same("h337 gold total = the printed one", fv(m.group(1)), g["totalScore"])
    same("h337 weights", (r2(sum(x[5] for x in rows)), fv(tt[3])), (g["maxScore"], g["maxScore"]))
    sec = [(x[0], fv(x[1]), fv(x[2])) for x in t1[1:] if x[0] != "合计"]
    same("h337 表1 = gold sections", sec, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h337 表1 lines = the rows", [(n, r2(sum(x[5] for x in rows if x[0] == n)), r2(sum(x[6] for x in rows
                                                                                          if x[0] == n)))
                                      for n, _, _ in sec], sec)
    same("h337 表1 得分率 off (planted SCORE_RATE)",
         [(x[0], x[3], rate_s(fv(x[2]), fv(x[1]))) for x in t1[1:] if x[0] != "合计" and x[3] != rate_s(fv(x[2]), fv(x[1]))],
         [("效益", "91.08%", "91.80%")])
    same("h337 grade", (m.group(2), grade_of(fv(m.group(1))), grade_of(rsum)), (g["grade"], g["grade"], g["grade"]))
    m = re.search(r"年初预算([\d,.]+)万元.*?全年预算([\d,.]+)万元.*?实际支出([\d,.]+)万元，预算执行率([\d.]+)%", flat)
    same("h337 budget", tuple(fv(x) for x in m.groups()) + (None,) * 4, gbudget(g))
    srcs = re.findall(r"(省级补助资金|区级财政资金)([\d,.]+)万元", flat)
    same("h337 sources add to the 全年预算", r2(sum(fv(v) for _, v in srcs)), g["budget"]["adjustedBudget"])
    print(f"h337: {len(rows)} rows, survey {len(qs)} questions (not rows), total printed {g['totalScore']} (rows {rsum})")


# ------------------------------------------------------------ h338 TXT, numerator / denominator table

def check338():
    p = path_of("h338")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        text = f.read()
    ident("h338", text, g)
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
    t1 = table_after("表1")
    t2 = table_after("表2")
    ta = table_after("附表")
    same("h338 headers", (t1[0], t2[0], ta[0]),
         (["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
          ["指标名称", "分子项", "分子", "分母项", "分母", "计算结果"]))
    tot = next(x for x in t1 if x[0] == "合计")
    srcs = [x for x in t1[1:] if x[0] != "合计"]
    same("h338 budget", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4])) + (None,) * 4, gbudget(g))
    same("h338 sources add up, rates right, under budget",
         ([r2(sum(fv(x[k]) for x in srcs)) for k in (1, 2, 3)], [x[0] for x in srcs + [tot]
                                                                 if x[4] != rate_s(fv(x[3]), fv(x[2]))],
          [x[0] for x in srcs if fv(x[3]) > fv(x[2])]), ([fv(tot[1]), fv(tot[2]), fv(tot[3])], [], []))
    rows = [(x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7] if len(x) > 7 else "") for x in t2[1:]
            if x[0] != "总分"]
    tt = next(x for x in t2 if x[0] == "总分")
    C.compare_rows("h338", rows, g, canon)
    same("h338 总分 row", (fv(tt[5]), fv(tt[6]), tt[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h338 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    calc = ta[1:]
    same("h338 附表 lines are not indicators' rows of their own (ten calculations)", len(calc), 10)
    same("h338 附表 计算结果 against 分子 ÷ 分母 (planted FORMULA)",
         [(x[0], x[5], rate_s(fv(x[2]), fv(x[4]))) for x in calc if x[5] != rate_s(fv(x[2]), fv(x[4]))],
         [("高血压患者基层规范管理服务率", "78.50%", "75.80%")])
    rd = {x[2]: x for x in rows}
    same("h338 表2 copies every 计算结果 (trap)", [x[0] for x in calc if rd[x[0]][4] != x[5]], [])
    same("h338 the 动态使用率's denominator is the 建档人数 (trap)", calc[-1][4], calc[0][2])
    hyp = rd["高血压患者基层规范管理服务率"]
    same("h338 the slip does not change the score", (met(hyp[3], "78.50%"), met(hyp[3], "75.80%"), hyp[6] == hyp[5]),
         (True, True, True))
    rule = re.search(r"居民电子健康档案建档率：(.+?)；3\.", flat).group(1)
    bands = [(fv(a), fv(b)) for a, b in re.findall(r"(\d+)%（含）—(\d+)%", rule)]
    top = fv(re.match(r"≥(\d+)%", rule).group(1))
    bot = fv(re.search(r"(\d+)%以下不得分", rule).group(1))
    edges = sorted(bands) + [(top, None)]
    gaps = [(a[1], b[0]) for a, b in zip(edges, edges[1:]) if a[1] != b[0]]
    same("h338 建档率 bands leave a gap (planted MALFORMED_RULE)", (bot == min(bands)[0], gaps), (True, [(80.0, 85.0)]))
    same("h338 the row sits in the top band", met(f"≥{top}", rd["居民电子健康档案建档率"][4]), True)
    cl = rd["村卫生室标准化建设"]
    same("h338 村卫生室 full against the narrative (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (cl[3], cl[4], cl[5] == cl[6], cl[7], "完成17个村卫生室标准化建设，3个因选址调整仍在建设" in flat,
          "有3个因选址调整至年底尚未竣工验收" in flat), ("完成20个", "基本完成", True, "", True, True))
    same("h338 missed rows (trap: proportion with a reason)",
         [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5]), bool(x[7])) for x in rows
          if met(x[3], x[4]) is False and x[2] != "预算执行率"], [("65岁及以上老年人健康管理率", 4.89, 4.89, True)])
    same("h338 预算执行率 = 执行率 × 10", rd["预算执行率"][6], r2(fv(tot[4]) / 10))
    m = re.search(r"绩效自评得分([\d.]+)分，自评等级为“(.)”", flat)
    same("h338 四: total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    print(f"h338: {len(rows)} rows, 附表 {len(calc)} calculations (not rows), total {g['totalScore']}")


def main(argv):
    for name, f in (("h334", check334), ("h335", check335), ("h336", check336), ("h337", check337),
                    ("h338", check338)):
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
