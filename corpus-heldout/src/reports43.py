#!/usr/bin/python3
"""Round 43 (h269–h273): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus43 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports43.py [h269 …]
(needs xlwt, python-docx, lxml, reportlab, pikepdf and LibreOffice: h269 a 部门整体 form saved by WPS 表格 under its
native `.et` name (a BIFF8 OLE compound file, written by xlwt: merged 一级/二级, 小计 rows, 合计, 自评等级); h270 a ZIP
attachment (附件.zip as a portal offers it) holding two 项目支出绩效自评表 of one 主管部门 — one DOCX, one PDF — and a
说明.txt that is not a report (UTF-8 names with the zip's UTF-8 flag, fixed dates); h271 a 项目 form DOCX saved as
“Strict Open XML Document” (ISO/IEC 29500 Strict: every namespace and relationship type the purl.oclc.org one,
conformance="strict"); h272 a 部门整体 form PDF whose text layer is GARBLED (LibreOffice's embedded subset fonts with
their /ToUnicode CMaps removed: the page looks right, text extraction gives control characters); h273 a third-party
项目 评分表 printed from Excel whose tables have NO LINES, ONLY CELL SHADING (dark header, zebra rows, white 1 pt gaps).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因[, 评分标准]).
"""
import io
import os
import shutil
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports32 import new_canvas, wrap, FONT  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402
from reports36_common import BANDS, grade, P, grid, cell_put, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402

ALL = []
FIXED_ZIP = (2025, 4, 21, 10, 30, 0)


def g8(ind):
    """the gold's view of 9-tuples (the 评分标准 dropped)"""
    return [x[:8] for x in ind]


# ============================================================ h269 钦州市市场监督管理局 (WPS .et = BIFF8, 部门整体 form)

def h269():
    dept = "钦州市市场监督管理局"
    ib_b, ab_b = 3126.40, 3218.75
    eb_b = 3241.06  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 3,241.06 > 全年预算 3,218.75 (100.69%)
    ib_p, ab_p, eb_p = 1873.60, 2406.90, 2086.53
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (5000.00, 5625.65, 5327.59, 94.70), (ib, ab, eb, rate)
    assert (pct(eb_b, ab_b), pct(eb_p, ab_p)) == (100.69, 86.69)
    bs = r2(rate * 10 / 100)
    assert bs == 9.47
    # PLANT MALFORMED_RULE: 投诉举报按时办结率's 评分标准 leaves 99%–100% in no band (100%得6分；95%（含）—99%得3分)
    bad_rule = "100%得6分；95%（含）—99%得3分；95%以下不得分"
    prop = "达到目标值得满分，未达到按比例得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "", "目标与部门职责、年度工作计划相符得3分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "1项指标未量化", 3, 2.5, "食品安全抽检指标未区分品类，扣0.5分",
            "指标细化量化得3分，每有1项未量化扣0.5分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.6%", 3, 3, "", "≤100%得3分，否则不得分"),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-4.1%", 3, 3, "", "≤0得3分，否则不得分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分项目资金结转下年使用", "得分＝预算执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "", "资金使用符合规定得4分，发现1项违规扣1分"),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, "", "100%得3分，否则按比例得分"),
           ("过程", "资产管理", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全并有效执行得3分，否则酌情扣分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3.5, "部分执法装备未及时登记入账，扣0.5分",
            "账实相符、处置规范得4分，否则酌情扣分"),
           ("产出", "产出数量", "食品安全监督抽检（批次）", "≥4800", "5126", 6, 6, "", prop),
           ("产出", "产出数量", "特种设备定期检验（台）", "≥9500", "9236", 6, P(9236, 9500, 6), "部分企业设备停用未报检", prop),
           ("产出", "产出数量", "“双随机”抽查企业（户）", "≥1600", "1600", 6, 6, "", prop),
           ("产出", "产出质量", "投诉举报按时办结率", "100%", "100%", 6, 6, "", bad_rule),
           ("产出", "产出质量", "抽检不合格食品核查处置率", "100%", "100%", 6, 6, "", "100%得满分，每低1个百分点扣1分"),
           ("产出", "产出时效", "行政许可事项按时办结率", "≥98%", "99.4%", 6, 6, "", "≥98%得满分，每低1个百分点扣1分"),
           ("效益", "社会效益", "重大食品安全事故（起）", "0", "0", 7, 7, "", "未发生得满分，发生1起不得分"),
           ("效益", "经济效益", "新增市场主体（户）", "≥12000", "12936", 7, 7, "", prop),
           ("效益", "可持续影响", "智慧监管长效机制", "健全", "基本健全", 7, 6, "部分县区监管数据未实时接入，扣1分",
            "机制健全得满分，否则酌情扣分"),
           ("效益", "满意度", "市场主体和群众满意度", "≥90%", "93.2%", 7, 7, "", "≥90%得满分，每低1个百分点扣0.5分")]
    assert s2(ind, 5) == 100 and len(ind) == 19
    total = s2(ind, 6)
    assert total == 97.3, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [11.5, 22.97, 35.83, 27], sec
    sec[2] = ("产出", 36, 35.38)  # PLANT SECTION_VS_ROWS: the 产出 小计 prints 35.38; its rows add to 35.83
    g = gold(None, dept, 2024, "PREFECTURAL", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(g8(ind)))
    goal = ("全面履行市场监管职责，完成食品安全监督抽检4800批次以上、特种设备定期检验9500台以上、“双随机、一公开”抽查企业1600户，"
            "投诉举报按时办结率100%，不发生重大食品安全事故，新增市场主体12000户以上，市场主体和群众满意度90%以上。")
    done = ("完成食品安全监督抽检5126批次，特种设备定期检验9236台，“双随机、一公开”抽查企业1600户，投诉举报按时办结率100%，全年"
            "未发生重大食品安全事故，新增市场主体12936户，市场主体和群众满意度93.2%。")
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, ib=ib, ab=ab, eb=eb, rate=rate, b=(ib_b, ab_b, eb_b),
                p=(ib_p, ab_p, eb_p), goal=goal, done=done)
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", "其中：基本支出 | 3,126.40 | 3,218.75 | 3,241.06 | 100.69%", m2(eb_b),
             f"≤ {m2(ab_b)}", "HIGH", "WARNING",
             "基本支出 执行 3,241.06 exceeds its 全年预算 3,218.75 by 22.31 (the printed 100.69% is right as arithmetic); 项目支出 "
             "2,086.53 of 2,406.90 and the 合计 5,327.59 of 5,625.65 are under"),
           F("SECTION_VS_ROWS", "产出", "产出 | 小计 | 36 | 35.38", "35.38", "35.83", "HIGH", "ERROR",
             "the six 产出 rows give 6 + 5.83 + 6 + 6 + 6 + 6 = 35.83; the 小计 prints 35.38 (digits swapped); the 合计 97.3 adds "
             "the rows, so the 小计s add to 96.85, not the 合计"),
           F("MALFORMED_RULE", "投诉举报按时办结率", f"投诉举报按时办结率 | 6 | {bad_rule}", bad_rule, "no band for 99%–100%",
             "HIGH", "WARNING",
             "the 评分标准 pays 6 at 100% and 3 from 95% (含) to 99%: a rate between 99% and 100% (99.5%) falls in no band; the "
             "row's 100% lies in the top band, so its 6 is unaffected")]
    return {"stem": "h269_qinzhou_shijian", "format": "et", "write": write269, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a WPS 表格 workbook under WPS's native .et name: a BIFF8 OLE compound file (Excel 97–2003 "
                      "binary, a “Workbook” stream) whatever the extension says; one sheet “部门整体支出绩效自评表”",
                      "一级 cells merged down over their rows AND their 小计 row; 二级 merged over their runs; the 小计 rows "
                      "(“小计” in the 二级/三级 columns) are sections, not indicators; 合计 and 自评等级 rows under the table; a "
                      "评分标准 column between 分值 and 年度指标值 (rules full of numbers, not scores)",
                      "budget block: amounts numeric (#,##0.00), rates numeric under 0.00% (0.947 shows 94.70%); parts add up "
                      "in every column (年初 3,126.40 + 1,873.60 = 5,000.00; 全年 3,218.75 + 2,406.90 = 5,625.65; 执行 3,241.06 "
                      "+ 2,086.53 = 5,327.59); 合计 94.70% and 项目 86.69% right; 基本 100.69% right as arithmetic (the "
                      "SPENDING_OVER_BUDGET finding); 年初 < 全年 (追加)",
                      "预算执行率 94.70% × 10 = 9.47 (its rule); “双随机”抽查企业 1600 vs ≥1600 (met exactly); 在职人员控制率 "
                      "97.6% vs ≤100% (a ceiling, met); “三公”经费变动率 -4.1% vs ≤0 (a decrease, met); 重大食品安全事故 0 vs 0; "
                      "特种设备定期检验 6 × 9236 ÷ 9500 = 5.83 (the row's proportion rule); 绩效指标明确性 −0.5 (its rule, 1 "
                      "item); 资产管理规范性 −0.5 and 智慧监管长效机制 −1 with reasons (judgement)",
                      "the 决策 (12/11.5), 过程 (24/22.97) and 效益 (28/27) 小计 rows are right; 合计 97.3 = rows; 自评等级 优 "
                      "(97.3 ≥ 90); 二's figures (5126批次, 9236台, 1600户, 12936户, 93.2%) agree with the rows"]}


def nlines(text, w):
    """lines a wrapped cell of w character units needs (a CJK character is two units, as in Excel's column width)"""
    units = sum(2 if ord(ch) > 255 else 1 for ch in str(text))
    return max(1, -(-units // max(1, int(w - 1.5))))


def write269(rep, path):
    """xlwt (BIFF8): one sheet, 宋体, thin borders, merged cells written with write_merge (every covered cell styled)."""
    import xlwt
    M = rep["meta"]
    ind = M["ind"]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("部门整体支出绩效自评表")

    def st(bold=False, size=10, h="center", num=None, border=True, wrap_=True):
        s = ("font: name 宋体, height %d%s; alignment: horizontal %s, vertical center%s;" %
             (size * 20, ", bold on" if bold else "", h, ", wrap on" if wrap_ else ""))
        if border:
            s += " borders: left thin, right thin, top thin, bottom thin;"
        return xlwt.easyxf(s, num_format_str=num) if num else xlwt.easyxf(s)
    T = xlwt.easyxf("font: name 宋体, height 360, bold on; alignment: horizontal center, vertical center;")
    hd, c_, l_ = st(True), st(), st(h="left")
    amt, rt = st(h="right", num="#,##0.00"), st(num="0.00%")
    plain_l, plain_r = st(border=False, h="left", wrap_=False), st(border=False, h="right", wrap_=False)
    sect = st(True, 11, "left", border=False, wrap_=False)
    widths = [9, 11, 22, 6, 26, 11, 12, 7, 24]
    for k, w in enumerate(widths):
        ws.col(k).width = 256 * w

    def height(r, pt):
        ws.row(r).height_mismatch = True
        ws.row(r).height = int(pt * 20)
    ws.write_merge(0, 0, 0, 8, f"{M['dept']}2024年度部门整体支出绩效自评表", T)
    height(0, 30)
    ws.write_merge(1, 1, 0, 4, f"填报单位（盖章）：{M['dept']}", plain_l)
    ws.write_merge(1, 1, 5, 8, "金额单位：万元", plain_r)
    ws.write_merge(2, 2, 0, 8, "一、预算执行情况", sect)
    for (c1, c2), t in zip([(0, 1), (2, 3), (4, 5), (6, 7), (8, 8)], ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        ws.write_merge(3, 3, c1, c2, t, hd)
    (ib_b, ab_b, eb_b), (ib_p, ab_p, eb_p) = M["b"], M["p"]
    lines = [("合计", M["ib"], M["ab"], M["eb"]), ("其中：基本支出", ib_b, ab_b, eb_b), ("项目支出", ib_p, ab_p, eb_p)]
    for i, (lab, a, b, e) in enumerate(lines):
        r = 4 + i
        ws.write_merge(r, r, 0, 1, lab, c_)
        ws.write_merge(r, r, 2, 3, a, amt)
        ws.write_merge(r, r, 4, 5, b, amt)
        ws.write_merge(r, r, 6, 7, e, amt)
        ws.write(r, 8, round(pct(e, b) / 100, 4), rt)
    ws.write_merge(7, 7, 0, 8, "二、年度总体目标完成情况", sect)
    ws.write_merge(8, 8, 0, 1, "年度目标", hd)
    ws.write_merge(8, 8, 2, 8, M["goal"], l_)
    ws.write_merge(9, 9, 0, 1, "实际完成情况", hd)
    ws.write_merge(9, 9, 2, 8, M["done"], l_)
    height(8, 13.5 * nlines(M["goal"], sum(widths[2:])) + 8)
    height(9, 13.5 * nlines(M["done"], sum(widths[2:])) + 8)
    ws.write_merge(10, 10, 0, 8, "三、绩效指标完成情况", sect)
    for k, t in enumerate(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "偏差原因分析"]):
        ws.write(11, k, t, hd)
    height(11, 28)
    r = 12
    secd = {n: (w, s_) for n, w, s_ in M["sec"]}
    for a, b in spans(ind, 0):
        grp = ind[a:b + 1]
        r0 = r
        for x in grp:
            ws.write(r, 2, x[2], l_)
            ws.write(r, 3, x[5], c_)
            ws.write(r, 4, x[8], l_)
            ws.write(r, 5, x[3], c_)
            ws.write(r, 6, x[4], c_)
            ws.write(r, 7, x[6], c_)
            ws.write(r, 8, x[7], l_)
            n = max(nlines(x[2], widths[2]), nlines(x[8], widths[4]), nlines(x[4], widths[6]), nlines(x[7], widths[8]))
            height(r, max(20, 13.5 * n + 5))
            r += 1
        for a2, b2 in spans(grp, 1):
            ws.write_merge(r0 + a2, r0 + b2, 1, 1, grp[a2][1], c_)
        w, s_ = secd[grp[0][0]]
        ws.write_merge(r, r, 1, 2, "小计", hd)
        ws.write(r, 3, w, hd)
        ws.write_merge(r, r, 4, 6, "", c_)
        ws.write(r, 7, s_, hd)
        ws.write(r, 8, "", c_)
        ws.write_merge(r0, r, 0, 0, grp[0][0], c_)  # the 一级 merged down over its rows and its 小计 row
        r += 1
    ws.write_merge(r, r, 0, 2, "合计", hd)
    ws.write(r, 3, 100, hd)
    ws.write_merge(r, r, 4, 6, "", c_)
    ws.write(r, 7, M["total"], hd)
    ws.write(r, 8, "", c_)
    r += 1
    ws.write_merge(r, r, 0, 2, "自评等级", hd)
    ws.write_merge(r, r, 3, 8, grade(M["total"]), hd)
    r += 1
    note = ("说明：1.预算执行率得分＝执行率×10；2.定量指标按各行评分标准计分；3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；"
            "4.自评等级：" + BANDS)
    ws.write_merge(r, r, 0, 8, note, st(size=9, h="left", border=False))
    height(r, 30)
    r += 1
    ws.write_merge(r, r, 0, 8, "填表人：韦××　　　审核人：黄××　　　联系电话：0777-28×××××　　　填报日期：2025年4月16日", plain_l)
    ws.portrait = False
    ws.paper_size_code = 9
    ws.fit_num_pages = 1
    ws.fit_width_to_pages = 1
    ws.fit_height_to_pages = 0
    ws.print_centered_horz = True
    ws._Worksheet__header_str = ""  # (xlwt's setters reject str under Python 3)
    ws._Worksheet__footer_str = "第 &P 页，共 &N 页"
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h269())



# ------------------------------------------------------------ shared: a project form's spec and a reportlab grid

def form_spec(M, widths9=True):
    """The 财政部 项目支出绩效自评表 as (row, col, rowspan, colspan, text, align, bold) cells over 9 columns: 项目名称,
    主管部门/实施单位, the fund block (年度资金总额 + 其中 lines), 年度总体目标 (预期 / 实际), the indicator block, 总分."""
    spec = [(0, 0, 1, 2, "项目名称", "c", True), (0, 2, 1, 7, M["proj"], "l", False),
            (1, 0, 1, 2, "主管部门", "c", True), (1, 2, 1, 3, M["dept"], "l", False),
            (1, 5, 1, 2, "实施单位", "c", True), (1, 7, 1, 2, M["unit"], "l", False),
            (2, 0, 1 + 1 + len(M["srcs"]), 1, "项目资金（万元）", "c", True), (2, 1, 1, 1, "", "c", False)]
    spec += [(2, 2 + k, 1, 1, h, "c", True) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率"])]
    spec.append((2, 7, 1, 2, "得分", "c", True))
    lines = [("年度资金总额", M["ib"], M["ab"], M["eb"], "10", f"{M['rate']:.2f}%", fmt(M["ind"][0][6]))]
    lines += [(lab, a, b, e, "—", f"{pct(e, b):.2f}%", "—") for lab, a, b, e in M["srcs"]]
    for i, (lab, a, b, e, w, q, s_) in enumerate(lines):
        r = 3 + i
        spec += [(r, 1, 1, 1, lab, "l", False), (r, 2, 1, 1, m2(a), "r", False), (r, 3, 1, 1, m2(b), "r", False),
                 (r, 4, 1, 1, m2(e), "r", False), (r, 5, 1, 1, w, "c", False), (r, 6, 1, 1, q, "c", False),
                 (r, 7, 1, 2, s_, "c", False)]
    r = 3 + len(lines)
    spec += [(r, 0, 2, 1, "年度总体目标", "c", True), (r, 1, 1, 4, "预期目标", "c", True),
             (r, 5, 1, 4, "实际完成情况", "c", True), (r + 1, 1, 1, 4, M["goal"], "l", False),
             (r + 1, 5, 1, 4, M["done"], "l", False)]
    r += 2
    ind = [x for x in M["ind"] if x[0]]
    spec.append((r, 0, len(ind) + 1, 1, "绩效指标", "c", True))
    spec += [(r, 1 + k, 1, 1, h, "c", True) for k, h in enumerate(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])]
    for i, x in enumerate(ind, 1):
        spec += [(r + i, 3, 1, 1, x[2], "l", False), (r + i, 4, 1, 1, x[3], "c", False),
                 (r + i, 5, 1, 1, x[4], "c", False), (r + i, 6, 1, 1, fmt(x[5]), "c", False),
                 (r + i, 7, 1, 1, fmt(x[6]), "c", False), (r + i, 8, 1, 1, x[7], "l", False)]
    for col in (0, 1):
        for a, b in spans(ind, col):
            spec.append((r + 1 + a, 1 + col, b - a + 1, 1, ind[a][col], "c", False))
    n = r + len(ind) + 1
    spec += [(n, 0, 1, 6, "总分", "c", True), (n, 6, 1, 1, "100", "c", True), (n, 7, 1, 1, fmt(M["total"]), "c", True),
             (n, 8, 1, 1, f"自评等级：{M['grade']}" if M.get("grade") else "", "c", True)]
    return spec, n + 1


def heights_for(spec, cols, nrows, size, lead, minh, pad):
    """row heights (pt) so that every cell's wrapped text fits; a spanning cell's shortfall goes to its last row"""
    h = [minh] * nrows
    for r, k, rs, cs, t, al, b in spec:
        if rs == 1:
            need = len(wrap(t, sum(cols[k:k + cs]) - 2 * 3, size)) * lead + pad
            h[r] = max(h[r], need)
    for r, k, rs, cs, t, al, b in spec:
        if rs > 1:
            need = len(wrap(t, sum(cols[k:k + cs]) - 2 * 3, size)) * lead + pad
            have = sum(h[r:r + rs])
            if have < need:
                h[r + rs - 1] += need - have
    return h


def rl_cells(c, x0, ytop, cols, heights, spec, size, lead, box=None, ink=None):
    """Draws spec's cells: box(c, cell, xa, yb, w, h) draws the cell's frame or fill (a ruled box by default), then its
    text wrapped within the cell and centred vertically; ink(cell) gives the text colour (black by default). Returns
    the y of the grid's bottom."""
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [ytop - sum(heights[:k]) for k in range(len(heights) + 1)]
    for cell in spec:
        r, k, rs, cs, t, al, b = cell
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        if box:
            box(c, cell, xa, yb, xb - xa, ya - yb)
        else:
            c.rect(xa, yb, xb - xa, ya - yb, stroke=1, fill=0)
    for cell in spec:
        r, k, rs, cs, t, al, b = cell
        if not t:
            continue
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        lines = wrap(t, xb - xa - 6, size)
        mid = (ya + yb) / 2
        c.setFillColorRGB(*(ink(cell) if ink else (0, 0, 0)))
        c.setFont(FONT, size)
        for j, ln in enumerate(lines):
            y = mid + len(lines) * lead / 2 - (j + 1) * lead + 0.28 * lead
            for dx in ((0, 0.3) if b else (0,)):
                if al == "l":
                    c.drawString(xa + 3 + dx, y, ln)
                elif al == "r":
                    c.drawRightString(xb - 3 + dx, y, ln)
                else:
                    c.drawCentredString((xa + xb) / 2 + dx, y, ln)
    c.setFillColorRGB(0, 0, 0)
    return ys[-1]


# ============================================================ h270 德阳市旌阳区住房和城乡建设局 (附件.zip: DOCX + PDF + 说明.txt)

def h270():
    dept = "德阳市旌阳区住房和城乡建设局"
    # ---- report 1 (DOCX): 老旧小区改造
    proj1, unit1 = "2024年旌阳区城镇老旧小区改造项目", "德阳市旌阳区城市更新服务中心"
    srcs1 = [("其中：中央补助资金", 2150.00, 2150.00, 2088.60), ("省级补助资金", 480.00, 480.00, 455.20),
             ("区级财政资金", 520.00, 610.00, 512.36)]
    ib1, ab1, eb1 = (r2(sum(x[k] for x in srcs1)) for k in (1, 2, 3))
    rate1 = pct(eb1, ab1)
    assert (ib1, ab1, eb1, rate1) == (3150.00, 3240.00, 3056.16, 94.33), (ib1, ab1, eb1, rate1)
    fs1_true = r2(rate1 / 10)
    assert fs1_true == 9.43
    fs1 = 10  # PLANT BUDGET_ROW_SCORE: the 说明's rule 执行率×分值 gives 94.33% × 10 = 9.43; the fund line prints 10
    assert r2(eb1 / 4356) == 0.70  # 户均改造成本 = 全年执行数 ÷ 惠及居民 (consistent)
    ind1 = [(None, None, "年度资金总额", None, f"{rate1:.2f}%", 10, fs1, ""),
            ("产出指标", "数量指标", "改造老旧小区（个）", "≥28", "28", 10, 10, ""),
            ("产出指标", "数量指标", "惠及居民（户）", "≥4200", "4356", 8, 8, ""),
            ("产出指标", "数量指标", "改造供排水管网（公里）", "≥18", "16.2", 8, P(16.2, 18, 8),
             "2个小区管网改造因居民协商延后，按完成比例计分"),
            ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 8, 8, ""),
            ("产出指标", "时效指标", "项目开工率", "100%", "100%", 8, 8, ""),
            ("产出指标", "成本指标", "户均改造成本（万元/户）", "≤0.75", "0.70", 8, 8, ""),
            ("效益指标", "社会效益指标", "小区基础设施完善率", "≥95%", "96.4%", 7, 7, ""),
            ("效益指标", "社会效益指标", "加装电梯（部）", "≥40", "42", 6, 6, ""),
            ("效益指标", "社会效益指标", "消除安全隐患（处）", "≥150", "163", 6, 6, ""),
            ("效益指标", "生态效益指标", "新增绿化面积（平方米）", "≥12000", "12600", 5, 5, ""),
            ("效益指标", "可持续影响指标", "小区长效管理机制", "健全", "基本健全", 6, 5, "部分小区物业管理未全覆盖，扣1分"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.5%", 10, 10, "")]
    assert s2(ind1, 5) == 100 and len(ind1) == 13
    total1 = s2(ind1, 6)
    assert total1 == 98.2, total1
    g1 = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total1, 100, grade(total1),
                           budget(ib1, ab1, eb1, rate1), [], grows(ind1)), proj1, unit1)
    # PLANT GOAL_LABELS: the 预期目标 cell numbers its goals 目标1, 目标2, 目标4 (no 目标3); 实际完成情况 目标1–目标3
    goal1 = ("目标1：完成28个城镇老旧小区改造，惠及居民4200户以上；目标2：改造供排水管网18公里，工程验收合格率100%；目标4：加装"
             "电梯40部，新增绿化12000平方米，居民满意度90%以上。")
    done1 = ("目标1：完成28个城镇老旧小区改造，惠及居民4356户；目标2：改造供排水管网16.2公里，工程全部验收合格；目标3：加装电梯42"
             "部，新增绿化12600平方米，居民满意度93.5%。")
    M1 = dict(dept=dept, unit=unit1, proj=proj1, ind=ind1, total=total1, srcs=srcs1, ib=ib1, ab=ab1, eb=eb1,
              rate=rate1, goal=goal1, done=done1, grade=grade(total1))
    # ---- report 2 (PDF): 燃气管道老化更新改造
    proj2, unit2 = "2024年旌阳区城镇燃气管道老化更新改造项目", "德阳市旌阳区市政设施服务中心"
    srcs2 = [("其中：中央预算内投资", 1600.00, 1600.00, 1542.80), ("区级配套资金", 400.00, 460.00, 418.35)]
    ib2, ab2, eb2 = (r2(sum(x[k] for x in srcs2)) for k in (1, 2, 3))
    rate2 = pct(eb2, ab2)
    assert (ib2, ab2, eb2, rate2) == (2000.00, 2060.00, 1961.15, 95.20), (ib2, ab2, eb2, rate2)
    fs2 = r2(rate2 / 10)
    assert fs2 == 9.52
    assert r2(eb2 / (36.8 + 49.4)) == 22.75  # 单位成本 = 全年执行数 ÷ (36.8 + 49.4) 公里 (consistent)
    ind2 = [(None, None, "年度资金总额", None, f"{rate2:.2f}%", 10, fs2, ""),
            ("产出指标", "数量指标", "更新改造市政燃气管道（公里）", "≥36", "36.8", 8, 8, ""),
            ("产出指标", "数量指标", "更新改造庭院燃气管道（公里）", "≥52", "49.4", 8, P(49.4, 52, 8),
             "部分小区施工受雨季影响顺延，按完成比例计分"),
            ("产出指标", "数量指标", "更换居民户内燃气设施（户）", "≥6500", "6820", 6, 6, ""),
            # PLANT RATE_OVER_ZERO_BASE: a growth rate over a zero base (the row's own reason: no 监测点位 at the end of 2023)
            ("产出指标", "数量指标", "燃气管网智能监测点位增长率", "≥50%", "100%", 6, 6, "2023年末无智能监测点位，2024年新建126个"),
            ("产出指标", "质量指标", "管道焊口无损检测合格率", "100%", "100%", 8, 8, ""),
            ("产出指标", "时效指标", "工程按期完工率", "≥95%", "96.2%", 6, 6, ""),
            ("产出指标", "成本指标", "管道更新改造单位成本（万元/公里）", "≤25", "22.75", 8, 8, ""),
            ("效益指标", "社会效益指标", "燃气安全事故（起）", "0", "0", 8, 8, ""),
            ("效益指标", "社会效益指标", "老化管道隐患消除率", "≥95%", "97.1%", 8, 8, ""),
            ("效益指标", "经济效益指标", "减少燃气泄漏损失（万立方米）", "≥15", "16.3", 7, 7, ""),
            ("效益指标", "可持续影响指标", "管网运行维护机制", "健全", "健全", 7, 7, ""),
            ("满意度指标", "服务对象满意度指标", "用户满意度", "≥95%", "93.1%", 10, P(93.1, 95, 10),
             "部分用户对施工期间停气时间较长有意见")]
    assert s2(ind2, 5) == 100 and len(ind2) == 13
    total2 = s2(ind2, 6)
    assert total2 == 98.92, total2
    g2 = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total2, 100, None,
                           budget(ib2, ab2, eb2, rate2), [], grows(ind2)), proj2, unit2)
    goal2 = ("目标1：更新改造市政燃气管道36公里、庭院燃气管道52公里；目标2：更换居民户内燃气设施6500户，管道焊口无损检测合格率"
             "100%；目标3：不发生燃气安全事故，用户满意度95%以上。")
    done2 = ("目标1：更新改造市政燃气管道36.8公里、庭院燃气管道49.4公里；目标2：更换居民户内燃气设施6820户，焊口无损检测合格率"
             "100%；目标3：全年未发生燃气安全事故，用户满意度93.1%。")
    M2 = dict(dept=dept, unit=unit2, proj=proj2, ind=ind2, total=total2, srcs=srcs2, ib=ib2, ab=ab2, eb=eb2,
              rate=rate2, goal=goal2, done=done2, grade=None)
    folder = "旌阳区住建局2024年度项目支出绩效自评表"
    entries = [(folder + "/", None), (folder + "/说明.txt", "txt"),
               (folder + "/1.2024年旌阳区城镇老旧小区改造项目支出绩效自评表.docx", "docx"),
               (folder + "/2.2024年旌阳区城镇燃气管道老化更新改造项目支出绩效自评表（盖章）.pdf", "pdf")]
    meta = dict(dept=dept, M1=M1, M2=M2, entries=entries)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 3,150.00 | 3,240.00 | 3,056.16 | 10 | 94.33% | 10", "10",
             fmt(fs1_true), "HIGH", "ERROR",
             f"report 1 of 2 ({proj1}, the DOCX): the 说明's rule (年度资金总额得分＝执行率×分值) gives 94.33% × 10 = 9.43, the "
             "fund line prints full 10; the 总分 98.2 adds the printed 10 (97.63 with 9.43)"),
           F("GOAL_LABELS", "年度总体目标", "预期目标：目标1：… 目标2：… 目标4：… / 实际完成情况：目标1：… 目标2：… 目标3：…",
             "目标1, 目标2, 目标4", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             f"report 1 of 2 ({proj1}, the DOCX): the 预期目标 cell numbers its three goals 目标1, 目标2, 目标4 (no 目标3); the "
             "实际完成情况 cell reports on 目标1–目标3, its 目标3 answering the 预期's 目标4 (电梯, 绿化, 满意度)"),
           F("RATE_OVER_ZERO_BASE", "燃气管网智能监测点位增长率",
             "燃气管网智能监测点位增长率 | ≥50% | 100% | 6 | 6 | 2023年末无智能监测点位，2024年新建126个", "100%",
             "— (base 0)", "HIGH", "WARNING",
             f"report 2 of 2 ({proj2}, the PDF): the row's own 偏差原因 says there were no 监测点位 at the end of 2023, so a "
             "growth rate over 2023 is undefined (126 new points over 0); the printed 100% and the full 6 rest on no "
             "measurable rate")]
    return {"stem": "h270_jingyang_zhujian", "format": "zip", "write": write270, "meta": meta, "gold": [g1, g2],
            "findings": fnd,
            "traps": ["the file is a ZIP attachment (附件.zip as the portal offers it): one folder "
                      "“旌阳区住建局2024年度项目支出绩效自评表/” (a directory entry) holding 说明.txt (a cover note, not a "
                      "report), 1.…老旧小区改造….docx and 2.…燃气管道老化更新改造…（盖章）.pdf: two reports, in entry order; "
                      "entry names are UTF-8 with the zip's UTF-8 flag (general purpose bit 11) set, dates fixed",
                      "report 1 (DOCX, one Word table): the fund block's 其中 lines (中央 2,150.00 + 省级 480.00 + 区级 610.00 = "
                      "3,240.00; 执行 2,088.60 + 455.20 + 512.36 = 3,056.16; rates 97.14%, 94.83%, 83.99% right) carry no "
                      "分值/得分 and are not gold budget parts; 执行率 3,056.16 ÷ 3,240.00 = 94.33% (right); 年初 3,150.00 < 全年 "
                      "3,240.00 (追加); 改造老旧小区 28 vs ≥28 (met exactly); 户均改造成本 0.70 vs ≤0.75 (a ceiling, met; "
                      "3,056.16 ÷ 4356 = 0.70; 万元/户 in the name, not a budget figure); 改造供排水管网 8 × 16.2 ÷ 18 = 7.2 "
                      "(printed proportion rule); 小区长效管理机制 −1 with a reason (judgement); 自评等级 优",
                      "report 2 (PDF, reportlab, ruled): 其中 lines (中央预算内 1,600.00 + 区级 460.00 = 2,060.00; 执行 "
                      "1,542.80 + 418.35 = 1,961.15; rates 96.43% and 90.95% right); 执行率 95.20% × 10 = 9.52 (right); 年初 "
                      "2,000.00 < 全年 2,060.00; 燃气安全事故 0 vs 0; 管道更新改造单位成本 22.75 vs ≤25 (a ceiling, met; "
                      "1,961.15 ÷ 86.2 公里 = 22.75); 更新改造庭院燃气管道 8 × 49.4 ÷ 52 = 7.6 and 用户满意度 10 × 93.1 ÷ 95 = "
                      "9.8 (printed proportion rule); no grade is printed on report 2 (gold grade null)",
                      "both 总分s (98.2 and 98.92) = their printed rows; the two forms share the 主管部门 but not the 实施单位; "
                      "说明.txt names the two forms and a phone number: no figures of the reports"]}


def write270(rep, path):
    """The ZIP: a directory entry, 说明.txt (UTF-8, CRLF), the DOCX (python-docx, normalised) and the PDF (reportlab);
    every entry dated FIXED_ZIP, “made by” MS-DOS 2.0 with DOS attributes (as a portal's Java ZipOutputStream writes its
    附件.zip), names UTF-8 (zipfile sets the UTF-8 flag, bit 11, for non-ASCII names)."""
    M = rep["meta"]
    work = tempfile.mkdtemp(prefix="h270_")
    try:
        d = os.path.join(work, "r1.docx")
        write270_docx(M["M1"], d)
        with open(d, "rb") as f:
            docx_bytes = f.read()
        p = os.path.join(work, "r2.pdf")
        draw270_pdf(M["M2"], p)
        with open(p, "rb") as f:
            pdf_bytes = f.read()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    note = ("附件说明\r\n\r\n本压缩包为德阳市旌阳区住房和城乡建设局2024年度项目支出绩效自评表，共2份：\r\n"
            "1.2024年旌阳区城镇老旧小区改造项目支出绩效自评表（Word版）；\r\n"
            "2.2024年旌阳区城镇燃气管道老化更新改造项目支出绩效自评表（盖章PDF版）。\r\n\r\n"
            "如有疑问，请与区住建局计划财务股联系，联系电话：0838-22×××××。\r\n")
    data = {"txt": note.encode("utf-8"), "docx": docx_bytes, "pdf": pdf_bytes}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, kind in M["entries"]:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
            zi.create_system, zi.create_version = 0, 20  # “made by” MS-DOS, 2.0: as a Java ZipOutputStream writes
            if kind is None:
                zi.external_attr = 0x10
                zi.compress_type = zipfile.ZIP_STORED
                z.writestr(zi, b"")
            else:
                zi.external_attr = 0x20
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data[kind])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write270_docx(M, path):
    """python-docx: the form as one Word table (9 columns, merged cells), the 说明 and the 填报人 line below."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = new_doc()
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", size=12, center=True, after=4)
    q = para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　金额单位：万元", size=10, after=4)
    q.paragraph_format.space_before = Pt(0)
    spec, nrows = form_spec(M)
    widths = [13, 19, 19, 25, 19, 19, 15, 13, 28]
    assert sum(widths) == 170
    t = grid(doc, nrows, widths)
    for r, k, rs, cs, text, al, b in spec:
        cell = t.cell(r, k)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
        cell_put(cell, text, 8, b, al)
    para(doc, "", after=2)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
              "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填报人：何××　　　联系电话：0838-22×××××　　　填报日期：2025年4月18日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    H.A.normalize_zip(path)


def draw270_pdf(M, path):
    """reportlab, STSong-Light, A4 portrait: the form as a ruled grid (every cell a stroked box), title, 说明, 填报人 and the
    unit's seal drawn as a red ring and star without text (the “（盖章）” copy)."""
    from reportlab.lib.pagesizes import A4
    c = new_canvas(path, A4)
    W, Hh = A4
    L = 36
    c.setFont(FONT, 16)
    for dx in (0, 0.35):
        c.drawCentredString(W / 2 + dx, Hh - 52, "项目支出绩效自评表")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, Hh - 70, "（2024年度）")
    c.setFont(FONT, 9.5)
    c.drawString(L, Hh - 90, f"填报单位（盖章）：{M['dept']}")
    c.drawRightString(W - L, Hh - 90, "金额单位：万元")
    spec, nrows = form_spec(M)
    cols = [34, 44, 50, 92, 50, 50, 30, 34, 0]
    cols[8] = (W - 2 * L) - sum(cols[:8])
    size, lead = 7.5, 9.6
    hts = heights_for(spec, cols, nrows, size, lead, 17, 6)
    c.setLineWidth(0.6)
    y = rl_cells(c, L, Hh - 96, cols, hts, spec, size, lead)
    c.setFont(FONT, 8)
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
            "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明。")
    for j, ln in enumerate(wrap(note, W - 2 * L, 8)):
        c.drawString(L, y - 14 - j * 11, ln)
    c.setFont(FONT, 9.5)
    c.drawRightString(W - L, y - 50, "填报人：钟××　　　联系电话：0838-22×××××　　　填报日期：2025年4月18日")
    assert y - 50 > 40, y
    # the seal of the “（盖章）” copy: a red ring and star over the 填报单位 line (no text)
    import math
    c.setStrokeColorRGB(0.86, 0.1, 0.12)
    c.setFillColorRGB(0.86, 0.1, 0.12)
    cx, cy, rr = L + 150, Hh - 84, 30
    c.setLineWidth(2.2)
    c.circle(cx, cy, rr, stroke=1, fill=0)
    pts = [(cx + 9 * math.cos(math.pi / 2 + k * 4 * math.pi / 5), cy + 9 * math.sin(math.pi / 2 + k * 4 * math.pi / 5))
           for k in range(5)]
    pa = c.beginPath()
    pa.moveTo(*pts[0])
    for q in pts[1:]:
        pa.lineTo(*q)
    pa.close()
    c.drawPath(pa, stroke=0, fill=1, fillMode=1)
    c.showPage()
    c.save()


ALL.append(h270())



# ============================================================ h271 围场满族蒙古族自治县林业和草原局 (DOCX saved as Strict Open XML)

def h271():
    dept = "围场满族蒙古族自治县林业和草原局"
    unit = "围场满族蒙古族自治县林业和草原综合服务中心"
    proj = "2024年围场县森林草原防火能力提升项目"
    srcs = [("其中：中央财政资金", 860.00, 860.00, 842.50), ("省级财政资金", 240.00, 240.00, 231.60),
            ("县级财政资金", 100.00, 130.00, 118.90)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (1200.00, 1230.00, 1193.00, 96.99), (ib, ab, eb, rate)
    fs = r2(rate / 10)
    assert fs == 9.7
    eq_true = P(298, 320, 8)
    assert eq_true == 7.45
    belt_row, belt_text = "156", "165"  # PLANT SAME_FIGURE_DIFFERS: the row's 156 公里, the 实际完成情况 cell's 165公里
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, ""),
           ("产出指标", "数量指标", "新建生物防火隔离带（公里）", "≥150", belt_row, 8, 8, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 298 against ≥320, full 8 (the 说明's rule gives 8 × 298 ÷ 320 = 7.45)
           ("产出指标", "数量指标", "购置森林消防专业装备（台套）", "≥320", "298", 8, 8, ""),
           ("产出指标", "数量指标", "建设林火视频监控点（个）", "≥24", "24", 6, 6, ""),
           ("产出指标", "数量指标", "开展防火宣传培训（场次）", "≥60", "68", 5, 5, ""),
           ("产出指标", "质量指标", "隔离带建设验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "林火视频监控覆盖率", "≥85%", "86.5%", 5, 5, ""),
           ("产出指标", "时效指标", "装备采购完成时间", "2024年9月底前", "2024年8月完成", 5, 5, ""),
           ("产出指标", "成本指标", "生物防火隔离带建设单价（万元/公里）", "≤2.2", "2.15", 5, 5, ""),
           ("效益指标", "社会效益指标", "森林草原火灾受害率", "≤0.9‰", "0.12‰", 7, 7, ""),
           ("效益指标", "社会效益指标", "火情早期发现率", "≥90%", "87.6%", 7, P(87.6, 90, 7), "部分监控点位受山体遮挡，存在监测盲区"),
           ("效益指标", "生态效益指标", "森林覆盖率", "≥61.5%", "61.8%", 8, 8, ""),
           ("效益指标", "可持续影响指标", "森林草原防火长效机制", "健全", "基本健全", 8, 7,
            "专业扑火队伍值守经费保障机制有待完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "94.3%", 10, 10, "")]
    weights = s2(ind, 5)
    assert weights == 98 and len(ind) == 14, weights  # PLANT WEIGHTS_VS_FULL_MARK: the 分值 add to 98, the 总分 row says 100
    total = s2(ind, 6)
    assert total == 96.51, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    goal = ("目标1：新建生物防火隔离带150公里，购置森林消防专业装备320台套，建设林火视频监控点24个；目标2：隔离带建设验收合格率"
            "100%，林火视频监控覆盖率85%以上；目标3：森林草原火灾受害率控制在0.9‰以内，林区群众满意度90%以上。")
    done = (f"目标1：新建生物防火隔离带{belt_text}公里，购置森林消防专业装备298台套，建设林火视频监控点24个；目标2：隔离带全部验收"
            "合格，林火视频监控覆盖率86.5%；目标3：森林草原火灾受害率0.12‰，林区群众满意度94.3%。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate,
                goal=goal, done=done, grade=grade(total))
    fnd = [F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", "100", fmt(weights), "HIGH", "ERROR",
             "the 分值 of the fund line (10) and the 13 indicator rows add to 98 (产出 48, 效益 30, 满意度 10), the 总分 row "
             "states 100; no single row is identifiably short; the 总分 96.51 = the rows"),
           F("TARGET_MISSED_FULL_MARKS", "购置森林消防专业装备（台套）", "购置森林消防专业装备（台套） | ≥320 | 298 | 8 | 8 |", "8",
             "< 8", "HIGH", "WARNING",
             f"298 against ≥320, full marks and an empty 偏差原因 cell; the form's 说明 (定量指标未达到年度指标值的按“实际完成值÷"
             f"年度指标值×分值”计分) gives 8 × 298 ÷ 320 = {fmt(eq_true)}; the 实际完成情况 cell also says 298台套"),
           F("SAME_FIGURE_DIFFERS", "新建生物防火隔离带（公里）",
             f"实际完成情况：目标1：新建生物防火隔离带{belt_text}公里… / 新建生物防火隔离带（公里） | ≥150 | {belt_row} | 8 | 8",
             f"{belt_text}公里", f"{belt_row}公里", "HIGH", "WARNING",
             "the 年度总体目标 实际完成情况 cell states 165 公里 of 隔离带, the indicator row 156 (digits swapped): one is "
             "misprinted; both meet ≥150, so the row's 8 holds either way")]
    return {"stem": "h271_weichang_linye", "format": "docx", "write": write271, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the DOCX is saved as “Strict Open XML Document” (ISO/IEC 29500 Strict): every WordprocessingML "
                      "element is in http://purl.oclc.org/ooxml/wordprocessingml/main, r: in "
                      "http://purl.oclc.org/ooxml/officeDocument/relationships, the relationship types (officeDocument, "
                      "styles, settings, webSettings, fontTable, theme, numbering, extendedProperties) under "
                      "http://purl.oclc.org/ooxml/officeDocument/relationships/, DrawingML (theme) under "
                      "http://purl.oclc.org/ooxml/drawingml/main, w:document carries w:conformance=\"strict\"; Strict's "
                      "value forms: w:jc start/end, table margins and borders w:start/w:end, w:ind w:start, theme "
                      "percentages “75%”; the package layout ([Content_Types].xml, _rels/.rels, word/document.xml …) and the "
                      "content types are the usual ones; one Word table (the form), merged cells by gridSpan / vMerge",
                      "the fund block's 其中 lines (中央 860.00 + 省级 240.00 + 县级 130.00 = 1,230.00; 执行 842.50 + 231.60 + "
                      "118.90 = 1,193.00; rates 97.97%, 96.50%, 91.46% right) carry no 分值/得分 and are not gold budget "
                      "parts; 执行率 1,193.00 ÷ 1,230.00 = 96.99% × 10 = 9.7 (right, the 说明's rule); 年初 1,200.00 < 全年 "
                      "1,230.00 (追加)",
                      "建设林火视频监控点 24 vs ≥24 (met exactly); 装备采购完成时间 2024年8月 vs 9月底前 (met); 生物防火隔离带"
                      "建设单价 2.15 vs ≤2.2 (a ceiling, met; 万元/公里 in the name, not a budget figure); 森林草原火灾受害率 "
                      "0.12‰ vs ≤0.9‰ (a ceiling, met); 火情早期发现率 7 × 87.6 ÷ 90 = 6.81 (printed proportion rule); "
                      "森林草原防火长效机制 −1 with a reason (judgement)",
                      "总分 96.51 = the printed rows; 自评等级 优 (96.51 ≥ 90); the goal cells' other figures (298台套, 24个, "
                      "86.5%, 0.12‰, 94.3%) agree with the rows"]}


# transitional → Strict (ISO/IEC 29500-1 Strict conformance class): namespaces and relationship types
STRICT_NS = [("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
             ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
              "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
             ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              "http://purl.oclc.org/ooxml/officeDocument/relationships"),
             ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"),
             ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
              "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
             ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
              "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
             ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
             ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
              "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
             ("http://schemas.openxmlformats.org/drawingml/2006/picture", "http://purl.oclc.org/ooxml/drawingml/picture"),
             ("http://schemas.openxmlformats.org/schemaLibrary/2006/main", "http://purl.oclc.org/ooxml/schemaLibrary/main")]
WS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
DS = "http://purl.oclc.org/ooxml/drawingml/main"


def to_strict(src, dest):
    """Rewrites a python-docx package as Word's “Strict Open XML Document” writes it: the parts Word would not write for
    Strict dropped (stylesWithEffects, customXml, the thumbnail), every transitional namespace and relationship type
    replaced by its Strict one, w:conformance="strict" on w:document, Strict's value forms (w:jc and w:tab start/end, w:ind
    w:start/w:end, table cell margins and borders w:start/w:end, no w:tblLook/@w:val, the VML shape defaults
    dropped, DrawingML percentages as “n%”), unused namespace declarations removed; [Content_Types].xml first, fixed
    dates."""
    from lxml import etree
    drop = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg")
    with zipfile.ZipFile(src) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    parts = [(n, b) for n, b in parts if n not in drop and not n.startswith("customXml/")]
    w = "{%s}" % WS
    pct_el = {"tint", "shade", "alpha", "alphaOff", "alphaMod", "hueMod", "sat", "satOff", "satMod", "lum", "lumOff",
              "lumMod", "red", "redOff", "redMod", "green", "greenOff", "greenMod", "blue", "blueOff", "blueMod"}
    out = []
    for name, data in parts:
        if not (name.endswith(".xml") or name.endswith(".rels")):
            out.append((name, data))
            continue
        for a, b in STRICT_NS:
            data = data.replace(a.encode(), b.encode())
        root = etree.fromstring(data)
        if name.endswith(".rels"):
            for rel in list(root):
                t = rel.get("Target")
                if t.endswith("stylesWithEffects.xml") or "customXml" in t or t.endswith("thumbnail.jpeg"):
                    root.remove(rel)
        elif name == "[Content_Types].xml":
            for ov in list(root):
                pn = ov.get("PartName") or ""
                if pn.startswith("/customXml/") or pn == "/word/stylesWithEffects.xml" or ov.get("Extension") == "jpeg":
                    root.remove(ov)
        elif name.startswith("word/"):
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                loc = etree.QName(el).localname
                if el.tag in (w + "jc", w + "lvlJc", w + "tab"):
                    v = el.get(w + "val")
                    el.set(w + "val", {"left": "start", "right": "end"}.get(v, v))
                elif el.tag == w + "ind":
                    for a, b in (("left", "start"), ("right", "end"), ("leftChars", "startChars"),
                                 ("rightChars", "endChars")):
                        if el.get(w + a) is not None:
                            el.set(w + b, el.get(w + a))
                            del el.attrib[w + a]
                elif el.tag in (w + "left", w + "right") and etree.QName(el.getparent()).localname in (
                        "tblCellMar", "tcMar", "tblBorders", "tcBorders"):
                    el.tag = w + ("start" if loc == "left" else "end")
                elif el.tag == w + "tblLook" and el.get(w + "val") is not None:
                    del el.attrib[w + "val"]
                elif el.tag == w + "compatSetting" and el.get(w + "name") == "compatibilityMode":
                    el.set(w + "val", "15")
                elif el.tag == w + "themeFontLang":
                    el.set(w + "eastAsia", "zh-CN")
                if el.get(w + "val") in ("on", "off"):
                    el.set(w + "val", {"on": "true", "off": "false"}[el.get(w + "val")])
            for sd in root.iter(w + "shapeDefaults"):
                sd.getparent().remove(sd)
            if root.tag == w + "document":
                root.set(w + "conformance", "strict")
            for el in root.iter("{%s}*" % DS):
                loc = etree.QName(el).localname
                keys = ["val"] if loc in pct_el else ["pos"] if loc == "gs" else (
                    ["l", "t", "r", "b"] if loc in ("fillToRect", "tileRect", "fillRect", "srcRect") else [])
                for k in keys:
                    v = el.get(k)
                    if v is not None and not v.endswith("%"):
                        el.set(k, f"{int(v) / 1000:g}%")
        elif name == "docProps/app.xml":
            ns = "{http://purl.oclc.org/ooxml/officeDocument/extendedProperties}"
            for el in root:
                if el.tag == ns + "Application":
                    el.text = "Microsoft Office Word"
                elif el.tag == ns + "AppVersion":
                    el.text = "16.0000"
        ign = (root.get("{http://schemas.openxmlformats.org/markup-compatibility/2006}Ignorable") or "").split()
        etree.cleanup_namespaces(root, keep_ns_prefixes=ign + ["mc"] if ign else None)
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        out.append((name, data))
    out.sort(key=lambda x: x[0] != "[Content_Types].xml")
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=H.A.FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write271(rep, path):
    """python-docx (title, 填报单位 line, the form as one 9-column Word table, 说明, 填报人), then to_strict."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    M = rep["meta"]
    doc = new_doc()
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", size=12, center=True, after=4)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　金额单位：万元", size=10, after=4)
    spec, nrows = form_spec(M)
    widths = [13, 19, 19, 25, 19, 19, 15, 13, 28]
    assert sum(widths) == 170
    t = grid(doc, nrows, widths)
    for r, k, rs, cs, text, al, b in spec:
        cell = t.cell(r, k)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
        cell_put(cell, text, 8, b, al)
    para(doc, "", after=2)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
              "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填报人：孙××　　　联系电话：0314-76×××××　　　填报日期：2025年3月31日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    work = tempfile.mkdtemp(prefix="h271_")
    try:
        tmp = os.path.join(work, "t.docx")
        doc.save(tmp)
        to_strict(tmp, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


ALL.append(h271())



# ============================================================ h272 白银市医疗保障局 (PDF with a GARBLED text layer, 部门整体 form)

def h272():
    dept = "白银市医疗保障局"
    ib_b, ab_b, eb_b = 1356.20, 1402.85, 1398.61
    ib_p, ab_p, eb_p = 2218.60, 2957.40, 2763.92
    ab, eb = r2(ab_b + ab_p), r2(eb_b + eb_p)
    ib_true = r2(ib_b + ib_p)
    assert (ib_true, ab, eb) == (3574.80, 4360.25, 4162.53)
    ib = 3647.80  # PLANT BREAKDOWN_SUM: 年初预算数 合计 3,647.80; 基本 1,356.20 + 项目 2,218.60 = 3,574.80
    rate = pct(eb, ab)
    assert rate == 95.47 and (pct(eb_b, ab_b), pct(eb_p, ab_p)) == (99.70, 93.46)
    rate_formula = 95.74  # PLANT FORMULA: the 注's formula 4,162.53 ÷ 4,360.25 × 100% = 95.47%, it prints 95.74%
    bs = r2(rate * 10 / 100)
    assert bs == 9.55
    cb_true = P(93.2, 95, 6)
    assert cb_true == 5.89
    cb = 5  # PLANT RULE_SCORE: the 说明's proportion rule gives 6 × 93.2 ÷ 95 = 5.89; the row prints 5
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "95.8%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.3%", 3, 3, ""),
           ("决策", "预算配置", "重点支出安排率", "≥60%", "71.2%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分医疗救助资金结转下年使用"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分办公设备未及时登记入账，扣0.5分"),
           ("产出", "数量指标", "基本医疗保险参保率", "≥95%", "93.2%", 6, cb, "部分灵活就业人员及外出务工人员未参保"),
           ("产出", "数量指标", "定点医药机构监督检查覆盖率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "医疗救助（人次）", "≥18000", "18436", 6, 6, ""),
           ("产出", "质量指标", "违规使用医保基金追回率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "跨省异地就医直接结算率", "≥75%", "78.6%", 5, 5, ""),
           ("产出", "时效指标", "医保待遇按时支付率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "住院费用政策范围内报销比例", "≥70%", "71.3%", 8, 8, ""),
           ("效益", "社会效益", "困难群众参保资助率", "100%", "100%", 7, 7, ""),
           ("效益", "可持续影响", "医保基金监管长效机制", "健全", "基本健全", 5, 4, "智能监控规则库有待完善，扣1分"),
           ("效益", "满意度", "参保群众满意度", "≥90%", "88.2%", 10, P(88.2, 90, 10), "部分群众对异地备案流程反映较多")]
    assert s2(ind, 5) == 100 and len(ind) == 19
    total = s2(ind, 6)
    assert total == 96.85, total
    g = gold(None, dept, 2024, "PREFECTURAL", "甘肃省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    goal = ("巩固基本医疗保险参保覆盖面，基本医疗保险参保率95%以上；实施医疗救助18000人次以上；定点医药机构监督检查全覆盖，违规"
            "使用的医保基金全部追回；住院费用政策范围内报销比例70%以上；参保群众满意度90%以上。")
    done = ("基本医疗保险参保率93.2%；实施医疗救助18436人次；完成定点医药机构监督检查全覆盖，违规使用医保基金全部追回；跨省异地"
            "就医直接结算率78.6%；住院费用政策范围内报销比例71.3%；参保群众满意度88.2%。")
    meta = dict(dept=dept, ind=ind, total=total, ib=ib, ab=ab, eb=eb, rate=rate, rate_formula=rate_formula,
                b=(ib_b, ab_b, eb_b), p=(ib_p, ab_p, eb_p), goal=goal, done=done)
    fnd = [F("FORMULA", "预算执行率",
             f"预算执行率＝全年执行数÷全年预算数×100%＝{m2(eb)}÷{m2(ab)}×100%＝{rate_formula:.2f}%", f"{rate_formula:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             "the 注 under the budget table works the formula to 95.74%; 4,162.53 ÷ 4,360.25 = 95.47% (digits swapped), "
             "which the table's 合计 row prints and the 预算执行率 row scores on (95.47% × 10 = 9.55)"),
           F("BREAKDOWN_SUM", "年初预算数", "合计 | 3,647.80 | 4,360.25 | 4,162.53 … 基本支出 | 1,356.20 … 项目支出 | 2,218.60",
             m2(ib), m2(ib_true), "HIGH", "ERROR",
             "基本 1,356.20 + 项目 2,218.60 = 3,574.80, the 合计 prints 3,647.80 (73.00 over); the 全年 (1,402.85 + 2,957.40 = "
             "4,360.25) and 执行 (1,398.61 + 2,763.92 = 4,162.53) columns add up"),
           F("RULE_SCORE", "基本医疗保险参保率",
             "基本医疗保险参保率 | ≥95% | 93.2% | 6 | 5 | 部分灵活就业人员及外出务工人员未参保", "5", fmt(cb_true), "HIGH", "ERROR",
             "the 说明's rule (定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分) gives 6 × 93.2 ÷ 95 = 5.89; the "
             "row scores 5; the 合计 96.85 adds the printed 5 (97.74 with 5.89)")]
    return {"stem": "h272_baiyin_yibao", "format": "pdf", "write": write272, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF's TEXT LAYER IS GARBLED (“复制出来是乱码”): the page is ordinary vector text in embedded subset "
                      "fonts (LibreOffice's Type 1 subsets of Noto Serif CJK SC, one per weight: Bold 66 glyphs, Regular "
                      "240; glyph names /cidNNNNN, codes 1, 2, 3 … in order of first use) whose /ToUnicode CMaps were removed: the page LOOKS perfect, "
                      "text extraction gives control characters and ASCII punctuation (no CJK character; digits only by "
                      "accident, not the report's); the report must be read from the rendered page (OCR), the gold is what "
                      "the page shows",
                      "budget table: 全年 1,402.85 + 2,957.40 = 4,360.25 and 执行 1,398.61 + 2,763.92 = 4,162.53 add up; 基本 "
                      "99.70%, 项目 93.46% and 合计 95.47% right; both under budget; 年初 < 全年 (追加)",
                      "预算执行率 row 95.47% × 10 = 9.55 (the 说明's rule, on the table's rate); 在职人员控制率 95.8% vs ≤100% "
                      "(a ceiling, met); “三公”经费变动率 -2.3% vs ≤0 (a decrease, met); 参保群众满意度 10 × 88.2 ÷ 90 = 9.8 "
                      "(the 说明's proportion rule); 资产管理规范性 −0.5 and 医保基金监管长效机制 −1 with reasons (judgement)",
                      "合计 96.85 = the printed rows; 自评等级 优 (96.85 ≥ 90); 二's figures (93.2%, 18436人次, 78.6%, 71.3%, "
                      "88.2%) agree with the rows"]}


SERIF = "Noto Serif CJK SC"


def write272(rep, path):
    """python-docx with every run in Noto Serif CJK SC (Normal's rFonts), LibreOffice → PDF (it embeds the font as Type 1
    subsets with /ToUnicode CMaps), then pikepdf removes every /ToUnicode (the fonts' own glyph names are cidNNNNN,
    which name no Unicode character), the /Info dictionary and the DocChecksum, and fixes the /ID."""
    import pikepdf
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    M = rep["meta"]
    ind = M["ind"]
    (ib_b, ab_b, eb_b), (ib_p, ab_p, eb_p) = M["b"], M["p"]
    doc = new_doc()
    rf = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), SERIF)
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评表", bold=True, size=16, center=True, after=6)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元", size=10, after=4)
    para(doc, "一、预算执行情况", bold=True, size=12, after=2)
    bud = [("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"),
           ("合计", m2(M["ib"]), m2(M["ab"]), m2(M["eb"]), f"{M['rate']:.2f}%"),
           ("其中：基本支出", m2(ib_b), m2(ab_b), m2(eb_b), f"{pct(eb_b, ab_b):.2f}%"),
           ("项目支出", m2(ib_p), m2(ab_p), m2(eb_p), f"{pct(eb_p, ab_p):.2f}%")]
    t = grid(doc, len(bud), [38, 33, 33, 33, 33])
    for r, row_ in enumerate(bud):
        for k, v in enumerate(row_):
            cell_put(t.cell(r, k), v, 9.5, r == 0, "c" if r == 0 or k in (0, 4) else "r")
    para(doc, f"注：预算执行率＝全年执行数÷全年预算数×100%＝{m2(M['eb'])}÷{m2(M['ab'])}×100%＝{M['rate_formula']:.2f}%。",
         size=9.5, after=6)
    para(doc, "二、年度总体目标完成情况", bold=True, size=12, after=2)
    t = grid(doc, 2, [30, 140])
    for r, (lab, txt) in enumerate([("年度目标", M["goal"]), ("实际完成情况", M["done"])]):
        cell_put(t.cell(r, 0), lab, 9.5, True)
        cell_put(t.cell(r, 1), txt, 9.5, False, "l")
    para(doc, "", after=2)
    para(doc, "三、绩效指标完成情况", bold=True, size=12, after=2)
    widths = [14, 17, 35, 19, 19, 12, 14, 40]
    t = grid(doc, len(ind) + 3, widths)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]):
        cell_put(t.cell(0, k), h, 9, True)
    for i, x in enumerate(ind, 1):
        for k, v in ((2, x[2]), (3, x[3]), (4, x[4]), (5, fmt(x[5])), (6, fmt(x[6])), (7, x[7])):
            cell_put(t.cell(i, k), v, 9, False, "l" if k in (2, 7) else "c")
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(1 + a, col).merge(t.cell(1 + b, col))
            cell_put(cell, ind[a][col], 9)
    n = len(ind) + 1
    cell_put(t.cell(n, 0).merge(t.cell(n, 4)), "合计", 9, True)
    cell_put(t.cell(n, 5), "100", 9, True)
    cell_put(t.cell(n, 6), fmt(M["total"]), 9, True)
    cell_put(t.cell(n + 1, 0).merge(t.cell(n + 1, 4)), "自评等级", 9, True)
    cell_put(t.cell(n + 1, 5).merge(t.cell(n + 1, 7)), grade(M["total"]), 9, True)
    para(doc, "", after=2)
    para(doc, "说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
              "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填表人：马××　　　审核人：杨××　　　填报日期：2025年4月23日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    work = tempfile.mkdtemp(prefix="h272_")
    try:
        src = os.path.join(work, "h272.docx")
        doc.save(src)
        H.A.soffice(src, "pdf:writer_pdf_Export", work)
        pdf = pikepdf.open(os.path.join(work, "h272.pdf"))
        seen = set()
        for page in pdf.pages:
            for _, font in page.Resources.Font.items():
                if font.objgen not in seen:
                    seen.add(font.objgen)
                    assert str(font.Subtype) == "/Type1", font.Subtype  # only the CJK font's subsets, no other font
                    if "/ToUnicode" in font:
                        del font["/ToUnicode"]
        del pdf.trailer["/Info"]
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer["/DocChecksum"]
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(b"h272baiyinyibao!"), pikepdf.String(b"h272baiyinyibao!")])
        pdf.save(path, static_id=True)
        pdf.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


ALL.append(h272())



# ============================================================ h273 泰安市岱岳区商务局 (third-party 项目 评分表, PDF, cell shading only)

def h273():
    dept = "泰安市岱岳区商务局"
    unit = "泰安市岱岳区商贸流通服务中心"
    proj = "2024年岱岳区县域商业体系建设项目"
    ev = "山东泰岳项目管理咨询有限公司"
    srcs = [("其中：中央财政资金", 1500.00, 1500.00, 1436.25), ("省级财政资金", 300.00, 300.00, 291.40),
            ("区级财政资金", 200.00, 260.00, 213.47)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2000.00, 2060.00, 1941.12, 94.23), (ib, ab, eb, rate)
    rate_printed = 94.32  # PLANT EXECUTION_RATE: the fund block's 合计 执行率 94.32%; 1,941.12 ÷ 2,060.00 = 94.23%
    bs = r2(rate * 6 / 100)
    assert bs == 5.65
    prop = "达到目标值得满分，未达到按比例得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 (none printed), 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", "立项依据充分、符合政策得3分，否则酌情扣分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "", "按规定程序申报审批得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, "", "目标与项目内容相符、依据充分得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "2项指标未量化", 3, 2, "", "指标细化量化得3分，每有1项未量化扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "部分子项测算依据不足", 3, 2, "", "预算测算依据充分得3分，否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "100%得满分，否则按比例得分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 6, bs, "", "得分＝预算执行率×6"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1项列支不规范", 4, 3, "", "资金使用符合规定得4分，发现1项不合规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全得3分，否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "个别子项目验收资料不全", 3, 2.5, "", "制度执行有效得3分，否则酌情扣分"),
           ("产出", "产出数量", "改造提升乡镇商贸中心（个）", "≥6", "6", 8, 8, "", prop),
           ("产出", "产出数量", "建设村级电商服务站点（个）", "≥120", "112", 8, P(112, 120, 8), "", prop),
           ("产出", "产出数量", "新建县级物流配送中心（个）", "1", "1", 6, 6, "", "完成得满分，否则不得分"),
           ("产出", "产出质量", "项目验收合格率", "100%", "100%", 6, 6, "", "100%得满分，每低1个百分点扣1分"),
           ("产出", "产出时效", "项目按期完工率", "≥95%", "93%", 6, 4, "", "≥95%得满分，每低1个百分点扣1分"),
           ("产出", "产出成本", "建设成本控制", "不超概算", "未超概算", 6, 6, "", "未超批复概算得满分，否则不得分"),
           ("效益", "经济效益", "农村网络零售额增长率", "≥10%", "12.6%", 7, 7, "", prop),
           ("效益", "社会效益", "快递进村覆盖率", "100%", "100%", 6, 6, "", "100%得满分，否则按比例得分"),
           ("效益", "社会效益", "带动就业（人）", "≥300", "326", 6, 6, "", prop),
           ("效益", "满意度", "商户及村民满意度", "≥90%", "88%", 6, 5, "", "≥90%得满分，每低1个百分点扣0.5分")]
    assert s2(ind, 5) == 100 and len(ind) == 20
    rows_total = s2(ind, 6)
    assert rows_total == 92.62, rows_total
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: the rows and the 一级 scores add to 92.62; printed 93.62
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13, 18.15, 37.47, 24], sec
    srate = {n: pct(sc, w) for n, w, sc in sec}
    assert srate["产出"] == 93.68
    srate["产出"] = 93.86  # PLANT SCORE_RATE: the summary's 产出 得分率 93.86%; 37.47 ÷ 40 = 93.68%
    g = with_project(gold(None, dept, 2024, "COUNTY", "山东省", "THIRD_PARTY_EVALUATION", ev, total, 100, grade(total),
                          budget(ib, ab, eb, rate_printed), sec, grows(g8(ind))), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ev=ev, ind=ind, total=total, sec=sec, srate=srate, srcs=srcs, ib=ib,
                ab=ab, eb=eb, rate=rate_printed)
    fnd = [F("TOTAL_VS_ROWS", "合计", "合计 | 100 | 93.62", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             "the 评分明细's 20 rows add to 92.62 (决策 13 + 过程 18.15 + 产出 37.47 + 效益 24, the summary's own 一级 "
             "scores); both 合计 rows and the conclusion line print 93.62 (one problem, printed three times); 优 either way"),
           F("SCORE_RATE", "产出", "产出 | 40 | 37.47 | 93.86%", "93.86%", "93.68%", "HIGH", "ERROR",
             "the 一级 summary: 37.47 ÷ 40 = 93.68%, printed 93.86% (决策 86.67%, 过程 90.75%, 效益 96.00% right; the 合计 "
             "93.62% follows the printed total)"),
           F("EXECUTION_RATE", "合计", f"合计 | 2,000.00 | 2,060.00 | 1,941.12 | {rate_printed:.2f}%",
             f"{rate_printed:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             "the fund block: 1,941.12 ÷ 2,060.00 = 94.23%, printed 94.32% (digits swapped); the 评分明细's 预算执行率 row "
             "prints 94.23% and scores on it (94.23% × 6 = 5.65)")]
    return {"stem": "h273_daiyue_shangwu", "format": "pdf", "draw": draw273, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the tables have NO LINES AT ALL, ONLY CELL SHADING, as an Excel sheet with fills and no borders "
                      "prints: every cell is a filled rectangle inset 0.5 pt, so a 1 pt white gap between cells is the only "
                      "separation; header rows dark (white text), body rows banded light grey / white (the white cells "
                      "are filled white on a white page: their edges are invisible), label cells and the merged 一级 / 二级 "
                      "cells tinted, 合计 rows a darker grey; no stroke operator in any content stream; columns and rows "
                      "only by the filled boxes' positions",
                      "p. 1: 项目基本信息 block, 项目资金 block (合计 and 其中 lines), 一级指标得分汇总 (一级 | 分值 | 得分 | 得分率, "
                      "合计), 评价等级 and the conclusion line; p. 2: 评分明细 (一级 | 二级 | 三级 | 分值 | 评分标准 | 年度指标值 | "
                      "实际完成值 | 得分, 20 rows, 合计); the print header/footer (sheet name, 第 n 页 共 2 页) are not content",
                      "fund block: 其中 lines (中央 1,500.00 + 省级 300.00 + 区级 260.00 = 2,060.00; 支出 1,436.25 + 291.40 + "
                      "213.47 = 1,941.12; rates 95.75%, 97.13%, 82.10% right) are fund sources, not gold budget parts; 年初 "
                      "2,000.00 < 全年 2,060.00 (追加)",
                      "预算执行率 94.23% × 6 = 5.65 (its rule); 改造提升乡镇商贸中心 6 vs ≥6 (met exactly); 新建县级物流配送中心 1 "
                      "vs 1; 建设村级电商服务站点 8 × 112 ÷ 120 = 7.47 (its proportion rule); 项目按期完工率 93% vs ≥95%: 2 "
                      "points × 1 = −2 → 4 (its rule); 商户及村民满意度 88% vs ≥90%: 2 points × 0.5 = −1 → 5 (its rule); "
                      "绩效指标明确性 −1 (2项未量化 × 0.5, its rule), 资金使用合规性 −1 (1项, its rule); 预算编制科学性 −1 and "
                      "制度执行有效性 −0.5 (judgement, the 实际完成值 says why)",
                      "the summary's 决策 (15/13, 86.67%), 过程 (20/18.15, 90.75%) and 效益 (25/24, 96.00%) are right; the "
                      "一级 scores match the 评分明细's rows; 评价等级 优 (≥90 under the printed bands)"]}


def draw273(rep, path):
    """reportlab, STSong-Light, A4 portrait, 2 pages, as Excel prints a sheet whose cells have fills and no borders: every
    cell a filled rectangle (no stroke) inset 0.5 pt; header rows dark with white text, zebra body rows, tinted label
    and merged cells; the print header (sheet name) and footer (第 n 页，共 2 页) as Excel puts them."""
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    ind = M["ind"]
    c = new_canvas(path, A4)
    W, Hh = A4
    DARK, WHITE, BAND = (0.21, 0.33, 0.49), (1, 1, 1), (0.895, 0.905, 0.925)
    LABEL, L1, L2, SUM = (0.83, 0.87, 0.925), (0.78, 0.83, 0.90), (0.86, 0.89, 0.94), (0.74, 0.77, 0.81)

    def boxes(role):
        def box(c_, cell, xa, yb, w, h):
            c_.setFillColorRGB(*role[(cell[0], cell[1])])
            c_.rect(xa + 0.5, yb + 0.5, w - 1, h - 1, stroke=0, fill=1)

        def ink(cell):
            return WHITE if role[(cell[0], cell[1])] == DARK else (0.08, 0.08, 0.08)
        return box, ink

    def page_chrome(n):
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(FONT, 8)
        c.drawCentredString(W / 2, Hh - 24, "评分表")
        c.drawCentredString(W / 2, 22, f"第 {n} 页，共 2 页")
        c.setFillColorRGB(0, 0, 0)

    # ---- p. 1
    page_chrome(1)
    c.setFont(FONT, 15)
    t = f"{M['proj']}绩效评价评分表"
    for dx in (0, 0.35):
        c.drawCentredString(W / 2 + dx, Hh - 58, t)
    c.setFont(FONT, 9)
    c.drawString(40, Hh - 80, f"委托单位：泰安市岱岳区财政局　　评价机构：{M['ev']}")
    c.drawRightString(W - 40, Hh - 80, "金额单位：万元")
    cols = [86, 172, 86, 171]
    x0 = (W - sum(cols)) / 2
    spec = [(0, 0, 1, 4, "一、项目基本信息", "l", True),
            (1, 0, 1, 1, "项目名称", "c", True), (1, 1, 1, 3, M["proj"], "l", False),
            (2, 0, 1, 1, "主管部门", "c", True), (2, 1, 1, 1, M["dept"], "l", False),
            (2, 2, 1, 1, "实施单位", "c", True), (2, 3, 1, 1, M["unit"], "l", False),
            (3, 0, 1, 1, "评价机构", "c", True), (3, 1, 1, 1, M["ev"], "l", False),
            (3, 2, 1, 1, "评价时间", "c", True), (3, 3, 1, 1, "2025年4月—5月", "l", False)]
    role = {(0, 0): DARK}
    for r in (1, 2, 3):
        for k in (0, 2):
            role[(r, k)] = LABEL
        for k in (1, 3):
            role[(r, k)] = WHITE if r % 2 else BAND
    box, ink = boxes(role)
    hts = heights_for(spec, cols, 4, 9, 11.5, 20, 8)
    y = rl_cells(c, x0, Hh - 92, cols, hts, spec, 9, 11.5, box, ink)
    # fund block
    cols = [131, 96, 96, 96, 96]
    spec = [(0, 0, 1, 5, "二、项目资金情况", "l", True)]
    spec += [(1, k, 1, 1, h, "c", True) for k, h in enumerate(["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"])]
    role = {(0, 0): DARK}
    role.update({(1, k): DARK for k in range(5)})
    lines = [("合计", M["ib"], M["ab"], M["eb"], M["rate"])] + [(lab, a, b, e, pct(e, b)) for lab, a, b, e in M["srcs"]]
    for i, (lab, a, b, e, q) in enumerate(lines):
        r = 2 + i
        spec += [(r, 0, 1, 1, lab, "l" if i else "c", i == 0), (r, 1, 1, 1, m2(a), "r", False),
                 (r, 2, 1, 1, m2(b), "r", False), (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{q:.2f}%", "c", False)]
        role.update({(r, k): (SUM if i == 0 else BAND if i % 2 else WHITE) for k in range(5)})
    box, ink = boxes(role)
    hts = heights_for(spec, cols, 2 + len(lines), 9, 11.5, 20, 8)
    y = rl_cells(c, x0, y - 16, cols, hts, spec, 9, 11.5, box, ink)
    # 一级 summary
    cols = [171, 114, 115, 115]
    spec = [(0, 0, 1, 4, "三、一级指标得分汇总", "l", True)]
    spec += [(1, k, 1, 1, h, "c", True) for k, h in enumerate(["一级指标", "分值", "得分", "得分率"])]
    role = {(0, 0): DARK}
    role.update({(1, k): DARK for k in range(4)})
    for i, (n, w, sc) in enumerate(M["sec"]):
        r = 2 + i
        spec += [(r, 0, 1, 1, n, "c", False), (r, 1, 1, 1, fmt(w), "c", False), (r, 2, 1, 1, fmt(sc), "c", False),
                 (r, 3, 1, 1, f"{M['srate'][n]:.2f}%", "c", False)]
        role.update({(r, k): (BAND if i % 2 == 0 else WHITE) for k in range(4)})
    r = 2 + len(M["sec"])
    spec += [(r, 0, 1, 1, "合计", "c", True), (r, 1, 1, 1, "100", "c", True), (r, 2, 1, 1, fmt(M["total"]), "c", True),
             (r, 3, 1, 1, f"{M['total']:.2f}%", "c", True),
             (r + 1, 0, 1, 1, "评价等级", "c", True), (r + 1, 1, 1, 3, grade(M["total"]), "c", True)]
    role.update({(r, k): SUM for k in range(4)})
    role.update({(r + 1, 0): LABEL, (r + 1, 1): WHITE})
    box, ink = boxes(role)
    hts = heights_for(spec, cols, r + 2, 9, 11.5, 20, 8)
    y = rl_cells(c, x0, y - 16, cols, hts, spec, 9, 11.5, box, ink)
    c.setFont(FONT, 9.5)
    text = (f"评价结论：经评价，{M['proj']}综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。评分标准："
            f"{BANDS}评分明细见第2页。")
    for j, ln in enumerate(wrap(text, sum(cols), 9.5)):
        c.drawString(x0, y - 22 - j * 15, ln)
    c.drawRightString(x0 + sum(cols), y - 22 - 3 * 15 - 14, f"{M['ev']}　2025年5月20日")
    c.showPage()
    # ---- p. 2 评分明细
    page_chrome(2)
    c.setFont(FONT, 12)
    for dx in (0, 0.3):
        c.drawCentredString(W / 2 + dx, Hh - 52, "四、评分明细")
    cols = [34, 42, 100, 26, 160, 52, 72, 30]
    x0 = (W - sum(cols)) / 2
    head = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(head)]
    role = {(0, k): DARK for k in range(8)}
    for i, x in enumerate(ind, 1):
        spec += [(i, 2, 1, 1, x[2], "l", False), (i, 3, 1, 1, fmt(x[5]), "c", False), (i, 4, 1, 1, x[8], "l", False),
                 (i, 5, 1, 1, x[3], "c", False), (i, 6, 1, 1, x[4], "c", False), (i, 7, 1, 1, fmt(x[6]), "c", False)]
        role.update({(i, k): (BAND if i % 2 else WHITE) for k in range(2, 8)})
    for col in (0, 1):
        for a, b in spans(ind, col):
            spec.append((1 + a, col, b - a + 1, 1, ind[a][col], "c", col == 0))
            role[(1 + a, col)] = L1 if col == 0 else L2
    n = len(ind) + 1
    spec += [(n, 0, 1, 3, "合计", "c", True), (n, 3, 1, 1, "100", "c", True), (n, 4, 1, 3, "", "c", False),
             (n, 7, 1, 1, fmt(M["total"]), "c", True)]
    role.update({(n, k): SUM for k in (0, 3, 4, 7)})
    box, ink = boxes(role)
    hts = heights_for(spec, cols, n + 1, 8, 10.2, 19, 7)
    y = rl_cells(c, x0, Hh - 66, cols, hts, spec, 8, 10.2, box, ink)
    assert y > 50, y
    c.setFont(FONT, 8.5)
    c.drawString(x0, y - 16, "注：定量指标按各行评分标准计分；定性指标由评价组根据核查情况酌情扣分。")
    c.showPage()
    c.save()


ALL.append(h273())


def main(argv):
    round_main(argv, ALL, "43")


if __name__ == "__main__":
    main(sys.argv[1:])
