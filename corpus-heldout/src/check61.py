#!/usr/bin/python3
"""Round 61's independent check: re-reads h359–h363 with readers that are not the writers (nothing of reports61.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53, check58 and check60 small helpers
and readers) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps
around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check61.py [h359 …]
    /usr/bin/python3 -B corpus-heldout/src/check61.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h359 zipfile + lxml on word/document.xml and word/numbering.xml, with a numbering engine written here (list
instances, start overrides, chineseCounting / decimal) that gives each numbered paragraph the label Word shows;
h360 check60's cell reader (the cached values as shown) + lxml on the formulas, the workbook's externalReferences and
xl/externalLinks/externalLink1.xml with its relationship; h361 zipfile + lxml on word/document.xml and word/settings.xml
with a field reader written here (FORMTEXT results between separate and end, FORMDROPDOWN as its chosen w:listEntry,
FORMCHECKBOX as ☒/☐; w:ffData defaults and help texts kept apart); h362 poppler (pdftotext, and -bbox words put into the
page's ruled rectangles read with pikepdf), pikepdf for the AcroForm signature field, and openssl cms on the /ByteRange
content and the /Contents PKCS#7; h363 the standard library's html.parser and a CSS class reader written here (left /
bottom / font-size per class), the positioned lines put into the cells the ruling divs bound.
"""
import copy
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words and rectangles)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MUTATE = False


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


def docx_grid(tbl, ptext):
    """a w:tbl as a grid of texts, gridSpan repeated, vMerge continuations given the text above"""
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
            txt = "\n".join(ptext(p) for p in tc.findall(W + "p")).strip()
            if vm == "continue" and prev is not None:
                txt = prev[col]
            row += [txt] * span
            col += span
        out.append(row)
        prev = row
    return out


# ------------------------------------------------------------ h359 DOCX, automatic numbering

CN = "零一二三四五六七八九十"


def numbering(z):
    from lxml import etree
    nx = etree.fromstring(z.read("word/numbering.xml"))
    absn = {}
    for a in nx.findall(W + "abstractNum"):
        lv = {}
        for l_ in a.findall(W + "lvl"):
            lv[int(l_.get(W + "ilvl"))] = (int(l_.find(W + "start").get(W + "val")), l_.find(W + "numFmt").get(W + "val"),
                                           l_.find(W + "lvlText").get(W + "val"))
        absn[a.get(W + "abstractNumId")] = lv
    nums = {}
    for n in nx.findall(W + "num"):
        ov = {int(o.get(W + "ilvl")): int(o.find(W + "startOverride").get(W + "val"))
              for o in n.findall(W + "lvlOverride") if o.find(W + "startOverride") is not None}
        nums[n.get(W + "numId")] = (n.find(W + "abstractNumId").get(W + "val"), ov)
    return absn, nums


class Labeller:
    """Word's list numbering: counters per abstract list, a list instance's startOverride restarting it on first use"""
    def __init__(self, absn, nums):
        self.absn, self.nums, self.state, self.seen = absn, nums, {}, set()

    def label(self, num_id, ilvl):
        a, ov = self.nums[num_id]
        lv = self.absn[a]
        st = self.state.setdefault(a, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for k, v in ov.items():
                st[k] = v - 1
        st[ilvl] = st.get(ilvl, lv[ilvl][0] - 1) + 1
        for k in [k for k in st if k > ilvl]:
            del st[k]
        text = lv[ilvl][2]
        for k in range(ilvl + 1):
            n = st.get(k, lv[k][0])
            shown = CN[n] if lv[k][1] == "chineseCounting" and n <= 10 else str(n)
            text = text.replace(f"%{k + 1}", shown)
        return text


def p_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def check359():
    from lxml import etree
    p = path_of("h359")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        lab = Labeller(*numbering(z))
    body = doc.find(W + "body")
    paras, tables = [], []
    for el in body:
        if el.tag == W + "p":
            np_ = el.find(f"{W}pPr/{W}numPr")
            label = ""
            if np_ is not None:
                label = lab.label(np_.find(W + "numId").get(W + "val"), int(np_.find(W + "ilvl").get(W + "val")))
            paras.append((label, p_text(el)))
        elif el.tag == W + "tbl":
            tables.append(docx_grid(el, p_text))
    text = "\n".join(a + b for a, b in paras)
    ident("h359", text, g)
    same("h359 labels are not in the text (w:t)", any(re.match(r"[一二三四五]、|（[一二三四]）|目标\d", b) for a, b in paras),
         False)
    heads = [a for a, b in paras if a and not a.startswith("目标")]
    same("h359 section numbering", heads, ["一、", "（一）", "（二）", "二、", "三、", "（一）", "（二）", "（三）", "（四）", "四、",
                                             "五、"])
    goals = [(a, b[:6]) for a, b in paras if a.startswith("目标")]
    same("h359 goal labels as Word shows them (GOAL_LABELS: the 4th restarts)", [a for a, _ in goals],
         ["目标1：", "目标2：", "目标3：", "目标1："])
    same("h359 the 4th goal is the 妇幼 goal", goals[3][1], "持续提升妇幼")
    bt, it = tables
    bud = {r[0].strip("\u3000").replace("其中：", ""): [fv(v) for v in r[1:]] for r in bt[1:]}
    b = g["budget"]
    same("h359 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h359 parts add, rates right (traps)",
         ([r2(bud["基本支出"][k] + bud["项目支出"][k]) for k in range(3)],
          [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001]), (bud["合计"][:3], []))
    rows = it[1:-1]
    same("h359 header", it[0], ["绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    C.compare_rows("h359", [tuple(r[1:6]) + (num(r[6]), num(r[7])) for r in rows], g)
    same("h359 goals = gold", [None if r[0] == "—" else r[0] for r in rows], [x["goal"] for x in g["indicators"]])
    tot = it[-1]
    same("h359 total", (fv(tot[6]), fv(tot[7])), (g["maxScore"], g["totalScore"]))
    same("h359 rows add to the total, weights to 100", (r2(sum(fv(r[7]) for r in rows)), sum(fv(r[6]) for r in rows)),
         (fv(tot[7]), 100.0))
    same("h359 grade in 四", "自评等级为“优”" in text and grade_of(fv(tot[7])) == "优" == g["grade"], True)
    # NARRATIVE_NOT_DONE_FULL_MARKS
    clinic = next(r for r in rows if r[3] == "村卫生室标准化建设")
    m = re.search(r"完成村卫生室标准化建设(\d+)个（计划(\d+)个）", text)
    same("h359 村卫生室: 已完成 at full marks, prose 42 of 45",
         (clinic[5], clinic[6], clinic[7], clinic[8], m.groups()), ("已完成", "8", "8", "", ("42", "45")))
    # SAME_FIGURE_DIFFERS
    vac = next(r for r in rows if r[3] == "适龄儿童免疫规划疫苗接种率")
    pv = re.search(r"免疫规划疫苗接种率([\d.]+%)", text).group(1)
    same("h359 接种率 prose vs table", (pv, vac[5], met(vac[4], pv), met(vac[4], vac[5])), ("96.8%", "98.6%", True, True))
    for name, fig in (("65岁及以上老年人健康管理人数", "4.05万人"), ("0—6岁儿童健康管理率", "92.3%"), ("居民电子健康档案建档率", "91.5%"),
                      ("县域内就诊率", "88.4%"), ("农村适龄妇女“两癌”免费筛查人数", "8126人")):
        r = next(r for r in rows if r[3] == name)
        same(f"h359 prose agrees: {name}", (r[5], fig.rstrip("万人个") in text.replace(",", "")), (fig, True))
    # traps: the proportion rows, the fund row
    miss = Q.missed_rows([tuple(r[1:6]) + (num(r[6]), num(r[7]), r[8]) for r in rows])
    same("h359 missed rows (the budget row pays 执行率 × 分值)",
         [(n3, sc) for n3, sc, _, _ in miss], [("预算执行率", 9.57), ("65岁及以上老年人健康管理人数", 7.71), ("县域内就诊率", 6.88)])
    same("h359 proportion scores", (P(4.05, 4.2, 8), P(88.4, 90, 7), r2(bud["合计"][3] / 10)), (7.71, 6.88, 9.57))
    print(f"h359: {len(rows)} rows, goals {[a for a, _ in goals]}, total {tot[7]}")


# ------------------------------------------------------------ h360 XLSX, external links

def check360():
    from lxml import etree
    p = path_of("h360")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    ident("h360", "".join(str(v) for v in cells.values()), g)
    forms = {c.get("r"): c.find(S + "f").text for c in sh.iter(S + "c") if c.find(S + "f") is not None}
    with zipfile.ZipFile(p) as z:
        wb = etree.fromstring(z.read("xl/workbook.xml"))
        ext = etree.fromstring(z.read("xl/externalLinks/externalLink1.xml"))
        rels = etree.fromstring(z.read("xl/externalLinks/_rels/externalLink1.xml.rels"))
        wrels = z.read("xl/_rels/workbook.xml.rels").decode()
    same("h360 external reference wired", (len(wb.findall(f"{S}externalReferences/{S}externalReference")),
                                           "externalLinks/externalLink1.xml" in wrels), (1, True))
    rel = rels[0]
    same("h360 link target (not shipped)", (rel.get("TargetMode"), rel.get("Target").endswith("资金支付台账.xlsx"),
                                             os.path.exists(os.path.join(os.path.dirname(p), rel.get("Target")))),
         ("External", True, False))
    cache = {c.get("r"): float(c.find(S + "v").text) for c in ext.iter(S + "cell")}
    fr = next(r for r in range(1, 40) if get(r, 1) == "年度资金总额")
    lines = [[get(r, c) for c in range(1, 10)] for r in range(fr, fr + 4)]
    linked = {}
    for r in range(fr, fr + 4):
        for c, col in ((4, "D"), (5, "E"), (6, "F")):
            f = forms.get(f"{col}{r}")
            m = re.fullmatch(r"'\[1\]资金汇总'!\$([A-Z])\$(\d+)", f or "")
            linked[(r, c)] = cache.get(f"{m.group(1)}{m.group(2)}") if m else None
    same("h360 every 年初/全年/执行 cell is linked, the shown value = the link's cache",
         [(k, fv(get(*k))) for k, v in linked.items() if v is None or abs(v - fv(get(*k))) > 1e-9], [])
    same("h360 the link cache holds only the twelve linked cells", len(cache), 12)
    fund = lines[0]
    same("h360 fund line = gold budget", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         (g["budget"]["initialBudget"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"],
          g["budget"]["executionRate"]))
    srcs = lines[1:]
    same("h360 sources add up (trap)", [r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)],
         [fv(fund[3]), fv(fund[4]), fv(fund[5])])
    wrong = [(s[0].strip("\u3000").replace("其中：", ""), s[7], rate_s(fv(s[5]), fv(s[4]))) for s in lines
             if s[7] != rate_s(fv(s[5]), fv(s[4]))]
    same("h360 EXECUTION_RATE: the one wrong rate, typed (no formula)",
         (wrong, forms.get(f"H{fr + 2}"), forms.get(f"H{fr + 1}")), ([("省级补助资金", "87.45%", "84.75%")], None, f"F{fr + 1}/E{fr + 1}"))
    same("h360 SPENDING_OVER_BUDGET: the one line over budget",
         [(s[0].strip("\u3000"), s[5], s[4]) for s in srcs if fv(s[5]) > fv(s[4])], [("县级配套资金", "126.80", "120.00")])
    same("h360 fund score = 执行率 × 10", (fund[8], f"{r2(fv(fund[7]) / 10):.2f}"), (f"{g['indicators'][0]['score']:.2f}",
                                                                                   f"{g['indicators'][0]['score']:.2f}"))
    hr = next(r for r in range(1, 40) if get(r, 1) == "一级指标")
    end = next(r for r in range(hr, 60) if get(r, 1) == "总分")
    rows = [[get(r, c) for c in range(1, 9)] for r in range(hr + 1, end)]
    got = [(None, None, "年度资金总额", None, fund[7], 10, fv(fund[8]))] + rows_of(rows)
    C.compare_rows("h360", got, g)
    tot = [get(end, c) for c in range(1, 10)]
    same("h360 total", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h360 rows + fund = total; weights", (r2(fv(fund[8]) + sum(fv(r[6]) for r in rows)),
                                                 sum(fv(r[5]) for r in rows) + 10), (fv(tot[6]), 100.0))
    same("h360 grade", (tot[7], grade_of(fv(tot[6]))), (f"自评等级：{g['grade']}", g["grade"]))
    night = next(r for r in rows if r[2] == "古城夜间游览游客量增长率")
    done = get(hr - 1, 3)
    same("h360 RATE_OVER_ZERO_BASE: 100% over a 2023 base of 0",
         (night[4], night[6], "2023年未开放夜间游览" in done), ("100%", "5.00", True))
    miss = [(x[0], x[1], x[2]) for x in Q.missed_rows([tuple(r[:5]) + (num(r[5]), num(r[6]), r[7]) for r in rows])]
    same("h360 missed rows: proportion rule, with reasons (traps)", miss,
         [("古城墙险情段落抢险加固", 6.69, 6.69), ("修缮工程按期完工率", 4.78, 4.78), ("古城居民满意度", 5.88, 5.88)])
    print(f"h360: {len(rows)} rows + fund line, {len(linked)} linked cells, total {tot[6]}")


# ------------------------------------------------------------ h361 DOCX, legacy form fields

FIELDS = []


def p_fields(p):
    """a paragraph as Word shows it: plain runs, FORMTEXT results, the chosen drop-down entry, ☒/☐ for check boxes"""
    out, ff, in_res = [], None, False
    for r in p.iter(W + "r"):
        fc = r.find(W + "fldChar")
        if fc is not None:
            t = fc.get(W + "fldCharType")
            if t == "begin":
                ff, in_res, res = fc.find(W + "ffData"), False, []
            elif t == "separate":
                in_res = True
            elif t == "end":
                if ff.find(W + "ddList") is not None:
                    dd = ff.find(W + "ddList")
                    ent = [e.get(W + "val") for e in dd.findall(W + "listEntry")]
                    shown = ent[int(dd.find(W + "result").get(W + "val"))]
                    FIELDS.append(("drop", shown, ent))
                    out.append(shown)
                elif ff.find(W + "checkBox") is not None:
                    cb = ff.find(W + "checkBox")
                    on = cb.find(W + "checked") is not None
                    FIELDS.append(("check", on, ff.find(W + "statusText").get(W + "val")))
                    out.append("☒" if on else "☐")
                else:
                    ti = ff.find(W + "textInput")
                    d = ti.find(W + "default") if ti is not None else None
                    st = ff.find(W + "statusText")
                    FIELDS.append(("text", "".join(res).strip("\u2002"), d.get(W + "val") if d is not None else None,
                                   st.get(W + "val") if st is not None else None))
                    out.append("".join(res).strip("\u2002"))
                ff, in_res = None, False
            continue
        for t in r.findall(W + "t"):
            if ff is not None:
                if in_res:
                    res.append(t.text or "")
            else:
                out.append(t.text or "")
    return "".join(out)


def check361():
    from lxml import etree
    p = path_of("h361")
    g = gold(stem_of(p))
    FIELDS.clear()
    with zipfile.ZipFile(p) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        st = etree.fromstring(z.read("word/settings.xml"))
    prot = st.find(W + "documentProtection")
    same("h361 protected for filling in forms", (prot.get(W + "edit"), prot.get(W + "enforcement")), ("forms", "1"))
    body = doc.find(W + "body")
    paras, tables = [], []
    for el in body:
        if el.tag == W + "p":
            paras.append(p_fields(el))
        elif el.tag == W + "tbl":
            tables.append(docx_grid(el, p_fields))
    text = "\n".join(paras) + "".join("".join(c for c in r) for t in tables for r in t)
    ident("h361", text, g)
    plain = "".join(t_.text or "" for t_ in doc.iter(W + "t"))
    same("h361 field kinds", sorted({f[0] for f in FIELDS}), ["check", "drop", "text"])
    ht, it = tables
    same("h361 项目属性 check boxes", ht[0][6], "☐新增项目　☒延续项目")
    fund = ht[3]
    same("h361 fund line = gold budget", (fv(fund[1]), fv(fund[2]), fv(fund[3]), fv(fund[5])),
         (g["budget"]["initialBudget"], g["budget"]["adjustedBudget"], g["budget"]["expenditure"],
          g["budget"]["executionRate"]))
    srcs = ht[4:7]
    same("h361 sources add up, rates right, under budget (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (1, 2, 3)], [s[0] for s in srcs + [fund] if s[5] != rate_s(
             fv(s[3]), fv(s[2]))], [s[0] for s in srcs if fv(s[3]) > fv(s[2])]),
         ([fv(fund[1]), fv(fund[2]), fv(fund[3])], [], []))
    rows = it[1:-2]
    got = [(None, None, "年度资金总额", None, fund[5], 10, fv(fund[6]))] + rows_of(rows)
    C.compare_rows("h361", got, g)
    tot, grd = it[-2], it[-1]
    same("h361 total and the drop-down grade", (fv(tot[5]), fv(tot[6]), grd[5]),
         (g["maxScore"], g["totalScore"], g["grade"]))
    dd = next(f for f in FIELDS if f[0] == "drop")
    same("h361 the drop-down: chosen 优, its first entry 请选择 (trap)", (dd[1], dd[2]), ("优", ["请选择", "优", "良", "中", "差"]))
    same("h361 rows + fund = total", r2(fv(fund[6]) + sum(fv(r[6]) for r in rows)), fv(tot[6]))
    texts = [f for f in FIELDS if f[0] == "text"]
    same("h361 field defaults are not the results (trap)",
         (sum(1 for f in texts if f[2] == "0.00"), sum(1 for f in texts if f[2] and f[1] == f[2])), (28, 0))
    same("h361 empty 偏差原因 fields", sum(1 for r in rows if r[7] == ""), 9)
    drops = [fc for fc in doc.iter(W + "fldChar") if fc.find(f"{W}ffData/{W}ddList") is not None]
    same("h361 the text results are in w:t; the drop-down has no result run, only its index",
         ("268条" in plain, len(drops), plain.count("请选择")), (True, 1, 0))
    # ROW_SCORE_OVER_WEIGHT
    same("h361 over weight", [(r[2], r[6], r[5], r[7]) for r in rows if fv(r[6]) > fv(r[5])],
         [("治理侵蚀沟", "8.50", "8", "超额完成8条，加0.5分")])
    same("h361 the 得分 fields' status text forbids it",
         any(f[3] == "请填写得分，得分不得超过该指标分值" for f in texts), True)
    # TARGET_MISSED_FULL_MARKS and the proportion rows
    miss = Q.missed_rows([tuple(r[:5]) + (num(r[5]), num(r[6]), r[7]) for r in rows])
    same("h361 missed rows", miss, [("治理水土流失面积", 8.0, 7.65, False), ("造林成活率", 5.82, 5.82, True),
                                    ("工程完工及时率", 4.84, 4.84, True), ("保护耕地面积", 5.7, 5.7, True)])
    # RULE_SCORE
    m = re.search(r"造林成活率≥(\d+)%得满分，每低1个百分点扣(\d)分", "".join(paras))
    surv = next(r for r in rows if r[2] == "造林成活率")
    same("h361 造林成活率 by its own rule", (r2(fv(surv[5]) - (int(m.group(1)) - fv(surv[4])) * int(m.group(2))), surv[6]),
         (3.5, "5.82"))
    print(f"h361: {len(rows)} rows + fund line, {len(FIELDS)} form fields, total {tot[6]}")


# ------------------------------------------------------------ h362 PDF, digital signature

def check362():
    import pikepdf
    p = path_of("h362")
    g = gold(stem_of(p))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h362", flat, g)
    same("h362 evaluator and kind", (g["evaluator"] in flat, "受贵局委托" in flat, g["reportKind"]),
         (True, True, "THIRD_PARTY_EVALUATION"))
    pdf = pikepdf.open(p)
    af = pdf.Root.AcroForm
    fld = af.Fields[0]
    sig = fld.V
    same("h362 signature field", (int(af.SigFlags), str(fld.FT), str(sig.Type), str(sig.SubFilter), str(sig.M)[:10]),
         (3, "/Sig", "/Sig", "/adbe.pkcs7.detached", "D:20250520"))
    same("h362 the seal widget is on page 2", [int(x) for x in pdf.pages[1].Annots[0].Rect][:1] != [] and
         pdf.pages[1].Annots[0].objgen == fld.objgen, True)
    raw = open(p, "rb").read()
    a, l1, s2_, l2 = (int(v) for v in sig.ByteRange)
    same("h362 the ByteRange covers the file but the /Contents hole", (a, s2_ + l2, raw[l1:l1 + 1], raw[s2_ - 1:s2_]),
         (0, len(raw), b"<", b">"))
    der = bytes(sig.Contents)
    n = der[1] & 0x7F
    der = der[:int.from_bytes(der[2:2 + n], "big") + 2 + n]
    with tempfile.TemporaryDirectory() as td:
        open(os.path.join(td, "d"), "wb").write(raw[a:a + l1] + raw[s2_:s2_ + l2])
        open(os.path.join(td, "s"), "wb").write(der)
        v = subprocess.run(["openssl", "cms", "-verify", "-inform", "DER", "-in", os.path.join(td, "s"), "-content",
                            os.path.join(td, "d"), "-binary", "-noverify", "-out", os.devnull],
                           capture_output=True, text=True)
    same("h362 the PKCS#7 verifies over the ByteRange", "Verification successful" in (v.stdout + v.stderr), True)
    same("h362 one revision (the signature covers the whole file)", raw.count(b"%%EOF"), 1)
    apx = pdf.pages[1].Annots[0].AP.N.read_bytes()
    same("h362 the seal's text is in the widget's appearance only, and pdftotext outputs it (trap)",
         ("绩效评价专用章".encode("utf-16-be").hex().encode() in apx, "绩效评价专用章" in flat,
          b"7ee9" in pdf.pages[1].Contents.read_bytes() if not isinstance(pdf.pages[1].Contents, pikepdf.Array) else None),
         (True, True, False))
    # page 1 tables
    cells = K.cell_texts(K.pdf_words(p, 1), K.pdf_rects(p, 1))
    grid = {}
    for (x0, y0, x1, y1), t in cells.items():
        grid.setdefault(round(y1), []).append((x0, t))
    rows1 = [[t for _, t in sorted(v)] for _, v in sorted(grid.items(), reverse=True)]
    bud = {r[0].replace("其中：", ""): r for r in rows1 if len(r) == 5 and r[0] != "项目"}
    b = g["budget"]
    same("h362 表1 = gold budget", (fv(bud["合计"][1]), fv(bud["合计"][2]), fv(bud["合计"][3]), fv(bud["合计"][4]),
                                  fv(bud["基本支出"][2]), fv(bud["基本支出"][3]), fv(bud["项目支出"][2]), fv(bud["项目支出"][3])),
         gbudget(g))
    same("h362 表1 parts add up, rates right (traps)",
         ([r2(fv(bud["基本支出"][k]) + fv(bud["项目支出"][k])) for k in (1, 2, 3)],
          [k for k, r in bud.items() if r[4] != rate_s(fv(r[3]), fv(r[2]))]),
         ([fv(bud["合计"][k]) for k in (1, 2, 3)], []))
    t2 = [r for r in rows1 if len(r) == 4 and r[0] != "一级指标"]
    same("h362 表2 = gold sections", [(r[0], fv(r[1]), fv(r[2])) for r in t2[:-1]],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h362 表2 得分率 right (trap)", [r[0] for r in t2 if r[3] != rate_s(fv(r[2]), fv(r[1]))], [])
    # page 3: the 评分表
    cells = K.cell_texts(K.pdf_words(p, 3), K.pdf_rects(p, 3))
    grid = {}
    for (x0, y0, x1, y1), t in cells.items():
        grid.setdefault(round(y1), []).append((x0, t))
    rows3 = [[t for _, t in sorted(v)] for _, v in sorted(grid.items(), reverse=True)]
    hd = rows3[0]
    same("h362 评分表 header", hd, ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"])
    body = []
    for r in rows3[1:]:
        full = r + [""] * (8 - len(r)) if len(r) < 8 else r
        body.append(full)
    rows = [r for r in body if r[0] != "合计"]
    tot = next(r for r in body if r[0] == "合计")
    C.compare_rows("h362", [(r[0], r[1], r[2], r[4], r[5], num(r[3]), num(r[6])) for r in rows], g)
    same("h362 total", (fv(tot[1]), fv(tot[2])), (g["maxScore"], g["totalScore"]))
    same("h362 rows = 表2 = total", (r2(sum(fv(r[6]) for r in rows)), fv(t2[-1][2])), (fv(tot[2]), fv(tot[2])))
    # TARGET_MET_POINTS_LOST
    lost = [(r[2], r[6], r[3]) for r in rows if met(r[4], r[5]) and fv(r[6]) < fv(r[3])]
    same("h362 met but points lost", lost, [("学前教育毛入园率", "4", "5")])
    same("h362 三（三） says 93.6% too", "学前教育毛入园率93.6%" in flat, True)
    # FORMULA
    m = re.search(r"教师培训覆盖率＝参训教师人数÷在编教师总数×100%＝([\d,]+)÷([\d,]+)×100%＝([\d.]+%)", flat)
    same("h362 教师培训覆盖率 calculation", (m.group(3), rate_s(fv(m.group(1)), fv(m.group(2)))), ("95.53%", "95.35%"))
    cov = next(r for r in rows if r[2] == "教师培训覆盖率")
    same("h362 the 评分表 copies it, met either way", (cov[5], met(cov[4], "95.35%"), cov[6]), ("95.53%", True, "6"))
    m = re.search(r"预算执行率＝全年执行数÷全年预算数×100%＝([\d,.]+)÷([\d,.]+)×100%＝([\d.]+%)", flat)
    same("h362 the 预算执行率 calculation is right (trap)", m.group(3), rate_s(fv(m.group(1)), fv(m.group(2))))
    # MALFORMED_RULE
    m = re.search(r"义务教育巩固率：≥(\d+)%得5分；(\d+)%（含）—(\d+)%得3分；(\d+)%以下不得分", flat)
    top, lo, hi, zero = (int(v) for v in m.groups())
    same("h362 巩固率 rule overlaps (97%–98% in two bands)", (top == hi, zero > lo, (lo, zero)), (True, True, (97, 98)))
    con = next(r for r in rows if r[2] == "义务教育巩固率")
    same("h362 巩固率 99.3% in the top band", (fv(con[5]) >= top, con[6]), (True, "5"))
    miss = Q.missed_rows([(r[0], r[1], r[2], r[4], r[5], num(r[3]), num(r[6]), r[7]) for r in rows])
    same("h362 missed rows: proportion rule with reasons (traps)", miss,
         [("教师本科以上学历比例", 5.82, 5.82, True), ("学生体质健康达标率", 4.91, 4.91, True)])
    print(f"h362: {len(rows)} rows, signature verified, total {tot[2]}")


# ------------------------------------------------------------ h363 HTML online preview, positioned divs

def check363():
    from html.parser import HTMLParser
    p = path_of("h363")
    g = gold(stem_of(p))
    page = open(p, encoding="utf-8").read()
    css = dict(re.findall(r"\.([a-z]+\d+)\{(?:left|bottom|font-size):([\d.]+)px\}", page))

    class Divs(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.texts, self.lines, self.cur = [], [], None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            cls = (a.get("class") or "").split()
            if tag == "div" and "t" in cls:
                x = next(float(css[c]) for c in cls if c.startswith("x"))
                y = next(float(css[c]) for c in cls if c.startswith("y"))
                self.cur = [x, y, ""]
            elif tag == "div" and "ln" in cls:
                st = dict(kv.split(":") for kv in a["style"].split(";") if kv)
                self.lines.append(tuple(float(st[k][:-2]) for k in ("left", "bottom", "width", "height")))

        def handle_data(self, data):
            if self.cur is not None:
                self.cur[2] += data

        def handle_endtag(self, tag):
            if tag == "div" and self.cur is not None:
                self.texts.append(tuple(self.cur))
                self.cur = None
    d = Divs()
    d.feed(page)
    ident("h363", "".join(t for _, _, t in sorted(d.texts, key=lambda t: (-t[1], t[0]))), g)
    same("h363 no <table>", "<table" in page, False)
    hs = [(x, y, x + w) for x, y, w, h in d.lines if h == 1 and w > 1]
    vs = [(x, y, y + h) for x, y, w, h in d.lines if w == 1]

    def cell_of(x, y):
        """the ruled cell holding a point: the nearest vertical lines left / right and horizontal lines above / below"""
        left = max((v[0] for v in vs if v[0] <= x and v[1] <= y <= v[2]), default=None)
        right = min((v[0] for v in vs if v[0] > x and v[1] <= y <= v[2]), default=None)
        if left is None or right is None:
            return None
        mid = (left + right) / 2
        top = min((h[1] for h in hs if h[1] > y and h[0] <= mid <= h[2]), default=None)
        bot = max((h[1] for h in hs if h[1] <= y and h[0] <= mid <= h[2]), default=None)
        return None if top is None or bot is None else (left, top, right, bot)
    cells = {}
    for x, y, t in d.texts:
        c = cell_of(x + 2, y + 4)
        if c:
            cells.setdefault(c, []).append((-y, x, t))
    cells = {c: "".join(t for _, _, t in sorted(v)) for c, v in cells.items()}
    dom_first = [t for x, y, t in d.texts if cell_of(x + 2, y + 4)][:6]
    same("h363 DOM order is column by column (trap)", dom_first[:4], ["项目", "合计", "其中：基本支出", "\u3000\u3000\u3000项目支出"])

    def table_rows(cols):
        """rows of a table whose columns start at the given lefts: each row a list of cell texts (merged cells repeated)"""
        bands = sorted({c[1] for c in cells if c[0] == cols[-1]}, reverse=True)
        out = []
        for top in bands:
            bot = next(c[3] for c in cells if c[0] == cols[-1] and c[1] == top)
            mid = (top + bot) / 2
            row = []
            for x in cols:
                row.append(next((t for c, t in cells.items() if c[0] == x and c[3] <= mid <= c[1]), ""))
            out.append(row)
        return out
    lefts = sorted({c[0] for c in cells})
    bcols = [x for x in lefts if any(c[0] == x and "年初预算数" in t for c, t in cells.items())]
    btop = next(c[1] for c, t in cells.items() if t == "项目")
    icols_top = next(c[1] for c, t in cells.items() if t == "一级指标")
    bcells = {c: t for c, t in cells.items() if c[1] <= btop and c[1] > icols_top}
    brows = sorted({c[1] for c in bcells}, reverse=True)
    bt = [[t for c, t in sorted((c, t) for c, t in bcells.items() if c[1] == top)] for top in brows]
    bud = {r[0].strip("\u3000").replace("其中：", ""): [fv(v) for v in r[1:]] for r in bt[1:]}
    same("h363 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h363 BREAKDOWN_SUM: only 全年预算数 fails to add",
         [(k, r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["合计"][k]) for k in range(3)
          if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001], [(1, 8408.5, 8480.5)])
    same("h363 the printed rate is worked on the printed 合计 (no EXECUTION_RATE)",
         [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001], [])
    icells = {c: t for c, t in cells.items() if c[1] <= icols_top}
    cols = sorted({c[0] for c in icells if c[1] == icols_top})
    same("h363 indicator columns", len(cols), 7)
    rows_all = table_rows(cols)
    same("h363 header", rows_all[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    ind = [r for r in rows_all[1:] if not r[0].endswith("小计") and r[0] != "合计"]
    subs = [r for r in rows_all[1:] if r[0].endswith("小计")]
    tot = next(r for r in rows_all if r[0] == "合计")
    C.compare_rows("h363", rows_of(ind), g)
    same("h363 sections = gold (as printed)", [(r[0][:-2], fv(r[5]), fv(r[6])) for r in subs],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h363 total", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h363 a two-line name joined", any(r[2] == "农村公路安全生命防护工程" for r in ind), True)
    rsum = r2(sum(fv(r[6]) for r in ind))
    same("h363 TOTAL_VS_ROWS: rows vs 合计 vs 小计", (rsum, fv(tot[6]), r2(sum(fv(r[6]) for r in subs))),
         (97.72, 97.27, 97.18))
    bad = [(r[0][:-2], r[6], r2(sum(fv(x[6]) for x in ind if x[0] == r[0][:-2]))) for r in subs
           if abs(fv(r[6]) - sum(fv(x[6]) for x in ind if x[0] == r[0][:-2])) > 0.001]
    same("h363 SECTION_VS_ROWS: the one wrong 小计", bad, [("效益指标", "23.06", 23.6)])
    miss = Q.missed_rows([tuple(r[:7]) + ("",) for r in rows_of(ind)])
    same("h363 missed rows: proportion rule (traps)", [(a, b_, c) for a, b_, c, _ in miss],
         [("危桥改造", 6.42, 6.42), ("重点项目按期完工率", 4.7, 4.7), ("客运站旅客发送量", 5.6, 5.6)])
    print(f"h363: {len(ind)} rows from {len(d.texts)} positioned lines, total {tot[6]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h359", check359), ("h360", check360), ("h361", check361), ("h362", check362),
                    ("h363", check363)):
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
