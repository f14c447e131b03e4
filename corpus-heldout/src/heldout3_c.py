#!/usr/bin/python3
"""Renders round 5 letter C (reports3_c.py, h45–h48) and writes its gold.

Run from the worktree root with Debian's python (python3-docx, python3-openpyxl, python3-reportlab;
libreoffice-writer-nogui, fonts-noto-cjk, fonts-arphic-uming, poppler-utils to check):
    /usr/bin/python3 corpus-heldout/src/heldout3_c.py            # all of h45–h48
    /usr/bin/python3 corpus-heldout/src/heldout3_c.py h47        # only these
Reuses the writers of heldout3_a.py (python-docx DOCX → LibreOffice PDF, openpyxl XLSX) and the Word-HTML
pieces of heldout3_b.py; h47 is drawn here with reportlab (borderless, portrait, wrapped cells), h48 is
Word "Save as HTML" in GBK. Gold: checked with heldout.check; several reports in a file → array.
"""
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import heldout3_a as A  # noqa: E402
import heldout3_b as B  # noqa: E402
from heldout import Table, fmt  # noqa: E402
import reports3_c  # noqa: E402

A.LO_PROFILE = "file:///tmp/jixiao_heldout3_c_lo"


# ---------------------------------------------------------------- h47: borderless, drawn, wrapped cells

def write_drawn_wrapped(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, H = A4
    left, top, bottom = 40, H - 48, 60
    size, lead, pad = 10.5, 14, 10
    widths = [44, 68, 130, 60, 60, 28, 30, 105]
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

    def draw_row(y, cells, centre=()):
        c.setFont(font, size)
        wrapped = [wrap(t, w) if t else [] for t, w in zip(cells, widths)]
        for k, lines in enumerate(wrapped):
            for n, ln in enumerate(lines):
                if k in centre:
                    c.drawCentredString(left + xs[k] + widths[k] / 2, y - n * lead, ln)
                else:
                    c.drawString(left + xs[k], y - n * lead, ln)
        return max(1, max(len(w) for w in wrapped)) * lead + pad

    def height(cells):
        return max(1, max(len(wrap(t, w)) if t else 1 for t, w in zip(cells, widths))) * lead + pad

    # rows as printed: 一级/二级 only on the first row of their group
    rows, prev = [], (None, None)
    for l1, l2, l3, t, a, w, s, n in d["ind"]:
        rows.append([l1 if l1 != prev[0] else "", l2 if (l1, l2) != prev else "", l3, t, a, fmt(w), fmt(s), n])
        prev = (l1, l2)
    rows.append(d["total"])

    page = 1
    y = top
    c.setFont(font, 15)
    c.drawCentredString(W / 2, y, d["title"])
    y -= 26
    c.setFont(font, 9.5)
    info = d["info"]
    c.drawString(left, y, info[0])
    c.drawCentredString(W / 2 + 40, y, info[1])
    c.drawRightString(W - left, y, info[2])
    y -= 22
    bx = [0, 110, 210, 310, 410]
    c.setFont(font, size)
    for k, t in enumerate(d["budget_head"]):
        c.drawString(left + bx[k], y, t)
    y -= lead + 6
    for brow in d["budget"]:
        for k, t in enumerate(brow):
            if k == 0:
                c.drawString(left + bx[k], y, t)
            else:
                c.drawRightString(left + bx[k] + 60, y, t)
        y -= lead + 6
    y -= 12
    draw_row(y, d["head"], centre={5, 6})
    y -= lead + pad + 2
    for r in rows:
        if y - height(r) < bottom:
            c.setFont(font, 9)
            c.drawCentredString(W / 2, 30, f"第{page}页")
            c.showPage()
            page += 1
            y = top
        y -= draw_row(y, r, centre={5, 6})
    y -= 8
    c.setFont(font, 10)
    for text in d["after"]:
        c.drawString(left, y, text)
        y -= lead + 8
    c.setFont(font, 9)
    c.drawCentredString(W / 2, 30, f"第{page}页")
    c.showPage()
    c.save()
    return page


# ---------------------------------------------------------------- h48: Word HTML, GBK

def h48_table(rep):
    rows = [["资金情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "", ""]]
    for (label, i, a, e), r in zip(rep["budget"], rep["rates"]):
        rows.append(["", label, f"{i:,.2f}", f"{a:,.2f}", f"{e:,.2f}", f"{r:.2f}%", "", ""])
    merges = [(0, 0, 3, 0)] + [(r, 5, r, 7) for r in range(4)]
    rows.append(["一级指标", "二级指标", "三级指标", "分值", "年度目标值", "实际完成值", "得分", "未完成原因"])
    start = len(rows)
    for l1, l2, l3, t, a, w, s, n in rep["ind"]:
        rows.append([l1, l2, l3, fmt(w) + "分", t, a, fmt(s) + "分", n])
    from heldout import group_merges
    merges += group_merges(rows, [0, 1], start)
    rows.append(["合计", "", "", "100分", "", "", fmt(rep["total"]) + "分", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    t = Table(rows, merges)
    t.widths = [46, 58, 104, 36, 62, 62, 36, 78]
    return t


def render_h48(rep):
    title = "上海市闵行区生态环境局2023年度部门整体支出绩效自评表"
    head = B.WORD_HEAD.format(charset="gbk", files="mhsthj2023zp.files", title=B.esc(title),
                              created="2024-06-12T02:05:00Z", saved="2024-06-18T07:31:00Z", pages=2,
                              page_size="595.3pt 841.9pt", lists="")
    sp = "&nbsp;" * 4
    body = [
        "<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%;mso-cellspacing:0cm'>",
        " <tr>",
        "  <td style='padding:3.75pt 0cm 3.75pt 0cm'>",
        "  <p class=MsoNormal><font face=\"宋体\" size=2 color=\"#333333\"><span style='font-size:9.0pt;"
        "font-family:宋体'>当前位置：首页&nbsp;&gt;&nbsp;政府信息公开&nbsp;&gt;&nbsp;财政资金&nbsp;&gt;&nbsp;"
        "绩效评价</span></font><span lang=EN-US style='font-size:9.0pt'><o:p></o:p></span></p>",
        "  </td>",
        " </tr>",
        " <tr>",
        "  <td style='padding:11.25pt 0cm 0cm 0cm'>",
        "  <p class=MsoNormal align=center style='text-align:center;line-height:26.0pt;mso-line-height-rule:exactly'>"
        f"{B.w_runs('部门整体支出绩效自评表', 16, cjk_font='黑体', bold=True)}</p>",
        "  <p class=MsoNormal align=center style='text-align:center'><span style='font-size:9.0pt;"
        f"font-family:宋体;color:#666666'>发布单位：上海市闵行区生态环境局</span><span lang=EN-US "
        f"style='font-size:9.0pt;color:#666666'>{sp}2024-06-18{sp}</span><span style='font-size:9.0pt;"
        "font-family:宋体;color:#666666'>字号：【大 中 小】</span><span lang=EN-US style='font-size:9.0pt'>"
        "<o:p></o:p></span></p>",
        "  <p class=MsoNormal><span style='font-family:宋体'>填报单位（盖章）：</span><span lang=EN-US>"
        "<span style='mso-spacerun:yes'>" + "&nbsp;" * 36 + "</span></span><span style='font-family:宋体'>"
        "金额单位：万元</span><span lang=EN-US><o:p></o:p></span></p>",
        "  </td>",
        " </tr>",
        " <tr>",
        "  <td style='padding:3.75pt 0cm 0cm 0cm'>",
        "  <div align=center>",
        B.w_table(h48_table(rep), 9),
        "  </div>",
        "  </td>",
        " </tr>",
        " <tr>",
        "  <td style='padding:7.5pt 0cm 0cm 0cm'>",
        "  <p class=MsoNormal style='text-indent:21.0pt'>"
        + B.w_runs(f"经自评，本部门年度整体支出绩效自评得分{fmt(rep['total'])}分，综合评定等级为“良”。"
                   "地表水考核断面达标率、公众对生态环境满意度未达到年度目标，下一步将加强跨区域联防联治，"
                   "加大噪声污染治理力度。", 10.5) + "</p>",
        "  <p class=MsoNormal align=right style='text-align:right'>"
        + B.w_runs("（此件主动公开）", 10.5) + "</p>",
        "  </td>",
        " </tr>",
        "</table>",
        "",
        f"<p class=MsoNormal>{B.w_empty(10.5)}</p>",
    ]
    text = head + "\r\n".join(body) + B.WORD_TAIL
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gbk")


# ---------------------------------------------------------------- main

def render(rep, work):
    stem, ext = rep["stem"], rep["format"]
    dest = os.path.join(OUT, f"{stem}.{ext}")
    if ext == "xlsx":
        A.write_xlsx(rep["sheets"], dest)
    elif ext == "pdf" and "drawn47" in rep:
        write_drawn_wrapped(rep["drawn47"], dest)
    elif ext == "pdf":
        src = os.path.join(work, stem + ".docx")
        A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        A.soffice(src, "pdf:writer_pdf_Export", work)
        shutil.move(os.path.join(work, stem + ".pdf"), dest)
    elif ext == "html":
        with open(dest, "wb") as f:
            f.write(render_h48(rep))
    else:
        raise ValueError(ext)
    return dest


def main(argv):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout3_c_")
    try:
        for rep in reports3_c.ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = A.write_gold(rep)
            dest = render(rep, work)
            print(os.path.basename(dest), len(golds), "report(s),",
                  sum(len(g["indicators"]) for g in golds), "rows, totals",
                  ", ".join(str(g["totalScore"]) for g in golds))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
