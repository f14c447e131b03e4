#!/usr/bin/python3
"""Round 58's independent check: re-reads h344–h348 with readers that are not the writers (nothing of reports58.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 its readers) and compares what they
read with gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 corpus-heldout/src/check58.py [h344 …]
Readers: h344 zipfile + lxml on word/document.xml written here for SMART TAGS: a paragraph's text is every w:t under
it in document order (the runs inside w:smartTag included), gridSpan / vMerge resolved; the text a reader of direct runs
only would get is computed too, to show what the tags hide; h345 poppler (`pdftotext -bbox` words) with pikepdf for the
stroked rectangles and the ANNOTATIONS: words under a white Square annotation dropped, each FreeText annotation's
/Contents placed at its rectangle, then the words laid in the cells (check53.cell_texts); the page also rendered by
pdftoppm with and without annotations, the pixels that differ located; h346 zipfile + lxml on sheet1 and styles
written here for FORMATTING REVISIONS: an inline rich string read as its runs without a <strike/>, a cell whose font has
strike read as deleted, a row deleted in every cell dropped, merges filled; h347 the standard library's html.parser
(check53.Tables) on the page as saved, the text compared with the gold as printed (traditional), folded to simplified by
`opencc -c tw2s` (Debian package opencc; required) for the sentences the check searches; h348 check53.xlsx_cells for the
cells and lxml on xl/drawings/drawing1.xml for the TEXT BOXES (each xdr:sp's paragraphs, its anchor cells).
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (readers: xlsx_cells, pdf_words, pdf_rects, cell_texts, Tables)

same, gold = C.same, C.gold
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def stem_of(p):
    return os.path.splitext(os.path.basename(p))[0]


def lead_num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", str(s).replace(",", ""))
    return float(m.group(0)) if m else None


def met(target, actual):
    """a quantitative target (“≥85%”, “≤3%”, “100%”) against an actual; None when not comparable"""
    t, a = lead_num(target), lead_num(actual)
    if t is None or a is None or not re.match(r"^[≥≤]?\d", str(target)):
        return None
    return a <= t if str(target).startswith("≤") else a >= t


def P(a, t, w):
    return r2(w * a / t)


def rate_s(x, y):
    return f"{x / y * 100 + 1e-9:.2f}%"


def missed_rows(rows):
    """(三级, 得分, proportion-rule score, has reason) for every quantitative row below its target"""
    out = []
    for x in rows:
        if met(x[3], x[4]) is False:
            t, a = lead_num(x[3]), lead_num(x[4])
            rule = P(t, a, x[5]) if x[3].startswith("≤") else P(a, t, x[5])
            out.append((x[2], x[6], rule, bool(x[7])))
    return out


# ------------------------------------------------------------ h344 DOCX, figures inside Word smart tags

def p_text(p):
    """a paragraph as Word shows it: every w:t under it, smart tags included"""
    return "".join(t.text or "" for t in p.iter(W + "t"))


def p_direct(p):
    """what a reader of the paragraph's own runs only gets (python-docx's Paragraph.text): smart tags skipped"""
    return "".join(t.text or "" for r in p.findall(W + "r") for t in r.findall(W + "t"))


def tc_text(tc, fn):
    return "".join(fn(p) for p in tc.findall(W + "p")).strip()


def tbl_grid(tbl, fn):
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
            txt = tc_text(tc, fn)
            if vm == "continue" and prev is not None:
                txt = prev[col]
            row += [txt] * span
            col += span
        out.append(row)
        prev = row
    return out


def check344():
    from lxml import etree
    p = path_of("h344")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        settings = z.read("word/settings.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
    body = root.find(W + "body")
    paras = [p_text(x) for x in body.findall(W + "p")]
    flat = canon("".join(paras))
    ident("h344", flat + canon("".join(t.text or "" for t in root.iter(W + "t"))), g)
    tags = list(root.iter(W + "smartTag"))
    kinds = {}
    stale = []
    for t in tags:
        kinds[t.get(W + "element")] = kinds.get(t.get(W + "element"), 0) + 1
        attrs = {a.get(W + "name"): a.get(W + "val") for a in t.iter(W + "attr")}
        vis = p_text(t)
        if t.get(W + "element") == "chmetcnv":
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(\D+)", vis)
            if (attrs["SourceValue"], attrs["UnitName"]) != (m.group(1), m.group(2)):
                stale.append((vis, attrs["SourceValue"]))
        else:
            m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", vis)
            same(f"h344 chsdate {vis} attributes", (attrs["Year"], attrs["Month"], attrs["Day"]), m.groups())
        same(f"h344 tag {vis} uri", t.get(W + "uri"), "urn:schemas-microsoft-com:office:smarttags")
    same("h344 smart tag types declared in the settings", ("w:name=\"chmetcnv\"" in settings,
                                                           "w:name=\"chsdate\"" in settings), (True, True))
    same("h344 saved as Word 2007 (app.xml)", "<AppVersion>12.0000</AppVersion>" in app, True)
    same("h344 one stale SourceValue (trap: the visible 32600 is the figure)", stale, [("32600平方米", "31600")])
    # every metric figure and full date of the text sits inside a tag: none is left in a direct run
    direct_all = "".join(p_direct(x) for x in root.iter(W + "p"))
    same("h344 no unit figure or date outside a tag",
         re.findall(r"\d+(?:\.\d+)?(?:平方米|公里)|\d{4}年\d{1,2}月\d{1,2}日", direct_all), [])
    tbls = body.findall(W + "tbl")
    same("h344 one table (the 附件 form)", len(tbls), 1)
    t = tbl_grid(tbls[0], p_text)
    td = tbl_grid(tbls[0], p_direct)
    fh = next(i for i, r in enumerate(t) if r[0] == "部门预算资金（万元）")
    same("h344 fund header", t[fh][2:], ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    lines = {r[0].strip("\u3000").replace("其中：", ""): r for r in t[fh + 1:fh + 4]}
    b, bb, bp = lines["年度资金总额"], lines["基本支出"], lines["项目支出"]
    same("h344 budget", (fv(b[2]), fv(b[3]), fv(b[4]), fv(b[6]), fv(bb[3]), fv(bb[4]), fv(bp[3]), fv(bp[4])),
         gbudget(g))
    same("h344 parts add up, under budget (traps)",
         ([r2(fv(bb[k]) + fv(bp[k])) for k in (2, 3, 4)], fv(bb[4]) < fv(bb[3]), fv(bp[4]) < fv(bp[3])),
         ([fv(b[2]), fv(b[3]), fv(b[4])], True, True))
    same("h344 fund rates (planted EXECUTION_RATE on 基本支出)",
         [(k, x[6], rate_s(fv(x[4]), fv(x[3]))) for k, x in lines.items() if x[6] != rate_s(fv(x[4]), fv(x[3]))],
         [("基本支出", "99.70%", "99.07%")])
    same("h344 fund line = 执行率 × 10", fv(b[7]), r2(fv(b[6]) / 10))
    hdr = next(i for i, r in enumerate(t) if r[0] == "一级指标")
    rows = [(None, None, "年度资金总额", None, b[6], fv(b[5]), fv(b[7]), "")]
    i = hdr + 1
    while t[i][0] != "总分":
        r = t[i]
        rows.append((r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6]), r[7]))
        i += 1
    tot = t[i]
    C.compare_rows("h344", rows, g, canon)
    lost = [(t[k][2], t[k][3], td[k][3], t[k][4], td[k][4]) for k in range(hdr + 1, i)
            if (t[k][3], t[k][4]) != (td[k][3], td[k][4])]
    same("h344 what a direct-runs reader loses in the table (the tagged figures)",
         [(x[0], x[2], x[4]) for x in lost],
         [("农村公路日常养护里程", "≥", ""), ("县乡道路面大中修", "≥", ""), ("农村公路安全生命防护工程", "≥", ""),
          ("新改建农村公路", "≥", ""), ("公路绿化面积", "≥", ""), ("大中修工程完工时间", "前", "")])
    same("h344 总分 row", (fv(tot[5]), fv(tot[6]), tot[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h344 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    rd = {x[2]: x for x in rows}
    m = re.search(r"农村公路安全生命防护工程([\d.]+公里)", flat)
    done = next(r[2] for r in t if r[1] == "实际完成情况")
    m2 = re.search(r"农村公路安全生命防护工程([\d.]+公里)", done)
    same("h344 三 against the table and 实际完成情况 (planted SAME_FIGURE_DIFFERS)",
         (m.group(1), rd["农村公路安全生命防护工程"][4], m2.group(1)), ("126.5公里", "125.6公里", "125.6公里"))
    others = {"农村公路日常养护": "1286.5公里", "县乡道路面大中修": "46.5公里", "新改建农村公路": "15.8公里",
              "完成公路绿化": "32600平方米"}
    same("h344 三's other figures agree with the table (trap)",
         {k: re.search(k + r"([\d.]+(?:公里|平方米))", flat).group(1) for k in others}, others)
    same("h344 missed rows (planted TARGET_MISSED_FULL_MARKS on 大中修; the other in proportion)",
         missed_rows(rows[1:]), [("县乡道路面大中修", 6, 5.81, False), ("新能源公交车占比", 3.89, 3.89, True)])
    same("h344 met exactly (trap)", [x[2] for x in rows[1:] if x[3] and x[3].startswith("≥") and
                                     lead_num(x[3]) == lead_num(x[4])], ["危桥改造"])
    ct = rd["大中修工程完工时间"]
    same("h344 完工时间 met (trap)", (ct[3], ct[4], ct[6] == ct[5]), ("2024年11月30日前", "2024年11月26日", True))
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", flat)
    same("h344 四: total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    print(f"h344: {len(tags)} smart tags {kinds}, {len(rows)} rows (fund line + {len(rows) - 1}), {len(lost)} rows "
          f"lose their figures without the tags, total {g['totalScore']}")


# ------------------------------------------------------------ h345 PDF corrected with annotations

def annots_of(path):
    import pikepdf
    pdf = pikepdf.open(path)
    out = []
    for a in pdf.pages[0].get("/Annots", []):
        rect = [float(v) for v in a.Rect]
        out.append({"type": str(a.Subtype)[1:], "rect": (min(rect[0], rect[2]), min(rect[1], rect[3]),
                                                         max(rect[0], rect[2]), max(rect[1], rect[3])),
                    "contents": str(a.get("/Contents", "")), "ic": [float(v) for v in a.get("/IC", [])],
                    "it": str(a.get("/IT", "")), "flags": int(a.get("/F", 0)), "has_ap": "/AP" in a,
                    "popup": "/Popup" in a})
    return out


def grid_rows(cells, heads):
    """rows of the ruled table whose header cells read heads: (bottom y, [cell text by column]); a row is a run of
    cells sharing the 三级 column's vertical extent, spanning cells found by overlap"""
    hc = {t: r for r, t in cells.items() if t in heads}
    if sorted(hc) != sorted(heads):
        return None
    cols = [hc[h] for h in heads]
    hb = min(r[1] for r in cols)
    key = cols[2]
    body = [(r, t) for r, t in cells.items() if r[3] <= hb + 0.5 and r[0] >= cols[0][0] - 0.5]
    rows = []
    for r, t in body:
        if abs(r[0] - key[0]) < 0.5 and abs(r[2] - key[2]) < 0.5:
            ym = (r[1] + r[3]) / 2
            vals = []
            for c in cols:
                hit = [tt for rr, tt in body if rr[0] - 0.5 <= c[0] and c[2] <= rr[2] + 0.5 and rr[1] <= ym <= rr[3]]
                vals.append(hit[0] if hit else "")
            rows.append((r[1], vals))
    rows.sort(key=lambda x: -x[0])
    return rows


def check345():
    from PIL import Image, ImageChops
    p = path_of("h345")
    g = gold(stem_of(p))
    ann = annots_of(p)
    squares = [a for a in ann if a["type"] == "Square"]
    frees = [a for a in ann if a["type"] == "FreeText"]
    notes = [a for a in ann if a["type"] == "Text"]
    same("h345 annotations: white-outs, typewriter texts, a sticky note with its popup",
         (len(squares), [a["ic"] for a in squares], len(frees), {a["it"] for a in frees}, len(notes),
          [a["popup"] for a in notes], sum(a["type"] == "Popup" for a in ann)),
         (3, [[1.0, 1.0, 1.0]] * 3, 3, {"/FreeTextTypewriter"}, 1, [True], 1))
    same("h345 every white-out and typewriter text printable with an appearance",
         all(a["flags"] & 4 and a["has_ap"] for a in squares + frees), True)
    same("h345 each typewriter text lies on a white-out", [any(abs(f["rect"][k] - s["rect"][k]) < 0.01 for s in squares
                                                               for k in range(4)) for f in frees], [True] * 3)
    # pdftotext also draws the annotations' appearance streams: the page content's own words are read from a copy
    # without the /Annots (what a reader that ignores annotations gets), the typewriter texts from their /Contents
    import pikepdf
    tmp = tempfile.mkdtemp(prefix="check58_")
    bare = os.path.join(tmp, "bare.pdf")
    with pikepdf.open(p) as pdf:
        del pdf.pages[0].obj["/Annots"]
        pdf.save(bare)
    words = K.pdf_words(bare, 1)
    both = K.pdf_words(p, 1)
    same("h345 pdftotext reads the typewriter texts AND the covered figures (both on its text layer)",
         sorted(w[3] for w in both if w[3] in ("8.4天", "8.7天", "4.89", "2025年4月3日", "2025年4月8日")),
         ["2025年4月3日", "2025年4月8日", "4.89", "8.4天", "8.7天"])
    covered = [w for w in words if any(s["rect"][0] <= w[0] <= s["rect"][2] and s["rect"][1] <= w[1] <= s["rect"][3]
                                       for s in squares)]
    same("h345 the printed words under the white-outs (the page content: not what the page shows)",
         sorted(w[3] for w in covered), sorted(["8.4天", "5", "2025年4月3日"]))
    seen = [w for w in words if w not in covered]
    seen += [((f["rect"][0] + f["rect"][2]) / 2, (f["rect"][1] + f["rect"][3]) / 2, f["rect"][0], f["contents"])
             for f in frees]
    rects = K.pdf_rects(p, 1)
    cells = K.cell_texts(seen, rects)
    raw_cells = K.cell_texts(words, rects)
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h345", text, g)
    fund = K.cell_texts(seen, rects)
    fh = next(r for r, t in fund.items() if t == "项目资金（万元）")
    fund_rows = {}
    for r, t in fund.items():
        if abs(r[0] - fh[0]) < 0.5 and abs(r[2] - fh[2]) < 0.5 and r[3] < fh[1] + 0.5 and t != "项目资金（万元）":
            ym = (r[1] + r[3]) / 2
            vals = [tt for rr, tt in sorted(fund.items(), key=lambda x: x[0][0]) if rr[1] <= ym <= rr[3]
                    and rr[0] >= r[2] - 0.5 and rr[3] - rr[1] < 40]
            fund_rows[t.strip("\u3000").replace("其中：", "")] = vals
    fund_rows = {k: v for k, v in fund_rows.items() if k in ("年度资金总额", "中央补助资金", "省级补助资金", "县级财政资金")}
    b = fund_rows.pop("年度资金总额")
    same("h345 budget", (fv(b[0]), fv(b[1]), fv(b[2]), fv(b[4])) + (None,) * 4, gbudget(g))
    same("h345 sources add up, rates right", ([r2(sum(fv(x[k]) for x in fund_rows.values())) for k in (0, 1, 2)],
                                             [k for k, x in fund_rows.items() if x[4] != rate_s(fv(x[2]), fv(x[1]))]),
         ([fv(b[0]), fv(b[1]), fv(b[2])], []))
    same("h345 sources over their budget (planted SPENDING_OVER_BUDGET)",
         [(k, x[2], x[1]) for k, x in fund_rows.items() if fv(x[2]) > fv(x[1])], [("县级财政资金", "612.40", "600.00")])
    same("h345 fund line = 执行率 × 10", fv(b[5]), r2(fv(b[4]) / 10))
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = grid_rows(cells, heads)
    raw = grid_rows(raw_cells, heads)
    rows = [(None, None, "年度资金总额", None, b[4], fv(b[3]), fv(b[5]), "")]
    rows += [(v[0], v[1], v[2], v[3], v[4], fv(v[5]), fv(v[6]), v[7]) for _, v in body]
    C.compare_rows("h345", rows, g, canon)
    tot = next(t for r, t in cells.items() if t == "总分")
    totr = next(r for r, t in cells.items() if t == "总分")
    ym = (totr[1] + totr[3]) / 2
    tl = [t for r, t in sorted(cells.items(), key=lambda x: x[0][0]) if r[1] <= ym <= r[3]]
    same("h345 总分 line", (tot, fv(tl[1]), fv(tl[2]), tl[3]), ("总分", g["maxScore"], g["totalScore"],
                                                                f"自评等级：{g['grade']}"))
    vis, old = r2(sum(x[6] for x in rows)), r2(fv(b[5]) + sum(fv(v[6]) for _, v in raw))
    same("h345 总分 against the rows as shown and as printed under the white-outs (planted TOTAL_VS_ROWS)",
         (g["totalScore"], vis, old), (97.17, 97.06, 97.17))
    rd = {x[2]: x for x in rows}
    stay = rd["平均住院日"]
    same("h345 the corrected row follows the 说明's ceiling rule (trap)", (stay[4], stay[6], P(8.5, 8.7, 5)),
         ("8.7天", 4.89, 4.89))
    same("h345 missed rows against the rules (planted RULE_SCORE on 远程会诊)", missed_rows(rows[1:]),
         [("医务人员进修培训", 4.6, 4.6, True), ("县域医共体远程会诊", 4, 4.5, True), ("平均住院日", 4.89, 4.89, False)])
    same("h345 说明: the ceiling rule printed", "超过的按“年度指标值÷实际完成值×分值”计分" in flat, True)
    same("h345 met exactly (trap)", [x[2] for x in rows[1:] if x[3] and x[3].startswith("≥") and
                                     lead_num(x[3]) == lead_num(x[4])], ["重点专科建设"])
    date = next(f["contents"] for f in frees if "年" in f["contents"])
    same("h345 填报日期 as shown", date, "2025年4月8日")
    same("h345 the sticky note is a comment (its text not on the page)", ("原填8.4天" in notes[0]["contents"],
                                                                        "原填8.4天" in flat), (True, False))
    # the page rendered with and without its annotations: the pixels that differ lie in the annotations' rectangles
    dpi = 72
    for tag, extra in (("a", []), ("h", ["-hide-annotations"])):
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", *extra, p, os.path.join(tmp, tag)], check=True)
    ia, ih = (Image.open(os.path.join(tmp, f"{t}-1.png")).convert("L") for t in ("a", "h"))
    diff = ImageChops.difference(ia, ih).point(lambda v: 255 if v > 40 else 0)
    Hh = ia.size[1]
    boxes = [a["rect"] for a in ann if a["type"] in ("Square", "FreeText", "Text")]
    px = diff.load()
    outside, inside = 0, {k: 0 for k in range(len(boxes))}
    for y in range(ia.size[1]):
        for x in range(ia.size[0]):
            if px[x, y]:
                hit = [k for k, (x0, y0, x1, y1) in enumerate(boxes)
                       if x0 - 2 <= x <= x1 + 2 and Hh - y1 - 2 <= y <= Hh - y0 + 2]
                if not hit:
                    outside += 1
                for k in hit:
                    inside[k] += 1
    same("h345 rendering: annotations change the page only inside their rectangles, and every one shows",
         (outside, all(v > 0 for v in inside.values())), (0, True))
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    os.rmdir(tmp)
    print(f"h345: {len(ann)} annotations, {len(rows)} rows as shown (fund line + {len(rows) - 1}), total "
          f"{g['totalScore']} against {vis} shown / {old} printed")


# ------------------------------------------------------------ h346 XLSX, revisions marked by strike and red

def xlsx_revised(path):
    """{(row, col): (accepted text or number, struck text or None, whole cell struck)} and the merges"""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        sh = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
        st = etree.fromstring(z.read("xl/styles.xml"))
    fonts = st.find(S + "fonts").findall(S + "font")
    fstrike = [f.find(S + "strike") is not None and f.find(S + "strike").get("val", "1") not in ("0", "false")
               for f in fonts]
    fcolor = [(f.find(S + "color").get("rgb") if f.find(S + "color") is not None else None) for f in fonts]
    codes = {9: "0%", 10: "0.00%", 4: "#,##0.00"}
    codes.update({int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")})
    xfs = st.find(S + "cellXfs").findall(S + "xf")
    out = {}
    for c in sh.iter(S + "c"):
        m = re.match(r"([A-Z]+)(\d+)", c.get("r"))
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        row = int(m.group(2))
        xf = xfs[int(c.get("s", 0))]
        fid = int(xf.get("fontId", 0))
        whole = fstrike[fid]
        isv, v = c.find(S + "is"), c.find(S + "v")
        if isv is not None:
            runs = isv.findall(S + "r")
            if runs:
                keep, gone = [], []
                for r in runs:
                    pr = r.find(S + "rPr")
                    t = "".join(x.text or "" for x in r.iter(S + "t"))
                    struck = pr is not None and pr.find(S + "strike") is not None
                    (gone if struck else keep).append(t)
                out[(row, col)] = ("".join(keep).strip(), "".join(gone) or None, whole, fcolor[fid])
            else:
                out[(row, col)] = ("".join(x.text or "" for x in isv.iter(S + "t")), None, whole, fcolor[fid])
        elif v is not None:
            x = float(v.text)
            code = codes.get(int(xf.get("numFmtId", 0)), "")
            val = f"{x * 100:.2f}%" if "%" in code else (int(x) if x.is_integer() else x)
            out[(row, col)] = (val, None, whole, fcolor[fid])
    merges = [mc.get("ref") for mc in sh.iter(S + "mergeCell")]
    return out, merges


def fill_merges(cells, merges, pick):
    vals = {k: pick(v) for k, v in cells.items()}
    for ref in merges:
        a, b = ref.split(":")
        (r1, c1), (r2_, c2) = [(int(re.sub(r"[A-Z]", "", x)), sum((ord(ch) - 64) * 26 ** k for k, ch in
                                                                  enumerate(reversed(re.sub(r"\d", "", x)))))
                               for x in (a, b)]
        v = vals.get((r1, c1))
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                vals[(rr, cc)] = v
    return vals


def check346():
    p = path_of("h346")
    g = gold(stem_of(p))
    cells, merges = xlsx_revised(p)
    acc = fill_merges(cells, merges, lambda v: "" if v[2] else v[0])  # the revisions accepted
    first = fill_merges(cells, merges, lambda v: v[0] if v[1] is None else (v[1] if not v[0] else v[1]))
    struck = {k for k, v in cells.items() if v[2]}
    nrow = max(r for r, _ in cells)
    text = " ".join(str(v[0]) for v in cells.values())
    ident("h346", text, g)

    def rowv(vals, r):
        return [vals.get((r, c)) for c in range(1, 10)]
    legend = next(v[0] for v in cells.values() if isinstance(v[0], str) and v[0].startswith("注："))
    same("h346 legend: red is the review's, struck is deleted", ("红色字体为审核修改内容" in legend, "加删除线的为删除内容" in
                                                                legend), (True, True))
    revised = {k: (v[1], v[0]) for k, v in cells.items() if v[1] is not None}
    same("h346 cells carrying a struck figure and a red one", len(revised), 12)
    same("h346 every revision is red", {cells[k][3] for k in revised} | {v[3] for k, v in cells.items() if v[2]},
         {None} | {"FFFF0000"})
    fh = next(r for r in range(1, nrow + 1) if acc.get((r, 1)) == "项目资金（万元）")
    lines = {str(acc[(r, 1)]).strip("\u3000").replace("其中：", ""): rowv(acc, r) for r in range(fh + 1, fh + 5)}
    olds = {str(acc[(r, 1)]).strip("\u3000").replace("其中：", ""): rowv(first, r) for r in range(fh + 1, fh + 5)}
    b = lines.pop("年度资金总额")
    bo = olds.pop("年度资金总额")
    same("h346 budget (revisions accepted)", (fv(b[3]), fv(b[4]), fv(b[5]), fv(b[7])) + (None,) * 4, gbudget(g))
    same("h346 sources add up, rates right, under budget (as returned)",
         ([r2(sum(fv(x[k]) for x in lines.values())) for k in (3, 4, 5)],
          [k for k, x in list(lines.items()) + [("年度资金总额", b)] if x[7] != rate_s(fv(x[5]), fv(x[4]))],
          [k for k, x in lines.items() if fv(x[5]) > fv(x[4])]), ([fv(b[3]), fv(b[4]), fv(b[5])], [], []))
    same("h346 fund line: revised 执行率, score left at the struck rate × 10 (planted BUDGET_ROW_SCORE)",
         (b[7], bo[7], b[8], r2(fv(b[7]) / 10), r2(fv(bo[7]) / 10)), ("93.89%", "95.20%", 9.52, 9.39, 9.52))
    hdr = next(r for r in range(1, nrow + 1) if acc.get((r, 1)) == "一级指标")
    rows, old_rows, deleted = [(None, None, "年度资金总额", None, b[7], fv(b[6]), fv(b[8]), "")], [], []
    r = hdr + 1
    while acc.get((r, 1)) != "总分":
        x, xo = rowv(acc, r), rowv(first, r)
        if all((r, c) in struck for c in range(3, 8)):
            deleted.append(cells[(r, 3)][0])
        else:
            rows.append((x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7] or ""))
        old_rows.append((xo[2], fv(xo[5]), fv(xo[6])))
        r += 1
    C.compare_rows("h346", rows, g, canon)
    same("h346 the row struck in every cell is deleted (trap)", deleted, ["林下经济示范基地建设"])
    tot, toto = rowv(acc, r), rowv(first, r)
    same("h346 总分 (revised)", (fv(tot[5]), fv(tot[6]), tot[7]), (g["maxScore"], g["totalScore"],
                                                                 f"自评等级：{g['grade']}"))
    same("h346 revised 总分 = the rows as returned; the struck 总分 = the rows as first filed (traps)",
         (r2(sum(x[6] for x in rows)), r2(fv(bo[8]) + sum(x[2] for x in old_rows)), fv(toto[6])),
         (g["totalScore"], 98.52, 98.52))
    same("h346 weights: 100 as returned and as first filed (trap)",
         (r2(sum(x[5] for x in rows)), r2(10 + sum(x[1] for x in old_rows))), (100.0, 100.0))
    same("h346 rows over their 分值 (planted ROW_SCORE_OVER_WEIGHT)", [(x[2], x[6], x[5]) for x in rows if x[6] > x[5]],
         [("森林抚育面积", 8, 6)])
    same("h346 met rows below their 分值 (planted TARGET_MET_POINTS_LOST)",
         [(x[2], x[6], x[5]) for x in rows[1:] if met(x[3], x[4]) and x[6] < x[5]], [("护林员巡护覆盖率", 4, 7)])
    wrev = {acc[(k[0], 3)]: (v[0], v[1]) for k, v in revised.items() if k[1] == 6 and k[0] > hdr}
    same("h346 分值 revisions (审核意见 2): (struck, red)", wrev,
         {"森林抚育面积": ("8", "6"), "防火隔离带建设": ("5", "8"), "护林员巡护覆盖率": ("4", "7")})
    same("h346 missed rows in proportion (trap: the revised 监控点)", missed_rows(rows[1:]),
         [("森林防火视频监控点", 4.58, 4.58, True)])
    same("h346 met exactly (trap)", [x[2] for x in rows[1:] if x[3] and x[3].startswith("≥") and
                                     lead_num(x[3]) == lead_num(x[4])], ["林区防火道路维修"])
    done = next(cells[(rr, 3)] for rr in range(1, nrow + 1) if acc.get((rr, 2)) == "实际完成情况")
    same("h346 goals: the struck phrase and figure (accepted text)", ("林下经济示范基地" in done[0],
                                                                   "建成森林防火视频监控点22个" in done[0],
                                                                   done[1]), (False, True, "24，建成林下经济示范基地1个"))
    same("h346 grade", grade_of(g["totalScore"]), g["grade"])
    print(f"h346: {len(revised)} revised cells, {len(deleted)} deleted row, {len(rows)} rows (fund line + "
          f"{len(rows) - 1}), total {g['totalScore']} (first filed {fv(toto[6])})")


# ------------------------------------------------------------ h347 HTML in the portal's 繁體 view

def opencc(text, cfg):
    try:
        return subprocess.run(["opencc", "-c", cfg], input=text, capture_output=True, text=True, check=True).stdout
    except OSError:
        sys.exit("check58 h347 needs the opencc command (apt-get install opencc)")


def check347():
    p = path_of("h347")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    head, body = src.split("<body>", 1)
    tp = K.Tables()
    tp.feed(body)
    raw = "".join(tp.text)
    simp = opencc(raw, "tw2s")
    flat = canon(simp)
    ident("h347", raw, g)
    same("h347 the body is already traditional: converting it again changes nothing but the 简体 link",
         [(a, b) for a, b in zip(raw, opencc(raw, "s2tw")) if a != b], [("简", "簡"), ("体", "體")])
    same("h347 head untouched: title and meta tags simplified",
         ("<title>开平市文化广电旅游体育局2024年度部门整体支出绩效自评报告" in head,
          'name="ArticleTitle" content="开平市文化广电旅游体育局' in head, "開平" in head), (True, True, False))
    same("h347 three tables", len(tp.tables), 3)
    t1, t2, t3 = tp.tables
    same("h347 headers (traditional)", (t1[0], t2[0], t3[0]),
         (["項目", "年初預算數", "全年預算數", "全年執行數", "執行率"],
          ["一級指標", "二級指標", "三級指標", "年度指標值", "實際完成值", "分值", "得分", "偏差原因分析"],
          ["一級指標", "分值", "得分", "得分率"]))
    bud = {x[0].strip("\u3000").replace("其中：", ""): x for x in t1[1:]}
    b, bb, bp = bud["合計"], bud["基本支出"], bud["項目支出"]
    same("h347 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])),
         gbudget(g))
    same("h347 表1 parts add up, rates right", ([r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)],
                                              [x[0] for x in (b, bb, bp) if x[4] != rate_s(fv(x[3]), fv(x[2]))]),
         ([fv(b[1]), fv(b[2]), fv(b[3])], []))
    rows = [(x[0], x[1], x[2], x[3], x[4], fv(x[5]), fv(x[6]), x[7]) for x in t2[1:] if x[0] != "合計"]
    tt = next(x for x in t2 if x[0] == "合計")
    C.compare_rows("h347", rows, g, canon)
    same("h347 合计 row", (fv(tt[5]), fv(tt[6]), opencc(tt[7], "tw2s")),
         (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h347 合计 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    sec = [(x[0], fv(x[1]), fv(x[2])) for x in t3[1:] if x[0] != "合計"]
    same("h347 表3 = gold sections", sec, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h347 表3 lines against their rows (planted SECTION_VS_ROWS on 產出)",
         [(n, s_, r2(sum(x[6] for x in rows if x[0] == n))) for n, w, s_ in sec
          if r2(sum(x[6] for x in rows if x[0] == n)) != s_ or r2(sum(x[5] for x in rows if x[0] == n)) != w],
         [("產出指標", 49.27, 49.72)])
    same("h347 表3 得分率 (planted SCORE_RATE on 效益)",
         [(x[0], x[3], rate_s(fv(x[2]), fv(x[1]))) for x in t3[1:] if x[3] != rate_s(fv(x[2]), fv(x[1]))],
         [("效益指標", "96.76%", "96.67%")])
    rd = {opencc(x[2], "tw2s"): x for x in rows}
    dl = rd["开平碉楼与村落修缮保护"]
    same("h347 碉楼 full against 一 and 五 (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (opencc(dl[3], "tw2s"), opencc(dl[4], "tw2s"), dl[6] == dl[5], dl[7],
          "全年完成13座碉楼修缮，另有2座因产权人意见不统一，年底尚未开工" in flat,
          "2座碉楼修缮工程因产权人意见不统一，年底尚未开工" in flat), ("修缮碉楼15座", "按计划完成", True, "", True, True))
    er = rd["预算执行率"]
    same("h347 预算执行率 = 执行率 × 6, 结转结余率 = 100% − 执行率 (traps)", (er[4], er[6], rd["结转结余率"][4]),
         (b[4], r2(6 * fv(b[4]) / 100), f"{100 - fv(b[4]):.2f}%"))
    same("h347 missed rows in proportion (trap)", [(opencc(x[0], "tw2s"),) + x[1:] for x in missed_rows(rows)
                                                   if x[0] != er[2]],
         [("非遗传承人培训", 3.72, 3.72, True)])
    same("h347 met exactly (trap)", sorted(opencc(x[2], "tw2s") for x in rows if x[3].startswith("≥") and
                                           lead_num(x[3]) == lead_num(x[4])), ["乡镇综合文化站提升改造", "旅游市场执法检查"])
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", flat)
    same("h347 四: total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    same("h347 the page prints the grade 優", "自評等級為“優”" in canon(raw), True)
    print(f"h347: {len(rows)} rows (traditional), 表3 {len(sec)} lines, total {g['totalScore']}")


# ------------------------------------------------------------ h348 XLSX, 说明 and 自评结论 in text boxes

def textboxes(path):
    from lxml import etree
    X = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        rels = z.read("xl/worksheets/_rels/sheet1.xml.rels").decode("utf-8")
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        ct = z.read("[Content_Types].xml").decode("utf-8")
        dr = etree.fromstring(z.read("xl/drawings/drawing1.xml"))
    same("h348 the drawing is wired: sheet <drawing>, relationship, content type",
         ("<drawing r:id=\"rId1\"/>" in sheet, "../drawings/drawing1.xml" in rels, "/xl/drawings/drawing1.xml" in ct,
          "xl/drawings/drawing1.xml" in names), (True, True, True, True))
    out = []
    for anc in dr.findall(X + "twoCellAnchor"):
        sp = anc.find(X + "sp")
        fr, to = anc.find(X + "from"), anc.find(X + "to")
        cell = lambda e: (int(e.find(X + "row").text) + 1, int(e.find(X + "col").text) + 1)  # noqa: E731
        tb = sp.find(X + "nvSpPr").find(X + "cNvSpPr").get("txBox")
        paras = ["".join(t.text or "" for t in p_.iter(A + "t")) for p_ in sp.find(X + "txBody").findall(A + "p")]
        out.append((sp.find(X + "nvSpPr").find(X + "cNvPr").get("name"), tb, cell(fr), cell(to), paras))
    return out


def check348():
    p = path_of("h348")
    g = gold(stem_of(p))
    cells = K.xlsx_cells(p)
    boxes = textboxes(p)
    nrow = max(r for r, _ in cells)
    celltext = " ".join(str(v) for v in cells.values() if v is not None)
    boxtext = " ".join(" ".join(b[4]) for b in boxes)
    ident("h348", celltext + boxtext, g)
    same("h348 three text boxes", [(b[0], b[1]) for b in boxes], [("文本框 1", "1"), ("文本框 2", "1"), ("文本框 3", "1")])

    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 10)]
    bh = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "项目")
    bud = {str(cells[(r, 1)]).strip("\u3000").replace("其中：", ""): rowv(r) for r in range(bh + 1, bh + 4)}
    b, bb, bp = bud["合计"], bud["基本支出"], bud["项目支出"]
    same("h348 budget", (b[3], b[4], b[5], fv(b[6]), bb[4], bb[5], bp[4], bp[5]), gbudget(g))
    same("h348 parts add up, rates right", ([r2(bb[k] + bp[k]) for k in (3, 4, 5)],
                                          [x[0] for x in (b, bb, bp) if x[6] != rate_s(x[5], x[4])]),
         ([b[3], b[4], b[5]], []))
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "一级指标")
    rows = []
    r = hdr + 1
    while cells.get((r, 3)):
        x = rowv(r)
        rows.append((x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7] or ""))
        r += 1
    last = r - 1
    C.compare_rows("h348", rows, g, canon)
    same("h348 no 合计 row: the cells hold no total, full mark or grade",
         [v for (r_, _), v in cells.items() if r_ >= hdr and isinstance(v, str) and
          re.search(r"合计|总分|自评等级|89\.62|满分", v)] + [v for v in cells.values() if v == 89.62], [])
    unit, note, concl = boxes
    same("h348 金额单位 box at the top right (rows 3–4)", (unit[4], unit[2][0] <= 4), (["金额单位：万元"], True))
    same("h348 说明 and 自评结论 boxes anchored under the table", (note[2][0] > last, concl[2][0] >= note[3][0]),
         (True, True))
    m = re.search(r"自评得分([\d.]+)分（满分(\d+)分），自评等级为“(.)”", "".join(concl[4]))
    same("h348 自评结论 = gold total, full mark, grade", (fv(m.group(1)), fv(m.group(2)), m.group(3)),
         (g["totalScore"], g["maxScore"], g["grade"]))
    same("h348 total = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    weights = r2(sum(x[5] for x in rows))
    same("h348 weights against the full mark (planted WEIGHTS_VS_FULL_MARK)",
         (weights, {n: r2(sum(x[5] for x in rows if x[0] == n)) for n in ("投入", "过程", "产出", "效益")}),
         (102.0, {"投入": 10.0, "过程": 20.0, "产出": 42.0, "效益": 30.0}))
    ntext = "".join(note[4])
    fm = re.search(r"预算执行率＝全年执行数÷全年预算数×100%＝([\d,.]+)÷([\d,.]+)×100%＝([\d.]+%)", ntext)
    same("h348 the 说明's formula against its own figures and the table (planted FORMULA)",
         (fv(fm.group(1)), fv(fm.group(2)), fm.group(3), rate_s(fv(fm.group(1)), fv(fm.group(2))), b[6]),
         (b[5], b[4], "92.63%", "92.36%", "92.36%"))
    bands = re.search(r"90分（含）以上为“优”，80分（含）至90分为“良”", ntext)
    same("h348 grade against the 说明's bands (planted GRADE_OUTSIDE_BANDS)",
         (bool(bands), m.group(3), grade_of(g["totalScore"])), (True, "优", "良"))
    rd = {x[2]: x for x in rows}
    er = rd["预算执行率"]
    same("h348 预算执行率 row: the table's rate × 8 (trap)", (er[4], er[6]), (b[6], r2(8 * fv(b[6]) / 100)))
    mr = missed_rows(rows)
    same("h348 missed rows all in proportion with reasons (traps)",
         [x for x in mr if x[0] != "预算执行率" and (x[1] != x[2] or not x[3])], [])
    same("h348 how many missed rows", len(mr) - 1, 10)
    same("h348 met exactly (trap)", [x[2] for x in rows if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
         ["老旧小区综合整治"])
    print(f"h348: {len(boxes)} text boxes, {len(rows)} rows, weights {weights}, total {g['totalScore']} (in a box)")


def main(argv):
    for name, f in (("h344", check344), ("h345", check345), ("h346", check346), ("h347", check347),
                    ("h348", check348)):
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
