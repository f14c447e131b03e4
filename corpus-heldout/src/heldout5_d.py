"""Round 5, letter D: renders reports3_d.py (h49-h52) and writes their gold.

Run from the worktree root with Debian's Python (python3-docx) and LibreOffice on the PATH:
    /usr/bin/python3 corpus-heldout/src/heldout5_d.py            # all of h49-h52
    /usr/bin/python3 corpus-heldout/src/heldout5_d.py h50        # only these
Uses the round-3 (B) DOCX builder (heldout3_b.build_docx: python-docx, TOC field with page numbers settled by
LibreOffice's layout, header part, fixed zip times), plus one footer kind of its own: "page-only", a centred
"第 X 页" with a PAGE field. PDF (h51) and DOC (h49) are the DOCX converted by LibreOffice, one at a time,
with a private profile.
"""
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from heldout import check  # noqa: E402
import heldout3_b as H  # noqa: E402
import reports3_d as D  # noqa: E402

H.PROFILE = os.path.join(tempfile.gettempdir(), "heldout5_d_lo_profile")
_build = H.build_docx


def build_docx(rep, path, toc_pages=None):
    """heldout3_b's builder, then the "page-only" footer: 第 {PAGE} 页, centred."""
    _build(rep, path, toc_pages)
    if rep.get("footer") != "page-only":
        return
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document(path)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def run(text=None, child=None):
        r = fp.add_run(text)
        rpr = r._r.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        for k in ("ascii", "hAnsi", "cs"):
            fonts.set(qn("w:" + k), "Times New Roman")
        fonts.set(qn("w:eastAsia"), "宋体")
        rpr.sz_val = Pt(10.5)
        if child is not None:
            r._r.append(child)
        return r

    def fld(kind):
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        return e
    run("第 ")
    run(child=fld("begin"))
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE \\* MERGEFORMAT "
    run(child=it)
    run(child=fld("separate"))
    run("1")
    run(child=fld("end"))
    run(" 页")
    doc.save(path)
    H.fix_zip_times(path)


H.build_docx = build_docx


def main(only):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout5_d_")
    try:
        for rep in D.ALL:
            stem, fmt_ = rep["stem"], rep["format"]
            if only and not any(stem.startswith(o) for o in only):
                continue
            g = rep["gold"]
            g["sourceFile"] = f"{stem}.{fmt_}"
            check(g)
            with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=2)
                f.write("\n")
            target = os.path.join(OUT, f"{stem}.{fmt_}")
            docx = H.render_docx_family(rep, work)
            if fmt_ == "docx":
                shutil.copyfile(docx, target)
            elif fmt_ == "pdf":
                shutil.copyfile(H.soffice(docx, "pdf", work), target)
            elif fmt_ == "doc":
                shutil.copyfile(H.soffice(docx, "doc:MS Word 97", work), target)
            print(stem, fmt_, len(g["indicators"]), "rows", g["totalScore"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
