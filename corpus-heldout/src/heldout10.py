#!/usr/bin/python3
"""Renders round 10 (audit, reports10.py, h83-h88), writes its gold and its expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl; LibreOffice and
fonts-noto-cjk for the PDFs and the .doc):
    /usr/bin/python3 corpus-heldout/src/heldout10.py            # all of h83-h88
    /usr/bin/python3 corpus-heldout/src/heldout10.py h78 h81    # only these
    /usr/bin/python3 corpus-heldout/src/heldout10.py --manifest # rewrite the h83-h88 rows of MANIFEST.md's table
                                                               # (planted findings and traps from the specs)
Same method as heldout4.py (whose recheck, writers and JSON output it reuses): the gold records what each
report PRINTS, planted errors included; `recheck` recomputes every sum and rate the gold can show and the
script refuses to write a report whose mismatches are not covered by its planted findings. Besides
heldout4's formats, "doc" = the DOCX through LibreOffice (MS Word 97).
"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import heldout3_a  # noqa: E402
import heldout4  # noqa: E402
import reports10  # noqa: E402

heldout3_a.LO_PROFILE = "file:///tmp/jixiao_heldout10_lo"

COVERS = dict(heldout4.COVERS)
# a section whose rows weigh less than its printed weight is the WEIGHTS_VS_FULL_MARK problem (h69)
COVERS["SECTION_VS_ROWS"] = {"SECTION_VS_ROWS", "WEIGHTS_VS_FULL_MARK"}


def render(rep, work):
    if rep["format"] != "doc":
        return heldout4.render(rep, work)
    stem = rep["stem"]
    src = os.path.join(work, stem + ".docx")
    heldout3_a.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
    heldout3_a.soffice(src, "doc:MS Word 97", work)
    dest = os.path.join(OUT, stem + ".doc")
    shutil.move(os.path.join(work, stem + ".doc"), dest)
    return dest


def manifest_rows():
    """Rewrites the planted/traps cells of the round-10 rows of MANIFEST.md from the specs (the format and
    layout cells are kept as written by hand)."""
    path = os.path.join(OUT, "MANIFEST.md")
    lines = open(path, encoding="utf-8").read().split("\n")
    done = 0
    for rep in reports10.ALL:
        for i, line in enumerate(lines):
            if line.startswith(f"| {rep['stem']}."):
                cells = line.split(" | ")
                planted = "; ".join(f"{f['kind']} {f['where']} {f['stated']} → {f['recomputed']} "
                                    f"({f['certainty']} {f['severity']})" for f in rep["findings"])
                lines[i] = (f"| {rep['stem']}.{rep['format']} | {cells[1]} | {cells[2]} | {planted} | "
                            f"{'; '.join(rep['traps'])} |")
                done += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("MANIFEST rows rewritten:", done)


def main(argv):
    if argv == ["--manifest"]:
        return manifest_rows()
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "findings"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout10_")
    try:
        for rep in reports10.ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            g, fnd = rep["gold"], rep["findings"]
            g["sourceFile"] = f"{rep['stem']}.{rep['format']}"
            planted = {f["kind"] for f in fnd}
            assert planted <= heldout4.KINDS, planted - heldout4.KINDS
            assert 2 <= len(fnd) <= 4, rep["stem"]
            for f in fnd:
                assert f["certainty"] in ("HIGH", "MEDIUM", "LOW") and f["severity"] in ("ERROR", "WARNING", "INFO")
            for kind, what in heldout4.recheck(g):
                if not COVERS[kind] & planted:
                    sys.exit(f"{rep['stem']}: unplanted mismatch {kind}: {what}")
            heldout4.write_json(os.path.join(OUT, "gold", rep["stem"] + ".json"), g)
            heldout4.write_json(os.path.join(OUT, "findings", rep["stem"] + ".json"), fnd)
            dest = render(rep, work)
            print(os.path.basename(dest), len(g["indicators"]), "rows, total", g["totalScore"], "planted:",
                  ", ".join(f["kind"] for f in fnd))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
