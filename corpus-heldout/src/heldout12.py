#!/usr/bin/python3
"""Renders round 12 (reports12.py, h95–h102), writes its gold and its expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui, fonts-noto-cjk, fonts-arphic-uming):
    /usr/bin/python3 corpus-heldout/src/heldout12.py            # all of h95–h102
    /usr/bin/python3 corpus-heldout/src/heldout12.py h97 h100   # only these
    /usr/bin/python3 corpus-heldout/src/heldout12.py --manifest # rewrite the planted/traps cells of MANIFEST.md's
                                                                # round-12 table from the specs
h95/h96 (several reports, nothing planted): every gold of the file passes heldout.check. h97–h102 (planted):
heldout4.recheck recomputes every sum and rate the gold can show, and the script refuses a report whose mismatches
are not covered by its planted findings. Writers reused: heldout3_a (python-docx DOCX, openpyxl XLSX), heldout3_b
(Word "Save as HTML" pieces; build_docx with TOC field, running header, "第X页 共Y页" footer; LibreOffice for
PDF/DOC). h97 is drawn here with reportlab (landscape, no ruling lines); h98 is Word HTML in GB2312 with the data
table nested in a portal layout table; h102 is plain text.
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
import heldout3_b as B  # noqa: E402
import heldout4  # noqa: E402
from heldout import check  # noqa: E402
import reports12  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout12_lo"
B.PROFILE = os.path.join(tempfile.gettempdir(), "jixiao_heldout12_lo_b")

COVERS = dict(heldout4.COVERS)
COVERS["WEIGHTS_VS_FULL_MARK"] = {"WEIGHTS_VS_FULL_MARK"}


# ---------------------------------------------------------------- h97: borderless, landscape, drawn

def write_drawn(d, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = landscape(A4)
    left, top = 40, H - 46
    size, lead, pad = 10, 13, 9
    widths = d["widths"]
    xs = [sum(widths[:k]) for k in range(len(widths))]
    centred = set(d["centred"])
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")

    def wrap(text, width):
        lines, cur = [], ""
        for ch in text:
            if cur and ch not in "，。、；：）”％%" and pdfmetrics.stringWidth(cur + ch, font, size) > width - 10:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + [cur] if cur else lines

    def height(cells):
        return max(1, max(len(wrap(t, w)) if t else 1 for t, w in zip(cells, widths))) * lead + pad

    def draw_row(y, cells):
        c.setFont(font, size)
        for k, t in enumerate(cells):
            for n, ln in enumerate(wrap(t, widths[k]) if t else []):
                if k in centred:
                    c.drawCentredString(left + xs[k] + widths[k] / 2, y - n * lead, ln)
                else:
                    c.drawString(left + xs[k] + 2, y - n * lead, ln)
        return height(cells)

    def footer(page):
        c.setFont(font, 9)
        c.drawRightString(W - left, 22, f"- {page} -")

    page = 1
    footer(page)
    y = top
    c.setFont(font, 15)
    c.drawCentredString(W / 2, y, d["title"])
    y -= 26
    c.setFont(font, 10)
    for k, t in enumerate(d["info"]):
        (c.drawString if k == 0 else c.drawRightString)(left if k == 0 else W - left, y, t)
    y -= 22
    for text in d["before"]:
        c.drawString(left, y, text)
        y -= lead + 5
    bx = [sum(d["budget_widths"][:k]) for k in range(len(d["budget_widths"]))]
    for cells in d["budget_rows"]:
        c.setFont(font, 10)
        for k, t in enumerate(cells):
            if k == 0:
                c.drawString(left + bx[k], y, t)
            else:
                c.drawRightString(left + bx[k] + d["budget_widths"][k] - 6, y, t)
        y -= lead + 5
    y -= 14

    def header(y):
        for hr in d["head"]:
            c.setFont(font, size)
            for k, t in enumerate(hr):
                if t:
                    c.drawCentredString(left + xs[k] + widths[k] / 2, y, t)
            y -= lead
        return y - pad

    y = header(y)
    bottom = 44
    for r in d["rows"]:
        if y - height(r) < bottom:  # continuation page repeats the header (the system prints it)
            c.showPage()
            page += 1
            footer(page)
            y = header(top)
        y -= draw_row(y, r)
    need = height(d["total"]) + len(d["after"]) * (lead + 6)
    if y - need < bottom:
        c.showPage()
        page += 1
        footer(page)
        y = top
    y -= draw_row(y, d["total"])
    y -= 6
    c.setFont(font, 10)
    for text in d["after"]:
        c.drawString(left, y, text)
        y -= lead + 6
    c.showPage()
    c.save()


# ---------------------------------------------------------------- h98: Word HTML (GB2312) nested in a portal layout

def render_h98(rep):
    head = B.WORD_HEAD.format(charset="gb2312", files="P020240612385109425512.files", title=B.esc(rep["title"]),
                              created="2024-06-05T07:31:00Z", saved="2024-06-12T01:18:00Z", pages=2,
                              page_size="595.3pt 841.9pt", lists="")
    body = [
        "<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%'>",
        " <tr>",
        "  <td width=\"22%\" valign=top style='width:22.0%;padding:0cm 0cm 0cm 0cm'>",
        "  <p class=MsoNormal><font face=\"宋体\" size=2><b>信息公开目录</b></font></p>",
        "".join(f"  <p class=MsoNormal><font face=\"宋体\" size=2>{B.esc(x)}</font></p>\n"
                for x in ("机构职能", "政策文件", "财政资金", "　预决算公开", "　绩效评价", "政府采购")).rstrip("\n"),
        "  </td>",
        "  <td valign=top style='padding:0cm 0cm 0cm 7.5pt'>",
        f"  <p class=MsoNormal><font face=\"宋体\" size=2 color=\"#666666\">索引号：{B.esc(rep['index'])}"
        f"&nbsp;&nbsp;&nbsp;&nbsp;发布机构：{B.esc(rep['publisher'])}&nbsp;&nbsp;&nbsp;&nbsp;"
        f"发布日期：{B.esc(rep['published'])}</font></p>",
        f"  <p class=MsoNormal align=center style='text-align:center;line-height:26.0pt;mso-line-height-rule:exactly'>"
        f"{B.w_runs(rep['heading'], 16, cjk_font='宋体', bold=True)}</p>",
    ]
    for para in rep["paras_before"]:
        body.append("  <p class=MsoNormal style='text-indent:21.0pt'>" + B.w_runs(para, 10.5)
                    + "<span lang=EN-US>&nbsp;</span></p>")
    body += ["  <div align=center>", B.w_table(rep["table"], 9, bold_rows=2), "  </div>"]
    for para in rep["paras_after"]:
        body.append("  <p class=MsoNormal style='text-indent:21.0pt'>" + B.w_runs(para, 10.5) + "</p>")
    body += ["  </td>", " </tr>", "</table>", "", f"<p class=MsoNormal>{B.w_empty(10.5)}</p>"]
    text = head + "\r\n".join(body) + B.WORD_TAIL
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb2312")


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
        with open(dest, "wb") as f:
            f.write(render_h98(rep))
    elif fmt_ == "txt":
        with open(dest, "w", encoding="utf-8") as f:
            f.write(rep["text"])
    elif fmt_ in ("doc", "pdf"):
        docx = B.render_docx_family(rep, work)
        if fmt_ == "pdf":
            shutil.copyfile(B.soffice(docx, "pdf", work), dest)
        else:
            shutil.copyfile(B.soffice(docx, "doc:MS Word 97", work), dest)
    elif fmt_ == "docx":
        A.write_docx(rep["blocks"], dest, rep.get("page") == "A4L")
    elif fmt_ == "xlsx":
        A.write_xlsx(rep["sheets"], dest)
    else:
        raise ValueError(fmt_)
    return dest


def manifest_rows():
    """Rewrites the planted/traps cells (the last two) of the round-12 rows of MANIFEST.md from the specs; the other
    cells are kept as written by hand."""
    path = os.path.join(OUT, "MANIFEST.md")
    lines = open(path, encoding="utf-8").read().split("\n")
    done = 0
    for rep in reports12.ALL:
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
    work = tempfile.mkdtemp(prefix="heldout12_")
    try:
        for rep in reports12.ALL:
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
