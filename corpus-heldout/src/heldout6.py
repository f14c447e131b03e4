#!/usr/bin/python3
"""Renders round 6 (reports6.py, h53–h60) and writes its gold and expected findings.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-noto-cjk, fonts-arphic-uming, poppler-utils):
    /usr/bin/python3 corpus-heldout/src/heldout6.py            # all of h53–h60
    /usr/bin/python3 corpus-heldout/src/heldout6.py h55 h56    # only these
Each report's gold is checked with heldout.check (rows → total and full mark, rows → sections); a file of
several reports has a gold array (file order). findings/<stem>.json is written from the spec's "findings"
(none planted in this round: `[]`). Writers reused: heldout3_a (python-docx DOCX, openpyxl XLSX, LibreOffice
PDF/XLS), heldout3_b (Word "Save as HTML" pieces; build_docx with TOC field, header and footer parts). h55 is
drawn here with reportlab (borderless, portrait), h56 is Word HTML in GB2312 with two data tables.
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
import reports6  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout6_lo"
B.PROFILE = os.path.join(tempfile.gettempdir(), "jixiao_heldout6_lo_b")


# ---------------------------------------------------------------- h55: borderless, drawn, group lines

def write_drawn55(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = A4
    left, top = 40, H - 40
    size, lead, pad = 10, 13, 9
    widths = [30, 150, 64, 64, 46, 36, 125]
    xs = [sum(widths[:k]) for k in range(len(widths))]
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(d["title"])
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")

    def wrap(text, width):
        lines, cur = [], ""
        for ch in text:
            if cur and ch not in "，。、；：）”％%" and pdfmetrics.stringWidth(cur + ch, font, size) > width - 6:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + [cur] if cur else lines

    def draw_row(y, cells, group=False):
        c.setFont(font, size)
        if group:  # a group line: its label runs from the 序号 column; weight and score in their columns
            c.drawString(left, y, cells[0])
            for k in (4, 5):
                c.drawCentredString(left + xs[k] + widths[k] / 2, y, cells[k])
            return lead + pad
        wrapped = [wrap(t, w) if t else [] for t, w in zip(cells, widths)]
        for k, lines in enumerate(wrapped):
            for n, ln in enumerate(lines):
                if k in (0, 4, 5):
                    c.drawCentredString(left + xs[k] + widths[k] / 2, y - n * lead, ln)
                else:
                    c.drawString(left + xs[k], y - n * lead, ln)
        return max(1, max(len(w) for w in wrapped)) * lead + pad

    def chrome(page):
        c.setFont(font, 8)
        c.drawString(left, H - 24, d["system"])
        c.drawRightString(W - left, H - 24, d["printed"])
        c.setFont(font, 9)
        c.drawCentredString(W / 2, 28, f"- {page} -")

    page = 1
    chrome(page)
    y = top - 10
    c.setFont(font, 15)
    c.drawCentredString(W / 2, y, d["title"])
    y -= 28
    c.setFont(font, 9.5)
    c.drawString(left, y, d["info"][0])
    c.drawRightString(W - left, y, d["info"][1])
    y -= 22
    bx = [0, 120, 225, 330, 420]
    c.setFont(font, size)
    for k, t in enumerate(d["budget_head"]):
        if k == 0:
            c.drawString(left + bx[k], y, t)
        else:
            c.drawRightString(left + bx[k] + 80, y, t)
    y -= lead + 6
    for brow in d["budget"]:
        for k, t in enumerate(brow):
            if k == 0:
                c.drawString(left + bx[k], y, t)
            else:
                c.drawRightString(left + bx[k] + 80, y, t)
        y -= lead + 6
    y -= 8
    # 年度总体目标: two wrapped text columns (预期目标 | 实际完成情况) under their labels
    c.setFont(font, size)
    c.drawString(left, y, "年度总体目标")
    c.drawString(left + 90, y, "预期目标")
    c.drawString(left + 310, y, "实际完成情况")
    y -= lead + 4
    g1, g2 = wrap(d["goal"][0], 210), wrap(d["goal"][1], 205)
    for n in range(max(len(g1), len(g2))):
        if n < len(g1):
            c.drawString(left + 90, y, g1[n])
        if n < len(g2):
            c.drawString(left + 310, y, g2[n])
        y -= lead
    y -= 16
    y -= draw_row(y, d["head"])
    bottom = 56

    def height(cells):
        return max(1, max(len(wrap(t, w)) if t else 1 for t, w in zip(cells, widths))) * lead + pad

    for gline, rows in d["groups"]:
        if y - (lead + pad) - height(rows[0]) < bottom:
            c.showPage()
            page += 1
            chrome(page)
            y = top - 10
            y -= draw_row(y, d["head"])
        y -= draw_row(y, gline, group=True)
        for r in rows:
            if y - height(r) < bottom:  # the page is full: page 2 repeats the column header
                c.showPage()
                page += 1
                chrome(page)
                y = top - 10
                y -= draw_row(y, d["head"])
            y -= draw_row(y, r)
    y -= draw_row(y, d["total"])
    y -= 10
    c.setFont(font, 10)
    for text in d["after"]:
        c.drawString(left, y, text)
        y -= lead + 8
    c.showPage()
    c.save()


# ---------------------------------------------------------------- h56: Word HTML, GB2312, two tables

def render_h56(rep):
    head = B.WORD_HEAD.format(charset="gb2312", files="ncsw2022zpqk.files", title=B.esc(rep["title"]),
                              created="2023-05-29T02:16:00Z", saved="2023-06-07T08:42:00Z", pages=3,
                              page_size="595.3pt 841.9pt", lists="")
    sp = "&nbsp;" * 6
    body = [
        "<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%;mso-cellspacing:0cm'>",
        " <tr>",
        "  <td style='padding:0cm 0cm 0cm 0cm'>",
        "  <p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
        f"{B.w_runs('部门整体支出绩效自评情况', 18, cjk_font='方正小标宋简体', bold=False)}</p>",
        "  <p class=MsoNormal align=center style='text-align:center'><font face=\"宋体\" size=2 color=\"#888888\">"
        f"发布机构：南充市水务局{sp}发布时间：2023年06月07日{sp}【字体：大&nbsp;中&nbsp;小】</font></p>",
        "  <p class=MsoNormal>" + B.w_empty(10.5) + "</p>",
        "  <p class=MsoNormal style='text-indent:21.0pt'>" + B.w_runs("一、预算执行情况", 12, cjk_font='黑体') + "</p>",
        "  <p class=MsoNormal align=right style='text-align:right'>" + B.w_runs("单位：万元", 10.5) + "</p>",
        "  <div align=center>",
        B.w_table(rep["budget_table"], 10.5, bold_rows=1),
        "  </div>",
        "  <p class=MsoNormal>" + B.w_empty(10.5) + "</p>",
        "  <p class=MsoNormal style='text-indent:21.0pt'>" + B.w_runs("二、绩效指标完成情况", 12, cjk_font='黑体') + "</p>",
        "  <div align=center>",
        B.w_table(rep["table"], 9, bold_rows=2),
        "  </div>",
        "  <p class=MsoNormal style='text-indent:21.0pt'>"
        + B.w_runs("说明：评分采用百分制，90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为中，"
                   "60分以下为差。", 10.5) + "</p>",
        "  <p class=MsoNormal><span style='font-family:宋体'>填报单位（盖章）：</span><span lang=EN-US>"
        "<span style='mso-spacerun:yes'>" + "&nbsp;" * 30 + "</span></span><span style='font-family:宋体'>"
        "填报日期：</span><span lang=EN-US>2023</span><span style='font-family:宋体'>年</span><span lang=EN-US>5"
        "</span><span style='font-family:宋体'>月</span><span lang=EN-US>29</span><span style='font-family:宋体'>日"
        "</span><span lang=EN-US><o:p></o:p></span></p>",
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
    if "drawn55" in rep:
        write_drawn55(rep["drawn55"], dest)
    elif fmt_ == "html":
        with open(dest, "wb") as f:
            f.write(render_h56(rep))
    elif any(type(b).__name__ in ("Toc", "Heading", "Right", "Center", "Big") for b in rep.get("blocks", [])):
        docx = B.render_docx_family(rep, work)
        if fmt_ == "pdf":
            shutil.copyfile(B.soffice(docx, "pdf", work), dest)
        elif fmt_ == "doc":
            shutil.copyfile(B.soffice(docx, "doc:MS Word 97", work), dest)
        else:
            shutil.copyfile(docx, dest)
    else:
        A.render(rep, work)
    return dest


def main(argv):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "findings"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout6_")
    try:
        for rep in reports6.ALL:
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
