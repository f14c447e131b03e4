#!/usr/bin/python3
"""Round 24 (h174–h178): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus24 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports24.py [h174 …]
(needs python-docx, openpyxl and LibreOffice: h174 DOCX → Word 97 DOC, h175 DOCX → PDF, one conversion at a time,
private profile /tmp/jixiao_heldout24_lo.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, group_merges, fmt, row, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout24_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def fw(x):
    """full-width digits and point, as some portals print scores: 5.91 → ５．９１"""
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ("．" if ch == "." else ch) for ch in fmt(x))


# ============================================================ h174 六安市裕安区卫生健康委员会 (DOC, 项目 form, fund-source lines, 元 without separators, 指标 numbered 1.1)

def h174():
    dept = "六安市裕安区卫生健康委员会"
    unit = "六安市裕安区疾病预防控制中心"
    proj = "裕安区2022年基本公共卫生服务项目补助资金"
    ia, aa, ea = 4820000.00, 5136500.00, 4906372.40
    # fund sources: (name, 年初, 全年, 执行)
    src = [("中央财政资金", 3000000.00, 3210000.00, 3150000.00),
           ("省级财政资金", 900000.00, 1126500.00, 968240.40),  # PLANT BREAKDOWN_SUM: 全年 parts add to 5,236,500.00
           ("市级财政资金", 400000.00, 420000.00, 385000.00),
           ("区级财政资金", 520000.00, 480000.00, 403132.00)]
    assert abs(sum(s[1] for s in src) - ia) < 0.001 and abs(sum(s[3] for s in src) - ea) < 0.001
    parts_a = r2(sum(s[2] for s in src))  # 5,236,500.00 vs 5,136,500.00
    assert parts_a == 5236500.00
    rate = pct(ea, aa)  # 95.52
    bs = r2(rate / 10)
    rule_1 = "≥目标值得满分，每低1个百分点扣1分"
    bad_rule = "≥95%得满分，85%（含）-90%得3分，85%以下不得分"  # PLANT MALFORMED_RULE: 90%–95% paid by no band
    # (code, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准, 偏差原因)
    ind = [("1.1", "产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.6%", 5, 5, rule_1, ""),
           ("1.2", "产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", "63.5%", 5, 5, rule_1, ""),
           ("1.3", "产出指标", "数量指标", "高血压患者规范管理率", "≥60%", "60%", 5, 5, rule_1, ""),
           ("1.4", "产出指标", "数量指标", "2型糖尿病患者规范管理率", "≥60%", "61.2%", 5, 5, rule_1, ""),
           ("1.5", "产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", "91.4%", 5, 5, rule_1, ""),
           ("2.1", "产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "87%", 5, 2, rule_1, "部分流动孕产妇未及时建册"),
           ("2.2", "产出指标", "质量指标", "传染病和突发公共卫生事件报告率", "≥95%", "97%", 5, 5, bad_rule, ""),
           ("2.3", "产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥80%", "84.7%", 5, 5, rule_1, ""),
           ("3.1", "产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, 5, "100%得满分，否则不得分", ""),
           ("4.1", "产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥84元", "84元", 5, 5, "达到标准得满分", ""),
           ("5.1", "效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "不断缩小", "逐步缩小", 10, 9,
            "根据实际情况酌情扣分", "偏远村组服务频次偏低"),
           ("5.2", "效益指标", "社会效益指标", "居民健康素养水平", "≥25%", "26.3%", 10, 10, "达到目标值得满分", ""),
           ("6.1", "效益指标", "可持续影响指标", "基层医疗卫生机构服务能力", "持续提升", "持续提升", 10, 10,
            "根据实际情况酌情扣分", ""),
           ("7.1", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%", "89%", 10, 10, rule_1, "")]
    rows8 = [(l1, l2, l3, t, a, w, s, "") for _, l1, l2, l3, t, a, w, s, _, _ in ind]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + rows8
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: printed 总分 one point above the rows
    gi = grows(full)
    for gr, r in zip(gi[1:], ind):
        gr["code"] = r[0]
    g = with_project(gold(None, dept, 2022, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia / 10000, aa / 10000, ea / 10000, rate), [], gi), proj, unit)
    T = Tab(9)
    T.add(["项目名称", proj, "", "", "", "", "", "", ""], [(1, 8)])
    T.add(["主管部门", dept, "", "", "实施单位", unit, "", "", ""], [(1, 3), (5, 8)])
    T.add(["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], [(0, 1), (7, 8)])
    T.add(["年度资金总额", "", f"{ia:.2f}", f"{aa:.2f}", f"{ea:.2f}", "10", f"{rate:.2f}%", fmt(bs), ""],
          [(0, 1), (7, 8)])
    for k, (n, x, y, z) in enumerate(src):
        T.add([("其中：" if k == 0 else "") + n, "", f"{x:.2f}", f"{y:.2f}", f"{z:.2f}", "—", f"{pct(z, y):.2f}%", "—", ""],
              [(0, 1), (7, 8)])
    T.add(["年度总体目标", "", "按照国家基本公共卫生服务规范，为辖区常住居民免费提供居民健康档案管理、健康教育、预防接种、"
           "重点人群健康管理等服务，人均补助标准不低于84元，提高居民健康素养水平。", "", "", "", "", "", ""],
          [(0, 1), (2, 8)])
    hdr = T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准", "偏差原因"])
    st = len(T.rows)
    for code, l1, l2, l3, t, a, w, s, rule, n in ind:
        T.add([l1, l2, f"{code} {l3}", t, a, fmt(w), fmt(s), rule, n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "", "100", fmt(total), "自评等级：优", ""], [(0, 4), (7, 8)])
    t = styled(Table(T.rows, T.merges), [2.6, 2.6, 4.6, 2.2, 2.2, 1.4, 1.4, 4.6, 3.4])
    _ = hdr
    blocks = [Title("项目支出绩效自评表"), "（2022年度）", t,
              "说明：1.年度资金总额得分=执行率×10；2.三级指标按评分标准计分，无量化标准的根据实际情况酌情扣分；"
              "3.自评等级：" + BANDS,
              "填报单位（盖章）：六安市裕安区卫生健康委员会　　单位负责人：周××　　填表人：吴××　　填报日期：2023年4月10日"]
    fnd = [F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", fmt(total), fmt(rows_total), "HIGH",
             "ERROR", f"{fmt(bs)} (年度资金总额) + {fmt(r2(rows_total - bs))} (14 indicator rows) = {fmt(rows_total)}, "
             f"the 总分 prints {fmt(total)}; the grade 优 holds either way"),
           F("BREAKDOWN_SUM", "年度资金总额", "年度资金总额 全年预算数 5136500.00 | 中央 3210000.00 + 省级 1126500.00 + 市级 "
             "420000.00 + 区级 480000.00", f"{aa:.2f}元", f"{parts_a:.2f}元", "HIGH", "WARNING",
             f"the four 其中 lines' 全年预算数 add to {parts_a:.2f}, 100000.00 more than the 年度资金总额 line's {aa:.2f}; "
             "their 年初预算数 (4820000.00) and 全年执行数 (4906372.40) add up"),
           F("MALFORMED_RULE", "传染病和突发公共卫生事件报告率", bad_rule, "85%（含）-90%得3分",
             "no band for 90%–95%", "HIGH", "WARNING",
             "the rule pays ≥95% and 85%–90% but no band covers 90%（含）–95%; the score (97% → 5) is unaffected")]
    return {"stem": "h174_yuan_weijian", "format": "doc", "page": "A4L", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"执行率 4906372.40 ÷ 5136500.00 = {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)} "
                      "(rounding)", "each fund line's own rate right, each under its 全年预算数",
                      "高血压患者规范管理率 60% vs ≥60% and 补助标准 84元 vs ≥84元 (met exactly)",
                      "孕产妇系统管理率 87% vs ≥90%: 3 × 1 → 2 (printed rule, partial marks)",
                      "城乡居民公共卫生服务差距 −1 “酌情扣分” (judgement)", "元 → 万元"]}


ALL.append(h174())


# ============================================================ h175 信阳市平桥区水利局 (PDF via LibreOffice, prose report + table over two pages, header repeated)

def h175():
    dept = "信阳市平桥区水利局"
    ia = 2680.50
    ab, ap = 1126.40, 1815.60
    eb, ep = 1098.27, 1832.45  # PLANT SPENDING_OVER_BUDGET: 项目支出 1,832.45 > 1,815.60
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate * 8 / 100)
    cz = pct(aa - ea, aa)
    ind = [("投入", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("投入", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("投入", "预算配置", "在职人员控制率", "≤100%", "96.8%", 3, 3, ""),
           ("投入", "预算配置", "“三公经费”变动率", "≤0", "-3.2%", 3, 3, ""),
           ("投入", "预算配置", "重点支出安排率", "≥80%", "86.5%", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "按执行率×8计分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 5, 4, "个别项目报账资料不完整"),
           ("过程", "资金管理", "结转结余率", "≤5%", f"{cz:.2f}%", 4, 4, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "组织实施", "资产管理安全性", "安全", "安全", 4, 4, ""),
           ("产出", "职责履行", "小型水库除险加固", "≥6座", "6座", 7, 7, ""),
           ("产出", "职责履行", "农村供水工程维修养护", "≥45处", "48处", 7, 7, ""),
           ("产出", "职责履行", "河道清淤疏浚长度", "≥12公里", "10.5公里", 7, 6, "汛期施工受限，剩余1.5公里结转实施"),
           ("产出", "履职效益", "水利工程质量合格率", "100%", "100%", 7, 7, ""),
           ("产出", "履职效益", "防汛物资储备到位率", "100%", "100%", 7, 7, ""),
           ("效益", "社会效益", "农村自来水普及率", "≥90%", "91.2%", 6, 6, ""),
           ("效益", "社会效益", "水旱灾害造成人员伤亡", "0人", "0人", 6, 6, ""),
           ("效益", "生态效益", "新增水土流失治理面积", "≥18平方公里", "18.6平方公里", 5, 5, ""),
           ("效益", "满意度", "服务对象满意度", "≥90%", "92%", 8, 8, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    rates = [pct(s, w) for _, w, s in secs]
    out_true = rates[2]  # 97.14
    rates[2] = 97.41  # PLANT SCORE_RATE: 34 ÷ 35 = 97.14%
    g = gold(None, dept, 2023, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    goals = ["目标1：完成6座小型水库除险加固，消除病险隐患，保障汛期安全度汛；",
             "目标2：维修养护农村供水工程45处以上，巩固提升农村供水保障水平；",
             "目标4：完成河道清淤疏浚12公里、新增水土流失治理面积18平方公里，改善河湖生态环境。"]
    # PLANT GOAL_LABELS: 目标1, 目标2, 目标4 — no 目标3
    T = Tab(8)
    T.add(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "偏差原因分析"])
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, fmt(w), t, a, fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], 1)
    T.add(["合计", "", "", "100", "", "", fmt(total), ""], [(0, 2)])
    t = styled(Table(T.rows, T.merges), [1.5, 1.7, 3.4, 1.1, 2.4, 2.4, 1.5, 3.2], header_rows=1)
    t.cant_split = True
    cn = "一二三四"
    blocks = [Title("信阳市平桥区水利局2023年度部门整体支出绩效自评报告"),
              "一、部门基本情况",
              "平桥区水利局是区政府工作部门，主要负责全区水资源管理、水利工程建设与运行管理、防汛抗旱、农村供水和水土保持等"
              "工作。局机关内设办公室、规划计划股、工程建设管理股、水资源管理股、农村水利股5个股室，下属区水利工程管理站、"
              "区农村供水服务站2个事业单位。年末在职人员68人，其中行政编制21人、事业编制47人；离退休人员35人。",
              "2023年，我局围绕水旱灾害防御、农村供水保障、河湖生态治理三项重点任务，统筹推进小型水库除险加固、农村供水"
              "工程维修养护、河道清淤疏浚和水土保持综合治理，全年未发生水旱灾害人员伤亡事件。",
              "二、年度绩效目标",
              "根据区委、区政府工作部署，我局2023年度部门整体绩效目标为：",
              *goals,
              "上述目标按照“可量化、可考核”的要求分解为投入、过程、产出、效益四类19项绩效指标，纳入部门预算同步批复，"
              "年中开展绩效运行监控，对河道清淤疏浚等进度滞后的任务及时督促整改。年度终了，局绩效自评工作领导小组对照"
              "年初批复的绩效目标逐项核实完成情况，形成本报告。",
              "三、预算执行情况",
              f"2023年年初预算{ia:,.2f}万元，全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元。全年实际"
              f"支出{ea:,.2f}万元，其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元，预算执行率{rate:.2f}%。",
              "项目支出主要用于小型水库除险加固、农村供水工程维修养护、河道清淤疏浚、水土保持综合治理及防汛物资储备等。"
              "基本支出主要用于人员经费和日常公用经费，执行情况良好。",
              "四、绩效自评情况",
              "我局按照区财政局部门整体支出绩效评价指标体系，从投入、过程、产出、效益四个方面开展自评。"
              + f"自评总分{fmt(total)}分，自评等级为“优”（{BANDS.rstrip('。')}）。",
              *[f"（{cn[i]}）{n}指标：分值{fmt(w)}分，自评得分{fmt(s)}分，得分率{rt:.2f}%。"
                for i, ((n, w, s), rt) in enumerate(zip(secs, rates))],
              "从指标完成情况看，除河道清淤疏浚长度受汛期施工限制未完成年度目标外，其余产出、效益指标均达到或超过年度目标；"
              "预算执行率较上年提高，资金使用总体合规，个别项目报账资料不够完整。",
              "各项指标自评情况如下表：", t,
              "五、存在的问题及改进措施",
              "一是部分项目前期工作不够扎实，河道清淤疏浚受汛期影响未全部完成；二是项目支出预算执行管控有待加强。下一步，"
              "我局将加强项目前期谋划，严格按预算执行，确保资金使用效益。",
              "信阳市平桥区水利局", "2024年3月25日"]
    fnd = [F("GOAL_LABELS", "年度绩效目标", "目标1：… 目标2：… 目标4：…", "目标1, 目标2, 目标4", "目标1, 目标2, 目标3",
             "HIGH", "WARNING", "the third goal is labelled 目标4; there is no 目标3"),
           F("SCORE_RATE", "产出", f"（三）产出指标：分值35分，自评得分{fmt(secs[2][2])}分，得分率{rates[2]:.2f}%",
             f"{rates[2]:.2f}%", f"{out_true:.2f}%", "HIGH", "ERROR",
             f"{fmt(secs[2][2])} ÷ 35 = {out_true:.2f}%, printed {rates[2]:.2f}% (digits transposed)"),
           F("SPENDING_OVER_BUDGET", "项目支出", f"全年预算…项目支出{ap:,.2f}万元 | 全年实际支出…项目支出{ep:,.2f}万元",
             f"{ep:,.2f}万元", f"≤ {ap:,.2f}万元", "HIGH", "WARNING",
             f"项目支出 实际 {ep:,.2f} exceeds its 全年预算 {ap:,.2f} by {ep - ap:,.2f}; the whole ({ea:,.2f} ≤ {aa:,.2f}) "
             "and 基本支出 are under budget")]
    return {"stem": "h175_pingqiao_shuili", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 8 = {rate * 8 / 100:.4f} printed {fmt(bs)} "
                      "(rounding)", f"结转结余率 {cz:.2f}% (right)", "小型水库除险加固 6 vs ≥6座 (met exactly)",
                      "水旱灾害造成人员伤亡 0人 vs 0人 full", "河道清淤疏浚 10.5 vs ≥12公里 −1 with a reason, no printed rule "
                      "(judgement)", "资金使用合规性 −1 with a reason (judgement)",
                      "投入 100%, 过程 rate, 效益 100% right; 总分 = rows = the four section scores",
                      "the table runs over two pages with its header repeated (not a second table)",
                      "“5个股室” lists five, “2个事业单位” lists two"]}


ALL.append(h175())


# ============================================================ h176 上饶市广丰区交通运输局 (XLSX, 汇总 sheet + one sheet per project, 元 as numbers, 自评分)

def proj_sheet(dept, unit, proj, ia, aa, ea, rate_p, bs, goal, done, ind, total):
    m = lambda x: Num(x, "0.00")  # noqa: E731
    T = Tab(8)
    T.add(["项目支出绩效自评表"], [(0, 7)])
    T.add(["（2022年度）"], [(0, 7)])
    first = T.add(["项目名称", proj, "", "", "", "", "", ""], [(1, 7)])
    T.add(["主管部门", dept, "", "", "实施单位", unit, "", ""], [(1, 3), (5, 7)])
    T.add(["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评分"], [(0, 1)])
    T.add(["年度资金总额", "", m(ia), m(aa), m(ea), Num(10), f"{rate_p:.2f}%", Num(bs)], [(0, 1)])
    T.add(["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""], [(0, 1), (2, 4), (5, 7)])
    T.add(["", "", goal, "", "", done, "", ""], [(0, 1), (2, 4), (5, 7)])
    T.merges.append((len(T.rows) - 2, 0, len(T.rows) - 1, 1))
    T.merges.remove((len(T.rows) - 2, 0, len(T.rows) - 2, 1))
    T.merges.remove((len(T.rows) - 1, 0, len(T.rows) - 1, 1))
    T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评分", "偏差原因分析及改进措施"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, t, a, Num(w), Num(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "", Num(100), Num(total), "自评等级：优"], [(0, 4)])
    t = styled(Table(T.rows, T.merges), [11, 13, 24, 14, 14, 8, 9, 26])
    t.first_table_row = first
    return t


def h176():
    dept = "上饶市广丰区交通运输局"
    # project 1
    u1, p1 = "上饶市广丰区公路事业发展中心", "广丰区2022年农村公路养护工程"
    ia1, aa1, ea1 = 6000000.00, 6480000.00, 6215600.00
    rate1 = pct(ea1, aa1)  # 95.92
    rate1_p = 95.29  # PLANT EXECUTION_RATE: 6215600.00 ÷ 6480000.00 = 95.92% (digits transposed)
    assert rate1 == 95.92
    bs1 = r2(rate1 / 10)  # 9.59 (the score follows the right rate)
    ind1 = [("产出指标", "数量指标", "农村公路养护里程", "≥1260公里", "1262公里", 10, 10, ""),
            ("产出指标", "数量指标", "危桥改造", "≥8座", "8座", 10, 10, ""),
            ("产出指标", "数量指标", "安全生命防护工程", "≥35公里", "36.2公里", 10, 10, ""),
            ("产出指标", "质量指标", "公路优良中等路率", "≥85%", "87.3%", 10, 10, ""),
            ("产出指标", "时效指标", "养护工程按期完工率", "≥95%", "96%", 5, 5, ""),
            ("产出指标", "成本指标", "每公里年均养护成本", "≤4800元", "4756元", 5, 5, ""),
            ("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", "明显改善", 10, 10, ""),
            ("效益指标", "社会效益指标", "农村公路交通事故发生率", "同比下降", "同比下降5.2%", 10, 10, ""),
            ("效益指标", "可持续影响指标", "农村公路养护长效机制", "健全", "基本健全", 10, 8, "乡级养护站人员配备不足，下年度充实"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.5%", 10, 10, "")]
    full1 = [("", "", "年度资金总额", "", f"{rate1_p:.2f}%", 10, bs1, "")] + ind1
    assert s2(full1, 5) == 100
    tot1 = s2(full1, 6)
    # project 2
    u2, p2 = "上饶市广丰区道路运输事业发展中心", "广丰区2022年城乡客运一体化补助资金"
    ia2, aa2, ea2 = 1800000.00, 1800000.00, 1724400.00
    rate2 = pct(ea2, aa2)  # 95.80
    bs2 = r2(rate2 / 10)
    ind2 = [("产出指标", "数量指标", "城乡公交化改造线路", "≥12条", "10条", 10, 10, ""),  # PLANT TARGET_MISSED_FULL_MARKS
            ("产出指标", "数量指标", "新增城乡公交车辆", "≥30辆", "30辆", 10, 10, ""),
            ("产出指标", "质量指标", "建制村通客车率", "100%", "100%", 10, 10, ""),
            ("产出指标", "质量指标", "营运车辆安全检测合格率", "100%", "100%", 10, 10, ""),
            ("产出指标", "时效指标", "补助资金兑付及时率", "≥95%", "97%", 10, 10, ""),
            ("效益指标", "社会效益指标", "城乡客运最高票价", "≤3元", "2元", 10, 10, ""),
            ("效益指标", "社会效益指标", "群众出行候车时间", "缩短", "平均缩短15分钟", 10, 10, ""),
            ("效益指标", "可持续影响指标", "城乡客运稳定运营", "持续稳定", "持续稳定", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "88%", 10, 8, "每低1个百分点扣1分；部分线路发车间隔较长")]
    full2 = [("", "", "年度资金总额", "", f"{rate2:.2f}%", 10, bs2, "")] + ind2
    assert s2(full2, 5) == 100
    tot2 = s2(full2, 6)
    tot2_sum = r2(tot2 + 1)  # PLANT SAME_FIGURE_DIFFERS: 汇总 prints 98.58 for project 2, its sheet 97.58
    g1 = with_project(gold(None, dept, 2022, "COUNTY", "江西省", "SELF_EVALUATION", None, tot1, 100, "优",
                           budget(ia1 / 10000, aa1 / 10000, ea1 / 10000, rate1_p), [], grows(full1)), p1, u1)
    g2 = with_project(gold(None, dept, 2022, "COUNTY", "江西省", "SELF_EVALUATION", None, tot2, 100, "优",
                           budget(ia2 / 10000, aa2 / 10000, ea2 / 10000, rate2), [], grows(full2)), p2, u2)
    m = lambda x: Num(x, "0.00")  # noqa: E731
    S = Tab(8)
    S.add(["上饶市广丰区交通运输局2022年度项目支出绩效自评结果汇总表"], [(0, 7)])
    S.add(["填报单位：上饶市广丰区交通运输局", "", "", "", "", "", "金额单位：元", ""], [(0, 5), (6, 7)])
    first = S.add(["序号", "项目名称", "实施单位", "全年预算数", "全年执行数", "执行率", "自评分", "自评等级"])
    S.add([Num(1), p1, u1, m(aa1), m(ea1), f"{rate1_p:.2f}%", Num(tot1), "优"])
    S.add([Num(2), p2, u2, m(aa2), m(ea2), f"{rate2:.2f}%", Num(tot2_sum), "优"])
    S.add(["合计", "", "", m(aa1 + aa2), m(ea1 + ea2), f"{pct(ea1 + ea2, aa1 + aa2):.2f}%", "", ""], [(0, 2)])
    S.add(["注：各项目自评表见后附工作表；自评等级：" + BANDS], [(0, 7)])
    st = styled(Table(S.rows, S.merges), [6, 34, 30, 14, 14, 10, 9, 9])
    st.first_table_row = first
    t1 = proj_sheet(dept, u1, p1, ia1, aa1, ea1, rate1_p, bs1,
                    "完成全区农村公路日常养护1260公里，改造危桥8座，实施安全生命防护工程35公里，优良中等路率不低于85%。",
                    "完成日常养护1262公里，改造危桥8座，安全生命防护工程36.2公里，优良中等路率87.3%。", ind1, tot1)
    t2 = proj_sheet(dept, u2, p2, ia2, aa2, ea2, rate2, bs2,
                    "完成12条城乡公交化改造线路，新增城乡公交车辆30辆，保持建制村通客车率100%。",
                    "完成10条线路公交化改造，新增城乡公交车辆30辆，建制村通客车率100%。", ind2, tot2)
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"{p1} | 年度资金总额 | {ia1:.2f} | {aa1:.2f} | {ea1:.2f} | 10 | "
             f"{rate1_p:.2f}% | {fmt(bs1)}", f"{rate1_p:.2f}%", f"{rate1:.2f}%", "HIGH", "ERROR",
             f"sheet 农村公路养护: {ea1:.2f} ÷ {aa1:.2f} = {rate1:.2f}%, printed {rate1_p:.2f}% (digits transposed; the "
             f"汇总 copies it); the 自评分 {fmt(bs1)} follows the right rate (one problem)"),
           F("SAME_FIGURE_DIFFERS", p2, f"汇总 | 2 | {p2} | … | 自评分 {fmt(tot2_sum)} | 城乡客运 sheet | 总分 | 100 | "
             f"{fmt(tot2)}", fmt(tot2_sum), fmt(tot2), "HIGH", "WARNING",
             f"the 汇总 sheet lists {fmt(tot2_sum)} for the 城乡客运 project, its own sheet's 总分 is {fmt(tot2)} (= its rows); "
             "the grade 优 holds either way"),
           F("TARGET_MISSED_FULL_MARKS", "城乡公交化改造线路", "城乡公交化改造线路 | ≥12条 | 10条 | 10 | 10", "10", "< 10",
             "HIGH", "WARNING", "sheet 城乡客运: 10 < 12条 (also in 实际完成情况), yet full marks and no 偏差原因")]
    return {"stem": "h176_guangfeng_jiaotong", "format": "xlsx",
            "sheets": [("汇总", st), ("农村公路养护", t1), ("城乡客运", t2)], "gold": [g1, g2], "findings": fnd,
            "traps": [f"城乡客运 执行率 {ea2:.2f} ÷ {aa2:.2f} = {rate2:.2f}% (right) × 10 = {fmt(bs2)}",
                      f"the 汇总 合计 line {pct(ea1 + ea2, aa1 + aa2):.2f}% (right); 汇总 project 1 自评分 {fmt(tot1)} = its sheet",
                      "危桥改造 8 vs ≥8座 and 新增城乡公交车辆 30 vs ≥30辆 (met exactly)",
                      "乘客满意度 88%: 2 × 1 → 8 (printed rule)", "养护长效机制 基本健全 −2 with a reason (judgement)",
                      "元 → 万元; amounts as numeric cells, no separators"]}


ALL.append(h176())


# ============================================================ h177 天水市麦积区林业和草原局 (HTML portal page, third party, 一级 column on the right, full-width “分” scores)

def h177():
    dept = "天水市麦积区林业和草原局"
    unit = "天水市麦积区天然林保护中心"
    proj = "麦积区2023年天然林保护修复资金"
    agency = "甘肃陇信会计师事务所有限公司"
    ia, ab, eb = 1236.00, 1306.00, 1254.37
    rate = pct(eb, ab)  # 96.05
    bs = r2(rate * 5 / 100)  # 4.8
    gl_r = "按完成比例计分"
    du_rule = "≥98%得满分，每低1个百分点扣1分"
    du_true, du = 4, 5  # PLANT RULE_SCORE: 96% is 2 points below 98% → 6 − 2 = 4
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分说明)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 4, 4, "符合天然林保护修复政策，得满分"),
           ("决策", "项目立项", "绩效目标合理性", "合理", "未细化年度指标", 4, 2.5, "年度指标未细化到管护站，扣1.5分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 4, 4, "按管护面积分配，得满分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 5, 5, "资金全部到位，得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "2个管护站报账凭证不规范", 5, 3, "发现问题扣2分"),
           ("过程", "组织实施", "管理制度执行有效性", "有效", "部分管护档案不全", 5, 3, "档案不全扣2分"),
           ("产出", "产出数量", "天然林管护面积", "≥86.5万亩", "86.5万亩", 8, 8, "达到目标得满分"),
           ("产出", "产出数量", "公益林管护面积", "≥32万亩", "31.5万亩", 6, r2(31.5 / 32 * 6), gl_r),
           ("产出", "产出质量", "森林抚育面积", "≥1.2万亩", "1.26万亩", 6, 6, "达到目标得满分"),
           ("产出", "产出质量", "管护人员到岗率", "≥98%", "96%", 6, du, du_rule),
           ("产出", "产出时效", "管护资金发放及时率", "100%", "100%", 6, 6, "按月发放，得满分"),
           ("效益", "生态效益", "森林覆盖率", "≥63.5%", "63.8%", 8, 8, "达到目标得满分"),
           ("效益", "生态效益", "森林火灾受害率", "≤0.9‰", "0.2‰", 6, 6, "达到目标得满分"),
           ("效益", "生态效益", "林业有害生物成灾率", "≤3.5‰", "1.8‰", 6, 6, "达到目标得满分"),
           ("效益", "社会效益", "带动护林员就业", "≥420人", "412人", 6, r2(412 / 420 * 6), gl_r),
           ("效益", "社会效益", "林区群众生态保护意识", "明显提升", "有所提升", 4, 2, "宣传覆盖面不足，扣2分"),
           ("效益", "满意度", "护林员满意度", "≥90%", "87%", 6, 3, "每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: 合计 and the conclusion print one point above the rows
    grade_p = "优秀"  # PLANT GRADE_OUTSIDE_BANDS: 88.10 / 89.10 are 良好 by the printed bands
    assert 80 <= rows_total < 90 and 80 <= total < 90
    g = with_project(gold(None, dept, 2023, "COUNTY", "甘肃省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
                          budget(ia, ab, eb, rate), [], [row(l1, l2, l3, t, a, w, s) for l1, l2, l3, t, a, w, s, _ in ind]),
                     proj, unit)
    e = html.escape
    cnt1, cnt2 = {}, {}
    for r in ind:
        cnt1[r[0]] = cnt1.get(r[0], 0) + 1
        cnt2[(r[0], r[1])] = cnt2.get((r[0], r[1]), 0) + 1
    seen = set()
    trs = []
    for l1, l2, l3, t, a, w, s, n in ind:
        c = f"<td>{e(l3)}</td><td>{e(t)}</td><td>{e(a)}</td><td>{fw(w)}分</td><td>{fw(s)}分</td><td class=\"l\">{e(n)}</td>"
        if (l1, l2) not in seen:
            c += f"<td rowspan=\"{cnt2[(l1, l2)]}\">{e(l2)}</td>"
            seen.add((l1, l2))
        if l1 not in seen:
            c += f"<td rowspan=\"{cnt1[l1]}\">{e(l1)}</td>"
            seen.add(l1)
        trs.append("        <tr>" + c + "</tr>")
    trs.append(f"        <tr><td colspan=\"3\">合计</td><td>{fw(100)}分</td><td>{fw(total)}分</td><td colspan=\"3\"></td></tr>")
    bands = "综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。"
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>麦积区2023年天然林保护修复资金绩效评价报告_天水市麦积区人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",sans-serif;background:#f4f4f4;margin:0}}
.header{{background:#1a5fa8;color:#fff;padding:14px 40px;font-size:22px}}
.nav a{{color:#fff;margin-right:18px;text-decoration:none}}
.main{{width:1000px;margin:20px auto;background:#fff;padding:30px 50px}}
.crumb{{font-size:13px;color:#666}}
h1{{font-size:22px;text-align:center}}
.info{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}}
.content p{{text-indent:2em;line-height:1.9;font-size:16px}}
.content table{{border-collapse:collapse;margin:10px auto;font-size:13px}}
.content td,.content th{{border:1px solid #333;padding:4px 6px;text-align:center}}
.content td.l{{text-align:left}}
.footer{{text-align:center;font-size:12px;color:#999;padding:20px}}
</style>
</head>
<body>
<div class="header">天水市麦积区人民政府
  <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
</div>
<div class="main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; 绩效评价</div>
  <h1>{e(proj)}绩效评价报告</h1>
  <div class="info">发布时间：2024-07-15　来源：麦积区财政局　浏览次数：<span id="hits">326</span>　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div class="content">
    <p>受天水市麦积区财政局委托，{e(agency)}（以下简称“我公司”）对{e(dept)}实施的{e(proj)}开展了绩效评价。现将有关情况报告如下：</p>
    <p><strong>一、项目基本情况</strong></p>
    <p>{e(proj)}用于全区天然林和公益林管护、森林抚育及护林员补助，由{e(unit)}具体实施。项目年初预算{ia:,.2f}万元，调整后预算{ab:,.2f}万元，全年实际支出{eb:,.2f}万元，预算执行率{rate:.2f}%。</p>
    <p><strong>二、评价结论</strong></p>
    <p>评价组按照决策、过程、产出、效益四类一级指标对项目进行了综合评价。经评价，该项目综合得分{fmt(total)}分，评价等级为“{grade_p}”。（{bands}）</p>
    <p><strong>三、绩效指标评分情况</strong></p>
    <table>
      <thead>
        <tr><th>三级指标</th><th>指标值</th><th>实际完成值</th><th>分值</th><th>评价分</th><th>评分说明</th><th>二级指标</th><th>一级指标</th></tr>
      </thead>
      <tbody>
{chr(10).join(trs)}
      </tbody>
    </table>
    <p><strong>四、存在的问题</strong></p>
    <p>（一）绩效目标未细化到管护站；（二）部分管护站报账凭证不规范、管护档案不全；（三）公益林管护面积和护林员聘用人数未达到年度目标。</p>
    <p><strong>五、意见建议</strong></p>
    <p>建议细化年度绩效目标，规范资金报账管理，完善管护档案，及时补聘护林员。</p>
    <p style="text-align:right">{e(agency)}</p>
    <p style="text-align:right">2024年6月28日</p>
  </div>
</div>
<div class="footer">主办：天水市麦积区人民政府办公室　　地址：天水市麦积区　　<a href="/sitemap/">网站地图</a></div>
</body>
</html>
"""
    fnd = [F("TOTAL_VS_ROWS", "合计", f"合计 | {fw(100)}分 | {fw(total)}分 | 综合得分{fmt(total)}分", fmt(total),
             fmt(rows_total), "HIGH", "ERROR",
             f"the 18 评价分 add to {fmt(rows_total)}; the 合计 row and the 二 conclusion print {fmt(total)}"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合得分{fmt(total)}分，评价等级为“{grade_p}”", grade_p, "良好",
             "HIGH", "ERROR", f"by the printed bands {fmt(total)} (and the rows' {fmt(rows_total)}) is 良好 (80–90); "
             "优秀 needs 90"),
           F("RULE_SCORE", "管护人员到岗率", f"管护人员到岗率 | ≥98% | 96% | {fw(6)}分 | {fw(du)}分 | {du_rule}", str(du),
             str(du_true), "HIGH", "ERROR", f"96% is 2 points below 98%: 6 − 2 × 1 = {du_true}, printed {du}")]
    return {"stem": "h177_maiji_linye", "format": "html", "html": body, "encoding": "utf-8", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 5 = {rate * 5 / 100:.4f} printed {fmt(bs)}",
                      f"公益林管护面积 31.5 ÷ 32 × 6 = {fmt(r2(31.5 / 32 * 6))} and 带动护林员就业 412 ÷ 420 × 6 = "
                      f"{fmt(r2(412 / 420 * 6))} (printed proportion rule, partial marks)",
                      "护林员满意度 87%: 3 × 1 → 3 (printed rule)", "天然林管护面积 86.5 vs ≥86.5万亩 (met exactly)",
                      "绩效目标合理性 −1.5, 合规性 −2, 档案 −2, 生态保护意识 −2 (reasons, no printed rule: judgement)",
                      "full-width digits with 分 are the printed form, not a problem"]}


ALL.append(h177())


# ============================================================ h178 宜昌市夷陵区人力资源和社会保障局 (DOCX, 评分标准 column first, 小计 rows, total only in the closing sentence)

def h178():
    dept = "宜昌市夷陵区人力资源和社会保障局"
    ib, ip = 1526.30, 2318.00
    ab, ap = 1580.42, 2604.15
    eb, ep = 1562.88, 2461.70
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    bad_rule = "执行率100%得满分；95%（含）-100%得1分；95%以下得2分"  # PLANT MALFORMED_RULE: the lower band pays more
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 指标解释及评分标准)
    ind = [("投入", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, "预算编制依据充分、数据准确得满分，否则酌情扣分"),
           ("投入", "预算配置", "在职人员控制率", "≤100%", "98.5%", 3, 3, "≤100%得满分，每超1个百分点扣0.5分"),
           ("投入", "预算配置", "“三公经费”变动率", "≤0", "-1.6%", 3, 3, "≤0得满分，否则不得分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分=执行率×分值"),
           ("过程", "预算执行", "结转结余变动率", "≤0", "-12.4%", 3, 3, "≤0得满分，否则不得分"),
           ("过程", "预算执行", "政府采购执行率", "100%", "100%", 3, 3, bad_rule),
           ("过程", "预算管理", "管理制度健全性", "健全", "健全", 4, 4, "制度健全并有效执行得满分，否则酌情扣分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, "无违规使用资金得满分，发现一处扣1分"),
           ("产出", "职责履行", "城镇新增就业人数", "≥4500人", "4638人", 8, 8, "达到目标值得满分，否则按比例得分"),
           ("产出", "职责履行", "城镇调查失业率", "≤5.5%", "4.9%", 6, 6, "控制在目标内得满分，否则不得分"),
           ("产出", "职责履行", "职业技能培训人次", "≥6000人次", "6000人次", 6, 6, "达到目标值得满分，否则按比例得分"),
           ("产出", "职责履行", "基本养老保险参保率", "≥95%", "95.8%", 6, 6, "达到目标值得满分，否则按比例得分"),
           ("产出", "职责履行", "劳动人事争议仲裁结案率", "≥90%", "93.6%", 6, 6, "达到目标值得满分，否则按比例得分"),
           ("产出", "职责履行", "农民工欠薪案件办结率", "100%", "96%", 6, 4, "100%得满分，每低1个百分点扣0.5分"),
           ("效益", "社会效益", "重点群体就业帮扶", "有效帮扶", "有效帮扶", 8, 8, "根据帮扶成效酌情扣分"),
           ("效益", "社会效益", "社会保障卡持卡人口覆盖率", "≥98%", "98.6%", 6, 6, "达到目标值得满分"),
           ("效益", "可持续影响", "人社政务服务“一网通办”率", "≥90%", "92%", 5, 5, "达到目标值得满分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "91.3%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    wsum = s2(ind, 5)  # PLANT WEIGHTS_VS_FULL_MARK: the 分值 add to 102 (产出 38), the 满分 is 100
    assert wsum == 102
    total = s2(ind, 6)
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    out_true = secs[2][2]  # 36
    secs[2][2] = r2(out_true + 1)  # PLANT SECTION_VS_ROWS: 产出 rows 8 + 6 + 6 + 6 + 6 + 4 = 36
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [tuple(s) for s in secs], grows(ind))
    B = Tab(5)
    B.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    for lab, x, y, z in [("合计", ia, aa, ea), ("其中：基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        B.add([lab, f"{x:,.2f}", f"{y:,.2f}", f"{z:,.2f}", f"{pct(z, y):.2f}%"])
    bt = styled(Table(B.rows, B.merges), [3, 2.5, 2.5, 2.5, 2])
    T = Tab(8)
    T.add(["指标解释及评分标准", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "自评得分"])
    for n, w, s in secs:
        st = len(T.rows)
        for l1, l2, l3, t, a, wt, sc, rule in [r for r in ind if r[0] == n]:
            T.add([rule, l1, l2, l3, fmt(wt), t, a, fmt(sc)])
        T.merges += group_merges(T.rows, [1, 2], st)
        T.add(["", n + "小计", "", "", fmt(w), "", "", fmt(s)], [(1, 3)])
    t = styled(Table(T.rows, T.merges), [5.2, 1.4, 1.8, 3.6, 1.1, 1.9, 1.9, 1.3], header_rows=1)
    blocks = [Title("2024年度部门整体支出绩效自评表"),
              f"部门名称：{dept}　　　　　　　　　　　　单位：万元",
              "一、部门预算执行情况", bt,
              "二、部门整体绩效指标自评情况", t,
              f"三、自评结论：经自评，我局2024年度部门整体支出绩效自评得分{fmt(total)}分（满分100分），自评等级为“优”。"
              + "（" + BANDS.rstrip("。") + "。）",
              "单位负责人：黄××　　　　财务负责人：何××　　　　填表人：许××　　　　填报日期：2025年3月18日"]
    fnd = [F("WEIGHTS_VS_FULL_MARK", "自评结论", f"自评得分{fmt(total)}分（满分100分）", "100", fmt(wsum), "HIGH", "ERROR",
             "the printed 分值 add to 102 (投入 10 + 过程 25 + 产出 38 + 效益 29, the 小计 rows say the same), the "
             "conclusion's 满分 is 100"),
           F("SECTION_VS_ROWS", "产出", f"产出小计 | 38 | {fmt(secs[2][2])}", fmt(secs[2][2]), fmt(out_true), "HIGH",
             "ERROR", f"the six 产出 rows score 8 + 6 + 6 + 6 + 6 + 4 = {fmt(out_true)}, the 小计 prints "
             f"{fmt(secs[2][2])}; the four 小计 add to {fmt(r2(sum(s[2] for s in secs)))}, the conclusion's "
             f"{fmt(total)} equals the rows"),
           F("MALFORMED_RULE", "政府采购执行率", bad_rule, "95%以下得2分", "a lower band paying more than the band above it",
             "HIGH", "WARNING", "below 95% pays 2 points, more than 95%–100% (1); the score (100% → 3) is unaffected")]
    return {"stem": "h178_yiling_renshe", "format": "docx", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      "基本 + 项目 = 合计 in every column; both under budget; each line's rate right",
                      "职业技能培训人次 6000 vs ≥6000人次 (met exactly)",
                      "农民工欠薪案件办结率 96%: 4 × 0.5 → 4 (printed rule, partial marks)",
                      "投入/过程/效益 小计 right", "total printed only in the closing sentence (no 合计 row)"]}


ALL.append(h178())


def render_pdf(rep, work):
    """heldout14.render's PDF path, with every table row marked “can't split” (w:cantSplit) so LibreOffice moves a
    whole row to the next page, where it repeats the header row (w:tblHeader)."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    stem = rep["stem"]
    src = os.path.join(work, stem + ".docx")
    H.A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
    d = Document(src)
    for tb in d.tables:
        for tr in tb.rows:
            tr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    d.save(src)
    H.A.soffice(src, "pdf:writer_pdf_Export", work)
    dest = os.path.join(H.OUT, f"{stem}.pdf")
    shutil.move(os.path.join(work, stem + ".pdf"), dest)
    return dest


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout24_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            if rep["format"] == "pdf":
                dest = render_pdf(rep, work)
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
