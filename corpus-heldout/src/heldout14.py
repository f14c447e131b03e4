#!/usr/bin/python3
"""Renders round 14 (reports14.py, h111–h118), writes its gold and its expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui/-calc-nogui, fonts-noto-cjk, fonts-arphic-uming):
    /usr/bin/python3 corpus-heldout/src/heldout14.py            # all of h111–h118
    /usr/bin/python3 corpus-heldout/src/heldout14.py h112 h117  # only these
    /usr/bin/python3 corpus-heldout/src/heldout14.py --manifest # rewrite the planted/traps cells of MANIFEST.md's
                                                                # round-14 table from the specs
Every report is planted: heldout4.recheck recomputes every sum and rate the gold can show, and the script refuses
a report whose mismatches are not covered by its planted findings. Writers reused: heldout3_a (python-docx DOCX,
openpyxl XLSX, LibreOffice): h111/h118 DOCX, h112 XLSX, h113 = the DOCX through LibreOffice (PDF), h115 = the DOCX
through LibreOffice (Word 97 .doc); h116 is drawn here with reportlab (portrait, no ruling lines, 一级 as heading
lines); h114 (Word "Save as HTML", gb2312) and h117 (system text export) are written as text by reports14.py.
"""
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import heldout3_a as A  # noqa: E402
import heldout4  # noqa: E402
from heldout import check  # noqa: E402
import reports14  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout14_lo"

COVERS = dict(heldout4.COVERS)
COVERS["WEIGHTS_VS_FULL_MARK"] = {"WEIGHTS_VS_FULL_MARK"}


def write_drawn116(d, path):
    """Portrait A4, no ruling lines: the budget grid and the indicator table aligned by white space, each 一级 printed
    as a heading line across the table ("一、产出指标（分值40分，得分40分）"), numbers right-aligned."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = A4
    left = 48
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    page = [1]

    def footer():
        c.setFont(font, 9)
        c.drawCentredString(W / 2, 26, f"第 {page[0]} 页")

    def newpage():
        c.showPage()
        page[0] += 1
        footer()
        return H - 56

    footer()
    y = H - 56
    c.setFont(font, 15)
    c.drawCentredString(W / 2, y, d["title"])
    y -= 26
    c.setFont(font, 10)
    c.drawString(left, y, d["info"][0])
    c.drawRightString(W - left, y, d["info"][1])
    y -= 24
    bw = [130, 120, 120, 80]
    bx = [left + sum(bw[:k]) for k in range(len(bw))]
    for k, t in enumerate(d["budget_head"]):
        (c.drawString(bx[k], y, t) if k == 0 else c.drawRightString(bx[k] + bw[k] - 4, y, t))
    y -= 17
    for cells in d["budget_rows"]:
        for k, t in enumerate(cells):
            (c.drawString(bx[k] + (12 if k == 0 and cells[0] != "合计" else 0), y, t) if k == 0
             else c.drawRightString(bx[k] + bw[k] - 4, y, t))
        y -= 16
    y -= 8
    for t in d["goal"]:
        c.drawString(left, y, t)
        y -= 15
    y -= 10
    iw = [100, 130, 66, 66, 40, 40, 50]
    ix = [left + sum(iw[:k]) for k in range(len(iw))]
    right = {4, 5, 6}

    def head(y):
        c.setFont(font, 10)
        for k, t in enumerate(d["head"]):
            (c.drawRightString(ix[k] + iw[k] - 2, y, t) if k in right else c.drawString(ix[k], y, t))
        return y - 20

    y = head(y)
    for kind, v in d["lines"]:
        if y < 70:
            y = head(newpage())
        if kind == "H":
            y -= 4
            c.setFont(font, 10)
            c.drawString(left, y, v)
            y -= 17
        else:
            c.setFont(font, 9.5)
            for k, t in enumerate(v):
                (c.drawRightString(ix[k] + iw[k] - 2, y, t) if k in right else c.drawString(ix[k], y, t))
            y -= 16
    y -= 6
    c.setFont(font, 10)
    for k, t in enumerate(d["total"]):
        if t:
            (c.drawRightString(ix[k] + iw[k] - 2, y, t) if k in right else c.drawString(ix[k], y, t))
    y -= 26
    for t in d["after"]:
        if y < 60:
            y = newpage()
        c.drawString(left, y, t)
        y -= 16
    c.showPage()
    c.save()


# ---------------------------------------------------------------- main

def write_json(name, data):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_gold(rep):
    golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
    fnd = rep["findings"]
    for g in golds:
        g["sourceFile"] = f"{rep['stem']}.{rep['format']}"
    if not fnd:
        for g in golds:
            check(g)
    else:
        planted = {f["kind"] for f in fnd}
        assert planted <= heldout4.KINDS, planted - heldout4.KINDS
        assert 2 <= len(fnd) <= 3, rep["stem"]
        for f in fnd:
            assert f["certainty"] in ("HIGH", "MEDIUM", "LOW") and f["severity"] in ("ERROR", "WARNING", "INFO")
        for g in golds:
            for kind, what in heldout4.recheck(g):
                if not COVERS[kind] & planted:
                    sys.exit(f"{rep['stem']}: unplanted mismatch {kind}: {what}")
    write_json(os.path.join(OUT, "gold", rep["stem"] + ".json"), rep["gold"])
    write_json(os.path.join(OUT, "findings", rep["stem"] + ".json"), fnd)
    return golds


def render(rep, work):
    stem, fmt_ = rep["stem"], rep["format"]
    dest = os.path.join(OUT, f"{stem}.{fmt_}")
    if "drawn116" in rep:
        write_drawn116(rep["drawn116"], dest)
    elif fmt_ == "html":
        with open(dest, "wb") as f:
            f.write(rep["html"].encode(rep.get("encoding", "utf-8"), "xmlcharrefreplace"))  # as Word writes &#8212;
    elif fmt_ == "txt":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(rep["text"])
    elif fmt_ == "pdf":
        src = os.path.join(work, stem + ".docx")
        A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        A.soffice(src, "pdf:writer_pdf_Export", work)
        shutil.move(os.path.join(work, stem + ".pdf"), dest)
    elif fmt_ == "doc":
        src = os.path.join(work, stem + ".docx")
        A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        A.soffice(src, "doc:MS Word 97", work)
        shutil.move(os.path.join(work, stem + ".doc"), dest)
    elif fmt_ == "xls":
        src = os.path.join(work, stem + ".xlsx")
        A.write_xlsx(rep["sheets"], src)
        A.soffice(src, "xls:MS Excel 97", work)
        shutil.move(os.path.join(work, stem + ".xls"), dest)
    elif fmt_ == "docx":
        A.write_docx(rep["blocks"], dest, rep.get("page") == "A4L")
    elif fmt_ == "xlsx":
        A.write_xlsx(rep["sheets"], dest)
    else:
        raise ValueError(fmt_)
    return dest


def manifest_rows():
    """Rewrites the planted/traps cells (the last two) of the round-14 rows of MANIFEST.md from the specs; the other
    cells are kept as written by hand."""
    path = os.path.join(OUT, "MANIFEST.md")
    lines = open(path, encoding="utf-8").read().split("\n")
    done = 0
    for rep in reports14.ALL:
        for i, line in enumerate(lines):
            if line.startswith(f"| {rep['stem']}.{rep['format']} |"):
                cells = line.split(" | ")
                planted = "; ".join(f"{f['kind']} {f['where']} {f['stated']} → {f['recomputed']} "
                                    f"({f['certainty']} {f['severity']})" for f in rep["findings"]) or "none (`[]`)"
                lines[i] = " | ".join(cells[:5] + [planted, "; ".join(rep.get("traps", [])) or "—"]) + " |"
                done += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("MANIFEST rows rewritten:", done)


def main(argv):
    if argv == ["--manifest"]:
        return manifest_rows()
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "findings"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout14_")
    try:
        for rep in reports14.ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = render(rep, work)
            print(os.path.basename(dest), len(golds), "report(s),", sum(len(g["indicators"]) for g in golds),
                  "rows, totals", ", ".join(str(g["totalScore"]) for g in golds), "planted:",
                  ", ".join(f["kind"] for f in rep["findings"]) or "-")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
