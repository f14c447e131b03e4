#!/usr/bin/python3
"""Round 80 (h454–h458): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus80 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports80.py [h454 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports80.py --drop         # drop each planted finding in turn
(python-docx, openpyxl, reportlab; STSong-Light, not embedded):
h454 a third-party 项目 绩效评价报告 in a CPA FIRM's REPORT FORM (事务所 文号 …会绩评字〔2025〕第017号, “我们接受委托”,
     签字注册会计师 lines, 事务所 address; PDF text) (绥宁县, 邵阳市);
h455 a 部门整体 自评表 that went through a PDF-TO-EXCEL CONVERTER (one sheet per PDF page “Table 1” / “Table 2”, the
     header repeated on the second sheet, merges cut at the page end, every figure a TEXT cell, a long cell spilled into a
     continuation row) (蕉岭县, 梅州市);
h456 a 项目 自评 package in DOCX: a signed 真实性承诺书 on page 1, the 项目支出绩效自评表 after a page break (永新县, 吉安市);
h457 a prose 部门整体 自评报告 on a county portal whose article body was written in the UEDITOR rich-text editor (class
     “firstRow”, data-sort="sortDisabled", word-break cells, <p><br/></p>, UEditor's attachment block) (定南县, 赣州市);
h458 a 部门整体 自评表 portal page PRINTED FROM A BROWSER to PDF (the browser's date / title header and URL / “n/N”
     footer, the site's nav, breadcrumb, 字号 and 打印 links printed with it) (隰县, 临汾市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明).
"""
import datetime
import html as htmlmod
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import grade, P, grid, cell_put, main as round_main  # noqa: E402
from reports66 import no_half, missed_ok, mc, q, f2  # noqa: E402
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, runs, rl_kit, below_no_reason, secs  # noqa: E402  (importing reports79 writes nothing)

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-07-10T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save)"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def props(ind):
    """every proportion score printed: no half-way figures"""
    for m in missed_ok(ind):
        x = [y for y in ind if y[2] == m[0]][0]
        m_t = re.match(r"^[≥≤]?(\d+(?:\.\d+)?)", x[3])
        m_a = re.match(r"^(\d+(?:\.\d+)?)", x[4])
        no_half(x[5] * float(m_a.group(1)) / float(m_t.group(1)), x[2])


def spans_for(ind, data_off, cols=(0, 1)):
    out = []
    for col in cols:
        for a_, b_ in runs(ind, col):
            if b_ > a_:
                out.append((col, data_off + a_, col, data_off + b_))
    return out


# ============================================================ h454 绥宁县 (PDF: a CPA firm's 绩效评价报告)

def h454():
    dept, unit = "绥宁县交通运输局", "绥宁县农村公路建设养护中心"
    project = "2024年绥宁县农村公路安全生命防护工程项目"
    firm = "湖南邵信会计师事务所有限责任公司"
    src = [("中央车购税资金", 800.00, 800.00, 782.64), ("省级财政资金", 300.00, 300.00, 291.36),
           ("县级财政资金", 0.00, 150.00, 128.36)]
    ini, adj, ex = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src)), r2(sum(x[3] for x in src))
    assert (ini, adj, ex) == (1100.00, 1250.00, 1202.36), (ini, adj, ex)
    rate = pct(ex, adj)
    no_half(ex / adj * 100, "rate")
    assert rate == 96.19
    for s_ in src[:2] + src[2:]:
        if s_[2]:
            no_half(s_[3] / s_[2] * 100, s_[0])
    rs = r2(5 * rate / 100)
    no_half(5 * rate / 100, "rs")
    assert rs == 4.81
    ex_prose = 1203.26  # PLANT SAME_FIGURE_DIFFERS: 二 prints 实际支出1,203.26万元, 表1 1,202.36 (rate follows 表1)
    assert ex_prose != ex
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 4, 4, "", "依据充分得4分，否则酌情扣分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "", "程序规范得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 4, 3.5,
            "年度目标与实际工程量衔接不紧，扣0.5分", "目标合理得4分，否则每项扣0.5分"),
           ("决策", "绩效目标", "绩效指标明确性", "细化、量化", "2项未量化", 3, 2,
            "2项指标未量化，每项扣0.5分", "每项未量化扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "追加13.64%", 3, 2,
            "年中追加县级资金150.00万元，占年初预算13.64%，扣1分", "追加超过年初10%的扣1分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, "", "分配合理得3分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, rs, "", "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1笔依据不足", 4, 3,
            "1笔材料款支付依据不充分，扣1分", "每发现1笔不合规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全得3分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "部分资料不全", 4, 3,
            "2个标段隐蔽工程影像资料不全，扣1分", "每发现1处资料不全扣0.5分"),
           ("产出", "产出数量", "新建波形护栏", "≥86公里", "82.4公里", 8, P(82.4, 86, 8),
            "2条线路因征地协调缩减，按比例计分", "完成值÷指标值×分值"),
           ("产出", "产出数量", "处治急弯陡坡路段", "≥45处", "45处", 6, 6, "", "完成值÷指标值×分值"),
           ("产出", "产出质量", "工程验收合格率", "100%", "100%", 6, 6, "", "合格率×分值"),
           # PLANT MALFORMED_RULE: the bands leave 90%–95% uncovered (the score, 96.8% → 5, is unaffected)
           ("产出", "产出质量", "标志标线设置规范率", "≥95%", "96.8%", 5, 5, "",
            "≥95%得5分；85%（含）—90%得3分；85%以下不得分"),
           ("产出", "产出时效", "工程按期完工率", "≥90%", "91.3%", 5, 5, "", "≥90%得5分，每低1个百分点扣0.5分"),
           ("产出", "产出成本", "波形护栏每公里综合造价", "≤9.5万元/公里", "9.2万元/公里", 5, 5, "",
            "不超过指标值得5分，每超1%扣0.5分"),
           ("效益", "社会效益", "农村公路交通事故起数同比下降", "≥10%", "14.2%", 8, 8, "", "达到指标值得8分，否则按比例"),
           ("效益", "社会效益", "沿线群众出行条件改善", "明显改善", "明显改善", 6, 6, "", "酌情计分"),
           ("效益", "可持续影响", "安防设施长效管护机制", "健全", "未明确管护主体", 5, 3.5,
            "部分乡镇未明确管护主体，扣1.5分", "机制健全得5分，否则酌情扣分"),
           ("效益", "满意度", "沿线群众满意度", "≥90%", "87.6%", 6, P(87.6, 90, 6),
            "问卷386份，按比例计分", "满意度÷指标值×分值")]
    props([x[:8] for x in ind])
    assert [P(82.4, 86, 8), P(87.6, 90, 6)] == [7.67, 5.84]
    ind8 = [x[:8] for x in ind]
    assert below_no_reason([x for x in ind8 if x[2] != "预算执行率"]) == []
    assert [m[0] for m in missed_ok(ind8) if not m[3] and m[0] != "预算执行率"] == []
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    total = s2(ind8, 6)
    assert s2(ind8, 5) == 100
    assert [(w, s) for _, w, s in sc] == [(20, 17.5), (20, 17.81), (35, 34.67), (25, 23.34)], sc
    assert total == 93.32 and grade(total) == "优", total
    rates = [r2(s / w * 100) for _, w, s in sc]
    for _, w, s in sc:
        no_half(s / w * 100, "score rate")
    assert rates == [87.5, 89.05, 99.06, 93.36], rates
    prates = list(rates)
    prates[1] = 88.05  # PLANT SCORE_RATE: 过程 17.81 ÷ 20 = 89.05%, printed 88.05%
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", firm, total, 100, "优",
                          budget(ini, adj, ex, rate), sc, grows(ind8)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, firm=firm, src=src, fund=(ini, adj, ex, rate), ind=ind,
             secs=sc, prates=prates, total=total, ex_prose=ex_prose)
    fnd = [F("MALFORMED_RULE", "标志标线设置规范率",
             "标志标线设置规范率 | 5 | ≥95% | 96.8% | ≥95%得5分；85%（含）—90%得3分；85%以下不得分 | 5",
             "≥95%得5分；85%（含）—90%得3分", "no band for 90%（含）—95%", "HIGH", "WARNING",
             "the 评分标准 leaves a gap: a rate from 90% up to 95% falls in no band, so the rule cannot be applied as "
             "printed there; the row's own 96.8% sits in the top band and its 5 stands"),
           F("SCORE_RATE", "过程", f"过程 | 20 | {fnum(sc[1][2])} | {q(prates[1])}", q(prates[1]), q(rates[1]), "HIGH",
             "ERROR", "表2 prints 过程 20 | 17.81 | 88.05%; 17.81 ÷ 20 = 89.05% (the score equals the 评分表's 5 过程 rows)"),
           F("SAME_FIGURE_DIFFERS", "实际支出（二、项目资金情况）",
             f"项目实际支出{mc(ex_prose)}万元 | 表1 合计 | {mc(adj)} | {mc(ex)} | {q(rate)}", mc(ex_prose), mc(ex),
             "HIGH", "WARNING",
             "the text of 二 gives 实际支出 1,203.26万元, 表1's 合计 1,202.36 (its three sources add to 1,202.36 and the "
             "96.19% follows it): one of the two is mistyped")]
    traps = ["the report is a CPA FIRM's: 文号 邵信会绩评字〔2025〕第017号, “我们接受委托”, the 事务所's responsibility "
             "paragraph, 签字注册会计师 / 项目负责人 lines, the 事务所 address and telephone, “第 n 页 共 N 页”: the form, not "
             "figures; the evaluator is the 事务所, commissioned by 绥宁县财政局",
             "表1: 中央 800.00 + 省级 300.00 + 县级 150.00 = 1,250.00; 782.64 + 291.36 + 128.36 = 1,202.36; 年初 1,100.00 "
             "(县级 0.00 at 年初: no rate is printed for it at 年初, and its 全年 rate 85.57% is over 150.00); 96.19%, "
             "97.83%, 97.12%, 85.57% right; none over",
             "预算编制科学性 −1: 追加 150.00 of 1,100.00 = 13.64% > 10% (its rule); 预算执行率 5 × 96.19% = 4.81 (its "
             "rule); 新建波形护栏 8 × 82.4 ÷ 86 = 7.67 and 沿线群众满意度 6 × 87.6 ÷ 90 = 5.84 (proportion, with reasons); "
             "绩效指标明确性 −1 (2 × 0.5), 资金使用合规性 −1 (1 笔), 制度执行有效性 −1, 管护机制 −1.5, each with its reason",
             "处治急弯陡坡路段 45 vs ≥45处 (met exactly); 工程按期完工率 91.3% vs ≥90% (met); 波形护栏每公里综合造价 9.2 vs "
             "≤9.5万元/公里 (a ceiling, met; a unit cost, not a budget figure); 事故起数同比下降 14.2% vs ≥10% (a reduction, "
             "met)",
             "表2: 决策 20 | 17.5 | 87.50%, 产出 35 | 34.67 | 99.06%, 效益 25 | 23.34 | 93.36% right; every 得分 equals its "
             f"rows; 合计 100 | {f2(total)} = the 21 rows = 三's score; 优"]
    return {"stem": "h454_suining_jiaotong", "format": "pdf", "meta": M, "gold": g, "findings": fnd,
            "traps": traps, "draw": draw454}


def draw454(rep, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer, PageBreak
    para, tab, mm = rl_kit()
    M = rep["meta"]
    ini, adj, ex, rate = M["fund"]
    ind, sc, total, prates = M["ind"], M["secs"], M["total"], M["prates"]
    c = {x[2]: x for x in ind}
    scd = {n: (w, s) for n, w, s in sc}
    s = [para("r", "邵信会绩评字〔2025〕第017号"), Spacer(1, 30),
         para("t", M["project"]), para("t", "绩效评价报告"), Spacer(1, 40),
         para("st", f"委托单位：绥宁县财政局"), para("st", f"项目主管部门：{M['dept']}"),
         para("st", f"项目实施单位：{M['unit']}"), Spacer(1, 60),
         para("st", M["firm"]), para("st", "二〇二五年六月二十日"), PageBreak(),
         para("t", "绩效评价报告"), para("r", "邵信会绩评字〔2025〕第017号"),
         para("pl", "绥宁县财政局："),
         para("p", f"我们接受委托，对{M['dept']}实施的{M['project']}（以下简称“该项目”）2024年度资金使用绩效进行了评价。"
                   "提供真实、完整的评价资料是项目单位的责任，我们的责任是在实施评价工作的基础上对项目绩效发表评价意见。"
                   "我们按照《项目支出绩效评价管理办法》（财预〔2020〕10号）及委托约定实施了评价工作，包括资料核查、"
                   "现场勘查（抽查6个标段、31公里）、问卷调查和座谈访谈等我们认为必要的程序。现将评价情况报告如下："),
         para("h", "一、项目基本情况"),
         para("p", "该项目对全县临水临崖、急弯陡坡等农村公路危险路段实施安全生命防护工程，年度计划新建波形护栏86公里、"
                   "处治急弯陡坡路段45处，并同步完善标志标线。项目由县交通运输局主管，县农村公路建设养护中心组织实施。"),
         para("h", "二、项目资金情况"),
         para("p", f"该项目年初预算{mc(ini)}万元，年中追加县级财政资金150.00万元，全年预算{mc(adj)}万元，项目实际支出"
                   f"{mc(M['ex_prose'])}万元，预算执行率{q(rate)}。资金来源及使用情况见表1。"),
         para("cap", "表1  项目资金来源及使用情况（单位：万元）"),
         tab([["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"]] +
             [[n, mc(a_), mc(b_), mc(e_), q(pct(e_, b_))] for n, a_, b_, e_ in M["src"]] +
             [["合计", mc(ini), mc(adj), mc(ex), q(rate)]], [40, 30, 30, 30, 24]),
         para("h", "三、评价结论"),
         para("p", f"经评价，该项目综合得分{f2(total)}分，绩效评级为“优”（{BANDS77}）。各一级指标得分见表2。"),
         para("cap", "表2  一级指标得分情况"),
         tab([["一级指标", "分值", "得分", "得分率"]] +
             [[n, fnum(w), fnum(v), q(r_)] for (n, w, v), r_ in zip(sc, prates)] +
             [["合计", "100", f2(total), q(total)]], [36, 30, 30, 30]),
         para("h", "四、绩效分析"),
         para("p", f"（一）决策。项目立项依据充分、程序规范；年度目标与实际工程量衔接不紧，2项指标未量化；年中追加县级资金150.00万元，"
                   f"占年初预算13.64%。该部分得分{fnum(scd['决策'][1])}分。"),
         para("p", f"（二）过程。资金到位率100%，预算执行率{q(rate)}，得{f2(c['预算执行率'][6])}分；抽查凭证86笔，1笔材料款支付依据"
                   f"不充分；2个标段隐蔽工程影像资料不全。该部分得分{fnum(scd['过程'][1])}分。"),
         para("p", f"（三）产出。新建波形护栏82.4公里（2条线路因征地协调缩减），处治急弯陡坡路段45处，工程验收合格率100%，"
                   f"标志标线设置规范率96.8%，按期完工率91.3%，每公里综合造价9.2万元。该部分得分{fnum(scd['产出'][1])}分。"),
         para("p", f"（四）效益。项目路段交通事故起数同比下降14.2%，沿线群众出行条件明显改善；部分乡镇未明确管护主体；"
                   f"沿线群众满意度87.6%。该部分得分{fnum(scd['效益'][1])}分。"),
         para("h", "五、存在的问题及建议"),
         para("p", "一是预算编制不够精准，年中追加资金比例偏高；二是部分路线因征地协调未按计划实施；三是建后管护责任未压实。"
                   "建议加强项目前期论证，明确乡镇管护主体并落实管护经费。"),
         Spacer(1, 10),
         para("r", M["firm"] + "（盖章）"),
         para("pl", "项目负责人：谭志远　　　　中国注册会计师：谭志远（签名并盖章）"),
         para("pl", "　　　　　　　　　　　　　中国注册会计师：龙丽娟（签名并盖章）"),
         para("pl", "地址：邵阳市双清区宝庆东路218号　　电话：0739-5216388"),
         para("r", "二〇二五年六月二十日"),
         PageBreak(), para("pl", "附件"), para("cap", f"{M['project']}绩效评价评分表")]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "评分标准", "得分"]]
    for x in ind:
        data.append([x[0], x[1], x[2], fnum(x[5]), x[3], x[4], x[8], fnum(x[6])])
    sp = spans_for(ind, 1)
    for (col, a_, _, b_) in sp:
        for k in range(a_ + 1, b_ + 1):
            data[k][col] = ""
    data.append(["合计", "", "", "100", "", "", "", f2(total)])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    s.append(tab(data, [14, 17, 34, 10, 22, 24, 52, 11], spans=sp, left=(2, 6)))
    s.append(Spacer(1, 4))
    s.append(para("n", "注：扣分原因见报告第四部分。评级标准：" + BANDS77 + "。"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, invariant=1, title=f"{M['project']}绩效评价报告",
                            author=M["firm"], creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")
    n_pages = [0]

    def count(canv, _doc):
        n_pages[0] = max(n_pages[0], canv.getPageNumber())

    def footer(canv, _doc):
        canv.setFont("STSong-Light", 9)
        if canv.getPageNumber() > 1:
            canv.drawCentredString(A4[0] / 2, 10 * mm, f"第 {canv.getPageNumber()} 页 共 {rep['_pages']} 页")
            canv.drawString(18 * mm, A4[1] - 12 * mm, M["firm"])
            canv.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "邵信会绩评字〔2025〕第017号")
    buf = io.BytesIO()
    tmp = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, invariant=1)
    import copy
    tmp.build(copy.deepcopy(s), onFirstPage=count, onLaterPages=count)
    rep["_pages"] = n_pages[0]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


ALL.append(h454())


# ============================================================ h455 蕉岭县 (XLSX: a PDF-to-Excel converter's output)

def h455():
    dept = "蕉岭县卫生健康局"
    ib, ab, eb = 4120.00, 4386.50, 4371.22
    ip, ap, ep = 5740.00, 6860.30, 6501.13
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    assert (ia, aa, ea) == (9860.00, 11246.80, 10872.35)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    for a_, b_ in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a_ / b_ * 100, "rate")
    assert (rate, rb, rp) == (96.67, 99.65, 94.76), (rate, rb, rp)
    fs = r2(rate / 10)
    assert fs == 9.67
    fund_zero = "100.00%"  # PLANT RATE_OVER_ZERO_BASE: 政府性基金预算拨款 0.00 | 0.00 | 0.00 printed with 执行率 100.00%
    ind = [("产出指标", "数量指标", "家庭医生签约服务人数", "≥8.5万人", "8.62万人", 5, 5, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥65%", "66.8%", 5, 5, ""),
           ("产出指标", "数量指标", "0—6岁儿童健康管理率", "≥90%", "91.2%", 5, 5, ""),
           ("产出指标", "数量指标", "村卫生室标准化建设", "≥24个", "21个", 6, P(21, 24, 6),
            "3个村卫生室因选址调整顺延至2025年上半年建设，按比例计分；下一步加快选址审批"),
           ("产出指标", "质量指标", "基本药物配备使用率", "≥90%", "92.4%", 5, 5, ""),
           ("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥85%", "85%", 5, 5, ""),
           ("产出指标", "时效指标", "重大公共卫生事件报告及时率", "100%", "100%", 4, 4, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 80% of 100% at full 5 with no reason (the proportion rule gives 4.00)
           ("产出指标", "时效指标", "乡镇卫生院改造按期完成率", "100%", "80%", 5, 5, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "≥94元", "94元", 5, 5, ""),
           ("效益指标", "社会效益指标", "孕产妇死亡率", "≤20/10万", "0/10万", 6, 6, ""),
           ("效益指标", "社会效益指标", "婴儿死亡率", "≤5‰", "2.86‰", 6, 6, ""),
           ("效益指标", "社会效益指标", "法定传染病报告率", "≥95%", "99.2%", 6, 6, ""),
           ("效益指标", "社会效益指标", "县域内住院率", "≥85%", "83.3%", 6, P(83.3, 85, 6),
            "部分重症患者转诊至市级医院，按比例计分"),
           ("效益指标", "可持续影响指标", "紧密型县域医共体建设", "持续推进", "医保打包支付未落实", 6, 5,
            "医保基金打包支付改革未落地，扣1分"),
           ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "92.5%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "86.1%", 7, 7, "")]
    props(ind)
    assert [P(21, 24, 6), P(83.3, 85, 6), P(80, 100, 5)] == [5.25, 5.88, 4.00]
    assert below_no_reason(ind) == []
    assert [m[0] for m in missed_ok(ind) if not m[3]] == ["乡镇卫生院改造按期完成率"]
    sc = secs(ind, ["产出指标", "效益指标", "满意度指标"])
    assert [(w, s) for _, w, s in sc] == [(45, 44.25), (30, 28.88), (15, 15)], sc
    psc = list(sc)
    psc[1] = ("效益指标", 30, 28.98)  # PLANT SECTION_VS_ROWS: 效益指标 小计 printed 28.98, its five rows add to 28.88
    total = r2(fs + s2(ind, 6))
    assert total == 97.80 and s2(ind, 5) == 90, total
    assert grade(total) == grade(r2(total - 1)) == "优"
    rows = [fund_row(rate, fs)] + grows(ind)
    g = gold(None, dept, 2024, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), psc, rows)
    M = dict(dept=dept, fund=(ib, ab, eb, ip, ap, ep, ia, aa, ea, rate, rb, rp), fs=fs, ind=ind, psc=psc,
             total=total, fund_zero=fund_zero)
    fnd = [F("SECTION_VS_ROWS", "效益指标（小计）", "小计 | 30 | 28.98", "28.98", "28.88", "HIGH", "ERROR",
             "the 效益指标 小计 on sheet Table 2 prints 28.98; its five rows (6 + 6 + 6 + 5.88 + 5) add to 28.88; the 总分 "
             "97.80 adds the rows, not the 小计"),
           F("RATE_OVER_ZERO_BASE", "政府性基金预算拨款",
             "政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | — | 100.00% | —", "100.00%", "— (base 0.00)", "HIGH", "WARNING",
             "a 执行率 printed over a 全年预算数 of 0.00: no rate can be computed; the line should show “—” (the "
             "department had no 政府性基金 budget)"),
           F("TARGET_MISSED_FULL_MARKS", "乡镇卫生院改造按期完成率",
             "产出指标 | 时效指标 | 乡镇卫生院改造按期完成率 | 100% | 80% | 5 | 5 | ", "5", "4.00", "HIGH", "WARNING",
             "80% against a target of 100% scored the full 5 with the 偏差原因 cell empty; the 说明's proportion rule "
             "gives 5 × 80 ÷ 100 = 4.00")]
    traps = ["the workbook is a PDF-TO-EXCEL CONVERTER's output: one sheet per PDF page (Table 1, Table 2), the indicator "
             "header repeated at the top of Table 2 (not a second table), the 产出指标 / 效益指标 merges cut at the page "
             "end (效益指标's label printed again on Table 2), the title and column widths as the converter guessed them, "
             "every figure a TEXT cell (“4,386.50”, “96.67%”, “5”), the “第 1 页 共 2 页” footer lines copied into cells: "
             "the form, not figures",
             "the 村卫生室标准化建设 偏差原因 spilled by the converter into a CONTINUATION ROW below (only its last words in "
             "the 偏差原因 column, every other cell empty): part of the row above, not an indicator",
             "head block: 基本 + 项目 = 年度资金总额 in every column (9,860.00, 11,246.80, 10,872.35); 96.67%, 基本 99.65%, "
             "项目 94.76% right; none over; 年初 < 全年 (追加); 一般公共预算拨款 equals 年度资金总额; 年度资金总额 96.67% × 10 = "
             "9.67 (the 说明's rule); the 其中 lines carry no 分值 / 得分 and are not rows",
             "村卫生室标准化建设 6 × 21 ÷ 24 = 5.25 and 县域内住院率 6 × 83.3 ÷ 85 = 5.88 (proportion, with reasons); 医共体 −1 "
             "with a reason; 婴儿死亡率 2.86‰ vs ≤5‰ (a PER-MILLE ceiling, met); 孕产妇死亡率 0/10万 vs ≤20/10万 (met); "
             "严重精神障碍患者规范管理率 85% vs ≥85% (met exactly); 人均基本公共卫生服务补助标准 94元 vs ≥94元 (met exactly; a "
             "per-head standard, not a budget figure)",
             "产出指标 小计 45 | 44.25 and 满意度指标 小计 15 | 15 equal their rows; 总分 97.80 = 9.67 + the 16 rows; 分值 "
             "10 + 90 = 100; 优 (also on 96.80, the proportion rule applied to the 按期完成率 row)"]
    return {"stem": "h455_jiaoling_weijian", "format": "xlsx", "meta": M, "gold": g, "findings": fnd,
            "traps": traps, "write": write455}


def write455(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    ib, ab, eb, ip, ap, ep, ia, aa, ea, rate, rb, rp = M["fund"]
    ind, psc = M["ind"], M["psc"]
    wb = Workbook()
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    fn = Font(name="SimSun", size=9)

    def put(ws, r_, c_, v, border=True, wrap=True, size=9, bold=False):
        cell = ws.cell(row=r_, column=c_, value=v)
        cell.font = Font(name="SimSun", size=size, bold=bold)
        cell.alignment = Alignment(wrap_text=wrap, vertical="center")
        if border:
            cell.border = bd
        return cell

    def frame(ws, r0, r1, c0, c1):
        for r_ in range(r0, r1 + 1):
            for c_ in range(c0, c1 + 1):
                cell = ws.cell(row=r_, column=c_)
                cell.border = bd
                if cell.font != fn and cell.value is None:
                    cell.font = fn

    ws = wb.active
    ws.title = "Table 1"
    for col, wd in zip("ABCDEFGHI", (10.7, 12.3, 20.6, 12.1, 11.9, 7.4, 7.6, 22.9, 3.1)):
        ws.column_dimensions[col].width = wd
    ws2 = wb.create_sheet("Table 2")
    for col, wd in zip("ABCDEFGHI", (10.7, 12.3, 20.6, 12.1, 11.9, 7.4, 7.6, 22.9, 3.1)):
        ws2.column_dimensions[col].width = wd
    put(ws, 1, 1, "部门整体支出绩效自评表", border=False, size=14, bold=True)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "（2024年度）", border=False)
    ws.merge_cells("A2:H2")
    put(ws, 3, 1, f"填报单位（盖章）：{M['dept']}", border=False)
    ws.merge_cells("A3:E3")
    put(ws, 3, 7, "金额单位：万元", border=False)
    ws.merge_cells("G3:H3")
    hd = ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for j, h in enumerate(hd):
        put(ws, 4, 1 + j, h or None)
    lines = [("年度资金总额", ia, aa, ea, "10", q(rate), f2(M["fs"])),
             ("其中：一般公共预算拨款", ia, aa, ea, "—", q(rate), "—"),
             ("政府性基金预算拨款", 0.0, 0.0, 0.0, "—", M["fund_zero"], "—"),
             ("其中：基本支出", ib, ab, eb, "—", q(rb), "—"),
             ("项目支出", ip, ap, ep, "—", q(rp), "—")]
    for i, (nm, a_, b_, e_, w_, r_, s_) in enumerate(lines):
        for j, v in enumerate((nm, mc(a_), mc(b_), mc(e_), w_, r_, s_)):
            put(ws, 5 + i, 2 + j, v)
    ws.merge_cells("A4:A9")
    put(ws, 10, 1, "年度总体目标")
    put(ws, 10, 2, "预期目标")
    ws.merge_cells("B10:D10")
    put(ws, 10, 5, "实际完成情况")
    ws.merge_cells("E10:H10")
    put(ws, 11, 2, "做实家庭医生签约服务8.5万人以上，规范管理老年人、儿童等重点人群，完成24个村卫生室标准化建设和5所"
                   "乡镇卫生院改造，推进紧密型县域医共体建设，群众就医满意度90%以上。")
    ws.merge_cells("B11:D11")
    put(ws, 11, 5, "签约服务8.62万人，完成21个村卫生室标准化建设，5所卫生院改造中4所按期完成，县域内住院率83.3%，"
                   "群众就医满意度92.5%。")
    ws.merge_cells("E11:H11")
    ws.merge_cells("A10:A11")
    ws.row_dimensions[11].height = 62
    frame(ws, 4, 11, 1, 8)
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for j, h in enumerate(hdr):
        put(ws, 12, 1 + j, h, bold=True)
    # the form's lines in order: indicator rows, a 小计 after each 一级 group; the converter cuts them into two sheets
    # after the 12th line (page 1 ends inside 效益指标) and spills 村卫生室's long reason into a continuation row
    lines = []
    for name in ("产出指标", "效益指标", "满意度指标"):
        lines += [("row", x) for x in ind if x[0] == name]
        lines.append(("sub", [p_ for p_ in psc if p_[0] == name][0]))
    cut = 12
    assert lines[cut - 1][0] == "row" and lines[cut - 1][1][0] == "效益指标"

    def emit(ws_, start, part):
        r_, at = start, []
        for kind, x in part:
            if kind == "sub":
                for j, v in enumerate(("小计", None, None, None, None, fnum(x[1]), fnum(x[2]), None)):
                    put(ws_, r_, 1 + j, v)
                ws_.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=5)
                at.append(("sub", r_, r_))
                r_ += 1
                continue
            reason, cont = x[7], None
            if x[2] == "村卫生室标准化建设":
                reason, cont = reason[:24], reason[24:]
            for j, v in enumerate((x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), reason or None)):
                put(ws_, r_, 1 + j, v)
            top = r_
            if cont:
                r_ += 1
                for j in range(8):
                    put(ws_, r_, 1 + j, cont if j == 7 else None)
            at.append((x, top, r_))
            r_ += 1
        # merges of equal 一级 / 二级 runs within this sheet (a 小计 line ends a run); labels on the run's first row
        for col in (0, 1):
            i = 0
            while i < len(at):
                if at[i][0] == "sub":
                    i += 1
                    continue
                j = i
                while (j + 1 < len(at) and at[j + 1][0] != "sub"
                       and at[j + 1][0][:col + 1] == at[i][0][:col + 1]):
                    j += 1
                for k in range(i + 1, j + 1):
                    ws_.cell(row=at[k][1], column=1 + col).value = None
                if at[j][2] > at[i][1]:
                    ws_.merge_cells(start_row=at[i][1], start_column=1 + col, end_row=at[j][2], end_column=1 + col)
                i = j + 1
        return r_

    r_ = emit(ws, 13, lines[:cut])
    put(ws, r_ + 1, 1, "第 1 页 共 2 页", border=False)
    ws.merge_cells(start_row=r_ + 1, start_column=1, end_row=r_ + 1, end_column=8)
    for j, h in enumerate(hdr):
        put(ws2, 1, 1 + j, h, bold=True)
    r_ = emit(ws2, 2, lines[cut:])
    for j, v in enumerate(("总分", None, None, None, None, "100", f2(M["total"]), "自评等级：优")):
        put(ws2, r_, 1 + j, v)
    ws2.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=5)
    r_ += 1
    put(ws2, r_, 1, "说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；"
                    f"3.定性指标根据完成情况酌情扣分；4.自评等级：{BANDS77}。", border=False)
    ws2.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=8)
    ws2.row_dimensions[r_].height = 36
    r_ += 1
    put(ws2, r_, 1, "填表人：钟晓华　　联系电话：0753-7882416　　填报日期：2025年4月22日", border=False)
    ws2.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=8)
    put(ws2, r_ + 2, 1, "第 2 页 共 2 页", border=False)
    ws2.merge_cells(start_row=r_ + 2, start_column=1, end_row=r_ + 2, end_column=8)
    wb.properties.creator = "PDF Converter"
    wb.properties.title = None
    wb.properties.created = datetime.datetime(2025, 6, 5, 9, 12, 40)
    wb.properties.lastModifiedBy = "PDF Converter"
    data = ooxml_bytes(lambda b: wb.save(b), fix_core)
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h455())


# ============================================================ h456 永新县 (DOCX: 承诺书 + 项目支出绩效自评表)

def h456():
    dept, unit = "永新县农业农村局", "永新县农业技术推广中心"
    project = "2024年永新县绿色稻米产业发展项目"
    fa = (480.00, 520.00, 503.74)
    fc = (None, 20.00, 18.60)
    ini, adj, ex = fa[0], r2(fa[1] + fc[1]), r2(fa[2] + fc[2])
    assert (adj, ex) == (540.00, 522.34)
    rate = pct(ex, adj)
    no_half(ex / adj * 100, "rate")
    assert rate == 96.73, rate
    fs_true = r2(rate / 10)
    assert fs_true == 9.67
    fs = 9.76  # PLANT BUDGET_ROW_SCORE: 10 × 96.73% = 9.67, printed 9.76
    goals = ["目标1", "目标2", "目标4"]  # PLANT GOAL_LABELS: the third goal is labelled 目标4 (no 目标3)
    ind = [("产出指标", "数量指标", "绿色稻米种植面积", "≥3万亩", "3.12万亩", 8, 8, ""),
           ("产出指标", "数量指标", "建设稻谷烘干中心", "≥4个", "4个", 7, 7, ""),
           ("产出指标", "数量指标", "培训种植户", "≥1200人次", "1080人次", 6, P(1080, 1200, 6),
            "农忙期间部分培训推迟至2025年春季，按比例计分"),
           ("产出指标", "数量指标", "新增绿色食品认证产品", "≥3个", "3个", 6, 6, ""),
           ("产出指标", "质量指标", "病虫害统防统治覆盖率", "≥40%", "43.5%", 6, 6, ""),
           ("产出指标", "质量指标", "烘干设备验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "项目完成及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "烘干中心单个建设成本", "≤85万元/个", "82.6万元/个", 6, 6, ""),
           ("效益指标", "经济效益指标", "带动种植户户均增收", "≥1500元", "1620元", 8, 8, ""),
           # PLANT RULE_SCORE: 8% of ≥10% by the 说明's proportion rule → 6 × 8 ÷ 10 = 4.80, printed 5.4
           ("效益指标", "经济效益指标", "绿色稻米收购溢价率", "≥10%", "8%", 6, 5.4, "受稻米市场价格整体下行影响，酌情扣0.6分"),
           ("效益指标", "社会效益指标", "带动脱贫户（监测户）", "≥300户", "326户", 6, 6, ""),
           ("效益指标", "生态效益指标", "化肥使用量较上年减少", "≥5%", "5.6%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "产业长效运营机制", "健全", "基本健全", 5, 4,
            "2个烘干中心运营主体尚未确定，扣1分"),
           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "93%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "88.2%", 5, P(88.2, 90, 5),
            "部分合作社反映烘干排队时间长，按比例计分")]
    props([x for x in ind if x[2] != "绿色稻米收购溢价率"])
    no_half(6 * 8 / 10, "溢价率")
    assert [P(1080, 1200, 6), P(88.2, 90, 5), P(8, 10, 6)] == [5.40, 4.90, 4.80]
    assert below_no_reason(ind) == []
    total = r2(fs + s2(ind, 6))
    assert s2(ind, 5) == 90 and total == 97.46, total
    assert grade(total) == grade(r2(fs_true + s2(ind, 6) - 0.6)) == "优"
    rows = [fund_row(rate, fs)] + grows(ind)
    g = with_project(gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ini, adj, ex, rate), [], rows), project, unit)
    M = dict(dept=dept, unit=unit, project=project, fa=fa, fc=fc, fund=(ini, adj, ex, rate), fs=fs, ind=ind,
             total=total, goals=goals)
    fnd = [F("GOAL_LABELS", "年度总体目标（预期目标）",
             "目标1：…绿色稻米种植3万亩以上 | 目标2：…建设4个稻谷烘干中心 | 目标4：…带动种植户户均增收1500元以上",
             "目标1, 目标2, 目标4", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the goals of the 预期目标 cell are numbered 目标1, 目标2, 目标4: there is no 目标3 (a goal dropped or the "
             "third mislabelled)"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), f2(fs_true), "HIGH",
             "ERROR", "the 说明 scores the fund line as 执行率 × 10: 96.73% × 10 = 9.67, printed 9.76 (the rate itself is "
             "right; the 总分 adds the 9.76)"),
           F("RULE_SCORE", "绿色稻米收购溢价率",
             "效益指标 | 经济效益指标 | 绿色稻米收购溢价率 | ≥10% | 8% | 6 | 5.4 | 受稻米市场价格整体下行影响，酌情扣0.6分",
             "5.4", "4.80", "HIGH", "ERROR",
             "a quantitative target missed: the 说明 says such rows are scored 实际完成值 ÷ 年度指标值 × 分值 = 6 × 8 ÷ 10 = "
             "4.80; the row deducts only 0.6 “酌情”")]
    traps = ["page 1 is a 真实性承诺书 (“本单位郑重承诺…如有不实，愿承担相应责任”) signed by the 单位负责人 with the 盖章 line and "
             "the date: part of the submission, no figures; the 项目名称 in the 承诺书 agrees with the form",
             "funds: 当年财政拨款 520.00 + 上年结转资金 20.00 = 540.00 and 503.74 + 18.60 = 522.34; 上年结转 年初 “—”; 其他资金 "
             "“—”; 96.73% right; 年初 480.00 < 全年 (追加 and 结转); the 其中 lines carry no 分值 / 得分 and are not rows",
             "培训种植户 6 × 1080 ÷ 1200 = 5.40 and 合作社满意度 5 × 88.2 ÷ 90 = 4.90 (proportion, with reasons); 产业长效运营机制 "
             "−1 with a reason (judgement)",
             "建设稻谷烘干中心 4 vs ≥4个 and 新增绿色食品认证产品 3 vs ≥3个 (met exactly); 烘干中心单个建设成本 82.6 vs "
             "≤85万元/个 (a ceiling, met; a unit cost, not a budget figure); 化肥使用量较上年减少 5.6% vs ≥5% (a reduction, met)",
             f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100; 优 (also with 9.67 and 4.80: "
             f"{f2(r2(fs_true + s2(ind, 6) - 0.6))})"]
    return {"stem": "h456_yongxin_nongye", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write456}


def write456(rep, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    M = rep["meta"]
    ini, adj, ex, rate = M["fund"]
    fa, fc, ind = M["fa"], M["fc"], M["ind"]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(18)
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    def par(text, size=10.5, bold=False, align="l", indent=False, font=None):
        p = d.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.line_spacing = 1.5
        r_ = p.add_run(text)
        r_.font.size = Pt(size)
        r_.bold = bold
        if font:
            r_.font.name = font
            r_._r.rPr.rFonts.set(qn("w:eastAsia"), font)
        return p

    par("关于2024年度项目支出绩效自评材料真实性的承诺书", 18, True, "c", font="方正小标宋简体")
    par("")
    par("永新县财政局：", 14, font="仿宋_GB2312")
    for t_ in (f"我单位已按照《永新县县级预算绩效管理办法》要求，对{M['project']}开展了2024年度绩效自评，"
               "填报了《项目支出绩效自评表》。现郑重承诺：",
               "一、自评所依据的预算执行数据与会计账簿、财政预算管理一体化系统记录一致；",
               "二、各项绩效指标的实际完成值均有相应佐证材料，佐证材料真实、完整，已归档备查；",
               "三、自评得分按照评分规则如实计算，未虚报、瞒报或选择性填报。",
               "如有不实，本单位愿承担相应责任，并接受财政、审计部门的监督检查。"):
        par(t_, 14, indent=True, font="仿宋_GB2312")
    par("")
    par("单位负责人（签字）：刘建华", 14, align="r", font="仿宋_GB2312")
    par(f"承诺单位（盖章）：{M['dept']}", 14, align="r", font="仿宋_GB2312")
    p = par("2025年4月21日", 14, align="r", font="仿宋_GB2312")
    p.add_run().add_break(WD_BREAK.PAGE)
    par("项目支出绩效自评表", 18, True, "c")
    par("（2024年度）", 12, False, "c")
    par("填报单位（盖章）：永新县农业农村局　　　　　　　　　　　　　　　　　　　　金额单位：万元", 10)
    n = 9 + len(ind) + 2
    t = grid(d, n, [16, 20, 34, 24, 24, 14, 14, 34])
    r0 = t.rows[0].cells
    cell_put(r0[0], "项目名称", bold=True)
    r0[0].merge(r0[1])
    r0[2].merge(r0[7])
    cell_put(r0[2], M["project"], align="l")
    r1 = t.rows[1].cells
    cell_put(r1[0], "主管部门", bold=True)
    r1[0].merge(r1[1])
    r1[2].merge(r1[3])
    cell_put(r1[2], M["dept"], align="l")
    cell_put(r1[4], "实施单位", bold=True)
    r1[5].merge(r1[7])
    cell_put(r1[5], M["unit"], align="l")
    hd = ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for j, h in enumerate(hd):
        if h:
            cell_put(t.rows[2].cells[j], h, bold=True)
    lines = [("年度资金总额", mc(ini), mc(adj), mc(ex), "10", q(rate), f2(M["fs"])),
             ("其中：当年财政拨款", mc(fa[0]), mc(fa[1]), mc(fa[2]), "—", "—", "—"),
             ("上年结转资金", "—", mc(fc[1]), mc(fc[2]), "—", "—", "—"),
             ("其他资金", "—", "—", "—", "—", "—", "—")]
    for i, ln in enumerate(lines):
        for j, v in enumerate(ln):
            cell_put(t.rows[3 + i].cells[1 + j], v, align="l" if j == 0 else "c")
    t.rows[2].cells[0].merge(t.rows[6].cells[0])
    r7 = t.rows[7].cells
    cell_put(r7[0], "年度总体目标", bold=True)
    r7[1].merge(r7[4])
    cell_put(r7[1], "预期目标", bold=True)
    r7[5].merge(r7[7])
    cell_put(r7[5], "实际完成情况", bold=True)
    r8 = t.rows[8].cells
    g1, g2, g3 = M["goals"]
    r8[1].merge(r8[4])
    cell_put(r8[1], f"{g1}：推广绿色稻米种植3万亩以上，病虫害统防统治覆盖率40%以上；{g2}：建设4个稻谷烘干中心，培训种植户1200人次；"
                    f"{g3}：新增绿色食品认证产品3个，带动种植户户均增收1500元以上、带动脱贫户（监测户）300户以上。", align="l")
    r8[5].merge(r8[7])
    cell_put(r8[5], "种植绿色稻米3.12万亩，统防统治覆盖率43.5%；4个烘干中心建成并验收合格；培训1080人次；新增认证产品3个，"
                    "户均增收1620元，带动脱贫户（监测户）326户。", align="l")
    t.rows[7].cells[0].merge(t.rows[8].cells[0])
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for j, h in enumerate(hdr):
        cell_put(t.rows[9].cells[j], h, bold=True)
    for i, x in enumerate(ind):
        row = t.rows[10 + i].cells
        for j, v in enumerate((x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7])):
            cell_put(row[j], v, align="l" if j in (2, 7) else "c")
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            if b_ > a_:
                top = t.rows[10 + a_].cells[col]
                for k in range(a_ + 1, b_ + 1):
                    for p_ in t.rows[10 + k].cells[col].paragraphs:
                        for r_ in list(p_.runs):
                            r_._r.getparent().remove(r_._r)
                top.merge(t.rows[10 + b_].cells[col])
                for p_ in top.paragraphs[1:]:
                    p_._p.getparent().remove(p_._p)
    last = t.rows[10 + len(ind)].cells
    last[0].merge(last[4])
    cell_put(last[0], "总分", bold=True)
    cell_put(last[5], "100")
    cell_put(last[6], f2(M["total"]))
    cell_put(last[7], "自评等级：优")
    par("说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，满意度指标同；"
        f"3.定性指标根据完成情况酌情扣分；4.自评等级：{BANDS77}。", 9)
    par("填表人：贺小平　　联系电话：0796-7712358　　填报日期：2025年4月21日", 9)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "贺小平"
    cp.created = datetime.datetime(2025, 4, 18, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 4, 21, 16, 20, 0)
    cp.revision = 4
    cp.title = "项目支出绩效自评表"
    data = ooxml_bytes(lambda b: d.save(b))
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h456())


# ============================================================ h457 定南县 (HTML: a UEditor-written article, prose 自评报告)

def h457():
    dept = "定南县文化广电新闻出版旅游局"
    ib, ab, eb = 1150.00, 1268.40, 1262.15
    ip, ap, ep = 1530.00, 1886.20, 1759.32
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    assert (ia, aa, ea) == (2680.00, 3154.60, 3021.47)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    for a_, b_ in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a_ / b_ * 100, "rate")
    assert (rate, rb, rp) == (95.78, 99.51, 93.27), (rate, rb, rp)
    prate = 97.58  # PLANT EXECUTION_RATE: 3,021.47 ÷ 3,154.60 = 95.78%, printed 97.58% (表1, the text and the 附表 row)
    rs = r2(5 * prate / 100)
    no_half(5 * prate / 100, "rs")
    no_half(5 * rate / 100, "rs true")
    assert (rs, r2(5 * rate / 100)) == (4.88, 4.79)
    ind = [("决策", "目标设定", "绩效目标合理性", "与职能相符", "基本相符", 4, 3, "2项目标与年度重点工作衔接不紧，扣1分"),
           ("决策", "目标设定", "绩效指标明确性", "细化、量化", "部分未量化", 4, 3, "3项指标未量化，扣1分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.1%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-6.2%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(prate), 5, rs, "执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤5%", "6.8%", 4, 3, "2个文物修缮项目结转，扣1分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "3台设备未及时入账", 4, 2.5, "3台演出设备未及时入账，扣1.5分"),
           ("产出", "产出数量", "送戏下乡演出场次", "≥120场", "120场", 7, 7, ""),
           ("产出", "产出数量", "农家书屋出版物补充更新", "≥1.2万册", "1.26万册", 6, 6, ""),
           ("产出", "产出数量", "文物保护单位安全巡查", "≥48次", "38次", 6, P(38, 48, 6), "汛期巡查人员抽调防汛，按比例计分"),
           ("产出", "产出质量", "公共文化场馆免费开放率", "100%", "100%", 7, 7, ""),
           ("产出", "产出时效", "文物修缮项目按期完成率", "≥90%", "60%", 7, P(60, 90, 7), "5个项目中2个延期，按比例计分"),
           ("产出", "产出成本", "送戏下乡场均补助标准", "≤0.6万元/场", "0.6万元/场", 7, 7, ""),
           # PLANT TARGET_MET_POINTS_LOST: 47.3万人次 meets ≥45万人次, scored 7 of 8, no reason
           ("效益", "社会效益", "公共文化服务群众参与人次", "≥45万人次", "47.3万人次", 8, 7, ""),
           ("效益", "经济效益", "旅游接待人次增长率", "≥8%", "9.4%", 7, 7, ""),
           ("效益", "满意度", "群众满意度", "≥90%", "72%", 10, P(72, 90, 10), "问卷回收312份，按比例计分")]
    props([x for x in ind if x[2] not in ("预算执行率", "“三公”经费变动率")])
    assert [P(38, 48, 6), P(60, 90, 7), P(72, 90, 10)] == [4.75, 4.67, 8.00]
    assert below_no_reason(ind) == ["公共文化服务群众参与人次"]
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    total = s2(ind, 6)
    assert s2(ind, 5) == 100
    assert [(w, s) for _, w, s in sc] == [(15, 13), (20, 17.38), (40, 36.42), (25, 22)], sc
    assert total == 88.80, total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.80 lies in 80–90 (良) by the report's own bands
    assert grade(total) == grade(r2(total + 1)) == grade(r2(total - 0.09)) == "良"
    rates = [r2(s / w * 100) for _, w, s in sc]
    for _, w, s in sc:
        no_half(s / w * 100, "score rate")
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, printed_grade,
             budget(ia, aa, ea, prate, ab, eb, ap, ep), sc, grows(ind))
    M = dict(dept=dept, fund=(ib, ab, eb, ip, ap, ep, ia, aa, ea, prate, rb, rp), ind=ind, secs=sc, rates=rates,
             total=total)
    fnd = [F("EXECUTION_RATE", "预算执行率",
             f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(prate)}", q(prate), q(rate), "HIGH", "ERROR",
             "表1's 合计 (and the text of 二 and the 附表's 预算执行率 row) prints 97.58%; 3,021.47 ÷ 3,154.60 = 95.78%; the "
             "row's 4.88 follows the printed rate (5 × 95.78% = 4.79): one slip, one finding"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"综合自评得分{f2(total)}分，自评等级为“优” | {BANDS77}", "优", "良", "HIGH", "WARNING",
             f"{f2(total)} lies in the report's own band 80分（含）至90分 = “良”; the score equals the 附表's rows and 表2"),
           F("TARGET_MET_POINTS_LOST", "公共文化服务群众参与人次",
             "效益 | 社会效益 | 公共文化服务群众参与人次 | ≥45万人次 | 47.3万人次 | 8 | 7 | ", "7", "8", "HIGH", "WARNING",
             "47.3万人次 meets ≥45万人次, yet the row has 7 of 8 and no 偏差原因")]
    traps = ["the article body was written in the UEDITOR rich-text editor of the portal's CMS: <table data-sort=\"sortDisabled\">, "
             "<tr class=\"firstRow\">, <td width=… valign=\"middle\" align=\"center\" style=\"word-break: break-all;\">, empty <p><br/></p> "
             "paragraphs, the editor's attachment block (icon_pdf.gif + link) and the portal's 发布时间 / 来源 / 浏览次数 / "
             "字号 line: the editor's and portal's furniture, not report figures",
             "表1: 基本 + 项目 = 合计 in every column (2,680.00, 3,154.60, 3,021.47); 基本 99.51% and 项目 93.27% right; none "
             "over; 年初 < 全年 (追加)",
             "“三公”经费变动率 −6.2% vs ≤0 (a ceiling, met: a fall); 在职人员控制率 97.1% vs ≤100% (met); 结转结余率 6.8% vs "
             "≤5%: −1 by judgement with a reason; 绩效目标合理性 / 绩效指标明确性 / 资产管理规范性 deductions each with a reason",
             "文物保护单位安全巡查 6 × 38 ÷ 48 = 4.75, 文物修缮项目按期完成率 7 × 60 ÷ 90 = 4.67 and 群众满意度 10 × 72 ÷ 90 = "
             "8.00 (proportion, with reasons); 送戏下乡演出场次 120 vs ≥120场 (met exactly); 送戏下乡场均补助标准 0.6 vs "
             "≤0.6万元/场 (a ceiling met exactly; a unit subsidy, not a budget figure)",
             f"表2: 决策 15 | 13 | 86.67%, 过程 20 | 17.38 | 86.90%, 产出 40 | 36.42 | 91.05%, 效益 25 | 22 | 88.00% right; "
             f"合计 100 | {f2(total)} = the 18 rows = 四's score"]
    return {"stem": "h457_dingnan_wenlv", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html457(M)}


def html457(M):
    ib, ab, eb, ip, ap, ep, ia, aa, ea, prate, rb, rp = M["fund"]
    ind, sc, rates, total = M["ind"], M["secs"], M["rates"], M["total"]
    scd = {n: (w, s) for n, w, s in sc}
    TD = 'valign="middle" align="center" style="word-break: break-all;"'

    def table(rows, widths):
        out = ['<table data-sort="sortDisabled" width="100%" style="border-collapse:collapse;"><tbody>']
        for i, r_ in enumerate(rows):
            cls = ' class="firstRow"' if i == 0 else ""
            cells = []
            for j, c_ in enumerate(r_):
                if c_ is None:
                    continue
                txt, attrs = (c_ if isinstance(c_, tuple) else (c_, ""))
                cells.append(f'<td width="{widths[j]}" {TD}{attrs}>{E(str(txt)) if txt != "" else "<br/>"}</td>')
            out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return "\n".join(out)

    def p(t_, center=False, strong=False):
        st = "text-align: center;" if center else "text-indent: 2em; line-height: 2em;"
        t_ = E(t_)
        if strong:
            t_ = f"<strong>{t_}</strong>"
        return f'<p style="{st}"><span style="font-family: 仿宋, FangSong; font-size: 16px;">{t_}</span></p>'

    body = [p("定南县文化广电新闻出版旅游局2024年度部门整体支出绩效自评报告", True, True), "<p><br/></p>",
            p("一、部门基本情况", strong=True),
            p("我局为县政府工作部门，内设办公室、文化艺术股、文物股、旅游发展股等6个股室，下属县图书馆、县文化馆、县博物馆等4个事业单位。"
              "主要职责是统筹推进全县文化事业、文化产业和旅游业发展，负责文物保护和公共文化服务体系建设。"),
            p("二、部门整体支出情况", strong=True),
            p(f"2024年年初预算{mc(ia)}万元，年中追加后全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元。"
              f"全年支出{mc(ea)}万元，预算执行率{q(prate)}。详见表1。"),
            p("表1  2024年度部门预算执行情况（单位：万元）", True),
            table([["项目", "年初预算数", "全年预算数", "全年支出数", "执行率"],
                   ["合计", mc(ia), mc(aa), mc(ea), q(prate)],
                   ["基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
                   ["项目支出", mc(ip), mc(ap), mc(ep), q(rp)]], [120, 110, 110, 110, 90]),
            "<p><br/></p>",
            p("三、绩效自评结论", strong=True),
            p(f"经自评，我局2024年度部门整体支出综合自评得分{f2(total)}分，自评等级为“优”。（自评等级：{BANDS77}。）"
              "各一级指标得分情况见表2。"),
            p("表2  一级指标得分情况", True),
            table([["一级指标", "分值", "得分", "得分率"]] +
                  [[n, fnum(w), fnum(s), q(r_)] for (n, w, s), r_ in zip(sc, rates)] +
                  [["合计", "100", f2(total), q(total)]], [140, 110, 110, 110]),
            "<p><br/></p>",
            p("四、绩效指标完成情况分析", strong=True),
            p(f"（一）决策（15分），自评得分{fnum(scd['决策'][1])}分。绩效目标与部门职能基本相符，2项目标与年度重点工作衔接不紧，"
              "3项指标未量化；在职人员控制率97.1%，“三公”经费较上年下降6.2%。"),
            p(f"（二）过程（20分），自评得分{fnum(scd['过程'][1])}分。预算执行率{q(prate)}；2个文物修缮项目资金结转，结转结余率6.8%；"
              "资金使用合规，政府采购执行率100%；3台演出设备未及时入账。"),
            p(f"（三）产出（40分），自评得分{fnum(scd['产出'][1])}分。完成送戏下乡演出120场，补充更新农家书屋出版物1.26万册；"
              "汛期巡查人员抽调防汛，文物保护单位安全巡查38次；公共文化场馆全部免费开放；5个文物修缮项目中3个按期完成。"),
            p(f"（四）效益（25分），自评得分{fnum(scd['效益'][1])}分。全年公共文化服务群众参与47.3万人次，旅游接待人次增长9.4%；"
              "群众满意度72%。"),
            p("五、存在的问题及改进措施", strong=True),
            p("一是文物修缮项目前期工作不充分，进度滞后；二是资产管理不够规范；三是群众满意度偏低。下一步将加强项目储备和前期论证，"
              "完善资产登记制度，丰富公共文化服务供给。"),
            p("附表：定南县文化广电新闻出版旅游局2024年度部门整体支出绩效自评表", True)]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    for i, x in enumerate(ind):
        r_ = [x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7]]
        rows.append(r_)
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            rows[1 + a_][col] = (ind[a_][col], f' rowspan="{b_ - a_ + 1}"' if b_ > a_ else "")
            for k in range(a_ + 1, b_ + 1):
                rows[1 + k][col] = None
    rows.append([("合计", ' colspan="5"'), None, None, None, None, "100", f2(total), ""])
    body.append(table(rows, [60, 70, 150, 90, 90, 45, 45, 170]))
    body.append(p("说明：1.预算执行率得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；"
                  "3.定性指标根据完成情况酌情扣分。"))
    body.append("<p><br/></p>")
    body.append(p("定南县文化广电新闻出版旅游局"))
    body.append(p("2025年6月16日"))
    body.append('<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" '
                'src="/ueditor/dialogs/attachment/fileTypeImages/icon_pdf.gif"/><a style="font-size:12px; color:#0066cc;" '
                'href="/ueditor/php/upload/file/20250616/1750052416389127.pdf" '
                'title="定南县文化广电新闻出版旅游局2024年度部门整体支出绩效自评报告.pdf">'
                '定南县文化广电新闻出版旅游局2024年度部门整体支出绩效自评报告.pdf</a></p>')
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>定南县文化广电新闻出版旅游局2024年度部门整体支出绩效自评报告_定南县人民政府</title>\n"
            "<link rel=\"stylesheet\" href=\"/static/css/article.css\">\n</head>\n<body>\n"
            "<div class=\"header\"><div class=\"logo\">定南县人民政府</div><ul class=\"nav\"><li>首页</li><li>走进定南</li>"
            "<li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>\n"
            "<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 部门绩效</div>\n"
            "<div class=\"article\">\n<h1 class=\"title\">定南县文化广电新闻出版旅游局2024年度部门整体支出绩效自评报告</h1>\n"
            "<div class=\"info\">发布时间：2025-06-16 10:25　来源：县文广新旅局　浏览次数：<span id=\"hits\">418</span>　"
            "字号：<a href=\"javascript:;\">大</a> <a href=\"javascript:;\">中</a> <a href=\"javascript:;\">小</a></div>\n"
            "<div id=\"zoom\" class=\"article-content\">\n" + "\n".join(body) + "\n</div>\n</div>\n"
            "<div class=\"footer\">主办：定南县人民政府办公室　赣ICP备05004217号-1　政府网站标识码：3607280011</div>\n"
            "</body>\n</html>\n")


ALL.append(h457())


# ============================================================ h458 隰县 (PDF: a portal page printed from a browser)

def h458():
    dept = "隰县水利局"
    ib, ab, eb = 1020.00, 1086.40, 1092.66  # PLANT SPENDING_OVER_BUDGET: 基本支出 1,092.66 over its 1,086.40
    ip, ap, ep = 2440.00, 3042.20, 2894.79
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    assert (ia, aa, ea) == (3460.00, 4128.60, 3987.45)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    for a_, b_ in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a_ / b_ * 100, "rate")
    assert (rate, rb, rp) == (96.58, 100.58, 95.15), (rate, rb, rp)
    fs = r2(rate / 10)
    assert fs == 9.66
    ind = [("产出指标", "数量指标", "农村供水工程维修养护", "≥60处", "62处", 6, 6, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 7 of 6 (“超额完成，加1分”; the 说明 has no bonus)
           ("产出指标", "数量指标", "河道清淤疏浚长度", "≥18公里", "21.5公里", 6, 7, "超额完成，加1分"),
           ("产出指标", "数量指标", "新增节水灌溉面积", "≥0.8万亩", "0.72万亩", 6, P(0.72, 0.8, 6),
            "1个灌区因春播推迟施工，按比例计分"),
           ("产出指标", "数量指标", "淤地坝除险加固", "≥5座", "5座", 5, 5, ""),
           ("产出指标", "质量指标", "农村自来水普及率", "≥92%", "93.4%", 5, 5, ""),
           ("产出指标", "质量指标", "水质检测合格率", "≥90%", "94.6%", 5, 5, ""),
           ("产出指标", "时效指标", "工程按期完工率", "≥90%", "92.3%", 4, 4, ""),
           ("产出指标", "成本指标", "节水灌溉亩均投资", "≤1600元/亩", "1580元/亩", 4, 4, ""),
           ("产出指标", "成本指标", "河道清淤每公里成本", "≤12万元/公里", "11.8万元/公里", 4, 4, ""),
           ("效益指标", "社会效益指标", "受益人口", "≥3.2万人", "3.26万人", 8, 8, ""),
           ("效益指标", "社会效益指标", "防汛安全事故", "0起", "0起", 7, 7, ""),
           ("效益指标", "生态效益指标", "水土流失治理面积", "≥12平方公里", "10.8平方公里", 8, P(10.8, 12, 8),
            "1条小流域治理受汛期影响延至2025年，按比例计分"),
           ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", 7, 6, "3处工程管护人员未落实，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "86.4%", 10, P(86.4, 90, 10),
            "部分群众反映维修响应慢，按比例计分"),
           ("满意度指标", "服务对象满意度指标", "用水户协会满意度", "≥85%", "88%", 5, 5, "")]
    props([x for x in ind if x[2] != "河道清淤疏浚长度"])
    assert [P(0.72, 0.8, 6), P(10.8, 12, 8), P(86.4, 90, 10)] == [5.40, 7.20, 9.60]
    assert below_no_reason(ind) == []
    rows_total = r2(fs + s2(ind, 6))
    assert s2(ind, 5) == 90 and rows_total == 97.86, rows_total
    total = 97.68  # PLANT TOTAL_VS_ROWS: 9.66 + the 15 rows = 97.86, printed 97.68
    assert grade(total) == grade(rows_total) == grade(r2(rows_total - 1)) == "优"
    rows = [fund_row(rate, fs)] + grows(ind)
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], rows)
    M = dict(dept=dept, fund=(ib, ab, eb, ip, ap, ep, ia, aa, ea, rate, rb, rp), fs=fs, ind=ind, total=total)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total)}", f2(total), f2(rows_total), "HIGH", "ERROR",
             "the fund line 9.66 and the 15 rows as printed add to 97.86; the 总分 prints 97.68 (digits transposed)"),
           F("SPENDING_OVER_BUDGET", "其中：基本支出",
             f"其中：基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | — | {q(rb)} | —", mc(eb), f"≤ {mc(ab)}", "HIGH",
             "WARNING", "基本支出 1,092.66 exceeds its 全年预算数 1,086.40 (100.58%, printed and right); the whole is under "
             "budget and no reason is given"),
           F("ROW_SCORE_OVER_WEIGHT", "河道清淤疏浚长度",
             "产出指标 | 数量指标 | 河道清淤疏浚长度 | ≥18公里 | 21.5公里 | 6 | 7 | 超额完成，加1分", "7", "≤ 6", "HIGH",
             "ERROR", "a row scored above its 分值 6; the 说明 gives no bonus for exceeding a target")]
    traps = ["the PDF is a portal page PRINTED FROM A BROWSER: the browser's header (print date and time 2025/7/3 16:42, the "
             "page title) and footer (the page URL and “1/1”), the site's logo line, nav, breadcrumb, the “发布时间 / "
             "来源 / 浏览次数” line, the 字号 大 中 小 and 【打印本页】【关闭窗口】 links and the footer with its ICP number are "
             "the browser's and the site's, not report figures",
             "head block: 基本 + 项目 = 年度资金总额 in every column (3,460.00, 4,128.60, 3,987.45); 96.58% and 项目 95.15% "
             "right; 年初 < 全年 (追加); 年度资金总额 96.58% × 10 = 9.66 (the 说明's rule); the 其中 lines carry no 分值 / "
             "得分 and are not rows",
             "新增节水灌溉面积 6 × 0.72 ÷ 0.8 = 5.40, 水土流失治理面积 8 × 10.8 ÷ 12 = 7.20 and 受益群众满意度 10 × 86.4 ÷ 90 = "
             "9.60 (proportion, with reasons); 工程运行管护机制 −1 with a reason (judgement)",
             "淤地坝除险加固 5 vs ≥5座 (met exactly); 节水灌溉亩均投资 1580 vs ≤1600元/亩 and 河道清淤每公里成本 11.8 vs "
             "≤12万元/公里 (ceilings, met; unit costs, not budget figures); 防汛安全事故 0起 vs 0起 (met)",
             "分值 10 + 90 = 100; 优 on the printed 97.68, the rows' 97.86 and without the bonus point (96.86)"]
    return {"stem": "h458_xixian_shuili", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw458}


def draw458(rep, path):
    import copy
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer
    para, tab, mm = rl_kit()
    M = rep["meta"]
    ib, ab, eb, ip, ap, ep, ia, aa, ea, rate, rb, rp = M["fund"]
    ind = M["ind"]
    title = "隰县水利局2024年度部门整体支出绩效自评表_隰县人民政府"
    url = "http://www.sxxixian.gov.cn/zwgk/czxx/bmjx/202507/t20250702_1864213.shtml"
    s = [para("pl", "隰县人民政府　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　无障碍　|　长者模式"),
         para("pl", "首页　　走进隰县　　政务公开　　政务服务　　互动交流　　专题专栏"),
         para("pl", "当前位置：首页 > 政务公开 > 财政信息 > 部门绩效"),
         Spacer(1, 6),
         para("st", "隰县水利局2024年度部门整体支出绩效自评表"),
         para("pl", "发布时间：2025-07-02 09:18　　来源：隰县水利局　　浏览次数：356　　字号：【大 中 小】"),
         Spacer(1, 4), para("cap", "部门整体支出绩效自评表"), para("cap", "（2024年度）"),
         para("pl", "填报单位（盖章）：隰县水利局　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元")]
    head = [["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(ia), mc(aa), mc(ea), "10", q(rate), f2(M["fs"])],
            ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(rb), "—"],
            ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(rp), "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "维修养护农村供水工程60处以上，清淤疏浚河道18公里，新增节水灌溉0.8万亩，除险加固淤地坝5座，治理水土流失"
                 "12平方公里，受益群众满意度90%以上。", "", "",
             "维修养护供水工程62处，清淤疏浚21.5公里，新增节水灌溉0.72万亩，除险加固淤地坝5座，治理水土流失10.8平方公里，"
             "全年未发生防汛安全事故。", "", "", ""]]
    s.append(tab(head, [30, 30, 22, 22, 22, 14, 18, 16], head=1,
                 spans=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5), (1, 4, 3, 4), (4, 4, 7, 4), (1, 5, 3, 5),
                        (4, 5, 7, 5)], left=(1,), grey=False))
    s.append(Spacer(1, 4))
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for x in ind:
        data.append([x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7]])
    sp = spans_for(ind, 1)
    for (col, a_, _, b_) in sp:
        for k in range(a_ + 1, b_ + 1):
            data[k][col] = ""
    data.append(["总分", "", "", "", "", "100", f2(M["total"]), "自评等级：优"])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    s.append(tab(data, [16, 22, 32, 22, 22, 11, 11, 38], spans=sp, left=(2, 7)))
    s.append(Spacer(1, 3))
    s.append(para("n", "说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；"
                       f"3.定性指标根据完成情况酌情扣分；4.自评等级：{BANDS77}。"))
    s.append(para("n", "填表人：郭文斌　　联系电话：0357-7322816　　填报日期：2025年4月23日"))
    s.append(Spacer(1, 8))
    s.append(para("r", "【打印本页】　【关闭窗口】"))
    s.append(para("c", "主办：隰县人民政府办公室　　承办：隰县融媒体中心　　晋ICP备06007318号-1　　政府网站标识码：1410240001"))
    n_pages = [0]

    def count(canv, _doc):
        n_pages[0] = max(n_pages[0], canv.getPageNumber())

    def browser(canv, _doc):
        canv.setFont("Helvetica", 8)
        canv.drawString(10 * mm, A4[1] - 7 * mm, "2025/7/3 16:42")
        canv.drawString(10 * mm, 6 * mm, url)
        canv.drawRightString(A4[0] - 10 * mm, 6 * mm, f"{canv.getPageNumber()}/{n_pages[0]}")
        canv.setFont("STSong-Light", 8)
        canv.drawCentredString(A4[0] / 2, A4[1] - 7 * mm, title)
    kw = dict(pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
              invariant=1)
    SimpleDocTemplate(io.BytesIO(), **kw).build(copy.deepcopy(s), onFirstPage=count, onLaterPages=count)
    doc = SimpleDocTemplate(path, title=title, author="", creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                            "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
                            producer="Skia/PDF m126", **kw)
    doc.build(s, onFirstPage=browser, onLaterPages=browser)


ALL.append(h458())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "80")


if __name__ == "__main__":
    main(sys.argv[1:])
