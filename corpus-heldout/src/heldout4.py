#!/usr/bin/python3
"""Renders round 4 (audit, reports4.py, h33-h44), writes its gold and its expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl; libreoffice-writer-nogui
and fonts-noto-cjk for the PDFs):
    /usr/bin/python3 corpus-heldout/src/heldout4.py            # all of h33-h44
    /usr/bin/python3 corpus-heldout/src/heldout4.py h39 h44    # only these
The gold records what each report PRINTS, planted errors included, so heldout.check (which insists on
consistent arithmetic) is not used. Instead `recheck` recomputes every sum and rate the gold can show
(rows -> total and full mark, rows -> sections, score <= weight, execution rate, budget parts, spending
over budget) and refuses to write a report whose mismatches are not covered by its planted findings:
the only inconsistencies are the planted ones. Findings go to findings/<stem>.json.
DOCX with python-docx and XLSX with openpyxl (heldout3_a's writers), PDF = that DOCX through
LibreOffice (one conversion at a time), HTML and TXT directly (heldout.render_html / the text itself).
"""
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from heldout import render_html  # noqa: E402
import heldout3_a  # noqa: E402
import reports4  # noqa: E402

heldout3_a.LO_PROFILE = "file:///tmp/jixiao_heldout4_lo"

KINDS = {"TOTAL_VS_ROWS", "SECTION_VS_ROWS", "WEIGHTS_VS_FULL_MARK", "ROW_SCORE_OVER_WEIGHT", "FORMULA",
         "SCORE_RATE", "EXECUTION_RATE", "RULE_SCORE", "TARGET_MISSED_FULL_MARKS", "TARGET_MET_POINTS_LOST",
         "NARRATIVE_NOT_DONE_FULL_MARKS", "SPENDING_OVER_BUDGET", "SAME_FIGURE_DIFFERS", "BREAKDOWN_SUM",
         "RATE_OVER_ZERO_BASE", "MALFORMED_RULE", "GOAL_LABELS", "GRADE_OUTSIDE_BANDS", "BUDGET_ROW_SCORE", "OTHER"}

# a mismatch the recheck sees may be the consequence of a planted problem of another kind (noted there)
COVERS = {"TOTAL_VS_ROWS": {"TOTAL_VS_ROWS", "SECTION_VS_ROWS"},
          "EXECUTION_RATE": {"EXECUTION_RATE", "FORMULA"},
          "BASIC_OVER": {"SPENDING_OVER_BUDGET"}, "PROJECT_OVER": {"SPENDING_OVER_BUDGET"},
          "WEIGHTS_VS_FULL_MARK": {"WEIGHTS_VS_FULL_MARK"}, "SECTION_VS_ROWS": {"SECTION_VS_ROWS"},
          "ROW_SCORE_OVER_WEIGHT": {"ROW_SCORE_OVER_WEIGHT"}, "BREAKDOWN_SUM": {"BREAKDOWN_SUM"}}


def recheck(g):
    out = []
    rows = g["indicators"]
    total = round(sum(r["score"] or 0 for r in rows), 2)
    weights = round(sum(r["weight"] or 0 for r in rows), 2)
    if abs(total - g["totalScore"]) > 0.005:
        out.append(("TOTAL_VS_ROWS", f"rows {total} vs total {g['totalScore']}"))
    if abs(weights - g["maxScore"]) > 0.005:
        out.append(("WEIGHTS_VS_FULL_MARK", f"weights {weights} vs {g['maxScore']}"))
    for s in g["sections"]:
        m = [r for r in rows if r["level1"] == s["name"]]
        w, sc = round(sum(r["weight"] for r in m), 2), round(sum(r["score"] for r in m), 2)
        if abs(w - s["weight"]) > 0.005 or abs(sc - s["score"]) > 0.005:
            out.append(("SECTION_VS_ROWS", f"{s['name']} rows {w}/{sc} vs {s['weight']}/{s['score']}"))
    for r in rows:
        if r["score"] is not None and (r["score"] > r["weight"] or r["score"] < 0):
            out.append(("ROW_SCORE_OVER_WEIGHT", f"{r['level3']} {r['score']}/{r['weight']}"))
    b = g["budget"]
    if b["adjustedBudget"] and b["expenditure"]:
        rate = round(b["expenditure"] / b["adjustedBudget"] * 100, 2)
        if abs(rate - b["executionRate"]) > 0.011:
            out.append(("EXECUTION_RATE", f"{b['executionRate']} vs {rate}"))
    if b["basicBudget"] is not None and b["projectBudget"] is not None:
        if abs(b["basicBudget"] + b["projectBudget"] - b["adjustedBudget"]) > 0.005:
            out.append(("BREAKDOWN_SUM", "budget parts"))
        if abs(b["basicExpenditure"] + b["projectExpenditure"] - b["expenditure"]) > 0.005:
            out.append(("BREAKDOWN_SUM", "expenditure parts"))
        if b["basicExpenditure"] > b["basicBudget"]:
            out.append(("BASIC_OVER", f"{b['basicExpenditure']} > {b['basicBudget']}"))
        if b["projectExpenditure"] > b["projectBudget"]:
            out.append(("PROJECT_OVER", f"{b['projectExpenditure']} > {b['projectBudget']}"))
    return out


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def render(rep, work):
    stem, ext = rep["stem"], rep["format"]
    dest = os.path.join(OUT, f"{stem}.{ext}")
    land = rep.get("page") == "A4L"
    if ext == "docx":
        heldout3_a.write_docx(rep["blocks"], dest, land)
    elif ext == "pdf":
        src = os.path.join(work, stem + ".docx")
        heldout3_a.write_docx(rep["blocks"], src, land)
        heldout3_a.soffice(src, "pdf:writer_pdf_Export", work)
        shutil.move(os.path.join(work, stem + ".pdf"), dest)
    elif ext == "xlsx":
        heldout3_a.write_xlsx(rep["sheets"], dest)
    elif ext == "html":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(render_html(rep["blocks"], rep["title"]))
    elif ext == "txt":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(rep["text"])
    else:
        raise ValueError(ext)
    return dest


def main(argv):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "findings"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout4_")
    try:
        for rep in reports4.ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            g, fnd = rep["gold"], rep["findings"]
            g["sourceFile"] = f"{rep['stem']}.{rep['format']}"
            planted = {f["kind"] for f in fnd}
            assert planted <= KINDS, planted - KINDS
            assert 2 <= len(fnd) <= 4, rep["stem"]
            for kind, what in recheck(g):
                if not COVERS[kind] & planted:
                    sys.exit(f"{rep['stem']}: unplanted mismatch {kind}: {what}")
            write_json(os.path.join(OUT, "gold", rep["stem"] + ".json"), g)
            write_json(os.path.join(OUT, "findings", rep["stem"] + ".json"), fnd)
            dest = render(rep, work)
            print(os.path.basename(dest), len(g["indicators"]), "rows, total", g["totalScore"], "planted:",
                  ", ".join(f["kind"] for f in fnd))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
