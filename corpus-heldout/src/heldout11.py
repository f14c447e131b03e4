#!/usr/bin/python3
"""Renders round 11 (reports11.py, h89–h94) and writes its gold and expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-noto-cjk, fonts-arphic-uming, poppler-utils):
    /usr/bin/python3 corpus-heldout/src/heldout11.py            # all of h89–h94
    /usr/bin/python3 corpus-heldout/src/heldout11.py h73 h74    # only these
Each gold is checked with heldout.check; a file of several reports has a gold array (file order).
findings/<stem>.json is `[]` for all six (nothing planted). Writers reused: heldout3_a (python-docx DOCX,
openpyxl XLSX), heldout3_b (Word "Save as HTML" pieces; build_docx with TOC field, header and footer parts;
LibreOffice for PDF/DOC). h73 is drawn here with reportlab (borderless, landscape, AR PL UMing); h74 is Word
HTML in GB2312 with a two-column portal layout table.
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
from heldout import check  # noqa: E402
import reports11  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout11_lo"
B.PROFILE = os.path.join(tempfile.gettempdir(), "jixiao_heldout11_lo_b")


# ---------------------------------------------------------------- h91: borderless, portrait, two levels, budget as a borderless grid

def write_drawn91(d, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = A4
    left, top = 48, H - 56
    size, lead, pad = 10.5, 14, 12  # rows set apart by a blank band
    widths = d["widths"]
    xs = [sum(widths[:k]) for k in range(len(widths))]
    centred = (0, 2, 3, 4, 5)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")

    def wrap(text, width):
        lines, cur = [], ""
        for ch in text:
            if cur and ch not in "，。、；：）”％%" and pdfmetrics.stringWidth(cur + ch, font, size) > width - 8:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + [cur] if cur else lines

    def height(cells):
        return max(1, max(len(wrap(t, w)) if t else 1 for t, w in zip(cells, widths))) * lead + pad

    def draw_row(y, cells):
        c.setFont(font, size)
        wrapped = [wrap(t, w) if t else [] for t, w in zip(cells, widths)]
        for k, lines in enumerate(wrapped):
            for n, ln in enumerate(lines):
                if k in centred:
                    c.drawCentredString(left + xs[k] + widths[k] / 2, y - n * lead, ln)
                else:
                    c.drawString(left + xs[k], y - n * lead, ln)
        return height(cells)

    def footer(page):
        c.setFont(font, 9)
        c.drawCentredString(W / 2, 26, f"第{page}页")

    page = 1
    footer(page)
    y = top
    c.setFont(font, 16)
    c.drawCentredString(W / 2, y, d["title"])
    y -= 30
    c.setFont(font, 10)
    c.drawString(left, y, d["info"][0])
    c.drawRightString(W - left, y, d["info"][1])
    y -= 24
    bx = [sum(d["budget_widths"][:k]) for k in range(len(d["budget_widths"]))]
    for cells in d["budget_rows"]:  # no rules: columns aligned by white space only
        c.setFont(font, 10.5)
        for k, t in enumerate(cells):
            if k == 0:
                c.drawString(left + bx[k], y, t)
            else:
                c.drawRightString(left + bx[k] + d["budget_widths"][k] - 6, y, t)
        y -= lead + 6
    y -= 16
    # the two-line header: wrapped header cells (一级|指标, 权重|分, 自评|得分)
    for hr in d["head"]:
        c.setFont(font, size)
        for k, t in enumerate(hr):
            if t:
                c.drawCentredString(left + xs[k] + widths[k] / 2, y, t)
        y -= lead
    y -= pad
    bottom = 50
    for rows in d["groups"]:
        for r in rows:
            if y - height(r) < bottom:  # continuation page: no header repeated
                c.showPage()
                page += 1
                footer(page)
                y = top
            y -= draw_row(y, r)
    if y - height(d["total"]) - 2 * (lead + 8) < bottom:
        c.showPage()
        page += 1
        footer(page)
        y = top
    y -= draw_row(y, d["total"])
    y -= 8
    c.setFont(font, 10.5)
    for text in d["after"]:
        c.drawString(left, y, text)
        y -= lead + 8
    c.showPage()
    c.save()


# ---------------------------------------------------------------- h92: Word HTML, UTF-8, plain page

def render_h92(rep):
    head = B.WORD_HEAD.format(charset="utf-8", files="yjnync2022zp.files", title=B.esc(rep["title"]),
                              created="2023-04-18T02:10:00Z", saved="2023-04-25T08:42:00Z", pages=2,
                              page_size="595.3pt 841.9pt", lists="")
    total = reports11.fmt(rep["total"])
    dept = rep["dept"]
    body = [
        "<div class=WordSection1 style='layout-grid:15.6pt'>",
        "<p class=MsoNormal><b>" + B.w_runs("附件2", 12, cjk_font="黑体") + "</b></p>",
        "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
        + B.w_runs("部门整体支出绩效自评表", 18, cjk_font="方正小标宋简体") + "</p>",
        "<p class=MsoNormal align=center style='text-align:center'>" + B.w_runs("（2022年度）", 12, cjk_font="楷体") + "</p>",
        "<p class=MsoNormal>" + B.w_runs(f"部门（单位）名称：{dept}", 10.5)
        + "<span lang=EN-US><span style='mso-spacerun:yes'>" + "&nbsp;" * 30 + "</span></span>"
        + B.w_runs("单位：万元、分", 10.5) + "</p>",
        B.w_table(rep["table"], 9, bold_rows=0),
        "<p class=MsoNormal style='text-indent:21.0pt'>"
        + B.w_runs("说明：1.预算执行率得分=全年执行数÷全年预算数×10分；2.自评等级：90分（含）以上为优，"
                   "80（含）-90分为良，60（含）-80分为中，60分以下为差。", 10.5) + "</p>",
        "<p class=MsoNormal>" + B.w_runs("单位负责人：吴××　　　财务负责人：徐××　　　填表人：詹××　　　"
                                         "填报日期：2023年4月25日", 10.5) + "</p>",
        "</div>",
    ]
    text = head + "\r\n".join(body) + B.WORD_TAIL
    return text.replace("\r\n", "\n").encode("utf-8")


# ---------------------------------------------------------------- main

def write_gold(rep):
    fmt_ = rep["format"]
    golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
    for g in golds:
        g["sourceFile"] = f"{rep['stem']}.{fmt_}"
        check(g)
    with open(os.path.join(OUT, "gold", rep["stem"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(rep["gold"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "findings", rep["stem"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(rep.get("findings", []), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return golds


def render(rep, work):
    stem, fmt_ = rep["stem"], rep["format"]
    dest = os.path.join(OUT, f"{stem}.{fmt_}")
    if "drawn91" in rep:
        write_drawn91(rep["drawn91"], dest)
    elif fmt_ == "html":
        with open(dest, "wb") as f:
            f.write(render_h92(rep))
    elif fmt_ in ("doc", "pdf") and "header" in rep or fmt_ == "doc":
        docx = B.render_docx_family(rep, work)
        if fmt_ == "pdf":
            shutil.copyfile(B.soffice(docx, "pdf", work), dest)
        else:
            shutil.copyfile(B.soffice(docx, "doc:MS Word 97", work), dest)
    else:
        A.render(rep, work)
    return dest


def main(argv):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "findings"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout11_")
    try:
        for rep in reports11.ALL:
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
