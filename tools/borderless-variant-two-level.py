#!/usr/bin/python3
"""Writes extract/src/test/resources/org/jixiao/extract/table/borderless-two-level.pdf: a second
synthetic member of the h47 family (issue 9): landscape, STSong-Light 10.5 pt, a two-level indicator
system (the second level scored), columns 一级指标 | 指标名称 | 权重(%) | 年度指标值 | 完成值 | 得分 |
偏差原因, the header cells "权重|(%)" and "年度|指标值" wrapped, rows set close (no blank line),
and a page break after which three rows and the 合计 row go on with no header."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape

OUT = "extract/src/test/resources/org/jixiao/extract/table/borderless-two-level.pdf"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F, S = "STSong-Light", 10.5
W, H = landscape(A4)
XS = [50, 120, 330, 390, 480, 570, 620]
WIDTH = [4, 18, 4, 8, 8, 3, 18]
HEADER = ["一级指标", "指标名称", "权重|(%)", "年度|指标值", "完成值", "得分", "偏差原因"]
ROWS = [
    ("决策", "项目立项规范性", "5", "规范", "规范", "5", ""),
    ("", "绩效目标合理性", "5", "合理", "合理", "5", ""),
    ("", "资金分配合理性", "5", "合理", "基本合理", "4", "个别乡镇分配依据未及时更新"),
    ("过程", "资金到位率", "5", "100%", "100%", "5", ""),
    ("", "预算执行率", "10", "≥95%", "97.2%", "10", ""),
    ("", "资金使用合规性", "5", "合规", "合规", "5", ""),
    ("", "管理制度健全性", "5", "健全", "健全", "5", ""),
    ("产出", "困难群众救助人次", "10", "≥12000人次", "12650人次", "10", ""),
    ("", "临时救助资金发放及时率", "10", "≥95%", "91%", "8", "部分申请材料补正耗时较长，将推行容缺受理"),
    ("", "救助对象认定准确率", "10", "100%", "100%", "10", ""),
    ("效益", "困难群众基本生活保障水平", "10", "有效保障", "有效保障", "10", ""),
    ("", "社会救助政策知晓率", "10", "≥85%", "83%", "9", "偏远村组宣传覆盖不足"),
    ("满意度", "救助对象满意度", "10", "≥90%", "95.1%", "10", ""),
]
BREAK = 10


def wrap(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]


def draw_row(c, y, lines, pitch=13):
    for x, ls in zip(XS, lines):
        for k, t in enumerate(ls):
            c.drawString(x, H - y - k * pitch, t)
    return max(len(ls) for ls in lines)


c = canvas.Canvas(OUT, pagesize=(W, H))
c.setFont(F, 15)
c.drawCentredString(W / 2, H - 50, "测试区民政局2023年度社会救助项目绩效自评表")
c.setFont(F, S)
c.drawString(50, H - 80, "项目名称：社会救助资金项目")
c.drawString(420, H - 80, "主管部门：测试区民政局")
c.drawString(50, H - 98, "项目资金（万元）：年初预算数 860.00　全年预算数 912.00　全年执行数 886.50")
intro = ["一、项目概况：本项目用于保障城乡困难群众基本生活，资金由区财政统筹安排，按月发放至救助对象。",
         "二、绩效目标完成情况：年度各项指标总体完成，个别指标未达预期，原因及改进措施见下表。",
         "三、绩效指标完成情况及自评得分如下："]
for k, t in enumerate(intro):
    c.drawString(50, H - 130 - 20 * k, t)
y = 220
n = draw_row(c, y, [h.split("|") for h in HEADER])
y += 13 * (n - 1) + 17
for i, row in enumerate(ROWS):
    if i == BREAK:
        c.setFont(F, 9)
        c.drawCentredString(W / 2, 24, "第 1 页 共 2 页")
        c.showPage()
        c.setFont(F, S)
        y = 50
    n = draw_row(c, y, [wrap(t, k) for t, k in zip(row, WIDTH)])
    y += 13 * (n - 1) + 17
draw_row(c, y, [["合计"], [""], ["100"], [""], [""], ["96"], [""]])
y += 40
c.drawString(50, H - y, "自评得分：96分　　自评等级：优")
c.setFont(F, 9)
c.drawCentredString(W / 2, 24, "第 2 页 共 2 页")
c.save()
