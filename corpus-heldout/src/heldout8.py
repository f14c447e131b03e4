#!/usr/bin/python3
"""Renders round 8 (reports8.py, h71–h76) and writes its gold and expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-noto-cjk, fonts-arphic-uming, poppler-utils):
    /usr/bin/python3 corpus-heldout/src/heldout8.py            # all of h71–h76
    /usr/bin/python3 corpus-heldout/src/heldout8.py h73 h74    # only these
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
import reports8  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout8_lo"
B.PROFILE = os.path.join(tempfile.gettempdir(), "jixiao_heldout8_lo_b")


# ---------------------------------------------------------------- h73: borderless, landscape, two levels

def write_drawn73(d, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = landscape(A4)
    left, top = 48, H - 46
    size, lead, pad = 10.5, 14, 12  # rows set apart by a blank band
    widths = [52, 200, 40, 96, 96, 44, 218]
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
    for k, text in enumerate(d["budget_lines"]):
        c.setFont(font, 10.5)
        c.drawString(left + (0 if k < 2 else 0), y, text)
        y -= lead + 4
    y -= 12
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


# ---------------------------------------------------------------- h74: Word HTML, GB2312, portal layout

def render_h74(rep):
    head = B.WORD_HEAD.format(charset="gb2312", files="yt2024zjbg.files", title=B.esc(rep["title"]),
                              created="2025-05-12T07:20:00Z", saved="2025-05-20T01:05:00Z", pages=2,
                              page_size="841.9pt 595.3pt;mso-page-orientation:landscape", lists="")
    sp = "&nbsp;" * 4
    nav = ["首页", "政务公开", "财政预决算", "绩效评价", "政策文件"]
    total = reports8.fmt(rep["total"])
    body = [
        "<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%'>",
        " <tr>",
        "  <td width=\"18%\" valign=top style='width:18.0%;padding:0cm 0cm 0cm 0cm'>",
        *[f"  <p class=MsoNormal><font face=\"宋体\" size=2 color=\"#1F4E79\">{n}</font></p>" for n in nav],
        "  </td>",
        "  <td valign=top style='padding:0cm 0cm 0cm 7.5pt'>",
        "  <table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%'>",
        "   <tr>",
        "    <td style='padding:0cm 0cm 0cm 0cm'>",
        "    <p class=MsoNormal align=center style='text-align:center;line-height:26.0pt;mso-line-height-rule:exactly'>"
        f"{B.w_runs('部门整体支出绩效自评表', 16, cjk_font='宋体', bold=True)}</p>",
        "    <p class=MsoNormal align=center style='text-align:center'><font face=\"宋体\" size=2 color=\"#808080\">"
        f"来源：湘潭市岳塘区民政局{sp}发布时间：2025-05-20{sp}阅读次数：</font></p>",
        "    <p class=MsoNormal>" + B.w_empty(10.5) + "</p>",
        "    <p class=MsoNormal><span style='font-family:宋体'>填报单位：</span><span lang=EN-US>"
        "<span style='mso-spacerun:yes'>" + "&nbsp;" * 24 + "</span></span><span style='font-family:宋体'>"
        "（单位盖章）</span><span lang=EN-US><o:p></o:p></span></p>",
        "    <div align=center>",
        B.w_table(rep["table"], 9, bold_rows=0),
        "    </div>",
        "    <p class=MsoNormal style='text-indent:21.0pt'>"
        + B.w_runs(f"自评结论：本部门整体支出绩效自评得分{total}分，自评等级为“优”。部分项目结算滞后，"
                   "下一步将加快项目实施进度，提高资金使用效益。", 10.5) + "</p>",
        "    <p class=MsoNormal style='text-indent:21.0pt'>"
        + B.w_runs("（评分标准：90分及以上为优，80（含）至90分为良，60（含）至80分为中，60分以下为差。）", 10.5) + "</p>",
        "    </td>",
        "   </tr>",
        "  </table>",
        "  </td>",
        " </tr>",
        "</table>",
        "",
        f"<p class=MsoNormal>{B.w_empty(10.5)}</p>",
    ]
    text = head + "\r\n".join(body) + B.WORD_TAIL
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb2312")


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
    if "drawn73" in rep:
        write_drawn73(rep["drawn73"], dest)
    elif fmt_ == "html":
        with open(dest, "wb") as f:
            f.write(render_h74(rep))
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
    work = tempfile.mkdtemp(prefix="heldout8_")
    try:
        for rep in reports8.ALL:
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
