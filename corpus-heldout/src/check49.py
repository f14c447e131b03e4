#!/usr/bin/python3
"""Round 49's independent check: re-reads h299–h303 with readers written for the check (nothing of reports49.py is
imported; check47 gives only the comparison helpers same / num / gold / compare_rows) and compares what they read with
gold/<stem>.json.
    /usr/bin/python3 corpus-heldout/src/check49.py [h299 …]
Readers: h299 the bytes sniffed (an XML declaration and `<?mso-application progid="Word.Document"?>`, neither OLE nor
ZIP), lxml on the Word 2003 XML (w:gridSpan / w:vmerge resolved to a grid, a cell's runs joined), then LibreOffice's own
import (the .doc converted to DOCX and read again with python-docx). h300 the bytes sniffed (HTML, not OLE), decoded by
the charset its meta names, lxml.html on the one table (rowspan / colspan resolved), every x:num compared with the cell
text, the 注's worked formula recomputed; then LibreOffice's import (.xls → .xlsx, openpyxl). h301 zipfile + lxml: the
body's w:altChunk → its relationship (aFChunk) → the HTML part, lxml.html on its two tables; the prose by python-docx
(which sees no table). h302 the bytes (BOM FF FE) decoded as UTF-16, the csv module with TAB as delimiter (quoted
multi-line cells), merged cells filled down. h303 lxml on word/document.xml: per cell the runs walked through the field
characters (instrText kept apart from the result runs), gridSpan / vMerge resolved; every formula field re-evaluated on
the table's displayed figures (SUM of a range, cell arithmetic) and compared with its stored result; LibreOffice's PDF
of it read by pdftotext.
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (its comparison helpers only)

OUT = C.OUT
same, num, gold = C.same, C.num, C.gold
TMP = tempfile.mkdtemp(prefix="check49_")
LO = "file:///tmp/check49_lo"


def soffice(path, target):
    """LibreOffice's conversion of a copy of path; returns the converted file's path"""
    work = tempfile.mkdtemp(dir=TMP)
    src = os.path.join(work, os.path.basename(path))
    shutil.copy(path, src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO}", "--headless", "--convert-to", target, "--outdir", work,
                    src], capture_output=True, timeout=180)
    stem = os.path.splitext(os.path.basename(path))[0]
    ext = target.split(":")[0]
    out = os.path.join(work, f"{stem}.{ext}")
    if not os.path.exists(out):
        raise SystemExit(f"LibreOffice did not convert {path} to {target}")
    return out


def sniff(path):
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xff\xfe"):
        return "utf16le"
    if head.lstrip().lower().startswith(b"<?xml"):
        return "xml"
    if head.lstrip().lower().startswith(b"<html"):
        return "html"
    return "other"


def fval(s):
    """a printed figure as a number (thousands separators and % dropped)"""
    return float(str(s).replace(",", "").replace("%", "").strip())


def html_grid(table):
    """an lxml.html <table> as a grid of cell texts, rowspan / colspan resolved (a spanned cell's text repeated),
    and the element of every grid slot"""
    grid, els, pending = [], [], {}
    for tr in table.iter("tr"):
        row, rel, col = [], [], 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        k = 0
        while k < len(cells) or col in pending:
            if col in pending:
                text, el, left = pending[col]
                row.append(text)
                rel.append(el)
                if left > 1:
                    pending[col] = (text, el, left - 1)
                else:
                    del pending[col]
                col += 1
                continue
            c = cells[k]
            k += 1
            text = re.sub(r"\s+", "", c.text_content().replace("\xa0", " "))
            cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
            for j in range(cs):
                row.append(text)
                rel.append(c)
                if rs > 1:
                    pending[col + j] = (text, c, rs - 1)
            col += cs
        grid.append(row)
        els.append(rel)
    return grid, els


def ind_rows(grid, first, stop, skip=lambda r: False):
    """indicator tuples (一级, 二级, 三级, 指标值, 完成值, 分值, 得分) from grid rows first… up to the row whose first
    cell is stop"""
    rows = []
    for r in grid[first:]:
        if r[0] == stop:
            break
        if skip(r):
            continue
        rows.append(tuple(r[:7]))
    return rows


# ------------------------------------------------------------ h299 (.doc = Word 2003 XML)

W03 = "{http://schemas.microsoft.com/office/word/2003/wordml}"


def w03_grid(tbl):
    grid = []
    for tr in tbl.findall(f"{W03}tr"):
        row = []
        for tc in tr.findall(f"{W03}tc"):
            pr = tc.find(f"{W03}tcPr")
            span, vm = 1, None
            if pr is not None:
                gs = pr.find(f"{W03}gridSpan")
                span = int(gs.get(f"{W03}val")) if gs is not None else 1
                v = pr.find(f"{W03}vmerge")
                if v is not None:
                    vm = v.get(f"{W03}val") or "continue"
            text = "\n".join("".join(t.text or "" for t in p.iter(f"{W03}t")) for p in tc.findall(f"{W03}p")).strip()
            for _ in range(span):
                row.append((text, vm))
        grid.append(row)
    out = []
    for i, row in enumerate(grid):
        r = []
        for k, (text, vm) in enumerate(row):
            r.append(out[i - 1][k] if vm == "continue" and i > 0 and k < len(out[i - 1]) else text)
        out.append(r)
    return out


def check299():
    from lxml import etree
    stem = "h299_yongding_nongye"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".doc")
    same("h299 kind of bytes", sniff(path), "xml")
    raw = open(path, "rb").read()
    same("h299 mso-application Word.Document", b'<?mso-application progid="Word.Document"?>' in raw[:200], True)
    root = etree.fromstring(raw)
    same("h299 root", root.tag, f"{W03}wordDocument")
    tbls = root.findall(f".//{W03}tbl")
    same("h299 tables", len(tbls), 1)
    grid = w03_grid(tbls[0])
    flat = lambda s: s.replace("\n", "")  # noqa: E731
    same("h299 project", flat(grid[0][2]), g["project"])
    same("h299 主管部门 / 实施单位", (grid[1][2], grid[1][6]), (g["department"], g["implementingUnit"]))
    fund = next(r for r in grid if r[1] == "年度资金总额")
    b = g["budget"]
    same("h299 fund line", (fval(fund[3]), fval(fund[4]), fval(fund[5]), fval(fund[7])),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    fi = grid.index(fund)
    parts = grid[fi + 1:fi + 4]
    names = [p[1].replace("其中：", "").strip("　") for p in parts]
    sums = [round(sum(fval(p[k]) for p in parts), 2) for k in (3, 4, 5)]
    print(f"h299: 其中 {names}: 年初/全年/执行 sums {sums} against {fund[3]} / {fund[4]} / {fund[5]}")
    same("h299 其中 sums (全年 the planted breakdown)", sums, [fval(fund[3]), 970.0, fval(fund[5])])
    h0 = next(i for i, r in enumerate(grid) if r[1] == "一级指标")
    rows = [(None, None, "年度资金总额", None, fund[7], fund[6], fund[8])]
    for r in grid[h0 + 1:]:
        if r[0] == "总分":
            tot = r
            break
        rows.append((r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
    C.compare_rows("h299", rows, g)
    same("h299 总分", (num(tot[6]), num(tot[7]), tot[8]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    zero = next(r for r in grid if r[3] == "莓茶网络销售额增长率")
    same("h299 zero-base note", "2023年项目村无网络销售" in zero[8], True)
    body = "".join(t.text or "" for t in root.iter(f"{W03}t"))
    same("h299 year and date", ("（2024年度）" in body, "2025年4月18日" in body), (True, True))
    # LibreOffice's own import of the Word 2003 XML, read again with python-docx
    import docx
    d = docx.Document(soffice(path, "docx:MS Word 2007 XML"))
    t = d.tables[0]
    lg = [[c.text.strip() for c in r.cells] for r in t.rows]
    h0 = next(i for i, r in enumerate(lg) if "一级指标" in r)
    lrows = []
    for r in lg[h0 + 1:]:
        if r[0] == "总分":
            break
        lrows.append(r[1:8])
    got = [tuple(x[2:3]) + (num(x[5]), num(x[6])) for x in lrows]
    want = [(x["level3"], num(x["weight"]), num(x["score"])) for x in g["indicators"][1:]]
    same("h299 LibreOffice import rows", got, want)
    same("h299 LibreOffice import 总分", next(r for r in lg if r[0] == "总分")[-2], "98.36")
    print(f"h299: {len(rows)} rows (fund line + {len(rows) - 1}); 总分 {tot[6:9]}; LibreOffice import {len(lrows)} rows")


# ------------------------------------------------------------ h300 (.xls = HTML)

def check300():
    import lxml.html
    stem = "h300_ezhou_chengguan"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".xls")
    same("h300 kind of bytes", sniff(path), "html")
    raw = open(path, "rb").read()
    cs = re.search(rb'charset=([\w-]+)', raw[:600]).group(1).decode()
    same("h300 charset", cs.lower(), "gbk")
    doc = lxml.html.fromstring(raw.decode(cs))
    tables = doc.findall(".//table")
    same("h300 tables", len(tables), 1)
    grid, els = html_grid(tables[0])
    # every x:num agrees with its text
    bad = []
    for row, rel in zip(grid, els):
        for text, el in zip(row, rel):
            xn = el.get("x:num")
            if xn is not None:
                v = float(xn) * (100 if text.endswith("%") else 1)
                if abs(v - fval(text)) > 0.005:
                    bad.append((text, xn))
    same("h300 x:num = text", bad, [])
    same("h300 title", grid[0][0], f"{g['department']}2024年度部门整体支出绩效自评表")
    bud = {r[0]: r for r in grid if r[0] in ("合计", "其中：基本支出", "项目支出") and "%" in r[5]}
    b = g["budget"]
    same("h300 budget", tuple(fval(x) for x in bud["合计"][2:6]) + tuple(fval(x) for x in bud["其中：基本支出"][3:5])
         + tuple(fval(x) for x in bud["项目支出"][3:5]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"], b["basicBudget"],
          b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    note = next(r[0] for r in grid if r[0].startswith("注："))
    m = re.search(r"＝([\d,]+\.\d+)÷([\d,]+\.\d+)×100%＝([\d.]+)%", note)
    rec = round(fval(m.group(1)) / fval(m.group(2)) * 100 + 1e-9, 2)
    print(f"h300: 注 {m.group(1)} ÷ {m.group(2)} = {rec:.2f}%, printed {m.group(3)}%")
    same("h300 注 formula (planted)", (m.group(3), f"{rec:.2f}"), ("95.03", "95.30"))
    h0 = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
    rows = ind_rows(grid, h0 + 1, "合计", skip=lambda r: r[1].endswith("小计"))
    C.compare_rows("h300", rows, g)
    subs = [(r[1][:-2], num(r[5]), num(r[6])) for r in grid if r[1].endswith("小计")]
    same("h300 小计", subs, [(s["name"], num(s["weight"]), num(s["score"])) for s in g["sections"]])
    tot = next(r for r in grid if r[0] == "合计" and r[5] == "100")
    same("h300 合计", (num(tot[5]), num(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h300 自评等级", next(r for r in grid if r[0] == "自评等级")[5], g["grade"])
    # LibreOffice opens the .xls as an HTML sheet
    import openpyxl
    ws = openpyxl.load_workbook(soffice(path, "xlsx")).active
    vals = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    lo = [r for r in vals if r[2] and any(r[2] == x["level3"] for x in g["indicators"])]
    same("h300 LibreOffice rows", [(r[2], num(r[5]), num(r[6])) for r in lo],
         [(x["level3"], num(x["weight"]), num(x["score"])) for x in g["indicators"]])
    print(f"h300: {len(rows)} rows; 小计 {subs}; 合计 {tot[5:7]}; LibreOffice sheet {len(lo)} rows")


# ------------------------------------------------------------ h301 (DOCX, 自评表 an HTML altChunk)

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def check301():
    import lxml.html
    from lxml import etree
    import docx
    stem = "h301_fuding_renshe"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".docx")
    z = zipfile.ZipFile(path)
    body = etree.fromstring(z.read("word/document.xml")).find("w:body", NS)
    same("h301 w:tbl in the body", len(body.findall(".//w:tbl", NS)), 0)
    alts = body.findall("w:altChunk", NS)
    same("h301 altChunks", len(alts), 1)
    rid = alts[0].get(f"{{{NS['r']}}}id")
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    rel = next(x for x in rels if x.get("Id") == rid)
    same("h301 altChunk relationship", rel.get("Type").rsplit("/", 1)[1], "aFChunk")
    part = "word/" + rel.get("Target")
    ctypes = z.read("[Content_Types].xml").decode()
    same("h301 part content type", f'PartName="/{part}" ContentType="text/html"' in ctypes, True)
    page = lxml.html.fromstring(z.read(part).decode("utf-8"))
    tables = page.findall(".//table")
    same("h301 chunk tables", len(tables), 2)
    bg, _ = html_grid(tables[0])
    bud = {r[0]: r for r in bg}
    b = g["budget"]
    same("h301 budget", tuple(fval(x) for x in bud["合计"][1:5]) + tuple(fval(x) for x in bud["其中：基本支出"][2:4])
         + tuple(fval(x) for x in bud["项目支出"][2:4]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"], b["basicBudget"],
          b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    ig, _ = html_grid(tables[1])
    rows = ind_rows(ig, 1, "合计")
    C.compare_rows("h301", rows, g)
    tot = next(r for r in ig if r[0] == "合计")
    wsum = round(sum(fval(r[5]) for r in rows), 2)
    print(f"h301: {len(rows)} rows in the altChunk; 合计 {tot[5:7]}; weights add to {wsum}")
    same("h301 合计", (num(tot[5]), num(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h301 weights (planted)", wsum, 95.0)
    same("h301 自评等级", next(r for r in ig if r[0] == "自评等级")[5], g["grade"])
    d = docx.Document(path)
    same("h301 python-docx tables", len(d.tables), 0)
    prose = "\n".join(p.text for p in d.paragraphs)
    m = re.search(r"年初预算([\d,.]+)万元，全年预算([\d,.]+)万元.*?全年执行([\d,.]+)万元，预算执行率([\d.]+)%", prose)
    got = tuple(fval(x) for x in m.groups())
    print(f"h301: prose 年初 {got[0]} / 全年 {got[1]} / 执行 {got[2]} / {got[3]}%")
    same("h301 prose budget (年初 the planted difference)", got,
         (6480.20, b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    same("h301 prose total", re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", prose).groups(),
         (str(g["totalScore"]), g["grade"]))
    same("h301 prose: 零工市场 not in use", "截至年底尚未投入使用" in prose, True)


# ------------------------------------------------------------ h302 (Excel “Unicode 文本”: UTF-16LE, TAB)

def check302():
    stem = "h302_xinghua_jiaotong"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".txt")
    same("h302 kind of bytes", sniff(path), "utf16le")
    text = open(path, "rb").read().decode("utf-16")
    recs = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    same("h302 every record 9 fields", {len(r) for r in recs}, {9})
    same("h302 CRLF record ends", text.count("\r\n"), len(recs))
    meta = " ".join(c for r in recs[:4] for c in r if c)
    for k, want in (("项目名称", g["project"]), ("评价机构", g["evaluator"]), ("主管部门", g["department"]),
                    ("实施单位", g["implementingUnit"])):
        same(f"h302 {k}", re.search(k + r"：(\S+)", meta).group(1), want)
    fund = next(r for r in recs if r[0] == "合计" and r[4].endswith("%"))
    b = g["budget"]
    same("h302 资金", tuple(fval(x) for x in fund[1:5]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    h0 = next(i for i, r in enumerate(recs) if r[0] == "一级指标")
    rows, l1, l2, raw = [], "", "", {}
    for r in recs[h0 + 1:]:
        if r[0] == "合计":
            tot = r
            break
        l1 = r[0] or l1
        l2 = r[1] or l2
        rows.append((l1, l2, r[2], r[5], r[6], r[3], r[7]))
        raw[r[2]] = r
    C.compare_rows("h302", rows, g)
    same("h302 合计", (num(tot[3]), num(tot[7])), (g["maxScore"], g["totalScore"]))
    gr = next(r for r in recs if r[0] == "评价等级")[7]
    same("h302 评价等级", gr, g["grade"])
    multi = sum(1 for r in raw.values() if "\n" in r[4])
    rule = raw["路面平整度检测合格率"][4]
    bands = re.findall(r"(\d+)%≤合格率<(\d+)%", rule)
    empty = [(a, b_) for a, b_ in bands if int(a) >= int(b_)]
    ot = raw["按期完工率"]
    per_rule = 8 - (95 - fval(ot[6]))
    total = fval(tot[7])
    by_bands = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
    print(f"h302: {len(recs)} records, {len(rows)} rows ({multi} multi-line 评分标准); 合计 {tot[7]} {gr}; "
          f"empty bands {empty}; 按期完工率 rule {per_rule} printed {ot[7]}; bands give {by_bands}")
    same("h302 planted: empty band, rule score, grade", (empty, per_rule, ot[7], by_bands),
         ([("85", "80")], 4.0, "6", "良"))
    same("h302 quoted quote", '"三重一大"' in raw["资金使用合规性"][8], True)


# ------------------------------------------------------------ h303 (DOCX with formula fields)

def w(tag):
    return f"{{{NS['w']}}}{tag}"


def cell_reading(tc):
    """(display text, [(instr, result)]) of a cell: runs walked through fldChar begin / separate / end"""
    shown, fields, state, instr, res = [], [], None, [], []
    for r in tc.iter(w("r")):
        for ch in r:
            if ch.tag == w("fldChar"):
                t = ch.get(w("fldCharType"))
                if t == "begin":
                    state, instr, res = "instr", [], []
                elif t == "separate":
                    state = "result"
                elif t == "end":
                    fields.append(("".join(instr).strip(), "".join(res)))
                    state = None
            elif ch.tag == w("instrText"):
                instr.append(ch.text or "")
            elif ch.tag == w("t"):
                if state == "instr":
                    continue
                shown.append(ch.text or "")
                if state == "result":
                    res.append(ch.text or "")
    return "".join(shown).strip(), fields


def docx_grid(tbl):
    """rows of (text, fields) per grid column, gridSpan and vMerge resolved"""
    out = []
    for i, tr in enumerate(tbl.findall("w:tr", NS)):
        row = []
        for tc in tr.findall("w:tc", NS):
            pr = tc.find("w:tcPr", NS)
            span = int(pr.find("w:gridSpan", NS).get(w("val"))) if pr is not None and pr.find("w:gridSpan", NS) is not None else 1
            vm = pr.find("w:vMerge", NS) if pr is not None else None
            text, fields = cell_reading(tc)
            if vm is not None and vm.get(w("val")) != "restart" and out:
                text = out[-1][len(row)][0]
            for _ in range(span):
                row.append((text, fields))
        out.append(row)
    return out


def evaluate(expr, grid):
    """a Word table formula (=SUM(B3:B4), =D2/B2*100) on the grid's displayed figures"""
    def ref(a):
        col, rw = ord(a[0]) - 65, int(a[1:]) - 1
        return fval(grid[rw][col][0])

    def rng(m):
        a, b_ = m.group(1), m.group(2)
        c0, r0, c1, r1 = ord(a[0]) - 65, int(a[1:]), ord(b_[0]) - 65, int(b_[1:])
        return repr(round(sum(fval(grid[r - 1][c][0]) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)), 6))

    e = re.sub(r"\\#.*$", "", expr).strip().lstrip("=")
    e = re.sub(r"SUM\(([A-Z]\d+):([A-Z]\d+)\)", rng, e)
    e = re.sub(r"\b([A-Z]\d+)\b", lambda m: repr(ref(m.group(1))), e)
    assert re.fullmatch(r"[\d.+\-*/() ]+", e), e
    return eval(e)  # noqa: S307  (digits and operators only, asserted above)


def check303():
    from lxml import etree
    stem = "h303_simao_jiaoyu"
    g = gold(stem)
    path = os.path.join(OUT, stem + ".docx")
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    settings = z.read("word/settings.xml").decode()
    same("h303 no updateFields / dirty", ("updateFields" in settings, b"w:dirty" in z.read("word/document.xml")),
         (False, False))
    t1, t2 = root.findall(".//w:tbl", NS)
    g1, g2 = docx_grid(t1), docx_grid(t2)
    b = g["budget"]
    tot1 = g1[1]
    same("h303 表一 合计 shown", tuple(fval(c[0]) for c in tot1[1:5]),
         (b["initialBudget"], b["adjustedBudget"], b["expenditure"], b["executionRate"]))
    same("h303 表一 parts", (fval(g1[2][2][0]), fval(g1[2][3][0]), fval(g1[3][2][0]), fval(g1[3][3][0])),
         (b["basicBudget"], b["basicExpenditure"], b["projectBudget"], b["projectExpenditure"]))
    report = []
    for name, grid in (("表一", g1), ("表二", g2)):
        seen = set()
        for i, row in enumerate(grid):
            for k, (text, fields) in enumerate(row):
                for instr, result in fields:
                    if (i, instr) in seen:
                        continue
                    seen.add((i, instr))
                    v = evaluate(instr, grid)
                    stale = abs(v - fval(result)) > 0.005
                    report.append((name, f"{chr(65 + k)}{i + 1}", instr.split("\\#")[0].strip(), result,
                                   round(v, 2), stale))
    for x in report:
        print("h303 field", x)
    stale = [(x[0], x[2], x[3], x[4]) for x in report if x[5]]
    same("h303 stale fields (planted)", stale, [("表二", "=SUM(G2:G20)", "97.73", 97.23)])
    e2 = next(x for x in report if x[0] == "表一" and x[1] == "E2")
    same("h303 E2 formula (planted: ÷ 年初)", e2[2], "=D2/B2*100")
    same("h303 E3 / E4 formulas", sorted(x[2] for x in report if x[0] == "表一" and x[1] in ("E3", "E4")),
         ["=D3/C3*100", "=D4/C4*100"])
    rows = [tuple(c[0] for c in r[:7]) for r in g2[1:] if r[0][0] not in ("合计", "自评等级")]
    C.compare_rows("h303", rows, g)
    tot = next(r for r in g2 if r[0][0] == "合计")
    same("h303 合计 shown", (num(tot[5][0]), num(tot[6][0])), (g["maxScore"], g["totalScore"]))
    same("h303 自评等级", next(r for r in g2 if r[0][0] == "自评等级")[5][0], g["grade"])
    # what LibreOffice makes of it: it recomputes the fields (a trap written in MANIFEST)
    pdf = soffice(path, "pdf:writer_pdf_Export")
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    same("h303 LibreOffice PDF recomputed", ("97.23" in txt, "97.73" in txt, "25122.3" in txt), (True, False, True))
    print(f"h303: {len(rows)} rows; 合计 shown {tot[5][0]} | {tot[6][0]}; {len(report)} fields, stale {stale}")


def main(argv):
    try:
        for name, f in (("h299", check299), ("h300", check300), ("h301", check301), ("h302", check302),
                        ("h303", check303)):
            if not argv or name in argv:
                f()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
