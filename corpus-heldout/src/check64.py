#!/usr/bin/python3
"""Round 64's independent check: re-reads h374–h378 with readers that are not the writers (nothing of reports64.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53, check58, check60 and check62 small
helpers, the PDF rectangle reader, the XLSX cell reader and the PDF table rebuilder) and compares what they read with
gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check64.py [h374 …]
    /usr/bin/python3 -B corpus-heldout/src/check64.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h374 zipfile + lxml on word/document.xml with a FIELD reader written here (fldChar begin / instrText / separate
/ end tracked across paragraphs and tables: which w:tbl is the result of which LINK field, the linked range's size
against the table's), gridSpan / vMerge resolved; h375 check60's cell reader (zipfile + lxml, shown values) and lxml on
xl/revisions (headers, the logs' rcc old / new values chained cell by cell to what the sheet shows, userNames); h376
pikepdf for the pages' MediaBox and CropBox, poppler's `pdftotext` (which reads the text outside the crop box, with or
without `-cropbox`) and `pdftotext -bbox` words, kept only when their centre lies inside the crop box, for the text and,
placed in pikepdf's stroked rectangles inside the crop box, for the tables; h377 the standard library's html.parser, twice: on the
saved page (the SingleFile comment, the sf-hidden panel, the data: logo, the iframe) and on the iframe's srcdoc
attribute value (unescaped by the parser) with check53's table reader; h378 jq (not Python's json) turning the
records into tab-separated lines, and the raw text for the decimals' printed scale.
"""
import copy
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles, HTML tables)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)
import check62 as Y  # noqa: E402  (PDF table groups / grids)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
MUTATE = False
BANDS_RE = r"90分（含）以上为“优”，80分（含）至90分为“良”"


def gold(stem):
    g = C.gold(stem)
    if MUTATE:  # two values changed: the total and the second row's score
        g = copy.deepcopy(g)
        g["totalScore"] = r2(g["totalScore"] + 1)
        g["indicators"][1]["score"] = r2(g["indicators"][1]["score"] + 0.5)
    return g


def P(a, t, w):
    return r2(w * a / t)


def num(s):
    return None if s in (None, "") else fv(s)


def rows_of(table_rows):
    """(一级, 二级, 三级, 指标值, 完成值, 分值, 得分) tuples from grid rows"""
    return [tuple(r[:5]) + (num(r[5]), num(r[6])) for r in table_rows]


def missed(rows):
    """rows (…, 指标值, 完成值, 分值, 得分, 原因) below a comparable target: (三级, 得分, proportion score)"""
    return [(a, b, c) for a, b, c, _ in Q.missed_rows(rows)]


def secs_from(rows):
    out = {}
    for r in rows:
        w, s = out.get(r[0], (0, 0))
        out[r[0]] = (r2(w + r[5]), r2(s + r[6]))
    return out


# ------------------------------------------------------------ h374 DOCX, tables that are LINK field results

def p_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def fields_and_blocks(body):
    """walk the body's paragraphs and tables in order, tracking complex fields across them: returns the blocks as
    (kind, element, stack of open field instructions whose result is being shown) and the list of fields"""
    stack, blocks, fields = [], [], []
    for el in body:
        if el.tag == W + "tbl":
            blocks.append(("tbl", el, [f["instr"] for f in stack if f["in_result"]]))
            for f in stack:
                if f["in_result"]:
                    f["tables"].append(el)
            continue
        if el.tag != W + "p":
            continue
        for node in el.iter(W + "fldChar", W + "instrText"):
            if node.tag == W + "instrText":
                if stack and not stack[-1]["in_result"]:
                    stack[-1]["instr"] += node.text or ""
                continue
            kind = node.get(W + "fldCharType")
            if kind == "begin":
                stack.append({"instr": "", "in_result": False, "tables": []})
            elif kind == "separate":
                stack[-1]["in_result"] = True
            elif kind == "end":
                fields.append(stack.pop())
        blocks.append(("p", el, [f["instr"] for f in stack if f["in_result"]]))
    return blocks, fields


def docx_grid(tbl):
    return Y.docx_grid(tbl)


def check374():
    from lxml import etree
    p = path_of("h374")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    blocks, fields = fields_and_blocks(body)
    links = [f for f in fields if f["instr"].strip().startswith("LINK ")]
    same("h374 two LINK fields, each with one table as its result (trap)",
         [(len(f["tables"]), re.search(r'"([^"!]+)!(R\d+C\d+:R\d+C\d+)"', f["instr"]).groups()) for f in links],
         [(1, ("预算执行", "R3C1:R6C5")), (1, ("自评表", "R4C1:R25C8"))])
    same("h374 field switches: Excel.Sheet.12, auto-update, source formatting, HTML; a workbook path (trap)",
         [(f["instr"].split()[1], "\\a \\f 4 \\h" in f["instr"], "MERGEFORMAT" in f["instr"],
           re.search(r'"D:\\\\[^"]+\.xlsx"', f["instr"]) is not None) for f in links],
         [("Excel.Sheet.12", True, True, True)] * 2)
    tbls = body.findall(W + "tbl")
    same("h374 every table in the body is a field result", [b[2] != [] for b in blocks if b[0] == "tbl"], [True, True])
    grids = [docx_grid(t) for t in tbls]
    for f, gr in zip(links, grids):
        r1, c1, r2_, c2 = (int(x) for x in re.search(r"R(\d+)C(\d+):R(\d+)C(\d+)", f["instr"]).groups())
        same(f"h374 the linked range's size = the table's ({f['instr'].split('!')[0][-4:]})",
             (r2_ - r1 + 1, c2 - c1 + 1), (len(gr), len(gr[0])))
    paras = [p_text(x) for x in body.findall(W + "p")]
    text = "".join(paras)
    same("h374 no instrText figure is read as text (trap)", "R25C8" in text or "Excel.Sheet" in text, False)
    ident("h374", text, g)
    bud = {r[0]: [fv(v) for v in r[1:]] for r in grids[0][1:]}
    same("h374 表1 = gold budget", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                   bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h374 表1 adds up, rates right, under budget (traps)",
         ([k for k in range(3) if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001],
          [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001],
          [k for k, v in bud.items() if v[2] > v[1]]), ([], [], []))
    m = re.search(r"年初预算数([\d,.]+)万元，全年预算数([\d,.]+)万元，全年执行数([\d,.]+)万元，预算执行率([\d.]+)%", text)
    same("h374 二's prose repeats 表1 (trap)", [fv(x) for x in m.groups()] if m else None, bud["合计"])
    gr = grids[1]
    same("h374 附表 header", gr[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    rows = [r for r in gr[1:] if r[0] != "合计"]
    tot = next(r for r in gr if r[0] == "合计")
    C.compare_rows("h374", rows_of(rows), g)
    same("h374 合计", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h374 total and weights = rows (traps)", (r2(sum(x[6] for x in tup)), sum(x[5] for x in tup)),
         (fv(tot[6]), fv(tot[5])))
    ss = secs_from(tup)
    m = re.findall(r"(决策|过程|产出|效益)类指标满分(\d+)分，得([\d.]+)分", text)
    same("h374 四's 一级 scores = gold sections = their rows (trap)",
         ([(n, fv(w), fv(s)) for n, w, s in m], [(n, w, s) for n, (w, s) in ss.items()]),
         ([(s["name"], s["weight"], s["score"]) for s in g["sections"]],) * 2)
    goals = [re.match(r"(目标\d+)：", x).group(1) for x in paras if re.match(r"目标\d+：", x)]
    heads = re.findall(r"（[一二三四]）(目标\d+)完成情况", text)
    same("h374 GOAL_LABELS: 一（二）'s four goals as typed, against 三's four headings",
         (goals, heads), (["目标1", "目标2", "目标2", "目标3"], ["目标1", "目标2", "目标3", "目标4"]))
    m = re.search(r"全年开展教师全员培训([\d,]+)人次", text)
    tr = next(x for x in tup if x[2] == "教师培训人次")
    same("h374 SAME_FIGURE_DIFFERS: 教师培训 in 三（二） vs the 附表 (both meet ≥2500)",
         (m.group(1) if m else None, tr[4], met(tr[3], m.group(1).replace(",", "")) if m else None, met(tr[3], tr[4])),
         ("2,860", "2680人次", True, True))
    m = re.search(r"全年计划完成(\d+)所农村学校校舍改造，已完工(\d+)所", text)
    sc = next(x for x in tup if x[2] == "农村学校校舍改造")
    same("h374 NARRATIVE_NOT_DONE_FULL_MARKS: 2 of 3 in 三（二）, 已完成 at full 6 with no reason",
         (m.groups() if m else None, sc[4], sc[6] == sc[5], sc[7]), (("3", "2"), "已完成", True, ""))
    same("h374 三's other figures agree with the 附表 (traps)",
         [(k, f) for k, f in (("学生营养改善计划受益人数", "1.53万名"), ("义务教育巩固率", "99.1%"), ("高中阶段毛入学率", "93.8%"),
                              ("中考平均分较上年提升", "3.4分"), ("学生及家长满意度", "92.6%"))
          if f not in text or not next(x for x in tup if x[2] == k)[4].startswith(f.rstrip("名").rstrip("%").rstrip("分"))],
         [])
    same("h374 missed rows: proportion rule (traps)", missed(tup), [("高中阶段毛入学率", 5.92, 5.92)])
    carry = next(x for x in tup if x[2] == "结转结余率")
    same("h374 结转结余率 = (全年 − 执行) ÷ 全年, a ceiling met (trap)",
         (carry[4], rate_s(bud["合计"][1] - bud["合计"][2], bud["合计"][1]), met(carry[3], carry[4])), ("2.86%", "2.86%", True))
    same("h374 grade", ("自评等级为“优”" in text, grade_of(fv(tot[6])), re.search(BANDS_RE, text) is not None),
         (True, g["grade"], True))
    print(f"h374: {len(links)} LINK fields, {len(rows)} rows, total {tot[6]}")


# ------------------------------------------------------------ h375 XLSX, a shared workbook with its change history

def check375():
    from lxml import etree
    p = path_of("h375")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    with zipfile.ZipFile(p) as z:
        names = z.namelist()
        wrels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        heads = etree.fromstring(z.read("xl/revisions/revisionHeaders.xml"))
        hrels = {r.get("Id"): r.get("Target") for r in etree.fromstring(
            z.read("xl/revisions/_rels/revisionHeaders.xml.rels"))}
        logs = {t: etree.fromstring(z.read("xl/revisions/" + t)) for t in hrels.values()}
        users = [u.get("name") for u in etree.fromstring(z.read("xl/revisions/userNames.xml")).iter(S + "userInfo")]
        ct = z.read("[Content_Types].xml").decode()
    types = sorted(r.get("Type").rsplit("/", 1)[1] for r in wrels)
    same("h375 shared-workbook parts wired (trap)",
         ("revisionHeaders" in types, "usernames" in types, heads.get("shared"), "revisionLog+xml" in ct, users),
         (True, True, "1", True, ["刘海军", "赵雪梅"]))
    sess = [(h.get("dateTime"), h.get("userName"), hrels[h.get(R + "id")]) for h in heads.findall(S + "header")]
    same("h375 four editing sessions", [(d[:10], u) for d, u, _ in sess],
         [("2025-04-09", "刘海军"), ("2025-04-10", "赵雪梅"), ("2025-04-11", "刘海军"), ("2025-04-14", "赵雪梅")])

    def cv(c):
        if c.get("t") == "inlineStr":
            return "".join(t.text or "" for t in c.iter(S + "t"))
        return float(c.find(S + "v").text)
    changes = []
    for d, u, t in sess:
        for rcc in logs[t].findall(S + "rcc"):
            changes.append((d[:10], u, rcc.find(S + "oc").get("r"), cv(rcc.find(S + "oc")), cv(rcc.find(S + "nc"))))
    last, chain_ok = {}, True
    for _, _, ref, old, new in changes:
        if ref in last and last[ref] != old:
            chain_ok = False
        last[ref] = new
    vals = {c.get("r"): c for c in sh.iter(S + "c")}

    def shown(ref):
        c = vals[ref]
        return cv(c) if c.get("t") == "inlineStr" else round(float(c.find(S + "v").text), 6)
    same("h375 the logs chain cell by cell and end in what the sheet shows (trap: the old values are history)",
         (chain_ok, sorted(ref for ref, v in last.items() if shown(ref) != (round(v, 6) if isinstance(v, float) else v))),
         (True, []))
    same("h375 the logged changes of the two planted cells",
         [(d, u, ref, old, new) for d, u, ref, old, new in changes if ref in ("G16", "H29")],
         [("2025-04-11", "刘海军", "G16", 6.0, 4.5), ("2025-04-14", "赵雪梅", "H29", "自评等级：良", "自评等级：优")])
    alltext = "".join(str(v) for v in cells.values())
    ident("h375", alltext, g)
    same("h375 head cells", (get(4, 1), get(4, 3), get(5, 3), get(5, 6)),
         ("项目名称", g["project"], g["department"], g["implementingUnit"]))
    fund = [get(7, c) for c in range(1, 10)]
    srcs = [[get(r, c) for c in range(1, 10)] for r in (8, 9, 10)]
    same("h375 fund line = gold budget", (fund[0], fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         ("年度资金总额",) + gbudget(g)[:4])
    same("h375 sources add up, rates right, none over (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)],
          [s[7] for s in [fund] + srcs if s[7] != rate_s(fv(s[5]), fv(s[4]))], [s[0] for s in srcs if fv(s[5]) > fv(s[4])]),
         ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], []))
    same("h375 fund score = 执行率 × 10 (trap)", fv(fund[8]), r2(fv(fund[7]) / 10))
    same("h375 indicator header", [get(13, c) for c in range(1, 9)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [[get(r, c) for c in range(1, 9)] for r in range(14, 29)]
    C.compare_rows("h375", [["", "", fund[0], "", fund[7], fund[6], fund[8]]] + rows_of(rows), g)
    same("h375 total row", (get(29, 1), fv(get(29, 6)), fv(get(29, 7)), get(29, 8)),
         ("总分", g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    rs = r2(fv(fund[8]) + sum(fv(r[6]) for r in rows))
    same("h375 total = fund + rows as printed; 分值 10 + rows = 100 (traps)",
         (rs, 10 + sum(fv(r[5]) for r in rows)), (fv(get(29, 7)), 100))
    note = get(30, 1)
    same("h375 GRADE_OUTSIDE_BANDS: the bands give 良 (and with either fix)",
         (re.search(BANDS_RE, note) is not None, grade_of(rs), grade_of(r2(rs + 1.5)), grade_of(r2(rs - 1.6)),
          get(29, 8)), (True, "良", "良", "良", "自评等级：优"))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    lost = [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]]
    same("h375 TARGET_MET_POINTS_LOST: met, points lost, no reason", lost, [("节水灌溉面积", 4.5, 6.0, "")])
    m = re.search(r"4\.小杂粮加工转化率：达到指标值的得满分，每低于指标值1个百分点扣([\d.]+)分", note)
    conv = next(x for x in tup if x[2] == "小杂粮加工转化率")
    rule = r2(conv[5] - (lead_num(conv[3]) - lead_num(conv[4])) * float(m.group(1)))
    same("h375 RULE_SCORE: 小杂粮加工转化率 by its own rule vs as scored (the proportion)",
         (conv[6], rule, P(lead_num(conv[4]), lead_num(conv[3]), conv[5])), (5.6, 4.0, 5.6))
    same("h375 missed rows: the proportion rule with reasons (traps; 加工转化率 is the RULE_SCORE)",
         [(a, b, c) for a, b, c, d in Q.missed_rows(tup) if d],
         [("新建杂粮加工生产线", 4.2, 4.2), ("培训新型职业农民", 4.0, 4.0), ("良种覆盖率", 5.84, 5.84),
          ("项目完工及时率", 4.17, 4.17), ("小杂粮加工转化率", 5.6, 5.6), ("带动农户户均增收", 5.4, 5.4),
          ("带动脱贫户就业", 5.52, 5.52), ("种植户满意度", 6.55, 6.55)])
    print(f"h375: {len(sess)} sessions, {len(changes)} logged cell changes, {len(rows)} rows + fund line, total "
          f"{get(29, 7)}")


# ------------------------------------------------------------ h376 PDF cut out of a 汇编 by cropping

def pdftotext(p, *args):
    return subprocess.run(["pdftotext", *args, p, "-"], capture_output=True, text=True, check=True).stdout


def boxes(p):
    """[(MediaBox, CropBox)] per page, as floats"""
    import pikepdf
    pdf = pikepdf.open(p)
    out = []
    for page in pdf.pages:
        mb = [float(v) for v in page.obj["/MediaBox"]]
        cb = [float(v) for v in page.obj["/CropBox"]] if "/CropBox" in page.obj else mb
        out.append((mb, cb))
    return out


def inside(box, x, y):
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def crop_text(p, bx):
    """the pages' words (pdftotext -bbox) whose centre lies inside the page's crop box, line by line"""
    out = []
    for pg, (_, cb) in enumerate(bx, 1):
        ws = [w for w in K.pdf_words(p, pg) if inside(cb, w[0], w[1])]
        lines = {}
        for cx, cy, x0, t in ws:
            key = next((k for k in lines if abs(k - cy) < 2.5), cy)
            lines.setdefault(key, []).append((x0, t))
        out += ["".join(t for _, t in sorted(v)) for _, v in sorted(lines.items(), key=lambda kv: -kv[0])]
    return "\n".join(out)


def check376():
    p = path_of("h376")
    g = gold(stem_of(p))
    bx = boxes(p)
    A4 = [0.0, 0.0, 595.2756, 841.8898]
    same("h376 three A4 pages, each with a crop box inside its media box; the first cut at the top, the last at the "
         "bottom, the middle one trimmed of its head and foot (trap)",
         ([[round(v, 2) for v in mb] == [round(v, 2) for v in A4] for mb, _ in bx],
          [all(cb[k] >= mb[k] for k in (0, 1)) and all(cb[k] <= mb[k] for k in (2, 3)) for mb, cb in bx],
          bx[0][1][3] < bx[1][1][3] - 100, bx[2][1][1] > bx[1][1][1] + 100, [cb[1] for _, cb in bx[:2]]),
         ([True] * 3, [True] * 3, True, True, [50.0, 50.0]))
    full = re.sub(r"\s+", "", pdftotext(p))
    popcrop = re.sub(r"\s+", "", pdftotext(p, "-cropbox"))
    crop = re.sub(r"\s+", "", crop_text(p, bx))
    hidden = ("新宁县2024年度重点项目支出绩效评价报告汇编", "—37—", "—39—", "综合评价得分93.45分", "湖南湘资工程咨询有限公司",
              "2025年5月9日", "2024年新宁县农村公路提质改造项目", "湖南中衡信工程咨询有限公司", "3,860.00万元")
    same("h376 outside the crop box: the 汇编's head and page numbers, the previous report's tail, the next one's start "
         "— read by pdftotext (even with -cropbox, which only sets the page size), not by a reader keeping the crop (trap)",
         ([h for h in hidden if h not in full], [h for h in hidden if h not in popcrop], [h for h in hidden if h in crop]),
         ([], [], []))
    text = crop
    ident("h376", text, g)
    same("h376 evaluator and commission", (f"评价机构：{g['evaluator']}" in text, "受贵局委托" in text), (True, True))
    tables, every = [], []
    for pg in range(1, 4):
        cb = bx[pg - 1][1]
        ws = K.pdf_words(p, pg)
        rects = K.pdf_rects(p, pg)
        every += [Y.grid_of(gp, K.cell_texts(ws, rects)) for gp in Y.table_groups(rects)]
        ws = [w for w in ws if inside(cb, w[0], w[1])]
        rects = [r for r in rects if inside(cb, r[0], r[1]) and inside(cb, r[2], r[3])]
        tables += [Y.grid_of(gp, K.cell_texts(ws, rects)) for gp in Y.table_groups(rects)]
    same("h376 a reader that ignores the crop box finds a third ruled table, the previous report's, with its own 合计 (trap)",
         ([t[-1][0] for t in every], [t[-1][-2] for t in every if len(t[0]) == 9][:1], len(tables)),
         (["合计", "合计", "合计"], ["93.45"], 2))
    t1 = next(t for t in tables if t[0] == ["一级指标", "分值", "得分", "得分率"])
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t1[1:-1]]
    same("h376 表1 = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h376 表1's 得分率 right on its printed scores; 合计 (traps)",
         ([r[0] for r in t1[1:] if r[3] != rate_s(fv(r[2]), fv(r[1]))], t1[-1][:3]), ([], ["合计", "100", "96.76"]))
    t3 = next(t for t in tables if t[0][:3] == ["一级指标", "二级指标", "三级指标"])
    same("h376 评分表 header", t3[0], ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分",
                                    "扣分原因"])
    body = [r for r in t3[1:] if r[0] != "合计"]
    tot = next(r for r in t3 if r[0] == "合计")
    ind = [(r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8], r[4]) for r in body]
    C.compare_rows("h376", rows_of(ind), g)
    tup = [x[:5] + (fv(x[5]), fv(x[6]), x[7]) for x in ind]
    ss = secs_from(tup)
    same("h376 total = rows; 分值 100 (traps)", (r2(sum(x[6] for x in tup)), sum(x[5] for x in tup), fv(tot[7]),
                                                fv(tot[3])), (g["totalScore"], 100, g["totalScore"], 100))
    same("h376 SECTION_VS_ROWS: the one 表1 score off its rows; the printed 一级 add to 97.12, not the 合计",
         ([(n, s, ss[n][1]) for n, w, s in secs if abs(s - ss[n][1]) > 0.001], r2(sum(s for _, _, s in secs))),
         ([("产出", 34.62, 34.26)], 97.12))
    same("h376 三's 一级 scores (决策, 过程, 效益) = their rows (traps)",
         [(n, fv(v), ss[n][1]) for n, v in re.findall(r"(决策|过程|效益)类指标得([\d.]+)分", text) if fv(v) != ss[n][1]], [])
    m = re.search(r"景区旅游综合收入增长率＝（([\d.]+)亿元－([\d.]+)亿元）÷([\d.]+)亿元×100%＝([\d.]+%)", text)
    a, b, c_, shown = m.groups()
    gr = next(x for x in tup if x[2] == "景区旅游综合收入增长率")
    same("h376 FORMULA: the growth-rate calculation; the 评分表 copies it; ≥10% either way",
         (shown, rate_s(float(a) - float(b), float(c_)), gr[4], met(gr[3], "11.61%"), gr[6] == gr[5]),
         ("11.16%", "11.61%", "11.16%", True, True))
    m = re.search(r"预算执行率＝([\d,.]+)÷([\d,.]+)×100%＝([\d.]+%)", text)
    same("h376 the 预算执行率 calculation is right and = the gold (trap)",
         (m.group(3), rate_s(fv(m.group(1)), fv(m.group(2))), fv(m.group(3))),
         (q_(g["budget"]["executionRate"]),) * 2 + (g["budget"]["executionRate"],))
    m = re.search(r"年初预算([\d,.]+)万元，全年预算([\d,.]+)万元.*?全年执行([\d,.]+)万元", text)
    same("h376 budget from 一（二） = gold", tuple(fv(x) for x in m.groups()), gbudget(g)[:3])
    mon = next(x for x in ind if x[2] == "智慧景区监控点位")
    m = re.search(r"完成率≥100%得满分；(\d+)%（含）—100%按完成比例计分；低于(\d+)%不得分", mon[8])
    lo, zero = int(m.group(1)), int(m.group(2))
    done = r2(lead_num(mon[4]) / lead_num(mon[3]) * 100)
    same("h376 MALFORMED_RULE: 80%–85% in two bands; the row's 90% in the proportion band (trap)",
         (lo < zero, f"{lo}%–{zero}%", done, fv(mon[6]) == P(lead_num(mon[4]), lead_num(mon[3]), fv(mon[5]))),
         (True, "80%–85%", 90.0, True))
    eff = next(x for x in ind if x[2] == "制度执行有效性")
    same("h376 制度执行有效性: one 标段, its rule's one point (trap)", (eff[8], eff[4], fv(eff[6])),
         ("执行有效得4分，发现一处问题扣1分", "1个标段变更未及时报批", 3.0))
    same("h376 missed rows: the proportion (traps)", missed(tup),
         [("智慧景区监控点位", 5.4, 5.4), ("项目按期完工率", 4.86, 4.86)])
    same("h376 grade", ("评价等级为“优”" in text, grade_of(g["totalScore"]), re.search(BANDS_RE, text) is not None),
         (True, g["grade"], True))
    print(f"h376: {len(bx)} pages cropped, {len(every)} ruled tables in the streams, {len(tables)} inside the crops, "
          f"{len(ind)} rows, total {tot[7]}")


def q_(x):
    return f"{x:.2f}%"


# ------------------------------------------------------------ h377 HTML saved with SingleFile, the report in srcdoc

class Page(HTMLParser):
    """the saved page: comments, the iframe's attributes (srcdoc unescaped by the parser), the visible text outside it,
    classes, img srcs"""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.comments, self.iframes, self.text, self.imgs, self.hidden = [], [], [], [], []
        self.skip = 0

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "iframe":
            self.iframes.append(a)
        elif tag == "img":
            self.imgs.append(a.get("src", ""))
        if "sf-hidden" in (a.get("class") or ""):
            self.hidden.append(tag)
        if tag in ("style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def check377():
    p = path_of("h377")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    pg = Page()
    pg.feed(src)
    outer = "".join(pg.text)
    same("h377 saved with SingleFile: comment, data: logo, sf-hidden panel, no script (trap)",
         (pg.comments[0].strip().startswith("Page saved with SingleFile"), "url: https://www.huanjiang.gov.cn/" in
          pg.comments[0], pg.imgs[0].startswith("data:image/svg+xml;base64,"), pg.hidden, "<script" in src),
         (True, True, True, ["div"], False))
    same("h377 one iframe, its document in srcdoc (escaped in the file)",
         (len(pg.iframes), pg.iframes[0].get("title"), "src" in pg.iframes[0], 'srcdoc="&lt;' in src,
          'srcdoc="<!DOCTYPE html>' in src), (1, "附件预览", False, False, True))
    same("h377 the outer page holds no table (trap)", ("全年预算数" in outer, "<table" in src.split("srcdoc=")[0]),
         (False, False))
    inner = pg.iframes[0]["srcdoc"]
    t = K.Tables()
    t.feed(inner)
    itext = re.sub(r"\s+", "", "".join(t.text))
    ident("h377", itext + outer, g)
    same("h377 the unit line is inside the frame", f"填报单位（盖章）：{g['department']}" in itext, True)
    bt = next(x for x in t.tables if x[0][0] == "项目")
    bud = {r[0].replace("其中：", ""): [fv(v) for v in r[1:]] for r in bt[1:]}
    same("h377 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h377 BREAKDOWN_SUM: only 全年 fails to add; rates right on the printed figures",
         ([(k, r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["合计"][k]) for k in range(3)
           if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001],
          [k for k, v in bud.items() if v[3] != fv(rate_s(v[2], v[1]))]), ([(1, 5345.52, 5354.52)], []))
    same("h377 SPENDING_OVER_BUDGET: 项目支出 over its 全年", [(k, v[2], v[1]) for k, v in bud.items() if v[2] > v[1]],
         [("项目支出", 4203.65, 4156.8)])
    it = next(x for x in t.tables if x[0][:3] == ["一级指标", "二级指标", "三级指标"])
    rows = [r for r in it[1:] if r[0] != "合计"]
    tot = next(r for r in it if r[0] == "合计")
    C.compare_rows("h377", rows_of(rows), g)
    same("h377 合计 row", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    rs = r2(sum(x[6] for x in tup))
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", outer)
    same("h377 TOTAL_VS_ROWS: rows vs the 合计; the article's lead repeats the 合计",
         (rs, fv(tot[6]), fv(m.group(1)), sum(x[5] for x in tup)), (98.41, 98.14, 98.14, 100))
    same("h377 missed rows: proportion rule (traps)", missed(tup),
         [("临时救助人次", 5.68, 5.68), ("农村留守老人关爱服务覆盖率", 6.73, 6.73)])
    er = next(x for x in tup if x[2] == "预算执行率")
    same("h377 预算执行率 row = the 合计's rate, ≥95% on either 全年 (trap)",
         (er[4], met(er[3], er[4]), met(er[3], rate_s(bud["合计"][2], 5345.52))), (q_(bud["合计"][3]), True, True))
    same("h377 grade", (m.group(2), "自评等级：优" in itext, grade_of(rs), grade_of(fv(tot[6])),
                        re.search(BANDS_RE, itext) is not None), ("优", True, "优", "优", True))
    print(f"h377: srcdoc {len(inner)} characters, {len(t.tables)} tables in the frame, {len(rows)} rows, total {tot[6]}")


# ------------------------------------------------------------ h378 JSON dataset from an open-data platform

def jq(p, expr):
    return subprocess.run(["jq", "-r", expr, p], capture_output=True, text=True, check=True).stdout


def check378():
    p = path_of("h378")
    g = gold(stem_of(p))
    env = jq(p, '[.code, .msg, .success, .data.total, (.data.records | length), .data.resource.provider, '
                '.data.resource.platform] | @tsv').rstrip("\n").split("\t")
    same("h378 API envelope and resource (trap)", env, ["200", "操作成功", "true", "16", "16", "宁城县财政局", "赤峰市公共数据开放平台"])
    cols = [ln.split("\t") for ln in jq(p, '.data.columns[] | [.name, .comment] | @tsv').splitlines()]
    name = dict(cols)
    same("h378 the dictionary names the coded fields (units in the names)",
         [name[k] for k in ("YJZB", "EJZB", "SJZB", "NDZBZ", "SJWCZ", "FZ", "DF", "QNYSS", "YSZXL", "ZPZF", "ZPDJ")],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "全年预算数（元）", "预算执行率（%）", "自评总分",
          "自评等级"])
    keys = [c[0] for c in cols]
    recs = [dict(zip(keys, ln.split("\t"))) for ln in
            jq(p, '.data.records[] | [' + ", ".join(f'(.{k} | tostring)' for k in keys) + '] | @tsv').splitlines()]
    same("h378 record keys = the dictionary", jq(p, '[.data.records[] | keys_unsorted] | unique | length').strip(), "1")
    dept_fields = ["BMMC", "TYSHXYDM", "ND", "NCYSS", "QNYSS", "QNZXS", "YSZXL", "JBZCYSS", "JBZCZXS", "XMZCYSS",
                   "XMZCZXS", "ZPMF", "ZPZF", "ZPDJ", "TBRQ"]
    same("h378 every record repeats the same department fields (no SAME_FIGURE_DIFFERS, trap)",
         [k for k in dept_fields if len({r[k] for r in recs}) != 1], [])
    r0 = recs[0]
    raw = open(p, encoding="utf-8").read()
    same("h378 the decimals keep their scale in the file", ('"NCYSS":52180000.00' in raw, '"FZ":10.00' in raw),
         (True, True))
    ident("h378", r0["BMMC"] + r0["ND"] + "年", g)
    wy = lambda k: round(float(r0[k]) / 10000, 6)  # noqa: E731  (元 → 万元)
    same("h378 budget (元 → 万元) = gold", (wy("NCYSS"), wy("QNYSS"), wy("QNZXS"), float(r0["YSZXL"]), wy("JBZCYSS"),
                                          wy("JBZCZXS"), wy("XMZCYSS"), wy("XMZCZXS")), gbudget(g))
    same("h378 parts add up, both under budget (traps)",
         (r2(float(r0["JBZCYSS"]) + float(r0["XMZCYSS"])) == float(r0["QNYSS"]),
          r2(float(r0["JBZCZXS"]) + float(r0["XMZCZXS"])) == float(r0["QNZXS"]),
          float(r0["JBZCZXS"]) <= float(r0["JBZCYSS"]), float(r0["XMZCZXS"]) <= float(r0["XMZCYSS"])),
         (True, True, True, True))
    same("h378 EXECUTION_RATE: QNZXS ÷ QNYSS vs YSZXL", (rate_s(float(r0["QNZXS"]), float(r0["QNYSS"])), r0["YSZXL"] + "%"),
         ("94.73%", "97.43%"))
    rows = [(r["YJZB"], r["EJZB"], r["SJZB"], r["NDZBZ"], r["SJWCZ"], r["FZ"], r["DF"], r["PCYY"]) for r in
            sorted(recs, key=lambda r: int(r["XH"]))]
    C.compare_rows("h378", rows_of(rows), g)
    tup = [x[:5] + (fv(x[5]), fv(x[6]), x[7]) for x in rows]
    same("h378 total, full mark and grade fields", (fv(r0["ZPZF"]), fv(r0["ZPMF"]), r0["ZPDJ"]),
         (g["totalScore"], g["maxScore"], g["grade"]))
    same("h378 ZPZF = the DF; the FZ = ZPMF (traps)", (r2(sum(x[6] for x in tup)), sum(x[5] for x in tup)),
         (fv(r0["ZPZF"]), fv(r0["ZPMF"])))
    er = tup[0]
    same("h378 the 预算执行率 record copies YSZXL; ≥90% either way (trap)",
         (er[2], er[4], met(er[3], er[4]), met(er[3], "94.73%"), er[6] == er[5]), ("预算执行率", "97.43%", True, True, True))
    z = next(x for x in tup if x[2] == "水利工程标准化管理达标数量增长率")
    same("h378 RATE_OVER_ZERO_BASE: 100% growth where the record's PCYY says 2023 had none",
         (z[4], "2023年未开展标准化管理达标创建" in z[7], z[6] == z[5]), ("100%", True, True))
    same("h378 TARGET_MISSED_FULL_MARKS: missed rows, score, proportion, reason",
         [(a, b, c, d) for a, b, c, d in Q.missed_rows(tup)],
         [("水土流失综合治理面积", 5.52, 5.52, True), ("农村集中供水率", 6.0, 5.91, False)])
    same("h378 grade by the bands", grade_of(fv(r0["ZPZF"])), r0["ZPDJ"])
    print(f"h378: {len(recs)} records, {len(cols)} coded fields, total {r0['ZPZF']}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h374", check374), ("h375", check375), ("h376", check376), ("h377", check377),
                    ("h378", check378)):
        if not argv or name in argv:
            before = len(C.PROBLEMS)
            f()
            counts[name] = len(C.PROBLEMS) - before
    if MUTATE:
        print("mutation test: mismatches per file", counts)
        sys.exit(0 if all(v >= 2 for v in counts.values()) else 1)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        for x in C.PROBLEMS:
            print("  ", x)
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
