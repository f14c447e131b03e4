#!/usr/bin/python3
"""Round 72's independent check: re-reads h414–h418 with readers that are not the writers (nothing of reports72.py is
imported; check47 gives the comparison helpers, check53 small helpers and the PDF words / rectangles, check58 the met /
missed helpers, check70 its HTML grid reader, check71 its picture-table OCR) and compares what they read with
gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check72.py [h414 …]
    /usr/bin/python3 -B corpus-heldout/src/check72.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h414 pikepdf on the fonts and content streams (the Naskh subsets' ToUnicode CMaps parsed here, every string
shown in them decoded: presentation forms in visual order) and poppler's `pdftotext -bbox` words placed in the stroked
rectangles (a cell's Arabic-script words told apart from its Chinese); h415 the raw bytes decoded as Big5 (strict), the
character references counted and resolved by lxml.html, check70's rowspan / colspan grid; h416 Pillow on the GIF (header,
palette), the picture doubled and its ruled tables read by check71's grid finder and tesseract OCR; h417 the WARC
walked record by record here (gzip members, WARC headers, Content-Length, the block and payload digests), the HTTP
response's charset from its Content-Type, the page decoded as GBK and read by lxml.html; h418 pikepdf rectangles and
poppler words per page (the sheet's two pages), the third page's text split into Excel's 单元格 / 批注 entries.
"""
import base64
import copy
import gzip
import hashlib
import io
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check70 as T  # noqa: E402  (the HTML grid reader)
import check71 as O  # noqa: E402  (picture tables by OCR)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met = Q.stem_of, Q.lead_num, Q.met
MUTATE = False
BANDS_RE = r"90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”"
AR = re.compile(r"[\u0600-\u06ff\ufb50-\ufeff]")


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


def met_short(tup):
    """rows whose quantitative target is met but which lose points"""
    return [(x[2], x[5], x[6], x[7]) for x in tup if met(x[3], x[4]) and x[6] < x[5]]


def rate_s(x, y):
    return f"{x / y * 100 + 1e-9:.2f}%"


def parts_bad(tot, basic, proj, cols=(1, 2, 3)):
    return [k for k in cols if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001]


def secs_of(tup, names):
    return [(n, r2(sum(x[5] for x in tup if x[0] == n)), r2(sum(x[6] for x in tup if x[0] == n))) for n in names]


# ------------------------------------------------------------ PDF cells: words in stroked rectangles, tables apart

def pdf_tables(p, page, keep=lambda w: True):
    """the page's ruled tables (rectangles grouped by touching edges, top to bottom), each as rows of cell texts:
    rows by the distinct tops, columns by the distinct left / right edges, a merged cell repeated in the slots it
    covers; the words are those `keep` accepts, a cell's lines top to bottom"""
    rects = K.pdf_rects(p, page)
    words = [w for w in K.pdf_words(p, page) if keep(w)]
    texts = K.cell_texts(words, rects)
    groups = []
    for r in sorted(rects, key=lambda r: -r[3]):
        for gr in groups:
            if any(abs(r[3] - o[1]) < 0.5 or abs(r[1] - o[3]) < 0.5 or (r[1] < o[3] - 0.5 and r[3] > o[1] + 0.5)
                   for o in gr):
                gr.append(r)
                break
        else:
            groups.append([r])
    out = []
    for gr in groups:
        lefts = sorted({round(r[0], 1) for r in gr} | {round(r[2], 1) for r in gr})
        tops = sorted({round(r[3], 1) for r in gr}, reverse=True)
        grid = []
        for t in tops:
            row = []
            for a, b in zip(lefts, lefts[1:]):
                mid = (a + b) / 2
                cell = next((r for r in gr if r[0] - 0.2 <= mid <= r[2] + 0.2 and r[3] + 0.2 >= t - 1 >= r[1] - 0.2),
                            None)
                row.append(texts.get(cell, "") if cell else "")
            grid.append(row)
        out.append(grid)
    return out


def dedup(row):
    out = []
    for v in row:
        if not out or v != out[-1] or v == "":
            out.append(v)
    return out


# ------------------------------------------------------------ h414 PDF, Kazakh / Chinese

def tounicode(stream):
    """{code: text} from a ToUnicode CMap (bfchar and bfrange)"""
    data = stream.read_bytes().decode("latin-1")
    out = {}
    for blk in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            out[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for blk in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            base = int(c, 16)
            for k, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                out[code] = chr(base + k)
    return out


def naskh_strings(p):
    """per page, the strings drawn in the Noto Naskh Arabic subsets, decoded by their ToUnicode maps, in the order the
    content stream shows them (one per BT … ET), with the embedded font names"""
    import pikepdf
    pdf = pikepdf.open(p)
    pages, names = [], set()
    for pg in pdf.pages:
        fonts = pg.Resources.Font
        maps = {}
        for k in fonts.keys():
            f = fonts[k]
            if "Naskh" in str(f.BaseFont):
                names.add((str(f.BaseFont), str(f.Subtype), "/FontFile2" in f.FontDescriptor))
                maps[k] = tounicode(f.ToUnicode)
        cur, buf, out = None, [], []
        for operands, op in pikepdf.parse_content_stream(pg):
            o = str(op)
            if o == "BT":
                buf = []
            elif o == "Tf":
                cur = str(operands[0])
            elif o == "Tj" and cur in maps:
                buf.append("".join(maps[cur][b] for b in bytes(operands[0])))
            elif o == "ET" and buf:
                out.append("".join(buf))
                buf = []
        pages.append(out)
    return pages, names


def form_of(ch):
    n = unicodedata.name(ch, "")
    for k in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if f"{k} FORM" in n:
            return k
    return None


def visual_ok(s_):
    """(words whose leftmost letter is an INITIAL or MEDIAL form, words whose rightmost is a FINAL or MEDIAL form):
    in visual order (right to left drawn left to right) a word's leftmost letter is its last, never INITIAL"""
    bad_left, right_initial = 0, 0
    for w in s_.split():
        letters = [ch for ch in w if "\ufb50" <= ch <= "\ufeff" or "\u0600" <= ch <= "\u06ff"]
        if len(letters) < 2:
            continue
        if form_of(letters[0]) in ("INITIAL", "MEDIAL"):
            bad_left += 1
        if form_of(letters[-1]) == "INITIAL":
            right_initial += 1
    return bad_left, right_initial


def logical(s_):
    """a visual-order line back to logical order: the characters reversed, each run of digits kept, NFKC"""
    rev = s_[::-1]
    rev = re.sub(r"\d+", lambda m: m.group(0)[::-1], rev)
    return unicodedata.normalize("NFKC", rev)


def bi_cells(p, page):
    """per table, rows of (arabic line(s), chinese text) per cell: the Arabic-script words above the Chinese"""
    rects = K.pdf_rects(p, page)
    ws = K.pdf_words(p, page)
    ar = K.cell_texts([w for w in ws if AR.search(w[3])], rects)
    arabic_y = {}
    for cx, cy, x0, t in ws:
        if AR.search(t):
            inside = [r for r in rects if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
            if inside:
                r = min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))
                arabic_y.setdefault(r, []).append(cy)
    zh_y = {}
    for cx, cy, x0, t in ws:
        if not AR.search(t):
            inside = [r for r in rects if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
            if inside:
                r = min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))
                zh_y.setdefault(r, []).append(cy)
    above = {r: min(arabic_y[r]) > max(zh_y.get(r, [-1e9])) for r in arabic_y}
    return ar, above, rects


def check414():
    p = path_of("h414")
    g = gold(stem_of(p))
    pages, names = naskh_strings(p)
    same("h414 Noto Naskh Arabic embedded as TrueType subsets (FontFile2) (trap)",
         sorted({(n.split("+")[-1], s_, e) for n, s_, e in names}), [("NotoNaskhArabic-Regular", "/TrueType", True)])
    allk = [s_ for pg in pages for s_ in pg]
    pf = sum(1 for s_ in allk for ch in s_ if "\ufb50" <= ch <= "\ufeff")
    base = sorted({ch for s_ in allk for ch in s_ if "\u0600" <= ch <= "\u06ff"})
    bad_left = sum(visual_ok(s_)[0] for s_ in allk)
    right_init = sum(visual_ok(s_)[1] for s_ in allk)
    same("h414 the Kazakh stored as presentation forms in VISUAL order: no word starts (left) with an initial form, "
         "words end (right) with one; base characters only the Arabic comma، and ٴ / ە, which have no presentation forms (trap)",
         (pf > 500, bad_left, right_init > 40, base), (True, 0, True, ["\u060c", "\u0674", "\u06d5"]))
    title = logical(pages[0][0])
    same("h414 the first Kazakh line, in logical order, is the title (… باعالاۋ كەستەسى, 2024 first) (trap)",
         (title.startswith("2024 جىلعى"), title.endswith("باعالاۋ كەستەسى")), (True, True))
    t1, t2 = pdf_tables(p, 1, keep=lambda w: not AR.search(w[3]))
    (t3,) = pdf_tables(p, 2, keep=lambda w: not AR.search(w[3]))
    ar1, above1, _ = bi_cells(p, 1)
    ar2, above2, _ = bi_cells(p, 2)
    same("h414 every cell carrying Kazakh has it ABOVE its Chinese; 20 such cells on p. 1 (two headers, the row labels), 23 on p. 2: the header, "
         "一级 / 二级 cells, 总分, 自评等级 and 优 (trap)",
         (all(above1.values()), all(above2.values()), len(ar1), len(ar2)), (True, True, 20, 23))
    text1 = K.pdf_words(p, 1)
    text = "".join(t for _, _, _, t in text1 if not AR.search(t))
    ident("h414", text, g)
    same("h414 table headers (Chinese)", ([dedup(t1[0])[1:], dedup(t2[0]), dedup(t3[0])]),
         [["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], ["一级指标", "分值", "得分", "得分率"],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]])
    b = {r[1]: r for r in t1[1:]}
    fund, basic, proj = b["年度资金总额"], b["其中：基本支出"], b["项目支出"]
    same("h414 budget = gold", (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6]), fv(basic[3]), fv(basic[4]),
                                fv(proj[3]), fv(proj[4])), gbudget(g))
    same("h414 BREAKDOWN_SUM: 基本 + 项目 against the 全年预算数 合计 (年初 and 执行 add up)",
         (parts_bad([None] + fund[1:], [None] + basic[1:], [None] + proj[1:], cols=(2, 3, 4)), fund[3],
          f"{fv(basic[3]) + fv(proj[3]):,.2f}"), ([3], "5,554.23", "5,545.23"))
    same("h414 the rate follows the printed 合计; 基本 / 项目 rates right; none over; fund score = rate × 10 (traps)",
         (fund[6] == rate_s(fv(fund[4]), fv(fund[3])), [r[1] for r in (basic, proj) if r[6] != rate_s(fv(r[4]), fv(r[3]))
                                                         or fv(r[4]) > fv(r[3])], fv(fund[7]) == r2(fv(fund[6]) / 10),
          rate_s(fv(fund[4]), fv(basic[3]) + fv(proj[3]))), (True, [], True, "95.72%"))
    tail = next(i for i, r in enumerate(t3) if r[0] == "总分")
    rows = [r for r in t3[1:tail]]
    allrows = [["", "", "年度资金总额", "", fund[6], fund[5], fund[7], ""]] + rows
    C.compare_rows("h414", [[x or None for x in r[:5]] + r[5:7] for r in allrows], g)
    tup = tuples(allrows)
    same("h414 总分 and 自评等级", (fv(t3[tail][5]), fv(t3[tail][6]), t3[tail + 1][5]),
         (g["maxScore"], g["totalScore"], g["grade"]))
    secs = [(r[0], fv(r[1]), fv(r[2]), r[3]) for r in t2[1:]]
    same("h414 sections = gold (the 一级 rows of 一级指标得分情况; the fund line is a row, not a section)",
         [{"name": n, "weight": w, "score": s_} for n, w, s_, _ in secs if n in ("产出指标", "效益指标", "满意度指标")],
         [dict(s_, weight=float(s_["weight"]), score=float(s_["score"])) for s_ in g["sections"]])
    rs = secs_of(tup, ["产出指标", "效益指标", "满意度指标"])
    same("h414 the sections equal their rows (trap)", [(n, w, s_) for n, w, s_, _ in secs[1:4]], rs)
    same("h414 SCORE_RATE: each 得分率 against 得分 ÷ 分值 (only 效益指标 off)",
         [(n, rt, rate_s(s_, w)) for n, w, s_, rt in secs if rt != rate_s(s_, w)], [("效益指标", "96.76%", "96.67%")])
    same("h414 TARGET_MET_POINTS_LOST: met rows losing points",
         met_short(tup[1:]), [("农产品质量安全抽检合格率", 5.0, 4.0, "")])
    same("h414 traps: missed by the proportion with reasons; met exactly; ceilings; 总分 = rows; 分值 100; grade",
         (missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)),
          grade_of(g["totalScore"]), re.search(BANDS_RE, "".join(t for _, _, _, t in K.pdf_words(p, 2))) is not None),
         ([("农牧民实用技术培训", 4.62, 4.62, True), ("新型农业经营主体满意度", 6.88, 6.88, True)], ["高标准农田建设面积"],
          ["高标准农田亩均建设成本"], g["totalScore"], 100.0, "优", True))
    print(f"h414: PDF, {len(allk)} Kazakh strings in Naskh subsets ({pf} presentation forms), {len(rows)} rows + the fund "
          f"line, 效益指标 得分率 {secs[2][3]}, 全年 合计 {fund[3]}")


# ------------------------------------------------------------ h415 Big5 繁體 mirror

def check415():
    import lxml.html
    p = path_of("h415")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    try:
        raw.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    src = raw.decode("big5")  # strict: every byte sequence must be Big5
    refs = re.findall(r"&#(\d+);", src)
    chars = sorted({chr(int(x)) for x in refs})
    not_big5 = []
    for ch in chars:
        try:
            ch.encode("big5")
        except UnicodeEncodeError:
            not_big5.append(ch)
    same("h415 Big5 bytes (not UTF-8), meta charset big5 twice, every character reference one Big5 lacks (trap)",
         (utf8, len(re.findall(r'charset="?big5', src, re.I)), len(refs) > 30, chars == not_big5,
          {"≥", "≤", "羣", "衆", "啓", "着", "牀", "爲"} <= set(chars)), (False, 2, True, True, True))
    doc = lxml.html.fromstring(src)
    head = doc.xpath("//title")[0].text_content()
    same("h415 the whole page traditional, the <title> and the chrome included (trap)",
         (head, "簡體版" in src, "繁體版" in src), ("晉江市民政局2024年度部門整體支出績效自評報告_晉江市人民政府", True, True))
    art = doc.xpath('//div[@class="content"]')[0]
    text = canon(art.text_content())
    same("h415 no simplified-only characters left in the article (trap)",
         [ch for ch in "绩预执门体评报满总产标这为发县数" if ch in text], [])
    ident("h415", text + canon(doc.xpath("//h1")[0].text_content()), g)
    t1, t2, t3 = [T.html_grid(t) for t in art.xpath(".//table")]
    bt = {r[0]: r for r in t1[1:]}
    tot, basic, proj = bt["合計"], bt["其中：基本支出"], bt["項目支出"]
    same("h415 budget = gold (表1)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    m = re.search(r"預算執行率＝全年執行數÷全年預算數×100%＝([\d,.]+)÷([\d,.]+)×100%＝([\d.]+%)", text)
    same("h415 FORMULA: 二's calculation against its own operands; 表1 and the 預算執行率 row copy the printed figure",
         (m.group(1) == tot[3], m.group(2) == tot[2], m.group(3), rate_s(fv(m.group(1)), fv(m.group(2))), tot[4]),
         (True, True, "95.78%", "95.87%", "95.78%"))
    same("h415 parts add up; 基本 / 項目 rates right; none over (traps)",
         (parts_bad(tot, basic, proj), [r[0] for r in (basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))
                                        or fv(r[3]) > fv(r[2])]), ([], []))
    same("h415 表3 columns", t3[0], ["一級指標", "二級指標", "三級指標", "年度指標值", "實際完成值", "分值", "得分",
                                     "偏差原因分析"])
    body = [r for r in t3[1:] if r[0] != "合計"]
    rows = [[c if c != "\xa0" else "" for c in r] for r in body]
    C.compare_rows("h415", [r[:7] for r in rows], g)
    tup = tuples(rows)
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2[1:] if r[0] != "合計"]
    same("h415 sections = gold (表2)", [{"name": n, "weight": w, "score": s_} for n, w, s_ in secs],
         [dict(s_, weight=float(s_["weight"]), score=float(s_["score"])) for s_ in g["sections"]])
    rsec = dict((n, (w, s_)) for n, w, s_ in secs_of(tup, [n for n, _, _ in secs]))
    same("h415 SECTION_VS_ROWS: 表2 against 表3's rows (only 效益指標 off)",
         [(n, w, s_, rsec[n]) for n, w, s_ in secs if (w, s_) != rsec[n]], [("效益指標", 30.0, 28.29, (30.0, 28.92))])
    t2tot = next(r for r in t2 if r[0] == "合計")
    same("h415 表2 合計, 表3 合計 and 四 = the rows, not 表2's column",
         (fv(t2tot[2]), fv(next(r for r in t3 if r[0] == "合計")[6]), r2(sum(x[6] for x in tup)),
          r2(sum(s_ for _, _, s_ in secs)), re.search(r"自評得分([\d.]+)分", text).group(1)),
         (g["totalScore"], g["totalScore"], g["totalScore"], 97.57, "98.20"))
    ys = tup[0]
    same("h415 the 預算執行率 row copies 表1's printed rate and scores it × 10 (part of the FORMULA, not a second "
         "finding)", (ys[2], ys[4], ys[6], r2(fv(tot[4]) / 10), r2(fv(rate_s(fv(tot[3]), fv(tot[2]))) / 10)),
         ("預算執行率", "95.78%", 9.58, 9.58, 9.59))
    m2 = re.search(r"全年新增養老服務牀位(\d+)張", text)
    bed = next(x for x in tup if x[2] == "新增養老服務牀位")
    same("h415 SAME_FIGURE_DIFFERS: 三's 牀位 figure against the row; both meet ≥300張",
         (m2.group(1) if m2 else None, bed[4], met(bed[3], bed[4]), met(bed[3], m2.group(1) + "張"), bed[6]),
         ("326", "362張", True, True, 6.0))
    same("h415 三's other figures agree with the rows (trap)",
         [re.search(k, text) is not None for k in (r"低保對象9863人", r"特困人員1236人", r"照料中心20個",
                                                   r"節地生態安葬率42\.7%")], [True] * 4)
    same("h415 traps: missed by the proportion with reasons; met exactly; ceilings; 分值 100; grade",
         (missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[5] for x in tup)), grade_of(g["totalScore"]),
          re.search(r"自評等級[為爲]“(.)”", text).group(1)),
         ([("養老機構護理型牀位佔比", 5.76, 5.76, True), ("特殊困難老年人月探訪率", 4.92, 4.92, True),
           ("婚姻殯葬服務羣衆滿意度", 2.94, 2.94, True)], ["居家社區養老服務照料中心建設"], ["照料中心單個建設補助"], 100.0,
          "优", "優"))
    print(f"h415: Big5 HTML, {len(refs)} character references ({''.join(chars)}), {len(rows)} rows, 表2 效益指標 "
          f"{secs[2][2]} (rows {rsec['效益指標'][1]}), 合計 {t2tot[2]}")


# ------------------------------------------------------------ h416 GIF

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


FIG = re.compile(r"^[≥≤]?\d[\d.,]*(%|[\u4e00-\u9fff]+(/[\u4e00-\u9fff]+)?)?$")


def reread_figures(img, band, rows, cells, cols, inset=5):
    """a target / actual cell whose reading is not a figure with its unit (“≥7203¢”, “3]所”) read again: its sign kept
    from the first reading, the rest by chi_sim alone (no eng, which brings in ¢, ], |) at 1× and 2×, binarized or
    not; the first reading that is a figure with a unit taken"""
    from PIL import Image
    a, b = band
    crop = img.crop((0, a - 4, img.size[0], b + 4))
    fixed = []
    for i, row in enumerate(rows):
        for k in cols:
            t = row[k]
            if not t or FIG.match(t) or not re.match(r"^[≥≤]?\d", t):
                continue
            c = C.cell_at(cells, i, k)
            x0, y0, x1, y1 = (int(round(v)) for v in c[4])
            cc = crop.crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset))
            sign = t[0] if t[0] in "≥≤" else ""
            if sign:
                _, rest = O.first_glyph(cc)
                cc = cc.crop((rest, 0, cc.size[0], cc.size[1]))
            box = C.binarize(cc).point(lambda v: 255 - v).getbbox()
            cc = cc.crop((max(0, box[0] - 2), 0, min(cc.size[0], box[2] + 2), cc.size[1]))
            pad = Image.new("L", (cc.size[0] + 40, cc.size[1] + 30), 255)
            pad.paste(cc, (20, 15))
            big = pad.resize((pad.size[0] * 2, pad.size[1] * 2), Image.LANCZOS)
            for im in (pad, C.binarize(pad), big, C.binarize(big)):
                r = O.ocr_fix(C.tesseract(im, 7, "chi_sim"))
                if FIG.match(sign + r):
                    fixed.append((row[2], t, sign + r))
                    row[k] = sign + r
                    break
    return fixed


def check416():
    from PIL import Image
    p = path_of("h416")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    im = Image.open(p)
    pal = im.getpalette()
    ncol = len(im.getcolors(256) or [])
    rgb = im.convert("RGB")
    reds = sum(1 for c in rgb.getcolors(256) if c[1][0] > 150 and c[1][1] < 80 and c[1][2] < 80)
    same("h416 a GIF (GIF87a), palette image 1,160 px wide, at most 256 colours, red and blue-grey among them (trap)",
         (raw[:6], im.mode, im.size[0], len(pal) <= 768, 100 < ncol <= 256, reds > 0,
          any(abs(c[1][0] - 220) < 8 and abs(c[1][2] - 241) < 8 for c in rgb.getcolors(256))),
         (b"GIF87a", "P", 1160, True, True, True, True))
    img = rgb.convert("L").resize((im.size[0] * 2, im.size[1] * 2), Image.LANCZOS)
    tabs = O.tables_of(img, 40)
    same("h416 two ruled tables (budget, indicators)", len(tabs), 2)
    bud, _ = O.read_table(img, tabs[0], SERIF, num_cols=(1, 2, 3, 4))
    ind, icells = O.read_table(img, tabs[1], SERIF, sign_cols=(3,), num_cols=(5, 6))
    for name, was, now in reread_figures(img, tabs[1], ind, icells, (3, 4)):
        O.MISREADS.append(f"h416 {name}: {was!r} read again {now!r} (chi_sim alone)")
    bt = {O.ocanon(r[0]): r for r in bud[1:]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h416 budget = gold (OCR)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h416 EXECUTION_RATE: the 合计's rate against 执行 ÷ 全年; 基本 / 项目 right; parts add up; none over",
         (tot[4], rate_s(fv(tot[3]), fv(tot[2])), parts_bad(tot, basic, proj),
          [O.ocanon(r[0]) for r in (basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2])) or fv(r[3]) > fv(r[2])]),
         ("96.74%", "96.47%", [], []))
    tail = next(i for i, r in enumerate(ind) if O.ocanon(r[0]) == "合计")
    rows = [[O.ocanon(c) for c in r] for r in ind[1:tail]]
    O.compare_ocr("h416", rows, g)
    tup = tuples(O.gold_names(rows, g))
    t = ind[tail]
    same("h416 合计 and 自评等级 (OCR)", (fv(t[5]), fv(t[6]), O.ocanon(ind[tail + 1][5])),
         (g["maxScore"], g["totalScore"], g["grade"]))
    same("h416 TOTAL_VS_ROWS: the 合计 against the rows", (fv(t[6]), r2(sum(x[6] for x in tup))), (98.20, 98.02))
    ys = tup[0]
    same("h416 the 预算执行率 row copies the printed rate and scores it × 10 (part of the EXECUTION_RATE)",
         (ys[4], ys[6], r2(fv(tot[4]) / 10), r2(fv(rate_s(fv(tot[3]), fv(tot[2]))) / 10)), ("96.74%", 9.67, 9.67, 9.65))
    below = img.crop((0, tabs[1][1] + 10, img.size[0], img.size[1]))
    prose = O.ocr_fix(C.tesseract(below, 6))
    rk = next(x for x in tup if x[2] == "学前三年毛入园率")
    same("h416 RULE_SCORE: 学前三年毛入园率 against the 说明's proportion rule; 教师满意度 follows it (trap)",
         (re.search(r"未达到的按.{0,3}实际完成值.年度指标值.分值", prose) is not None, rk[4], rk[6],
          P(lead_num(rk[4]), lead_num(rk[3]), rk[5]), bool(rk[7])),
         (True, "90.1%", 4.5, 4.9, True))
    same("h416 traps: missed rows; met exactly; ceilings (none); 分值 100; grade either way",
         (missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[5] for x in tup)), grade_of(fv(t[6])),
          grade_of(r2(sum(x[6] for x in tup)))),
         ([("学前三年毛入园率", 4.5, 4.9, True), ("教师满意度", 4.85, 4.85, True)], ["校舍维修改造面积"], [], 100.0,
          "优", "优"))
    print(f"h416: GIF {im.size}, {ncol} colours, {len(rows)} rows by OCR, 合计 {t[5]} | {t[6]} (rows "
          f"{r2(sum(x[6] for x in tup))}), 执行率 {tot[4]}")


# ------------------------------------------------------------ h417 WARC

def warc_records(p):
    """[(headers dict, block bytes)] of a WARC (.warc.gz: gzip members concatenated), Content-Length honoured, the
    two CRLFs after each block checked"""
    data = gzip.decompress(open(p, "rb").read())
    out, i = [], 0
    while i < len(data):
        end = data.index(b"\r\n\r\n", i)
        head = data[i:end].decode("utf-8").split("\r\n")
        assert head[0] == "WARC/1.0", head[0]
        h = dict(x.split(": ", 1) for x in head[1:])
        n = int(h["Content-Length"])
        block = data[end + 4:end + 4 + n]
        assert data[end + 4 + n:end + 8 + n] == b"\r\n\r\n"
        out.append((h, block))
        i = end + 8 + n
    return out


def sha1b32(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()


def check417():
    import lxml.html
    p = path_of("h417")
    g = gold(os.path.basename(p)[:-len(".warc.gz")])
    raw = open(p, "rb").read()
    members = raw.count(b"\x1f\x8b\x08")
    recs = warc_records(p)
    types = [h["WARC-Type"] for h, _ in recs]
    digests = all(h["WARC-Block-Digest"] == sha1b32(b) for h, b in recs)
    ids = [h["WARC-Record-ID"] for h, _ in recs]
    same("h417 a WARC as wget writes it: one gzip member per record; warcinfo, request / response × 2, metadata, "
         "resource × 2; block digests right; responses concurrent to their requests (trap)",
         (members, types, digests, len(set(ids)),
          [recs[k][0].get("WARC-Concurrent-To") == recs[k - 1][0]["WARC-Record-ID"] for k in (2, 4)],
          recs[0][0]["Content-Type"], "Wget/1.21.3" in recs[0][1].decode()),
         (8, ["warcinfo", "request", "response", "request", "response", "metadata", "resource", "resource"], True, 8,
          [True, True], "application/warc-fields", True))

    def http(block):
        head, body = block.split(b"\r\n\r\n", 1)
        lines = head.decode("ascii").split("\r\n")
        return lines[0], dict(x.split(": ", 1) for x in lines[1:]), body
    st1, h1, b1 = http(recs[2][1])
    st2, h2, b2 = http(recs[4][1])
    same("h417 the http URL answered 301 to the https URL; the https URL 200 with the page; payload digests and "
         "Content-Length right (trap)",
         (st1, h1["Location"] == recs[3][0]["WARC-Target-URI"], st2, int(h2["Content-Length"]) == len(b2),
          recs[4][0]["WARC-Payload-Digest"] == sha1b32(b2), recs[2][0]["WARC-Payload-Digest"] == sha1b32(b1)),
         ("HTTP/1.1 301 Moved Permanently", True, "HTTP/1.1 200 OK", True, True, True))
    cs = re.search(r"charset=([\w-]+)", h2["Content-Type"]).group(1)
    try:
        b2.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    try:
        b2.decode("gb2312")
        gb2312 = True
    except UnicodeDecodeError:
        gb2312 = False
    page = b2.decode(cs)
    same("h417 the page is GBK as its Content-Type says (not UTF-8; strict GB2312 fails on 喆; its meta says gb2312) "
         "(trap)", (cs, utf8, gb2312, "charset=gb2312" in page, "王喆" in page), ("GBK", False, False, True, True))
    doc = lxml.html.fromstring(page)
    art = doc.xpath('//div[@class="content"]')[0]
    text = canon(art.text_content())
    ident("h417", text + canon(doc.xpath("//h1")[0].text_content()), g)
    t1, t2 = [T.html_grid(t) for t in art.xpath(".//table")]
    srcs = [r for r in t1[1:] if r[0] != "合计"]
    tot = next(r for r in t1 if r[0] == "合计")
    head = {r[0]: r for r in t2[:4]}
    fund = head["年度资金总额"]
    same("h417 budget = gold (the fund line of the 自评表)", (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6])),
         gbudget(g)[:4])
    same("h417 the source table's 合计 = the fund line; sources add up; rates right (traps)",
         ([fv(x) for x in tot[1:5]] == [fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6])],
          [k for k in (1, 2, 3) if abs(sum(fv(s_[k]) for s_ in srcs) - fv(tot[k])) > 0.001],
          [s_[0] for s_ in srcs + [tot] if s_[4] != rate_s(fv(s_[3]), fv(s_[2]))]), (True, [], []))
    same("h417 SPENDING_OVER_BUDGET: sources spending over their 全年预算数; the whole under",
         ([(s_[0], s_[2], s_[3], s_[4]) for s_ in srcs if fv(s_[3]) > fv(s_[2])], fv(tot[3]) < fv(tot[2]),
          re.search(r"县级.{0,20}(超|调剂|追加)", text) is not None),
         ([("县级配套资金", "300.00", "306.42", "102.14%")], True, False))
    hi = next(i for i, r in enumerate(t2) if r[0] == "一级指标")
    tail = next(i for i, r in enumerate(t2) if r[0] == "总分")
    rows = [[c.replace("\xa0", "") for c in r] for r in t2[hi + 1:tail]]
    allrows = [["", "", "年度资金总额", "", fund[6], fund[5], fund[7], ""]] + rows
    C.compare_rows("h417", [[x or None for x in r[:5]] + r[5:7] for r in allrows], g)
    tup = tuples(allrows)
    same("h417 总分 and grade", (fv(t2[tail][5]), fv(t2[tail][6]), t2[tail][7]),
         (g["maxScore"], g["totalScore"], "自评等级：" + g["grade"]))
    fx = next(x for x in tup if x[2] == "苹果智能分选线建设")
    same("h417 NARRATIVE_NOT_DONE_FULL_MARKS: 分选线 at full marks while 三 says it is not in use",
         (fx[4], fx[5], fx[6], re.search(r"苹果智能分选线设备.{0,30}尚未投入使用", text) is not None),
         ("1条", 7.0, 7.0, True))
    zx = next(x for x in tup if x[2] == "苹果跨境电商出口额增长率")
    m = re.search(r"2023年尚未开展苹果跨境电商出口，2024年首次实现跨境电商出口(\d+)万元", text)
    same("h417 RATE_OVER_ZERO_BASE: a 100% growth over a 2023 base of 0, at full marks",
         (zx[4], zx[6], zx[5], m.group(1) if m else None), ("100%", 6.0, 6.0, "386"))
    same("h417 traps: fund line = rate × 10; missed by the proportion with reasons; met exactly; ceilings; 总分 = rows",
         (tup[0][6] == r2(fv(fund[6]) / 10), missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[6] for x in tup)),
          r2(sum(x[5] for x in tup))),
         (True, [("有机肥替代化肥技术到位率", 5.76, 5.76, True), ("带动脱贫户和监测户增收", 6.72, 6.72, True)],
          ["苹果智能分选线建设", "果园水肥一体化建设面积", "新型经营主体满意度"], ["示范园亩均补助标准"], g["totalScore"],
          100.0))
    print(f"h417: WARC, {len(recs)} records in {members} gzip members, page {len(b2)} bytes {cs}, {len(rows)} rows + the "
          f"fund line, 县级 {srcs[2][3]} of {srcs[2][2]}")


# ------------------------------------------------------------ h418 PDF printed from Excel, comments at end of sheet

def check418():
    p = path_of("h418")
    g = gold(stem_of(p))
    (p1,) = pdf_tables(p, 1)
    (p2,) = pdf_tables(p, 2)
    foot = [re.search(r"第(\d)页，共(\d)页", "".join(t for _, _, _, t in K.pdf_words(p, k))).groups() for k in (1, 2, 3)]
    same("h418 three pages with Excel's footer; no ruled table on page 3 (trap)",
         (foot, K.pdf_rects(p, 3)), ([("1", "3"), ("2", "3"), ("3", "3")], []))
    text = "".join(t for k in (1, 2) for _, _, _, t in K.pdf_words(p, k))
    ident("h418", text, g)
    hi = next(i for i, r in enumerate(p1) if r[1] == "一级指标")
    same("h418 page 2 opens with the indicator header again (a print title) (trap)", p2[0][1:], p1[hi][1:])
    fund = next(r for r in p1 if r[1] == "年度资金总额")
    srcs = [r for r in p1 if re.search(r"(中央|省级|县级).*资金", r[1])]
    same("h418 budget = gold (the fund line)", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])), gbudget(g)[:4])
    same("h418 sources add up; rates right; none over (traps)",
         ([k for k in (3, 4, 5) if abs(sum(fv(s_[k]) for s_ in srcs) - fv(fund[k])) > 0.001],
          [s_[1] for s_ in srcs + [fund] if s_[7] != rate_s(fv(s_[5]), fv(s_[4])) or fv(s_[5]) > fv(s_[4])]), ([], []))
    same("h418 BUDGET_ROW_SCORE: the fund line's 得分 against 执行率 × 分值",
         (fund[8], r2(fv(fund[7]) * fv(fund[6]) / 100)), ("9.06", 9.6))
    tail = next(i for i, r in enumerate(p2) if r[0] == "总分")
    body = p1[hi + 1:] + p2[1:tail]
    rows = [r[1:] for r in body]
    allrows = [["", "", "年度资金总额", "", fund[7], fund[6], fund[8], ""]] + rows
    C.compare_rows("h418", [[x or None for x in r[:5]] + r[5:7] for r in allrows], g)
    tup = tuples(allrows)
    same("h418 总分 | 100 | total | 自评等级", (fv(p2[tail][6]), fv(p2[tail][7]), p2[tail][8]),
         (g["maxScore"], g["totalScore"], "自评等级：" + g["grade"]))
    over = [(x[2], x[5], x[6]) for x in tup if x[6] > x[5]]
    same("h418 ROW_SCORE_OVER_WEIGHT: rows scoring over their 分值", over, [("灌区受益人口", 5.0, 6.0)])
    # the comments page: 单元格 / 批注 entries, and the cell each names
    words3 = K.pdf_words(p, 3)
    lines = {}
    for cx, cy, x0, t in words3:
        key = next((k for k in lines if abs(k - cy) < 2.5), cy)
        lines.setdefault(key, []).append((x0, t))
    ls = ["".join(t for _, t in sorted(v)) for _, v in sorted(lines.items(), key=lambda kv: -kv[0])]
    ls = [x for x in ls if not x.startswith("第")]
    comments, cur = [], None
    for x in ls:
        if x.startswith("单元格:"):
            cur = [x[4:], None, ""]
            comments.append(cur)
        elif x.startswith("批注:"):
            cur[1] = x[3:].rstrip(":")
        else:
            cur[2] += x
    cols = "ABCDEFGHI"

    def cell(ref):
        c, r = cols.index(ref[0]), int(ref[1:])
        if r == 7:
            return fund[c]
        row = body[r - 14]
        return row[c]
    same("h418 five comments at the end of the sheet, each naming a cell and an author (trap)",
         [(c[0], c[1]) for c in comments], [("E7", "县财政局张丽"), ("F14", "李卫东"), ("H16", "县财政局张丽"),
                                            ("I27", "李卫东"), ("H29", "县财政局张丽")])
    same("h418 the cells the comments name hold what the comments speak of (trap): the 全年预算数, 28.6公里, the 节水 "
         "row's 得分, the 管护 reason, the 协会 row's corrected 4.92",
         [cell(c[0]) for c in comments], ["2,640.00", "28.6公里", "7", "村级管护人员不稳定，扣1分", "4.92"])
    js = next(x for x in tup if x[2] == "新增高效节水灌溉面积")
    h16 = next(c for c in comments if c[0] == "H16")[2]
    same("h418 TARGET_MISSED_FULL_MARKS: 1.38 of ≥1.5万亩 at full 7, no reason; the H16 comment asked for the "
         "proportion and a reason",
         (met(js[3], js[4]), js[5], js[6], js[7], P(1.38, 1.5, 7), "请按完成比例计分" in h16), (False, 7.0, 7.0, "", 6.44,
                                                                                           True))
    same("h418 the comments' figures are not report values: the 40万元 追加 = 全年 − 年初 of 省级; “原填5分” the old "
         "value of a row now 4.92 (traps)",
         (r2(fv(srcs[1][4]) - fv(srcs[1][3])), "原填5分" in comments[4][2], tup[-1][6]), (40.0, True, 4.92))
    same("h418 traps: missed rows; met exactly; ceilings; 总分 = rows; 分值 100; grade",
         (missed(tup[1:]), exact(tup), ceilings(tup), r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)),
          grade_of(g["totalScore"])),
         ([("新增高效节水灌溉面积", 7.0, 6.44, False), ("农民用水户协会满意度", 4.92, 4.92, True)], ["新建改造渠系建筑物",
                                                                    "灌区信息化管理平台建设"],
          ["干支渠衬砌单位造价"], g["totalScore"], 100.0, "优"))
    print(f"h418: PDF 3 pages, {len(rows)} rows + the fund line over pages 1–2, {len(comments)} comments on page 3, "
          f"fund line {fund[7]} → {fund[8]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h414", check414), ("h415", check415), ("h416", check416), ("h417", check417),
                    ("h418", check418)):
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
