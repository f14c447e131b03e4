#!/usr/bin/python3
"""Round 26 (h184–h188): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus26 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports26.py [h184 …]
(needs python-docx, openpyxl and LibreOffice: h185 DOCX → PDF, private profile /tmp/jixiao_heldout26_lo.)
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
from heldout import Table, Title, group_merges, fmt, budget, gold, row  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout26_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
CN = "一二三四五六七八九十"


# ============================================================ h184 龙岩市新罗区卫生健康局 (DOCX, 部门整体 form, “一、/（一）/1.” numbering in the name cells, 标准分值)

def h184():
    dept = "龙岩市新罗区卫生健康局"
    ib, ip = 3250.00, 5480.00
    ia_p = 8830.00  # PLANT BREAKDOWN_SUM: 年初 基本 3,250.00 + 项目 5,480.00 = 8,730.00
    ab, ap = 3412.60, 6025.80
    eb, ep = 3398.15, 5786.33
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 97.31
    bs = r2(rate / 10)  # 9.73
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("投入", "预算编制", "预算编制科学性", "科学合理", "科学合理", 4, 4, "编制科学合理得满分，否则酌情扣分"),
           ("投入", "预算编制", "“三公经费”变动率", "≤0", "-3.6%", 3, 3, "≤0得满分，否则不得分"),
           ("投入", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "合理得满分，否则酌情扣分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分=预算执行率×标准分值"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, "发现一处违规扣1分"),
           ("过程", "资产管理", "固定资产利用率", "≥90%", "94.2%", 5, 5, "≥90%得满分，每低1个百分点扣0.5分"),
           ("产出", "数量指标", "家庭医生签约服务人数", "≥12万人", "12.6万人", 8, 8, "达到目标值得满分，否则按比例得分"),
           ("产出", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "93.8%", 8, 8, "达到目标值得满分，未达到的酌情扣分"),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出", "质量指标", "严重精神障碍患者规范管理率", "≥80%", "80%", 8, 8, "≥80%得满分，每低1个百分点扣1分"),
           ("产出", "质量指标", "卫生监督抽检合格率", "≥95%", "97.5%", 8, 8.5, "≥95%得满分"),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("产出", "时效指标", "传染病疫情报告及时率", "100%", "100%", 8, 8, "100%得满分，否则不得分"),
           ("效益", "社会效益", "居民健康素养水平", "≥28%", "29.1%", 10, 10, "达到目标值得满分"),
           ("效益", "社会效益", "基层医疗机构诊疗量占比", "≥60%", "57%", 6, 4.5, "≥60%得满分，每低1个百分点扣0.5分"),
           ("效益", "满意度", "群众就医满意度", "≥90%", "92.3%", 14, 14, "≥90%得满分，每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 98.73 (with the 8.5)
    g = gold(None, dept, 2023, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia_p, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    B = Tab(5)
    B.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    B.add(["合计", f"{ia_p:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", f"{rate:.2f}%"])
    B.add(["其中：基本支出", f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", f"{pct(eb, ab):.2f}%"])
    B.add(["　　　项目支出", f"{ip:,.2f}", f"{ap:,.2f}", f"{ep:,.2f}", f"{pct(ep, ap):.2f}%"])
    bt = styled(Table(B.rows, B.merges), [4.0, 3.0, 3.0, 3.0, 2.4], header_rows=1)
    T = Tab(8)
    T.add(["一级指标", "二级指标", "三级指标", "标准分值", "评分标准", "年度指标值", "实际完成值", "得分"])
    st = len(T.rows)
    codes = []
    l1s, l2s = [], []
    for l1, l2, *_ in ind:
        if l1 not in l1s:
            l1s.append(l1)
        if (l1, l2) not in l2s:
            l2s.append((l1, l2))
    k3 = {}
    for l1, l2, l3, t, a, w, s, rule in ind:
        i1 = l1s.index(l1)
        i2 = [x for x in l2s if x[0] == l1].index((l1, l2))
        k3[l1] = k3.get(l1, 0) + 1
        codes.append(str(k3[l1]))
        T.add([f"{CN[i1]}、{l1}", f"（{CN[i2]}）{l2}", f"{k3[l1]}.{l3}", fmt(w), rule, t, a, fmt(s)])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", "100", "", "", "", fmt(total)], [(0, 2)])
    T.add(["自评等级", "", "", "优", "", "", "", ""], [(0, 2), (3, 7)])
    tt = styled(Table(T.rows, T.merges), [2.0, 2.4, 4.6, 1.4, 4.4, 2.0, 2.0, 1.4], header_rows=1)
    for r, c in zip(g["indicators"], codes):
        r["code"] = c
    blocks = [Title("龙岩市新罗区卫生健康局2023年度部门整体支出绩效自评表"),
              "部门名称（盖章）：龙岩市新罗区卫生健康局　　　　　　　　　　单位：万元",
              "一、部门预算执行情况", bt, "二、绩效指标完成及评分情况", tt,
              "说明：1.预算执行率得分=预算执行率×标准分值，保留两位小数；2.自评等级" + BANDS,
              "填表人：林晓燕　　联系电话：0597-2286513　　填报日期：2024年4月12日"]
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "卫生监督抽检合格率", "3.卫生监督抽检合格率 | 8 | ≥95%得满分 | ≥95% | 97.5% | 8.5",
             "8.5", "≤ 8", "HIGH", "ERROR",
             "the row scores 8.5 against its 标准分值 8 (no bonus rule printed); the 合计 includes it"),
           F("TARGET_MISSED_FULL_MARKS", "适龄儿童免疫规划疫苗接种率",
             "2.适龄儿童免疫规划疫苗接种率 | 8 | 达到目标值得满分，未达到的酌情扣分 | ≥95% | 93.8% | 8", "8", "< 8", "HIGH",
             "WARNING", "93.8% < ≥95%, yet full marks 8; the rule says a missed target loses marks"),
           F("BREAKDOWN_SUM", "年初预算数", f"合计 | {ia_p:,.2f} … 基本支出 | {ib:,.2f} … 项目支出 | {ip:,.2f}",
             f"{ia_p:,.2f}万元", f"{ib + ip:,.2f}万元", "HIGH", "WARNING",
             f"年初 基本 {ib:,.2f} + 项目 {ip:,.2f} = {ib + ip:,.2f}, the 合计 prints {ia_p:,.2f}; the 全年 and 执行 "
             "columns add up")]
    return {"stem": "h184_xinluo_weijian", "format": "docx", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 10 = {fmt(bs)}",
                      "基本/项目 lines' own rates right, both under budget",
                      "严重精神障碍患者规范管理率 80% vs ≥80% (met exactly)",
                      "基层医疗机构诊疗量占比 57% vs ≥60%: 3 × 0.5 → 4.5 (printed rule, partial marks)",
                      "numbering 一、/（一）/1. in the name cells is not part of the names"]}


ALL.append(h184())


# ============================================================ h185 株洲市荷塘区农业农村局 (PDF, 项目 form with the goals merged into the score table: a 绩效目标 column)

def h185():
    dept = "株洲市荷塘区农业农村局"
    unit = "株洲市荷塘区农业综合服务中心"
    proj = "荷塘区2024年高标准农田建设项目"
    ia, aa, ea = 860.00, 920.00, 851.46
    rate = pct(ea, aa)  # 92.55
    bs_true = r2(rate / 10)  # 9.26 (两位小数)
    bs = 9.62  # PLANT BUDGET_ROW_SCORE: 92.55% × 10 = 9.255 → 9.26
    gz = 9  # PLANT RULE_SCORE: 94% vs 100%, 每低1个百分点扣0.5分 → 10 − 6 × 0.5 = 7
    gz_true = r2(10 - (100 - 94) * 0.5)  # 7
    # (目标, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)
    ind = [("目标1", "产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.2万亩", 12, 12, ""),
           ("目标1", "产出指标", "数量指标", "新建及修复灌排渠道", "≥18公里", "18.6公里", 8, 8, ""),
           ("目标1", "产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
           ("目标1", "产出指标", "时效指标", "工程按期完工率", "100%", "94%", 10, gz, "2个标段受汛期影响延期"),
           ("目标1", "产出指标", "成本指标", "亩均建设成本", "≤3000元", "2860元", 10, 10, ""),
           ("目标2", "效益指标", "经济效益指标", "项目区亩均粮食产能提升", "≥50公斤", "46公斤", 10, 8, "部分田块当年尚未完全熟化"),
           ("目标2", "效益指标", "社会效益指标", "受益农户数", "≥2600户", "2712户", 10, 10, ""),
           ("目标2", "效益指标", "可持续影响指标", "建后管护机制", "健全", "健全", 10, 10, ""),
           ("目标3", "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "91%", 10, 10, "")]
    full = [(None, "", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2([r[1:] for r in full], 5) == 100
    rows_total = s2([r[1:] for r in full], 6)  # 96.62
    total = r2(rows_total - 1)  # PLANT TOTAL_VS_ROWS: 总分 95.62
    grs = grows([r[1:] for r in full])
    for r, x in zip(grs, full):
        r["goal"] = x[0]
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grs), proj, unit)
    goals = {"目标1": "新建高标准农田1.2万亩，配套灌排渠道18公里以上，工程验收合格率100%，年内全部完工。",
             "目标2": "项目区粮食产能稳步提升，带动2600户以上农户受益，建立建后管护机制。",
             "目标3": "受益农户满意度达到90%以上。"}
    T = Tab(10)
    T.add(["项目名称", proj, "", "", "", "", "", "", "", ""], [(1, 9)])
    T.add(["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""], [(1, 4), (6, 9)])
    T.add(["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], [(0, 2), (8, 9)])
    T.add(["年度资金总额", "", "", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs), ""],
          [(0, 2), (8, 9)])
    T.add(["绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", ""],
          [(8, 9)])
    st = len(T.rows)
    for gl, l1, l2, l3, t, a, w, s, n in ind:
        T.add([f"{gl}：{goals[gl]}", l1, l2, l3, t, a, fmt(w), fmt(s), n, ""], [(8, 9)])
    T.merges += group_merges(T.rows, [0, 1, 2], st)
    T.add(["总分", "", "", "", "", "", "100", fmt(total), "自评等级：优", ""], [(0, 5), (8, 9)])
    tt = styled(Table(T.rows, T.merges), [3.4, 1.5, 1.7, 2.8, 1.7, 1.7, 1.0, 1.1, 1.6, 1.2], header_rows=0)
    blocks = [Title("项目支出绩效自评表"), "（2024年度）", tt,
              "说明：1.年度资金总额得分=执行率×10，保留两位小数；2.工程按期完工率每低于目标值1个百分点扣0.5分；"
              "3.其余指标未达到目标值的，根据偏差原因酌情扣分；4.自评等级" + BANDS,
              "填报单位（盖章）：株洲市荷塘区农业农村局　　填报日期：2025年3月18日"]
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}",
             fmt(bs), fmt(bs_true), "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); by the printed rule 执行率×10 = {rate / 10:.4f} → "
             f"{fmt(bs_true)}, printed {fmt(bs)} (digits transposed)"),
           F("RULE_SCORE", "工程按期完工率", f"工程按期完工率 | 100% | 94% | 10 | {gz}", str(gz), fmt(gz_true), "HIGH", "ERROR",
             f"94% is 6 points below 100%: by the printed rule 10 − 6 × 0.5 = {fmt(gz_true)}, printed {gz}"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", fmt(total), fmt(rows_total), "HIGH",
             "ERROR", f"{fmt(bs)} (年度资金总额) + {fmt(r2(rows_total - bs))} (9 rows) = {fmt(rows_total)}, the 总分 "
             f"prints {fmt(total)} (the printed 9.62 and 9 counted as printed); the grade 优 holds either way")]
    return {"stem": "h185_hetang_nongye", "format": "pdf", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": ["新建高标准农田面积 1.2万亩 vs ≥1.2万亩 (met exactly)",
                      "亩均粮食产能提升 46 vs ≥50公斤 −2 with 偏差原因 (judgement, “酌情扣分”)",
                      "绩效目标 column merged down over its rows (目标1 ×5, 目标2 ×3, 目标3 ×1)"]}


ALL.append(h185())


# ============================================================ h186 黄石市下陆区文化和旅游局 (XLSX, 部门整体, each indicator on two rows: 指标值 / 完成值)

def h186():
    dept = "黄石市下陆区文化和旅游局"
    ib, ip = 412.00, 635.00
    ia = r2(ib + ip)
    ab, ap = 438.50, 702.30
    eb = 446.72  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 446.72 > 全年 438.50
    ep = 651.08
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 96.23
    rate_p = 96.32  # PLANT EXECUTION_RATE: 1,097.80 ÷ 1,140.80 = 96.23%
    bs = r2(rate * 8 / 100)  # 7.70 (follows the right rate)
    ind = [("部门决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("部门决策", "预算配置", "在职人员控制率", "≤100%", "95.8%", 3, 3, ""),
           ("部门决策", "预算配置", "“三公经费”变动率", "≤0", "-1.8%", 3, 3, ""),
           ("部门管理", "资金管理", "预算执行率", "100%", f"{rate_p:.2f}%", 8, bs, ""),
           ("部门管理", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("部门管理", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分资产未及时入账"),
           ("部门产出", "数量指标", "举办群众性文化活动场次", "≥120场", "136场", 10, 10, ""),
           ("部门产出", "数量指标", "公共文化场馆免费开放天数", "≥300天", "300天", 8, 8, ""),
           ("部门产出", "质量指标", "文物安全巡查覆盖率", "100%", "100%", 8, 8, ""),
           ("部门产出", "时效指标", "送戏下乡完成时限", "11月底前", "11月底前", 6, 6, ""),
           ("部门效益", "社会效益", "公共文化服务参与人次", "≥25万人次", "23.5万人次", 10, 9.4, "按比例得分"),
           ("部门效益", "经济效益", "接待游客人次增长率", "≥8%", "9.6%", 8, 8, ""),
           ("部门效益", "满意度", "群众文化服务满意度", "≥90%", "92%", 18, 18, "")]
    wsum = s2(ind, 5)  # PLANT WEIGHTS_VS_FULL_MARK: 分值 add to 96, the 合计 prints 100
    assert wsum == 96, wsum
    total = s2(ind, 6)
    g = gold(None, dept, 2022, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate_p, ab, eb, ap, ep), [], grows(ind))
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    T = Tab(8)
    T.add(["黄石市下陆区文化和旅游局2022年度部门整体支出绩效自评表"], [(0, 7)])
    T.add(["填报单位：黄石市下陆区文化和旅游局", "", "", "", "", "", "单位：万元", ""], [(0, 5), (6, 7)])
    b0 = T.add(["部门预算", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率", ""], [(0, 2), (6, 7)])
    T.add(["合计", "", "", m(ia), m(aa), m(ea), f"{rate_p:.2f}%", ""], [(0, 2), (6, 7)])
    T.add(["基本支出", "", "", m(ib), m(ab), m(eb), f"{pct(eb, ab):.2f}%", ""], [(0, 2), (6, 7)])
    T.add(["项目支出", "", "", m(ip), m(ap), m(ep), f"{pct(ep, ap):.2f}%", ""], [(0, 2), (6, 7)])
    T.add(["一级指标", "二级指标", "三级指标", "分值", "项目", "内容", "得分", "偏差原因"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        r = T.add([l1, l2, l3, Num(w), "指标值", t, Num(s), n])
        T.add(["", "", "", "", "完成值", a, "", ""])
        for c in (2, 3, 6, 7):
            T.merges.append((r, c, r + 1, c))
    # 一级/二级 merged over their rows (two sheet rows per indicator)
    for c in (1, 0):  # 二级 first, while the 一级 cells are still filled in
        r = st
        while r < len(T.rows):
            e = r + 2
            while e < len(T.rows) and T.rows[e][c] == T.rows[r][c] and (c == 0 or T.rows[e][0] == T.rows[r][0]):
                T.rows[e][c] = ""
                e += 2
            T.merges.append((r, c, e - 1, c))
            r = e
    T.add(["合计", "", "", Num(100), "", "", Num(total), ""], [(0, 2), (4, 5)])
    T.add(["自评等级", "", "", "优", "", "", "", ""], [(0, 2), (3, 7)])
    T.add(["说明：预算执行率得分=预算执行率×分值；公共文化服务参与人次未达目标按比例得分；自评等级" + BANDS], [(0, 7)])
    t = styled(Table(T.rows, T.merges), [11, 11, 24, 7, 8, 14, 8, 18])
    t.first_table_row = b0
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", f"基本支出 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {pct(eb, ab):.2f}%",
             f"{eb:,.2f}万元", f"≤ {ab:,.2f}万元", "HIGH", "WARNING",
             f"基本支出 全年执行数 {eb:,.2f} exceeds its 全年预算数 {ab:,.2f} by {eb - ab:,.2f} (its {pct(eb, ab):.2f}% is "
             "arithmetically right); the 合计 stays under budget"),
           F("EXECUTION_RATE", "合计", f"合计 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}%, printed {rate_p:.2f}% (digits transposed) and copied as the 预算执行率 "
             f"row's 完成值; the row's 得分 {fmt(bs)} follows the right {rate:.2f}% × 8 (one problem)"),
           F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 100 | {fmt(total)}", "100", fmt(wsum), "HIGH", "ERROR",
             f"the 13 分值 add to {fmt(wsum)} (部门决策 10 + 部门管理 18 + 部门产出 32 + 部门效益 36), the 合计 prints 100")]
    return {"stem": "h186_xialu_wenlv", "format": "xlsx", "sheets": [("自评表", t)], "gold": g, "findings": fnd,
            "traps": [f"预算执行率 得分 {fmt(bs)} = {rate:.2f}% × 8 = {rate * 8 / 100:.4f} (right rate)",
                      "项目支出 under budget; 基本 + 项目 = 合计 in every column",
                      "公共文化场馆免费开放天数 300 vs ≥300天 (met exactly)",
                      "公共文化服务参与人次 23.5 ÷ 25 × 10 = 9.4 (printed proportion rule, partial marks)",
                      "资产管理规范性 −1 with a reason (judgement)", f"合计 得分 {fmt(total)} = rows",
                      "each indicator on two sheet rows (指标值 / 完成值): 13 indicators, not 26"]}


ALL.append(h186())


# ============================================================ h187 贺州市平桂区 (HTML portal, third party, <colgroup>/<thead>/<tbody>, section lines with 得分率)

def h187():
    dept = "贺州市平桂区民政局"
    unit = "贺州市平桂区社会福利院"
    proj = "平桂区2023年城乡居家养老服务补助资金"
    agency = "广西桂信会计师事务所有限公司"
    ia, aa, ea = 420.00, 468.50, 441.28
    rate = pct(ea, aa)  # 94.19
    bs = r2(rate * 6 / 100)  # 5.65
    mal = "≥95%得满分；90%（含）-95%得4分；80%以下不得分"  # PLANT MALFORMED_RULE: no band for 80%–90%
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分说明)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 4, 4, "依据充分得满分"),
           ("决策", "绩效目标", "绩效目标明确性", "明确", "基本明确", 4, 3, "部分指标未量化，扣1分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 4, 4, "分配合理得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 6, bs, "得分=执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 6, 4.5, "个别服务站台账不全，酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "有效", 6, 6, "执行有效得满分"),
           ("产出", "数量指标", "居家养老服务对象人数", "≥3,200人", "3,286人", 12, 12, "达到目标值得满分"),
           ("产出", "数量指标", "新建社区养老服务站", "≥6个", "6个", 8, 8, "达到目标值得满分"),
           ("产出", "质量指标", "服务对象信息核实率", "≥95%", "92%", 10, 4, mal),
           ("产出", "时效指标", "补助资金按月拨付率", "100%", "100%", 10, 10, "100%得满分"),
           ("效益", "社会效益", "老年人生活照料水平", "明显提升", "有所提升", 10, 8, "提升幅度有限，酌情扣分"),
           ("效益", "可持续影响", "服务站运营管护机制", "健全", "基本健全", 8, 6.5, "部分服务站运营依赖补助，酌情扣分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "88%", 12, 10, "每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 85.65
    secs = []
    for n in ["决策", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    rates = [pct(s, w) for _, w, s in secs]
    out_true = rates[2]  # 产出 34 / 40 = 85.00%
    rates[2] = 87.5  # PLANT SCORE_RATE: 产出 34 ÷ 40 = 85.00%
    n_prose, n_tab = "3,268人", "3,286人"  # PLANT SAME_FIGURE_DIFFERS: prose 3,268, table 3,286
    g = with_project(gold(None, dept, 2023, "COUNTY", "广西壮族自治区", "THIRD_PARTY_EVALUATION", agency, total, 100,
                          "良", budget(ia, aa, ea, rate), secs, grows(ind)), proj, unit)
    e = html.escape
    rows = []
    for i, (l1, l2, l3, t, a, w, s, rule) in enumerate(ind):
        cells = []
        if i == 0 or ind[i - 1][0] != l1:
            cells.append(f'<td rowspan="{sum(1 for r in ind if r[0] == l1)}">{e(l1)}</td>')
        if i == 0 or ind[i - 1][:2] != (l1, l2):
            n = sum(1 for r in ind if r[:2] == (l1, l2))
            cells.append(f'<td rowspan="{n}">{e(l2)}</td>' if n > 1 else f"<td>{e(l2)}</td>")
        cells += [f"<td>{e(x)}</td>" for x in (l3, fmt(w), t, a, fmt(s), rule)]
        rows.append("        <tr>" + "".join(cells) + "</tr>")
    sec_lines = "".join(f"<p>{'（' + CN[i] + '）'}{n}指标：分值{fmt(w)}分，得分{fmt(s)}分，得分率{rates[i]:.2f}%。</p>\n    "
                        for i, (n, w, s) in enumerate(secs))
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(proj)}绩效评价报告 - 贺州市平桂区人民政府门户网站</title>
<style>
.tb {{border-collapse:collapse;width:100%;font-size:14px}}
.tb td, .tb th {{border:1px solid #666;padding:3px 5px}}
</style>
</head>
<body>
<div class="header"><span>贺州市平桂区人民政府门户网站</span> <a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/zwfw/">政务服务</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/czxx/">财政信息</a> &gt; 预决算及绩效</div>
<div class="detail">
  <h2 class="title">{e(proj)}绩效评价报告</h2>
  <div class="meta">发布日期：2024-08-06　信息来源：平桂区财政局　访问量：213</div>
  <div class="TRS_Editor">
    <p>根据贺州市平桂区财政局工作安排，{agency}（以下简称“评价组”）对{e(proj)}开展第三方绩效评价，报告如下。</p>
    <p>一、项目概况</p>
    <p>项目主管部门为{dept}，实施单位为{unit}。2023年年初预算{ia:,.2f}万元，调整后预算{aa:,.2f}万元，实际支出{ea:,.2f}万元，预算执行率{rate:.2f}%。全年为{n_prose}居家老年人提供助餐、助洁、助医等服务，新建社区养老服务站6个。</p>
    <p>二、评价结论</p>
    <p>经综合评价，该项目得分{fmt(total)}分，评价等级为“良”（90分以上为优，80-90分为良，60-80分为中，60分以下为差）。各一级指标得分情况如下：</p>
    {sec_lines}<p>三、存在的问题</p>
    <p>一是服务对象信息核实不及时，部分对象信息变更后未及时更新；二是个别服务站台账资料不全；三是服务站运营对财政补助依赖较大。</p>
    <p>四、建议</p>
    <p>建立服务对象动态核实机制，规范台账管理，探索服务站多元化运营模式。</p>
    <p>附件：绩效评价指标体系及评分表</p>
    <table class="tb">
      <colgroup><col style="width:8%"><col style="width:10%"><col style="width:18%"><col style="width:6%"><col style="width:11%"><col style="width:11%"><col style="width:6%"><col style="width:30%"></colgroup>
      <thead>
        <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>指标值</th><th>实际完成值</th><th>得分</th><th>评分说明</th></tr>
      </thead>
      <tbody>
{chr(10).join(rows)}
        <tr><td colspan="3">总分</td><td>100</td><td></td><td></td><td>{fmt(total)}</td><td></td></tr>
      </tbody>
    </table>
    <p style="text-align:right">{agency}</p>
    <p style="text-align:right">2024年7月20日</p>
  </div>
</div>
<div class="footer">贺州市平桂区人民政府办公室主办　桂ICP备05001234号</div>
</body>
</html>
"""
    fnd = [F("SCORE_RATE", "产出", f"（三）产出指标：分值{fmt(secs[2][1])}分，得分{fmt(secs[2][2])}分，得分率{rates[2]:.2f}%",
             f"{rates[2]:.2f}%", f"{out_true:.2f}%", "HIGH", "ERROR",
             f"{fmt(secs[2][2])} ÷ {fmt(secs[2][1])} = {out_true:.2f}%; the other three rates are right"),
           F("MALFORMED_RULE", "服务对象信息核实率", f"服务对象信息核实率 | … | {mal}", "90%（含）-95%得4分；80%以下不得分",
             "no band for 80%–90%", "HIGH", "WARNING",
             "the rule scores ≥95%, 90–95% and below 80% but says nothing for 80%–90%; the actual 92% falls in the "
             "90–95% band, so the printed 4 follows the rule"),
           F("SAME_FIGURE_DIFFERS", "居家养老服务对象人数", f"全年为{n_prose}居家老年人提供助餐 | 居家养老服务对象人数 | ≥3,200人 | {n_tab}",
             n_prose, n_tab, "HIGH", "WARNING",
             f"一 prints {n_prose}, the 评分表 {n_tab} (digits transposed); both above ≥3,200, the score is unaffected")]
    return {"stem": "h187_pinggui_minzheng", "format": "html", "html": body, "encoding": "utf-8", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 6 = {rate * 6 / 100:.4f} printed {fmt(bs)}",
                      f"总分 {fmt(total)} = rows = the four section lines; grade 良 within its band",
                      "新建社区养老服务站 6 vs ≥6个 (met exactly)",
                      "服务对象满意度 88% vs ≥90%: 2 × 1 → 10 (printed rule, partial marks)",
                      "决策/过程/效益 deductions with reasons, “酌情扣分” (judgement)",
                      "决策/过程/效益 得分率 right (" + ", ".join(f"{x:.2f}%" for i, x in enumerate(rates) if i != 2) + ")"]}


ALL.append(h187())


# ============================================================ h188 宝鸡市渭滨区住房和城乡建设局 (TXT, 自评报告 prose with an indicator list “1. 名称：… 分值：… 得分：…”)

def h188():
    dept = "宝鸡市渭滨区住房和城乡建设局"
    ia = 2460.00
    ab, ap = 986.40, 1873.60
    eb, ep = 971.25, 1702.83
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 93.50
    assert rate == 93.5
    rate_p = 95.30  # PLANT FORMULA: 2,674.08 ÷ 2,860.00 × 100% = 93.50%
    bs = r2(rate * 10 / 100)
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 情况说明)
    ind = [("投入", "预算编制", "预算编制完整性", "完整", "完整", 5, 5, ""),
           ("投入", "预算编制", "“三公经费”控制率", "≤100%", "92.6%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_p:.2f}%", 10, bs, "得分=预算执行率×10"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "预算管理", "政府采购规范性", "规范", "基本规范", 5, 4, "个别采购项目资料归档不及时"),
           ("产出", "数量指标", "老旧小区改造", "≥32个", "32个", 10, 10, ""),
           ("产出", "数量指标", "城镇保障性住房租赁补贴发放", "≥1500户", "1538户", 8, 8, ""),
           ("产出", "质量指标", "建筑工程质量监督覆盖率", "100%", "100%", 8, 8, ""),
           ("产出", "时效指标", "农村危房改造竣工", "年底前全部竣工", "全部竣工", 8, 8, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("效益", "社会效益", "安全生产事故", "0起", "0起", 10, 10, ""),
           ("效益", "社会效益", "群众居住条件", "明显改善", "有所改善", 8, 6, "部分小区配套设施改造滞后"),
           ("效益", "满意度", "群众满意度", "≥90%", "82%", 18, 10, "每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total < 90, total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: total below 90 is 良
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    g = gold(None, dept, 2021, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate_p, ab, eb, ap, ep), secs, grows(ind))
    L = ["宝鸡市渭滨区住房和城乡建设局2021年度部门整体支出绩效自评报告", "",
         "一、部门基本情况",
         "我局内设办公室、房产管理股、村镇建设股、建筑业管理股等8个股室，下属事业单位3个，2021年末在职人员96人。"
         "主要职责是负责全区住房保障、城乡建设、建筑市场监管和房地产市场管理等工作。", "",
         "二、预算执行情况",
         f"2021年年初预算{ia:,.2f}万元，全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元，项目支出{ap:,.2f}万元。"
         f"全年支出{ea:,.2f}万元，其中基本支出{eb:,.2f}万元，项目支出{ep:,.2f}万元。",
         f"预算执行率=全年支出÷全年预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%。", "",
         "三、绩效目标完成情况",
         "全年完成老旧小区改造32个，发放城镇保障性住房租赁补贴1538户；农村危房改造年度计划62户，年底前竣工57户，"
         "其余5户因户主外出务工推迟开工，已结转至2022年实施。全年未发生建筑施工安全生产事故。", "",
         "四、绩效指标自评情况"]
    k = 0
    for i, (n, w, s) in enumerate(secs):
        L.append(f"（{CN[i]}）{n}指标（分值{fmt(w)}分，得分{fmt(s)}分）")
        for l1, l2, l3, t, a, wt, sc, note in [r for r in ind if r[0] == n]:
            k += 1
            L.append(f"{k}. 名称：{l3}（{l2}）  年度指标值：{t}  实际完成值：{a}  分值：{fmt(wt)}分  得分：{fmt(sc)}分"
                     + (f"  说明：{note}" if note else ""))
    L += ["",
          "五、自评结论",
          f"经自评，我局2021年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“{grade_p}”。"
          "（评分等级：90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差。）", "",
          "六、存在问题及改进措施",
          "一是预算执行率有待提高，部分项目资金拨付进度滞后；二是群众满意度未达目标。下一步将加快项目实施进度，"
          "加强预算执行监控，提升服务质量。", "",
          "宝鸡市渭滨区住房和城乡建设局", "2022年3月25日", ""]
    text = "\n".join(L)
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=全年支出÷全年预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%。",
             f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}%, the formula prints {rate_p:.2f}% and item 3 copies it; the item's "
             f"得分 {fmt(bs)} follows the right {rate:.2f}% × 10 (one problem)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "农村危房改造竣工", "年底前竣工57户，其余5户因户主外出务工推迟开工 | 名称：农村危房改造竣工"
             "（时效指标）  年度指标值：年底前全部竣工  实际完成值：全部竣工  分值：8分  得分：8分", "8", "< 8", "HIGH",
             "WARNING", "三 says 57 of 62 houses were finished by year end (5 carried into 2022); the list prints 全部竣工 "
             "and full marks"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分{fmt(total)}分，自评等级为“{grade_p}”", grade_p, "良", "HIGH",
             "ERROR", f"by the printed bands {fmt(total)} is 良 (80–90); 优 needs 90; the total = items = sections")]
    return {"stem": "h188_weibin_zhujian", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 得分 {fmt(bs)} = {rate:.2f}% × 10 (right rate)",
                      "基本 + 项目 = 全年 in budget and spending, both under budget",
                      "老旧小区改造 32 vs ≥32个 (met exactly)", "安全生产事故 0起 vs 0起 full",
                      "群众满意度 82% vs ≥90%: 8 × 1 → 10 (printed rule, partial marks)",
                      "政府采购规范性 −1 and 群众居住条件 −2 with reasons (judgement)",
                      "section lines = their items; 总分 = items"]}


ALL.append(h188())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout26_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
