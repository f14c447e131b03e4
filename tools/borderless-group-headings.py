#!/usr/bin/python3
"""Writes extract/src/test/resources/org/jixiao/extract/table/borderless-group-headings.pdf: a member
of the h116 family (issue 9) drawn apart from h116: portrait, STSong-Light 10 pt, no ruling lines, a
borderless fund block, then an indicator table 三级指标 | 二级指标 | 权重 | 指标值 | 完成值 | 得分 |
扣分原因 with no 一级指标 column: each 一级 printed as a heading line across the table
("一、决策（权重10分，得分10分）"), the first one holding a single row, numbers right-aligned, and a
合计 row. A second file, borderless-group-headings-paged.pdf, breaks the page right before the
third heading, so that the rest of the table opens with a heading at the top of page 2."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

DIR = "extract/src/test/resources/org/jixiao/extract/table/"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F, S = "STSong-Light", 10
W, H = A4
# left edges of text columns; numeric columns give their right edge (drawRightString)
COLS = [(45, "l"), (175, "l"), (290, "r"), (305, "l"), (375, "l"), (470, "r"), (485, "l")]
HEADER = ["三级指标", "二级指标", "权重", "指标值", "完成值", "得分", "扣分原因"]
GROUPS = [
    ("一、决策（权重10分，得分10分）", [
        ("绩效目标明确性", "目标设定", "10", "明确", "明确", "10", ""),
    ]),
    ("二、产出（权重50分，得分46分）", [
        ("农村公路养护里程", "数量指标", "20", "≥320公里", "326公里", "20", ""),
        ("优良路率", "质量指标", "15", "≥80%", "76%", "12", "雨季水毁"),
        ("养护任务按期完成率", "时效指标", "15", "100%", "93%", "14", "两处延期"),
    ]),
    ("三、效益（权重30分，得分30分）", [
        ("群众出行时间缩短", "社会效益指标", "15", "缩短", "缩短", "15", ""),
        ("道路安全事故", "社会效益指标", "15", "0起", "0起", "15", ""),
    ]),
    ("四、满意度（权重10分，得分9分）", [
        ("沿线群众满意度", "满意度指标", "10", "≥90%", "88%", "9", "路面修补不及时"),
    ]),
]


def row(c, y, cells):
    for (x, a), t in zip(COLS, cells):
        (c.drawRightString if a == "r" else c.drawString)(x, H - y, t)




def draw(out, break_before=None):
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setFont(F, 14)
    c.drawCentredString(W / 2, H - 45, "测试县交通运输局2024年度农村公路养护项目绩效自评表")
    c.setFont(F, S)
    c.drawString(45, H - 75, "主管部门：测试县交通运输局")
    c.drawString(430, H - 75, "单位：万元")
    for k, cells in enumerate([("资金来源", "全年预算数", "全年执行数", "执行率"),
                               ("合计", "1,250.00", "1,187.50", "95.00%"),
                               ("财政拨款", "1,200.00", "1,137.50", "94.79%"),
                               ("其他资金", "50.00", "50.00", "100.00%")]):
        y = 100 + 16 * k
        c.drawString(45, H - y, cells[0])
        for x, t in zip([260, 360, 440], cells[1:]):
            c.drawRightString(x, H - y, t)
    c.drawString(45, H - 185, "二、绩效指标完成情况")
    y = 210
    if break_before is not None:
        y = 560  # the table starts low on page 1, so that it runs onto page 2
    row(c, y, HEADER)
    y += 22
    for g, (heading, rows) in enumerate(GROUPS):
        if g == break_before:
            c.setFont(F, 9)
            c.drawCentredString(W / 2, 30, "第 1 页 共 2 页")
            c.showPage()
            c.setFont(F, S)
            y = 60
        c.drawString(45, H - y, heading)
        y += 16
        for r in rows:
            row(c, y, r)
            y += 16
        y += 4
    row(c, y + 4, ["合计", "", "100", "", "", "95", ""])
    c.drawString(45, H - y - 30, "自评等级：优")
    c.save()


draw(DIR + "borderless-group-headings.pdf")
draw(DIR + "borderless-group-headings-paged.pdf", break_before=2)
