#!/usr/bin/python3
"""Round 70's independent check: re-reads h404–h408 with readers that are not the writers (nothing of reports70.py is
imported; check47 gives the comparison helpers, check53 small helpers and the PDF words / rectangles, check58 the met /
missed helpers, check62 its DOCX grid reader, check65 the PDF page text) and compares what they read with
gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check70.py [h404 …]
    /usr/bin/python3 -B corpus-heldout/src/check70.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h404 the 7-Zip command line (`7z l -slt` for the entries, method, solidity and the absent timestamps; `7z t`;
`7z x` into a temporary directory), then zipfile + lxml with check62's grid reader on the DOCX and poppler
(`pdftotext -bbox`) with a table reader written here (ruled rectangles grouped into tables by vertical contact) on the
PDF, 说明.txt decoded as GBK; h405 olefile on the compound file (the property streams parsed here: header counts,
16-byte entries, the variable-length values from their __substg1.0_ streams), lxml.html on PR_HTML decoded by its
PR_INTERNET_CPID, the plain body split on tabs, zipfile + lxml on the attachment's PR_ATTACH_DATA_BIN, and Debian's
`msgconvert` (libemail-outlook-message-perl) to EML read back by Python's email parser; h406 pikepdf (one page, its
MediaBox) and poppler words in the rectangles of each of the page's three tables; h407 the raw bytes (no BOM, the
meta's charset, strict UTF-8 and GB2312 decoding) and lxml.html on the text decoded as UTF-8 (and, for the trap, on
the bytes as the meta says); h408 pikepdf on the fonts (the embedded Tibetan TrueType with its ToUnicode) and poppler
words in the rectangles, each cell's Tibetan line told apart from its Chinese by code point.
"""
import copy
import email
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words and rectangles)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check62 as Y  # noqa: E402  (the DOCX grid reader)
import check65 as Z  # noqa: E402  (PDF page text)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MUTATE = False
BANDS_RE = r"90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”"
TIB = re.compile(r"[\u0f00-\u0fff]")


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


def secs_rows(tup):
    out = {}
    for x in tup:
        w, s_ = out.get(x[0], (0, 0))
        out[x[0]] = (r2(w + x[5]), r2(s_ + x[6]))
    return out


def missed(tup):
    return list(Q.missed_rows(tup))


def exact(tup):
    return [x[2] for x in tup if str(x[3]).startswith("≥") and lead_num(x[3]) == lead_num(x[4])]


def ceilings(tup):
    return [x[2] for x in tup if str(x[3]).startswith("≤") and met(x[3], x[4])]


def parts_check(tot, basic, proj):
    """columns (1 年初, 2 全年, 3 执行) where 基本 + 项目 ≠ 合计"""
    return [k for k in (1, 2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001]


# ------------------------------------------------------------ PDF: the ruled tables of a page, each its own grid

def pdf_tables(p, page, strip=None):
    """every ruled table of a page as rows of cell texts: rectangles grouped into tables by vertical contact, each
    table's columns by its own distinct left / right edges, a merged cell's text in every slot it covers; strip: a
    function applied to each cell's text"""
    ws, rects = K.pdf_words(p, page), K.pdf_rects(p, page)
    texts = K.cell_texts(ws, rects)
    groups = []
    for r in sorted(rects, key=lambda r: (-r[3], r[0])):
        for gp in groups:
            if gp["bottom"] - 1.0 <= r[3] <= gp["top"] + 1.0:
                gp["rects"].append(r)
                gp["bottom"] = min(gp["bottom"], r[1])
                break
        else:
            groups.append({"rects": [r], "top": r[3], "bottom": r[1]})
    out = []
    for gp in groups:
        rs = gp["rects"]
        lefts = sorted({round(r[0], 1) for r in rs} | {round(r[2], 1) for r in rs})
        tops = sorted({round(r[3], 1) for r in rs}, reverse=True)
        grid = []
        for t in tops:
            row = []
            for a, b in zip(lefts, lefts[1:]):
                mid = (a + b) / 2
                cell = next((r for r in rs if r[0] - 0.2 <= mid <= r[2] + 0.2 and r[3] + 0.2 >= t - 1 >= r[1] - 0.2),
                            None)
                txt = texts.get(cell, "") if cell else ""
                row.append(strip(txt) if strip else txt)
            grid.append(row)
        out.append(grid)
    return out


def dedup(row):
    return Z.dedup(row)


# ------------------------------------------------------------ h404 7-Zip archive: DOCX + stamped PDF + 说明.txt

def docx_read(data):
    """(paragraph texts of the body, [grids]) of a DOCX given as bytes (check62's grid reader on each table)"""
    from lxml import etree
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.findall(W + "p")]
    grids = [Y.docx_grid(t) for t in body.findall(W + "tbl")]
    return paras, grids


def form404(tag, text, bgrid, igrid, g):
    """the report's checks on one rendering; returns what the two renderings must share"""
    ident(tag, text, g)
    bt = {r[1]: r[1:] for r in bgrid[1:]}
    tot, basic, proj = bt["合计"], bt["基本支出"], bt["项目支出"]
    same(f"{tag} budget = gold", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                  fv(proj[2]), fv(proj[3])), gbudget(g))
    same(f"{tag} BREAKDOWN_SUM: 执行 基本 + 项目 against the 合计; 年初 and 全年 add up; rates on the printed figures "
         "(traps)", (parts_check(tot, basic, proj), r2(fv(basic[3]) + fv(proj[3])), fv(tot[3]),
                     [r[0] for r in (tot, basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))],
                     [r[0] for r in (basic, proj) if fv(r[3]) > fv(r[2])]),
         ([3], 6204.75, 6214.37, [], []))
    m = re.search(r"全年执行([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元，预算执行率([\d.]+%)", text)
    same(f"{tag} 二's text = the table (the same 6,214.37) (trap)", m.groups(), (tot[3], basic[3], proj[3], tot[4]))
    head = next(i for i, r in enumerate(igrid) if r[0] == "一级指标")
    tail = next(i for i, r in enumerate(igrid) if r[0] == "总分")
    rows = igrid[head + 1:tail]
    C.compare_rows(tag, [r[:7] for r in rows], g)
    tup = tuples(rows)
    same(f"{tag} 总分 = the rows; 分值 100", (fv(igrid[tail][5]), fv(igrid[tail][6]), r2(sum(x[6] for x in tup)),
                                            r2(sum(x[5] for x in tup))), (100.0, g["totalScore"], g["totalScore"], 100.0))
    tm = next(x for x in tup if x[2] == "动物疫病强制免疫密度")
    same(f"{tag} TARGET_MET_POINTS_LOST: 96.5% of ≥90% at 4 of 5, no reason",
         (met(tm[3], tm[4]), tm[5], tm[6], tm[7]), (True, 5.0, 4.0, ""))
    mu = re.search(r"新建高标准农田([\d.]+)万亩", text).group(1)
    row_mu = next(x for x in tup if x[2] == "新建高标准农田面积")
    same(f"{tag} SAME_FIGURE_DIFFERS: 三's 高标准农田 against the row; both meet ≥2.3 (trap)",
         (mu, row_mu[4], float(mu) >= 2.3, met(row_mu[3], row_mu[4]), row_mu[6]), ("2.36", "2.63万亩", True, True, 6.0))
    same(f"{tag} traps: 预算执行率 = rate × 10; missed rows; met exactly; ceiling; 编制 adds up",
         (tup[0][4] == tot[4], tup[0][6] == r2(fv(tot[4]) / 10), missed(tup)[1:], exact(tup), ceilings(tup),
          re.search(r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名", text).groups()),
         (True, True, [("高素质农民培训", 4.6, 4.6, True), ("农村居民人均可支配收入增长率", 5.66, 5.66, True)],
          ["规模养殖场粪污处理设施改造"], ["高标准农田亩均财政投入"], ("168", "22", "146")))
    same(f"{tag} grade", (re.search(r"自评等级为“(.)”", text).group(1), igrid[tail + 1][5], grade_of(g["totalScore"]),
                          re.search(BANDS_RE, text) is not None), (g["grade"], g["grade"], "优", True))
    return bgrid, [r[:8] for r in rows], mu, igrid[tail][6]


def check404():
    p = path_of("h404")
    g = gold(stem_of(p))
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    lst = subprocess.run(["7z", "l", "-slt", p], capture_output=True, text=True, env=env, check=True).stdout
    entries = re.findall(r"^Path = (.+)$", lst, re.M)[1:]
    same("h404 a 7z archive: LZMA2, solid, three entries in one folder, no timestamps (trap)",
         (re.search(r"^Type = (\S+)", lst, re.M).group(1), sorted(set(re.findall(r"^Method = (\S+)", lst, re.M))),
          re.search(r"^Solid = (\S)", lst, re.M).group(1), [e.split("/")[-1] for e in entries],
          {e.split("/")[0] for e in entries}, set(re.findall(r"^Modified = (.*)$", lst, re.M))),
         ("7z", ["LZMA2:16"], "+", ["信丰县农业农村局2024年度部门整体支出绩效自评报告.docx",
                                    "信丰县农业农村局2024年度部门整体支出绩效自评报告（签章版）.pdf", "说明.txt"],
          {"信丰县农业农村局2024年度部门整体支出绩效自评"}, {""}))
    same("h404 7z t: no errors", "Everything is Ok" in subprocess.run(["7z", "t", p], capture_output=True, text=True,
                                                                       env=env).stdout, True)
    tmp = tempfile.mkdtemp(prefix="check70_")
    try:
        subprocess.run(["7z", "x", "-y", "-o" + tmp, p], capture_output=True, env=env, check=True)
        folder = os.path.join(tmp, entries[0].split("/")[0])
        docx = open(os.path.join(folder, entries[0].split("/")[1]), "rb").read()
        pdf = os.path.join(folder, entries[1].split("/")[1])
        note = open(os.path.join(folder, "说明.txt"), "rb").read()
        same("h404 说明.txt: GBK with CRLF, names the two files, says they agree (trap)",
             (note.decode("gbk").count("\r\n") == note.count(b"\n"), ".docx" in note.decode("gbk"),
              "（签章版）.pdf" in note.decode("gbk"), "内容一致" in note.decode("gbk")), (True, True, True, True))
        same("h404 说明.txt is not UTF-8 (trap)", _utf8_ok(note), False)
        paras, grids = docx_read(docx)
        dtext = "".join(paras)
        d = form404("h404 DOCX", dtext, grids[0], grids[1], g)
        import pikepdf
        n = len(pikepdf.open(pdf).pages)
        ptext = canon("".join(Z.page_text(pdf, k) for k in range(1, n + 1)))
        tables = pdf_tables(pdf, n)
        same("h404 PDF: three pages, the 附件's two tables on the last (trap)", (n, len(tables)), (3, 2))
        pt = form404("h404 PDF", ptext, tables[0], tables[1], g)
        same("h404 the DOCX and the stamped PDF print the same report (budget, rows, 三's figure, 总分) (trap)",
             ([r[1:] for r in d[0][1:]], d[1], d[2], d[3]), ([r[1:] for r in pt[0][1:]], pt[1], pt[2], pt[3]))
        spdf = pikepdf.open(pdf)
        ops = [(str(op), [float(v) for v in operands]) for operands, op in pikepdf.parse_content_stream(spdf.pages[1])
               if str(op) in ("RG", "rg")]
        same("h404 the seal: a red stroke and fill on the signature page, nowhere else (trap)",
             (sorted({o for o, v in ops if v[0] > 0.8 and v[1] < 0.2}),
              [k for k in (0, 2) for operands, op in pikepdf.parse_content_stream(spdf.pages[k])
               if str(op) in ("RG", "rg") and float(operands[0]) > 0.8 and float(operands[1]) < 0.2]),
             (["RG", "rg"], []))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"h404: 7z with {len(entries)} entries; DOCX and PDF read, {len(d[1])} rows each, total {d[3]}")


def _utf8_ok(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# ------------------------------------------------------------ h405 Outlook .msg

def props_of(ole, storage, header_len):
    """the property entries of a storage: {tag: value}; variable-length values read from their streams"""
    pre = storage + "/" if storage else ""
    raw = ole.openstream(pre + "__properties_version1.0").read()
    out = {}
    for k in range(header_len, len(raw), 16):
        tag, _flags = struct.unpack("<II", raw[k:k + 8])
        typ = tag & 0xFFFF
        if typ in (0x001F, 0x0102):
            size = struct.unpack("<I", raw[k + 8:k + 12])[0]
            data = ole.openstream(pre + "__substg1.0_%08X" % tag).read()
            if typ == 0x001F:
                assert size == len(data) + 2, (hex(tag), size, len(data))
                out[tag] = data.decode("utf-16-le")
            else:
                assert size == len(data)
                out[tag] = data
        elif typ == 0x0040:
            out[tag] = struct.unpack("<Q", raw[k + 8:k + 16])[0]
        else:
            out[tag] = struct.unpack("<i", raw[k + 8:k + 12])[0]
    return out, raw[:header_len]


def html_grid(table):
    """rows of cell texts with rowspan / colspan resolved (a spanned slot repeats the origin's text)"""
    grid, pending = [], {}
    for tr in table.iter("tr"):
        cells = iter([td for td in tr if td.tag in ("td", "th")])
        row, c = [], 0
        while True:
            if c in pending:
                txt, left = pending[c]
                row.append(txt)
                if left > 1:
                    pending[c] = (txt, left - 1)
                else:
                    del pending[c]
                c += 1
                continue
            td = next(cells, None)
            if td is None:
                break
            txt = re.sub(r"\s+", "", td.text_content()).replace("\u3000", "")
            cs, rs = int(td.get("colspan", 1)), int(td.get("rowspan", 1))
            for _ in range(cs):
                row.append(txt)
                if rs > 1:
                    pending[c] = (txt, rs - 1)
                c += 1
        grid.append(row)
    return grid


def form405(tag, grid, g):
    """the 项目 form's checks on one of its three printings; returns its rows for the comparison"""
    lab = {r[0]: r for r in grid}
    same(f"{tag} project / 主管部门 / 实施单位 (trap: the sender is the finance bureau)",
         (lab["项目名称"][1], lab["主管部门"][1], lab["主管部门"][5]), (g["project"], g["department"], g["implementingUnit"]))
    f0 = next(i for i, r in enumerate(grid) if r[1] == "年度资金总额")
    fund = grid[f0]
    srcs = [r for r in grid[f0 + 1:f0 + 4]]
    same(f"{tag} budget = gold", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])), gbudget(g)[:4])
    same(f"{tag} sources add up; rates right; none over (traps)",
         ([k for k in (3, 4, 5) if abs(sum(fv(r[k]) for r in srcs) - fv(fund[k])) > 0.001],
          [r[1] for r in srcs + [fund] if r[7] != rate_s(fv(r[5]), fv(r[4])) or fv(r[5]) > fv(r[4])]), ([], []))
    same(f"{tag} BUDGET_ROW_SCORE: the fund line's 得分 against 执行率 × 分值", (fund[8], r2(fv(fund[7]) / 100 * fv(fund[6]))),
         ("10", 9.33))
    done = grid[next(i for i, r in enumerate(grid) if r[0] == "年度总体目标") + 1][5]
    m = re.search(r"覆盖农村人口([\d.]+)万人，占全县农村常住人口([\d.]+)万人的([\d.]+%)", done)
    h = next(i for i, r in enumerate(grid) if r[1] == "一级指标")
    t = next(i for i, r in enumerate(grid) if r[0] == "总分")
    rows = [[""] * 2 + ["年度资金总额", "", fund[7], fund[6], fund[8], ""]] + [r[1:9] for r in grid[h + 1:t]]
    C.compare_rows(tag, [[x or "" for x in r[:7]] for r in rows], g)
    tup = tuples(rows)
    cov = next(x for x in tup if x[2] == "规模化供水工程覆盖农村人口比例")
    same(f"{tag} FORMULA: 10.40 ÷ 13.26 against the printed rate (text and row); target met either way",
         (m.group(3), cov[4], rate_s(fv(m.group(1)), fv(m.group(2))), met(cov[3], cov[4]), cov[6]),
         ("78.34%", "78.34%", "78.43%", True, 7.0))
    gr = next(x for x in tup if x[2] == "水质在线监测站点数量增长率")
    same(f"{tag} RATE_OVER_ZERO_BASE: 100% growth where the 实际完成情况 says there was no station in 2023",
         (gr[4], re.search(r"新建水质在线监测站点(\d+)个（2023年底全县尚无在线监测站点）", done) is not None),
         ("100%", True))
    same(f"{tag} 总分 = the rows as printed; 分值 100; missed; met exactly; ceiling; grade (traps)",
         (fv(grid[t][7]), r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)), missed(tup[1:]), exact(tup),
          ceilings(tup), grid[t][8], grade_of(fv(grid[t][7]) - 10 + 9.33)),
         (g["totalScore"], g["totalScore"], 100.0, [("安装水质净化消毒设备", 4.5, 4.5, True)], ["新建（改扩建）集中供水工程"],
          ["单处集中供水工程平均造价"], "自评等级：优", "优"))
    return rows


def check405():
    import lxml.html
    import olefile
    p = path_of("h405")
    g = gold(stem_of(p))
    ole = olefile.OleFileIO(p)
    paths = sorted("/".join(x) for x in ole.listdir(storages=True))
    top, head = props_of(ole, "", 32)
    nrec, natt, crec, catt = struct.unpack("<IIII", head[8:24])
    same("h405 an Outlook message: OLE compound file, IPM.Note, 2 recipients (TO, CC) and 1 attachment storage, the "
         "named-property storage (trap)",
         (olefile.isOleFile(p), top[0x001A001F], (nrec, natt, crec, catt),
          [x for x in paths if "/" not in x and not x.startswith("__substg")]),
         (True, "IPM.Note", (2, 1, 2, 1), ["__attach_version1.0_#00000000", "__nameid_version1.0",
                                           "__properties_version1.0", "__recip_version1.0_#00000000",
                                           "__recip_version1.0_#00000001"]))
    recips = [props_of(ole, f"__recip_version1.0_#{k:08X}", 8)[0] for k in range(2)]
    same("h405 the mail: from the county finance bureau to the city's, CC the 水利局 (trap: not the department)",
         (top[0x0C1A001F], [(r[0x0C150003], r[0x3001001F]) for r in recips], top[0x3FDE0003]),
         ("何文斌（汝城县财政局）", [(1, "郴州市财政局预算绩效管理科"), (2, "汝城县水利局规划计划股")], 936))
    htm = top[0x10130102].decode("cp936")
    same("h405 PR_HTML declares gb2312 and is Word's (trap)",
         ("charset=gb2312" in htm, "Microsoft Word 15" in htm, "class=MsoNormal" in htm), (True, True, True))
    doc = lxml.html.fromstring(htm)
    tables = doc.xpath("//table")
    same("h405 one table in the HTML body", len(tables), 1)
    hgrid = html_grid(tables[0])
    htext = canon(doc.text_content())
    ident("h405 HTML", htext, g)
    rows_h = form405("h405 HTML", hgrid, g)
    same("h405 the 说明's fund-line rule and bands in the HTML body (trap)",
         ("年度资金总额得分＝执行率×分值" in htext, re.search(BANDS_RE, htext) is not None), (True, True))
    # the plain body: the table's rows tab-separated, merged cells written once
    body = top[0x1000001F]
    lines = body.split("\r\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("项目名称\t"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("总分\t"))
    width = 9
    pgrid = [(ln.split("\t") + [""] * width)[:width] for ln in lines[start:end + 1]]
    same("h405 the plain body's cells = the HTML table's own cells (merged ones once) (trap)",
         [[c for c in r if c] for r in pgrid], [[c for c in r if c] for r in html_origin(tables[0])])
    att, _ = props_of(ole, "__attach_version1.0_#00000000", 8)
    data = att[0x37010102]
    same("h405 the attachment: by value, a DOCX named after the project", (att[0x37050003], att[0x3707001F],
                                                                            data[:2], att[0x3703001F]),
         (1, "2024年汝城县农村供水保障工程项目支出绩效自评表.docx", b"PK", ".docx"))
    paras, grids = docx_read(data)
    same("h405 the DOCX: one table; the same 说明 below it", (len(grids), "年度资金总额得分＝执行率×分值" in "".join(paras)), (1, True))
    rows_d = form405("h405 DOCX", grids[0], g)
    same("h405 the HTML body and the attached DOCX print the same form (trap)", rows_h, rows_d)
    if shutil.which("msgconvert"):
        tmp = tempfile.mkdtemp(prefix="check70_")
        try:
            shutil.copy(p, tmp)
            subprocess.run(["msgconvert", os.path.basename(p)], cwd=tmp, capture_output=True, check=True)
            m = email.message_from_binary_file(open(os.path.join(tmp, stem_of(p) + ".eml"), "rb"))
            parts = [(x.get_content_type(), len(x.get_payload(decode=True) or b"")) for x in m.walk()
                     if not x.is_multipart()]
            att_part = [x.get_payload(decode=True) for x in m.walk() if x.get_content_type().endswith("document")]
            same("h405 msgconvert → EML: text/plain, text/html and the DOCX, the attachment's bytes intact (trap)",
                 ([c for c, _ in parts], att_part[0] == data, m["Date"]),
                 (["text/plain", "text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
                  True, "Mon, 12 May 2025 10:26:14 +0800"))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    else:
        print("  (msgconvert not installed: the EML conversion not checked)")
    print(f"h405: MSG, {len(paths)} storages / streams, HTML + plain + DOCX read, {len(rows_h)} rows, "
          f"total {g['totalScore']}")


def html_origin(table):
    """the table's rows with each cell once (no span expansion), as the plain body writes them"""
    out = []
    for tr in table.iter("tr"):
        out.append([re.sub(r"\s+", "", td.text_content()) for td in tr if td.tag in ("td", "th")])
    return out


# ------------------------------------------------------------ h406 tall single-page PDF

def check406():
    import pikepdf
    p = path_of("h406")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    mb = [float(v) for v in pdf.pages[0].MediaBox]
    same("h406 ONE page, 595 wide and over 4,000 tall, no /Rotate (trap)",
         (len(pdf.pages), mb[2], mb[3] > 4000, int(pdf.pages[0].get("/Rotate", 0))), (1, 595.0, True, 0))
    text = canon(Z.page_text(p, 1))
    ident("h406", text, g)
    same("h406 cover: 委托单位 and 评价机构 (trap)", ("委托单位：昭平县财政局" in text, f"评价机构：{g['evaluator']}" in text),
         (True, True))
    t1, t2, t3 = pdf_tables(p, 1)
    fund = {r[0]: r for r in t1[1:]}
    tot = fund.pop("合计")
    same("h406 budget = gold (表1 合计)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4])), gbudget(g)[:4])
    same("h406 sources add up; rates right; none over (traps)",
         ([k for k in (1, 2, 3) if abs(sum(fv(r[k]) for r in fund.values()) - fv(tot[k])) > 0.001],
          [r[0] for r in list(fund.values()) + [tot] if r[4] != rate_s(fv(r[3]), fv(r[2])) or fv(r[3]) > fv(r[2])]),
         ([], []))
    secs = [(r[0], fv(r[1]), fv(r[2]), r[3]) for r in t2[1:] if r[0] != "合计"]
    sum2 = next(r for r in t2 if r[0] == "合计")
    same("h406 sections (表2) = gold", [s_[:3] for s_ in secs], [(s_["name"], s_["weight"], s_["score"])
                                                               for s_ in g["sections"]])
    head = t3[0]
    same("h406 the 评分表: nine columns, header printed once (trap)",
         (head, sum(1 for r in t3 if r[0] == "一级指标")),
         (["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分", "扣分说明"], 1))
    body = [r for r in t3[1:] if r[0] != "合计"]
    tail = next(r for r in t3 if r[0] == "合计")
    rows = [[r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8]] for r in body]
    C.compare_rows("h406", [r[:7] for r in rows], g)
    tup = tuples(rows)
    rules = {r[2]: r[4] for r in body}
    sr = secs_rows(tup)
    same("h406 SECTION_VS_ROWS: 表2's 产出 against its rows; its 得分率 follows the printed score; 表2's 合计 = the rows, "
         "not its column",
         (dict((n_, (w, s_)) for n_, w, s_, _ in secs)["产出"], sr["产出"], dict((n_, rt) for n_, _, _, rt in secs)["产出"],
          rate_s(38.84, 40), fv(sum2[2]), r2(sum(s_ for _, _, s_, _ in secs))),
         ((40.0, 38.84), (40.0, 38.48), "97.10%", "97.10%", g["totalScore"], 88.31))
    same("h406 the other sections and rates right (traps)",
         ([n_ for n_, w, s_, rt in secs if n_ != "产出" and ((w, s_) != sr[n_] or rt != rate_s(s_, w))],
          sum2[3] == rate_s(fv(sum2[2]), 100)), ([], True))
    rule = rules["茶园建设验收合格率"]
    bands = [(float(a), float(b), float(s_)) for a, b, s_ in re.findall(r"(\d+)%（含）—(\d+)%得(\d+)分", rule)]
    top_ = re.search(r"≥(\d+)%得(\d+)分", rule)
    lows = sorted(bands + [(float(top_.group(1)), 1000.0, float(top_.group(2)))])
    gaps = [(a[1], b[0]) for a, b in zip(lows, lows[1:]) if a[1] < b[0]]
    yz = next(x for x in tup if x[2] == "茶园建设验收合格率")
    same("h406 MALFORMED_RULE: the 验收合格率 bands leave a gap; the row's 96.2% in the top band (trap)",
         (gaps, yz[6], lead_num(yz[4]) >= float(top_.group(1))), ([(93.0, 95.0)], 8.0, True))
    m3 = re.search(r"该项目绩效评价得分([\d.]+)分，评价等级为“(.)”", text)
    same("h406 GRADE_OUTSIDE_BANDS: the printed 优 against the bands; the 评分表's 合计 line says the same",
         (m3.group(2), fv(m3.group(1)), grade_of(fv(m3.group(1))), tail[8], fv(tail[7]), r2(sum(x[6] for x in tup)),
          re.search(BANDS_RE, text) is not None), ("优", g["totalScore"], "良", "评价等级：优", g["totalScore"],
                                                   g["totalScore"], True))
    ys = next(x for x in tup if x[2] == "预算执行率")
    my = next(x for x in tup if x[2] == "受益茶农满意度")
    same("h406 traps: 预算执行率 by its rule; 满意度 by its deduction rule; proportion rows; met exactly; ceiling",
         (ys[6] == r2(5 * fv(ys[4]) / 100), ys[4] == tot[4], my[6] == r2(my[5] - (90 - lead_num(my[4]))),
          [(x[2], x[6], x[7] != "") for x in tup if rules[x[2]].startswith("达到指标值") and met(x[3], x[4]) is False
           and x[6] == P(lead_num(x[4]), lead_num(x[3]), x[5])], exact(tup), ceilings(tup), r2(sum(x[5] for x in tup))),
         (True, True, True, [("低产茶园提质改造面积", 6.48, True), ("项目区茶农户均增收", 6.16, True)],
          ["茶叶加工厂清洁化改造"], ["生态茶园亩均建设成本"], 100.0))
    print(f"h406: one page {mb[2]:.0f} × {mb[3]:.0f} pt, 3 tables, {len(rows)} rows, total {tail[7]}, grade {m3.group(2)}")


# ------------------------------------------------------------ h407 stale charset HTML

def check407():
    import lxml.html
    p = path_of("h407")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    metas = re.findall(rb"charset=([\w-]+)", raw[:2000])
    try:
        raw.decode("gb2312")
        gb_ok = True
    except UnicodeDecodeError:
        gb_ok = False
    wrong = lxml.html.fromstring(raw).findtext(".//title")
    same("h407 STALE CHARSET: no BOM, the meta says gb2312, the bytes are UTF-8 (strict), not GB2312; a parser that "
         "trusts the meta gets mojibake (trap)",
         (raw[:3] == b"\xef\xbb\xbf", metas, _utf8_ok(raw), gb_ok, "泰宁县" in (wrong or "")),
         (False, [b"gb2312"], True, False, False))
    doc = lxml.html.fromstring(raw.decode("utf-8"))
    same("h407 read as UTF-8 the title is right (trap)", doc.findtext(".//title").startswith(g["department"]), True)
    text = canon(doc.xpath('//div[@id="zoom"]')[0].text_content())
    ident("h407", text, g)
    t1, t2 = [html_grid(t) for t in doc.xpath('//div[@id="zoom"]//table')]
    bt = {r[0]: r for r in t1[1:]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h407 budget = gold", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h407 parts add up; rates right; none over (traps)",
         (parts_check(tot, basic, proj), [r[0] for r in (tot, basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))
                                          or fv(r[3]) > fv(r[2])]), ([], []))
    head = t2[0]
    same("h407 columns", head, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "得分率", "偏差原因分析"])
    body = [r for r in t2[1:] if r[0] not in ("合计", "自评等级")]
    tail = next(r for r in t2 if r[0] == "合计")
    rows = [r[:7] + [r[8]] for r in body]
    C.compare_rows("h407", [r[:7] for r in rows], g)
    tup = tuples(rows)
    rates = {r[2]: r[7] for r in body}
    same("h407 TOTAL_VS_ROWS: the 合计 against the rows; its 得分率 follows the printed 合计; 自评结论 repeats it",
         (fv(tail[6]), r2(sum(x[6] for x in tup)), tail[7], re.search(r"自评得分([\d.]+)分", text).group(1)),
         (g["totalScore"], 98.41, "98.14%", "98.14"))
    same("h407 SCORE_RATE: 产品质量监督抽查合格率's 得分率 against 得分 ÷ 分值; every other row right (trap)",
         (rates["产品质量监督抽查合格率"], rate_s(5.91, 6),
          [x[2] for x in tup if x[2] != "产品质量监督抽查合格率" and rates[x[2]] != rate_s(x[6], x[5])]),
         ("98.05%", "98.50%", []))
    nm = next(x for x in tup if x[2] == "农贸市场智慧化改造")
    same("h407 NARRATIVE_NOT_DONE_FULL_MARKS: 4 of ≥4 at full marks while 三（二） says one is not finished",
         (nm[4], nm[5], nm[6], re.search(r"杉城镇城区农贸市场智慧化改造项目因消防设施整改，截至2024年底尚未完成竣工验收", text)
          is not None), ("4个", 6.0, 6.0, True))
    ys = next(x for x in tup if x[2] == "预算执行率")
    jz = next(x for x in tup if x[2] == "结转结余率")
    same("h407 traps: 预算执行率 = the 合计's; 结转结余率 = 100% − it; missed; met exactly; ceilings; grade",
         (ys[4] == tot[4], jz[4] == f"{100 - fv(tot[4]):.2f}%", missed(tup), exact(tup), ceilings(tup),
          r2(sum(x[5] for x in tup)), next(r for r in t2 if r[0] == "自评等级")[5], grade_of(98.41),
          re.search(BANDS_RE, text) is not None),
         (True, True, [("产品质量监督抽查合格率", 5.91, 5.91, True)], ["特种设备定期检验", "农贸市场智慧化改造"],
          ["结转结余率", "“三公”经费控制率", "行政许可承诺办结时限"], 100.0, g["grade"], "优", True))
    print(f"h407: HTML, meta {metas[0].decode()} over UTF-8, {len(rows)} rows, 合计 {tail[6]} (rows 98.41)")


# ------------------------------------------------------------ h408 bilingual Tibetan / Chinese PDF

def zh(s_):
    """a cell's Chinese: its Tibetan line(s) dropped"""
    return TIB.sub("", s_).strip()


def check408():
    import pikepdf
    p = path_of("h408")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    fonts = {}
    for pg in pdf.pages:
        for _, f in pg.Resources.Font.items():
            fd = f.get("/FontDescriptor")
            fonts[str(f.BaseFont)] = (str(f.Subtype), fd is not None and "/FontFile2" in fd, "/ToUnicode" in f)
    tmu = [k for k in fonts if k.endswith("Tibetan_Machine_Uni")]
    same("h408 the Tibetan font embedded (TrueType subset with ToUnicode), the Chinese in STSong-Light (trap)",
         (len(tmu), fonts[tmu[0]] if tmu else None, "/STSong-Light" in fonts, len(pdf.pages),
          [tuple(round(float(v)) for v in pg.MediaBox)[2:] for pg in pdf.pages]),
         (1, ("/TrueType", True, True), True, 2, [(842, 595), (842, 595)]))
    texts = [Z.page_text(p, k) for k in (1, 2)]
    full = "".join(texts)
    ntib = len(TIB.findall(full))
    text = canon(zh(full))
    ident("h408", text, g)
    same("h408 Tibetan title (year in Tibetan digits) above the Chinese title (trap)",
         ("༢༠༢༤ལོའི་སྡེ་ཚན་ཧྲིལ་པོའི" in full.replace(" ", ""), "2024年度部门整体支出绩效自评表" in text, ntib > 800),
         (True, True, True))
    t1, t2 = pdf_tables(p, 1)
    same("h408 every budget header cell bilingual (trap)", [bool(TIB.search(c)) and bool(zh(c)) for c in t1[0]],
         [True] * len(t1[0]))
    b = [[zh(c) for c in r] for r in t1]
    bt = {r[1]: r[1:] for r in b[1:]}
    tot, basic, proj = bt["年度资金总额"], bt["其中：基本支出"], bt["项目支出"]
    same("h408 budget = gold", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[5]), fv(basic[2]), fv(basic[3]),
                                fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h408 SPENDING_OVER_BUDGET: 项目支出 over its 全年预算数; 基本 and the whole under; parts add up; rates right",
         (fv(proj[3]) > fv(proj[2]), proj[5], fv(basic[3]) < fv(basic[2]), fv(tot[3]) < fv(tot[2]),
          parts_check([tot[0], tot[1], tot[2], tot[3]], basic, proj),
          [r[0] for r in (tot, basic, proj) if r[5] != rate_s(fv(r[3]), fv(r[2]))], "超支" in text or "调整" in text),
         (True, "101.13%", True, True, [], [], False))
    same("h408 the fund line: 执行率 × 10 (trap)", (tot[6], f"{fv(tot[5]) / 10 + 1e-9:.2f}"), ("9.86", "9.86"))
    gt = [[zh(c) for c in r] for r in t2]
    done = gt[1][2]
    (i3,) = pdf_tables(p, 2)
    same("h408 every indicator header cell bilingual; 一级 / 二级 cells too (trap)",
         ([bool(TIB.search(c)) for c in i3[0]], all(TIB.search(r[0]) and TIB.search(r[1]) for r in i3[1:-2]),
          [bool(TIB.search(r[2])) for r in i3[1:-2]].count(True)), ([True] * 8, True, 0))
    rows_ = [[zh(c) for c in r] for r in i3]
    body = [r for r in rows_[1:] if r[0] not in ("总分", "自评等级")]
    tail = next(r for r in rows_ if r[0] == "总分")
    rows = [["", "", "年度资金总额", "", tot[5], tot[4], tot[6], ""]] + body
    C.compare_rows("h408", [[x or "" for x in r[:7]] for r in rows], g)
    tup = tuples(rows)
    mz = next(x for x in tup if x[2] == "农牧民群众满意度")
    per = re.search(r"满意度指标每低于指标值(\d+)个百分点扣(\d+)分", text)
    same("h408 RULE_SCORE: 满意度 by the 说明's deduction rule against the printed score",
         (mz[6], r2(mz[5] - (lead_num(mz[3]) - lead_num(mz[4])) / fv(per.group(1)) * fv(per.group(2)))), (8.0, 6.0))
    px = next(x for x in tup if x[2] == "农牧民实用技术培训")
    same("h408 TARGET_MISSED_FULL_MARKS: 736 of ≥800 at full 5, no reason; 实际完成情况 says 736",
         (met(px[3], px[4]), px[5], px[6], px[7], P(736, 800, 5), "开展农牧民实用技术培训736人次" in done),
         (False, 5.0, 5.0, "", 4.6, True))
    same("h408 总分 = the rows as printed; 分值 100; missed; met exactly; ceiling; grade (traps)",
         (fv(tail[6]), r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)), missed(tup[1:]), exact(tup),
          ceilings(tup), next(r for r in rows_ if r[0] == "自评等级")[5], grade_of(r2(fv(tail[6]) - 2.4)),
          re.search(BANDS_RE, text) is not None),
         (g["totalScore"], g["totalScore"], 100.0, [("农牧民实用技术培训", 5.0, 4.6, False),
                                                    ("畜产品质量安全抽检合格率", 5.9, 5.9, True),
                                                    ("农牧民群众满意度", 8.0, 9.56, True)],
          ["人工种草面积"], ["人工种草亩均成本"], g["grade"], "优", True))
    print(f"h408: bilingual PDF, {ntib} Tibetan characters, {len(rows)} rows, total {tail[6]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h404", check404), ("h405", check405), ("h406", check406), ("h407", check407),
                    ("h408", check408)):
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
