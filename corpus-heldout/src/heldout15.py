#!/usr/bin/python3
"""Renders round 15 (reports15.py), writes gold and expected findings; reuses heldout14's checks and writers.
h121 is drawn with reportlab platypus (cover, 目录, running header/footer, ruled tables).
    /usr/bin/python3 corpus-heldout/src/heldout15.py [h119 …]
"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
import reports15  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout15_lo"


def write_platypus(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    st = {"T": ParagraphStyle("t", fontName=f, fontSize=18, leading=28, alignment=1),
          "H": ParagraphStyle("h", fontName=f, fontSize=13, leading=22, spaceBefore=6),
          "P": ParagraphStyle("p", fontName=f, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap="CJK"),
          "C": ParagraphStyle("c", fontName=f, fontSize=8.5, leading=11, wordWrap="CJK")}

    def deco(c, doc):
        if doc.page > 1:
            c.setFont(f, 9)
            c.drawCentredString(A4[0] / 2, A4[1] - 1.4 * cm, d["header"])
            c.line(2 * cm, A4[1] - 1.55 * cm, A4[0] - 2 * cm, A4[1] - 1.55 * cm)
            c.drawString(2 * cm, 1.2 * cm, d["footer"])
            c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"第 {doc.page - 2} 页" if doc.page > 2 else "")
    story = []
    for it in d["story"]:
        k = it[0]
        if k == "PB":
            story.append(PageBreak())
        elif k == "S":
            story.append(Spacer(1, 5 * cm))
        elif k == "TBL":
            rows = [[Paragraph(str(x), st["C"]) for x in r] for r in it[1]]
            tot = sum(it[2])
            t = Table(rows, colWidths=[w / tot * 17 * cm for w in it[2]], repeatRows=1)
            style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if d.get("grid"):
                style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(it[1], st[k]))
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout15_")
    try:
        for rep in reports15.ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            if "platypus" in rep:
                dest = os.path.join(H.OUT, f"{rep['stem']}.pdf")
                write_platypus(rep["platypus"], dest)
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), len(golds), "report(s),", sum(len(g["indicators"]) for g in golds),
                  "rows, totals", ", ".join(str(g["totalScore"]) for g in golds), "planted:",
                  ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
