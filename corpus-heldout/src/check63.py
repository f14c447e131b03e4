#!/usr/bin/python3
"""Round 63's independent check: re-reads h369–h373 with readers that are not the writers (nothing of reports63.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53, check58, check60 and check62 small
helpers, the PDF rectangle reader, the HTML table reader and the XLSX cell reader) and compares what they read with
gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check63.py [h369 …]
    /usr/bin/python3 -B corpus-heldout/src/check63.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h369 poppler (`pdffonts`, `pdftotext`, `pdftotext -bbox`) and pikepdf for the ruled rectangles (the writer is
reportlab alone), with a text-layer normaliser written here (NFKC on the Kangxi radicals, a table for the simplified
forms of the CJK Radicals Supplement); h370 check60's cell reader (zipfile + lxml) and lxml on the sheet's <controls>,
its relationships, the ctrlProp parts and the VML drawing; h371 the standard library's e-mail parser (policy default:
RFC 2047 headers, base64 and GB18030 decoded by the library) with check53.Tables on the HTML part and a tab reader on the
plain part; h372 zipfile + lxml on word/document.xml and its relationships, Pillow's metafile header reader on the
picture, and an EMF record reader written here (EMR_EXTTEXTOUTW text with its reference point and advance widths,
EMR_MOVETOEX / EMR_LINETO segments; cells found from the ruling around each text); h373 zipfile + lxml on content.xml with
an ODS reader written here that expands table:number-columns-repeated / number-rows-repeated and covered cells (and
stops at the sheet's huge empty tail), beside a naive one-element-one-cell reader.
"""
import copy
import email
import io
import os
import re
import struct
import subprocess
import sys
import unicodedata
import zipfile
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles, the HTML table reader)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)
import check62 as G  # noqa: E402  (rectangle tables)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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
    return [(a, b, c) for a, b, c, _ in Q.missed_rows(rows)]


# ------------------------------------------------------------ h369 PDF, a text layer in Kangxi radicals

SUPP = {"⻅": "见", "⻉": "贝", "⻋": "车", "⻓": "长", "⻔": "门", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马",
        "⻥": "鱼", "⻦": "鸟", "⻨": "麦", "⻩": "黄", "⻬": "齐", "⻰": "龙"}


def unradical(s):
    """the text layer's radicals back to the ideographs the page shows: Kangxi radicals by NFKC (their compatibility
    decomposition), the simplified CJK-Radicals-Supplement forms (no decomposition) by a table; nothing else touched
    (NFKC on the whole text would also turn （ into ( and ： into :)"""
    out = []
    for ch in s:
        cp = ord(ch)
        if 0x2F00 <= cp <= 0x2FDF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(SUPP.get(ch, ch))
    return "".join(out)


def check369():
    p = path_of("h369")
    g = gold(stem_of(p))
    fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True, check=True).stdout
    emb = [ln.split()[0] for ln in fonts.splitlines()[2:] if ln.split()[-5:-2] == ["yes", "yes", "yes"]]
    same("h369 fonts: CJK and Latin subsets embedded with ToUnicode, the title font not embedded",
         (sorted({e.split("+")[1] for e in emb}), "STSong-Light" in fonts), (["DroidSansFallback", "LiberationSerif"], True))
    raw = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    rad = [ch for ch in raw if 0x2E80 <= ord(ch) <= 0x2FDF]
    nfkc = unicodedata.normalize("NFKC", raw)
    same("h369 the text layer reads radicals, not the ideographs shown (trap)",
         (len(rad) > 200, "⽬标⼀" in raw, "目标一" in raw, "项⽬⽀出" in raw, "部⻔" in raw),
         (True, True, False, True, True))
    same("h369 NFKC folds the Kangxi radicals but leaves ⻓ ⻔ ⻅ ⻚ (trap)",
         (sorted({ch for ch in nfkc if 0x2E80 <= ord(ch) <= 0x2FDF}), "目标一" in nfkc),
         (sorted({"⻓", "⻔", "⻅", "⻚"}), True))
    text = unradical(raw)
    flat = text.replace("\n", "")
    same("h369 the title (non-embedded STSong-Light) reads right without help",
         ("2024年郧西县农村供水保障工程" in raw.splitlines()[0], "项目支出绩效评价报告" in raw), (True, True))
    ident("h369", flat, g)
    same("h369 evaluator, 委托", ("委托单位：郧西县财政局" in flat, f"评价机构：{g['evaluator']}" in flat), (True, True))
    tables = []
    for pg in (1, 2, 3):
        words = [(cx, cy, x0, unradical(t)) for cx, cy, x0, t in K.pdf_words(p, pg)]
        rects = K.pdf_rects(p, pg)
        texts = K.cell_texts(words, rects)
        for gp in G.table_groups(rects):
            tables.append(G.grid_of(gp, texts))
    t1 = next(t for t in tables if t and t[0][0] == "资金来源")
    bud = {r[0]: [fv(v) for v in r[1:]] for r in t1[1:]}
    same("h369 表1 合计 = gold budget", tuple(bud["合计"]), gbudget(g)[:4])
    srcs = [v for k, v in bud.items() if k != "合计"]
    same("h369 sources add up, rates right, none over (traps)",
         ([r2(sum(v[k] for v in srcs)) for k in range(3)], [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100))
                                                           > 0.001], [k for k, v in bud.items() if v[2] > v[1]]),
         (bud["合计"][:3], [], []))
    t2 = next(t for t in tables if t and t[0] == ["一级指标", "分值", "得分", "得分率"])
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2[1:-1]]
    same("h369 表2 = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h369 SCORE_RATE: the one wrong 得分率", [(r[0], r[3], rate_s(fv(r[2]), fv(r[1]))) for r in t2[1:]
                                                 if r[3] != rate_s(fv(r[2]), fv(r[1]))], [("效益", "96.54%", "95.64%")])
    t3 = next(t for t in tables if t and t[0][:3] == ["一级指标", "二级指标", "三级指标"])
    body = [r for r in t3[1:] if r[0] != "合计"]
    tot = next(r for r in t3 if r[0] == "合计")
    ind = [(r[0], r[1], r[2], r[4], r[5], r[3], r[6], r[7]) for r in body]
    C.compare_rows("h369", rows_of(ind), g)
    same("h369 评分表 合计", (fv(tot[3]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h369 sections = rows, total = rows (traps)",
         ([(n, r2(sum(x[5] for x in rows_of(ind) if x[0] == n)), r2(sum(x[6] for x in rows_of(ind) if x[0] == n)))
           for n, _, _ in secs], r2(sum(x[6] for x in rows_of(ind)))), (secs, fv(tot[6])))
    tup = [x[:5] + (fv(x[5]), fv(x[6]), x[7]) for x in ind]
    same("h369 missed rows: the 预算执行率 band and the proportion rule (traps)", missed(tup)[1:],
         [("工程按期完工率", 7.82, 7.82), ("受益群众满意度", 5.91, 5.91)])
    fr = next(x for x in tup if x[2] == "预算执行率")
    same("h369 预算执行率 94.76% scores 4 by the band 90%（含）—95% (trap)",
         (fr[4], fr[6], "90%（含）—95%得4分" in flat), ("94.76%", 4.0, True))
    m = re.search(r"项目年度绩效目标为：(.+?)二、评价结论", flat)
    goals = re.findall(r"(目标[一二三四五六])：", m.group(1))
    m4 = re.search(r"四、绩效目标实现情况(.+?)五、存在的问题", flat)
    res = re.findall(r"(目标[一二三四五六])：", m4.group(1))
    parts = re.split(r"目标[一二三四五六]：", m4.group(1))[1:]
    same("h369 GOAL_LABELS: 一（三） sets 目标一–四, 四 reports 目标一, 二, 三, 三 (the fourth on 长效管护)",
         (goals, res, "长效管护机制" in parts[3], "长效管护机制" in m.group(1).split("目标四：")[1]),
         (["目标一", "目标二", "目标三", "目标四"], ["目标一", "目标二", "目标三", "目标三"], True, True))
    pipes = re.findall(r"新建及改造供水管网([\d.]+公里)", flat)
    row = next(x for x in tup if x[2] == "新建及改造供水管网")
    same("h369 SAME_FIGURE_DIFFERS: the goal 360公里, 三 368.5公里, 四 and the row 386.5公里 (≥360 met either way)",
         (pipes, row[4], row[6] == row[5]), (["360公里", "368.5公里", "386.5公里"], "386.5公里", True))
    same("h369 grade", ("评价等级为“优”" in flat, grade_of(fv(tot[6])), re.search(BANDS_RE, flat) is not None),
         (True, g["grade"], True))
    print(f"h369: {len(rad)} radical characters in the text layer, {len(ind)} rows, total {tot[6]}")


# ------------------------------------------------------------ h370 XLSX, form controls

def check370():
    from lxml import etree
    p = path_of("h370")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
    VX = "{urn:schemas-microsoft-com:office:excel}"
    VV = "{urn:schemas-microsoft-com:vml}"
    with zipfile.ZipFile(p) as z:
        rels = {r.get("Id"): r.get("Target") for r in
                etree.fromstring(z.read("xl/worksheets/_rels/sheet1.xml.rels"))}
        ctrls = []
        for c in sh.iter(S + "control"):  # unprefixed in the sheet: the main namespace, inside mc:Choice Requires="x14"
            fr = c.find(f"{S}controlPr/{S}anchor/{S}from")
            cp = etree.fromstring(z.read("xl/" + rels[c.get(RNS + "id")].replace("../", "")))
            ctrls.append({"id": c.get("shapeId"), "name": c.get("name"), "col": int(fr.find(XDR + "col").text),
                          "row": int(fr.find(XDR + "row").text) + 1, "type": cp.get("objectType"),
                          "checked": cp.get("checked") == "Checked", "link": cp.get("fmlaLink")})
        ld = sh.find(S + "legacyDrawing")
        vml = etree.fromstring(z.read("xl/" + rels[ld.get(RNS + "id")].replace("../", "")))
    shapes = {}
    for sp in vml.iter(VV + "shape"):
        cd = sp.find(VX + "ClientData")
        a = [int(v) for v in cd.find(VX + "Anchor").text.split(",")]
        shapes[sp.get("id").replace("_x0000_s", "")] = {
            "type": cd.get("ObjectType"), "checked": (cd.findtext(VX + "Checked") or "0") == "1",
            "link": cd.findtext(VX + "FmlaLink"), "caption": "".join(sp.find(VV + "textbox").itertext()).strip()
            if sp.find(VV + "textbox") is not None else "", "col": a[0], "row": a[2] + 1}
    same("h370 22 controls; ctrlProp and VML agree on type, state, link and cell (trap)",
         (len(ctrls), [c["name"] for c in ctrls if (c["type"].lower().replace("checkbox", "checkbox"),
                                                     c["checked"], c["link"], c["col"], c["row"]) !=
                       (shapes[c["id"]]["type"].lower(), shapes[c["id"]]["checked"], shapes[c["id"]]["link"],
                        shapes[c["id"]]["col"], shapes[c["id"]]["row"])]), (22, []))
    cols = {c.get("min"): c.get("hidden") for c in sh.iter(S + "col")}
    same("h370 the linked cells live in the hidden column K (trap)", cols.get("11"), "1")
    same("h370 project, units", (get(4, 3), get(5, 3), get(5, 8)), (g["project"], g["department"], g["implementingUnit"]))
    ident("h370", "".join(str(v) for v in cells.values()), g)
    attr = [(shapes[c["id"]]["caption"], c["checked"]) for c in ctrls if c["row"] == 6]
    same("h370 项目属性 is the ticked box (trap)", (attr, get(6, 3)), ([("新增项目", False), ("延续项目", True)], None))
    fund = [get(8, c) for c in range(1, 11)]
    srcs = [[get(r, c) for c in range(1, 11)] for r in (9, 10, 11)]
    same("h370 fund line = gold budget", (fund[0], fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         ("年度资金总额",) + gbudget(g)[:4])
    same("h370 sources add up, rates right, none over (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)], [s[7] for s in [fund] + srcs
                                                                  if s[7] != rate_s(fv(s[5]), fv(s[4]))],
          [s[0] for s in srcs if fv(s[5]) > fv(s[4])]), ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], []))
    same("h370 BUDGET_ROW_SCORE: fund line score vs 执行率 × 10", (fv(fund[8]), r2(fv(fund[7]) / 10)), (9.63, 9.36))
    same("h370 indicator header", [get(14, c) for c in range(1, 10)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [[get(r, c) for c in range(1, 10)] for r in range(15, 30)]
    C.compare_rows("h370", [["", "", fund[0], "", fund[7], fund[6], fund[8]]] +
                   rows_of([r[:5] + r[6:8] for r in rows]), g)
    boxes = {c["row"]: (c["checked"], shapes[c["id"]]["caption"], c["link"]) for c in ctrls
             if c["type"] == "CheckBox" and c["col"] == 5}
    same("h370 one 达成 box per row, each linked to its K cell whose value is the box's state (trap)",
         [r for r in range(15, 30) if boxes.get(r, (None, None, None))[1:] != ("达成", f"$K${r}")
          or (get(r, 11) == "1") != boxes[r][0] or rows[r - 15][5]], [])
    tup = [tuple(r[:5]) + (fv(r[6]), fv(r[7]), r[8] or "") for r in rows]
    wrong = [(x[2], x[4], x[3], boxes[15 + i][0]) for i, x in enumerate(tup) if met(x[3], x[4]) is not None
             and met(x[3], x[4]) != boxes[15 + i][0]]
    same("h370 TARGET_MISSED_FULL_MARKS: the one box ticked on a missed target, at full marks with no reason",
         (wrong, next((x[6], x[5], x[7]) for x in tup if x[2] == "中药材质量检测合格率")),
         ([("中药材质量检测合格率", "91.8%", "≥95%", True)], (7.0, 7.0, "")))
    same("h370 missed rows: proportion rule except the ticked one (traps)", missed(tup),
         [("新建中药材标准化种植基地", 6.96, 6.96), ("培训种植户", 5.52, 5.52), ("种苗成活率", 5.62, 5.62),
          ("中药材质量检测合格率", 7.0, 6.76), ("项目完工及时率", 4.0, 4.0), ("带动农户户均增收", 5.88, 5.88),
          ("中药材年产值", 3.92, 3.92), ("带动脱贫人口就业", 4.92, 4.92), ("种植户满意度", 5.64, 5.64),
          ("合作社满意度", 5.36, 5.36)])
    same("h370 total row; total = fund + rows (no TOTAL_VS_ROWS)",
         (get(30, 1), fv(get(30, 7)), fv(get(30, 8)), r2(fv(fund[8]) + sum(x[6] for x in tup))),
         ("总分", g["maxScore"], g["totalScore"], g["totalScore"]))
    radios = [(shapes[c["id"]]["caption"], c["checked"], c["link"]) for c in ctrls if c["type"] == "Radio"]
    gbox = [c for c in ctrls if c["type"] == "GBox"]
    chosen = [cap for cap, ch, _ in radios if ch]
    same("h370 the grade is the selected option button; its linked cell holds its index (trap)",
         (get(31, 1), len(gbox), [cap for cap, _, _ in radios], chosen, {lk for _, _, lk in radios}, get(31, 11)),
         ("自评等级", 1, ["优", "良", "中", "差"], [g["grade"]], {"$K$31"}, str("优良中差".index(chosen[0]) + 1)))
    tot = fv(get(30, 8))
    same("h370 GRADE_OUTSIDE_BANDS: 优 selected, the bands give 良 (also with 9.36, with 6.76)",
         (grade_of(tot), grade_of(r2(tot - 0.27)), grade_of(r2(tot - 0.27 - 0.24)), re.search(BANDS_RE, get(32, 1))
          is not None), ("良", "良", "良", True))
    print(f"h370: {len(ctrls)} form controls ({len(boxes)} row boxes, {len(radios)} option buttons), {len(rows)} rows, "
          f"total {get(30, 8)}, grade {chosen[0]}")


# ------------------------------------------------------------ h371 EML, the form in a Foxmail reply

def check371():
    p = path_of("h371")
    g = gold(stem_of(p))
    with open(p, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=policy.default)
    parts = {pt.get_content_type(): pt for pt in msg.iter_parts()}
    same("h371 a Foxmail reply: RFC 2047 subject, multipart/alternative with plain and HTML parts in GB18030 (trap)",
         (msg.get_content_type(), str(msg["Subject"]), str(msg["X-Mailer"]).startswith("Foxmail"), sorted(parts),
          sorted({pt.get_content_charset() for pt in parts.values()}),
          sorted({pt["Content-Transfer-Encoding"] for pt in parts.values()})),
         ("multipart/alternative", "回复：关于开展2024年度部门整体支出绩效自评工作的通知", True, ["text/html", "text/plain"],
          ["gb18030"], ["base64"]))
    html = parts["text/html"].get_content()
    plain = parts["text/plain"].get_content()
    tb = K.Tables()
    tb.feed(html)
    same("h371 one table in the HTML part", len(tb.tables), 1)
    t = [[c.strip("　 ") for c in r] for r in tb.tables[0]]
    text = "".join(tb.text)
    ident("h371", text, g)
    same("h371 department and year", (t[2][0], t[1][0]), (f"部门名称：{g['department']}", "（2024年度）"))
    cut = next(i for i, r in enumerate(t) if r[0] == "二、绩效指标完成情况")
    bud = {r[0].replace("其中：", ""): [fv(v) for v in r[3:7]] for r in t[:cut] if r[0] in ("合计", "其中：基本支出", "项目支出")}
    same("h371 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h371 parts add up, 基本 / 项目 rates right, none over (traps)",
         ([k for k in range(3) if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001],
          [k for k in ("基本支出", "项目支出") if abs(bud[k][3] - r2(bud[k][2] / bud[k][1] * 100)) > 0.001],
          [k for k, v in bud.items() if v[2] > v[1]]), ([], [], []))
    same("h371 EXECUTION_RATE: 合计 rate printed vs recomputed",
         (f"{bud['合计'][3]:.2f}%", rate_s(bud["合计"][2], bud["合计"][1])), ("97.17%", "97.71%"))
    h = next(i for i, r in enumerate(t) if r[:3] == ["一级指标", "二级指标", "三级指标"])
    e = next(i for i, r in enumerate(t) if r[0] == "合计" and i > h)
    rows = t[h + 1:e]
    C.compare_rows("h371", rows_of(rows), g)
    same("h371 合计 row", (fv(t[e][5]), fv(t[e][6])), (g["maxScore"], g["totalScore"]))
    ss = r2(sum(fv(r[6]) for r in rows))
    same("h371 TOTAL_VS_ROWS: rows vs 合计", (ss, fv(t[e][6])), (97.05, 97.5))
    fr = next(r for r in rows if r[2] == "预算执行率")
    same("h371 the 预算执行率 row copies the printed rate; full marks either way", (fr[4], fr[5] == fr[6].split(".")[0]),
         ("97.17%", True))
    note = next(r[0] for r in t if r[0].startswith("评分说明"))
    m = re.search(r"孕产妇系统管理率每低于年度指标值(\d+)个百分点扣(\d+)分", note)
    mr = next(r for r in rows if r[2] == "孕产妇系统管理率")
    rule = r2(fv(mr[5]) - (lead_num(mr[3]) - lead_num(mr[4])) / int(m.group(1)) * int(m.group(2)))
    same("h371 RULE_SCORE: its own rule (−1 a point) vs the printed proportion score",
         (fv(mr[6]), rule, P(lead_num(mr[4]), lead_num(mr[3]), fv(mr[5]))), (5.83, 3.5, 5.83))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h371 the other missed rows: proportion rule (traps)", [x for x in missed(tup) if x[0] != "孕产妇系统管理率"],
         [("乡村医生培训", 4.5, 4.5), ("县域内就诊率", 6.86, 6.86), ("医务人员满意度", 6.86, 6.86)])
    same("h371 grade and bands; 优 on every total", (next(r[3] for r in t if r[0] == "自评等级"), grade_of(ss),
                                                    grade_of(r2(ss - 5.83 + 3.5)), re.search(BANDS_RE, note) is not None),
         ("优", "优", "优", True))
    prow = [ln.split("\t") for ln in plain.splitlines()]
    ph = next(i for i, r in enumerate(prow) if r[:3] == ["一级指标", "二级指标", "三级指标"])
    pe = next(i for i, r in enumerate(prow) if r[0] == "合计" and i > ph)
    pl, last = [], ["", ""]
    for r in prow[ph + 1:pe]:
        r = (r + [""] * 8)[:8]
        r[0] = r[0] or last[0]
        r[1] = r[1] or last[1]
        last = r[:2]
        pl.append(r)
    same("h371 the plain-text part is the same form again, not a second report (trap)", pl, rows)
    quote = plain[plain.index("发件人："):]
    same("h371 the quoted notice's example figures sit in the quote only (trap)",
         ("执行率93.5%" in quote, "7.87分" in quote, "7.87" in plain[:plain.index("发件人：")]), (True, True, False))
    print(f"h371: {len(rows)} rows in the HTML part and again in the plain part, 合计 {t[e][6]} (rows {ss})")


# ------------------------------------------------------------ h372 DOCX, the 自评表 as an EMF picture

def emf_records(b):
    out, pos = [], 0
    while pos < len(b):
        t, sz = struct.unpack_from("<II", b, pos)
        out.append((t, b[pos:pos + sz]))
        pos += sz
        if t == 14:
            break
    return out


def emf_read(b):
    """segments (x0, y0, x1, y1) and texts (x, y, width, height, string) of an EMF (MOVETOEX / LINETO, EXTTEXTOUTW)"""
    segs, texts, cur, fonts, font = [], [], None, {}, None
    recs = emf_records(b)
    assert recs[0][0] == 1 and recs[0][1][40:44] == b" EMF" and recs[-1][0] == 14
    for t, r in recs:
        if t == 27:
            cur = struct.unpack_from("<ii", r, 8)
        elif t == 54:
            nxt = struct.unpack_from("<ii", r, 8)
            segs.append(cur + nxt)
            cur = nxt
        elif t == 82:
            ih, hgt = struct.unpack_from("<Ii", r, 8)
            fonts[ih] = abs(hgt)
        elif t == 37:
            ih = struct.unpack_from("<I", r, 8)[0]
            font = fonts.get(ih, font)
        elif t == 84:
            x, y, n, off, _ = struct.unpack_from("<iiIII", r, 36)
            off_dx = struct.unpack_from("<I", r, 72)[0]
            s_ = r[off:off + 2 * n].decode("utf-16-le")
            dx = struct.unpack_from(f"<{n}i", r, off_dx)
            texts.append((x, y, sum(dx), font, s_))
    return segs, texts, len(recs)


def emf_cells(segs, texts):
    """{(left, top, right, bottom): text} — each text in the ruled cell around its centre; free texts apart"""
    hs = [(min(a, c), max(a, c), b) for a, b, c, d in segs if b == d]
    vs = [(min(b, d), max(b, d), a) for a, b, c, d in segs if a == c]

    def cell_at(cx, cy):
        lefts = [x for y0, y1, x in vs if y0 <= cy <= y1 and x <= cx]
        rights = [x for y0, y1, x in vs if y0 <= cy <= y1 and x > cx]
        tops = [y for x0, x1, y in hs if x0 <= cx <= x1 and y <= cy]
        bots = [y for x0, x1, y in hs if x0 <= cx <= x1 and y > cy]
        if not (lefts and rights and tops and bots):
            return None
        return (max(lefts), max(tops), min(rights), min(bots))
    got, free = {}, []
    for x, y, w, h, s_ in texts:
        k = cell_at(x + w / 2, y + h / 2)
        if k is None:
            free.append(s_)
        else:
            got.setdefault(k, []).append((y, x, s_))
    return {k: "".join(s_ for _, _, s_ in sorted(v)) for k, v in got.items()}, free, cell_at


def check372():
    from lxml import etree
    from PIL import Image
    p = path_of("h372")
    g = gold(stem_of(p))
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    with zipfile.ZipFile(p) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        rels = {r.get("Id"): r.get("Target") for r in etree.fromstring(z.read("word/_rels/document.xml.rels"))}
        ct = z.read("[Content_Types].xml").decode()
        blips = [b.get(RNS + "embed") for b in doc.iter(A + "blip")]
        emf = z.read("word/" + rels[blips[0]])
    body = doc.find(W + "body")
    paras = ["".join(t.text or "" for t in x.iter(W + "t")) for x in body.findall(W + "p")]
    flat = "".join(paras)
    tbls = body.findall(W + "tbl")
    same("h372 one Word table (表1); the 自评表 is one picture, an EMF part (trap)",
         (len(tbls), len(blips), rels[blips[0]], 'Extension="emf" ContentType="image/x-emf"' in ct
          or 'PartName="/word/media/image1.emf" ContentType="image/x-emf"' in ct), (1, 1, "media/image1.emf", True))
    alltext = "".join(t.text or "" for t in doc.iter(W + "t"))
    same("h372 no w:t holds the 自评表's head or its 小计 rows (trap)", ("偏差原因分析" in alltext, "小计" in alltext),
         (False, False))
    im = Image.open(io.BytesIO(emf))
    same("h372 Pillow reads the picture as a metafile", (im.format, im.size[0] > 700), ("WMF", True))
    ident("h372", flat, g)
    t1 = [["".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.findall(W + "tc")] for tr in tbls[0].findall(W + "tr")]
    bud = {r[0]: [fv(v) for v in r[1:]] for r in t1[1:]}
    same("h372 表1 = gold budget", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                   bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h372 BREAKDOWN_SUM: only 执行 fails to add",
         [(k, r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["合计"][k]) for k in range(3)
          if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001], [(2, 9366.89, 9368.69)])
    same("h372 rates on the printed figures right, none over (traps); 二 repeats the 合计",
         ([k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001], [k for k, v in bud.items() if v[2] > v[1]],
          "全年执行9,368.69万元" in flat, rate_s(9366.89, bud["合计"][1])), ([], [], True, "96.76%"))
    segs, texts, nrec = emf_read(emf)
    cells, free, cell_at = emf_cells(segs, texts)
    xs = sorted({a for a, b, c, d in segs if a == c})
    same("h372 EMF: 9 column rulings, title and head lines outside the grid (trap)",
         (len(xs), free[:2], any(s_.startswith("填报单位") and g["department"] in s_ for s_ in free)),
         (9, ["部门整体支出绩效自评表", "（2024年度）"], True))
    mid = [(xs[k] + xs[k + 1]) / 2 for k in range(8)]
    c3 = mid[2]
    ys = sorted({b for a, b, c, d in segs if b == d and min(a, c) <= c3 <= max(a, c)})
    grid = []
    for y0, y1 in zip(ys, ys[1:]):
        row = []
        for x in mid:
            k = cell_at(x, (y0 + y1) / 2)
            row.append(cells.get(k, "") if k else "")
        grid.append(row)
    same("h372 EMF header row", grid[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                           "偏差原因分析"])
    rows = [r for r in grid[1:] if r[2] not in ("小计", "合计", "自评等级") and r[0] not in ("合计", "自评等级")]
    subs = [r for r in grid if r[2] == "小计"]
    C.compare_rows("h372", rows_of(rows), g)
    secs = [(r[0], fv(r[5]), fv(r[6])) for r in subs]
    same("h372 小计 rows = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    bad = [(n, s_, r2(sum(fv(r[6]) for r in rows if r[0] == n))) for n, w, s_ in secs
           if abs(s_ - sum(fv(r[6]) for r in rows if r[0] == n)) > 0.001]
    same("h372 SECTION_VS_ROWS: the one stale 小计", bad, [("效益", 24.88, 23.88)])
    tot = next(r for r in grid if r[0] == "合计")
    ss = r2(sum(fv(r[6]) for r in rows))
    same("h372 合计 = rows = 四's score (no TOTAL_VS_ROWS)", (fv(tot[5]), fv(tot[6]), ss, f"自评得分{tot[6]}分" in flat),
         (g["maxScore"], g["totalScore"], g["totalScore"], True))
    br = next(r for r in rows if r[2] == "危桥改造")
    m = re.search(r"全年计划改造危桥(\d+)座，完成(\d+)座", flat)
    same("h372 NARRATIVE_NOT_DONE_FULL_MARKS: 按计划完成 at full 6, 三 says 4 of 5 (五 names the bridge)",
         (br[4], br[5] == br[6].split(".")[0], br[7], m.groups(), "长岭桥危桥改造受汛期影响未能按期完工" in flat),
         ("按计划完成", True, "", ("5", "4"), True))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h372 missed rows: proportion rule (traps)", missed(tup),
         [("县乡道路面大中修", 5.64, 5.64), ("服务对象满意度", 6.88, 6.88)])
    full = "部分公路附属设施未及时登记入账"
    same("h372 a wrapped 偏差原因 is two text records (two lines) in one cell, joined by the cell reader (trap)",
         (len([s_ for x, y, w, h, s_ in texts if full.startswith(s_) and s_ != full]) >= 1,
          next(r[7] for r in rows if r[2] == "资产管理规范性")), (True, full))
    gr = next(r for r in grid if r[0] == "自评等级")
    same("h372 grade", (gr[3], grade_of(ss), grade_of(r2(ss - 6 + 4.8)), "自评等级为“优”" in flat), ("优", "优", "优", True))
    print(f"h372: EMF {len(emf)} bytes, {nrec} records, {len(texts)} text runs, {len(segs)} segments; {len(rows)} rows, "
          f"4 小计, total {tot[6]}")


# ------------------------------------------------------------ h373 ODS with repeated cells

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def ods_text(c):
    return "\n".join("".join(p.itertext()) for p in c.findall(TX + "p"))


def ods_read(path):
    """the first table as a grid of shown texts: repeats expanded, covered cells filled from their spanning cell; an
    empty row repeated more than 100 times (the sheet's tail) and empty cells repeated more than 100 times are not
    expanded. Also returns the raw elements per row and the tail's repeat count."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        root = etree.fromstring(z.read("content.xml"))
    tab = root.find(f".//{T}table")
    grid, raw, tail, spans_ = [], [], None, {}
    for tr in tab.findall(T + "table-row"):
        nrep = int(tr.get(T + "number-rows-repeated", "1"))
        elems = [c for c in tr if c.tag in (T + "table-cell", T + "covered-table-cell")]
        empty = all(c.tag == T + "table-cell" and not ods_text(c) for c in elems)
        if empty and nrep > 100:
            tail = (nrep, [int(c.get(T + "number-columns-repeated", "1")) for c in elems])
            continue
        for _ in range(nrep):
            row = []
            for c in elems:
                n = int(c.get(T + "number-columns-repeated", "1"))
                if n > 100 and not ods_text(c):
                    continue
                for _k in range(n):
                    r_, k_ = len(grid), len(row)
                    if c.tag == T + "covered-table-cell":
                        row.append(spans_.get((r_, k_), ""))
                    else:
                        t = ods_text(c)
                        row.append(t)
                        cs = int(c.get(T + "number-columns-spanned", "1"))
                        rs = int(c.get(T + "number-rows-spanned", "1"))
                        for dr in range(rs):
                            for dc in range(cs):
                                if dr or dc:
                                    spans_[(r_ + dr, k_ + dc)] = t
            grid.append(row)
            raw.append(elems)
    return grid, raw, tail


def check373():
    p = path_of("h373")
    g = gold(stem_of(p))
    grid, raw, tail = ods_read(p)
    get = lambda r, c: grid[r - 1][c - 1] if r - 1 < len(grid) and c - 1 < len(grid[r - 1]) else ""  # noqa: E731
    same("h373 the sheet's tail: one empty row repeated 1,048,543 times with 1,024 empty cells (trap)",
         (tail, len(grid)), ((1048543, [1024]), 33))
    same("h373 every row 9 cells wide once repeats are expanded", sorted({len(r) for r in grid}), [9])
    ident("h373", "".join("".join(r) for r in grid), g)
    same("h373 project, units", (get(4, 3), get(5, 3), get(5, 5), get(5, 6), get(3, 1)),
         (g["project"], g["department"], "实施单位", g["implementingUnit"], f"填报单位（盖章）：{g['implementingUnit']}"))
    fund = [get(7, c) for c in range(1, 10)]
    srcs = [[get(r, c) for c in range(1, 10)] for r in (8, 9, 10)]
    same("h373 fund line = gold budget", (fund[0], fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         ("年度资金总额",) + gbudget(g)[:4])
    same("h373 sources add up, rates right, none over; fund score = 执行率 × 10 (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)], [s[7] for s in [fund] + srcs
                                                                  if s[7] != rate_s(fv(s[5]), fv(s[4]))],
          [s[0] for s in srcs if fv(s[5]) > fv(s[4])], fv(fund[8]) == r2(fv(fund[7]) / 10)),
         ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], [], True))
    rep = [(r + 1, [int(c.get(T + "number-columns-repeated", "1")) for c in raw[r]]) for r in (7, 9)]
    same("h373 年初 = 全年 stored once, repeated twice (中央, 县级 lines; trap)", [max(x[1]) for x in rep], [2, 2])
    same("h373 indicator header", [get(13, c) for c in range(1, 9)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [[get(r, c) for c in range(1, 9)] for r in range(14, 29)]
    C.compare_rows("h373", [["", "", fund[0], "", fund[7], fund[6], fund[8]]] + rows_of(rows), g)
    folded = []
    for i in range(15):
        el = raw[13 + i]
        col, pair = 0, None
        for c in el:
            n = int(c.get(T + "number-columns-repeated", "1"))
            if col <= 5 < col + n:
                pair = col + n > 6
            col += n
        naive = [ods_text(c) for c in el]
        folded.append((rows[i][2], rows[i][5] == rows[i][6], pair, naive[6] if len(naive) > 6 else None))
    same("h373 a row's 分值 | 得分 are ONE element (repeated twice) exactly when they are equal (trap)",
         [f[0] for f in folded if f[1] != f[2]], [])
    same("h373 …so a one-element-one-cell reader misreads the 得分 of every full-mark row (and of rows whose 一级 and "
         "二级 are both covered: two covered cells are one element too), 12 of the 15 (trap)",
         ({f[3] == rows[i][6] for i, f in enumerate(folded) if f[2]}, sum(1 for i, f in enumerate(folded)
                                                                         if f[3] != rows[i][6])), ({False}, 12))
    tot = [get(29, c) for c in range(1, 10)]
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h373 总分 row; total = fund + rows as printed (no TOTAL_VS_ROWS)",
         (tot[0], fv(tot[5]), fv(tot[6]), tot[7], r2(fv(fund[8]) + sum(x[6] for x in tup))),
         ("总分", g["maxScore"], g["totalScore"], "自评等级：优", g["totalScore"]))
    over = [(x[2], x[6], x[5], x[7]) for x in tup if x[6] > x[5]]
    note = get(32, 1)
    same("h373 ROW_SCORE_OVER_WEIGHT: 8.5 of 8, the 说明 has no bonus", (over, "加分" in note or "加0.5" in note),
         ([("造林成活率", 8.5, 8.0, "超额完成目标，加0.5分")], False))
    lost = [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]]
    same("h373 TARGET_MET_POINTS_LOST: met, a point lost, no reason", lost, [("周边群众满意度", 4.0, 5.0, "")])
    m = re.search(r"林木保存率≥(\d+)%得满分，(\d+)%（含）—(\d+)%得(\d+)分，(\d+)%以下不得分", note)
    top, lo2, hi2, lo3 = int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(5))
    same("h373 MALFORMED_RULE: nothing between band 2's top and band 1's floor", (lo3 == lo2, hi2 < top, f"{hi2}%–{top}%"),
         (True, True, "75%–80%"))
    keep = next(x for x in tup if x[2] == "林木保存率")
    same("h373 the row is in the top band (trap)", (lead_num(keep[4]) >= top, keep[6] == keep[5]), (True, True))
    same("h373 missed rows: proportion rule (traps)", missed(tup),
         [("带动务工增收", 4.68, 4.68), ("护林员满意度", 4.78, 4.78)])
    same("h373 grade on any reading", (grade_of(fv(tot[6])), grade_of(r2(fv(tot[6]) - 0.5 + 1)),
                                       re.search(BANDS_RE, note) is not None), ("优", "优", True))
    print(f"h373: {len(grid)} rows shown ({sum(1 for f in folded if f[2])} indicator rows with 分值 | 得分 folded), "
          f"tail {tail[0]} empty rows, total {tot[6]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h369", check369), ("h370", check370), ("h371", check371), ("h372", check372),
                    ("h373", check373)):
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
