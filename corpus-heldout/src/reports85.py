#!/usr/bin/python3
"""Round 85 (h479–h483): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus85 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports85.py [h479 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports85.py --drop         # drop each planted finding in turn
(python-docx, openpyxl, reportlab):
h479 a 国有资本经营预算 项目支出绩效自评表 (资金性质 / 支出功能分类 lines, 国有资本经营预算资金 + 企业自筹 sources, an
     企业 as 实施单位, 国有资本保值增值率), XLSX (磐安县, 金华市);
h480 a 经济开发区管理委员会 (a development zone's administrative committee) as a budget department: its 部门整体 自评表 with a
     评分标准 column on the county portal, HTML (旺苍县, 广元市);
h481 a third-party 部门整体 评价报告 written by a UNIVERSITY research centre's 课题组 (课题组成员 table, 研究方法), PDF text
     (偏关县, 忻州市);
h482 a PUBLIC HOSPITAL's 单位整体支出绩效自评表 (资金来源 财政拨款 / 事业收入（医疗收入） / 其他, 按支出性质 基本 / 项目,
     hospital indicators), DOCX (门源回族自治县, 海北藏族自治州);
h483 a prose 项目 自评报告 of a 以奖代补 project (农村公路养护: 奖补资金 = 考核合格里程 × 奖补标准), 自评表 as 附表, PDF text
     (两当县, 陇南市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 评分标准]).
"""
import datetime
import html as htmlmod
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import no_half, missed_ok, mc, q, f2  # noqa: E402
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason  # noqa: E402  (importing reports79 writes nothing)
# round 84's table writers (importing reports84 only builds its specs, it writes nothing)
from reports84 import grows, props, rates, write_bytes, rl_build, ind_grid, docx_table, html_table, docx_base  # noqa

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-11T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 84"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def scored_below(ind):
    """rows that lose points: (三级, 得分, 分值, reason)"""
    return [(x[2], x[6], x[5], x[7]) for x in ind if x[6] < x[5]]


# ============================================================ h479 磐安县 (XLSX: 国有资本经营预算 项目 自评表)

def h479():
    dept = "磐安县财政局"
    unit = "磐安县国有资本投资运营有限公司"
    project = "2024年国有资本经营预算县属国有企业资本金注入（农产品冷链物流中心建设）项目"
    src_true = [("国有资本经营预算资金", 1000.00, 1150.00, 1103.94), ("企业自筹资金", 200.00, 200.00, 192.60)]
    ini, adj, ex = (r2(sum(x[k] for x in src_true)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (1200.00, 1350.00, 1296.54)
    src = [list(x) for x in src_true]
    src[1][2] = 220.00  # PLANT BREAKDOWN_SUM: 1,150.00 + 220.00 = 1,370.00, the 年度资金总额 line says 1,350.00
    rate_true = pct(ex, adj)
    no_half(ex / adj * 100, "rate")
    assert rate_true == 96.04
    rate_p = 96.40  # PLANT EXECUTION_RATE: 1,296.54 ÷ 1,350.00 = 96.04%; the form prints 96.40% (and scores on it)
    rs_p = r2(10 * rate_p / 100)
    assert rs_p == 9.64 and r2(10 * rate_true / 100) == 9.60
    ind = [  # PLANT TARGET_MISSED_FULL_MARKS: 4,600 of ≥5,000吨 keeps 8 of 8, no reason (the rule gives 7.36)
           ("产出指标", "数量指标", "新建冷链仓储库容", "≥5,000吨", "4,600吨", 8, 8, ""),
           ("产出指标", "数量指标", "购置冷链配送车辆", "≥12辆", "12辆", 6, 6, ""),
           ("产出指标", "数量指标", "国有资本金注入到位额", "≥1,150万元", "1,150万元", 6, 6, ""),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "冷库温控达标率", "≥98%", "99.2%", 6, 6, ""),
           ("产出指标", "时效指标", "资本金注入及时性", "2024年6月底前", "2024年5月28日", 5, 5, ""),
           ("产出指标", "时效指标", "项目建成投运时间", "2024年10月底前", "2024年12月", 5, 4,
            "制冷机组安装调试延期，12月投运，扣1分"),
           ("产出指标", "成本指标", "冷库单位造价", "≤2,400元/吨", "2,360元/吨", 6, 6, ""),
           ("效益指标", "经济效益指标", "企业营业收入增长率", "≥10%", "12.6%", 6, 6, ""),
           ("效益指标", "经济效益指标", "国有资本保值增值率", "≥100%", "101.8%", 6, 6, ""),
           ("效益指标", "社会效益指标", "带动农产品冷链流通量", "≥3万吨", "2.76万吨", 6, P(2.76, 3, 6),
            "冷链中心12月投运，运营期不足，按比例计分"),
           ("效益指标", "社会效益指标", "农产品流通损耗率", "≤8%", "6.5%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "国有资产管理制度健全性", "健全", "基本健全", 5, 4,
            "冷链设备资产台账未及时更新，扣1分"),
           ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%", "92.4%", 7, 7, ""),
           ("满意度指标", "服务对象满意度指标", "合作社及农户满意度", "≥90%", "88.2%", 7, P(88.2, 90, 7),
            "部分农户反映冷库收费标准偏高，按比例计分")]
    assert [P(2.76, 3, 6), P(88.2, 90, 7), P(4600, 5000, 8)] == [5.52, 6.86, 7.36]
    props(ind, skip=("新建冷链仓储库容",))
    no_half(8 * 4600 / 5000, "库容")
    assert [m[0] for m in missed_ok(ind) if not m[3]] == ["新建冷链仓储库容"]
    assert below_no_reason(ind) == []
    assert s2(ind, 5) == 90
    total = r2(rs_p + s2(ind, 6))
    assert total == 97.02, total
    assert grade(total) == grade(r2(9.60 + s2(ind, 6) - 0.64)) == "优"
    g = with_project(gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ini, adj, ex, rate_p), [], [fund_row(rate_p, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, ini=ini, adj=adj, ex=ex, rate=rate_p, rs=rs_p, ind=ind,
             total=total)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate_p)} | {f2(rs_p)}", q(rate_p),
             q(rate_true), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}, printed {q(rate_p)} (digits transposed); the line's 得分 "
             f"{f2(rs_p)} follows the printed rate by the 说明's 执行率×10 (the true rate gives 9.60) and the 总分 adds "
             "it: one slip, one finding"),
           F("BREAKDOWN_SUM", "年度资金总额（全年预算数）",
             f"年度资金总额 | {mc(adj)}; 其中：国有资本经营预算资金 | 1,150.00; 企业自筹资金 | 220.00", mc(adj),
             "1,370.00", "HIGH", "ERROR",
             "the two 其中 lines' 全年预算数 add to 1,150.00 + 220.00 = 1,370.00, the 年度资金总额 line prints 1,350.00; "
             "their 年初预算数 (1,000.00 + 200.00 = 1,200.00) and 全年执行数 (1,103.94 + 192.60 = 1,296.54) add up, "
             "and the 企业自筹 line's 年初 200.00 suggests 200.00 was meant"),
           F("TARGET_MISSED_FULL_MARKS", "新建冷链仓储库容", "新建冷链仓储库容 | ≥5,000吨 | 4,600吨 | 8 | 8 |",
             "8", "7.36", "HIGH", "WARNING",
             "4,600吨 of ≥5,000吨 keeps full marks with no 偏差原因; the 说明's proportion rule gives 8 × 4,600 ÷ "
             "5,000 = 7.36")]
    traps = ["the form is a 国有资本经营预算 form: 资金性质 国有资本经营预算, 支出功能分类 2230105 (a code, not a figure), "
             "an 企业 as 实施单位 and an 企业自筹资金 SOURCE line (not a 基本 / 项目 part); the 其中 lines carry no 分值 / "
             "得分 and are not rows",
             "年初 1,000.00 + 200.00 = 1,200.00 and 执行 1,103.94 + 192.60 = 1,296.54 add up; none spent over its line",
             "国有资本金注入到位额 1,150万元 vs ≥1,150万元 (met exactly; equal to the 国资 line's 全年预算数, consistent)",
             "国有资本保值增值率 101.8% (above 100% is the indicator's nature, not spending over budget)",
             "购置冷链配送车辆 12 vs ≥12辆 (met exactly); 冷库单位造价 2,360 vs ≤2,400元/吨 (a ceiling met; a unit cost, "
             "not a budget figure); 农产品流通损耗率 6.5% vs ≤8% (ceiling met)",
             "带动农产品冷链流通量 6 × 2.76 ÷ 3 = 5.52 and 合作社及农户满意度 7 × 88.2 ÷ 90 = 6.86 (proportion, with reasons); "
             "项目建成投运时间 −1 and 国有资产管理制度健全性 −1 with reasons",
             f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100; 优 (also with 9.60 and 7.36)"]
    return {"stem": "h479_panan_guozi", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write479}


def write479(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "国资预算项目自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [14, 16, 26, 16, 16, 10, 12, 10, 34]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    r = [1]

    def put(cells, merges=(), bold=False, box=True, fmt=None, left=()):
        rr = r[0]
        for j, v in enumerate(cells):
            c = ws.cell(row=rr, column=j + 1, value=v if v != "" else None)
            c.font = Font(name="宋体", size=10, bold=bold)
            c.alignment = Alignment(horizontal="left" if j in left else "center", vertical="center", wrap_text=True)
            if box:
                c.border = bd
            if fmt and j in fmt and isinstance(v, (int, float)):
                c.number_format = fmt[j]
        for a, b in merges:
            ws.merge_cells(start_row=rr, start_column=a + 1, end_row=rr, end_column=b + 1)
        r[0] += 1
        return rr
    t = put(["国有资本经营预算项目支出绩效自评表"], [(0, 8)], True, False)
    ws.cell(row=t, column=1).font = Font(name="宋体", size=16, bold=True)
    put(["（2024年度）"], [(0, 8)], False, False)
    put(["填报单位（盖章）：磐安县国有资本投资运营有限公司", "", "", "", "", "", "", "金额单位：万元", ""], [(0, 6), (7, 8)],
        False, False)
    put(["项目名称", M["project"]] + [""] * 7, [(1, 8)], left=(1,))
    put(["主管部门", M["dept"], "", "", "实施单位（企业）", M["unit"], "", "", ""], [(1, 3), (5, 8)])
    put(["资金性质", "国有资本经营预算", "", "", "支出功能分类", "2230105 国有企业资本金注入", "", "", ""], [(1, 3), (5, 8)])
    f0 = put(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], [(0, 1), (7, 8)])
    money = {2: "#,##0.00", 3: "#,##0.00", 4: "#,##0.00", 6: "0.00%", 7: "0.00"}
    put(["", "年度资金总额", M["ini"], M["adj"], M["ex"], 10, round(M["rate"] / 100, 6), M["rs"], ""], [(7, 8)], fmt=money)
    for n, a, b, c in M["src"]:
        put(["", "其中：" + n if n == M["src"][0][0] else n, a, b, c, "—", "—", "—", ""], [(7, 8)], fmt=money)
    ws.merge_cells(start_row=f0 + 1, start_column=1, end_row=r[0] - 1, end_column=1)
    g0 = put(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], [(1, 4), (5, 8)])
    put(["", "通过注入国有资本金1,150万元，支持县属国有企业建设农产品冷链物流中心，新增冷链仓储库容5,000吨、冷链配送车辆12辆，"
             "带动农产品冷链流通量3万吨以上，实现国有资本保值增值。", "", "", "",
         "资本金1,150万元于2024年5月足额注入；冷链中心建成库容4,600吨，购置配送车辆12辆，12月投入运营；带动冷链流通量2.76万吨，"
         "国有资本保值增值率101.8%。", "", "", ""], [(1, 4), (5, 8)], left=(1, 5))
    ws.row_dimensions[r[0] - 1].height = 62
    ws.merge_cells(start_row=g0, start_column=1, end_row=r[0] - 1, end_column=1)
    h0 = put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""],
             [(7, 8)], True)
    start = r[0]
    for x in M["ind"]:
        put([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], ""], [(7, 8)], fmt={5: "0", 6: "0.00"}, left=(2, 7))
    from reports79 import runs
    for col in (0, 1):
        for a, b in runs(M["ind"], col):
            if b > a:
                for k in range(a + 1, b + 1):
                    ws.cell(row=start + k, column=col + 1).value = None
                ws.merge_cells(start_row=start + a, start_column=col + 1, end_row=start + b, end_column=col + 1)
    put(["总分", "", "", "", "", 100, M["total"], "自评等级：优", ""], [(0, 4), (7, 8)], True, fmt={6: "0.00"})
    put(["说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，满意度指标同；"
         "3.定性指标根据完成情况酌情扣分；4." + BANDS77 + "。"] + [""] * 8, [(0, 8)], False, False, left=(0,))
    ws.row_dimensions[r[0] - 1].height = 30
    put(["单位负责人：周建军　　财务负责人：陈丽娟　　填表人：胡晓燕　　联系电话：0579-84661273　　填报日期：2025年4月18日"]
        + [""] * 8, [(0, 8)], False, False, left=(0,))
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "胡晓燕"
    wb.properties.created = datetime.datetime(2025, 4, 16, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 4, 18, 16, 0, 0)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h479())


# ============================================================ h480 旺苍县 (HTML: 经济开发区管委会 部门整体 自评表)

def h480():
    dept = "旺苍经济开发区管理委员会"
    parts = [("基本支出", 980.00, 1046.80, 1058.24), ("项目支出", 2700.00, 3879.70, 3554.13)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (3680.00, 4926.50, 4612.37)
    rate, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate == 93.62 and prates == [101.09, 91.61], (rate, prates)
    # PLANT SPENDING_OVER_BUDGET: 基本支出 1,058.24 spent of 1,046.80 (101.09%, printed right)
    jy = r2(100 - rate)
    assert jy == 6.38
    rule_exec = "执行率≥95%得8分；每低1个百分点扣1分（不足1个百分点按比例计算），扣完为止"
    exec_rule = r2(8 - (95 - rate))
    assert exec_rule == 6.62
    exec_p = 7.49  # PLANT RULE_SCORE: the row scores 93.62% × 8 = 7.49; its own 评分标准 gives 8 − 1.38 = 6.62
    no_half(8 * rate / 100, "exec")
    R_PROP = "达到指标值得满分，未达到的按实际完成值÷指标值×分值计分"
    R_SAT = "≥90%得满分，未达到的按实际值÷90%×分值计分"
    ind = [("决策", "绩效目标", "绩效目标合理性", "科学合理", "科学合理", 3, 3, "", "目标与部门职能相符、量化可考核得满分，每项不符扣1分"),
           ("决策", "绩效目标", "绩效指标明确性", "清晰明确", "2项指标未细化量化", 3, 2,
            "“企业服务质量”“园区环境改善”2项指标未量化，扣1分", "指标清晰、细化、可衡量得满分，每项不明确扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学合理", "年中追加较大", 4, 3, "年中追加项目支出1,179.70万元，扣1分",
            "预算编制经过论证、额度合理得满分；年中追加调整较大的扣1分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 5, 5, "", "资金分配依据充分、与园区建设任务匹配得满分，否则酌情扣分"),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 8, exec_p, "部分基础设施项目未完成结算", rule_exec),
           ("过程", "资金管理", "结转结余率", "≤10%", q(jy), 3, 3, "", "结转结余率≤10%得满分，超过10%不得分"),
           ("过程", "资金管理", "“三公”经费控制率", "≤100%", "78.6%", 3, 3, "", "≤100%得满分，超过不得分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "", "无违规使用资金得满分，发现一笔违规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全并有效执行得满分，否则酌情扣分"),
           ("过程", "组织实施", "资产管理规范性", "规范", "2处不规范", 4, 3, "2处闲置设备未登记入账，扣1分",
            "资产账实相符、处置规范得满分，每发现一处不规范扣0.5分"),
           ("产出", "数量指标", "招商引资签约项目", "≥20个", "17个", 6, P(17, 20, 6), "2个项目签约推迟至2025年，按比例计分", R_PROP),
           ("产出", "数量指标", "新建标准化厂房面积", "≥8万平方米", "6万平方米", 6, P(6, 8, 6),
            "二期厂房主体完工未验收，按比例计分", R_PROP),
           ("产出", "数量指标", "园区道路及管网建设", "≥4.5公里", "4.5公里", 5, 5, "", R_PROP),
           ("产出", "质量指标", "企业服务事项办结率", "≥98%", "99.1%", 6, 6, "", R_PROP),
           ("产出", "时效指标", "重点项目按期开工率", "≥90%", "80%", 6, P(80, 90, 6), "2个重点项目用地报批滞后，按比例计分",
            R_PROP),
           ("产出", "质量指标", "安全生产事故", "0起", "0起", 6, 6, "", "未发生安全生产责任事故得满分，发生1起不得分"),
           ("效益", "经济效益", "园区规上工业增加值增速", "≥8%", "5.2%", 7, P(5.2, 8, 7), "受主导产品价格下行影响，按比例计分",
            R_PROP),
           ("效益", "社会效益", "新增就业人数", "≥800人", "862人", 6, 6, "", R_PROP),
           ("效益", "生态效益", "单位工业增加值能耗下降率", "≥3%", "2.4%", 6, P(2.4, 3, 6), "新投产项目处于试生产期，按比例计分",
            R_PROP),
           ("效益", "满意度", "入园企业满意度", "≥90%", "84%", 6, P(84, 90, 6), "企业反映用工、融资服务有待加强，按比例计分",
            R_SAT)]
    props(ind)
    assert [P(17, 20, 6), P(6, 8, 6), P(80, 90, 6), P(5.2, 8, 7), P(2.4, 3, 6), P(84, 90, 6)] == \
        [5.10, 4.50, 5.33, 4.55, 4.80, 5.60]
    assert below_no_reason(ind) == []
    names = ["决策", "过程", "产出", "效益"]
    sec = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    assert sec == [("决策", 15, 13), ("过程", 25, 23.49), ("产出", 35, 31.93), ("效益", 25, 20.95)], sec
    total = s2(ind, 6)
    assert s2(ind, 5) == 100 and total == 89.37, total
    true_total = r2(total - exec_p + exec_rule)
    assert true_total == 88.50
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.37 is 良 by the 说明's bands (80–90)
    assert grade(total) == grade(true_total) == "良"
    b = parts
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ini, adj, ex, rate, b[0][2], b[0][3], b[1][2], b[1][3]), [], grows(ind))
    M = dict(dept=dept, parts=parts, prates=prates, ini=ini, adj=adj, ex=ex, rate=rate, ind=ind, total=total,
             grade=grade_p)
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级", f"合计 | 100 | {f2(total)} | 自评等级：优", "优", "良", "HIGH", "WARNING",
             f"the 说明 prints the bands ({BANDS77}); {f2(total)} lies in 80–90, so 良, not 优 (the rule-true "
             f"{f2(true_total)} is 良 too); the lead paragraph repeats 优"),
           F("RULE_SCORE", "预算执行率", f"预算执行率 | 8 | {rule_exec} | ≥95% | {q(rate)} | {f2(exec_p)}",
             f2(exec_p), f2(exec_rule), "HIGH", "ERROR",
             f"the row's own 评分标准 gives 8 − (95 − {fnum(rate)}) × 1 = {f2(exec_rule)}; the printed {f2(exec_p)} is "
             f"{q(rate)} × 8, a rule the row does not print; the 过程 and 合计 figures add the {f2(exec_p)}"),
           F("SPENDING_OVER_BUDGET", "基本支出", f"其中：基本支出 | 980.00 | 1,046.80 | 1,058.24 | {q(prates[0])}",
             "1,058.24", "≤ 1,046.80", "HIGH", "WARNING",
             f"基本支出 spent 1,058.24 of its 全年预算数 1,046.80 ({q(prates[0])}, printed right) with no 调剂 stated; "
             "the whole (93.62%) and 项目支出 (91.61%) are under")]
    traps = ["the unit is a DEVELOPMENT ZONE's administrative committee (管委会) filing the 部门整体 form; the portal's "
             "索引号, 发布机构, 浏览次数 and 网站标识码 are chrome, not figures",
             "budget: 980.00 + 2,700.00 = 3,680.00; 1,046.80 + 3,879.70 = 4,926.50; 1,058.24 + 3,554.13 = 4,612.37; "
             "93.62% and 项目 91.61% right; 年初 < 全年 (追加, the 预算编制科学性 row's reason)",
             f"结转结余率 {q(jy)} = 100% − {q(rate)} (right) vs ≤10% (met: full marks by its rule)",
             "招商引资 6 × 17 ÷ 20 = 5.10, 标准化厂房 6 × 6 ÷ 8 = 4.50, 按期开工率 6 × 80 ÷ 90 = 5.33, 规上增加值增速 "
             "7 × 5.2 ÷ 8 = 4.55, 能耗下降率 6 × 2.4 ÷ 3 = 4.80, 入园企业满意度 6 × 84 ÷ 90 = 5.60 (the rows' own 评分标准, "
             "with reasons)",
             "绩效指标明确性 −1 (2 × 0.5), 预算编制科学性 −1, 资产管理规范性 −1 (2 × 0.5): each by its printed rule, with a reason",
             "园区道路及管网建设 4.5 vs ≥4.5公里 (met exactly); “三公”经费控制率 78.6% vs ≤100% (a ceiling); 安全生产事故 0起",
             f"合计 {f2(total)} = the 20 rows as printed"]
    return {"stem": "h480_wangcang_kaifaqu", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html480(M)}


def html480(M):
    d = M["dept"]
    head = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    bt = head + [["部门预算合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])]]
    for (n, a, b, c), r_ in zip(M["parts"], M["prates"]):
        bt.append([("其中：" if n == "基本支出" else "") + n, mc(a), mc(b), mc(c), q(r_)])
    t1 = html_table(bt, [], "t", 1, left=(0,))
    ih = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "扣分原因"]]
    data, sp = ind_grid(M["ind"], [0, 1, 2, 5, 8, 3, 4, 6, 7], 1)
    tb = ih + data + [["合计", "", "", "100", "", "", "", f2(M["total"]), "自评等级：" + M["grade"]]]
    sp.append((0, len(tb) - 1, 2, len(tb) - 1))
    sp.append((4, len(tb) - 1, 6, len(tb) - 1))
    t2 = html_table(tb, sp, "t", 1, left=(2, 4, 8))
    css = ("body{font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;color:#333;margin:0}"
           ".top{background:#0b4f9c;color:#fff;padding:10px 20px;font-size:20px}.nav{background:#e9eef5;padding:6px 20px}"
           ".main{width:1100px;margin:10px auto}.info{border-collapse:collapse;width:100%;font-size:13px}"
           ".info td{border:1px solid #ccd;padding:4px 8px}table.t{border-collapse:collapse;margin:8px auto;font-size:13px}"
           "table.t th,table.t td{border:1px solid #000;padding:3px 5px;text-align:center}table.t td.l{text-align:left}"
           "h1{text-align:center;font-size:22px}.c{text-align:center}.r{text-align:right}.foot{background:#0b4f9c;color:#fff;"
           "text-align:center;padding:10px;font-size:12px;margin-top:20px}p{line-height:1.8;text-indent:2em}")
    body = f"""<div class="top">旺苍县人民政府</div>
<div class="nav">首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 旺苍经济开发区管理委员会 &gt; 财政预决算</div>
<div class="main">
<table class="info"><tr><td>索引号：11510821MB1C48725X/2025-00318</td><td>发布机构：{E(d)}</td></tr>
<tr><td>发文日期：2025年04月28日</td><td>浏览次数：64</td></tr></table>
<h1>{E(d)}2024年度部门整体支出绩效自评情况</h1>
<p>根据县财政局《关于开展2024年度预算绩效自评工作的通知》要求，我委对2024年度部门整体支出开展了绩效自评。经自评，{E(d)}2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“{M['grade']}”。现将自评表公开如下。</p>
<p class="c"><b>部门整体支出绩效自评表</b></p>
<p class="c">（2024年度）</p>
<table style="width:900px;margin:auto"><tr><td>填报单位：{E(d)}</td><td class="r">金额单位：万元</td></tr></table>
<p class="c">一、预算执行情况</p>
{t1}
<p class="c">二、绩效指标完成情况</p>
{t2}
<p>说明：1.各指标按“评分标准”列所列规则计分；2.自评等级：{BANDS77}。</p>
<p>单位负责人：王志刚　　填表人：杨晓丽　　联系电话：0839-4228156　　填报日期：2025年4月25日</p>
</div>
<div class="foot">主办：旺苍县人民政府办公室　网站标识码：5108210001　蜀ICP备05001876号-2</div>"""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{E(d)}2024年度部门整体支出绩效自评情况'
            f'_旺苍县人民政府</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')


ALL.append(h480())


# ============================================================ h481 偏关县 (PDF: third-party 部门整体 评价报告 by a university 课题组)

def h481():
    dept = "偏关县水利局"
    agency = "晋北财经学院预算绩效研究中心"
    parts = [("基本支出", 1180.00, 1208.40, 1196.72), ("项目支出", 3080.00, 4173.20, 3946.11)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (4260.00, 5381.60, 5142.83)
    rate, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate == 95.56 and prates == [99.03, 94.56], (rate, prates)
    adj_prose = 5318.60  # PLANT SAME_FIGURE_DIFFERS: 二's prose prints 全年预算 5,318.60, 表1 5,381.60
    assert pct(ex, adj_prose) != rate
    es = r2(8 * rate / 100)
    no_half(8 * rate / 100, "es")
    assert es == 7.64
    jy = r2(100 - rate)
    ind = [("决策", "决策依据", "决策依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分指标未量化", 3, 2.5, "“水利工程管护水平”未设量化指标，扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "年中追加较大", 3, 2, "年中追加项目资金1,093.20万元，占年初项目预算35.5%，扣1分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 8, es, "按执行率×分值计分"),
           ("过程", "资金管理", "结转结余率", "≤5%", q(jy), 3, 3, ""),
           ("过程", "资金管理", "资金使用合规性", "合规", "1笔超范围列支", 5, 4, "1笔防汛物资费用列入工程维护支出，已整改，扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "组织实施", "政府采购规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量", "农村供水工程维修养护", "≥120处", "126处", 7, 7, ""),
           ("产出", "数量", "河道清淤疏浚长度", "≥18公里", "16.2公里", 7, P(16.2, 18, 7), "黄河支流关河段冬季封冻停工，按比例计分"),
           ("产出", "数量", "水土流失综合治理面积", "≥25平方公里", "25平方公里", 7, 7, ""),
           ("产出", "质量", "农村饮水水质达标率", "≥95%", "96.8%", 7, 7, ""),
           ("产出", "质量", "水利工程安全运行事故", "0起", "0起", 7, 7, ""),
           ("效益", "社会效益", "农村自来水普及率", "≥90%", "92.3%", 7, 7, ""),
           ("效益", "经济效益", "新增节水灌溉面积", "≥1.5万亩", "1.38万亩", 6, P(1.38, 1.5, 6), "2个村高效节水项目未完工，按比例计分"),
           ("效益", "社会效益", "防汛抢险响应及时率", "100%", "100%", 6, 6, ""),
           ("效益", "满意度", "受益群众满意度", "≥90%", "87.6%", 6, P(87.6, 90, 6), "部分群众反映供水时段不稳定，按比例计分")]
    assert [P(16.2, 18, 7), P(1.38, 1.5, 6), P(87.6, 90, 6)] == [6.30, 5.52, 5.84]
    props(ind)
    assert below_no_reason(ind) == []
    names = ["决策", "过程", "产出", "效益"]
    sec_true = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    assert sec_true == [("决策", 15, 13.5), ("过程", 25, 23.64), ("产出", 35, 34.3), ("效益", 25, 24.36)], sec_true
    total = s2(ind, 6)
    assert s2(ind, 5) == 100 and total == 95.80 and grade(total) == "优"
    sec_p = [list(x) for x in sec_true]
    sec_p[2][2] = 34.8  # PLANT SECTION_VS_ROWS: 产出 rows add to 34.3 (表2's 合计 95.80 is the rows' total)
    srates = [pct(s, w) for _, w, s in sec_p]
    for _, w, s in sec_p:
        no_half(s / w * 100, "srate")
    assert srates == [90.0, 94.56, 99.43, 97.44], srates
    srates_p = list(srates)
    srates_p[3] = 94.74  # PLANT SCORE_RATE: 效益 24.36 ÷ 25 = 97.44%
    g = gold(None, dept, 2024, "COUNTY", "山西省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]),
             [tuple(x) for x in sec_p], grows(ind))
    M = dict(dept=dept, agency=agency, parts=parts, prates=prates, ini=ini, adj=adj, adj_prose=adj_prose, ex=ex,
             rate=rate, ind=ind, total=total, sec=sec_p, srates=srates_p, jy=jy)
    fnd = [F("SAME_FIGURE_DIFFERS", "全年预算数",
             f"二：…全年预算{mc(adj_prose)}万元…; 表1 合计 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate)}",
             mc(adj_prose), mc(adj), "HIGH", "WARNING",
             f"the same 全年预算 is {mc(adj_prose)} in 二's prose and {mc(adj)} in 表1 (whose parts 1,208.40 + 4,173.20 "
             f"add to {mc(adj)}); the prose's own 执行率 {q(rate)} follows {mc(adj)} ({mc(ex)} ÷ {mc(adj_prose)} would "
             f"be {q(pct(ex, adj_prose))}): the prose figure is the slip"),
           F("SECTION_VS_ROWS", "产出", f"产出 | 35 | 34.8 | {q(srates[2])}", "34.8", "34.3", "HIGH", "ERROR",
             "the 附件 评分表's 产出 rows add to 7 + 6.30 + 7 + 7 + 7 = 34.30, 表2 (and 四（三）) print 34.8 (its 得分率 "
             "99.43% follows the 34.8); 表2's 合计 95.80 is the rows' true total, so its four lines add to 96.30"),
           F("SCORE_RATE", "效益", f"效益 | 25 | 24.36 | {q(srates_p[3])}", q(srates_p[3]), q(srates[3]), "HIGH", "ERROR",
             f"24.36 ÷ 25 = {q(srates[3])}, printed {q(srates_p[3])}")]
    traps = ["reportKind THIRD_PARTY_EVALUATION: the evaluator is a UNIVERSITY research centre (its 课题组), commissioned by "
             "偏关县财政局; the 课题组成员 table (姓名, 职称, 分工) and the 研究方法 paragraph carry no figures of the report; "
             "the report number 晋北绩研〔2025〕09号 is no figure",
             "表1: 1,180.00 + 3,080.00 = 4,260.00; 1,208.40 + 4,173.20 = 5,381.60; 1,196.72 + 3,946.11 = 5,142.83; "
             "95.56%, 基本 99.03%, 项目 94.56% right; none over",
             f"预算执行率 8 × {q(rate)} = 7.64 (the row's stated basis); 结转结余率 {q(jy)} = 100% − {q(rate)} vs ≤5% (met)",
             "河道清淤 7 × 16.2 ÷ 18 = 6.30, 节水灌溉 6 × 1.38 ÷ 1.5 = 5.52, 满意度 6 × 87.6 ÷ 90 = 5.84 (proportion, with "
             "reasons); 绩效指标明确性 −0.5, 预算编制科学性 −1, 资金使用合规性 −1 (已整改) with reasons",
             "水土流失综合治理面积 25 vs ≥25平方公里 (met exactly); 水利工程安全运行事故 0起; 问卷 400 / 382 are no scores",
             "表2: 决策 90.00%, 过程 94.56% right; 产出 99.43% right on the printed 34.8 (the SECTION plant); 合计 95.80 = "
             "the 19 rows = 三's score; 优"]
    return {"stem": "h481_pianguan_shuili", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw481}


def draw481(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    para, tab, mm = rl_kit()
    M = rep["meta"]
    s = [Spacer(1, 50), para("t", f"{M['dept']}2024年度"), para("t", "部门整体支出绩效评价报告"), Spacer(1, 70)]
    for k, v in [("委托单位", "偏关县财政局"), ("被评价单位", M["dept"]), ("评价机构", M["agency"]),
                 ("课题组负责人", "韩立新（教授）"), ("报告编号", "晋北绩研〔2025〕09号"), ("报告日期", "2025年6月20日")]:
        s.append(para("st", f"{k}：{v}"))
    s.append(PageBreak())
    s += [para("pl", "偏关县财政局："),
          para("p", f"受贵局委托，{M['agency']}组建课题组，对{M['dept']}2024年度部门整体支出开展了绩效评价。课题组采用文献研究、"
                    "数据核查、实地调研和问卷调查相结合的方法，对照部门整体支出绩效评价指标体系进行了评价。现将评价情况报告如下。"),
          para("h", "一、部门基本情况"),
          para("p", f"{M['dept']}为县政府工作部门，内设办公室、水政水资源股、工程建设管理股、农村水利水保股4个股室，下属县水利服务中心"
                    "1个事业单位，主要负责全县水资源管理、农村供水保障、水土保持和防汛抗旱等工作。"),
          para("h", "二、部门预算及执行情况"),
          para("p", f"2024年，{M['dept']}年初预算{mc(M['ini'])}万元，年中追加后全年预算{mc(M['adj_prose'])}万元，全年实际支出"
                    f"{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。其中基本支出{mc(M['parts'][0][3])}万元，项目支出"
                    f"{mc(M['parts'][1][3])}万元。"),
          para("cap", "表1　2024年度部门预算及执行情况（单位：万元）")]
    t1 = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
          ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])]]
    for (n, a, b, c), r_ in zip(M["parts"], M["prates"]):
        t1.append([n, mc(a), mc(b), mc(c), q(r_)])
    s.append(tab(t1, [34, 30, 30, 30, 24]))
    s += [para("h", "三、评价结论"),
          para("p", f"经评价，{M['dept']}2024年度部门整体支出绩效评价综合得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。"
                    "各一级指标得分情况见表2。"),
          para("cap", "表2　一级指标得分情况")]
    t2 = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), r_ in zip(M["sec"], M["srates"]):
        t2.append([n, fnum(w), fnum(sc), q(r_)])
    t2.append(["合计", "100", f2(M["total"]), q(M["total"])])
    s.append(tab(t2, [34, 26, 26, 26]))
    sec = {n: (w, sc) for n, w, sc in M["sec"]}
    s += [para("h", "四、绩效分析"),
          para("p", f"（一）决策（{fnum(sec['决策'][0])}分，得{fnum(sec['决策'][1])}分）。部门职能与规划依据充分，绩效目标与职责相符；"
                    "“水利工程管护水平”未设量化指标；年中追加项目资金1,093.20万元，预算编制的前瞻性不足。"),
          para("p", f"（二）过程（{fnum(sec['过程'][0])}分，得{fnum(sec['过程'][1])}分）。预算执行率{q(M['rate'])}，结转结余率"
                    f"{q(M['jy'])}；课题组抽查凭证86笔，发现1笔防汛物资费用列入工程维护支出，已于评价期间整改。"),
          para("p", f"（三）产出（{fnum(sec['产出'][0])}分，得{fnum(sec['产出'][1])}分）。全年维修养护农村供水工程126处，清淤疏浚河道"
                    "16.2公里（关河段冬季封冻停工），完成水土流失综合治理25平方公里，农村饮水水质达标率96.8%，未发生水利工程安全运行事故。"),
          para("p", f"（四）效益（{fnum(sec['效益'][0])}分，得{fnum(sec['效益'][1])}分）。农村自来水普及率92.3%，新增节水灌溉面积"
                    "1.38万亩，防汛抢险响应及时率100%。课题组发放问卷400份，回收有效问卷382份，受益群众满意度87.6%。"),
          para("h", "五、存在的问题"),
          para("p", "一是预算编制前瞻性不足，年中追加比例偏高；二是部分绩效指标未量化；三是个别工程受季节影响进度滞后。"),
          para("h", "六、意见建议"),
          para("p", "建议加强项目前期论证，提高年初预算到位率；完善绩效指标体系；合理安排施工时序。"),
          para("h", "七、课题组成员")]
    t3 = [["姓名", "职称", "课题组分工"], ["韩立新", "教授", "课题组负责人，评价方案设计"],
          ["赵文静", "副教授", "指标体系与评分"], ["刘鹏飞", "讲师", "数据核查、现场调研"], ["孙雅琪", "硕士研究生", "问卷调查与统计"]]
    s.append(tab(t3, [30, 30, 70]))
    s += [Spacer(1, 6), para("r", M["agency"]), para("r", "2025年6月20日"), PageBreak(),
          para("pl", "附件"), para("cap", "部门整体支出绩效评价评分表")]
    head = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分说明"]]
    data, sp = ind_grid(M["ind"], [0, 1, 2, 5, 3, 4, 6, 7], 1)
    tb = head + data + [["合计", "", "", "100", "", "", f2(M["total"]), ""]]
    sp.append((0, len(tb) - 1, 2, len(tb) - 1))
    s.append(tab(tb, [14, 18, 32, 10, 20, 24, 11, 45], spans=sp, left=(2, 7)))
    s.append(para("n", "评分说明：定量指标达到指标值得满分，未达到的按“实际完成值÷指标值×分值”计分；预算执行率按“执行率×分值”计分；"
                       "定性指标根据核查情况扣分。"))
    rl_build(path, s, f"{M['dept']}2024年度部门整体支出绩效评价报告", M["agency"], "Microsoft® Word 2016")


ALL.append(h481())


# ============================================================ h482 门源县 (DOCX: 公立医院 单位整体支出绩效自评表)

def h482():
    dept = "门源回族自治县人民医院"
    src = [("财政拨款收入", 5600.00, 6842.60, 6610.45), ("事业收入（医疗收入）", 12400.00, 12400.00, 11896.33),
           ("其他收入", 600.00, 600.00, 558.60)]
    parts = [("基本支出", 16240.00, 16980.20, 16612.75), ("项目支出", 2360.00, 2862.40, 2452.63)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == tuple(r2(sum(x[k] for x in parts)) for k in (1, 2, 3)) == (18600.00, 19842.60, 19065.38)
    rate, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate == 96.08 and prates == [97.84, 85.68], (rate, prates)
    assert rates(*[(x[3], x[2]) for x in src]) == [96.61, 95.94, 93.1]
    no_half(10 * rate / 100, "rs")
    rs_true = r2(10 * rate / 100)
    assert rs_true == 9.61
    rs_p = 9.16  # PLANT BUDGET_ROW_SCORE: 96.08% × 10 = 9.61; the form prints 9.16 (and the 总分 adds it)
    ind = [("产出指标", "数量指标", "门急诊人次", "≥32万人次", "33.6万人次", 6, 6, ""),
           ("产出指标", "数量指标", "出院人次", "≥1.8万人次", "1.74万人次", 6, P(1.74, 1.8, 6), "冬春季高原道路结冰，乡镇转诊减少，按比例计分"),
           ("产出指标", "数量指标", "对口帮扶乡镇卫生院", "≥6家", "6家", 5, 5, ""),
           ("产出指标", "质量指标", "三四级手术占比", "≥30%", "32.5%", 6, 6, ""),
           ("产出指标", "质量指标", "基本药物使用金额占比", "≥50%", "54.2%", 5, 5, ""),
           ("产出指标", "质量指标", "平均住院日", "≤8天", "7.6天", 6, 6, ""),
           ("产出指标", "质量指标", "药占比", "≤30%", "27.8%", 5, 5, ""),
           ("产出指标", "时效指标", "急诊患者平均等待时间", "≤15分钟", "12分钟", 5, 5, ""),
           ("产出指标", "成本指标", "次均住院费用增幅", "≤5%", "3.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "医疗纠纷调解率", "100%", "100%", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 91.4% of ≥90% loses 1 of 7, no reason
           ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "91.4%", 7, 6, ""),
           ("效益指标", "经济效益指标", "医疗服务收入占医疗收入比例", "≥35%", "36.8%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "人才梯队建设", "健全", "基本健全", 5, 4, "麻醉、影像专业人才缺口较大，扣1分"),
           ("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", "93.1%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "82.3%", 8, P(82.3, 85, 8), "夜班补助标准偏低，按比例计分")]
    assert [P(1.74, 1.8, 6), P(82.3, 85, 8)] == [5.80, 7.75]
    props(ind)
    assert [x[0] for x in scored_below(ind) if not x[3]] == ["县域内就诊率"]
    assert s2(ind, 5) == 90
    rows_total = r2(rs_p + s2(ind, 6))
    assert rows_total == 96.71, rows_total
    total_p = 97.61  # PLANT TOTAL_VS_ROWS: the fund line as printed + the 15 rows add to 96.71
    assert grade(total_p) == grade(rows_total) == grade(r2(rows_total - rs_p + rs_true + 1)) == "优"
    g = gold(None, dept, 2024, "COUNTY", "青海省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate, rs_p)] + grows(ind))
    M = dict(dept=dept, src=src, parts=parts, prates=prates, ini=ini, adj=adj, ex=ex, rate=rate, rs=rs_p, ind=ind,
             total=total_p)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total_p)}", f2(total_p), f2(rows_total), "HIGH", "ERROR",
             f"the 年度资金总额 line's printed {f2(rs_p)} and the 15 rows add to {f2(rows_total)}; the 总分 prints "
             f"{f2(total_p)} (digits transposed)"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs_p)}", f2(rs_p), f2(rs_true),
             "HIGH", "ERROR", f"the 说明's rule 执行率×10 gives {q(rate)} × 10 = {f2(rs_true)}, printed {f2(rs_p)}; the "
             "rate itself is right"),
           F("TARGET_MET_POINTS_LOST", "县域内就诊率", "县域内就诊率 | ≥90% | 91.4% | 7 | 6 |", "6", "7", "HIGH",
             "WARNING", "91.4% meets ≥90% but the row scores 6 of 7 with no 偏差原因; the 说明 gives full marks to a met "
             "target")]
    traps = ["the unit is a PUBLIC HOSPITAL filing a 单位整体 form: its funds by SOURCE (财政拨款收入 / 事业收入（医疗收入） / "
             "其他收入) and by 支出性质 (基本 / 项目) are two splits of the same 年度资金总额: 5,600.00 + 12,400.00 + 600.00 = "
             "16,240.00 + 2,360.00 = 18,600.00; 6,842.60 + 12,400.00 + 600.00 = 16,980.20 + 2,862.40 = 19,842.60; "
             "6,610.45 + 11,896.33 + 558.60 = 16,612.75 + 2,452.63 = 19,065.38",
             "96.08%, 基本 97.84%, 项目 85.68% right (项目 low, but right); none over; 事业收入 年初 = 全年",
             "平均住院日 7.6 vs ≤8天, 药占比 27.8% vs ≤30%, 急诊等待 12 vs ≤15分钟, 次均住院费用增幅 3.6% vs ≤5% (ceilings "
             "met); 对口帮扶乡镇卫生院 6 vs ≥6家 (met exactly)",
             "出院人次 6 × 1.74 ÷ 1.8 = 5.80 and 医务人员满意度 8 × 82.3 ÷ 85 = 7.75 (proportion, with reasons); 人才梯队建设 "
             "−1 with a reason",
             "门急诊 33.6万人次 and 医疗收入 11,896.33 are activity and income, not budget overruns"]
    return {"stem": "h482_menyuan_yiyuan", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write482}


def write482(rep, path):
    M = rep["meta"]
    d, par = docx_base("单位整体支出绩效自评表", "马秀兰", datetime.datetime(2025, 4, 10, 9, 0, 0),
                       datetime.datetime(2025, 4, 21, 11, 30, 0))
    par("附件2", 12, True)
    par("单位整体支出绩效自评表", 16, True, "c")
    par("（2024年度）", 12, False, "c")
    par(f"单位名称（盖章）：{M['dept']}　　主管部门：门源回族自治县卫生健康局　　金额单位：万元", 10.5)
    data = [["资金情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
            ["", "按资金来源分：", "", "", "", "", "", ""]]
    for n, a, b, c in M["src"]:
        data.append(["", "其中：" + n if n == M["src"][0][0] else n, mc(a), mc(b), mc(c), "—", q(pct(c, b)), "—"])
    data.append(["", "按支出性质分：", "", "", "", "", "", ""])
    for (n, a, b, c), r_ in zip(M["parts"], M["prates"]):
        data.append(["", ("其中：" if n == "基本支出" else "") + n, mc(a), mc(b), mc(c), "—", q(r_), "—"])
    sp = [(0, 0, 0, len(data) - 1)]
    g0 = len(data)
    data += [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
             ["", "完成门急诊32万人次、出院1.8万人次以上；三四级手术占比30%以上，药占比控制在30%以内；县域内就诊率90%以上；"
                  "对口帮扶6家乡镇卫生院，患者满意度90%以上。", "", "",
              "全年门急诊33.6万人次，出院1.74万人次；三四级手术占比32.5%，药占比27.8%；县域内就诊率91.4%；对口帮扶乡镇卫生院6家，"
              "住院患者满意度93.1%。", "", "", ""]]
    sp += [(0, g0, 0, g0 + 1), (1, g0, 3, g0), (4, g0, 7, g0), (1, g0 + 1, 3, g0 + 1), (4, g0 + 1, 7, g0 + 1)]
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    base = len(data)
    rows_, sp2 = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], base)
    data += rows_
    sp += sp2
    data.append(["总分", "", "", "", "", "100", f2(M["total"]), "自评等级：优"])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    docx_table(d, data, sp, [20, 24, 30, 19, 19, 11, 13, 38], 9, left=(2, 7), bold_rows=(0, base - 1))
    par("说明：1.年度资金总额得分＝执行率×10；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
        f"满意度指标同；3.定性指标根据完成情况酌情扣分；4.自评等级：{BANDS77}。", 9)
    par("单位负责人：李永福　　财务负责人：马秀兰　　填表人：祁海燕　　联系电话：0970-8612457　　2025年4月21日", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h482())


# ============================================================ h483 两当县 (PDF: 以奖代补 项目 自评报告 + 附表)

def h483():
    dept = "两当县交通运输局"
    unit = "两当县农村公路养护中心"
    project = "2024年农村公路养护以奖代补项目"
    grades_ = [("县道", 186.4, 0.70), ("乡道", 412.6, 0.35), ("村道", 1124.8, 0.10)]
    pay_true = [r2(km * std) for _, km, std in grades_]
    assert pay_true == [130.48, 144.41, 112.48]
    pay = list(pay_true)
    pay[1] = 141.44  # PLANT FORMULA: 412.6 × 0.35 = 144.41; the report writes 141.44 (and pays it)
    km_total = round(sum(x[1] for x in grades_), 1)
    assert km_total == 1723.8
    ex = r2(sum(pay))
    src = [("省级补助资金", 300.00, 300.00, 288.30), ("县级配套资金", 100.00, 100.00, 96.10)]
    ini, adj = 400.00, 400.00
    assert r2(sum(x[3] for x in src)) == ex == 384.40 and r2(sum(x[2] for x in src)) == adj
    rate, = rates((ex, adj))
    assert rate == 96.10
    rs = r2(10 * rate / 100)
    assert rs == 9.61
    RULE_Q = "优良中等路率≥80%得6分；75%≤优良中等路率<80%得4分；优良中等路率<80%不得分"  # PLANT MALFORMED_RULE
    ind = [("产出指标", "数量指标", "纳入考核农村公路里程", "≥1,700公里", "1,723.8公里", 7, 7, ""),
           ("产出指标", "数量指标", "农村公路列养率", "100%", "100%", 6, 6, ""),
           ("产出指标", "数量指标", "日常养护巡查频次", "≥4次/月", "4次/月", 5, 5, ""),
           ("产出指标", "数量指标", "安全隐患整治处数", "≥35处", "35处", 6, 6, ""),
           ("产出指标", "质量指标", "优良中等路率", "≥80%", "83.6%", 6, 6, ""),
           ("产出指标", "质量指标", "养护考核合格率", "≥95%", "96.2%", 6, 6, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三（一） says 6处 were finished only in late December
           ("产出指标", "时效指标", "安全隐患整治完成时间", "2024年11月底前", "按期完成", 5, 5, ""),
           ("产出指标", "成本指标", "县道养护奖补标准", "=0.7万元/公里", "0.7万元/公里", 5, 5, ""),
           ("效益指标", "社会效益指标", "农村公路通畅率", "≥98%", "99.2%", 8, 8, ""),
           ("效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", 7, 7, ""),
           ("效益指标", "生态效益指标", "公路绿化里程", "≥50公里", "46公里", 6, P(46, 50, 6), "春季干旱补植推迟，按比例计分"),
           ("效益指标", "可持续影响指标", "养护长效机制", "健全", "基本健全", 7, 6, "村级护路员报酬未纳入村级预算，扣1分"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "91.3%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "养护人员满意度", "≥85%", "84.2%", 8, P(84.2, 85, 8), "养护人员工资发放不够及时，按比例计分")]
    assert [P(46, 50, 6), P(84.2, 85, 8)] == [5.52, 7.92]
    props(ind)
    assert below_no_reason(ind) == []
    assert s2(ind, 5) == 90
    names = ["产出指标", "效益指标", "满意度指标"]
    secs_ = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    assert secs_ == [("产出指标", 46, 46), ("效益指标", 28, 26.52), ("满意度指标", 16, 15.92)], secs_
    total = r2(rs + s2(ind, 6))
    assert total == 98.05 and grade(total) == grade(r2(total - 1)) == "优", total
    g = with_project(gold(None, dept, 2024, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ini, adj, ex, rate), secs_, [fund_row(rate, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, grades=grades_, pay=pay, km=km_total, src=src, ini=ini, adj=adj,
             ex=ex, rate=rate, rs=rs, ind=ind, total=total, secs=secs_, rule_q=RULE_Q)
    fnd = [F("FORMULA", "乡道奖补资金（二、项目资金情况）", "乡道412.6公里×0.35万元/公里＝141.44万元", "141.44", "144.41",
             "HIGH", "ERROR",
             "412.6 × 0.35 = 144.41, the written product gives 141.44 (digits transposed); the 141.44 is what was paid: "
             f"130.48 + 141.44 + 112.48 = {mc(ex)}, the 全年执行数 and its {q(rate)} follow it (one slip, one finding; "
             "the rate is right on the printed figures)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "安全隐患整治完成时间",
             "安全隐患整治完成时间 | 2024年11月底前 | 按期完成 | 5 | 5 | ; 三（一）：…其中6处受汛期水毁影响至12月下旬才完成整治，"
             "未能在11月底前完成…", "5", "< 5", "HIGH", "WARNING",
             "the prose says 6 of the 35 隐患 were finished only in late December, after the 2024年11月底前 target, while the "
             "row prints 按期完成 and keeps 5 of 5 with no 偏差原因"),
           F("MALFORMED_RULE", "优良中等路率", f"说明 3：{RULE_Q}", RULE_Q,
             "overlapping bands: below 80% the rule gives both 4 (75%–80%) and 0 (<80%)", "HIGH", "WARNING",
             "the last band should start below 75%; as printed a rate of 75%–80% gets 4 and 0 at once. The row itself "
             "(83.6% → 6) is right under any reading")]
    traps = ["the project is a 以奖代补 grant: the money follows 考核合格里程 × 奖补标准 (县道 0.7, 乡道 0.35, 村道 0.10 万元/公里); "
             "the 奖补标准 are unit standards, not budget figures; 186.4 + 412.6 + 1,124.8 = 1,723.8公里 = the 里程 row's "
             "actual; 186.4 × 0.70 = 130.48 and 1,124.8 × 0.10 = 112.48 right",
             f"sources 300.00 + 100.00 = 400.00 and 288.30 + 96.10 = {mc(ex)}; {q(rate)} right; 年初 = 全年; none over",
             f"年度资金总额 {q(rate)} × 10 = {f2(rs)} (the 说明's rule)",
             "日常养护巡查频次 4 vs ≥4次/月 and 安全隐患整治处数 35 vs ≥35处 (met exactly: all 35 done in the year — only the "
             "time target was missed, the NARRATIVE plant); 县道养护奖补标准 0.7 vs =0.7万元/公里 (an equality target met)",
             "公路绿化里程 6 × 46 ÷ 50 = 5.52 and 养护人员满意度 8 × 84.2 ÷ 85 = 7.92 (proportion, with reasons); 养护长效机制 −1 "
             "with a reason",
             "三's headings: 产出指标 46 / 46, 效益指标 28 / 26.52, 满意度指标 16 / 15.92 equal the 附表's rows; 总分 98.05 = "
             "the fund line + the 14 rows; 优"]
    return {"stem": "h483_liangdang_jiaotong", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw483}


def draw483(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    para, tab, mm = rl_kit()
    M = rep["meta"]
    sec = {n: (w, s) for n, w, s in M["secs"]}
    (n1, k1, s1), (n2, k2, s2_), (n3, k3, s3) = M["grades"]
    s = [para("t", f"{M['project']}"), para("t", "绩效自评报告"), Spacer(1, 6),
         para("h", "一、项目概况"),
         para("p", f"为调动乡镇和村组养护农村公路的积极性，我县对农村公路养护实行“以奖代补”，由{M['unit']}会同各镇按季度考核，"
                   f"年终根据考核合格里程和奖补标准核拨奖补资金。项目主管部门为{M['dept']}，实施单位为{M['unit']}。"),
         para("h", "二、项目资金情况"),
         para("p", f"项目年初预算{mc(M['ini'])}万元（省级补助资金300.00万元、县级配套资金100.00万元），全年预算{mc(M['adj'])}万元。"
                   f"奖补资金按“考核合格里程×奖补标准”核定：{n1}{k1}公里×{s1:.2f}万元/公里＝{mc(M['pay'][0])}万元；"
                   f"{n2}{k2}公里×{s2_:.2f}万元/公里＝{mc(M['pay'][1])}万元；{n3}{k3:,}公里×{s3:.2f}万元/公里＝"
                   f"{mc(M['pay'][2])}万元。全年实际拨付奖补资金{mc(M['ex'])}万元，预算执行率{q(M['rate'])}，结余资金按规定收回县财政。"),
         para("h", "三、绩效目标完成情况"),
         para("p", f"（一）产出指标（{fnum(sec['产出指标'][0])}分），自评得分{fnum(sec['产出指标'][1])}分。全年纳入考核农村公路"
                   f"{M['km']:,}公里，列养率100%，日常养护巡查每月4次；排查整治安全隐患35处，其中6处受汛期水毁影响至12月下旬才完成整治，"
                   "未能在11月底前完成；优良中等路率83.6%，养护考核合格率96.2%。"),
         para("p", f"（二）效益指标（{fnum(sec['效益指标'][0])}分），自评得分{fnum(sec['效益指标'][1])}分。农村公路通畅率99.2%，"
                   "群众出行条件明显改善；完成公路绿化46公里；村级护路员报酬尚未纳入村级预算。"),
         para("p", f"（三）满意度指标（{fnum(sec['满意度指标'][0])}分），自评得分{fnum(sec['满意度指标'][1])}分。沿线群众满意度"
                   "91.3%，养护人员满意度84.2%。"),
         para("h", "四、自评结论"),
         para("p", f"经自评，年度资金总额得分{f2(M['rs'])}分，项目综合得分{f2(M['total'])}分，自评等级为“优”（{BANDS77}）。"),
         para("h", "五、存在的问题及改进措施"),
         para("p", "一是汛期水毁对养护进度影响较大；二是村级养护队伍稳定性不足。下一步将建立水毁应急抢修机制，推动护路员报酬纳入村级预算。"),
         para("r", M["dept"]), para("r", "2025年4月24日"), PageBreak(),
         para("pl", "附表"), para("cap", "项目支出绩效自评表"), para("cap", "（2024年度）")]
    data = [["项目名称", M["project"], "", "", "", "", "", ""],
            ["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])]]
    for n, a, b, c in M["src"]:
        data.append(["", ("其中：" if n == M["src"][0][0] else "") + n, mc(a), mc(b), mc(c), "—", "—", "—"])
    sp = [(1, 0, 7, 0), (1, 1, 3, 1), (5, 1, 7, 1), (0, 2, 0, len(data) - 1)]
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    base = len(data)
    rows_, sp2 = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], base)
    data += rows_
    sp += sp2
    data.append(["总分", "", "", "", "", "100", f2(M["total"]), "自评等级：优"])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    s.append(tab(data, [18, 20, 30, 22, 22, 10, 14, 38], head=0, spans=sp, left=(2, 7)))
    s.append(Spacer(1, 4))
    s.append(para("n", "说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，满意度指标同；"
                       f"3.{M['rule_q']}；4.定性指标根据完成情况酌情扣分。"))
    s.append(para("n", "填表人：王建华　　联系电话：0939-7212683　　审核人：赵永军"))
    rl_build(path, s, f"{M['project']}绩效自评报告", M["dept"], "WPS 文字")


ALL.append(h483())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        seen = heldout4.recheck(rep["gold"])
        for f in rep["findings"]:
            rest = {x["kind"] for x in rep["findings"] if x is not f}
            left = [f"{k}: {w}" for k, w in seen if not H.COVERS[k] & rest]
            print(rep["stem"], "without", f["kind"], "->", "stops with " + "; ".join(left) if left else
                  "passes (beyond the recheck; asserted in the spec)")


def main(argv):
    if argv == ["--drop"]:
        return drop_test()
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "85")


if __name__ == "__main__":
    main(sys.argv[1:])
