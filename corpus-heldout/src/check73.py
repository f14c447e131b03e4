#!/usr/bin/python3
"""Round 73's independent check: re-reads h419–h423 with readers that are not the writers (nothing of reports73.py is
imported; check47 gives the comparison helpers, its grid finder and tesseract wrapper, check53 small helpers, the PDF
words / rectangles, the XLSX cell reader and the DOCX table reader, check58 the met / missed helpers, check71 its
picture-table OCR, check72 its PDF table grouping) and compares what they read with gold/<stem>.json, then re-derives
each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check73.py [h419 …]
    /usr/bin/python3 -B corpus-heldout/src/check73.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h419 Python's email package (policy.default) on the .eml — the RFC 2047 headers, the parts, the attachment's
file name from RFC 2231 continuations and, apart, from the RFC 2047 name — and check53's XLSX cell reader (zipfile +
lxml) on the attached workbook; h420 Pillow on the PNG: the tables found by their header bars' colour, rows by the
zebra pitch, columns by the white gaps in the ink, every cell read by tesseract at 3×, the KPI cards by their fill;
h421 pikepdf on the page sizes and poppler's words placed in the stroked rectangles (check72's grouping), the prose by
`pdftotext`; h422 pikepdf (no font, one DCT image per page), each page image deskewed here (the angle that sharpens
the horizontal rules), its ruled tables read cell by cell by tesseract, each cell's ink lines read apart and kept or
dropped by tesseract's own confidence (the Uyghur lines, which chi_sim cannot read, come back with low confidence);
h423 zipfile + lxml on word/document.xml (the section properties, check53's table reader, the body text).
"""
import copy
import email
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from email import policy
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers, image grids, tesseract)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles, XLSX cells, DOCX tables)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check71 as O  # noqa: E402  (picture tables by OCR)
import check72 as T  # noqa: E402  (PDF tables, small helpers)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met = Q.stem_of, Q.lead_num, Q.met
MUTATE = False
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
W_ = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def gold(stem):
    g = C.gold(stem)
    if MUTATE:  # two values changed: the total and the second row's score
        g = copy.deepcopy(g)
        g["totalScore"] = r2(g["totalScore"] + 1)
        g["indicators"][1]["score"] = r2(g["indicators"][1]["score"] + 0.5)
    return g


def P(a, t, w):
    return r2(w * a / t)


def tuples(rows):
    """(一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)"""
    return [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7] if len(r) > 7 else "") for r in rows]


def missed(tup):
    return list(Q.missed_rows(tup))


def exact(tup):
    return [x[2] for x in tup if str(x[3]).startswith("≥") and lead_num(x[3]) == lead_num(x[4])]


def ceilings(tup):
    return [x[2] for x in tup if str(x[3]).startswith("≤") and met(x[3], x[4])]


def rate_s(x, y):
    return f"{x / y * 100 + 1e-9:.2f}%"


def gold_rows(g):
    return [(x["level1"], x["level2"], x["level3"], x["target"], x["actual"], x["weight"], x["score"])
            for x in g["indicators"]]


def bands_gap(rule):
    """the percentage bands of a 评分标准 (“100%得4分；90%（含）—100%得3分；80%（含）—85%得2分；80%以下不得分”) as
    intervals; returns the uncovered stretches between 0 and 100"""
    iv = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)%(?:（含）)?[—\-－~～至](\d+(?:\.\d+)?)%", rule):
        iv.append((float(m.group(1)), float(m.group(2))))
    m = re.search(r"(\d+(?:\.\d+)?)%以下", rule)
    if m:
        iv.append((0.0, float(m.group(1))))
    m = re.match(r"^[^0-9]*(\d+(?:\.\d+)?)%得", rule)
    if m:
        iv.append((float(m.group(1)), float(m.group(1))))
    iv.sort()
    gaps, at = [], 0.0
    for a, b in iv:
        if a > at + 1e-9:
            gaps.append((at, a))
        at = max(at, b)
    return gaps


# ------------------------------------------------------------ h419 EML with the 自评表 an attached XLSX

def check419():
    p = path_of("h419")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    same("h419 the file is 7-bit ASCII with CRLF line ends only (a saved .eml)",
         (all(b < 128 for b in raw), raw.count(b"\n") == raw.count(b"\r\n")), (True, True))
    m = email.message_from_bytes(raw, policy=policy.default)
    leaves = [(x.get_content_type(), x.get_content_charset(), x["Content-Transfer-Encoding"]) for x in m.walk()
              if not x.is_multipart()]
    same("h419 MIME tree: multipart/mixed > multipart/alternative (text/plain + text/html, gb18030 base64) + the XLSX",
         ([x.get_content_type() for x in m.walk()], leaves),
         (["multipart/mixed", "multipart/alternative", "text/plain", "text/html",
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
          [("text/plain", "gb18030", "base64"), ("text/html", "gb18030", "base64"),
           ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", None, "base64")]))
    same("h419 headers: RFC 2047 subject and sender decoded; a Foxmail sender through a Coremail relay",
         (str(m["subject"]), m["from"].addresses[0].display_name, "Foxmail" in m["X-Mailer"],
          "(Coremail)" in m["Received"]),
         ("报送2024年来凤县藤茶产业发展项目绩效自评表", "向晓琴", True, True))
    att = [x for x in m.walk() if x.get_content_disposition() == "attachment"]
    same("h419 one attachment", len(att), 1)
    a = att[0]
    head = raw.decode("ascii")
    cont = re.findall(r"filename\*(\d+)\*=", head)
    words = re.search(r'name="((?:=\?UTF-8\?B\?[^?]+\?=\s*)+)"', head).group(1)
    name2047 = str(make_header(decode_header(re.sub(r"\s+", " ", words))))
    fname = a.get_filename()
    same("h419 the attachment's name: RFC 2231 continuations (filename*0*, *1* …) = the RFC 2047 name (trap: one file)",
         (len(cont) >= 2, cont[0], fname, name2047 == fname),
         (True, "0", "2024年来凤县藤茶产业发展项目绩效自评表（来凤县特色产业发展中心）.xlsx", True))
    plain = m.get_body(("plain",)).get_content()
    html = m.get_body(("html",)).get_content()
    figures = [f"{x:,.2f}" for x in gbudget(g)[:3]] + [f"{g['totalScore']:.2f}"]
    same("h419 the cover note names the attachment and carries no figure of the form (trap)",
         ("自评表见附件" in plain, "自评表见附件" in html, [x for x in figures if x in plain or x in html]),
         (True, True, []))
    tmp = tempfile.mkdtemp(prefix="check73_")
    xp = os.path.join(tmp, "a.xlsx")
    with open(xp, "wb") as f:
        f.write(a.get_payload(decode=True))
    same("h419 the attachment is an XLSX package", zipfile.is_zipfile(xp), True)
    cells = K.xlsx_cells(xp)
    nrow = max(r for r, _ in cells)

    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 11)]
    text = " ".join(str(v) for v in cells.values() if v is not None)
    ident("h419", text, g)
    fund = next(r for r in range(1, nrow + 1) if cells.get((r, 3)) == "年度资金总额")
    fr = rowv(fund)
    srcs = [rowv(r) for r in range(fund + 1, fund + 4)]
    same("h419 budget = gold (the 年度资金总额 line)", (fr[4], fr[5], fr[6], fv(fr[8])), gbudget(g)[:4])
    same("h419 sources add up in every column; their rates right; none over (traps)",
         ([k for k in (4, 5, 6) if abs(sum(s_[k] for s_ in srcs) - fr[k]) > 0.001],
          [s_[8] == rate_s(s_[6], s_[5]) for s_ in srcs], [s_[2] for s_ in srcs if s_[6] > s_[5]], fr[4] < fr[5]),
         ([], [True] * 3, [], True))
    same("h419 BUDGET_ROW_SCORE: the fund line's 得分 against 执行率 × 10 (and 执行 ÷ 年初 × 10, what it is)",
         (fr[8], rate_s(fr[6], fr[5]), fr[9], r2(fv(fr[8]) / 10), r2(fr[6] / fr[4] * 10)),
         ("91.59%", "91.59%", 9.77, 9.16, 9.77))
    goal = next(r for r in range(1, nrow + 1) if cells.get((r, 3)) == "预期目标")
    plan, done = cells.get((goal + 1, 3)), cells.get((goal + 1, 7))
    same("h419 GOAL_LABELS: the 预期目标's labels against the 实际完成情况's",
         (re.findall(r"目标\d+", plan), re.findall(r"目标\d+", done)),
         (["目标1", "目标2", "目标2", "目标3"], ["目标1", "目标2", "目标3", "目标4"]))
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "绩效指标")
    same("h419 header with a 计量单位 column", rowv(hdr),
         ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [(None, None, "年度资金总额", None, fr[8], fr[7], fr[9], "")]
    r = hdr + 1
    while cells.get((r, 1)) != "总分":
        x = rowv(r)
        u = x[5] or ""
        rows.append((x[1], x[2], x[3], f"{x[4]}{u}", f"{x[6]}{u}", x[7], x[8], x[9] or ""))
        r += 1
    C.compare_rows("h419", [x[:7] for x in rows], g, canon)
    tot = rowv(r)
    same("h419 总分 line", (tot[7], tot[8], tot[9]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    tup = tuples(rows)
    same("h419 总分 = the fund line + the rows; 分值 100 (traps)", (r2(sum(x[6] for x in tup)), sum(x[5] for x in tup)),
         (98.40, 100))
    base = next(x for x in tup if x[2] == "藤茶标准化种植基地建设")
    same("h419 TARGET_MISSED_FULL_MARKS: 藤茶标准化种植基地建设 below target at full marks, no reason; the others "
         "missed score by the proportion with reasons; met exactly; ceilings (traps)",
         (missed(tup[1:]), exact(tup), ceilings(tup), "1.16万亩" in done),
         ([("藤茶标准化种植基地建设", 8.0, 7.73, False), ("茶农技术培训", 5.71, 5.71, True), ("加工企业满意度", 4.92, 4.92, True)],
          ["低产茶园改造提升"], ["标准化基地亩均补助"], True))
    assert base[5] == base[6]
    print(f"h419: eml {len(raw)} bytes, attachment {fname} ({len(a.get_payload(decode=True))} bytes), "
          f"{len(rows)} rows, 总分 {tot[8]}")


# ------------------------------------------------------------ h421 PDF, A4 with an A3 landscape fold-out

def check421():
    import pikepdf
    p = path_of("h421")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    sizes = [tuple(round(float(v), 1) for v in list(pg.MediaBox)[2:]) for pg in pdf.pages]
    same("h421 five pages, A4 portrait except page 4, an A3 landscape fold-out (trap)", sizes,
         [(595.3, 841.9)] * 3 + [(1190.6, 841.9), (595.3, 841.9)])
    text = "".join(subprocess.run(["pdftotext", "-f", str(k), "-l", str(k), p, "-"], capture_output=True, text=True,
                                  check=True).stdout for k in range(1, 6))
    flat = canon(text)
    ident("h421", flat, g)
    same("h421 the fold-out is pointed to from 三 (trap)", "附件：绩效评价指标评分表（见折页）" in flat, True)
    t2 = T.pdf_tables(p, 2)
    same("h421 page 2: the funds table and 表1", len(t2), 2)
    fund = t2[0][1]
    same("h421 budget = gold (the funds table)", (fv(fund[1]), fv(fund[2]), fv(fund[3]), fv(fund[4])),
         gbudget(g)[:4])
    same("h421 funds: 执行 ÷ 全年 = the printed rate; 年初 < 全年 (traps)",
         (fund[4] == rate_s(fv(fund[3]), fv(fund[2])), fv(fund[1]) < fv(fund[2])), (True, True))
    t4 = T.pdf_tables(p, 4)
    same("h421 page 4: one table, its header once (trap: no 续表)", (len(t4), sum(1 for r in t4[0] if r[0] == "一级指标")),
         (1, 1))
    tab = t4[0]
    same("h421 评分表 header", tab[0], ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分",
                                     "扣分原因"])
    body = [r for r in tab[1:] if r[0] != "合计"]
    rows = [(r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8]) for r in body]
    C.compare_rows("h421", [x[:7] for x in rows], g, canon)
    foot = next(r for r in tab if r[0] == "合计")
    same("h421 合计 line", (fv(foot[3]), fv(foot[7]), foot[8]), (g["maxScore"], g["totalScore"], f"评价等级：{g['grade']}"))
    tup = tuples(rows)
    secs = T.secs_of(tup, ["决策", "过程", "产出", "效益"])
    s1 = [r for r in t2[1][1:] if r[0] != "合计"]
    same("h421 表1 = gold sections = the rows; its 得分率 right (traps)",
         ([(r[0], fv(r[1]), fv(r[2])) for r in s1], [r[3] == rate_s(fv(r[2]), fv(r[1])) for r in t2[1][1:]]),
         ([(s["name"], s["weight"], s["score"]) for s in g["sections"]], [True] * 5))
    same("h421 sections from the rows", [(n, w, s_) for n, w, s_ in secs],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    rules = {r[2]: r[4] for r in body}
    same("h421 MALFORMED_RULE: 资金到位率's bands leave a gap; the row's 100% lies in the top band",
         (bands_gap(rules["资金到位率"]), next(x for x in tup if x[2] == "资金到位率")[4:7]),
         ([(85.0, 90.0)], ("100%", 4.0, 4.0)))
    same("h421 the other banded rules have no gap (trap)", [k for k, v in rules.items() if "（含）" in v and
                                                          bands_gap(v) and k != "资金到位率"], [])
    m = re.search(r"全年共举办“村超”及各级联赛(\d+)场", flat)
    games = next(x for x in tup if x[2].endswith("联赛举办场次"))
    same("h421 SAME_FIGURE_DIFFERS: 四（三）'s 场次 against the row's; both ≥300场",
         (m.group(1) + "场", games[4], met(games[3], games[4]), met(games[3], m.group(1) + "场")),
         ("361场", "316场", True, True))
    m = re.search(r"综合评价得分为([\d.]+)分，评价等级为“(.)”", flat)
    same("h421 GRADE_OUTSIDE_BANDS: the printed grade against the report's bands",
         (m.group(1), m.group(2), "90分（含）以上为“优”，80分（含）至90分为“良”" in flat, grade_of(fv(m.group(1))),
          r2(sum(x[6] for x in tup))), ("88.76", "优", True, "良", 88.76))
    sat = next(x for x in tup if x[2] == "游客满意度")
    same("h421 traps: 预算执行率 4 × rate; proportion rows; 游客满意度 by its own rule; met exactly; ceilings",
         (next(x for x in tup if x[2] == "预算执行率")[6], r2(4 * fv(fund[4]) / 100), missed(tup),
          r2(5 - 0.5 * (90 - lead_num(sat[4]))), sat[6], exact(tup), ceilings(tup)),
         (3.76, 3.76, [("预算执行率", 3.76, 3.76, True), ("项目完成及时率", 6.02, 6.02, True),
                       ("接待游客人次", 5.28, 5.28, True), ("游客满意度", 3.7, 4.86, True)], 3.7, 3.7,
          ["文旅宣传推介活动"], ["单场赛事平均保障成本"]))
    print(f"h421: pages {sizes}, {len(rows)} rows on the fold-out, 合计 {foot[7]} {foot[8]}")


# ------------------------------------------------------------ h423 DOCX in two newspaper columns

def check423():
    from lxml import etree
    p = path_of("h423")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W_ + "body")
    sects = list(body.iter(W_ + "sectPr"))

    def cols(sp):
        c = sp.find(W_ + "cols")
        return (c.get(W_ + "num"), c.get(W_ + "space"), c.get(W_ + "sep"))

    def typ(sp):
        t = sp.find(W_ + "type")
        return None if t is None else t.get(W_ + "val")
    same("h423 two sections: the masthead one column, then a CONTINUOUS break into TWO columns with a separator",
         [(cols(s_), typ(s_)) for s_ in sects], [((None, "720", None), None), (("2", "425", "1"), "continuous")])
    paras = body.findall(W_ + "p")
    first = next(i for i, x in enumerate(paras) if x.find(W_ + "pPr/" + W_ + "sectPr") is not None)
    mast = "".join("".join(t.text or "" for t in x.iter(W_ + "t")) for x in paras[:first + 1])
    same("h423 the masthead (section 1) is the bulletin's: 简报, 第6期, the editor (trap)",
         ("预算绩效管理简报" in mast, "第6期" in mast, "祁门县财政局编" in mast, g["department"] in mast.split("编者按")[0]),
         (True, True, True, False))
    tabs, text = K.docx_tables(p)
    flat = canon(text)
    ident("h423", flat, g)
    same("h423 two tables, both in the two-column section", len(tabs), 2)
    bt = {r[0]: r for r in tabs[0][1:]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h423 budget = gold (表1)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                    fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h423 BREAKDOWN_SUM: the 执行 合计 against 基本 + 项目; 年初 and 全年 add up; rates as printed; none over",
         (T.parts_bad(tot, basic, proj, (1, 2, 3)), r2(fv(basic[3]) + fv(proj[3])), tot[4] == rate_s(fv(tot[3]), fv(tot[2])),
          [r[0] for r in (basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2])) or fv(r[3]) > fv(r[2])],
          f"全年执行{tot[3]}万元" in flat),
         ([3], 4546.12, True, [], True))
    rows, l1 = [], None
    tab = tabs[1]
    same("h423 表2 header", tab[0], ["二级指标", "三级指标", "指标值", "完成值", "分值", "得分"])
    for r in tab[1:]:
        if len(set(r)) == 1:  # a group row spanning the table: the 一级
            l1 = r[0]
            continue
        if r[0] in ("总分", "自评等级"):
            continue
        rows.append((l1, r[0], r[1], r[2], r[3], r[4], r[5], ""))
    C.compare_rows("h423", [x[:7] for x in rows], g, canon)
    foot = next(r for r in tab if r[0] == "总分")
    gr = next(r for r in tab if r[0] == "自评等级")
    same("h423 总分 and 自评等级", (fv(foot[4]), fv(foot[5]), gr[4]), (g["maxScore"], g["totalScore"], g["grade"]))
    tup = tuples(rows)
    m = re.search(r"自评得分([\d.]+)分", flat)
    same("h423 TOTAL_VS_ROWS: 总分 (and 四's text) against the rows; 优 either way",
         (fv(foot[5]), fv(m.group(1)), r2(sum(x[6] for x in tup)), grade_of(r2(sum(x[6] for x in tup)))),
         (98.42, 98.42, 98.24, "优"))
    hs = next(x for x in tup if x[2] == "国有林场管护用房建设")
    same("h423 NARRATIVE_NOT_DONE_FULL_MARKS: the row at full marks while 三 says one was not accepted or in use",
         (hs[4], hs[5], hs[6], re.search(r"新建国有林场管护用房3处.{0,40}尚未通过竣工验收、未投入使用", flat) is not None),
         ("3处", 5.0, 5.0, True))
    same("h423 traps: the 预算执行率 row × 10 on the printed rate; missed rows by proportion (reasons in 三); met "
         "exactly; ceilings (‰ included)",
         (tup[0][4], tup[0][6], r2(fv(tot[4]) / 10), [x[:3] for x in missed(tup[1:])], exact(tup), ceilings(tup),
          "部分护林员因年龄原因退出" in flat, "护林员补助标准偏低" in flat),
         ("95.66%", 9.57, 9.57, [("生态护林员带动脱贫人口增收", 5.86, 5.86), ("生态护林员满意度", 9.81, 9.81)],
          ["森林抚育面积", "国有林场管护用房建设"], ["林业有害生物成灾率", "新造林亩均补助", "森林火灾受害率"], True, True))
    print(f"h423: {len(sects)} sections (cols {cols(sects[-1])}), {len(rows)} rows, 总分 {foot[5]}")


# ------------------------------------------------------------ h420 PNG screenshot of a platform's web view

def runs(mask):
    """[(start, end)] of the True runs of a 1-D boolean sequence"""
    out, i, n = [], 0, len(mask)
    while i < n:
        if mask[i]:
            j = i
            while j < n and mask[j]:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def up3(im):
    from PIL import Image
    return im.resize((im.size[0] * 3, im.size[1] * 3), Image.LANCZOS)


def web_table(rgb, bar_rgb, seg, ytop, ybot):
    """a BI table under its header bar: rows by the zebra pitch while a band holds ink, columns by the gaps (≥ 14 px)
    in the union of the header's white ink and the body's dark ink; returns (header texts, rows of texts, band info)"""
    import numpy as np
    from PIL import Image
    a = np.asarray(rgb).astype(int)
    grey = np.asarray(rgb.convert("L")).astype(int)
    x0, x1 = seg
    col = [tuple(a[y, x0 + 2]) for y in range(ybot, a.shape[0])]
    white = col[0]
    zs = runs([c_ != white for c_ in col])
    zebra = col[zs[0][0]]
    pitch = (ybot + zs[0][0] - ytop) / 2  # the header bar and the first (white) row before the first zebra row
    top = ytop + pitch
    bands, i = [], 0
    while True:  # the rows alternate white / zebra; the first white band in a zebra slot ends the table
        ya, yb = round(top + i * pitch), round(top + (i + 1) * pitch)
        if yb > a.shape[0]:
            break
        ink = (grey[ya + 2:yb - 2, x0:x1] < 160).any()
        bg = tuple(a[(ya + yb) // 2, x0 + 2])
        if not ink or bg != (white if i % 2 == 0 else zebra):
            break
        bands.append((ya, yb))
        i += 1
    y = bands[-1][1]
    body_ink = (grey[ybot:y, x0:x1] < 160).any(axis=0)
    gaps = [g for g in runs(~body_ink) if g[1] - g[0] >= 14 and g[0] > 0 and g[1] < x1 - x0]
    edges = [x0] + [x0 + (g0 + g1) // 2 for g0, g1 in gaps] + [x1]
    big = up3(rgb.convert("L"))
    hdr = []
    lo = int(np.median(grey[ytop + 1, x0:x1]))  # the bar's own grey; its white text stretched to black on white
    for ea, eb in zip(edges, edges[1:]):
        crop = rgb.convert("L").crop((ea, ytop, eb, ybot))
        im = crop.point(lambda v: 255 if v <= lo else max(0, 255 - (v - lo) * 255 // (255 - lo)))
        hdr.append(O.ocr_fix(C.tesseract(up3(im), 7, "chi_sim")))
    kinds = []
    for h in hdr:
        hh = O.ocanon(h)
        kinds.append("fig" if re.search(r"指标值|完成[值什]", hh) else "num" if re.search(r"序号|分[值什]|得分|预算|执行", hh)
                     else "text")
    rows = []
    for ya, yb in bands:
        row = []
        for kind, ea, eb in zip(kinds, edges, edges[1:]):
            crop = rgb.convert("L").crop((ea, ya, eb, yb))
            if not (C.binarize(crop).point(lambda v: 255 - v).getbbox()):
                row.append("")
            elif kind == "fig":
                row.append(read_fig(crop))
            elif kind == "num":
                t = O.tess_digits(up3(crop))
                row.append(t or O.ocr_fix(C.tesseract(up3(crop), 7, "chi_sim")))
            else:
                row.append(O.ocr_cell(big, (ea * 3, ya * 3, eb * 3, yb * 3), SANS, inset=4))
        rows.append(row)
    return hdr, rows, (pitch, zebra, len(edges) - 1)


FIG = re.compile(r"^[≥≤]?\d+(\.\d+)?(%|‰|[\u4e00-\u9fff/]+)?$")


def read_fig(crop):
    """a target / actual of 14 px screen text: its sign (≥ / ≤) by the first glyph's shape against the font's own, the
    rest read by chi_sim at 2× and 3×, grey and binarised, the leading glyph tesseract makes of the sign dropped; the
    reading most of them give that is a figure with its unit"""
    from PIL import Image
    box = C.binarize(crop).point(lambda v: 255 - v).getbbox()
    crop = crop.crop((max(0, box[0] - 3), 0, min(crop.size[0], box[2] + 3), crop.size[1]))
    sign = ""
    gl, rest = O.first_glyph(crop.resize((crop.size[0] * 3, crop.size[1] * 3), Image.LANCZOS))
    ng = O.norm_glyph(gl) if gl is not None else None
    if ng:
        tp = O.sign_templates(SANS)
        best = max(tp, key=lambda k: O.glyph_score(ng, tp[k]))
        if best in "≥≤" and O.glyph_score(ng, tp[best]) > 0.8:
            sign = best
    reads = []
    for sc in (2, 3):
        big = crop.resize((crop.size[0] * sc, crop.size[1] * sc), Image.LANCZOS)
        for im in (big, C.binarize(big)):
            t = O.ocr_fix(C.tesseract(im, 7, "chi_sim"))
            if sign:
                t = re.sub(r"^[^0-9]+", "", t)
            if FIG.match(sign + t):
                reads.append(sign + t)
    if not reads:
        return O.ocr_fix(C.tesseract(up3(crop), 7, "chi_sim"))
    return max(reads, key=lambda x: (reads.count(x), -reads.index(x)))


def check420():
    import numpy as np
    from PIL import Image
    p = path_of("h420")
    g = gold(stem_of(p))
    im = Image.open(p)
    dpi = tuple(round(v) for v in im.info.get("dpi", (0, 0)))
    same("h420 a PNG screenshot: 1,680 px wide, RGB, 96 dpi, no text chunk (trap: no text layer)",
         (im.format, im.size[0], im.mode, dpi, [k for k in im.info if k not in ("dpi",)]), ("PNG", 1680, "RGB", (96, 96), []))
    rgb = im.convert("RGB")
    a = np.asarray(rgb).astype(int)
    BAR = None
    # the header bars: the most common saturated blue of long horizontal runs below the top bar
    cand = {}
    for y in range(60, a.shape[0], 3):
        for x in range(220, a.shape[1] - 30, 40):
            c = tuple(a[y, x])
            if c[2] > 180 and c[0] < 90:
                cand[c] = cand.get(c, 0) + 1
    BAR = max(cand, key=cand.get)
    isbar = (a == np.array(BAR)).all(axis=2)
    ys = runs(isbar.sum(axis=1) > 200)
    segs = []
    for y0, y1 in ys:
        for x0, x1 in runs(isbar[y0 + 2]):  # the bar's top rows: above its white header text
            if x1 - x0 > 200:
                segs.append((y0, y1, x0, x1))
    same("h420 three header bars (budget and 一级 side by side, the indicators below)", len(segs), 3)
    # no ruling lines: no long dark horizontal or vertical run inside the content area
    grey = np.asarray(rgb.convert("L")).astype(int)
    dark = (grey < 200) & ~isbar  # the header bars are fills, not rules
    content = dark[ys[0][0]:, 232:]
    hl = max((b - a_ for row in content for a_, b in runs(row)), default=0)
    vl = max((b - a_ for colm in content.T for a_, b in runs(colm)), default=0)
    same("h420 no ruling lines in the tables (the longest dark run is text, not a rule) (trap)", (hl < 60, vl < 60),
         (True, True))
    (by0, by1, bx0, bx1), (sy0, sy1, sx0, sx1), (iy0, iy1, ix0, ix1) = sorted(segs, key=lambda s_: (s_[0], s_[2]))
    bh, brows, binfo = web_table(rgb, BAR, (bx0, bx1), by0, by1)
    sh, srows, sinfo = web_table(rgb, BAR, (sx0, sx1), sy0, sy1)
    ih, irows, iinfo = web_table(rgb, BAR, (ix0, ix1), iy0, iy1)
    same("h420 zebra rows, no lines: every table's even rows light grey-blue (trap)",
         [x[1] for x in (binfo, sinfo, iinfo)], [(245, 247, 250)] * 3)
    want = (["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["一级指标", "分值", "得分"],
            ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    import difflib
    for got, w in zip((bh, sh, ih), want):
        same("h420 header columns", len(got), len(w))
        for a_, b in zip(got, w):
            if a_ != b:
                if difflib.SequenceMatcher(None, a_, b).ratio() >= 0.6:
                    O.MISREADS.append(f"h420 header {b}: {a_!r}")
                else:
                    same("h420 header (white on the bar)", a_, b)
    bt = {O.ocanon(r[0]): r for r in brows}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h420 budget = gold (OCR)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h420 EXECUTION_RATE: the 合计's rate against 执行 ÷ 全年; 基本 / 项目 right; parts add up; none over",
         (tot[4], rate_s(fv(tot[3]), fv(tot[2])), T.parts_bad(tot, basic, proj),
          [r[0] for r in (basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2])) or fv(r[3]) > fv(r[2])]),
         ("95.73%", "95.37%", [], []))
    tail = next(i for i, r in enumerate(irows) if O.ocanon(r[1]) == "合计")
    rows = [[O.ocanon(c) for c in r[1:]] for r in irows[:tail]]
    same("h420 序号 1…n (the grid's, not a code)", [r[0] for r in irows[:tail]],
         [str(i + 1) for i in range(len(g["indicators"]))])
    O.compare_ocr("h420", rows, g)
    tup = tuples(O.gold_names(rows, g))
    t = irows[tail]
    same("h420 合计 (OCR)", (fv(t[6]), fv(t[7])), (g["maxScore"], g["totalScore"]))
    same("h420 the 合计 = the rows (trap)", r2(sum(x[6] for x in tup)), 97.40)
    srow = [(O.ocanon(r[0]), fv(r[1]), fv(r[2])) for r in srows]
    same("h420 一级指标得分 = gold sections; its 合计", (srow[:-1], srow[-1]),
         ([(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]], ("合计", 100.0, g["totalScore"])))
    same("h420 SECTION_VS_ROWS: 满意度指标 in the panel against its rows; the other three agree; the panel's column sum",
         ([(n, s_, r2(sum(x[6] for x in tup if x[0] == n))) for n, w, s_ in srow[:-1]
           if abs(s_ - sum(x[6] for x in tup if x[0] == n)) > 0.001], r2(sum(x[2] for x in srow[:-1]))),
         ([("满意度指标", 9.59, 9.95)], 97.04))
    # KPI cards
    card = (a == np.array((244, 248, 255))).all(axis=2)
    cy = runs(card.sum(axis=1) > 600)
    cy0, cy1 = cy[0]
    cards = []
    for x0, x1 in runs(card[(cy0 + cy1) // 2]):
        if x1 - x0 > 100:
            crop = rgb.convert("L").crop((x0 + 4, cy0 + 4, x1 - 4, cy1 - 4))
            ink = (np.asarray(crop) < 160).any(axis=1)
            (la, lb), (va, vb) = [r_ for r_ in runs(ink) if r_[1] - r_[0] > 5][:2]  # the label, then the value
            lab = O.ocr_fix(C.tesseract(up3(crop.crop((0, la - 3, crop.size[0], lb + 3))), 7, "chi_sim"))
            val = crop.crop((0, va - 4, crop.size[0], vb + 4))
            v = O.tess_digits(val) or O.tess_digits(up3(val)) or O.ocr_fix(C.tesseract(up3(val), 7, "chi_sim"))
            cards.append((lab, v))
    vals = [v for _, v in cards]
    same("h420 KPI card labels", [O.ocanon(lab) for lab, _ in cards],
         ["全年预算数（万元）", "全年执行数（万元）", "预算执行率", "自评得分", "自评等级"])
    same("h420 KPI cards repeat the tables (trap: the same figures): 全年预算数, 执行数, 执行率, 自评得分, 等级",
         vals, [f"{gbudget(g)[1]:,.2f}", f"{gbudget(g)[2]:,.2f}", "95.73%", f"{g['totalScore']:.2f}", g["grade"]])
    below = rgb.convert("L").crop((ix0, iy1 + len(irows) * iinfo[0] + 4, ix1, iy1 + len(irows) * iinfo[0] + 60))
    rule = O.ocr_fix(C.tesseract(up3(below), 6, "chi_sim"))
    rk = next(x for x in tup if x[2] == "孕产妇系统管理率")
    same("h420 RULE_SCORE: 孕产妇系统管理率 against the 计分规则's proportion; the other missed rows follow it (trap)",
         (re.search(r"未达到的按.{0,3}实际完成值.年度指标值.分值", rule) is not None, rk[4], rk[6], bool(rk[7]),
          missed(tup[1:])),
         (True, "87.3%", 4.0, True, [("孕产妇系统管理率", 4.0, 4.85, True), ("县域内就诊率", 5.88, 5.88, True),
                                     ("基层医务人员满意度", 4.95, 4.95, True)]))
    same("h420 traps: the 预算执行率 row follows the shown rate; met exactly; ceilings; 分值 100",
         (tup[0][4], tup[0][6], r2(fv(tot[4]) / 10), exact(tup), ceilings(tup), r2(sum(x[5] for x in tup))),
         ("95.73%", 9.57, 9.57, ["村卫生室规范化建设"], ["乡镇卫生院标准化建设单院补助"], 100.0))
    print(f"h420: PNG {im.size}, bars {BAR}, {len(rows)} rows by OCR (pitch {iinfo[0]} px, {iinfo[2]} columns), "
          f"合计 {t[7]}, 执行率 {tot[4]}")


# ------------------------------------------------------------ h422 scanned PDF, Uyghur / Chinese

def deskew_angle(img):
    """the rotation (degrees) that makes the page's horizontal rules sharpest: the one maximising the sum of squared
    dark-pixel counts per row of a half-size binarised copy"""
    import numpy as np
    from PIL import Image
    small = img.resize((img.size[0] // 2, img.size[1] // 2))
    best = None
    for k in range(-30, 31):
        ang = k * 0.05
        r_ = small.rotate(ang, resample=Image.BILINEAR, fillcolor=236)
        a = (np.asarray(r_) < 140).sum(axis=1).astype(float)
        sc = float((a ** 2).sum())
        if best is None or sc > best[0]:
            best = (sc, ang)
    return best[1]


def lines_conf(crop):
    """a cell's ink lines, each read alone by tesseract (chi_sim, one line) with its mean word confidence"""
    from PIL import Image
    bw = C.binarize(crop)
    Wd, Hd = bw.size
    data = bw.tobytes()
    ink = [data[y * Wd:(y + 1) * Wd].count(0) > 1 for y in range(Hd)]
    out = []
    for a, b in runs(ink):
        if b - a < 8:
            continue
        ln = crop.crop((0, max(0, a - 6), Wd, min(Hd, b + 6)))
        box = C.binarize(ln).point(lambda v: 255 - v).getbbox()
        ln = ln.crop((max(0, box[0] - 6), 0, min(ln.size[0], box[2] + 6), ln.size[1]))
        best = None
        for sc in (1, 2):  # a short line (合计) read at twice the size too; the more confident reading kept
            pad = Image.new("L", (ln.size[0] + 40, ln.size[1] + 30), 255)
            pad.paste(ln, (20, 15))
            if sc == 2:
                pad = pad.resize((pad.size[0] * 2, pad.size[1] * 2), Image.LANCZOS)
            path = os.path.join(C.TMP, "line.png")
            pad.save(path)
            tsv = C.run(["tesseract", path, "-", "-l", "chi_sim", "--psm", "7", "tsv"], text=True).stdout
            ws = [x.split("\t") for x in tsv.splitlines()[1:]]
            ws = [(x[11], float(x[10])) for x in ws if len(x) == 12 and x[11].strip() and float(x[10]) >= 0]
            text = "".join(w for w, _ in ws)
            conf = sum(c_ for _, c_ in ws) / len(ws) if ws else 0.0
            if best is None or conf > best[1]:
                best = (text, conf)
        text, conf = best
        out.append((O.ocr_fix(text), conf, (a, b)))
    return out


def zh_line(lines):
    """the Chinese line of a bilingual cell (the one tesseract reads with confidence and as CJK); the others count as
    the Uyghur lines"""
    zh = [x for x in lines if x[1] >= 60 and len(re.findall(r"[\u4e00-\u9fff]", x[0])) >= 1]
    other = [x for x in lines if x not in zh]
    return ("".join(x[0] for x in zh), len(other), other and zh and other[0][2][0] < zh[0][2][0])


def erase_rules(img, minlen=60, grow=3):
    """the table rules whitened: every pixel of a dark horizontal or vertical run of at least minlen px (text strokes
    are shorter), grown by a few pixels, so that no cell crop keeps a piece of a rule"""
    import numpy as np
    from PIL import Image
    dark = np.asarray(img) < 150
    mask = np.zeros_like(dark)
    for a, m in ((dark, mask), (dark.T, mask.T)):
        for i in range(a.shape[0]):
            for s_, e in runs(a[i]):
                if e - s_ >= minlen:
                    m[i, s_:e] = True
    grown = mask.copy()
    for d in range(1, grow + 1):
        grown[d:, :] |= mask[:-d, :]
        grown[:-d, :] |= mask[d:, :]
        grown[:, d:] |= mask[:, :-d]
        grown[:, :-d] |= mask[:, d:]
    out = np.asarray(img).copy()
    out[grown] = 255
    return Image.fromarray(out, "L")


def scan_tables(img):
    """the ruled tables of a deskewed page, each as (cells, page crop offset)"""
    import numpy as np
    a = np.asarray(C.binarize(img))
    colsum = (a == 0).sum(axis=0)
    left = int(next(x for x in range(len(colsum)) if colsum[x] > 300))
    bands = O.tables_of(img, left + 1)
    out = []
    for y0, y1 in bands:
        crop = img.crop((0, y0 - 4, img.size[0], y1 + 4))
        xs, ys, cells = C.find_grid(crop, minh=200, minv=40)
        out.append((erase_rules(crop), cells))
    return out


def first_glyph_scan(inner):
    """the first glyph of a scanned cell: the first run (≥ 6 px wide) of columns holding at least two dark pixels, so
    that a speck of the scan is not taken for a glyph; cut to its ink"""
    import numpy as np
    a = np.asarray(inner) < 170
    cols = a.sum(axis=0) >= 2
    for s_, e in runs(cols):
        if e - s_ >= 6:
            rows_ = np.nonzero(a[:, s_:e].any(axis=1))[0]
            return inner.crop((max(0, s_ - 2), max(0, rows_[0] - 2), e + 2, rows_[-1] + 3)), e
    return None, 0


def read_target_scan(inner):
    """a scanned target cell: when its first glyph looks more like ≥ / ≤ of the font than like any digit (or as much,
    and is about as wide as tall), the sign by sign_dir and the rest read alone; the rest (or the whole cell) read by
    chi_sim at 1×, 2× and 3×, grey and binarised, the reading most of them give that is a figure with its unit kept; a
    text target (健全) by check71's reader"""
    from PIL import Image
    gl, end = first_glyph_scan(inner)
    sign, body = "", inner
    ng = O.norm_glyph(gl) if gl is not None else None
    if ng:
        tp = O.sign_templates(SERIF)
        ss = max(O.glyph_score(ng, tp[k]) for k in "≥≤")
        sd = max(O.glyph_score(ng, tp[k]) for k in "0123456789")
        if ss > sd + 0.02 or (abs(ss - sd) <= 0.02 and gl.size[0] >= 0.8 * gl.size[1]):
            sign = sign_dir(gl)
            body = inner.crop((end + 1, 0, inner.size[0], inner.size[1]))
    reads = []
    for sc in (1, 2, 3):
        big = body.resize((body.size[0] * sc, body.size[1] * sc), Image.LANCZOS)
        for im in (big, C.binarize(big)):
            pad = Image.new("L", (im.size[0] + 40, im.size[1] + 30), 255)
            pad.paste(im, (20, 15))
            t = O.ocr_fix(C.tesseract(pad, 7, "chi_sim"))
            if FIG.match(sign + t):
                reads.append(sign + t)
    if not reads and not sign and gl is not None:  # the sign read as some character before the figure
        for sc in (1, 2, 3):
            big = body.resize((body.size[0] * sc, body.size[1] * sc), Image.LANCZOS)
            for im in (big, C.binarize(big)):
                pad = Image.new("L", (im.size[0] + 40, im.size[1] + 30), 255)
                pad.paste(im, (20, 15))
                t = O.ocr_fix(C.tesseract(pad, 7, "chi_sim"))
                m = re.match(r"^[^0-9≥≤](\d.*)$", t)
                if m and FIG.match(m.group(1)):
                    reads.append(sign_dir(gl) + m.group(1))
    if reads:  # the first reading (smallest scale first) with its unit (%, 万亩 …), else the first: “9000” and “950%”
        withu = [x for x in reads if not re.search(r"\d$", x)]  # are how “90%” and “95%” come back enlarged
        return (withu or reads)[0]
    return O.ocr_fix(C.tesseract(inner, 7, "chi_sim"))


def sign_dir(gl):
    """≥ or ≤ from a sign glyph: in its chevron the ink of the top rows lies left of the ink a third of the way down
    for “>” (≥) and right of it for “<” (≤)"""
    import numpy as np
    a = np.asarray(gl) < 170
    top, bot = max(runs(a.any(axis=1)), key=lambda r_: r_[1] - r_[0])  # the glyph's rows, not a speck above it
    bot -= 1
    mid = top + int(0.3 * (bot - top))
    xt = np.nonzero(a[top:top + 3].any(axis=0))[0].mean()
    xm = np.nonzero(a[mid - 1:mid + 2].any(axis=0))[0].mean()
    return "≥" if xm > xt else "≤"


def read_scan_table(crop, cells, bi_cols, sign_cols=(), num_cols=()):
    """every cell: bilingual columns by zh_line, figure columns by check71's OCR (signs by the glyph), the rest by check71"""
    import numpy as np
    texts, bil = {}, {}
    for c in cells:
        r, k, rs, cs, box = c
        x0, y0, x1, y1 = (int(round(v)) for v in box)
        inner = crop.crop((x0 + 6, y0 + 6, x1 - 6, y1 - 6))
        if not C.binarize(inner).point(lambda v: 255 - v).getbbox():
            texts[c] = ""
            continue
        nlines = len([x for x in runs([v > 1 for v in (np.asarray(C.binarize(inner)) == 0).sum(axis=1)])
                      if x[1] - x[0] >= 8])
        lc = lines_conf(inner) if (r == 0 or k in bi_cols or nlines >= 2) else None
        if lc and (r == 0 or k in bi_cols or lc[0][1] < 50 or not re.search(r"[\u4e00-\u9fff]", lc[0][0])):
            zh, n_other, above = zh_line(lc)
            texts[c] = zh
            bil[c] = (n_other, bool(above))
        elif k in sign_cols:
            texts[c] = read_target_scan(inner)
        else:
            texts[c] = O.ocr_cell(crop, box, SERIF, inset=6)
            if k in num_cols and not O.NUMBER.fullmatch(texts[c]):
                d = O.tess_digits(inner)
                texts[c] = d or texts[c]
    nr = max(r + rs for r, k, rs, cs, bx in cells)
    nc = max(k + cs for r, k, rs, cs, bx in cells)
    return [[texts[C.cell_at(cells, i, k)] for k in range(nc)] for i in range(nr)], bil


def check422():
    import pikepdf
    from PIL import Image
    p = path_of("h422")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    info = []
    imgs = []
    for pg in pdf.pages:
        res = pg.Resources
        xo = res.get("/XObject", {})
        ims = [xo[k] for k in xo.keys()]
        info.append(("/Font" in res, len(ims), str(ims[0].get("/Filter")), str(ims[0].get("/ColorSpace")),
                     int(ims[0].Width), int(ims[0].Height)))
        imgs.append(Image.open(io.BytesIO(ims[0].read_raw_bytes())).convert("L"))
    txt = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    same("h422 a scan: two pages, no font, one 200-dpi grey DCT image each, no text layer (trap)",
         (info, txt.strip()), ([(False, 1, "/DCTDecode", "/DeviceGray", 2339, 1654)] * 2, ""))
    pages, angles = [], []
    for im in imgs:
        ang = deskew_angle(im)
        angles.append(ang)
        flat = im.rotate(ang, resample=Image.BICUBIC, fillcolor=236)
        pages.append(flat.point(lambda v: min(255, v * 255 // 222)))  # the grey paper brought to white
    same("h422 the pages are skewed (the scan), about ±0.5° (trap)", [0.2 <= abs(x) <= 1.0 for x in angles], [True] * 2)
    t1, t2 = scan_tables(pages[0]), scan_tables(pages[1])
    same("h422 tables: page 1 budget + indicators, page 2 indicators", (len(t1), len(t2)), (2, 1))
    bud, bbil = read_scan_table(*t1[0], bi_cols=(0, 1), num_cols=(2, 3, 4, 5))
    bt = {O.ocanon(r[1]): r for r in bud[1:]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h422 budget = gold (OCR)", (fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(tot[5]), fv(basic[3]), fv(basic[4]),
                                     fv(proj[3]), fv(proj[4])), gbudget(g))
    same("h422 SPENDING_OVER_BUDGET: 基本支出 执行 over its 全年; 项目 and the whole under; parts add up; rates right",
         ([O.ocanon(r[1]) for r in (basic, proj, tot) if fv(r[4]) > fv(r[3])], T.parts_bad(tot, basic, proj, (2, 3, 4)),
          [r[5] == rate_s(fv(r[4]), fv(r[3])) for r in (tot, basic, proj)], basic[5]),
         (["其中：基本支出"], [], [True] * 3, "101.32%"))
    import difflib
    rows, bil = [], dict(bbil)
    for crop, cells in (t1[1], t2[0]):
        got, b = read_scan_table(crop, cells, bi_cols=(0, 1), sign_cols=(3,), num_cols=(5, 6))
        bil.update(b)
        for a_, b_ in zip(got[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                   "偏差原因分析及改进措施"]):
            if a_ != b_:
                if difflib.SequenceMatcher(None, a_, b_).ratio() >= 0.6:
                    O.MISREADS.append(f"h422 header {b_}: {a_!r}")
                else:
                    same("h422 indicator header (Chinese lines)", a_, b_)
        rows += got[1:]
    tail = next(i for i, r in enumerate(rows) if O.ocanon(r[0]) == "总分")
    body = [[O.ocanon(c) for c in r] for r in rows[:tail]]
    O.compare_ocr("h422", body, g)
    tup = tuples(O.gold_names(body, g))
    t = rows[tail]
    same("h422 总分 and 自评等级 (OCR)", (fv(t[5]), fv(t[6]), O.ocanon(rows[tail + 1][5])),
         (g["maxScore"], g["totalScore"], g["grade"]))
    same("h422 bilingual: every header, 一级 / 二级 and budget label cell has a Uyghur line ABOVE its Chinese (trap)",
         (len(bil) >= 30, all(n >= 1 and above for n, above in bil.values())), (True, True))
    same("h422 WEIGHTS_VS_FULL_MARK: the 分值 against the 总分's 100; the 得分 = the rows",
         (r2(sum(x[5] for x in tup)), fv(t[5]), r2(sum(x[6] for x in tup)), fv(t[6])), (98.0, 100.0, 97.14, 97.14))
    same("h422 ROW_SCORE_OVER_WEIGHT: a score above its 分值 (the target met)",
         [(O.ocanon(x[2]), x[5], x[6], met(x[3], x[4])) for x in tup if x[6] > x[5]],
         [(O.ocanon("河湖“清四乱”问题整改"), 4.0, 5.0, True)])
    same("h422 traps: 预算执行率 × 10; missed rows by proportion with reasons; met exactly; ceilings; 优 either way",
         (tup[0][4], tup[0][6], r2(fv(tot[5]) / 10), missed(tup[1:]), exact(tup), ceilings(tup),
          grade_of(r2(sum(x[6] for x in tup) - 1))),
         ("96.09%", 9.61, 9.61, [("渠道防渗改造", 4.8, 4.8, True), ("用水户协会满意度", 9.73, 9.73, True)],
          ["新增高效节水灌溉面积"], ["渠道防渗单位造价"], "优"))
    print(f"h422: 2 scanned pages (skew {angles}), {len(body)} rows by OCR, {len(bil)} bilingual cells, 总分 {t[5]} | "
          f"{t[6]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h419", check419), ("h420", check420), ("h421", check421), ("h422", check422),
                    ("h423", check423)):
        if not argv or name in argv:
            before = len(C.PROBLEMS)
            f()
            counts[name] = len(C.PROBLEMS) - before
    if MUTATE:
        print("mutation test: mismatches per file", counts)
        sys.exit(0 if all(v >= 2 for v in counts.values()) else 1)
    if O.MISREADS:
        print(f"{len(O.MISREADS)} OCR misreads of text fields (not problems: the figures are read exactly):")
        for x in O.MISREADS:
            print("  ", x)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        for x in C.PROBLEMS:
            print("  ", x)
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
