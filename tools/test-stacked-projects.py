#!/usr/bin/env python3
"""Writes the crafted test files of the "several projects stacked in one table" family
(extract/src/test/resources/org/jixiao/extract/part/testStacked*.xlsx|docx|pdf): 项目支出绩效自评表 forms
one under the other in one worksheet or one Word table, each with its title rows, identity block,
fund block, indicator rows, 总分 and 填报人 line. Run with /usr/bin/python3 (openpyxl, python-docx; LibreOffice for the PDF).
"""
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment

OUT = os.path.join(os.path.dirname(__file__), '..', 'extract', 'src', 'test', 'resources', 'org', 'jixiao',
                   'extract', 'part')

# name, 主管部门, 实施单位, (年初, 全年, 执行, 分值, 执行率, 得分), rows (一级, 二级, 三级, 指标值, 实际值, 分值, 得分), 总分
PROJECTS = [
    ('2022年农村饮水安全巩固提升工程', '某某县水利局', '某某县农村供水管理站',
     ('300.00', '320.00', '310.40', '10', '97.00%', '9.7'),
     [('产出指标', '数量指标', '新建集中供水工程', '≥12处', '12处', '20', '20'),
      ('产出指标', '质量指标', '水质达标率', '≥95%', '96.3%', '20', '20'),
      ('效益指标', '社会效益指标', '受益人口', '≥1.5万人', '1.52万人', '30', '30'),
      ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '88%', '20', '18')],
     '97.7'),
    ('2022年城乡居民基本医疗保险补助', '某某县医疗保障局', '某某县医疗保障事务中心',
     ('1200.00', '1250.50', '1250.50', '10', '100.00%', '10'),
     [('产出指标', '数量指标', '参保人数', '≥18万人', '18.3万人', '30', '30'),
      ('产出指标', '时效指标', '补助资金拨付及时率', '100%', '100%', '20', '20'),
      ('效益指标', '社会效益指标', '参保率', '≥95%', '96.1%', '20', '20'),
      ('满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '92%', '20', '19.5')],
     '99.5'),
    ('2022年中小学校舍维修改造', '某某县教育局', '某某县教育基建办公室',
     ('450.00', '450.00', '405.00', '10', '90.00%', '9'),
     [('产出指标', '数量指标', '维修改造校舍面积', '≥8000平方米', '8120平方米', '30', '30'),
      ('产出指标', '质量指标', '工程验收合格率', '100%', '100%', '20', '20'),
      ('效益指标', '可持续影响指标', '校舍安全隐患消除率', '100%', '95%', '20', '19'),
      ('满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '93%', '20', '20')],
     '98'),
]

COLS = 8


def form(k, p, numbered=True):
    """The rows of project p's form (8 columns; None = merged with the cell to its left)."""
    name, dept, unit, fund, rows, total = p
    title = '项目支出绩效自评表（%s）' % '一二三'[k] if numbered else '项目支出绩效自评表'
    out = [[title] + [None] * 7, ['（2022年度）'] + [None] * 7,
           ['项目名称', name] + [None] * 6,
           ['主管部门', dept, None, None, '实施单位', unit, None, None],
           ['资金情况（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
           ['', '年度资金总额'] + list(fund),
           ['', '其中：财政拨款', fund[0], fund[1], fund[2], '—', fund[4], '—'],
           ['', '其他资金', '0.00', '0.00', '0.00', '—', '—', '—'],
           ['一级指标', '二级指标', '三级指标', '指标值', '实际值', '分值', '得分', '未完成原因及改进措施']]
    out += [list(r) + [''] for r in rows]
    out += [['总分', None, None, None, None, '100', total, ''],
            ['填报人：×××　　审核人：×××　　联系电话：0000-0000000'] + [None] * 7]
    return out


def sheet_rows(projects, blank_rows):
    rows = []
    for k, p in enumerate(projects):
        if k > 0:
            rows += [[''] * COLS for _ in range(blank_rows)]
        rows += form(k, p)
    return rows


def write_xlsx(path, projects, blank_rows):
    wb = Workbook()
    ws = wb.active
    ws.title = '自评表'
    for r, row in enumerate(sheet_rows(projects, blank_rows), start=1):
        c = 1
        while c <= COLS:
            v = row[c - 1]
            end = c
            while end < COLS and row[end] is None:
                end += 1
            if v:
                ws.cell(r, c, v)
            if end > c:
                ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=end)
            c = end + 1
    for col in 'ABCDEFGH':
        ws.column_dimensions[col].width = 16
    notes = wb.create_sheet('填报说明')
    notes['A1'] = '填报说明'
    notes['A2'] = '1.本表金额单位为万元。'
    wb.save(path)


def write_docx(path, projects, blank_rows):
    doc = Document()
    rows = sheet_rows(projects, blank_rows)
    # the first title stays above the table as paragraphs, as a Word form prints it
    first = rows[:2]
    rows = rows[2:]
    for line in first:
        doc.add_paragraph(line[0])
    table = doc.add_table(rows=len(rows), cols=COLS)
    table.style = 'Table Grid'
    for r, row in enumerate(rows):
        c = 0
        while c < COLS:
            end = c
            while end + 1 < COLS and row[end + 1] is None:
                end += 1
            cell = table.cell(r, c)
            if end > c:
                cell = cell.merge(table.cell(r, end))
            cell.text = row[c] or ''
            c = end + 1
    doc.save(path)


def main():
    write_xlsx(os.path.join(OUT, 'testStackedTwoProjects.xlsx'), PROJECTS[:2], blank_rows=2)
    write_xlsx(os.path.join(OUT, 'testStackedThreeProjects.xlsx'), PROJECTS, blank_rows=0)
    write_docx(os.path.join(OUT, 'testStackedTwoProjects.docx'), PROJECTS[:2], blank_rows=1)
    write_docx(os.path.join(OUT, 'testStackedThreeProjects.docx'), PROJECTS, blank_rows=0)
    # the Word table printed to PDF by LibreOffice: the second form starts on page 1 under the first
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp,
                        os.path.join(OUT, 'testStackedTwoProjects.docx')], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, 'testStackedTwoProjects.pdf'), os.path.join(OUT, 'testStackedTwoProjects.pdf'))


if __name__ == '__main__':
    sys.exit(main())
