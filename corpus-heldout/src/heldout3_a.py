#!/usr/bin/python3
"""Renders round 3 letter A (reports3_a.py, h18–h24) and writes its gold.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab,
python3-xlrd; libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-noto-cjk, fonts-arphic-uming):
    /usr/bin/python3 corpus-heldout/src/heldout3_a.py            # all of h18–h24
    /usr/bin/python3 corpus-heldout/src/heldout3_a.py h21 h22    # only these
Gold: a single report's gold is one object, a file of several reports an array (file order); each
report is checked with heldout.check (rows → total and max, rows → sections).
DOCX are written with python-docx (宋体, fixed column widths, gridSpan/vMerge merges, tblHeader rows),
XLSX with openpyxl (merged regions, numeric cells with number formats), PDF and XLS by LibreOffice from
those, and the drawn borderless PDF (h21) with reportlab. Zip entries get a fixed date and reportlab
runs invariant, so DOCX/XLSX/h21 are byte-stable; LibreOffice stamps its own dates into PDF and XLS.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from heldout import PageBreak, Title, check  # noqa: E402
import reports3_a  # noqa: E402
from reports3_a import Num  # noqa: E402

FIXED = datetime.datetime(2024, 5, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/jixiao_heldout3_a_lo"


# ---------------------------------------------------------------- gold

def write_gold(rep):
    ext = rep["format"]
    golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
    for g in golds:
        g["sourceFile"] = f"{rep['stem']}.{ext}"
        check(g)
    data = rep["gold"]
    with open(os.path.join(OUT, "gold", rep["stem"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return golds


# ---------------------------------------------------------------- zip normalisation

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry dates (content unchanged), [Content_Types].xml first."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", 0))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- DOCX

def write_docx(blocks, path, landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created, cp.modified, cp.revision = FIXED, FIXED, 1
    sec = doc.sections[0]
    w, h = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = w, h
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(22)
    usable = (297 if landscape else 210) - 40

    def east_asia(style_or_run, name):
        rpr = style_or_run.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts.set(qn(k), name)

    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    east_asia(normal, "宋体")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    pending_break = False
    for b in blocks:
        if isinstance(b, Title):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(str(b))
            r.bold = True
            r.font.size = Pt(14 if len(b) > 24 else 15 if len(b) > 12 else 16)
            east_asia(r, "黑体")
            p.paragraph_format.space_after = Pt(4)
        elif isinstance(b, str):
            p = doc.add_paragraph(b)
            p.paragraph_format.space_before = Pt(3)
            p.paragraph_format.space_after = Pt(3)
        elif isinstance(b, PageBreak):
            pending_break = True
            continue
        else:
            add_table(doc, b, usable)
            if pending_break:
                raise ValueError("a page break must be followed by a paragraph")
            continue
        if pending_break:
            p.paragraph_format.page_break_before = True
            pending_break = False
    doc.save(path)
    normalize_zip(path)


def add_table(doc, t, usable_mm):
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    nrows, ncols = len(t.rows), len(t.rows[0])
    table = doc.add_table(rows=nrows, cols=ncols)
    borderless = getattr(t, "borderless", False)
    if not borderless:
        table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = t.widths or [1] * ncols
    mm = [usable_mm * x / sum(widths) for x in widths]
    for c, col in enumerate(table.columns):
        col.width = Mm(mm[c])
    for r in range(nrows):
        for c in range(ncols):
            table.cell(r, c).width = Mm(mm[c])
    for r in range(getattr(t, "header_rows", 0) or 0):
        trpr = table.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        trpr.append(el)
    for r1, c1, r2, c2 in t.merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    covered = t.covered()
    size = Pt(9 if ncols >= 8 else 10)
    aligns = getattr(t, "align", None)
    for r, row_ in enumerate(t.rows):
        for c, text in enumerate(row_):
            if (r, c) in covered:
                continue
            cell = table.cell(r, c)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if not text:
                continue
            text = str(text)
            p = cell.paragraphs[0]
            run = p.add_run(text)
            run.font.size = size
            span = next((m[3] - m[1] + 1 for m in t.merges if (m[0], m[1]) == (r, c)), 1)
            long_text = len(text) > 14 * span
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if long_text else WD_ALIGN_PARAGRAPH.CENTER
            if aligns and r >= (getattr(t, "header_rows", 0) or 0):
                p.alignment = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER,
                               "R": WD_ALIGN_PARAGRAPH.RIGHT}[aligns[c]]
            if borderless:  # a printout's row spacing: no rules, so some air between rows
                p.paragraph_format.space_before = Pt(2)
                p.paragraph_format.space_after = Pt(2)
    return table


# ---------------------------------------------------------------- XLSX

def write_xlsx(sheets, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for name, t in sheets:
        ws = wb.create_sheet(name)
        first = getattr(t, "first_table_row", 0)
        covered = t.covered()
        for r, row_ in enumerate(t.rows):
            for c, v in enumerate(row_):
                cell = ws.cell(row=r + 1, column=c + 1)
                if r >= first:
                    cell.border = border
                if (r, c) in covered:
                    continue
                if isinstance(v, Num):
                    cell.value = v.formula or v.value
                    cell.number_format = v.fmt
                elif v:
                    cell.value = v
                    if v.startswith("="):  # "=100%" is text typed in the cell, not a formula
                        cell.data_type = "s"
                long_text = isinstance(v, str) and len(v) > 16
                cell.alignment = Alignment(horizontal="left" if long_text else "center", vertical="center",
                                           wrap_text=True)
                cell.font = Font(name="宋体", size=14 if r < first and c == 0 and r == 0 else 10,
                                 bold=(r == 0 and r < first))
        for r1, c1, r2, c2 in t.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for c, w in enumerate(t.widths or []):
            ws.column_dimensions[get_column_letter(c + 1)].width = w
        ws.row_dimensions[1].height = 28
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- LibreOffice

def soffice(src, target, outdir):
    """Convert one file at a time (shared 2-core machine), with a private profile."""
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        sys.exit(f"soffice failed on {src}: {res.stderr}")


# ---------------------------------------------------------------- drawn borderless PDF (reportlab)

def write_drawn_pdf(d, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("UMingCN", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = landscape(A4)
    left, top, lh = 40, H - 36, 17
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(d["title"])
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    x, rows = d["x"], d["rows"]
    pages = [rows[:d["rows_first_page"]], rows[d["rows_first_page"]:]]
    npages = len(pages)

    def chrome(n):
        c.setFont("UMingCN", 7.5)
        c.drawString(left, top + 8, d["system"])
        c.drawRightString(W - left, top + 8, d["printed"])
        c.drawCentredString(W / 2, 22, f"第 {n} 页  共 {npages} 页")

    def line(y, cells, xs, right=(), size=9):
        c.setFont("UMingCN", size)
        for k, (cx, text) in enumerate(zip(xs, cells)):
            if not text:
                continue
            if k in right:
                nxt = xs[k + 1] if k + 1 < len(xs) else cx + 40
                c.drawRightString(left + nxt - 14, y, text)
            else:
                c.drawString(left + cx, y, text)

    for n, chunk in enumerate(pages, 1):
        chrome(n)
        y = top - 22
        if n == 1:
            c.setFont("UMingCN", 15)
            c.drawCentredString(W / 2, y, d["title"])
            y -= 24
            c.setFont("UMingCN", 9)
            info = d["info"]
            c.drawString(left, y, info[0])
            c.drawCentredString(W / 2, y, info[1])
            c.drawRightString(W - left, y, info[2])
            y -= lh + 4
            c.setFont("UMingCN", 10)
            c.drawString(left, y, d["budget_caption"])
            y -= lh
            for brow in d["budget"]:
                line(y, brow, d["budget_x"], right={1, 2, 3, 4})
                y -= lh
            y -= 6
            c.setFont("UMingCN", 10)
            c.drawString(left, y, d["table_caption"])
            y -= lh
        line(y, d["head"], x)
        y -= lh
        for r in chunk:
            line(y, r, x, right=d["right_cols"])
            y -= lh
        if n == npages:
            y -= 8
            for text in d["after"]:
                c.setFont("UMingCN", 9.5)
                c.drawString(left, y, text)
                y -= lh + 2
        c.showPage()
    c.save()


# ---------------------------------------------------------------- main

def render(rep, work):
    stem, ext = rep["stem"], rep["format"]
    dest = os.path.join(OUT, f"{stem}.{ext}")
    if ext == "docx":
        write_docx(rep["blocks"], dest, rep.get("page") == "A4L")
    elif ext == "xlsx":
        write_xlsx(rep["sheets"], dest)
    elif ext == "pdf" and "drawn" in rep:
        write_drawn_pdf(rep["drawn"], dest)
    elif ext == "pdf":
        src = os.path.join(work, stem + ".docx")
        write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        soffice(src, "pdf:writer_pdf_Export", work)
        shutil.move(os.path.join(work, stem + ".pdf"), dest)
    elif ext == "xls":
        src = os.path.join(work, stem + ".xlsx")
        write_xlsx(rep["sheets"], src)
        soffice(src, 'xls:MS Excel 97', work)
        shutil.move(os.path.join(work, stem + ".xls"), dest)
    else:
        raise ValueError(ext)
    return dest


def main(argv):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout3_a_")
    try:
        for rep in reports3_a.ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = render(rep, work)
            print(os.path.basename(dest), len(golds), "report(s),",
                  sum(len(g["indicators"]) for g in golds), "rows, totals",
                  ", ".join(str(g["totalScore"]) for g in golds))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
