#!/usr/bin/python3
"""Renders round 13 (reports13.py, h103–h110), writes its gold and its expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui/-calc-nogui, fonts-noto-cjk, fonts-arphic-uming):
    /usr/bin/python3 corpus-heldout/src/heldout13.py            # all of h103–h110
    /usr/bin/python3 corpus-heldout/src/heldout13.py h104 h109  # only these
    /usr/bin/python3 corpus-heldout/src/heldout13.py --manifest # rewrite the planted/traps cells of MANIFEST.md's
                                                                # round-13 table from the specs
Every report is planted: heldout4.recheck recomputes every sum and rate the gold can show, and the script refuses
a report whose mismatches are not covered by its planted findings. Writers reused: heldout3_a (python-docx DOCX,
openpyxl XLSX, LibreOffice), heldout12.write_drawn (reportlab, no ruling lines) for h107; h103 = the DOCX through
LibreOffice (PDF), h104 = the XLSX through LibreOffice (Excel 97 .xls); h106 (modern portal HTML) and h109
(pdftotext-like text) are written as text by reports13.py.
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
import reports13  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout13_lo"

COVERS = dict(heldout4.COVERS)
COVERS["WEIGHTS_VS_FULL_MARK"] = {"WEIGHTS_VS_FULL_MARK"}


def write_drawn(d, path):
    import heldout12
    heldout12.write_drawn(d, path)


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
    if "drawn" in rep:
        write_drawn(rep["drawn"], dest)
    elif fmt_ == "html":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(rep["html"])
    elif fmt_ == "txt":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(rep["text"])
    elif fmt_ == "pdf":
        src = os.path.join(work, stem + ".docx")
        A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        A.soffice(src, "pdf:writer_pdf_Export", work)
        shutil.move(os.path.join(work, stem + ".pdf"), dest)
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
    """Rewrites the planted/traps cells (the last two) of the round-13 rows of MANIFEST.md from the specs; the other
    cells are kept as written by hand."""
    path = os.path.join(OUT, "MANIFEST.md")
    lines = open(path, encoding="utf-8").read().split("\n")
    done = 0
    for rep in reports13.ALL:
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
    work = tempfile.mkdtemp(prefix="heldout13_")
    try:
        for rep in reports13.ALL:
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
