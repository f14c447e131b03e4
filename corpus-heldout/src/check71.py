#!/usr/bin/python3
"""Round 71's independent check: re-reads h409–h413 with readers that are not the writers (nothing of reports71.py is
imported; check47 gives the comparison helpers, its image grid finder and tesseract wrapper, check53 small helpers,
check58 the met / missed helpers, check60 its XLSX cell reader, check70 its HTML grid reader) and compares what they
read with gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check71.py [h409 …]
    /usr/bin/python3 -B corpus-heldout/src/check71.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h409 zipfile + lxml on word/document.xml (vMerge / gridSpan resolved here), each cell's paragraphs told apart
by script — a Mongolian paragraph (U+1800–U+18AF) with its run language and font, the Chinese paragraph(s) under it;
h410 check60's XLSX cell reader (zipfile + lxml, shown values by number format, merges filled) and the workbook part
for the sheet name, each cell's Hangul line told apart from its Chinese; h411 lxml.html, the `<span lang="ii">` of
every heading and header, check70's rowspan / colspan grid on the Chinese; h412 Pillow: the EXIF tags, the upright
picture by the Orientation tag, the paper found by its brightness and its four corners, the page unwarped by a
perspective transform (numpy), the ruled tables found in the page image (check47's grid finder), every cell read by
tesseract line by line, ≥ / ≤ recognised by comparing the cell's first glyph with the two signs drawn in the Noto CJK
font; h413 the RIFF / WEBP container, then the same grid finder and OCR on the decoded picture.
"""
import copy
import os
import re
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers, image grids, tesseract)
import check53 as K  # noqa: E402  (small helpers)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)
import check70 as T  # noqa: E402  (the HTML grid reader)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met = Q.stem_of, Q.lead_num, Q.met
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MUTATE = False
BANDS_RE = r"90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”"
MONG = re.compile(r"[\u1800-\u18af]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
YI = re.compile(r"[\ua000-\ua48f]")


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


def parts_bad(tot, basic, proj):
    """columns (1 年初, 2 全年, 3 执行) where 基本 + 项目 ≠ 合计"""
    return [k for k in (1, 2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001]


def gaps_overlaps(rule):
    """the percentage bands of a banded rule: [(low, high, points)], and the ranges two bands share"""
    bands = []
    for m in re.finditer(r"(\d+)%（含）—(\d+)%得(\d+)分", rule):
        bands.append((float(m.group(1)), float(m.group(2)), float(m.group(3))))
    over = [(max(a[0], b[0]), min(a[1], b[1])) for i, a in enumerate(bands) for b in bands[i + 1:]
            if max(a[0], b[0]) < min(a[1], b[1])]
    return bands, over


# ------------------------------------------------------------ h409 DOCX, bilingual Mongolian / Chinese

def cell_paras(tc):
    """[(text, language of its runs, fonts of its runs)] of a cell's paragraphs"""
    out = []
    for p in tc.findall(W + "p"):
        txt = "".join(t.text or "" for t in p.iter(W + "t"))
        langs = {x.get(W + "val") for x in p.iter(W + "lang")}
        fonts = {x.get(W + "ascii") for x in p.iter(W + "rFonts")}
        out.append((txt, langs, fonts))
    return out


def docx_cells(tbl):
    """rows of cells, each cell its paragraphs (cell_paras), vMerge continuations and gridSpan slots repeated"""
    out, prev = [], None
    for tr in tbl.findall(W + "tr"):
        row, col = [], 0
        for tc in tr.findall(W + "tc"):
            pr = tc.find(W + "tcPr")
            span, vm = 1, None
            if pr is not None:
                gs = pr.find(W + "gridSpan")
                span = int(gs.get(W + "val")) if gs is not None else 1
                v = pr.find(W + "vMerge")
                if v is not None:
                    vm = v.get(W + "val") or "continue"
            paras = cell_paras(tc)
            if vm == "continue" and prev is not None:
                paras = prev[col]
            row += [paras] * span
            col += span
        out.append(row)
        prev = row
    return out


def zh_of(paras):
    return "\n".join(t for t, _, _ in paras if t and not MONG.search(t))


def mn_ok(paras):
    """a bilingual cell: first paragraph Mongolian only (Mongolian letters, spaces, NNBSP, FVS/MVS, punctuation),
    language mn-Mong-CN, font Mongolian Baiti; then the Chinese"""
    if len(paras) < 2:
        return False
    t, langs, fonts = paras[0]
    rest = re.sub(r"[\u1800-\u18af\u202f ()\d:.]", "", t)
    return bool(MONG.search(t)) and rest == "" and langs == {"mn-Mong-CN"} and fonts == {"Mongolian Baiti"} and \
        not MONG.search(zh_of(paras[1:])) and zh_of(paras[1:]) != ""


def check409():
    from lxml import etree
    p = path_of("h409")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    bparas = [("".join(t.text or "" for t in q.iter(W + "t")), {x.get(W + "val") for x in q.iter(W + "lang")})
              for q in body.findall(W + "p")]
    text = "".join(t for t, _ in bparas if not MONG.search(t))
    mtext = [t for t, langs in bparas if MONG.search(t)]
    same("h409 the body's Mongolian paragraphs: title, unit line, 说明, signature, each mn-Mong-CN (trap)",
         (len(mtext), all(langs == {"mn-Mong-CN"} for t, langs in bparas if MONG.search(t)),
          bparas[0][0].startswith("\u1820") is False and bool(MONG.search(bparas[0][0])),
          bparas[1][0]), (4, True, True, "2024年度部门整体支出绩效自评表"))
    ident("h409", text, g)
    tbls = [docx_cells(t) for t in body.findall(W + "tbl")]
    same("h409 three tables", len(tbls), 3)
    b, goals, ind = tbls
    heads = [b[0], goals[0], ind[0]]
    same("h409 every header cell bilingual: Mongolian paragraph above the Chinese (trap)",
         [[zh_of(c) for c, ok in zip(h, map(mn_ok, h)) if not ok] for h in heads], [[], [], []])
    same("h409 header words", [zh_of(c) for c in ind[0]],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    brow = {zh_of(r[1]): [zh_of(c) for c in r] for r in b[1:]}
    fund, basic, proj = brow["年度资金总额"], brow["其中：基本支出"], brow["项目支出"]
    same("h409 the budget rows' labels bilingual (trap)", all(mn_ok(r[1]) for r in b[1:]), True)
    same("h409 budget = gold", (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6]), fv(basic[3]), fv(basic[4]),
                                fv(proj[3]), fv(proj[4])), gbudget(g))
    same("h409 parts add up; rates right; none over (traps)",
         ([k for k in (2, 3, 4) if abs(fv(basic[k]) + fv(proj[k]) - fv(fund[k])) > 0.001],
          [r[1] for r in (fund, basic, proj) if r[6] != rate_s(fv(r[4]), fv(r[3])) or fv(r[4]) > fv(r[3])]), ([], []))
    tail = next(i for i, r in enumerate(ind) if zh_of(r[0]) == "总分")
    rows = [[zh_of(c) for c in r] for r in ind[1:tail]]
    same("h409 一级 / 二级 cells bilingual, 三级 cells Chinese only (trap)",
         (all(mn_ok(r[0]) and mn_ok(r[1]) for r in ind[1:tail]), any(MONG.search(t) for r in ind[1:tail]
                                                                      for c in r[2:] for t, _, _ in c)), (True, False))
    allrows = [["", "", "年度资金总额", "", fund[6], fund[5], fund[7], ""]] + rows
    C.compare_rows("h409", [[x or None for x in r[:5]] + r[5:7] for r in allrows], g)
    tup = tuples(allrows)
    tot = [zh_of(c) for c in ind[tail]]
    grd = [zh_of(c) for c in ind[tail + 1]]
    same("h409 总分 and 自评等级", (fv(tot[5]), fv(tot[6]), grd[5]), (g["maxScore"], g["totalScore"], g["grade"]))
    same("h409 WEIGHTS_VS_FULL_MARK: the 分值 printed (fund line + rows) against the 总分's 100",
         (r2(sum(x[5] for x in tup)), fv(tot[5]), r2(sum(x[5] for x in tup[1:]))), (98.0, 100.0, 88.0))
    plan, done = [zh_of(c) for c in goals[1][1:3]]
    same("h409 GOAL_LABELS: 预期目标 numbers 目标1–4, 实际完成情况 目标1, 2, 3, 3",
         (re.findall(r"目标\d+", plan), re.findall(r"目标\d+", done)),
         (["目标1", "目标2", "目标3", "目标4"], ["目标1", "目标2", "目标3", "目标3"]))
    same("h409 GOAL_LABELS: the second 目标3 reports the 满意度 goal (目标4's)",
         re.search(r"目标3：农牧民群众就医满意度92\.8%", done) is not None, True)
    tm = next(x for x in tup if x[2] == "孕产妇系统管理率")
    same("h409 TARGET_MET_POINTS_LOST: 94.6% of ≥90% at 4 of 5, no reason", (met(tm[3], tm[4]), tm[5], tm[6], tm[7]),
         (True, 5.0, 4.0, ""))
    same("h409 traps: fund line = rate × 10; missed; met exactly; ceilings; 总分 = rows; grade by the bands",
         (tup[0][6] == r2(fv(fund[6]) / 10), missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[6] for x in tup)),
          grade_of(g["totalScore"]), re.search(BANDS_RE, text) is not None),
         (True, [("高血压患者规范管理率", 5.65, 5.65, True)], ["0—6岁儿童健康管理人数"],
          ["苏木镇卫生院标准化建设单位成本", "婴儿死亡率", "牧区群众看病就医平均距离"], g["totalScore"], "优", True))
    nm = len(MONG.findall(etree.tostring(root, encoding="unicode")))
    print(f"h409: DOCX, {len(mtext)} Mongolian body paragraphs, {nm} Mongolian letters in the document, {len(rows)} rows "
          f"+ the fund line, 总分 {tot[5]} | {tot[6]}")


# ------------------------------------------------------------ h410 XLSX, bilingual Korean / Chinese

def ko_zh(s_):
    """(the Hangul part, the Chinese part) of a bilingual cell: lines, or words, with Hangul go to the first"""
    s_ = s_ or ""
    if "\n" in s_:
        parts = s_.split("\n")
    else:
        parts = s_.split(" ")
    ko = [x for x in parts if HANGUL.search(x)]
    zh = [x for x in parts if not HANGUL.search(x)]
    return " ".join(ko), "".join(zh)


def check410():
    from lxml import etree
    p = path_of("h410")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        wbx = etree.fromstring(z.read("xl/workbook.xml"))
    names = [s_.get("name") for s_ in wbx.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet")]
    same("h410 one sheet, named in Hangul and Chinese (trap)", (len(names), bool(HANGUL.search(names[0])),
                                                                 "自评表" in names[0]), (1, True, True))
    cells, _, _ = X.xlsx_sheet(p, 1)

    def row(r):
        return [cells.get((r, c)) or "" for c in range(1, 10)]
    nrows = max(r for r, _ in cells)
    grid = {r: row(r) for r in range(1, nrows + 1)}
    title = grid[1][0]
    same("h410 title: Hangul line first, then the Chinese (trap)", title.split("\n"), ["항목지출실적자체평가표", "项目支出绩效自评表"])
    text = "".join(ko_zh(v)[1] for r in grid.values() for v in r)
    ident("h410", text, g)
    fr = next(r for r, v in grid.items() if "年度资金总额" in v[1])
    fh = grid[fr - 1]
    same("h410 the fund block's header: Hangul first, two lines (trap)",
         [v.split("\n") for v in fh[3:9]], [["년초예산수", "年初预算数"], ["전년예산수", "全年预算数"], ["전년집행수", "全年执行数"],
                                            ["배점", "分值"], ["집행률", "执行率"], ["득점", "得分"]])
    fund = grid[fr]
    srcs = [grid[fr + k] for k in (1, 2, 3)]
    same("h410 budget = gold (the 年度资金总额 line)", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         gbudget(g)[:4])
    same("h410 sources add up in every column; their rates right; none over (traps)",
         ([k for k in (3, 4, 5) if abs(sum(fv(s_[k]) for s_ in srcs) - fv(fund[k])) > 0.001],
          [ko_zh(s_[1])[1] for s_ in srcs if s_[7] != rate_s(fv(s_[5]), fv(s_[4])) or fv(s_[5]) > fv(s_[4])],
          [s_[6] for s_ in srcs], [s_[8] for s_ in srcs]), ([], [], ["—"] * 3, ["—"] * 3))
    same("h410 EXECUTION_RATE: the fund line's 执行率 against 执行 ÷ 全年; its 得分 follows the printed rate",
         (fund[7], rate_s(fv(fund[5]), fv(fund[4])), fv(fund[8]), r2(fv(fund[7]) / 10),
          r2(fv(rate_s(fv(fund[5]), fv(fund[4]))) / 10)), ("92.42%", "92.24%", 9.24, 9.24, 9.22))
    hr = next(r for r, v in grid.items() if v[1].startswith("一级指标"))
    same("h410 indicator header: Chinese first, the Hangul after it on one line (trap)",
         [v.split(" ", 1) for v in grid[hr][1:9]],
         [["一级指标", "1급지표"], ["二级指标", "2급지표"], ["三级指标", "3급지표"], ["年度指标值", "년도지표값"],
          ["实际完成值", "실제완성값"], ["分值", "배점"], ["得分", "득점"], ["偏差原因分析及改进措施", "편차원인분석 및 개선조치"]])
    tr = next(r for r, v in grid.items() if v[0].startswith("총점"))
    body = [grid[r] for r in range(hr + 1, tr)]
    same("h410 一级 / 二级 cells: Hangul line first (trap)",
         all(HANGUL.search(v[1].split("\n")[0]) and HANGUL.search(v[2].split("\n")[0]) for v in body), True)
    rows = [[ko_zh(v[1])[1], ko_zh(v[2])[1], v[3], v[4], v[5], v[6], v[7], v[8]] for v in body]
    allrows = [["", "", "年度资金总额", "", fund[7], fund[6], fund[8], ""]] + rows
    C.compare_rows("h410", [[x or None for x in r[:5]] + r[5:7] for r in allrows], g)
    tup = tuples(allrows)
    tail = grid[tr]
    same("h410 总分 and grade", (fv(tail[6]), fv(tail[7]), re.search(r"自评等级：(.)", tail[8]).group(1)),
         (g["maxScore"], g["totalScore"], g["grade"]))
    over = [(x[2], x[5], x[6], x[7]) for x in tup if x[6] > x[5]]
    same("h410 ROW_SCORE_OVER_WEIGHT: the one row over its 分值", over,
         [("朝鲜族非遗传承人及骨干培训", 6.0, 6.5, "超额完成，加0.5分")])
    gr = next(r for r, v in grid.items() if v[0].startswith("년도총체목표"))
    done = grid[gr + 1][5]
    zt = next(x for x in tup if x[2] == "建设朝鲜族非遗数字展厅")
    same("h410 NARRATIVE_NOT_DONE_FULL_MARKS: 1个 at full 6 while 实际完成情况 says not accepted by year end",
         (zt[4], zt[5], zt[6], re.search(r"数字展厅完成主体布展.*截至2024年底尚未完成竣工验收", done) is not None),
         ("1个", 6.0, 6.0, True))
    same("h410 traps: missed; met exactly; ceilings; 总分 = rows; 分值 100; grade",
         (missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)),
          grade_of(g["totalScore"]), re.search(BANDS_RE, "".join(v for r in grid.values() for v in r)) is not None),
         ([("非遗代表性传承人带徒", 7.2, 7.2, True)], ["农乐舞、伽倻琴等非遗展演活动", "建设朝鲜族非遗数字展厅"],
          ["非遗展演场均补助"],
          g["totalScore"], 100.0, "优", True))
    print(f"h410: XLSX sheet {names[0]!r}, {len(rows)} rows + the fund line, 总分 {tail[6]} | {tail[7]}")


# ------------------------------------------------------------ h411 HTML, Yi / Chinese headings

def check411():
    import lxml.html
    p = path_of("h411")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    doc = lxml.html.fromstring(raw.decode("utf-8"))
    spans = doc.xpath('//span[@lang="ii"]')
    bad = [s_.text_content() for s_ in spans if re.sub(r"[\ua000-\ua48f]", "", s_.text_content())]
    heads = doc.xpath("//h1") + doc.xpath("//h3") + doc.xpath("//th")
    same("h411 Yi spans: only Yi syllables; the h1, every h3 and every th carries one, the Chinese after a <br> (trap)",
         (bad, [h.text_content() for h in heads if not h.xpath('./span[@lang="ii"]')],
          [h.text_content() for h in heads if h.xpath('./span[@lang="ii"]')[0].getnext().tag != "br"]),
         ([], [], []))
    for s_ in spans:
        s_.drop_tree()
    art = doc.xpath('//div[@class="content"]')[0]
    text = canon(art.text_content()) + canon(doc.xpath("//h1")[0].text_content())
    same("h411 no Yi left in the article once the spans are dropped (trap)", YI.search(text) is None, True)
    ident("h411", text, g)
    t1, t2, t3 = [T.html_grid(t) for t in art.xpath(".//table")]
    bt = {r[0]: r for r in t1[1:]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h411 budget = gold (表1)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h411 SPENDING_OVER_BUDGET: 基本支出 执行 over its 全年预算数; 项目 and the whole under; parts add up",
         ([r[0] for r in (tot, basic, proj) if fv(r[3]) > fv(r[2])], basic[3], basic[2], basic[4],
          parts_bad(tot, basic, proj), [r[0] for r in (tot, basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))]),
         (["其中：基本支出"], "1,328.09", "1,312.56", "101.18%", [], []))
    m = re.search(r"基本支出全年预算([\d,.]+)万元，执行([\d,.]+)万元", text)
    same("h411 二's text repeats 表1's 基本支出 (trap)", m.groups(), (basic[2], basic[3]))
    same("h411 表3 columns", t3[0], ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值",
                                     "得分", "偏差原因分析"])
    body = [r for r in t3[1:] if r[0] != "合计"]
    rows = [[r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8]] for r in body]
    rules = {r[2]: r[4] for r in body}
    C.compare_rows("h411", [r[:7] for r in rows], g)
    tup = tuples(rows)
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2[1:] if r[0] != "合计"]
    same("h411 sections = gold (表2)", [{"name": n, "weight": w, "score": s_} for n, w, s_ in secs],
         [dict(s_, weight=float(s_["weight"]), score=float(s_["score"])) for s_ in g["sections"]])
    rsec = {}
    for x in tup:
        w, s_ = rsec.get(x[0], (0, 0))
        rsec[x[0]] = (r2(w + x[5]), r2(s_ + x[6]))
    same("h411 SECTION_VS_ROWS: 表2's 一级 against 表3's rows (only 产出 off)",
         [(n, w, s_, rsec[n]) for n, w, s_ in secs if (w, s_) != rsec[n]], [("产出", 35.0, 34.69, (35.0, 34.96))])
    t2tot = next(r for r in t2 if r[0] == "合计")
    same("h411 表2 合计 and 四 = the rows, not 表2's column; 表3 合计 the same",
         (fv(t2tot[2]), r2(sum(x[6] for x in tup)), r2(sum(s_ for _, _, s_ in secs)),
          re.search(r"自评得分([\d.]+)分", text).group(1), fv(next(r for r in t3 if r[0] == "合计")[7])),
         (g["totalScore"], g["totalScore"], 96.52, "96.79", g["totalScore"]))
    bands, over = gaps_overlaps(rules["马铃薯良种推广面积"])
    ml = next(x for x in tup if x[2] == "马铃薯良种推广面积")
    same("h411 MALFORMED_RULE: the 马铃薯 bands overlap at 90%–95%; the row's 105% in the top band (score stands)",
         (bands, over, r2(lead_num(ml[4]) / lead_num(ml[3]) * 100), ml[6],
          rules["马铃薯良种推广面积"].startswith("完成率≥100%得6分")),
         ([(90.0, 100.0, 4.0), (80.0, 95.0, 2.0)], [(90.0, 95.0)], 105.0, 6.0, True))
    same("h411 no other banded rule overlaps (trap)",
         [k for k, v in rules.items() if k != "马铃薯良种推广面积" and gaps_overlaps(v)[1]], [])
    ys = next(x for x in tup if x[2] == "预算执行率")
    jz = next(x for x in tup if x[2] == "结转结余率")
    same("h411 traps: 预算执行率 row = 表1's rate, 6 × rate; 结转 = 100 − rate; missed; met exactly; ceilings; grade",
         (ys[4] == tot[4], ys[6] == r2(6 * fv(tot[4]) / 100), jz[4] == f"{100 - fv(tot[4]):.2f}%", missed(tup),
          exact(tup), ceilings(tup), r2(sum(x[5] for x in tup)), grade_of(g["totalScore"]),
          re.search(r"自评等级为“(.)”", text).group(1), re.search(BANDS_RE, text) is not None),
         (True, True, True, [("预算执行率", 5.6, 5.6, True), ("农产品质量安全监测合格率", 4.96, 4.96, True),
                             ("马铃薯产业综合产值", 5.73, 5.73, True)],
          ["“一村一品”示范村建设"], ["结转结余率", "“三公”经费控制率", "高标准农田亩均财政投入"], 100.0, "优",
          g["grade"], True))
    print(f"h411: HTML, {len(spans)} Yi spans ({sum(len(YI.findall(s_.text_content())) for s_ in spans)} syllables), "
          f"{len(rows)} rows, 表2 产出 {secs[2][2]} (rows {rsec['产出'][1]}), 合计 {t2tot[2]}")


# ------------------------------------------------------------ OCR of a picture's ruled tables (h412, h413)

_TPL = {}


def sign_templates(font_path):
    """≥ and ≤ and the digits drawn in the picture's font, each cut to its ink and scaled to 24 × 24"""
    from PIL import Image, ImageDraw, ImageFont
    if font_path not in _TPL:
        f = ImageFont.truetype(font_path, 64, index=2)
        out = {}
        for ch in "≥≤0123456789":
            im = Image.new("L", (120, 120), 255)
            ImageDraw.Draw(im).text((20, 10), ch, font=f, fill=0)
            out[ch] = norm_glyph(im)
        _TPL[font_path] = out
    return _TPL[font_path]


def norm_glyph(im):
    from PIL import Image
    bw = im.point(lambda v: 0 if v < 150 else 255)
    inv = bw.point(lambda v: 255 - v)
    box = inv.getbbox()
    if not box:
        return None
    return bw.crop(box).resize((24, 24), Image.BILINEAR).point(lambda v: 0 if v < 128 else 255), \
        (box[2] - box[0]) / max(1, box[3] - box[1])


def glyph_score(a, b):
    pa, pb = a[0].tobytes(), b[0].tobytes()
    return sum(1 for x, y in zip(pa, pb) if x == y) / len(pa) - 0.3 * abs(a[1] - b[1])


def first_glyph(line):
    """(crop of the first glyph, x where the rest starts) of a one-line image (mode L)"""
    bw = C.binarize(line)
    Wd, Hd = bw.size
    data = bw.tobytes()
    cols = [any(data[y * Wd + x] == 0 for y in range(Hd)) for x in range(Wd)]
    if True not in cols:
        return None, 0
    x0 = cols.index(True)
    x1 = x0
    while x1 + 1 < Wd and cols[x1 + 1]:
        x1 += 1
    return line.crop((x0, 0, x1 + 1, Hd)), x1 + 2


def ocr_line(im):
    from PIL import Image
    pad = Image.new("L", (im.size[0] + 40, im.size[1] + 30), 255)
    pad.paste(im, (20, 15))
    t = C.tesseract(pad, 7)
    if not t:  # a short line chi_sim+eng gives up on is read again at twice the size
        t = C.tesseract(pad.resize((pad.size[0] * 2, pad.size[1] * 2), Image.LANCZOS), 7, "chi_sim")
    if re.search(r"[A-Za-z]", t):
        t2 = C.tesseract(pad, 7, "chi_sim")
        if t2 and not re.search(r"[A-Za-z]", t2):
            t = t2
    return t


def read_figure(im):
    """a target or actual after its sign (“5.2万户”, “85%”): read in grey and binarized, at 1× and 2×; the reading
    most of them agree on among those that start with a digit (a bare figure re-read by the digits-only model)"""
    from PIL import Image
    big = im.resize((im.size[0] * 2, im.size[1] * 2), Image.LANCZOS)
    reads = [ocr_line(x) for x in (im, C.binarize(im), big, C.binarize(big))]
    ok = [x for x in reads if x[:1].isdigit()]
    if not ok:
        return reads[0]
    t = max(ok, key=lambda x: (ok.count(x), ok.index(x) == len(ok) - 1))
    if NUMBER.fullmatch(t):
        t = tess_digits(im) or t
    return t


def ocr_cell(page, box, font_path, inset=5, sign=False):
    """a cell read line by line (its ink rows split into lines); sign: the first glyph compared with ≥ / ≤ / digits
    drawn in the font, a sign put back in front of the rest's reading"""
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    crop = page.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    bw = C.binarize(crop)
    Wd, Hd = bw.size
    data = bw.tobytes()
    ink = [data[y * Wd:(y + 1) * Wd].count(0) > 0 for y in range(Hd)]
    lines, y = [], 0
    while y < Hd:
        if ink[y]:
            a = y
            while y < Hd and (ink[y] or any(ink[y:y + 3])):
                y += 1
            if y - a >= 6:
                lines.append((a, y))
        else:
            y += 1
    if 1 < len(lines) <= 3 and not sign:  # a short wrapped cell: its lines side by side, read as one line
        parts = []
        for a, b in lines:
            ln = crop.crop((0, max(0, a - 8), Wd, min(Hd, b + 8)))
            box = C.binarize(ln).point(lambda v: 255 - v).getbbox()
            parts.append(ln.crop((box[0], 0, box[2], ln.size[1])))
        from PIL import Image
        joined = Image.new("L", (sum(x.size[0] + 6 for x in parts), max(x.size[1] for x in parts)), 255)
        x = 0
        for im in parts:
            joined.paste(im, (x, 0))
            x += im.size[0] + 6
        t = ocr_line(joined)
        if t:
            return ocr_fix(t)
    out = []
    for a, b in lines:
        ln = crop.crop((0, max(0, a - 8), Wd, min(Hd, b + 8)))
        t = None
        if sign and not out:
            gl, rest = first_glyph(ln)
            ng = norm_glyph(gl) if gl is not None else None
            if ng:
                tp = sign_templates(font_path)
                best = max(tp, key=lambda k: glyph_score(ng, tp[k]))
                if best in "≥≤" and glyph_score(ng, tp[best]) > 0.8:
                    tail = ln.crop((rest, 0, ln.size[0], ln.size[1]))
                    t = read_figure(tail)
                    if not t[:1].isdigit():  # the rest alone misread: the whole line, its sign read as a character
                        whole = ocr_line(ln)  # (过, 之, 艺 …) replaced
                        if whole and not whole[0].isdigit():
                            t = whole[1:]
                    t = best + t
        out.append(t if t is not None else ocr_line(ln))
    return ocr_fix("".join(out))


def ocr_fix(t):
    """the gold's characters: full-width punctuation outside numbers, ％ → %, stray marks after %"""
    t = re.sub(r",(?!\d)|(?<!\d),", "，", t)
    t = t.replace(":", "：").replace(";", "；").replace("(", "（").replace(")", "）").replace("％", "%")
    t = re.sub(r"(\d)%[6o0pP]$", r"\1%", t)
    return t


def tables_of(img, left, minlen=100):
    """the ruled tables of a page image stacked down the page: the runs of the tables' left border (a vertical line at
    x = left), each table's grid found in its own band"""
    bw = C.binarize(img)
    Wd, Hd = bw.size
    px = bw.load()
    col = [any(px[x, y] == 0 for x in range(left - 3, left + 4)) for y in range(Hd)]
    out, y = [], 0
    while y < Hd:
        if col[y]:
            a = y
            while y < Hd and (col[y] or any(col[y:y + 3])):
                y += 1
            if y - a > minlen:
                out.append((a, y))
        else:
            y += 1
    return out


NUMBER = re.compile(r"-?\d{1,3}(,\d{3})*(\.\d+)?%?|-?\d+(\.\d+)?%?")


def tess_digits(im):
    """a cell of figures read with tesseract's eng model restricted to digits, point, comma and %"""
    from PIL import Image
    pad = Image.new("L", (im.size[0] + 40, im.size[1] + 30), 255)
    pad.paste(im, (20, 15))
    path = os.path.join(C.TMP, "digits.png")
    pad.save(path)
    for psm in ("7", "8", "10"):
        t = C.run(["tesseract", path, "-", "-l", "eng", "--psm", psm, "-c", "tessedit_char_whitelist=0123456789.,%"],
                  text=True).stdout
        t = re.sub(r"\s+", "", t)
        if NUMBER.fullmatch(t):
            return t
    return ""


def read_table(img, band, font_path, sign_cols=(), minh=100, minv=40, num_cols=(), inset=5):
    """a ruled table's cells read by OCR; num_cols: columns of figures, a cell there that does not read as a figure
    read again with the digits-only model"""
    a, b = band
    crop = img.crop((0, a - 4, img.size[0], b + 4))
    xs, ys, cells = C.find_grid(crop, minh=minh, minv=minv)
    texts = {}
    for c in cells:
        texts[c] = ocr_cell(crop, c[4], font_path, sign=c[1] in sign_cols, inset=inset)
        if c[1] in num_cols and c[0] > 0 and not NUMBER.fullmatch(texts[c]) and not re.search(r"[\u4e00-\u9fff—]",
                                                                                             texts[c]):
            x0, y0, x1, y1 = (int(round(v)) for v in c[4])
            d = tess_digits(crop.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset)))
            if d:
                texts[c] = d
    nr = max(r + rs for r, k, rs, cs, bx in cells)
    nc = max(k + cs for r, k, rs, cs, bx in cells)
    return [[texts[C.cell_at(cells, i, k)] for k in range(nc)] for i in range(nr)], cells


MISREADS = []


def compare_ocr(tag, rows, g):
    """OCR rows against the gold: 分值 and 得分 exactly; a text field exact or, when the reading is close (difflib ratio
    ≥ 0.6, the same leading figure), an OCR misread listed apart; anything else a mismatch"""
    import difflib
    gi = g["indicators"]
    same(f"{tag} row count", len(rows), len(gi))
    for r, x in zip(rows, gi):
        same(f"{tag} row {x['level3']} 分值 / 得分", (C.num(r[5]), C.num(r[6])), (C.num(x["weight"]), C.num(x["score"])))
        for k, key in enumerate(("level1", "level2", "level3", "target", "actual")):
            want, got = ocanon(x[key] or ""), ocanon(r[k] or "")
            if got == want:
                continue
            ratio = difflib.SequenceMatcher(None, got, want).ratio()
            if ratio >= 0.6 and lead_num(got) == lead_num(want) and got[:1] == want[:1]:
                MISREADS.append(f"{tag} {x['level3']} {key}: {got!r} for {want!r}")
            else:
                same(f"{tag} row {x['level3']} {key}", got, want)


def gold_names(rows, g):
    """the OCR rows with their text fields replaced by the gold's where compare_ocr took the reading for a misread
    (the figures stay as read)"""
    import difflib
    out = []
    for r, x in zip(rows, g["indicators"]):
        r = list(r)
        for k, key in enumerate(("level1", "level2", "level3", "target", "actual")):
            want, got = ocanon(x[key] or ""), ocanon(r[k] or "")
            if got != want and difflib.SequenceMatcher(None, got, want).ratio() >= 0.6 and \
                    lead_num(got) == lead_num(want):
                r[k] = x[key] or ""
        out.append(r)
    return out


def ident_ocr(tag, text, g):
    """department and year exactly, project and unit at least closely (a misread character allowed)"""
    import difflib
    t = ocanon(text)
    same(f"{tag} department printed", ocanon(g["department"]) in t, True)
    same(f"{tag} year printed", f"{g['fiscalYear']}年" in t, True)
    for k in ("project", "implementingUnit"):
        if g.get(k):
            w = ocanon(g[k])
            best = max(difflib.SequenceMatcher(None, t[i:i + len(w)], w).ratio() for i in range(len(t) - len(w) + 1))
            same(f"{tag} {k} printed (OCR, ≥ 0.9 alike)", best >= 0.9, True)
            if best < 1:
                MISREADS.append(f"{tag} {k}: read {best:.2f} alike")


def ocanon(s_):
    s_ = canon(ocr_fix(s_ or ""))
    return s_.replace("“", "”").replace('"', "”")


# ------------------------------------------------------------ h412 phone photo (JPEG, EXIF Orientation 6)

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def paper_corners(img):
    """the four corners (TL, TR, BR, BL) of the bright paper in a photo (mode L), from a quarter-size mask"""
    import numpy as np
    small = img.resize((img.size[0] // 4, img.size[1] // 4))
    a = np.asarray(small, np.float32)
    ys, xs = np.nonzero(a > 160)
    s_, d = xs + ys, xs - ys
    pts = [(xs[s_.argmin()], ys[s_.argmin()]), (xs[d.argmax()], ys[d.argmax()]), (xs[s_.argmax()], ys[s_.argmax()]),
           (xs[d.argmin()], ys[d.argmin()])]
    return [(float(x) * 4 + 2, float(y) * 4 + 2) for x, y in pts]


def unwarp(img, quad, size):
    import numpy as np
    from PIL import Image
    Wd, Hd = size
    A, b = [], []
    for (x, y), (u, v) in zip([(0, 0), (Wd, 0), (Wd, Hd), (0, Hd)], quad):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    co = [float(c) for c in np.linalg.solve(np.array(A, float), np.array(b, float))]
    return img.transform(size, Image.PERSPECTIVE, co, Image.BICUBIC)


def flatten_light(img):
    """divide by a heavily blurred copy (the paper's light) so the page is evenly white before binarizing"""
    import numpy as np
    from PIL import ImageFilter
    bg = img.filter(ImageFilter.MaxFilter(15)).filter(ImageFilter.GaussianBlur(25))
    a = np.asarray(img, np.float32) / np.maximum(np.asarray(bg, np.float32), 1) * 255
    from PIL import Image
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def check412():
    from PIL import Image, ImageOps
    p = path_of("h412")
    g = gold(stem_of(p))
    im = Image.open(p)
    ex = im.getexif()
    exif = ex.get_ifd(0x8769)
    same("h412 a JPEG from a phone: stored 3000 × 2250, EXIF Orientation 6, Make / Model, DateTimeOriginal (trap)",
         (im.format, im.size, ex.get(0x0112), ex.get(0x010F), ex.get(0x0110), exif.get(0x9003)),
         ("JPEG", (3000, 2250), 6, "Xiaomi", "Redmi K60", "2025:04:21 10:32:15"))
    up = ImageOps.exif_transpose(im).convert("L")
    same("h412 upright by the tag: 2250 × 3000 portrait (trap)", up.size, (2250, 3000))
    quad = paper_corners(up)
    skew = [round(quad[1][1] - quad[0][1]), round(quad[2][1] - quad[3][1]), round(quad[3][0] - quad[0][0])]
    PW, PH = 2315, 3274  # the page unwarped at about the photo's own resolution (280 dpi)
    page = flatten_light(unwarp(up, quad, (PW, PH)))
    tabs = tables_of(page, int(PW * 48 / 595.3) + 1)
    same("h412 the page in perspective (corners not square to the frame); two ruled tables (trap)",
         (all(abs(v) > 10 for v in skew), len(tabs)), (True, 2))
    head, _ = read_table(page, tabs[0], SERIF, minh=200, minv=80, num_cols=(2, 3, 4, 5, 6, 7), inset=8)
    ind, _ = read_table(page, tabs[1], SERIF, sign_cols=(3,), minh=200, minv=80, num_cols=(5, 6), inset=8)
    fund = next(r for r in head if "年度资金总额" in r[1])
    srcs = [r for r in head if re.search(r"(中央|省级|县级)财政资金", r[1])]
    same("h412 budget = gold (the 年度资金总额 line, OCR)", (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6])),
         gbudget(g)[:4])
    same("h412 sources add up; their rates right (traps, OCR)",
         ([k for k in (2, 3, 4) if abs(sum(fv(s_[k]) for s_ in srcs) - fv(fund[k])) > 0.001],
          [s_[6] == rate_s(fv(s_[4]), fv(s_[3])) for s_ in srcs]), ([], [True] * 3))
    same("h412 BUDGET_ROW_SCORE: the fund line's 得分 against 执行率 × 10",
         (fund[6], fv(fund[7]), r2(fv(fund[6]) / 10), rate_s(fv(fund[4]), fv(fund[3]))), ("96.24%", 9.26, 9.62, "96.24%"))
    text = "".join(c for r in head for c in r)
    ident_ocr("h412", text, g)
    tail = next(i for i, r in enumerate(ind) if ocanon(r[0]) == "总分")
    rows = [[ocanon(c) for c in r] for r in ind[1:tail]]
    allrows = [["", "", "年度资金总额", "", fund[6], fund[5], fund[7], ""]] + rows
    compare_ocr("h412", allrows, g)
    tup = tuples([r[:7] + [r[7] if len(r) > 7 else ""] for r in gold_names(allrows, g)])
    t = ind[tail]
    grade_cell = ocanon(t[7])
    same("h412 总分 | 100 | total | 自评等级 (OCR)", (fv(t[5]), fv(t[6]), grade_cell),
         (g["maxScore"], g["totalScore"], "自评等级：" + g["grade"]))
    same("h412 GRADE_OUTSIDE_BANDS: the printed 优 against the bands for the total (and the corrected totals)",
         (grade_cell[-1], grade_of(fv(t[6])), grade_of(r2(fv(t[6]) - 9.26 + 9.62)), grade_of(r2(fv(t[6]) - 0.47))),
         ("优", "良", "良", "良"))
    ym = next(x for x in tup if x[2] == "全膜双垄沟播玉米推广面积")
    same("h412 TARGET_MISSED_FULL_MARKS: 28.6 of ≥30万亩 at full 10, no reason",
         (met(ym[3], ym[4]), ym[5], ym[6], ym[7], P(28.6, 30, 10)), (False, 10.0, 10.0, "", 9.53))
    same("h412 traps: other missed rows by the proportion with reasons; met exactly; ceiling met exactly; 总分 = rows",
         ([(x[0], x[1], x[2]) for x in missed(tup[1:])], exact(tup), ceilings(tup), r2(sum(x[6] for x in tup)),
          r2(sum(x[5] for x in tup))),
         ([("全膜双垄沟播玉米推广面积", 10.0, 9.53), ("全膜马铃薯推广面积", 7.47, 7.47), ("示范区玉米单产提高", 4.35, 4.35),
           ("废旧地膜回收率", 5.66, 5.66), ("项目区农户亩均增收", 6.58, 6.58), ("带动农户", 7.08, 7.08),
           ("受益农户满意度", 7.69, 7.69)], ["废旧地膜回收利用面积"], ["亩均地膜补助标准"], g["totalScore"], 100.0))
    print(f"h412: JPEG {im.size} Orientation 6, paper corners {[tuple(round(v) for v in c) for c in quad]}, "
          f"{len(rows)} rows + the fund line by OCR, 总分 {t[5]} | {t[6]} | {t[7]}")


# ------------------------------------------------------------ h413 WeChat report image (WEBP)

def check413():
    from PIL import Image
    p = path_of("h413")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    same("h413 a lossy WEBP (RIFF … WEBP, VP8 chunk), 1080 px wide (trap)",
         (raw[:4], raw[8:12], raw[12:16], struct.unpack("<I", raw[4:8])[0] + 8 == len(raw), Image.open(p).size[0]),
         (b"RIFF", b"WEBP", b"VP8 ", True, 1080))
    img = Image.open(p).convert("L")
    tabs = tables_of(img, 25)
    same("h413 three ruled tables down the picture (budget, goals, indicators)", len(tabs), 3)
    bud, _ = read_table(img, tabs[0], SANS, num_cols=(1, 2, 3, 4))
    gl, _ = read_table(img, tabs[1], SANS)
    ind, _ = read_table(img, tabs[2], SANS, sign_cols=(3,), num_cols=(5, 6))
    bt = {ocanon(r[0]): r for r in bud[1:]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h413 budget = gold (OCR)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h413 parts add up; rates right; none over (traps)",
         (parts_bad(tot, basic, proj), [r[0] for r in (tot, basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))
                                        or fv(r[3]) > fv(r[2])]), ([], []))
    tail = next(i for i, r in enumerate(ind) if ocanon(r[0]) == "合计")
    rows = [[ocanon(c) for c in r] for r in ind[1:tail]]
    compare_ocr("h413", rows, g)
    tup = tuples(gold_names(rows, g))
    t = ind[tail]
    same("h413 合计 and 自评等级 (OCR)", (fv(t[5]), fv(t[6]), ocanon(ind[tail + 1][5])),
         (g["maxScore"], g["totalScore"], g["grade"]))
    same("h413 TOTAL_VS_ROWS: the 合计 against the rows", (fv(t[6]), r2(sum(x[6] for x in tup))), (96.28, 96.82))
    below = img.crop((0, tabs[2][1] + 10, img.size[0], img.size[1]))
    prose = ocr_fix(C.tesseract(below, 6))
    m = re.search(r"满意度指标每低于指标值1个百分点扣([\d.]+)分", prose)
    sj = next(x for x in tup if x[2] == "社会救助对象满意度")
    yl = next(x for x in tup if x[2] == "养老服务对象满意度")
    step = fv(m.group(1)) if m else None
    same("h413 RULE_SCORE: 社会救助对象满意度 by the 说明's deduction rule; 养老服务对象满意度 follows it (trap)",
         (step, sj[6], r2(sj[5] - (lead_num(sj[3]) - lead_num(sj[4])) * (step or 0)), yl[6],
          r2(yl[5] - (lead_num(yl[3]) - lead_num(yl[4])) * (step or 0))), (0.5, 5.2, 4.2, 3.0, 3.0))
    goals = ocanon(gl[1][1])
    low = next(x for x in tup if x[2] == "城乡低保保障人数")
    m2 = re.search(r"全年保障城乡低保对象([\d,]+)人", goals)
    same("h413 SAME_FIGURE_DIFFERS: the 完成情况's 低保 figure against the row; both meet ≥7500",
         (m2.group(1) if m2 else None, low[4], met(low[3], low[4]), low[6]), ("7,826", "7862人", True, 6.0))
    same("h413 the 完成情况's other figures agree with the rows (trap)",
         [re.search(k, goals) is not None for k in (r"特困人员1[,.]168人", r"临时救助2[,.]000人次", r"服务中心13个")],
         [True, True, True])
    same("h413 traps: 预算执行率 = 合计's rate, × 10; missed; met exactly; ceilings; 分值 100; grade",
         (tup[0][4] == tot[4], tup[0][6] == r2(fv(tot[4]) / 10), missed(tup), exact(tup), ceilings(tup),
          r2(sum(x[5] for x in tup)), grade_of(fv(t[6])), grade_of(r2(sum(x[6] for x in tup)))),
         (True, True, [("婚姻登记合格率", 4.98, 4.98, True), ("社会救助对象满意度", 5.2, 5.76, True),
                       ("养老服务对象满意度", 3.0, 3.91, True)], ["临时救助"], ["居家养老服务中心单个建设成本"], 100.0,
          "优", "优"))
    print(f"h413: WEBP {Image.open(p).size}, {len(rows)} rows by OCR, 合计 {t[5]} | {t[6]} (rows "
          f"{r2(sum(x[6] for x in tup))})")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h409", check409), ("h410", check410), ("h411", check411), ("h412", check412),
                    ("h413", check413)):
        if not argv or name in argv:
            before = len(C.PROBLEMS)
            f()
            counts[name] = len(C.PROBLEMS) - before
    if MUTATE:
        print("mutation test: mismatches per file", counts)
        sys.exit(0 if all(v >= 2 for v in counts.values()) else 1)
    if MISREADS:
        print(f"{len(MISREADS)} OCR misreads of text fields (not problems: the figures are read exactly):")
        for x in MISREADS:
            print("  ", x)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        for x in C.PROBLEMS:
            print("  ", x)
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
