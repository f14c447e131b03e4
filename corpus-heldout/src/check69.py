#!/usr/bin/python3
"""Round 69's independent check: re-reads h399–h403 with readers that are not the writers (nothing of reports69.py is
imported; check47 gives the comparison helpers, check53 small helpers, the PDF words / rectangles and the HTML table
reader, check58 the met / missed helpers, check60 its XLSX cell reader, check62 its DOCX grid reader, check65 the PDF
grid and page-text readers) and compares what they read with gold/<stem>.json, then re-derives each planted problem
(and the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check69.py [h399 …]
    /usr/bin/python3 -B corpus-heldout/src/check69.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h399 pikepdf on the security handler (/Encrypt: Filter, V, R, Length, P; opened with the empty user password,
the owner password not matched) and poppler (`pdftotext -bbox`, which decrypts with the empty user password) with
check65's grid reader per page; h400 the raw bytes (the linearization dictionary as the first object, the first-page
cross-reference section before the page objects), pikepdf's is_linearized and check_linearization, poppler and
check65's grid reader (the 评分表 over two landscape pages); h401 zipfile (the mimetype entry first and stored) and
lxml on META-INF/container.xml → the OPF (manifest, spine) → nav.xhtml and the chapters in spine order (every XHTML
parsed as XML), check53's html.parser table reader on each chapter; h402 zipfile + lxml ([Content_Types].xml, the
document's relationships, word/vbaData.xml, the two tables with check62's grid reader), olefile on word/vbaProject.bin
with an MS-OVBA decompressor and a `dir` record walker written here (module names and offsets, the module sources);
h403 zipfile + lxml (content types, workbook.xml's sheet states and codeNames, the data validation), check60's cell
reader on both sheets, olefile and the same decompressor on xl/vbaProject.bin.
"""
import copy
import io
import os
import re
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, HTML tables)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)
import check62 as Y  # noqa: E402  (the DOCX grid reader)
import check65 as Z  # noqa: E402  (PDF grid and page text)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
XH = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"
MUTATE = False
BANDS_RE = r"90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”"


def gold(stem):
    g = C.gold(stem)
    if MUTATE:  # two values changed: the total and the second row's score
        g = copy.deepcopy(g)
        gs = g if isinstance(g, list) else [g]
        gs[0]["totalScore"] = r2(gs[0]["totalScore"] + 1)
        gs[0]["indicators"][1]["score"] = r2(gs[0]["indicators"][1]["score"] + 0.5)
    return g


def P(a, t, w):
    return r2(w * a / t)


def tuples(rows):
    """(一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)"""
    return [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7] or "") for r in rows]


def secs_rows(tup):
    out = {}
    for x in tup:
        w, s_ = out.get(x[0], (0, 0))
        out[x[0]] = (r2(w + x[5]), r2(s_ + x[6]))
    return out


def missed(tup):
    return list(Q.missed_rows(tup))


def dedup(row):
    out = []
    for v in row:
        if not out or v != out[-1] or v == "":
            out.append(v)
    return out


# ------------------------------------------------------------ MS-OVBA: decompression and the dir stream

def ovba_decompress(b):
    """MS-OVBA 2.4.1.3: a CompressedContainer (signature 0x01, chunks of flag bytes, literal and copy tokens)"""
    assert b[0] == 1, b[:4]
    out, p = bytearray(), 1
    while p < len(b):
        h = struct.unpack("<H", b[p:p + 2])[0]
        assert (h >> 12) & 7 == 3, hex(h)
        end, p, start = p + (h & 0xFFF) + 3, p + 2, len(out)
        if not h >> 15:
            out += b[p:p + 4096]
            p += 4096
            continue
        while p < end:
            flags = b[p]
            p += 1
            for bit in range(8):
                if p >= end:
                    break
                if flags >> bit & 1:
                    tok = struct.unpack("<H", b[p:p + 2])[0]
                    p += 2
                    bc = max((len(out) - start - 1).bit_length(), 4)
                    n, off = (tok & (0xFFFF >> bc)) + 3, (tok >> (16 - bc)) + 1
                    for _ in range(n):
                        out.append(out[-off])
                else:
                    out.append(b[p])
                    p += 1
    return bytes(out)


def dir_modules(d):
    """walk the decompressed `dir` stream's records: code page, project name and [(module name, stream name, offset,
    type)]"""
    p, mods, cur, info = 0, [], None, {}
    while p < len(d):
        rid, size = struct.unpack("<HI", d[p:p + 6])
        if rid == 0x0009:  # PROJECTVERSION: Reserved(4) then 6 bytes
            p += 12
            continue
        data = d[p + 6:p + 6 + size]
        p += 6 + size
        if rid == 0x0003:
            info["codepage"] = struct.unpack("<H", data)[0]
        elif rid == 0x0004:
            info["name"] = data.decode("ascii")
        elif rid == 0x000F:
            info["count"] = struct.unpack("<H", data)[0]
        elif rid == 0x0019:
            cur = {"name": data.decode("cp936")}
            mods.append(cur)
        elif rid == 0x001A:
            cur["stream"] = data.decode("cp936")
        elif rid == 0x0031:
            cur["offset"] = struct.unpack("<I", data)[0]
        elif rid in (0x0021, 0x0022):
            cur["type"] = "procedural" if rid == 0x0021 else "document"
        elif rid == 0x0010:
            break
    return info, mods


def vba_read(raw):
    """olefile on a vbaProject.bin: (stream paths, dir info, modules, {module: source})"""
    import olefile
    ole = olefile.OleFileIO(io.BytesIO(raw))
    paths = sorted("/".join(x) for x in ole.listdir())
    info, mods = dir_modules(ovba_decompress(ole.openstream("VBA/dir").read()))
    src = {}
    for m in mods:
        b = ole.openstream("VBA/" + m["stream"]).read()
        src[m["name"]] = ovba_decompress(b[m["offset"]:]).decode("cp936")
    return ole.header_signature if hasattr(ole, "header_signature") else None, paths, info, mods, src


# ------------------------------------------------------------ h399 encrypted PDF (owner password only)

def check399():
    import pikepdf
    p = path_of("h399")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    pdf = pikepdf.open(p)
    enc = pdf.trailer.Encrypt
    al = pdf.allow
    same("h399 standard security handler, RC4 128-bit (V 2, R 3: RC4, no crypt filters), owner password only (trap)",
         (str(enc.Filter), int(enc.V), int(enc.R), int(enc.Length), pdf.is_encrypted, pdf.owner_password_matched,
          pdf.user_password_matched, "/CF" in enc),
         ("/Standard", 2, 3, 128, True, False, True, False))
    same("h399 permissions: copy, modify and print denied; accessibility allowed (trap)",
         (al.extract, al.modify_other, al.modify_annotation, al.modify_form, al.modify_assembly, al.print_lowres,
          al.print_highres, al.accessibility), (False,) * 7 + (True,))
    same("h399 the strings are encrypted in the file (no plain 万元 / 合计 in UTF-16) (trap)",
         ("合计".encode("utf-16-be") in raw, b"/Encrypt" in raw), (False, True))
    n = len(pdf.pages)
    texts = [Z.page_text(p, k) for k in range(1, n + 1)]
    text = canon("".join(texts))
    ident("h399", text, g)
    b1, _, _ = Z.pdf_grid(p, 1)
    bt = {r[0]: dedup(r) for r in b1 if r and r[0]}
    tot, basic, proj = bt["合计"], bt["基本支出"], bt["项目支出"]
    same("h399 budget = gold (表1)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h399 SPENDING_OVER_BUDGET: 基本支出 执行 against its 全年预算数; 项目 and the whole under (traps)",
         (fv(basic[3]) > fv(basic[2]), fv(proj[3]) < fv(proj[2]), fv(tot[3]) < fv(tot[2]), basic[4],
          re.search(r"基本支出([\d,.]+)万元、项目支出([\d,.]+)万元，预算执行率", text).groups(), "超支" in text),
         (True, True, True, "101.32%", (basic[3], proj[3]), False))
    same("h399 parts add up; rates right (traps)",
         ([k for k in (1, 2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001],
          [r[0] for r in (tot, basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))]), ([], []))
    b2, _, _ = Z.pdf_grid(p, 2)
    t2 = [dedup(r) for r in b2 if r and r[0] and r[0] != "一级指标"]
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2 if r[0] != "合计"]
    same("h399 sections (表2) = gold", secs, [(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]])
    g3, lefts, _ = Z.pdf_grid(p, 3)
    same("h399 the 附件: eight columns", len(lefts) - 1, 8)
    rows = [r for r in g3 if r[0] not in ("一级指标", "合计") and any(r)]
    tail = next(r for r in g3 if r[0] == "合计")
    C.compare_rows("h399", [r[:7] for r in rows], g)
    tup = tuples(rows)
    sr = secs_rows(tup)
    rates = {r[0]: r[3] for r in t2}
    same("h399 SECTION_VS_ROWS: 表2's 产出指标 against its rows; its 得分率 follows the printed score",
         (dict((n_, (w, s_)) for n_, w, s_ in secs)["产出指标"], sr["产出指标"], rates["产出指标"], rate_s(49.06, 50)),
         ((50.0, 49.06), (50.0, 49.6), "98.12%", "98.12%"))
    same("h399 SCORE_RATE: 表2's 效益指标 得分率 against 得分 ÷ 分值; the other rates right (trap)",
         (rates["效益指标"], rate_s(28.78, 30), sr["效益指标"],
          [r[0] for r in t2 if r[0] not in ("效益指标",) and r[3] != rate_s(fv(r[2]), fv(r[1]))]),
         ("95.39%", "95.93%", (30.0, 28.78), []))
    m4 = re.search(r"自评得分([\d.]+)分", text)
    same("h399 合计 = the rows = 表2's 合计 = 四 (not 表2's column); 分值 100; missed rows; met exactly (traps)",
         (fv(tail[6]), r2(sum(x[6] for x in tup)), fv(t2[-1][2]), fv(m4.group(1)), r2(sum(s_ for _, _, s_ in secs)),
          r2(sum(x[5] for x in tup)), missed(tup),
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])]),
         (g["totalScore"],) * 4 + (97.73, 100.0,
                                   [("乡村医生业务培训", 4.6, 4.6, True), ("县域内住院就诊率", 5.78, 5.78, True),
                                    ("基层医务人员满意度", 4.89, 4.89, True)],
                                   ["村卫生室标准化建设", "人均基本公共卫生服务经费补助标准"]))
    same("h399 grade", (re.search(r"自评等级为“(.)”", text).group(1), grade_of(fv(tail[6])),
                        re.search(BANDS_RE, text) is not None), (g["grade"], "优", True))
    print(f"h399: encrypted PDF (RC4-128, owner only), {n} pages, {len(rows)} rows, total {tail[6]}")


# ------------------------------------------------------------ h400 linearized PDF, third-party report

def check400():
    import pikepdf
    p = path_of("h400")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    head = raw[:1024].decode("latin-1")
    m = re.search(r"^\d+ 0 obj\s*<<\s*/Linearized 1 /L (\d+) /H \[ (\d+) (\d+) \] /O (\d+) /E (\d+) /N (\d+) /T (\d+)",
                  head[head.index("\n") + 1:].lstrip("%\xe2\xe3\xcf\xd3\n\r"), re.M)
    pdf = pikepdf.open(p)
    err = io.StringIO()
    pdf.check_linearization(stream=err)
    same("h400 linearized: the dictionary first (/L = file length, /N 5 pages), a first-page xref at the head, "
         "pikepdf's check clean (trap)",
         (m is not None and int(m.group(1)) == len(raw), m and int(m.group(6)), pdf.is_linearized,
          raw.find(b"xref") < raw.find(b"/Type /Page "), raw.count(b"startxref"), err.getvalue().strip()),
         (True, 5, True, True, 2, ""))
    n = len(pdf.pages)
    sizes = [tuple(round(float(pg.MediaBox[k])) for k in (2, 3)) for pg in pdf.pages]
    same("h400 five pages, 4 and 5 landscape (trap)", sizes, [(595, 842)] * 3 + [(842, 595)] * 2)
    texts = [Z.page_text(p, k) for k in range(1, n + 1)]
    text = canon("".join(texts))
    ident("h400", text, g)
    same("h400 cover: 委托单位 and 评价机构 (trap)", ("委托单位：浦城县财政局" in canon(texts[0]),
                                                    f"评价机构：{g['evaluator']}" in canon(texts[0])), (True, True))
    b1, _, _ = Z.pdf_grid(p, 2)
    bt = {r[0]: r for r in b1 if r and r[0] and r[0] != "资金来源"}
    tot = bt.pop("合计")
    same("h400 budget = gold (表1 合计)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4])), gbudget(g)[:4])
    same("h400 sources add up; rates right; none over (traps)",
         ([k for k in (1, 2, 3) if abs(sum(fv(r[k]) for r in bt.values()) - fv(tot[k])) > 0.001],
          [r[0] for r in list(bt.values()) + [tot] if r[4] != rate_s(fv(r[3]), fv(r[2])) or fv(r[3]) > fv(r[2])]),
         ([], []))
    b2, _, _ = Z.pdf_grid(p, 3)
    t2 = [dedup(r) for r in b2 if r and r[0] and r[0] != "一级指标"]
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2 if r[0] != "合计"]
    same("h400 sections (表2) = gold", secs, [(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]])
    rows, heads, tail = [], 0, None
    for pg in (4, 5):
        gr, lefts, _ = Z.pdf_grid(p, pg)
        same(f"h400 page {pg}: nine columns", len(lefts) - 1, 9)
        for r in gr:
            if r[0] == "一级指标":
                heads += 1
            elif r[0] == "合计":
                tail = r
            elif any(r):
                rows.append(r)
    same("h400 the 评分表's header on both landscape pages (trap)", heads, 2)
    # 一级 | 二级 | 三级 | 分值 | 评分标准 | 指标值 | 实际完成值 | 得分 | 扣分原因
    ind = [[r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8]] for r in rows]
    C.compare_rows("h400", [r[:7] for r in ind], g)
    tup = tuples(ind)
    rules = {r[2]: r[4] for r in rows}
    sr = secs_rows(tup)
    same("h400 表2 = the rows; 得分率 right (traps)",
         ([(n_, w, s_) for n_, w, s_ in secs] == [(k, v[0], v[1]) for k, v in sr.items()],
          [r[0] for r in t2 if r[3] != rate_s(fv(r[2]), fv(r[1]))]), (True, []))
    sz = next(x for x in tup if x[2] == "供水水质检测合格率")
    bands = [(int(a), int(b)) for a, b in re.findall(r"(\d+)%(?:（含）)?(?:以上|—\d+%)?得(\d+)分", rules[sz[2]])]
    same("h400 MALFORMED_RULE: the 水质 rule's top band pays more than the 分值; the row scored the 分值",
         (bands[0], sz[5], sz[6], met(sz[3], sz[4])), ((95, 7), 6.0, 6.0, True))
    yz = next(x for x in tup if x[2] == "工程验收合格率")
    mb = re.search(r"(\d+)%（含）—(\d+)%得(\d+)分", rules[yz[2]])
    a = lead_num(yz[4])
    same("h400 RULE_SCORE: 工程验收合格率 in its own 90%–95% band against the printed score",
         (yz[6], float(mb.group(3)) if fv(mb.group(1)) <= a < fv(mb.group(2)) else None, P(a, 95, yz[5])),
         (5.88, 4.0, 5.88))
    total = fv(tail[7])
    m3 = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", text)
    same("h400 GRADE_OUTSIDE_BANDS: 良 on a total under 80 by the report's own bands",
         (m3.group(2), tail[8], fv(m3.group(1)), total, grade_of(total), grade_of(r2(total - 5.88 + 4)),
          re.search(BANDS_RE, text) is not None), ("良", "评价等级：良", total, g["totalScore"], "中", "中", True))
    gz = next(x for x in tup if x[2] == "供水保证率")
    mz = next(x for x in tup if x[2] == "受益群众满意度")
    same("h400 totals and traps: 合计 = rows; 分值 100; proportion rows; 保证率 and 满意度 by their rules; met exactly; "
         "ceiling; 资金到位率",
         (total, r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)),
          [(x[2], x[6]) for x in tup if rules[x[2]].startswith("完成率") or rules[x[2]].startswith("达到目标值")
           or x[2] == "预算执行率" if x[6] != x[5]],
          gz[6] == gz[5] - (95 - lead_num(gz[4])) * 0.5, mz[6] == 3 and 80 <= lead_num(mz[4]) < 90,
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])],
          next(x[4] for x in tup if x[2] == "资金到位率")),
         (g["totalScore"], g["totalScore"], 100.0,
          [("预算执行率", r2(fv(tot[3]) / fv(tot[2]) * 5)), ("新建改造农村供水工程", P(26, 32, 8)),
           ("工程按期完工率", P(78.6, 90, 6)), ("农村自来水普及率", P(88.2, 92, 6)), ("受益人口", P(4.12, 4.8, 5))],
          True, True, ["安装水质净化消毒设备"], ["工程投资控制率"], "100%"))
    print(f"h400: linearized PDF, {n} pages, {len(rows)} rows, total {tail[7]} ({m3.group(2)})")


# ------------------------------------------------------------ h401 EPUB 3, three project reports

def check401():
    from lxml import etree
    p = path_of("h401")
    gs = gold(stem_of(p))
    z = zipfile.ZipFile(p)
    first = z.infolist()[0]
    raw = open(p, "rb").read()
    same("h401 OCF: mimetype first, stored, no extra field, at offset 38 (trap)",
         (first.filename, first.compress_type, z.read("mimetype"), raw[30:38], raw[38:58]),
         ("mimetype", zipfile.ZIP_STORED, b"application/epub+zip", b"mimetype", b"application/epub+zip"))
    cont = etree.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = etree.fromstring(z.read(opf_path))
    base = os.path.dirname(opf_path)
    man = {i.get("id"): (i.get("href"), i.get("media-type"), i.get("properties")) for i in opf.iter(OPF + "item")}
    spine = [(i.get("idref"), i.get("linear")) for i in opf.iter(OPF + "itemref")]
    nav = next(h for h, _, pr in man.values() if pr == "nav")
    same("h401 EPUB 3 package: version, nav, ncx, spine (trap)",
         (opf.get("version"), nav, opf.find(OPF + "spine").get("toc"), [s_ for s_, _ in spine]),
         ("3.0", "nav.xhtml", "ncx", ["cover", "nav", "preface", "ch01", "ch02", "ch03"]))
    docs = {}
    for idref, _ in spine:
        href = base + "/" + man[idref][0]
        docs[idref] = (z.read(href), etree.fromstring(z.read(href)))
    navtxt = [("".join(a.itertext()), a.get("href")) for a in docs["nav"][1].iter(XH + "a")]
    same("h401 nav lists the preface and the three chapters (trap)", [h for _, h in navtxt[:4]],
         ["text/preface.xhtml", "text/chapter01.xhtml", "text/chapter02.xhtml", "text/chapter03.xhtml"])
    pre = K.Tables()
    pre.feed(docs["preface"][0].decode("utf-8"))
    summary = [r for r in pre.tables[0][1:]]
    pretext = canon("".join(pre.text))
    same("h401 the preface's summary lists the three reports with their totals (trap: not a report)",
         [(r[1], r[2], fv(r[4]), r[5]) for r in summary], [(g["project"], g["department"], g["totalScore"], g["grade"])
                                                          for g in gs])
    rule = re.search(r"年度资金总额得分＝执行率×分值", pretext) is not None
    same("h401 the preface's rules and bands", (rule, re.search(BANDS_RE, pretext) is not None), (True, True))
    same("h401 three reports (gold)", len(gs), 3)
    found = []
    for k, (cid, g) in enumerate(zip(("ch01", "ch02", "ch03"), gs), 1):
        tb = K.Tables()
        tb.feed(docs[cid][0].decode("utf-8"))
        text = canon("".join(tb.text))
        ident(f"h401 report {k}", text, g)
        hd, it = tb.tables
        same(f"h401 report {k}: 项目名称 / 主管部门 / 实施单位 in the head table",
             (hd[0][1], hd[1][1], hd[1][5]), (g["project"], g["department"], g["implementingUnit"]))
        fr = next(r for r in hd if r[1] == "年度资金总额")
        srcs = [r for r in hd if r[0].startswith("项目资金") and r[1] not in ("", "年度资金总额")]
        same(f"h401 report {k}: budget = gold", (fv(fr[2]), fv(fr[3]), fv(fr[4]), fv(fr[6])), gbudget(g)[:4])
        same(f"h401 report {k}: sources add up; rates right; none over (traps)",
             ([c for c in (2, 3, 4) if abs(sum(fv(r[c]) for r in srcs) - fv(fr[c])) > 0.001],
              [r[1] for r in srcs + [fr] if r[6] != rate_s(fv(r[4]), fv(r[3])) or fv(r[4]) > fv(r[3])],
              fv(fr[2]) < fv(fr[3])), ([], [], True))
        body = [r for r in it[1:] if r[0] != "总分"]
        tot = next(r for r in it if r[0] == "总分")
        C.compare_rows(f"h401 report {k}", [["", "", "年度资金总额", "", fr[6], fr[5], fr[7]]] + [r[:7] for r in body], g)
        tup = tuples(body)
        done = next(r for r in hd if r[1] == "实际完成情况")[2]
        found.append((k, fr, tup, fv(tot[6]), tot[7], done, text))
        same(f"h401 report {k}: 总分 = the fund line as printed + the rows; 分值 100",
             (fv(tot[6]), r2(fv(fr[7]) + sum(x[6] for x in tup)), r2(fv(fr[5]) + sum(x[5] for x in tup)),
              grade_of(fv(tot[6])), tot[7]), (g["totalScore"], g["totalScore"], 100.0, "优", f"自评等级：{g['grade']}"))
    (_, f1, t1, _, _, _, _), (_, f2_, t2_, _, _, d2, _), (_, f3, t3, _, _, d3, _) = found
    same("h401 BUDGET_ROW_SCORE: report 1's fund line against 执行率 × 分值; reports 2 and 3 follow the rule (traps)",
         (fv(f1[7]), r2(fv(f1[4]) / fv(f1[3]) * 10), [fv(f[7]) == r2(fv(f[4]) / fv(f[3]) * 10) for f in (f2_, f3)]),
         (10.0, 9.55, [True, True]))
    tm = next(x for x in t2_ if x[2] == "优良中等路率")
    same("h401 TARGET_MISSED_FULL_MARKS: report 2's 优良中等路率 below target at full marks, no reason",
         (met(tm[3], tm[4]), tm[6] == tm[5], tm[7], P(lead_num(tm[4]), lead_num(tm[3]), tm[5]), "78.6%" in d2),
         (False, True, "", 7.86, True))
    zb = next(x for x in t3 if x[2] == "研学旅行团队接待增长率")
    same("h401 RATE_OVER_ZERO_BASE: report 3's 研学 growth rate over a 2023 base of 0",
         (zb[4], zb[6] == zb[5], re.search(r"2023年景区未开展研学旅行接待", d3) is not None,
          re.search(r"接待研学团队(\d+)批次", d3).group(1)), ("100%", True, True, "46"))
    same("h401 missed rows by proportion with reasons; met exactly; ceilings (traps)",
         ([x for t in (t1, t2_, t3) for x in missed(t) if x[0] != "优良中等路率"],
          [x[2] for t in (t1, t2_, t3) for x in t if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for t in (t1, t2_, t3) for x in t if x[3].startswith("≤") and met(x[3], x[4])]),
         ([("银耳种植技术培训", 6.3, 6.3, True), ("危旧桥梁改造", 5.83, 5.83, True), ("项目按期完工率", 6.61, 6.61, True),
           ("景区旅游综合收入", 9.54, 9.54, True)], ["银耳标准化生产基地建设", "安全生命防护工程", "红色文化展陈提升"],
          ["每万棒菌棒生产补助标准", "游步道改造单位成本"]))
    print(f"h401: EPUB 3, spine {[s_ for s_, _ in spine]}, {sum(len(t) + 1 for _, _, t, *_ in found)} rows in 3 reports, "
          f"totals {[x[3] for x in found]}")


# ------------------------------------------------------------ h402 DOCM, macro-enabled template

def check402():
    from lxml import etree
    p = path_of("h402")
    g = gold(stem_of(p))
    z = zipfile.ZipFile(p)
    ct = etree.fromstring(z.read("[Content_Types].xml"))
    ctypes = {o.get("PartName"): o.get("ContentType") for o in ct if o.get("PartName")}
    defaults = {o.get("Extension"): o.get("ContentType") for o in ct if o.get("Extension")}
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    vrel = [r.get("Target") for r in rels if r.get("Type").endswith("/relationships/vbaProject")]
    vbrels = etree.fromstring(z.read("word/_rels/vbaProject.bin.rels"))
    vdata = etree.fromstring(z.read("word/vbaData.xml"))
    mcd = vdata.find(".//{http://schemas.microsoft.com/office/word/2006/wordml}mcd")
    same("h402 a macro-enabled document: main part type, vbaProject part and relationship, vbaData (trap)",
         (ctypes["/word/document.xml"], defaults.get("bin"), vrel, [r.get("Target") for r in vbrels],
          ctypes.get("/word/vbaData.xml"), mcd.get("{http://schemas.microsoft.com/office/word/2006/wordml}macroName"),
          os.path.splitext(p)[1]),
         ("application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-office.vbaProject",
          ["vbaProject.bin"], ["vbaData.xml"], "application/vnd.ms-word.vbaData+xml", "PROJECT.NEWMACROS.校验", ".docm"))
    vb = z.read("word/vbaProject.bin")
    _, paths, info, mods, src = vba_read(vb)
    same("h402 vbaProject.bin: an OLE compound file with PROJECT, PROJECTwm and the VBA storage; dir lists two modules "
         "(trap)",
         (vb[:8].hex(), paths, info, [(m["name"], m["type"]) for m in mods]),
         ("d0cf11e0a1b11ae1", ["PROJECT", "PROJECTwm", "VBA/NewMacros", "VBA/ThisDocument", "VBA/_VBA_PROJECT", "VBA/dir"],
          {"codepage": 936, "name": "Project", "count": 2}, [("ThisDocument", "document"), ("NewMacros", "procedural")]))
    same("h402 the module NewMacros holds Sub 校验 (code, not content) (trap)",
         (re.search(r"^Sub 校验\(\)", src["NewMacros"], re.M) is not None, "End Sub" in src["NewMacros"],
          src["ThisDocument"].startswith('Attribute VB_Name = "ThisDocument"')), (True, True, True))
    root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    text = canon("".join(t.text or "" for t in body.iter(W + "t")))
    ident("h402", text, g)
    tbls = body.findall(W + "tbl")
    same("h402 two tables", len(tbls), 2)
    t1, t2 = (Y.docx_grid(t) for t in tbls)
    fr = next(r for r in t1 if r[1] == "年度资金总额")
    srcs = [r for r in t1 if r[0] == "项目资金（万元）" and r[1] not in ("", "年度资金总额")]
    same("h402 项目名称 / 主管部门 / 实施单位", (t1[0][1], t1[1][1], t1[1][4]),
         (g["project"], g["department"], g["implementingUnit"]))
    same("h402 budget = gold (the fund line)", (fv(fr[2]), fv(fr[3]), fv(fr[4]), fv(fr[6])), gbudget(g)[:4])
    same("h402 sources add up; rates right; none over; fund line = 执行率 × 10 (traps)",
         ([c for c in (2, 3, 4) if abs(sum(fv(r[c]) for r in srcs) - fv(fr[c])) > 0.001],
          [r[1] for r in srcs + [fr] if r[6] != rate_s(fv(r[4]), fv(r[3])) or fv(r[4]) > fv(r[3])],
          fv(fr[7]) == r2(fv(fr[4]) / fv(fr[3]) * 10)), ([], [], True))
    plan = next(r for r in t1 if r[0] == "年度总体目标" and r[1] not in ("预期目标",))[1]
    done = next(r for r in t1 if r[0] == "年度总体目标" and r[1] not in ("预期目标",))[5]
    same("h402 head: 目标1–目标3 in the 预期目标 and the 实际完成情况",
         (re.findall(r"目标\d", plan), re.findall(r"目标\d", done)), (["目标1", "目标2", "目标3"],) * 2)
    head = t2[0]
    same("h402 the indicator table's columns (对应目标, 计量单位) (trap)", head,
         ["对应目标", "一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    body_rows = [r for r in t2[1:] if r[0] != "总分"]
    tot = next(r for r in t2 if r[0] == "总分")

    def u(v, unit):
        return v + unit if v and v[-1].isdigit() else v
    ind = [[r[1], r[2], r[3], u(r[4], r[5]), u(r[6], r[5]), r[7], r[8], r[9]] for r in body_rows]
    C.compare_rows("h402", [["", "", "年度资金总额", "", fr[6], fr[5], fr[7]]] + [r[:7] for r in ind], g)
    same("h402 goals (对应目标) = gold", [r[0] for r in body_rows], [x["goal"] for x in g["indicators"][1:]])
    tup = tuples(ind)
    same("h402 GOAL_LABELS: the table's goal labels against the 年度总体目标's",
         (sorted(set(r[0] for r in body_rows)), next(r[1] for r in body_rows if r[0] == "目标4")),
         (["目标1", "目标2", "目标4"], "满意度指标"))
    rows_total = r2(fv(fr[7]) + sum(x[6] for x in tup))
    same("h402 TOTAL_VS_ROWS: the 总分 against the fund line + the rows",
         (fv(tot[8]), rows_total, g["totalScore"] == fv(tot[8])), (95.66, 96.56, True))
    lost = [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]]
    same("h402 TARGET_MET_POINTS_LOST: met, points lost, no reason; the 实际完成情况 agrees",
         (lost, "年度建设任务完成率96.8%" in done), ([("年度建设任务完成率", 4.0, 5.0, "")], True))
    cost = next(x for x in tup if x[2] == "亩均财政投资")
    same("h402 traps: 分值 100; missed rows; met exactly; ceiling = 执行 ÷ 面积",
         (r2(fv(fr[5]) + sum(x[5] for x in tup)), fv(tot[7]), missed(tup),
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          met(cost[3], cost[4]), f"{fv(fr[4]) / 2.52 * 1:.1f}"),
         (100.0, 100.0, [("新建（改造）田间道路", 5.58, 5.58, True), ("高效节水灌溉面积占比", 6.39, 6.39, True)],
          ["新建小型蓄水池"], True, "1011.9"))
    same("h402 grade", (tot[9], grade_of(fv(tot[8])), grade_of(rows_total), re.search(BANDS_RE, text) is not None),
         (f"自评等级：{g['grade']}", "优", "优", True))
    print(f"h402: DOCM, vbaProject.bin {len(vb)} bytes ({len(paths)} streams), fund line + {len(tup)} rows, 总分 {tot[8]} "
          f"(rows {rows_total})")


# ------------------------------------------------------------ h403 XLSM, a veryHidden code sheet

def check403():
    from lxml import etree
    p = path_of("h403")
    g = gold(stem_of(p))
    z = zipfile.ZipFile(p)
    ct = etree.fromstring(z.read("[Content_Types].xml"))
    ctypes = {o.get("PartName"): o.get("ContentType") for o in ct if o.get("PartName")}
    defaults = {o.get("Extension"): o.get("ContentType") for o in ct if o.get("Extension")}
    wbx = etree.fromstring(z.read("xl/workbook.xml"))
    rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    sheets = [(s_.get("name"), s_.get("state")) for s_ in wbx.iter(S + "sheet")]
    codes = [etree.fromstring(z.read(f"xl/worksheets/sheet{k}.xml")).find(S + "sheetPr").get("codeName") for k in (1, 2)]
    same("h403 a macro-enabled workbook: main type, vbaProject part, codeNames; 代码表 very hidden (trap)",
         (ctypes["/xl/workbook.xml"], defaults.get("bin"),
          [r.get("Target") for r in rels if r.get("Type").endswith("/relationships/vbaProject")],
          wbx.find(S + "workbookPr").get("codeName"), codes, sheets, os.path.splitext(p)[1]),
         ("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.ms-office.vbaProject",
          ["vbaProject.bin"], "ThisWorkbook", ["Sheet1", "Sheet2"], [("自评表", "visible"), ("代码表", "veryHidden")],
          ".xlsm"))
    vb = z.read("xl/vbaProject.bin")
    _, paths, info, mods, src = vba_read(vb)
    same("h403 vbaProject.bin: modules ThisWorkbook, Sheet1, Sheet2, Module1 (Sub 校验) (trap)",
         ([(m["name"], m["type"]) for m in mods], info["codepage"], re.search(r"^Sub 校验\(\)", src["Module1"], re.M)
          is not None, "VBA/Module1" in paths),
         ([("ThisWorkbook", "document"), ("Sheet1", "document"), ("Sheet2", "document"), ("Module1", "procedural")], 936,
          True, True))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    code, _, _ = X.xlsx_sheet(p, 2)
    dv = sh.find(f"{S}dataValidations/{S}dataValidation")
    same("h403 the 一级 cells' list validation points into the hidden 代码表 (trap)",
         (dv.get("sqref"), dv.find(S + "formula1").text, [code.get((r, 1)) for r in range(2, 6)]),
         ("A9:A28", "代码表!$A$2:$A$5", ["决策", "过程", "产出", "效益"]))
    same("h403 代码表's bands agree with the printed bands; no report figures in it (trap)",
         ([(code.get((r, 5)), code.get((r, 6)), code.get((r, 7))) for r in range(2, 6)],
          [v for v in code.values() if isinstance(v, str) and re.search(r"\d+\.\d\d", v)]),
         ([("优", "90", "100"), ("良", "80", "90"), ("中", "60", "80"), ("差", "0", "60")], []))
    get = lambda r, c: cells.get((r, c), "") or ""  # noqa: E731
    nrow = max(r for r, _ in cells)
    text = "".join(str(v) for v in cells.values() if v)
    ident("h403", text, g)
    bt = {get(r, 2): [get(r, c) for c in range(2, 7)] for r in range(4, 7)}
    tot, basic, proj = bt["合计"], bt["基本支出"], bt["项目支出"]
    same("h403 budget = gold", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]), fv(proj[2]),
                                fv(proj[3])), gbudget(g))
    same("h403 EXECUTION_RATE: 基本支出's 执行率 against 执行 ÷ 全年; 合计 and 项目 right (traps)",
         (basic[4], rate_s(fv(basic[3]), fv(basic[2])), [r[0] for r in (tot, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))]),
         ("97.98%", "97.89%", []))
    same("h403 parts add up; none over (traps)",
         ([k for k in (1, 2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001],
          [r[0] for r in (basic, proj) if fv(r[3]) > fv(r[2])]), ([], []))
    hr = next(r for r in range(1, nrow + 1) if get(r, 1) == "一级指标")
    tr = next(r for r in range(1, nrow + 1) if get(r, 1) == "合计")
    rows = [[get(r, c) for c in range(1, 9)] for r in range(hr + 1, tr)]
    C.compare_rows("h403", [r[:7] for r in rows], g)
    tup = tuples(rows)
    sr = secs_rows(tup)
    same("h403 WEIGHTS_VS_FULL_MARK: the rows' 分值 against the 合计's 100",
         (r2(sum(x[5] for x in tup)), fv(get(tr, 6)), g["maxScore"], {k: v[0] for k, v in sr.items()}),
         (102.0, 100.0, 100, {"决策": 15.0, "过程": 25.0, "产出": 37.0, "效益": 25.0}))
    same("h403 ROW_SCORE_OVER_WEIGHT", [(x[2], x[6], x[5]) for x in tup if x[6] > x[5]], [("预算编制科学性", 4.0, 3.0)])
    total = fv(get(tr, 7))
    cr = next(x for x in tup if x[2] == "结转结余率")
    same("h403 totals and traps: 合计 = rows; 预算执行率 = 合计's rate; 结转结余率; missed rows; met exactly; ceiling",
         (total, r2(sum(x[6] for x in tup)), next(x[4] for x in tup if x[2] == "预算执行率") == tot[4],
          cr[4] == rate_s(fv(tot[2]) - fv(tot[3]), fv(tot[2])), missed(tup),
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         (g["totalScore"], g["totalScore"], True, True,
          [("农村公路养护里程", 4.79, 4.79, True), ("森林防火巡护", 4.75, 4.75, True), ("困难群众临时救助", 4.66, 4.66, True),
           ("集体经济收入10万元以上村占比", 5.5, 5.5, True), ("辖区群众满意度", 7.88, 7.88, True)],
          ["农村人居环境整治行政村"], ["结转结余率", "公用经费控制率"]))
    same("h403 grade", (get(tr + 1, 6), grade_of(total), grade_of(r2(total - 1)), re.search(BANDS_RE, text) is not None),
         (g["grade"], "优", "优", True))
    print(f"h403: XLSM, sheets {sheets}, {len(rows)} rows, 分值 {r2(sum(x[5] for x in tup))} vs 合计 {get(tr, 6)}, "
          f"total {get(tr, 7)}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h399", check399), ("h400", check400), ("h401", check401), ("h402", check402),
                    ("h403", check403)):
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
