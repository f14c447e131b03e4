#!/usr/bin/python3
"""Round 44's independent check: re-reads h274–h278 with readers written for the check (not the writers' code) and
compares what they show with the gold.
    /usr/bin/python3 corpus-heldout/src/check44.py
h274 pikepdf (page content = one Do of Fm1; Fm1 calls Fm2 with a /Matrix) + pdftotext -layout (rows by their
figures); h275 lxml on word/document.xml skipping w:vanish runs (grid with gridSpan / vMerge) + LibreOffice → PDF →
pdftotext (no hidden figure printed); h276 openpyxl (raw values + number formats, formatted here) + LibreOffice CSV;
h277 lxml on the display:table divs (nested tables, visibility:hidden repeats); h278 LibreOffice .doc → .docx, changes
accepted here (w:del dropped, w:ins kept)."""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LO = "file:///tmp/jixiao_check44_lo"
BAD = []


def gold(stem):
    return json.load(open(os.path.join(OUT, "gold", stem + ".json"), encoding="utf-8"))


def num(x):
    return float(x) if x is not None else None


def same(stem, got, g):
    """got: list of (level3, target, actual, weight, score) as read; compared with the gold's rows"""
    exp = [(r["level3"], r["target"] or "", r["actual"] or "", float(r["weight"]), float(r["score"]))
           for r in g["indicators"]]
    got = [(a, b or "", c or "", float(d), float(e)) for a, b, c, d, e in got]
    if got != exp:
        for x, y in zip(got, exp):
            if x != y:
                print("   read", x, "\n   gold", y)
        BAD.append(f"{stem}: rows differ ({len(got)} read, {len(exp)} gold)")
    print(f"{stem}: {len(got)} rows read, {'= gold' if got == exp else 'DIFFER'}")


def soffice(src, target, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO}", "--headless", "--norestore", "--convert-to", target,
                    "--outdir", outdir, src], capture_output=True, check=True, timeout=300)


# ---------------------------------------------------------------- h274

def c274(tmp):
    import pikepdf
    stem = "h274_xiaogan_yingji"
    path = os.path.join(OUT, stem + ".pdf")
    pdf = pikepdf.open(path)
    for i, p in enumerate(pdf.pages):
        body = p.obj.Contents.read_bytes().strip()
        assert body == b"q 0.94 0 0 0.94 17.8 25.2 cm /Fm1 Do Q", body
        fm1 = p.obj.Resources.XObject.Fm1
        assert fm1.Subtype == "/Form" and b"/Fm2 Do" in fm1.read_bytes()
        fm2 = fm1.Resources.XObject.Fm2
        assert fm2.Subtype == "/Form" and list(fm2.Matrix)[:4] == [1, 0, 0, 1], fm2.Matrix
        print(f"{stem} p.{i + 1}: page content only `/Fm1 Do`; Fm2 /Matrix {[float(v) for v in fm2.Matrix]}, "
              f"{len(re.findall(rb' re', fm2.read_bytes()))} ruling boxes")
    txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    g = gold(stem)
    got = []
    for r in g["indicators"]:
        pat = r"\s+".join(re.escape(str(v)) for v in (r["target"], r["actual"], fmt(r["weight"]), fmt(r["score"])))
        if re.search(pat, txt):
            got.append((r["level3"], r["target"], r["actual"], r["weight"], r["score"]))
        else:
            print("   not found on a line:", pat)
    same(stem, got, g)
    for s in g["sections"]:
        assert re.search(rf"小计\s+{s['weight']:g}\s+{s['score']:g}\b", txt), s
    assert re.search(r"合计\s+100\s+97\.31", txt) and "93.19%" in txt


def fmt(x):
    return f"{x:g}" if isinstance(x, (int, float)) else x


# ---------------------------------------------------------------- DOCX grid reader (shared by h275 and h278)

def docx_grid(xml, visible):
    """rows of cell texts, merged cells resolved (gridSpan repeated, vMerge continue = the cell above); visible(r)
    decides whether a w:r counts; paragraphs in a cell joined by "\n"."""
    from lxml import etree
    root = etree.fromstring(xml)
    out = []
    for tbl in root.iter(W + "tbl"):
        grid = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                paras = []
                for p in tc.findall(W + "p"):
                    paras.append("".join(t.text or "" for r in p.iter(W + "r") if visible(r)
                                         for t in r if t.tag in (W + "t",)))
                text = "\n".join(x for x in paras if x)
                pr = tc.find(W + "tcPr")
                span = 1
                vm = None
                if pr is not None:
                    gs = pr.find(W + "gridSpan")
                    span = int(gs.get(W + "val")) if gs is not None else 1
                    v = pr.find(W + "vMerge")
                    vm = None if v is None else (v.get(W + "val") or "continue")
                if vm == "continue" and grid:
                    text = grid[-1][len(row)] if len(row) < len(grid[-1]) else ""
                row += [text] * span
            grid.append(row)
        out.append(grid)
    return out


def c275(tmp):
    stem = "h275_anyuan_sifa"
    path = os.path.join(OUT, stem + ".docx")
    xml = zipfile.ZipFile(path).read("word/document.xml")

    def shown(r):
        pr = r.find(W + "rPr")
        return pr is None or pr.find(W + "vanish") is None
    grid = docx_grid(xml, shown)[0]
    naive = docx_grid(xml, lambda r: True)[0]
    g = gold(stem)
    start = next(i for i, r in enumerate(grid) if r[0] == "一级指标") + 1
    fund = next(r for r in grid if r[1] == "合计")
    got = [("预算执行情况", "", fund[6], fund[5], fund[7])]
    for r in grid[start:]:
        if r[0] == "总分":
            total = r[6]
            break
        got.append((r[2], r[3], r[4], r[5], r[6]))
    same(stem, got, g)
    assert float(total) == g["totalScore"] and float(fund[3].replace(",", "")) == g["budget"]["adjustedBudget"]
    diff = [(a, b) for ra, rb in zip(grid, naive) for a, b in zip(ra, rb) if a != b]
    print(f"{stem}: {len(set(diff))} cells read differently when w:vanish is ignored, e.g. {sorted(set(diff))[:3]}")
    soffice(path, "pdf", tmp)
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(tmp, stem + ".pdf"), "-"], capture_output=True,
                         text=True).stdout
    for old in ("93.72", "94.2%", "3105", "1,208.40", "95.63%", "91.8%", "2023"):
        assert old not in txt, old
    print(f"{stem}: LibreOffice's PDF prints none of the hidden figures; total {total}")


# ---------------------------------------------------------------- h276

def show(v, f):
    """what Excel shows for the formats used in h276"""
    import datetime
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        return f"{v.year}年{v.month}月{v.day}日" if f == 'yyyy"年"m"月"d"日"' else str(v)
    if isinstance(v, str):
        return v
    m = re.fullmatch(r'(?:"([^"]*)")?(#,##0|0)(?:\.(0+))?(?:\\\.(0+))?(?:"([^"]*)")?', f)
    if f == "General" or not m:
        return f"{v:g}"
    pre, intp, dec, lit, suf = m.groups()
    if lit:  # 0\.0000: a literal point before the last len(lit) digits of the rounded integer
        s = str(int(round(v)))
        s = s.rjust(len(lit) + 1, "0")
        return (pre or "") + s[:-len(lit)] + "." + s[-len(lit):] + (suf or "")
    d = len(dec or "")
    s = f"{v:,.{d}f}" if intp == "#,##0" else f"{v:.{d}f}"
    return (pre or "") + s + (suf or "")


def c276(tmp):
    import openpyxl
    stem = "h276_bayan_liangshi"
    path = os.path.join(OUT, stem + ".xlsx")
    ws = openpyxl.load_workbook(path).active
    rows = [[show(c.value, c.number_format) for c in r] for r in ws.iter_rows()]
    soffice(path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", tmp)
    lo = list(csv.reader(io.open(os.path.join(tmp, stem + ".csv"), encoding="utf-8")))
    lo = [r + [""] * (len(rows[0]) - len(r)) for r in lo]
    mism = [(i, j, a, b) for i, (ra, rb) in enumerate(zip(rows, lo)) for j, (a, b) in enumerate(zip(ra, rb)) if a != b]
    # merged cells hold their value in the top-left cell only, in both readings
    assert not mism, mism[:5]
    print(f"{stem}: openpyxl values under their formats = LibreOffice's CSV in every cell ({len(rows)} rows); "
          f"title alignment {ws['A1'].alignment.horizontal}, merged ranges {len(ws.merged_cells.ranges)}, "
          f"A1 merged: {any('A1' in r for r in ws.merged_cells.ranges)}")
    g = gold(stem)

    def n(s):
        return float(re.sub(r"[分,]", "", s))
    fund = next(r for r in rows if r[1] == "年度资金总额")
    got = [("年度资金总额", "", fund[6], n(fund[5]), n(fund[7]))]
    start = next(i for i, r in enumerate(rows) if r[0] == "一级指标") + 1
    for r in rows[start:]:
        if r[0] == "总分":
            assert n(r[6]) == g["totalScore"] and r[5] == "100分" and r[7] == "自评等级：优"
            break
        got.append((r[2], r[3], r[4], n(r[5]), n(r[6])))
    same(stem, got, g)
    b = g["budget"]
    assert [float(x) for x in fund[2:5]] == [b["initialBudget"], b["adjustedBudget"], b["expenditure"]]
    assert rows[1][0] == "（2024年度）" and "2025年4月15日" in rows[-1]


# ---------------------------------------------------------------- h277

def c277(tmp):
    from lxml import html
    stem = "h277_heshan_shengtai"
    path = os.path.join(OUT, stem + ".html")
    doc = html.parse(path).getroot()
    assert not doc.findall(".//table"), "a <table> element"

    def cls(e, c):
        return c in (e.get("class") or "").split()

    def vis_text(e):
        out = []
        for x in e.iter():
            hidden = any(cls(a, "hide") for a in [x] + list(x.iterancestors()))
            if x.text and not hidden:
                out.append(x.text)
            if x.tail and x is not e and not any(cls(a, "hide") for a in x.iterancestors()):
                out.append(x.tail)
        return "".join(out).strip()

    def rows_of(tbl):
        out = []
        for ch in tbl:
            if cls(ch, "thead"):
                continue
            if cls(ch, "tr"):
                out.append([c for c in ch if cls(c, "td")])
        return out
    tbls = [e for e in doc.iter("div") if cls(e, "tbl") and not any(cls(a, "tbl") for a in e.iterancestors())]
    print(f"{stem}: {len(tbls)} top-level display:table layouts, "
          f"{sum(1 for e in doc.iter('div') if cls(e, 'tbl'))} in all (nested included)")
    g = gold(stem)
    detail = tbls[-1]
    got = []
    for outer in rows_of(detail):
        l1 = vis_text(outer[0])
        inner = [e for e in outer[1] if cls(e, "tbl")][0]
        last2 = None
        for cells in rows_of(inner):
            t = [vis_text(c) for c in cells]
            if l1 == "合计":
                assert t[2] == "100" and float(t[6]) == g["totalScore"]
                continue
            last2 = t[0] or last2  # an empty (hidden) 二级 continues the one above
            got.append((t[1], t[4], t[5], t[2], t[6]))
    same(stem, got, g)
    summ = [[vis_text(c) for c in r] for r in rows_of(tbls[1])]
    assert [(r[0], float(r[1]), float(r[2])) for r in summ[:-1]] == \
        [(s["name"], s["weight"], s["score"]) for s in g["sections"]], summ
    fundt = [[vis_text(c) for c in r] for r in rows_of(tbls[0])]
    assert fundt[0][1:] == ["2,600.00", "2,860.00", "2,614.04", "91.40%"], fundt[0]
    print(f"{stem}: summary {summ}")


# ---------------------------------------------------------------- h278

def c278(tmp):
    stem = "h278_fengjie_tuiyijunren"
    path = os.path.join(OUT, stem + ".doc")
    assert open(path, "rb").read(8) == bytes.fromhex("d0cf11e0a1b11ae1")
    soffice(path, "docx", tmp)
    xml = zipfile.ZipFile(os.path.join(tmp, stem + ".docx")).read("word/document.xml")
    from lxml import etree
    root = etree.fromstring(xml)
    revs = {}
    for k in ("ins", "del"):
        for e in root.iter(W + k):
            a = e.get(W + "author")
            revs[(k, a)] = revs.get((k, a), 0) + 1
    print(f"{stem}: revision marks after LibreOffice's DOC round trip: {revs}")

    def accepted(r):  # a run inside w:del is gone once the changes are accepted
        return not any(a.tag == W + "del" for a in r.iterancestors())
    grid = docx_grid(xml, accepted)[0]
    for rr in root.iter(W + "r"):
        for t in rr.findall(W + "delText"):
            t.tag = W + "t"
    markup = docx_grid(etree.tostring(root), lambda r: True)[0]
    g = gold(stem)
    fund = next(r for r in grid if r[1] == "年度资金总额")
    got = [("年度资金总额", "", fund[7], fund[6], fund[8])]
    start = next(i for i, r in enumerate(grid) if r[1] == "一级指标") + 1
    empty = 0
    for r in grid[start:]:
        if r[0] == "总分":
            assert float(r[7]) == g["totalScore"], r
            break
        if not r[3]:
            empty += 1  # the deleted row: its texts are deletions (the row mark itself is not kept by the DOC filter)
            continue
        got.append((r[3], r[4], r[5], r[6], r[7]))
    same(stem, got, g)
    goals = next(r for r in grid if r[0] == "年度总体目标" and "目标1" in r[1])[1]
    print(f"{stem}: {empty} emptied row(s) skipped; goal labels {re.findall(r'目标[0-9]', goals)}; markup view 总分 "
          f"{next(r for r in markup if r[0] == '总分')[7]!r}")


def main():
    tmp = tempfile.mkdtemp(prefix="check44_")
    for f in (c274, c275, c276, c277, c278):
        f(tmp)
    if BAD:
        sys.exit("\n".join(BAD))
    print("all five agree with their gold")


if __name__ == "__main__":
    main()
