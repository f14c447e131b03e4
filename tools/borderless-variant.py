#!/usr/bin/python3
"""Writes extract/src/test/resources/org/jixiao/extract/table/borderless-continued.pdf: a synthetic
member of the h47 family (issue 9), a borderless indicator table aligned by white space only, drawn
apart from h47's geometry: ReportLab's STSong-Light CID font at 9.5 pt, columns in another order
(分值 before the target values), header cells wrapped at other places ("一级|指标", "二级|指标",
"年度目|标值", "实际完|成值", "偏差原因及|改进措施"), rows 22 pt apart, and a page break inside the
效益 group after another row, with no header and no 合计 row on page 2 (its 一级 column is empty).
Run: /usr/bin/python3 tools/borderless-variant.py"""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

OUT = "extract/src/test/resources/org/jixiao/extract/table/borderless-continued.pdf"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
F, S = "STSong-Light", 9.5
W, H = A4
XS = [36, 74, 126, 262, 296, 366, 432, 466]   # 一级 二级 三级 分值 年度目标值 实际完成值 得分 偏差
WIDTH = [3, 4, 11, 4, 6, 6, 4, 9]             # characters per line in each column
HEADER = ["一级|指标", "二级|指标", "三级指标", "分值", "年度目|标值", "实际完|成值", "得分", "偏差原因及|改进措施"]
ROWS = [  # 一级, 二级, 三级, 分值, 年度目标值, 实际完成值, 得分, 偏差
    ("决策", "项目立项", "立项依据充分性", "4", "充分", "充分", "4", ""),
    ("", "", "立项程序规范性", "4", "规范", "规范", "4", ""),
    ("", "绩效目标", "绩效目标合理性", "4", "合理", "基本合理", "3", "部分目标值偏低，下年度调整。"),
    ("", "资金投入", "资金到位率", "4", "100%", "100%", "4", ""),
    ("过程", "资金管理", "预算执行率", "8", "≥90%", "93.6%", "8", ""),
    ("", "", "资金使用合规性", "6", "合规", "合规", "6", ""),
    ("", "组织实施", "管理制度健全性", "6", "健全", "健全", "6", ""),
    ("产出", "数量指标", "新建高标准农田面积", "10", "≥2.5万亩", "2.62万亩", "10", ""),
    ("", "", "新建及整修田间道路长度", "8", "≥40公里", "36.8公里", "7", "两处路段因征地协调滞后未完工，已列入下年度计划。"),
    ("", "质量指标", "工程验收合格率", "8", "100%", "100%", "8", ""),
    ("", "时效指标", "项目按期完工率", "7", "≥95%", "92%", "6", "雨季影响施工进度。"),
    ("", "成本指标", "亩均建设成本控制", "7", "≤3000元", "2950元", "7", ""),
    ("效益", "经济效益指标", "项目区粮食亩均增产量", "6", "≥50公斤", "56公斤", "6", ""),
    ("", "社会效益指标", "受益农户数", "5", "≥6000户", "6320户", "5", ""),
    ("", "可持续影响指标", "工程设施管护机制建立情况", "4", "建立", "基本建立", "3.5", "村级管护人员尚未全部落实到位。"),
    ("", "满意度指标", "受益群众满意度", "9", "≥90%", "94.2%", "9", ""),
]
BREAK = 14   # the first row drawn on page 2


def wrap(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]


def cell_lines(row):
    return [wrap(t, n) if "|" not in t else t.split("|") for t, n in zip(row, WIDTH)]


def draw_row(c, y, lines, pitch=12):
    for x, ls in zip(XS, lines):
        for k, t in enumerate(ls):
            c.drawString(x, H - y - k * pitch, t)
    return max(len(ls) for ls in lines)


c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("示例县农业农村局2024年度项目支出绩效自评表")
c.setFont(F, 14)
c.drawCentredString(W / 2, H - 56, "示例县农业农村局2024年度项目支出绩效自评表")
c.setFont(F, S)
c.drawString(36, H - 86, "项目名称：高标准农田建设项目")
c.drawString(300, H - 86, "主管部门：示例县农业农村局")
c.drawString(36, H - 104, "实施单位：示例县农田建设服务中心")
c.drawString(300, H - 104, "单位：万元、分")
budget = [("资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"),
          ("年度资金总额", "1500.00", "1620.00", "1516.30", "93.60%"),
          ("其中：财政拨款", "1500.00", "1620.00", "1516.30", "93.60%")]
y = 132
for r in budget:
    for x, t in zip([36, 150, 240, 330, 420], r):
        c.drawString(x, H - y, t)
    y += 18
y += 26
n = draw_row(c, y, [h.split("|") for h in HEADER])
y += 12 * (n - 1) + 16
for i, row in enumerate(ROWS):
    if i == BREAK:
        c.setFont(F, 9)
        c.drawCentredString(W / 2, 30, "- 1 -")
        c.showPage()
        c.setFont(F, S)
        y = 52
    n = draw_row(c, y, cell_lines(row))
    y += 12 * (n - 1) + 22
y += 20
c.drawString(36, H - y, "自评总分：96.5分　　自评等级：优")
c.drawString(36, H - y - 24, "填报人：张××　　联系电话：0000-0000000")
c.setFont(F, 9)
c.drawCentredString(W / 2, 30, "- 2 -")
c.save()
