#!/usr/bin/python3
"""Helpers shared by the round scripts from round 36 on (reports36.py, reports37.py, reports38.py, reports39.py), moved
here from the copies those scripts carried (the move was checked by regenerating rounds 36–38 before and after it:
every file, gold and findings JSON byte-identical). Rendering, the gold writer and the round's main loop stay in
reports22 (render / write_gold / run); this module only adds what the later rounds repeated.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from reports22 import BANDS, r2, run  # noqa: E402,F401  (BANDS: the printed 优/良/中/差 bands every round quotes)


def grade(x):
    """The grade the printed BANDS give a total."""
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 60 else "差"


def P(a, t, w):
    """the printed proportion rule: 实际完成值 ÷ 年度指标值 × 分值"""
    return r2(w * a / t)


def grid(doc, nrows, widths_mm):
    """A python-docx table with the Table Grid style, centred, fixed column widths in mm."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Mm
    t = doc.add_table(rows=nrows, cols=len(widths_mm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, wd in enumerate(widths_mm):
        t.columns[j].width = Mm(wd)
        for c in t.columns[j].cells:
            c.width = Mm(wd)
    return t


def cell_put(cell, text, size=9, bold=False, align="c"):
    """One run of text in a python-docx cell's first paragraph, vertically centred; align c / l / r."""
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = cell.paragraphs[0]
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    run_ = p.add_run(text)
    run_.font.size = Pt(size)
    run_.bold = bold


def main(argv, reports, tag):
    """A round's main: reports22.run on the round's reports (gold, findings and file of each report whose stem starts
    with one of argv, all when argv is empty), LibreOffice profile and work directory named after tag."""
    run(argv, reports, tag)
