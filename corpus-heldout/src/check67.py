#!/usr/bin/python3
"""Round 67's independent check: re-reads h389–h393 with readers that are not the writers (nothing of reports67.py is
imported; check47 gives the comparison helpers, check53 small helpers and the PDF words / rectangles, check58 the met /
missed helpers, check65 the PDF grid and page-text readers) and compares what they read with gold/<stem>.json, then
re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check67.py [h389 …]
    /usr/bin/python3 -B corpus-heldout/src/check67.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h389 pikepdf for the optional-content configuration and a content-stream reader written here that follows
/OC … BDC / EMC and decodes every string (UCS-2BE) with its layer and place; poppler (`pdftotext -bbox`, which honours
the default OFF state, as a viewer does) for the visible text and check65's grid reader for the tables; h390 zipfile +
lxml on the ODP's content.xml (slides, draw:frame text boxes, table:table with spans and covered cells expanded);
h391 poppler words placed in pikepdf's rectangles, row by row (label | value cells), page after page; h392 zipfile +
lxml on word/document.xml (a grid reader written here: gridSpan, vMerge, every cell's paragraphs kept apart); h393 a
cross-reference-stream reader written here (startxref → the /XRef stream, its /W fields decoded, type-2 entries
resolved into the object stream) and pikepdf for the page count, poppler for the text and the grids.
"""
import copy
import os
import re
import subprocess
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check65 as Z  # noqa: E402  (PDF grid and page text)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
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


def q_(x):
    return f"{x:.2f}%"


def tuples(rows):
    """(一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)"""
    return [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]


def secs_rows(tup):
    out = {}
    for x in tup:
        w, s_ = out.get(x[0], (0, 0))
        out[x[0]] = (r2(w + x[5]), r2(s_ + x[6]))
    return out


def rect_rows(p, page):
    """the ruled cells of a page as rows: cells grouped by their top edge, each row's cells left to right"""
    rects = K.pdf_rects(p, page)
    texts = K.cell_texts(K.pdf_words(p, page), rects)
    rows = {}
    for r in rects:
        rows.setdefault(round(r[3], 1), []).append((r[0], texts.get(r, "")))
    return [[t for _, t in sorted(v)] for _, v in sorted(rows.items(), key=lambda kv: -kv[0])]


# ------------------------------------------------------------ h389 PDF with optional content (layers)

def oc_strings(pdf, page):
    """[(layer name, x, y, text)] of a page: strings decoded as UCS-2BE, the layer from the enclosing /OC … BDC"""
    import pikepdf
    pg = pdf.pages[page - 1]
    props = pg.Resources.get("/Properties", {})
    stack, out, pos = [], [], (0.0, 0.0)
    for operands, op in pikepdf.parse_content_stream(pg):
        o = str(op)
        if o == "BDC":
            tag = str(operands[0])
            name = str(props[str(operands[1])].Name) if tag == "/OC" else None
            stack.append(name)
        elif o == "BMC":
            stack.append(None)
        elif o == "EMC":
            stack.pop()
        elif o == "Td":
            pos = (float(operands[0]), float(operands[1]))
        elif o == "Tj":
            out.append((stack[-1] if stack else None, round(pos[0], 2), round(pos[1], 2),
                        bytes(operands[0]).decode("utf-16-be")))
    return out


def check389():
    import pikepdf
    p = path_of("h389")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    ocp = pdf.Root.OCProperties
    names = [str(o.Name) for o in ocp.OCGs]
    off = [str(o.Name) for o in ocp.D.OFF]
    same("h389 optional content: three OCGs, the draft layer OFF (view and print) (trap)",
         (names, off, [str(o.Name) for o in ocp.D.ON],
          [(str(o.Usage.View.ViewState), str(o.Usage.Print.PrintState)) for o in ocp.OCGs]),
         (["底版", "定稿数据", "初稿数据"], ["初稿数据"], ["底版", "定稿数据"],
          [("/ON", "/ON"), ("/ON", "/ON"), ("/OFF", "/OFF")]))
    strs = [s_ + (k,) for k in range(1, len(pdf.pages) + 1) for s_ in oc_strings(pdf, k)]
    hidden = [s_ for s_ in strs if s_[0] == "初稿数据"]
    final = {(s_[4], s_[1], s_[2]): s_[3] for s_ in strs if s_[0] == "定稿数据"}
    same("h389 every string in a layer; each draft figure at the place of a final one (trap)",
         ([s_ for s_ in strs if s_[0] is None], len(hidden), [s_ for s_ in hidden if (s_[4], s_[1], s_[2]) not in final]),
         ([], 17, []))
    texts = [Z.page_text(p, k) for k in (1, 2, 3)]
    allt = canon("".join(texts))
    visible = {s_[3] for s_ in strs if s_[0] != "初稿数据"}
    draft_only = [s_[3] for s_ in hidden if s_[3] not in visible]
    same("h389 poppler (as a viewer) drops the hidden layer: no draft-only figure in its text (trap)",
         (len(draft_only) > 10, [t for t in draft_only if canon(t) in allt]), (True, []))
    unaware = {}
    for s_ in strs:
        if s_[0] != "底版":
            unaware.setdefault((s_[4], s_[1], s_[2]), []).append(s_[3])
    same("h389 a layer-unaware reader gets two figures in each changed cell (trap)",
         (sum(len(v) > 1 for v in unaware.values()), unaware.get(next(k for k, v in final.items() if v == "6,437.86"))),
         (17, ["6,437.86", "6,402.17"]))
    ident("h389", "".join(texts), g)
    t1 = canon(texts[0])
    m = re.search(r"年初预算([\d,.]+)万元，全年预算([\d,.]+)万元.*?全年执行([\d,.]+)万元，预算执行率([\d.]+)%。其中基本支出全年预算"
                  r"([\d,.]+)万元，执行([\d,.]+)万元；项目支出全年预算([\d,.]+)万元，执行([\d,.]+)万元", t1)
    b = tuple(fv(m.group(k)) for k in range(1, 9))
    same("h389 budget (text) = gold", b, gbudget(g))
    g1, _, _ = Z.pdf_grid(p, 1)
    t1rows = {r[0]: [fv(v) for v in r[1:]] for r in g1 if r and r[0] in ("合计", "基本支出", "项目支出")}
    same("h389 表1 = the text; parts add up; rates right; none over (traps)",
         (t1rows["合计"][1:3], [k for k in range(3) if abs(t1rows["基本支出"][k] + t1rows["项目支出"][k] - t1rows["合计"][k])
                                > 0.001], [k for k, v in t1rows.items() if q_(v[3]) != rate_s(v[2], v[1])],
          [k for k, v in t1rows.items() if v[2] > v[1]]), ([b[1], b[2]], [], [], []))
    g2, _, _ = Z.pdf_grid(p, 2)
    secs = [Z.dedup(r) for r in g2 if r and r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标", "合计")]
    same("h389 表2 = gold sections", [(r[0], fv(r[1]), fv(r[2])) for r in secs[:-1]],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    g3, _, _ = Z.pdf_grid(p, 3)
    body = [r[:8] for r in g3[1:] if r[0] != "合计"]
    C.compare_rows("h389", [r[:7] for r in body], g)
    tup = tuples(body)
    ex = tup[0]
    rule = r2(fv(t1rows["合计"][2]) / fv(t1rows["合计"][1]) * 10)
    same("h389 BUDGET_ROW_SCORE: 预算执行率 × 10 (说明's rule) against the row's 得分; the rate itself right",
         (ex[2], ex[4], ex[6], rule, "预算执行率得分＝预算执行率×分值" in canon(texts[2])),
         ("预算执行率", q_(t1rows["合计"][3]), 9.53, 9.35, True))
    pipe = next(x for x in tup if x[2] == "新建改造农村供水管网")
    same("h389 SAME_FIGURE_DIFFERS: the text's 供水管网 against the 附件's; both meet the target",
         (re.search(r"全年新建改造农村供水管网([\d.]+公里)", t1).group(1), pipe[4], met(pipe[3], "186.5公里"),
          met(pipe[3], pipe[4]), pipe[6] == pipe[5]), ("186.5公里", "168.5公里", True, True, True))
    plan = re.search(r"（二）年度绩效目标。(.*?)二、部门预算执行情况", t1).group(1)
    done = re.search(r"三、绩效目标完成情况(.*)", t1).group(1)
    same("h389 GOAL_LABELS: 一（二） sets 目标1–4, 三 answers 目标1, 2, 4, 4",
         (re.findall(r"(目标\d)：", plan), re.findall(r"(目标\d)完成情况", done)),
         (["目标1", "目标2", "目标3", "目标4"], ["目标1", "目标2", "目标4", "目标4"]))
    sr = secs_rows(tup)
    tot = next(Z.dedup(r) for r in g3 if r[0] == "合计")
    same("h389 表2 = its rows; 合计 = the rows = 表2 = the text (traps)",
         ([r[0] for r in secs[:-1] if (fv(r[1]), fv(r[2])) != sr[r[0]]], r2(sum(x[6] for x in tup)), fv(tot[-2]),
          fv(secs[-1][2]), re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", canon(texts[1])).groups()),
         ([], g["totalScore"], g["totalScore"], g["totalScore"], (f"{g['totalScore']:.2f}", g["grade"])))
    same("h389 missed rows: proportion with reasons; met exactly; ceilings (traps)",
         (Q.missed_rows(tup[1:]), [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         ([("农田灌溉渠道清淤", 4.75, 4.75, True), ("汛前工程完工率", 4.8, 4.8, True), ("重点河湖水质达标率", 6.81, 6.81, True)],
          ["中小河流治理长度", "小型水库除险加固"], ["供水管网单位造价", "“三公”经费控制率"]))
    same("h389 the text's other figures agree with the 附件 (traps)",
         [f for f, k in (("22公里", "中小河流治理长度"), ("91.2%", "汛前工程完工率"), ("87.5%", "重点河湖水质达标率"),
                         ("19.2平方公里", "水土流失治理面积"), ("97.1%", "水利工程运行管护到位率"), ("99.3%", "农村自来水普及率"))
          if f not in t1 or next(x for x in tup if x[2] == k)[4] != f], [])
    same("h389 grade", (grade_of(g["totalScore"]), grade_of(r2(g["totalScore"] - 9.53 + 9.35)),
                        re.search(BANDS_RE, canon(texts[1])) is not None), (g["grade"], "优", True))
    print(f"h389: OCGs {names} (OFF {off}), {len(hidden)} hidden draft strings, {len(body)} rows, total {tot[-2]}")


# ------------------------------------------------------------ h390 ODP (Impress deck)

ON = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
      "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"}


def odf_table(tbl):
    """rows of cell texts with spans expanded: a spanned cell's text in every slot it covers (ODF writes a
    table:covered-table-cell in each covered slot: below a row span it takes the text above, beside a column span the
    text on its left)"""
    grid, pend = [], {}
    for r, row in enumerate(tbl.findall("{%s}table-row" % ON["table"])):
        out, c = [], 0
        for cell in row:
            if cell.tag == "{%s}covered-table-cell" % ON["table"]:
                if (r, c) in pend:
                    out.append(pend.pop((r, c)))
                else:
                    out.append(out[-1] if out else "")
                c += 1
                continue
            t = "\n".join("".join(p.itertext()) for p in cell.findall("{%s}p" % ON["text"]))
            rs = int(cell.get("{%s}number-rows-spanned" % ON["table"], "1"))
            cs = int(cell.get("{%s}number-columns-spanned" % ON["table"], "1"))
            for dr in range(1, rs):
                for dc in range(cs):
                    pend[(r + dr, c + dc)] = t
            out.append(t)
            c += 1
        grid.append(out)
    return grid


def check390():
    from lxml import etree
    p = path_of("h390")
    g = gold(stem_of(p))
    z = zipfile.ZipFile(p)
    first = z.infolist()[0]
    same("h390 an ODF presentation: mimetype first and stored (trap)",
         (first.filename, first.compress_type, z.read("mimetype")),
         ("mimetype", zipfile.ZIP_STORED, b"application/vnd.oasis.opendocument.presentation"))
    root = etree.fromstring(z.read("content.xml"))
    pages = root.findall(".//{%s}page" % ON["draw"])
    slide_text = []
    tables = []
    for k, pg in enumerate(pages, 1):
        t = []
        for fr in pg.findall("{%s}frame" % ON["draw"]):
            tb = fr.find("{%s}text-box" % ON["draw"])
            if tb is not None:
                t.append("".join("".join(p_.itertext()) for p_ in tb.findall("{%s}p" % ON["text"])))
            tt = fr.find("{%s}table" % ON["table"])
            if tt is not None:
                tables.append((k, odf_table(tt)))
        slide_text.append("".join(t))
    same("h390 eight slides; tables on slides 3, 4, 5, 6", (len(pages), [k for k, _ in tables]), (8, [3, 4, 5, 6]))
    allt = canon("".join(slide_text))
    ident("h390", allt, g)
    same("h390 third party, commissioned", ("委托单位：将乐县财政局" in allt, f"评价机构：{g['evaluator']}" in allt),
         (True, True))
    bt = tables[0][1]
    bud = {r[0]: [fv(v) for v in r[1:]] for r in bt[1:]}
    tot = bud["合计"]
    same("h390 budget = gold", (tot[0], tot[1], tot[2], tot[3], None, None, None, None), gbudget(g))
    srcs = [v for k_, v in bud.items() if k_ != "合计"]
    same("h390 sources add up; rates right; none over; 年初 < 全年 (traps)",
         ([k for k in range(3) if abs(sum(s_[k] for s_ in srcs) - tot[k]) > 0.001],
          [k_ for k_, v in bud.items() if q_(v[3]) != rate_s(v[2], v[1])], [k_ for k_, v in bud.items() if v[2] > v[1]],
          tot[0] < tot[1]), ([], [], [], True))
    st = tables[1][1]
    summ = [r for r in st[1:] if r[0] != "合计"]
    same("h390 summary = gold sections", [(r[0], fv(r[1]), fv(r[2])) for r in summ],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    head = tables[2][1][0]
    same("h390 评分表 header repeated on slide 6 (trap)", tables[3][1][0], head)
    body = []
    for _, tb in tables[2:]:
        body += [r for r in tb[1:] if r[0] != "合计"]
    rows = [[r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8], r[4]] for r in body]
    C.compare_rows("h390", rows, g)
    same("h390 slide 6 starts with 产出 / 产出数量 again (one group cut by the slide break) (trap)",
         (tables[2][1][-1][:2], tables[3][1][1][:2]), (["产出", "产出数量"], ["产出", "产出数量"]))
    tup = tuples(rows)
    sr = secs_rows(tup)
    same("h390 SECTION_VS_ROWS: the summary's 效益 against its rows; the others equal",
         [(r[0], fv(r[2]), sr[r[0]][1]) for r in summ if fv(r[2]) != sr[r[0]][1]], [("效益", 23.78, 23.87)])
    same("h390 SCORE_RATE: 过程 得分率 against 得分 ÷ 分值; the others right on the printed scores",
         [(r[0], r[3], rate_s(fv(r[2]), fv(r[1]))) for r in summ if r[3] != rate_s(fv(r[2]), fv(r[1]))],
         [("过程", "92.59%", "92.95%")])
    acc = next(x for x in rows if x[2] == "抚育作业检查验收合格率")
    bands = [(fv(a), fv(b_)) for a, b_ in re.findall(r"(\d+)%（含）—(\d+)%", acc[8])]
    same("h390 MALFORMED_RULE: two bands of the 合格率 rule overlap; the row sits in the top band",
         (bands, bands[1][1] > bands[0][0], met(acc[3], acc[4]), fv(acc[6]) == fv(acc[5])),
         ([(90.0, 95.0), (85.0, 92.0)], True, True, True))
    late = next(x for x in rows if x[2] == "抚育作业按期完成率")
    m = re.fullmatch(r"≥(\d+)%得满分，每低1个百分点扣(\d+)分", late[8])
    same("h390 按期完成率 scored by its own rule, not the proportion (trap)",
         (fv(late[6]), r2(fv(late[5]) - (fv(m.group(1)) - lead_num(late[4])) * fv(m.group(2)))), (4.0, 4.0))
    ex = next(x for x in rows if x[2] == "预算执行率")
    same("h390 预算执行率 row: the budget's rate × 分值 (trap)", (ex[4], fv(ex[6])),
         (q_(tot[3]), r2(fv(ex[5]) * tot[3] / 100)))
    ttot = next(r for r in tables[3][1] if r[0] == "合计")
    same("h390 合计 = the rows = the summary = the closing slide (traps)",
         (r2(sum(x[6] for x in tup)), fv(ttot[7]), fv(st[-1][2]),
          re.search(r"综合得分([\d.]+)分　?评价等级：(.)", canon(slide_text[7]).replace("　", "")).groups()),
         (g["totalScore"], g["totalScore"], g["totalScore"], (f"{g['totalScore']:.2f}", g["grade"])))
    same("h390 missed rows (traps)", [x for x in Q.missed_rows(tup) if x[0] != "抚育作业按期完成率"],
         [("预算执行率", 5.59, 5.59, True), ("珍贵树种补植", 4.6, 4.6, True), ("林农满意度", 4.87, 4.87, True)])
    same("h390 grade", (grade_of(g["totalScore"]), re.search(BANDS_RE, allt) is not None), (g["grade"], True))
    print(f"h390: ODP, {len(pages)} slides, {len(tables)} tables, {len(rows)} rows, total {ttot[7]}")


# ------------------------------------------------------------ h391 浙政钉 approval print

def check391():
    p = path_of("h391")
    g = gold(stem_of(p))
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout).group(1))
    rows = []
    for k in range(1, n + 1):
        rows += [r for r in rect_rows(p, k) if r]
    text = "".join(Z.page_text(p, k) for k in range(1, n + 1))
    ct = canon(text)
    ident("h391", text, g)
    same("h391 an approval print: 审批编号, status, flow, print line (trap)",
         (bool(re.search(r"审批编号：\d{21}", ct)), "审批状态：已通过" in ct, "审批流程" in ct, ct.count("打印人：王丽君"),
          f"第{n}页/共{n}页" in ct), (True, True, True, n, True))
    kv = {r[0]: r[1] for r in rows if len(r) == 2}
    b = [fv(kv[k]) for k in ("年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率",
                             "基本支出全年预算数（万元）", "基本支出执行数（万元）", "项目支出全年预算数（万元）",
                             "项目支出执行数（万元）")]
    same("h391 budget = gold", tuple(b), gbudget(g))
    same("h391 parts add up; 基本 and the whole under budget (traps)",
         (r2(b[4] + b[6]), r2(b[5] + b[7]), b[5] <= b[4], b[2] <= b[1], b[0] < b[1]), (b[1], b[2], True, True, True))
    same("h391 SPENDING_OVER_BUDGET: 项目支出 执行 over its 全年预算", (b[7] > b[6], r2(b[7] - b[6])), (True, 27.67))
    same("h391 EXECUTION_RATE: the field against 执行 ÷ 全年", (kv["预算执行率"], rate_s(b[2], b[1])), ("99.02%", "99.20%"))
    ind, cur = [], None
    for r in rows:
        if len(r) == 4 and r[0] == "一级指标":
            cur = {"l1": r[1], "l2": r[3]}
        elif cur is not None and len(r) == 2 and r[0] == "三级指标":
            cur["l3"] = r[1]
        elif cur is not None and len(r) == 4 and r[0] == "年度指标值":
            cur["t"], cur["a"] = r[1], r[3]
        elif cur is not None and len(r) == 4 and r[0] == "分值":
            cur["w"], cur["s"] = r[1], r[3]
        elif cur is not None and len(r) == 2 and r[0] == "偏差原因":
            cur["why"] = r[1]
            ind.append([cur["l1"], cur["l2"], cur["l3"], cur["t"], cur["a"], cur["w"], cur["s"], cur["why"]])
            cur = None
    same("h391 明细 blocks numbered 1..n", re.findall(r"绩效指标明细（(\d+)）", ct), [str(k) for k in range(1, len(ind) + 1)])
    C.compare_rows("h391", [r[:7] for r in ind], g)
    tup = tuples(ind)
    same("h391 预算执行率 明细 copies the field; ≥95% either way (trap)",
         (tup[0][4], met(tup[0][3], tup[0][4]), met(tup[0][3], rate_s(b[2], b[1])), tup[0][6]),
         (kv["预算执行率"], True, True, 10.0))
    same("h391 TOTAL_VS_ROWS: 自评总分 (and the approver's comment) against the 明细",
         (kv["自评总分"], r2(sum(x[6] for x in tup)), re.search(r"同意，自评得分([\d.]+)分", ct).group(1)),
         (f"{g['totalScore']:.2f}", 97.61, f"{g['totalScore']:.2f}"))
    same("h391 分值 100; missed rows; met exactly; ceilings (traps)",
         (sum(x[5] for x in tup), Q.missed_rows(tup),
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         (100.0, [("生活垃圾分类准确率", 5.76, 5.76, True), ("村级集体经济经营性收入增长率", 5.95, 5.95, True),
                  ("辖区企业满意度", 4.9, 4.9, True)], ["老旧小区改造"], ["“三公”经费支出"]))
    same("h391 grade", (kv["自评等级"], grade_of(fv(kv["自评总分"])), grade_of(r2(sum(x[6] for x in tup))),
                        re.search(BANDS_RE, ct) is not None), (g["grade"], "优", "优", True))
    print(f"h391: approval print, {n} pages, {len(kv)} label/value rows, {len(ind)} 明细, 自评总分 {kv['自评总分']}")


# ------------------------------------------------------------ h392 DOCX, 三级 stacked as paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_grid(tbl):
    """rows of cells, each cell the LIST of its paragraphs' texts; gridSpan repeats the cell, vMerge continue takes the
    cell above"""
    out = []
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
                vm = (v.get(W + "val") or "continue") if v is not None else None
            paras = ["".join(t.text or "" for t in p_.iter(W + "t")) for p_ in tc.findall(W + "p")]
            for _ in range(span):
                row.append(out[-1][len(row)] if vm == "continue" else paras)
        out.append(row)
    return out


def check392():
    from lxml import etree
    p = path_of("h392")
    g = gold(stem_of(p))
    z = zipfile.ZipFile(p)
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    text = "".join("".join(t.text or "" for t in p_.iter(W + "t")) for p_ in body.iter(W + "p"))
    ident("h392", text, g)
    tbls = body.findall(W + "tbl")
    same("h392 one table", len(tbls), 1)
    grid = docx_grid(tbls[0])
    j = lambda c: "".join(c)  # noqa: E731
    fr = next(k for k, r in enumerate(grid) if j(r[2]) == "年度资金总额")
    fund = [j(c) for c in grid[fr]]
    srcs = [[j(c) for c in grid[k]] for k in range(fr + 1, fr + 4)]
    same("h392 budget = gold", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7]), None, None, None, None), gbudget(g))
    same("h392 sources add up; rates right; none over; fund line 执行率 × 10 (traps)",
         ([k for k in (3, 4, 5) if abs(sum(fv(s_[k]) for s_ in srcs) - fv(fund[k])) > 0.001],
          [s_[2] for s_ in srcs if s_[7] != rate_s(fv(s_[5]), fv(s_[4]))], [s_[2] for s_ in srcs if fv(s_[5]) > fv(s_[4])],
          fund[7] == rate_s(fv(fund[5]), fv(fund[4])), fv(fund[8]) == r2(fv(fund[7]) / 10)), ([], [], [], True, True))
    hr = next(k for k, r in enumerate(grid) if j(r[0]) == "一级指标")
    tr = next(k for k, r in enumerate(grid) if j(r[0]) == "总分")
    stacked = [len(grid[k][2]) for k in range(hr + 1, tr)]
    same("h392 one row per 二级, the 三级 stacked as paragraphs, every cell of a row with as many (trap)",
         (len(stacked), stacked, [k for k in range(hr + 1, tr) if len({len(grid[k][c]) for c in (2, 3, 4, 5, 6, 7)}) != 1]),
         (8, [4, 2, 1, 1, 3, 1, 1, 2], []))
    rows = []
    for k in range(hr + 1, tr):
        r = grid[k]
        for i in range(len(r[2])):
            rows.append([j(r[0]), j(r[1]), r[2][i], r[3][i], r[4][i], r[5][i], r[6][i], r[7][i]])
    C.compare_rows("h392", [["", "", "年度资金总额", "", fund[7], fund[6], fund[8]]] + [r[:7] for r in rows], g)
    tup = tuples(rows)
    trow = [j(c) for c in grid[tr]]
    same("h392 WEIGHTS_VS_FULL_MARK: 10 + the rows' 分值 against the 总分 row's",
         (r2(10 + sum(x[5] for x in tup)), fv(trow[5]), secs_rows(tup)["效益指标"][0]), (98.0, 100.0, 28.0))
    rs = next(x for x in tup if x[2] == "路面病害处治及时率")
    note = re.search(r"未达到的按“实际完成值÷年度指标值×分值”计分", text) is not None
    same("h392 RULE_SCORE: 病害处治及时率 “按完成比例计分” (the 说明's rule) against its 得分",
         (rs[6], P(lead_num(rs[4]), lead_num(rs[3]), rs[5]), "按完成比例计分" in rs[7], note), (5.6, 6.48, True, True))
    tm = next(x for x in tup if x[2] == "沿线农产品运输成本降低")
    same("h392 TARGET_MISSED_FULL_MARKS: 运输成本降低 below target at full marks, no reason",
         (met(tm[3], tm[4]), tm[6] == tm[5], tm[7], P(lead_num(tm[4]), lead_num(tm[3]), tm[5])), (False, True, "", 4.92))
    same("h392 总分 = fund line + rows; missed rows; met exactly; ceilings (traps)",
         (r2(fv(fund[8]) + sum(x[6] for x in tup)), fv(trow[6]),
          [x for x in Q.missed_rows(tup) if x[0] not in ("路面病害处治及时率", "沿线农产品运输成本降低")],
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         (g["totalScore"], g["totalScore"], [("危桥改造", 4.5, 4.5, True), ("客运企业满意度", 4.92, 4.92, True)],
          ["安全生命防护工程"], ["日常养护单位成本"]))
    same("h392 grade", (trow[7], grade_of(fv(trow[6])), grade_of(r2(fv(trow[6]) + 0.88 - 1.08)),
                        re.search(BANDS_RE, text) is not None), (f"自评等级：{g['grade']}", "优", "优", True))
    print(f"h392: DOCX, {len(stacked)} 二级 rows holding {len(rows)} indicators, total {trow[6]}")


# ------------------------------------------------------------ h393 PDF, object streams and a cross-reference stream

def band_grid(p, page, keep):
    """check65's pdf_grid on the rectangles keep() selects (one table of a page with two)"""
    ws, rects = K.pdf_words(p, page), [r for r in K.pdf_rects(p, page) if keep(r)]
    texts = K.cell_texts(ws, rects)
    lefts = sorted({round(r[0], 1) for r in rects} | {round(r[2], 1) for r in rects})
    tops = sorted({round(r[3], 1) for r in rects}, reverse=True)
    grid = []
    for t in tops:
        row = []
        for a, b in zip(lefts, lefts[1:]):
            mid_x = (a + b) / 2
            cell = next((r for r in rects if r[0] - 0.2 <= mid_x <= r[2] + 0.2 and r[3] + 0.2 >= t - 1 >= r[1] - 0.2
                         and r[0] <= mid_x), None)
            row.append(texts.get(cell, "") if cell else "")
        grid.append(row)
    return grid


def xref_stream(raw):
    """{obj: (type, field2, field3)} from the file's cross-reference STREAM, decoded by hand, and its dictionary"""
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", raw).group(1))
    m = re.match(rb"(\d+) 0 obj\s*<<(.*?)>>\s*stream\r?\n", raw[sx:], re.S)
    d = m.group(2).decode("latin-1")
    ln = int(re.search(r"/Length (\d+)", d).group(1))
    data = zlib.decompress(raw[sx + m.end():sx + m.end() + ln])
    w = [int(x) for x in re.search(r"/W \[(\d+) (\d+) (\d+)\]", d).groups()]
    size = int(re.search(r"/Size (\d+)", d).group(1))
    ent = {}
    step = sum(w)
    for k in range(size):
        rec = data[k * step:(k + 1) * step]
        f = [int.from_bytes(rec[sum(w[:i]):sum(w[:i + 1])], "big") for i in range(3)]
        ent[k] = tuple(f)
    return d, ent


def objstm_object(raw, ent, num):
    """the text of object num from its object stream"""
    typ, stm, idx = ent[num]
    off = ent[stm][1]
    m = re.match(rb"\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", raw[off:], re.S)
    d = m.group(1).decode("latin-1")
    ln, first = int(re.search(r"/Length (\d+)", d).group(1)), int(re.search(r"/First (\d+)", d).group(1))
    data = zlib.decompress(raw[off + m.end():off + m.end() + ln])
    head = [int(x) for x in data[:first].split()]
    pairs = list(zip(head[0::2], head[1::2]))
    o, start = pairs[idx]
    assert o == num
    end = pairs[idx + 1][1] if idx + 1 < len(pairs) else len(data) - first
    return data[first + start:first + end].decode("latin-1").strip()


def check393():
    import pikepdf
    p = path_of("h393")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    d, ent = xref_stream(raw)
    root = int(re.search(r"/Root (\d+) 0 R", d).group(1))
    cat = objstm_object(raw, ent, root)
    types = sorted({e[0] for e in ent.values()})
    same("h393 PDF 1.5, no xref table, a cross-reference stream; the catalog in an object stream; nothing readable in "
         "the raw bytes (trap)",
         (raw[:8], b"\nxref\n" in raw, "/Type /XRef" in d, types, ent[root][0], "/Type/Catalog" in cat,
          b"/Type/Page" in raw, b"STSong" in raw, raw.count(b"/Type /ObjStm")),
         (b"%PDF-1.5", False, True, [0, 1, 2], 2, True, False, False, 1))
    pdf = pikepdf.open(p)
    fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    same("h393 pikepdf reads 2 pages; STSong-Light UniGB-UCS2-H not embedded; Producer iText (trap)",
         (len(pdf.pages), sorted({(f.split()[0], f.split()[-5]) for f in fonts}), str(pdf.docinfo.Producer)[:15]),
         (2, [("STSong-Light-UniGB-UCS2-H", "no")], "iText® 5.5.13.3"))
    texts = [Z.page_text(p, k) for k in (1, 2)]
    ct = canon("".join(texts))
    ident("h393", ct, g)
    r1 = K.pdf_rects(p, 1)
    hx, hy = next((w[0], w[1]) for w in K.pdf_words(p, 1) if w[3] == "一级指标")
    cut = min((r for r in r1 if r[0] <= hx <= r[2] and r[1] <= hy <= r[3]), key=lambda r: r[3] - r[1])[3]
    gb = band_grid(p, 1, lambda r: r[1] > cut + 1)  # the budget table above the indicator header
    g1 = band_grid(p, 1, lambda r: r[3] <= cut + 0.5)
    bud = {re.sub("^其中：", "", r[0]): [fv(v) for v in r[1:5]] for r in gb[1:]}
    same("h393 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h393 BREAKDOWN_SUM: 全年执行数 合计 against 基本 + 项目; the 年初 and 全年 columns add up",
         [(k, bud["合计"][k], r2(bud["基本支出"][k] + bud["项目支出"][k])) for k in range(3)
          if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001], [(2, 6108.29, 6081.29)])
    rates = {re.sub("^其中：", "", r[0]): r[4] for r in gb[1:]}
    same("h393 rates right on the printed figures; none over (traps)",
         ([k for k, v in rates.items() if v != rate_s(bud[k][2], bud[k][1])], [k for k, v in bud.items() if v[2] > v[1]]),
         ([], []))
    head = ["一级指标", "二级指标", "三级指标", "计量单位", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    g2 = band_grid(p, 2, lambda r: True)
    same("h393 the indicator header repeated on page 2 (trap)", (g1[0], g2[0]), (head, head))
    body = g1[1:] + [r for r in g2[1:] if r[0] != "总分"]
    same("h393 page 2 starts with 产出指标 again (one group cut by the page break) (trap)",
         (g1[-1][0], g2[1][0]), ("产出指标", "产出指标"))

    def unit(v, u):
        return v + u if v and v[-1].isdigit() else v
    rows = [[r[0], r[1], r[2], unit(r[4], r[3]), unit(r[5], r[3]), r[6], r[7], r[8]] for r in body]
    C.compare_rows("h393", [r[:7] for r in rows], g)
    tup = tuples(rows)
    card = next(r for r in body if r[2] == "社会保障卡持卡人口覆盖率")
    m = re.fullmatch(r"持卡([\d.]+)万人÷常住人口([\d.]+)万人＝([\d.]+%)", card[8])
    same("h393 FORMULA: the 持卡 calculation; the 实际完成值 copies it; ≥98% either way",
         (m.group(3), rate_s(fv(m.group(1)), fv(m.group(2))), card[5] + "%", met(card[4], "98.29")),
         ("98.92%", "98.29%", "98.92%", True))
    zb = next(r for r in body if r[2] == "零工市场求职登记人次增长率")
    same("h393 RATE_OVER_ZERO_BASE: 100% over a 2023 base of 0 (its own note)",
         (zb[5], "求职登记0人次" in zb[8], fv(zb[7]) == fv(zb[6])), ("100", True, True))
    ex = tup[0]
    same("h393 预算执行率 row repeats the 合计's rate; ≥95% either way (traps)",
         (ex[4], met(ex[3], ex[4]), met(ex[3], rate_s(r2(bud["基本支出"][2] + bud["项目支出"][2]), bud["合计"][1])), ex[6]),
         (rates["合计"], True, True, 10.0))
    tot = Z.dedup(next(r for r in g2 if r[0] == "总分"))
    same("h393 总分 = rows; 分值 100; missed rows; met exactly; ceilings (traps)",
         (r2(sum(x[6] for x in tup)), fv(tot[-2]), sum(x[5] for x in tup), Q.missed_rows(tup),
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         (g["totalScore"], g["totalScore"], 100.0,
          [("职业技能培训人次", 5.58, 5.58, True), ("技能人才占就业人员比例", 6.85, 6.85, True)],
          ["就业困难人员实现就业"], ["人均技能培训补贴", "城镇调查失业率"]))
    same("h393 grade", (tot[-1], grade_of(fv(tot[-2])), re.search(BANDS_RE, ct) is not None),
         (f"自评等级：{g['grade']}", "优", True))
    print(f"h393: xref stream with {len(ent)} entries ({sum(e[0] == 2 for e in ent.values())} in the object stream), "
          f"{len(rows)} rows, total {tot[-2]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h389", check389), ("h390", check390), ("h391", check391), ("h392", check392),
                    ("h393", check393)):
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
