#!/usr/bin/python3
"""Round 75 (h429–h433): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus75 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports75.py [h429 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports75.py --drop         # drop each planted finding in turn
(python-docx, openpyxl, reportlab, Pillow, numpy, pikepdf, fonts-noto-cjk:
h429 a 项目支出绩效自评表 that is a Word MAIL-MERGE main document saved with “查看合并数据” on (丹棱县, 眉山市): every
variable cell a MERGEFIELD complex field whose stored result is the active record's value, settings.xml carrying
w:mailMerge (formLetters, an external Excel data source, its SQL query, the active record);
h430 a 部门整体 自评表 scanned with a PHONE SCANNER APP (扫描全能王 / CamScanner style) (剑川县, 大理州): the pages
flattened, “enhanced” to a white background, a little skewed, the app's “扫描全能王 创建” mark in the lower right corner of
every page, JPEG pages in a PDF whose Producer is the app's;
h431 a 部门整体 自评报告 (prose) on a county 预决算公开平台 page (天台县, 台州市): the platform's chrome (unit tree with
单位编码, 公开类型 tabs, 公开时间 / 浏览次数 bar, attachment list) around the report text;
h432 a third-party 项目 绩效评价报告 as a TAGGED PDF as Word's “另存为 PDF” writes it (康县, 陇南市): /MarkInfo Marked,
/Lang zh-CN, a StructTreeRoot (Document → H1 / H2 / P / Table → TR → TH / TD) over marked content (BDC /MCID … EMC),
page headers and numbers as /Artifact, a ParentTree;
h433 a 部门整体 自评表 XLSX TEMPLATE with a data-entry sheet 填报 and a print sheet 自评表 whose indicator cells are
VLOOKUP formulas into 填报 (cached values stored) (凌云县, 百色市).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因).
"""
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main, cell_put  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import no_half, missed_ok, mc, q, f2  # noqa: E402
from reports69 import zwrite  # noqa: E402
from reports71 import SERIF, SERIF_B, PilSheet  # noqa: E402

ALL = []
RULES = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
         "分值”计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：")


def reasons_missing(ind):
    """rows below their weight without a reason"""
    return [x[2] for x in ind if x[6] < x[5] and not x[7]]


def ooxml_bytes(save, edit=None):
    """an OOXML package saved by save(buf), rezipped entry by entry with a fixed date ([Content_Types].xml first);
    edit(name, data) may return new bytes for an entry (round 74's helper)"""
    buf = io.BytesIO()
    save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if edit:
        items = [(n, edit(n, d)) for n, d in items]
    items.sort(key=lambda x: x[0] != "[Content_Types].xml")
    out = io.BytesIO()
    zwrite(out, items)
    return out.getvalue()


def fnum(x):
    """a score as a form prints it: integers bare, else two decimals trimmed of a trailing zero"""
    if float(x).is_integer():
        return str(int(x))
    s_ = f"{x:.2f}"
    return s_.rstrip("0") if s_.endswith("0") else s_


# ============================================================ h429 丹棱县 (DOCX: Word MAIL-MERGE main document, 项目 form)

def h429():
    dept, unit = "丹棱县农业农村局", "丹棱县农业技术推广中心"
    project = "2024年丹棱县不知火柑橘产业基地提升项目"
    src = [("其中：当年财政拨款", 300.00, 340.00, 322.18), ("上年结转资金", 0.00, 20.00, 16.44)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate_true = pct(ea, aa)
    assert (ia, aa, ea, rate_true) == (300.00, 360.00, 338.62, 94.06), (ia, aa, ea, rate_true)
    no_half(ea / aa * 100, "rate")
    rate = 94.60  # PLANT EXECUTION_RATE: 338.62 ÷ 360.00 = 94.06%; the record's 执行率 field holds 94.60
    fs = r2(rate / 10)  # the 得分 follows the printed rate (one finding)
    assert fs == 9.46
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "不知火标准化示范园提升面积", "≥2000亩", "2060亩", 10, 10, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 760 of ≥800亩 at full 6, no reason (the proportion rule gives 5.70)
           ("产出指标", "数量指标", "新建水肥一体化设施", "≥800亩", "760亩", 6, 6, ""),
           ("产出指标", "数量指标", "有机肥替代化肥面积", "≥3000亩", "2850亩", 6, P(2850, 3000, 6),
            "部分农户自行施用农家肥，替代面积未达目标；按完成比例计分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 7 of a 6-point row (“超额完成，加1分”: the form has no bonus points)
           ("产出指标", "数量指标", "开展柑橘种植技术培训", "≥20期", "23期", 6, 7, "超额完成，加1分"),
           ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "果品商品化率", "≥85%", "88.6%", 6, 6, ""),
           ("产出指标", "时效指标", "项目完工及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "水肥一体化亩均建设成本", "≤1500元/亩", "1500元/亩", 5, 5, ""),
           ("效益指标", "经济效益指标", "项目区亩均增收", "≥800元", "865元", 8, 8, ""),
           ("效益指标", "社会效益指标", "带动农户", "≥1200户", "1236户", 7, 7, ""),
           ("效益指标", "社会效益指标", "安全生产事故", "0起", "0起", 5, 5, ""),
           ("效益指标", "生态效益指标", "化肥使用量减少", "≥5%", "5.4%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "园区长效管护机制", "健全", "基本健全", 5, 4,
            "部分园区管护责任未落实到户，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "93.5%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "新型经营主体满意度", "≥90%", "91.2%", 5, 5, "")]
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:4] for x in missed_ok(ind[1:])] == [("新建水肥一体化设施", 6, 5.7, False),
                                                    ("有机肥替代化肥面积", 5.7, 5.7, True)]
    assert reasons_missing(ind[1:]) == []
    total = s2(ind, 6)
    assert total == 99.16 and grade(total) == "优", total
    plan = ("提升不知火标准化示范园2000亩，新建水肥一体化设施800亩，有机肥替代化肥3000亩，开展技术培训20期以上；"
            "项目区亩均增收800元以上，带动农户1200户以上，化肥使用量减少5%以上。")
    done = ("提升示范园2060亩，新建水肥一体化设施760亩，有机肥替代化肥2850亩，开展技术培训23期；项目区亩均增收865元，"
            "带动农户1236户，化肥使用量减少5.4%。")
    g = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, fund=(ia, aa, ea, rate, fs), ind=ind, total=total,
                plan=plan, done=done)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", q(rate), q(rate_true),
             "HIGH", "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = {q(rate_true)}, not {q(rate)} (the merged record's 执行率 field has two digits "
             f"swapped); the line's 得分 {f2(fs)} follows the wrong rate ({q(rate_true)} × 10 = {f2(r2(rate_true / 10))}), "
             f"so the 总分 {f2(total)} is 0.05 high (优 either way) — one finding"),
           F("ROW_SCORE_OVER_WEIGHT", "开展柑橘种植技术培训",
             "开展柑橘种植技术培训 | ≥20期 | 23期 | 6 | 7 | 超额完成，加1分", "7", "≤ 6", "HIGH", "ERROR",
             "the row's 得分 7 is above its 分值 6: the form's 说明 has no bonus points (a met target gets full marks), "
             "so 超额完成 earns 6; the 总分 adds the 7 (产出指标's rows score 50.7 of 50)"),
           F("TARGET_MISSED_FULL_MARKS", "新建水肥一体化设施",
             "新建水肥一体化设施 | ≥800亩 | 760亩 | 6 | 6 |", "6", "5.70", "HIGH", "WARNING",
             "760亩 of a ≥800亩 target, yet full marks and no 偏差原因; by the 说明's proportion rule 760 ÷ 800 × 6 = "
             "5.70 (the 实际完成情况 text also says 760亩)")]
    return {"stem": "h429_danling_nongye", "format": "docx", "write": write429, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the document is a MAIL-MERGE MAIN DOCUMENT: every figure and name is the stored result of a "
                      "MERGEFIELD (“ MERGEFIELD 全年预算数 \\# \"#,##0.00\" ”); the field codes, the «field» names and the "
                      "w:mailMerge data source (an Excel path, a SELECT query, the active record 7) are not report text",
                      f"funds: 当年财政拨款 + 上年结转资金 = 年度资金总额 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); "
                      "其他资金 “—”; 年初 < 全年 (追加 and 结转); the 其中 lines carry no 执行率 / 得分 and are not rows",
                      "有机肥替代化肥面积 6 × 2850 ÷ 3000 = 5.70 (proportion, with a reason); 园区长效管护机制 −1 with a "
                      "reason (judgement)",
                      "水肥一体化亩均建设成本 1500 vs ≤1500元/亩 (a ceiling met exactly; a unit cost, not a budget "
                      "figure); 安全生产事故 0起 vs 0起 (met)",
                      f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100; 优"]}


def write429(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from reports34 import new_doc
    from reports36_common import grid
    M = rep["meta"]
    ia, aa, ea, rate, fs = M["fund"]
    doc = new_doc()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "县财政局绩效股", "杨晓琳", "项目支出绩效自评表"

    def para(text, size=10.5, bold=False, align="c", space=0):
        p = doc.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.space_after = Pt(space)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        return p

    def fc(p, kind):
        r = p.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)

    def field(cell, name, result, sw="", size=9, align="c"):
        """a MERGEFIELD complex field whose stored result is the active record's value"""
        cell_put(cell, "", size, align=align)
        p = cell.paragraphs[0]
        fc(p, "begin")
        r = p.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" MERGEFIELD {name}{sw} "
        r._r.append(it)
        fc(p, "separate")
        r = p.add_run(result)
        r.font.size = Pt(size)
        fc(p, "end")

    para("项目支出绩效自评表", 16, True, space=2)
    p = para("（", 11)
    fc(p, "begin")
    r = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " MERGEFIELD 年度 "
    r._r.append(it)
    fc(p, "separate")
    r = p.add_run("2024")
    r.font.size = Pt(11)
    fc(p, "end")
    r = p.add_run("年度）")
    r.font.size = Pt(11)
    para("金额单位：万元", 9, align="r")
    ind = M["ind"][1:]
    n = len(ind)
    nrow = 9 + n + 2
    t = grid(doc, nrow, [16, 17, 19, 34, 20, 20, 11, 11, 32])
    C = t.cell
    money = ' \\# "#,##0.00"'
    cell_put(C(0, 0), "项目名称", 9)
    C(0, 1).merge(C(0, 8))
    field(C(0, 1), "项目名称", M["project"], align="l")
    cell_put(C(1, 0), "主管部门", 9)
    C(1, 1).merge(C(1, 3))
    field(C(1, 1), "主管部门", M["dept"], align="l")
    cell_put(C(1, 4), "实施单位", 9)
    C(1, 5).merge(C(1, 8))
    field(C(1, 5), "实施单位", M["unit"], align="l")
    C(2, 0).merge(C(6, 0))
    cell_put(C(2, 0), "项目资金（万元）", 9)
    for k in range(2, 7):
        C(k, 1).merge(C(k, 2))
    for j, h in zip(range(3, 9), ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        cell_put(C(2, j), h, 9, True)
    cell_put(C(3, 1), "年度资金总额", 9, align="l")
    field(C(3, 3), "年初预算数", mc(ia), money)
    field(C(3, 4), "全年预算数", mc(aa), money)
    field(C(3, 5), "全年执行数", mc(ea), money)
    cell_put(C(3, 6), "10", 9)
    field(C(3, 7), "执行率", q(rate))
    field(C(3, 8), "资金得分", f2(fs))
    names = [("当年财政拨款", "财政拨款"), ("上年结转资金", "结转资金")]
    for i, (lab, a, b, e) in enumerate(M["src"]):
        cell_put(C(4 + i, 1), lab, 9, align="l")
        key = names[i][1]
        field(C(4 + i, 3), key + "年初", mc(a), money)
        field(C(4 + i, 4), key + "全年", mc(b), money)
        field(C(4 + i, 5), key + "执行", mc(e), money)
        for j in (6, 7, 8):
            cell_put(C(4 + i, j), "—", 9)
    cell_put(C(6, 1), "其他资金", 9, align="l")
    for j in range(3, 9):
        cell_put(C(6, j), "—", 9)
    C(7, 0).merge(C(8, 0))
    cell_put(C(7, 0), "年度总体目标", 9)
    C(7, 1).merge(C(7, 4))
    C(7, 5).merge(C(7, 8))
    cell_put(C(7, 1), "预期目标", 9, True)
    cell_put(C(7, 5), "实际完成情况", 9, True)
    C(8, 1).merge(C(8, 4))
    C(8, 5).merge(C(8, 8))
    field(C(8, 1), "预期目标", M["plan"], align="l")
    field(C(8, 5), "实际完成情况", M["done"], align="l")
    r0 = 9
    C(r0, 0).merge(C(r0 + n, 0))
    cell_put(C(r0, 0), "绩效指标", 9)
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"), start=1):
        cell_put(C(r0, j), h, 9, True)
    for k in (0, 1):
        for a, b in spans(ind, k):
            if b > a:
                C(r0 + 1 + a, 1 + k).merge(C(r0 + 1 + b, 1 + k))
    for i, x in enumerate(ind):
        r = r0 + 1 + i
        k = i + 1
        first0 = i == 0 or ind[i - 1][0] != x[0]
        first1 = first0 or ind[i - 1][1] != x[1]
        if first0:
            cell_put(C(r, 1), x[0], 9)
        if first1:
            cell_put(C(r, 2), x[1], 9)
        field(C(r, 3), f"三级指标{k}", x[2], align="l")
        field(C(r, 4), f"指标值{k}", x[3])
        field(C(r, 5), f"完成值{k}", x[4])
        cell_put(C(r, 6), fnum(x[5]), 9)
        field(C(r, 7), f"得分{k}", fnum(x[6]))
        if x[7]:
            field(C(r, 8), f"偏差原因{k}", x[7], align="l")
        else:
            field(C(r, 8), f"偏差原因{k}", "")
    r = r0 + n + 1
    C(r, 0).merge(C(r, 5))
    cell_put(C(r, 0), "总分", 9, True)
    cell_put(C(r, 6), "100", 9, True)
    field(C(r, 7), "总分", f2(M["total"]))
    field(C(r, 8), "自评等级", "优")
    para(RULES + BANDS, 8.5, align="l")
    para("填表人：杨晓琳　　联系电话：028-37220416　　填报日期：2025年4月23日", 9, align="l")
    spart = doc.part._settings_part
    st = spart.element
    rid = spart.relate_to(
        "file:///D:\\绩效自评\\2024年度项目绩效自评数据.xlsx",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource", is_external=True)
    mm = OxmlElement("w:mailMerge")
    for tag, val in (("w:mainDocumentType", "formLetters"), ("w:linkToQuery", None), ("w:dataType", "native"),
                     ("w:connectString", "Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source=D:\\绩效自评\\"
                      "2024年度项目绩效自评数据.xlsx;Mode=Read;Extended Properties=\"HDR=YES;IMEX=1;\";"),
                     ("w:query", "SELECT * FROM `项目自评$` "), ("w:dataSource", rid), ("w:viewMergedData", None),
                     ("w:activeRecord", "7")):
        e = OxmlElement(tag)
        if tag == "w:dataSource":
            e.set(qn("r:id"), val)
        elif val is not None:
            e.set(qn("w:val"), val)
        mm.append(e)
    anchor = st.find(qn("w:defaultTabStop"))
    anchor.addprevious(mm)
    with open(path, "wb") as f:
        f.write(ooxml_bytes(doc.save))


ALL.append(h429())


# ============================================================ h431 天台县 (HTML: a county 预决算公开平台 page, prose 自评报告)

def h431():
    dept = "天台县交通运输局"
    ib, ip = 2860.00, 7380.00
    ab, ap = 2968.35, 9652.13
    eb, ep = 2941.27, 8960.89
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    rb, rp = pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate) == (10240.00, 12620.48, 11902.16, 94.31), (ia, aa, ea, rate)
    for a_, e_, w in ((ab, eb, "基本"), (ap, ep, "项目"), (aa, ea, "合计")):
        no_half(e_ / a_ * 100, w)
    no_half(rate * 8 / 100, "rate score")
    ea_text = 11920.16  # PLANT SAME_FIGURE_DIFFERS: 二's prose says 全年支出11,920.16万元; 表1 (and its rate) 11,902.16
    rs = r2(rate * 8 / 100)
    ind = [("决策", "绩效目标", "绩效目标合理性", "依据充分、符合职能", "符合", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "细化、量化", "3项指标未量化", 4, 3, "3项指标未细化量化，扣1分"),
           ("决策", "预算配置", "预算编制科学性", "科学合理", "年中追加较多", 4, 3, "年中追加预算占年初预算比重较大，扣1分"),
           ("决策", "预算配置", "重点支出安排率", "≥60%", "68.2%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 8, rs, "部分危桥改造工程款未到结算节点"),
           ("过程", "预算执行", "结转结余率", "≤5%", "5.7%", 4, 3, "结转结余率高于目标0.7个百分点，扣1分"),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "86.4%", 3, 3, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "2笔支出凭证不全", 4, 2, "审计发现2笔支出凭证不全，扣2分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "2处养护站资产未及时入账", 3, 2, "2处养护站资产未及时入账，扣1分"),
           ("产出", "数量", "农村公路养护里程", "≥1180公里", "1180公里", 8, 8, ""),
           ("产出", "数量", "危桥改造", "≥12座", "7座", 7, P(7, 12, 7), "5座危桥受汛期影响延至2025年完工，按完成比例计分"),
           ("产出", "数量", "公路安全生命防护工程", "≥60公里", "52.8公里", 6, P(52.8, 60, 6),
            "2段工程因征地协调延期，按完成比例计分"),
           ("产出", "质量", "农村客运班线通达率", "100%", "100%", 7, 7, ""),
           ("产出", "质量", "工程质量抽检合格率", "≥98%", "98.6%", 7, 7, ""),
           ("效益", "社会效益", "普通国省道优良路率", "≥80%", "72.4%", 8, P(72.4, 80, 8), "2条干线大中修未完工，按完成比例计分"),
           ("效益", "社会效益", "较大及以上交通安全事故", "0起", "0起", 6, 6, ""),
           ("效益", "满意度", "群众出行满意度", "≥90%", "82.6%", 11, P(82.6, 90, 11), "部分山区线路班次偏少，按完成比例计分")]
    for w_, a_, t_ in ((7, 7, 12), (6, 52.8, 60), (8, 72.4, 80), (11, 82.6, 90)):
        no_half(w_ * a_ / t_, "P")
    assert len(ind) == 18 and s2(ind, 5) == 100
    assert reasons_missing(ind) == []
    assert all(x[3] for x in missed_ok(ind) if x[0] != "结转结余率")
    names = ["决策", "过程", "产出", "效益"]
    secs = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    total = s2(ind, 6)
    assert total == 88.24 and grade(total) == "良", total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.24 sits in the report's own 80–90 band (良); 三 says 优
    rates = [pct(s_, w_) for _, w_, s_ in secs]
    for _, w_, s_ in secs:
        no_half(s_ / w_ * 100, "sec rate")
    printed_rates = list(rates)
    assert rates[2] == 89.60, rates
    printed_rates[2] = 91.36  # PLANT SCORE_RATE: 产出 31.36 ÷ 35 = 89.60%; 表2 prints 91.36%
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, printed_grade,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    meta = dict(dept=dept, fund=(ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, rb, rp), ea_text=ea_text, ind=ind,
                secs=secs, prates=printed_rates, total=total, grade=printed_grade, rs=rs)
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"综合自评得分{f2(total)}分，自评等级为“{printed_grade}” | 90分（含）以上为“优”，80分（含）至90分为“良”",
             printed_grade, "良", "HIGH", "WARNING",
             f"the report's own bands (三 and the 附表's 说明) put {f2(total)} in 80–90, 良; it grades itself 优 (the "
             "score is the rows' sum and right; only the grade is outside its band)"),
           F("SAME_FIGURE_DIFFERS", "全年支出（二、部门整体支出情况）",
             f"全年支出{mc(ea_text)}万元 | 表1 合计 全年执行数 {mc(ea)}", mc(ea_text), mc(ea), "HIGH", "WARNING",
             f"二's text gives the year's spending as {mc(ea_text)}万元, 表1 as {mc(ea)} (= 基本 {mc(eb)} + 项目 {mc(ep)}; "
             f"the {q(rate)} rate and the 预算执行率 row follow 表1); the text's figure has two digits swapped — which is "
             "meant the report does not say: one finding"),
           F("SCORE_RATE", "产出",
             f"产出 | {secs[2][1]} | {f2(secs[2][2])} | {q(printed_rates[2])}", q(printed_rates[2]), q(rates[2]),
             "HIGH", "ERROR", f"表2: {f2(secs[2][2])} ÷ {secs[2][1]} = {q(rates[2])}, not {q(printed_rates[2])}; "
             "the 得分 equals the 附表's 产出 rows; the other 得分率 are right")]
    return {"stem": "h431_tiantai_jiaotong", "format": "html", "html": html431(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a 预决算公开平台's: its header, the unit tree (with 单位编码), the 公开类型 tabs "
                      "(部门预算 / 部门决算 / 绩效自评 / 项目绩效), the info bar (单位编码 331023017, 公开时间, 浏览次数 1,236), "
                      "the attachment list and the footer are the platform, not the report",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; none over; 年初 < 全年 (追加: the 预算编制科学性 deduction's reason)",
                      f"预算执行率 {q(rate)} × 8 = {f2(rs)} (the 说明's rule); 危桥改造 7 × 7 ÷ 12 = 4.08, 公路安全生命防护工程 "
                      "6 × 52.8 ÷ 60 = 5.28, 普通国省道优良路率 8 × 72.4 ÷ 80 = 7.24, 群众出行满意度 11 × 82.6 ÷ 90 = 10.10 "
                      "(proportion, with reasons)",
                      "结转结余率 5.7% vs ≤5%: −1 by judgement with a reason (a ceiling missed, qualitative deduction); "
                      "the 决策 / 过程 deductions each with a reason",
                      "农村公路养护里程 1180 vs ≥1180公里 (met exactly); “三公”经费控制率 86.4% vs ≤100% (a ceiling, met); "
                      "较大及以上交通安全事故 0起 (met)",
                      f"表2: 决策 15 | {fnum(secs[0][2])} | {q(rates[0])}, 过程 25 | {f2(secs[1][2])} | {q(rates[1])}, 效益 25 | "
                      f"{f2(secs[3][2])} | {q(rates[3])} right; every 得分 equals its rows; 合计 100 | {f2(total)} = the 18 "
                      "rows = 三's score"]}


def html431(M):
    ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, rb, rp = M["fund"]
    ind, secs, total = M["ind"], M["secs"], M["total"]
    esc = lambda s_: s_.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    tree = ["天台县交通运输局（本级）", "天台县公路与运输管理中心", "天台县交通工程建设中心", "天台县港航服务站"]
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>天台县交通运输局2024年度部门整体支出绩效自评报告-天台县预决算公开平台</title>",
           "<style>body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;background:#f2f5f9}"
           ".hd{background:#1d5fa8;color:#fff;padding:12px 30px;font-size:22px}.nav a{color:#fff;margin-right:22px}"
           ".wrap{width:1180px;margin:14px auto;display:flex}.side{width:250px;background:#fff;margin-right:14px}"
           ".side li{padding:6px 10px;list-style:none}.side li.on{background:#e3eefa;color:#1d5fa8}"
           ".main{flex:1;background:#fff;padding:18px 26px}.tabs span{display:inline-block;padding:6px 16px;"
           "border:1px solid #c9d7e8;margin-right:-1px}.tabs span.on{background:#1d5fa8;color:#fff}"
           ".info{color:#666;margin:12px 0;border-bottom:1px dashed #ccc;padding-bottom:8px}"
           ".doc p{text-indent:2em;line-height:1.9;margin:4px 0}.doc h1{text-align:center;font-size:20px}"
           ".doc h3{font-size:15px;margin:12px 0 4px}.doc table{border-collapse:collapse;margin:8px auto;width:100%}"
           ".doc td,.doc th{border:1px solid #333;padding:3px 5px;font-size:13px;text-align:center}"
           ".ft{text-align:center;color:#888;padding:18px;font-size:12px}</style>", "</head>", "<body>",
           '<div class="hd">天台县预决算公开平台 <span class="nav"><a href="/">首页</a><a href="/zfyjs">政府预决算</a>'
           '<a href="/bmyjs">部门预决算</a><a href="/jxxx">绩效信息</a><a href="/sgjf">“三公”经费</a>'
           '<a href="/zcfg">政策法规</a></span></div>',
           '<div class="wrap">', '<div class="side"><div style="padding:10px;font-weight:bold">预算单位</div><ul>',
           "<li>▸ 天台县发展和改革局（331023006）</li>", "<li>▸ 天台县教育局（331023009）</li>",
           "<li>▾ 天台县交通运输局（331023017）</li>"]
    out += [f'<li class="{"on" if i == 0 else ""}" style="padding-left:26px">{t}</li>' for i, t in enumerate(tree)]
    out += ["<li>▸ 天台县水利局（331023019）</li>", "<li>▸ 天台县农业农村局（331023020）</li>", "</ul></div>",
            '<div class="main">', '<div class="tabs"><span>部门预算</span><span>部门决算</span><span class="on">'
            '绩效自评</span><span>项目绩效</span><span>“三公”经费</span></div>',
            '<div class="info">单位名称：天台县交通运输局　单位编码：331023017　公开类型：部门整体支出绩效自评　年度：2024　'
            "公开时间：2025-06-18 10:26　浏览次数：1,236</div>", '<div class="doc">',
            "<h1>天台县交通运输局2024年度部门整体支出绩效自评报告</h1>",
            "<h3>一、部门基本情况</h3>",
            "<p>天台县交通运输局主要负责全县公路、水路交通运输行业管理，农村公路建设养护，道路运输和港航管理等工作。"
            "局机关内设科室6个，下属事业单位3个，年末在职人员168人。</p>",
            "<h3>二、部门整体支出情况</h3>",
            f"<p>2024年度部门年初预算{mc(ia)}万元，年中追加后全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出"
            f"{mc(ap)}万元；全年支出{mc(M['ea_text'])}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，"
            f"预算执行率{q(rate)}。</p>", "<p style=\"text-align:center;text-indent:0\">表1　2024年度部门预算执行情况"
            "（单位：万元）</p>", "<table>", "<tr><th>项目</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th>"
            "<th>执行率</th></tr>"]
    for lab, a_, b_, e_, r_ in (("合计", ia, aa, ea, rate), ("基本支出", ib, ab, eb, rb), ("项目支出", ip, ap, ep, rp)):
        out.append(f"<tr><td>{lab}</td><td>{mc(a_)}</td><td>{mc(b_)}</td><td>{mc(e_)}</td><td>{q(r_)}</td></tr>")
    out += ["</table>", "<h3>三、绩效自评结论</h3>",
            "<p>根据《天台县部门整体支出绩效评价共性指标体系》，从决策、过程、产出、效益四个方面对部门整体支出进行自评，"
            f"综合自评得分{f2(total)}分，自评等级为“{M['grade']}”。各一级指标得分情况见表2。</p>",
            "<p style=\"text-align:center;text-indent:0\">表2　一级指标得分情况</p>", "<table>",
            "<tr><th>一级指标</th><th>分值</th><th>得分</th><th>得分率</th></tr>"]
    for (n, w_, s_), r_ in zip(secs, M["prates"]):
        out.append(f"<tr><td>{n}</td><td>{fnum(w_)}</td><td>{fnum(s_)}</td><td>{q(r_)}</td></tr>")
    out += [f"<tr><td>合计</td><td>100</td><td>{f2(total)}</td><td>{q(total)}</td></tr>", "</table>",
            "<h3>四、绩效指标完成情况分析</h3>",
            f"<p>（一）决策方面。绩效目标依据充分，但3项指标未细化量化；年中追加预算2,380.48万元，占年初预算比重较大，"
            f"预算编制科学性有待提高。决策得分{fnum(secs[0][2])}分。</p>",
            f"<p>（二）过程方面。预算执行率{q(rate)}，结转结余率5.7%，高于5%的目标；审计发现2笔支出凭证不全，2处养护站资产"
            f"未及时入账。过程得分{fnum(secs[1][2])}分。</p>",
            "<p>（三）产出方面。全年完成农村公路养护1180公里，改造危桥7座（5座受汛期影响延至2025年完工），实施公路安全生命"
            f"防护工程52.8公里，农村客运班线通达率100%。产出得分{fnum(secs[2][2])}分。</p>",
            "<p>（四）效益方面。普通国省道优良路率72.4%，全年未发生较大及以上交通安全事故，群众出行满意度82.6%，部分山区"
            f"线路班次偏少。效益得分{fnum(secs[3][2])}分。</p>",
            "<h3>五、存在的问题</h3>", "<p>一是年初预算编制不够精准，年中追加较多；二是部分工程受汛期和征地影响进度滞后；"
            "三是山区客运服务水平有待提升。</p>",
            "<h3>六、下一步改进措施</h3>", "<p>加强项目前期谋划，提高预算编制精准度；加快在建工程进度；优化山区客运线路和"
            "班次。</p>", "<p style=\"text-align:center;text-indent:0\">附表　天台县交通运输局2024年度部门整体支出绩效自评表"
            "</p>", "<table>", "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th>"
            "<th>分值</th><th>得分</th><th>偏差原因</th></tr>"]
    s0 = {a: b for a, b in spans(ind, 0)}
    s1 = {a: b for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in s0:
            cells.append(f'<td rowspan="{s0[i] - i + 1}">{x[0]}</td>' if s0[i] > i else f"<td>{x[0]}</td>")
        if i in s1:
            cells.append(f'<td rowspan="{s1[i] - i + 1}">{x[1]}</td>' if s1[i] > i else f"<td>{x[1]}</td>")
        cells += [f'<td style="text-align:left">{esc(x[2])}</td>', f"<td>{esc(x[3])}</td>", f"<td>{esc(x[4])}</td>",
                  f"<td>{fnum(x[5])}</td>", f"<td>{fnum(x[6])}</td>", f'<td style="text-align:left">{x[7]}</td>']
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += [f'<tr><td colspan="5">合计</td><td>100</td><td>{f2(total)}</td><td></td></tr>', "</table>",
            "<p style=\"text-indent:0;font-size:13px\">" + RULES.replace("年度资金总额得分", "预算执行率得分") + BANDS + "</p>",
            '<p style="text-align:right">天台县交通运输局</p>', '<p style="text-align:right">2025年6月12日</p>',
            "</div>", '<div style="margin-top:16px;border-top:1px solid #ddd;padding-top:8px">附件：'
            '<a href="/upload/2025/06/331023017_jxzp_2024.pdf">天台县交通运输局2024年度部门整体支出绩效自评报告.pdf</a>'
            "（386KB）</div>", "</div>", "</div>",
            '<div class="ft">主办：天台县财政局　技术支持：台州市财政信息中心　浙ICP备05041882号　建议使用1280×768以上分辨率浏览'
            "</div>", "</body>", "</html>", ""]
    return "\n".join(out)


ALL.append(h431())


# ============================================================ h433 凌云县 (XLSX template: 填报 sheet + VLOOKUP print sheet)

def h433():
    dept = "凌云县教育局"
    ib, ip = 12980.00, 5660.00
    ab, ap = 14226.30, 7126.36
    eb, ep = 14318.52, 6497.38  # PLANT SPENDING_OVER_BUDGET: 基本支出 14,318.52 > its 全年预算数 14,226.30
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    rb, rp = pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate) == (18640.00, 21352.66, 20815.90, 97.49), (ia, aa, ea, rate)
    assert eb > ab and ep < ap and ea < aa
    for a_, e_, w in ((ab, eb, "基本"), (ap, ep, "项目"), (aa, ea, "合计")):
        no_half(e_ / a_ * 100, w)
    no_half(ea / aa * 10, "fund score")
    fs_right = r2(ea / aa * 10)
    fs = 9.57  # PLANT BUDGET_ROW_SCORE: 97.49% × 10 = 9.75; the 填报 sheet's typed 得分 (and the print sheet's lookup) 9.57
    assert fs_right == 9.75
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "义务教育阶段学生资助人次", "≥1.2万人次", "1.26万人次", 6, 6, ""),
           ("产出指标", "数量指标", "营养改善计划受益学生", "≥3.1万人", "3.14万人", 6, 6, ""),
           ("产出指标", "数量指标", "新建（改扩建）校舍面积", "≥1.8万平方米", "1.62万平方米", 6, P(1.62, 1.8, 6),
            "1所学校教学楼受地质灾害隐患排查影响延期开工，按完成比例计分"),
           ("产出指标", "数量指标", "教师培训人次", "≥2000人次", "2000人次", 4, 4, ""),
           ("产出指标", "质量指标", "义务教育巩固率", "≥96%", "96.8%", 5, 5, ""),
           ("产出指标", "质量指标", "资助政策落实准确率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "校舍工程验收合格率", "100%", "100%", 4, 4, ""),
           ("产出指标", "时效指标", "资助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "营养膳食补助标准", "≤5元/生·天", "5元/生·天", 4, 4, ""),
           ("效益指标", "社会效益指标", "适龄儿童入学率", "≥99.5%", "99.7%", 10, 10, ""),
           ("效益指标", "社会效益指标", "学前三年毛入园率", "≥90%", "91.2%", 7, 7, ""),
           ("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%", "93.4%", 7, 7, ""),
           ("效益指标", "可持续影响指标", "控辍保学长效机制", "健全", "基本健全", 6, 5,
            "个别乡镇劝返复学跟踪不到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "92.6%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "教师满意度", "≥85%", "89.3%", 7, 7, "")]
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:4] for x in missed_ok(ind[1:])] == [("新建（改扩建）校舍面积", 5.4, 5.4, True)]
    assert reasons_missing(ind[1:]) == []
    secs = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6))
            for n in ("产出指标", "效益指标", "满意度指标")]
    assert secs[0] == ("产出指标", 45, 44.4), secs
    psecs = [("产出指标", 45, 44.6)] + secs[1:]  # PLANT SECTION_VS_ROWS: the 产出指标 小计 typed 44.60; its rows add to 44.40
    total = s2(ind, 6)
    assert total == 97.97 and grade(total) == "优" and grade(r2(total - fs + fs_right)) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), psecs, grows(ind))
    meta = dict(dept=dept, fund=(ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, rb, rp, fs), ind=ind, psecs=psecs,
                total=total)
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出",
             f"基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | — | {q(rb)} | —", mc(eb), f"≤ {mc(ab)}", "HIGH", "WARNING",
             f"基本支出's 全年执行数 {mc(eb)} is above its 全年预算数 {mc(ab)} (by {mc(r2(eb - ab))}; 执行率 {q(rb)}) "
             "with no reason anywhere in the workbook; the whole (年度资金总额) is under its budget, so an unreported "
             "调剂 between the parts may explain it"),
           F("SECTION_VS_ROWS", "产出指标（小计）", "产出指标小计 | 45 | 44.60", "44.60", "44.40", "HIGH", "ERROR",
             "the 自评表 sheet's 产出指标 小计 row holds a typed 44.60 (not a formula like the other two 小计); the nine "
             "产出指标 rows (VLOOKUPs into 填报) add to 44.40; the 总分 formula adds the rows, not the 小计, so it is right"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), f2(fs_right),
             "HIGH", "ERROR",
             f"the 说明's rule is 年度资金总额得分＝执行率×分值: {q(rate)} × 10 = {f2(fs_right)}; the 填报 sheet's typed "
             f"得分 is {f2(fs)} (digits swapped) and the 自评表 looks it up; the 总分 {f2(total)} counts it (with "
             f"{f2(fs_right)} it would be {f2(r2(total - fs + fs_right))}; 优 either way)")]
    return {"stem": "h433_lingyun_jiaoyu", "format": "xlsx", "write": write433, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the workbook is a TEMPLATE: sheet 自评表 (the printed form) takes every indicator cell from sheet "
                      "填报 by VLOOKUP on the 序号 (=IF(VLOOKUP($A10,填报!$A$10:$I$24,4,FALSE)=\"\",\"\",…)) and the budget "
                      "from 填报's cells; the 填报 sheet is the SAME report's data entry, not a second report or extra rows; "
                      "the cached values are what Excel shows",
                      "一级 / 二级 are repeated on every row (one lookup per cell, no merges); the three 小计 rows are "
                      "subtotals, not indicators; 序号 1–15 are lookup keys",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 执行率 "
                      f"={q(rate)} (a formula) right; 项目支出 {q(rp)} under; 年初 < 全年 (追加)",
                      "新建（改扩建）校舍面积 6 × 1.62 ÷ 1.8 = 5.40 (proportion, with a reason); 控辍保学长效机制 −1 with a "
                      "reason (judgement)",
                      "教师培训人次 2000 vs ≥2000人次 (met exactly); 营养膳食补助标准 5 vs ≤5元/生·天 (a ceiling met exactly; "
                      "a unit standard, not a budget figure)",
                      "效益指标 小计 30 | 29 and 满意度指标 小计 15 | 15 equal their rows (formulas)",
                      f"总分 {f2(total)} (=ROUND(H8+SUM(…),2)) = the fund line as printed + the 15 rows; 分值 100; 优"]}


def write433(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    M = rep["meta"]
    ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, rb, rp, fs = M["fund"]
    ind = M["ind"][1:]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = "凌云县财政局"
    wb.properties.lastModifiedBy = "农秀梅"
    ws = wb.active
    ws.title = "自评表"
    wd = wb.create_sheet("填报")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cache = {}

    def put(sh, ref, v, bold=False, al="center", size=10, fmt_=None, border=True, cached=None):
        c = sh[ref]
        c.value = v
        c.font = Font(name="宋体", size=size, bold=bold)
        c.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
        if fmt_:
            c.number_format = fmt_
        if border:
            c.border = box
        if cached is not None:
            cache[(sh.title, ref)] = cached

    # ---- 填报 (data entry)
    for i, w in enumerate([6, 11, 14, 26, 14, 14, 7, 7, 34]):
        wd.column_dimensions[get_column_letter(i + 1)].width = w
    put(wd, "A1", "凌云县教育局2024年度部门整体支出绩效自评数据填报（请勿改动表头和序号）", True, size=12, border=False)
    wd.merge_cells("A1:I1")
    put(wd, "A2", "填报说明：蓝色区域为填报区，“自评表”工作表自动取数；金额单位：万元。", al="left", size=9, border=False)
    wd.merge_cells("A2:I2")
    for col, h in zip("ABCDEF", ("项目", "年初预算数", "全年预算数", "全年执行数", "分值", "得分")):
        put(wd, f"{col}3", h, True)
    for r, (lab, a_, b_, e_) in enumerate((("年度资金总额", ia, aa, ea), ("基本支出", ib, ab, eb),
                                          ("项目支出", ip, ap, ep)), start=4):
        put(wd, f"A{r}", lab)
        put(wd, f"B{r}", a_, fmt_="#,##0.00")
        put(wd, f"C{r}", b_, fmt_="#,##0.00")
        put(wd, f"D{r}", e_, fmt_="#,##0.00")
        put(wd, f"E{r}", 10 if r == 4 else "—")
        put(wd, f"F{r}", fs if r == 4 else "—", fmt_="0.00" if r == 4 else None)
    for col, h in zip("ABCDEFGHI", ("序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                    "偏差原因")):
        put(wd, f"{col}9", h, True)
    for i, x in enumerate(ind):
        r = 10 + i
        vals = (i + 1,) + x
        for col, v in zip("ABCDEFGHI", vals):
            put(wd, f"{col}{r}", v if v != "" else None, al="left" if col in "DI" else "center", size=9)
    # ---- 自评表 (printed form)
    for i, w in enumerate([6, 11, 14, 26, 13, 13, 7, 8, 30]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    put(ws, "A1", "部门整体支出绩效自评表", True, size=16, border=False)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "（2024年度）", size=11, border=False)
    ws.merge_cells("A2:I2")
    put(ws, "A3", "填报单位（盖章）：凌云县教育局", al="left", border=False)
    ws.merge_cells("A3:F3")
    put(ws, "G3", "金额单位：万元", al="right", border=False)
    ws.merge_cells("G3:I3")
    put(ws, "A4", "预算执行情况（万元）")
    ws.merge_cells("A4:B7")
    for col, h in zip("CDEFGHI", ("项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(ws, f"{col}4", h, True)
    rows_b = ((5, 4, "年度资金总额", ia, aa, ea, rate), (6, 5, "基本支出", ib, ab, eb, rb), (7, 6, "项目支出", ip, ap, ep, rp))
    for r, src_r, lab, a_, b_, e_, rt in rows_b:
        put(ws, f"C{r}", f"=填报!A{src_r}", cached=lab)
        put(ws, f"D{r}", f"=填报!B{src_r}", fmt_="#,##0.00", cached=a_)
        put(ws, f"E{r}", f"=填报!C{src_r}", fmt_="#,##0.00", cached=b_)
        put(ws, f"F{r}", f"=填报!D{src_r}", fmt_="#,##0.00", cached=e_)
        put(ws, f"G{r}", f"=填报!E{src_r}", cached=10 if r == 5 else "—")
        put(ws, f"H{r}", f"=IFERROR(F{r}/E{r},0)", fmt_="0.00%", cached=e_ / b_)
        put(ws, f"I{r}", f"=填报!F{src_r}", fmt_="0.00" if r == 5 else None, cached=fs if r == 5 else "—")
    for c0 in ("A4:B7",):
        for row in ws[c0]:
            for c in row:
                c.border = box
    r0 = 9
    for col, h in zip("ABCDEFGHI", ("序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                    "偏差原因分析及改进措施")):
        put(ws, f"{col}{r0}", h, True)
    r = r0 + 1
    sum_ranges, k = [], 0
    groups = [a_b for a_b in spans(ind, 0)]
    for (a, b), (sn, sw, ss) in zip(groups, M["psecs"]):
        first = r
        for i in range(a, b + 1):
            x = ind[i]
            put(ws, f"A{r}", i + 1, size=9)
            for col, ci, v in zip("BCDEFGHI", range(2, 10), x):
                look = f"VLOOKUP($A{r},填报!$A$10:$I$24,{ci},FALSE)"
                if col in "GH":
                    put(ws, f"{col}{r}", f"={look}", size=9, cached=v)
                else:
                    put(ws, f"{col}{r}", f'=IF({look}="","",{look})', al="left" if col in "DI" else "center", size=9,
                        cached=v)
            r += 1
        sum_ranges.append(f"H{first}:H{r - 1}")
        put(ws, f"A{r}", "")
        put(ws, f"B{r}", f"{sn}小计", True)
        ws.merge_cells(f"B{r}:F{r}")
        put(ws, f"G{r}", f"=SUM(G{first}:G{r - 1})", True, cached=sw)
        if sn == "产出指标":
            put(ws, f"H{r}", ss, True, fmt_="0.00")  # the typed 44.60 over the formula (the SECTION_VS_ROWS finding)
        else:
            put(ws, f"H{r}", f"=SUM(H{first}:H{r - 1})", True, fmt_="0.00", cached=ss)
        put(ws, f"I{r}", "")
        r += 1
        k += 1
    put(ws, f"A{r}", "总分", True)
    ws.merge_cells(f"A{r}:F{r}")
    put(ws, f"G{r}", 100, True)
    put(ws, f"H{r}", "=ROUND(I5+" + "+".join(f"SUM({x})" for x in sum_ranges) + ",2)", True, fmt_="0.00",
        cached=M["total"])
    put(ws, f"I{r}", "自评等级：优", True, al="left")
    r += 1
    put(ws, f"A{r}", RULES + BANDS, al="left", size=9, border=False)
    ws.merge_cells(f"A{r}:I{r}")
    ws.row_dimensions[r].height = 48
    r += 1
    put(ws, f"A{r}", "填报人：农秀梅　　审核人：罗建新　　联系电话：0776-7612385　　填报日期：2025年4月24日", al="left",
        border=False)
    ws.merge_cells(f"A{r}:I{r}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{r0}:{r0}"
    names = {"xl/worksheets/sheet1.xml": "自评表"}

    def edit(name, data):
        if name not in names:
            return data
        s_ = data.decode("utf-8")

        def fill(m):
            ref = m.group(1)
            v = cache[(names[name], ref)]
            attrs = m.group(2)
            if isinstance(v, str):
                attrs = re.sub(r' t="[^"]*"', "", attrs) + ' t="str"'
                vv = v.replace("&", "&amp;").replace("<", "&lt;")
            else:
                attrs = re.sub(r' t="[^"]*"', "", attrs)
                vv = repr(float(v)) if not float(v).is_integer() else str(int(v))
            return f'<c r="{ref}"{attrs}><f>{m.group(3)}</f><v>{vv}</v></c>'
        s_, n_ = re.subn(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', fill, s_)
        assert n_ == len(cache), (n_, len(cache))
        return s_.encode("utf-8")
    with open(path, "wb") as f:
        f.write(ooxml_bytes(wb.save, edit))


ALL.append(h433())


# ============================================================ h430 剑川县 (PDF of a PHONE SCANNER APP: 扫描全能王 style)

def h430():
    dept = "剑川县卫生健康局"
    ib, ip = 3215.60, 3604.80
    ab, ap = 3402.18, 4744.57
    eb, ep = 3396.05, 4497.28
    ia, aa = r2(ib + ip), r2(ab + ap)
    ea_parts = r2(eb + ep)
    ea = 7902.33  # PLANT BREAKDOWN_SUM: 合计 全年执行数 7,902.33; 基本 3,396.05 + 项目 4,497.28 = 7,893.33
    assert (ia, aa, ea_parts) == (6820.40, 8146.75, 7893.33), (ia, aa, ea_parts)
    rate = pct(ea, aa)
    rb, rp = pct(eb, ab), pct(ep, ap)
    assert rate == 97.00 and pct(ea_parts, aa) == 96.89, rate
    for a_, e_, w in ((ab, eb, "基本"), (ap, ep, "项目"), (aa, ea, "合计"), (aa, ea_parts, "parts")):
        no_half(e_ / a_ * 100, w)
    fs = r2(rate / 10)
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "家庭医生签约服务人数", "≥6.5万人", "6.72万人", 6, 6, ""),
           ("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", "92.4%", 5, 5, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥1.6万人", "1.52万人", 6, P(1.52, 1.6, 6),
            "部分老年人随子女外出务工，按完成比例计分"),
           # PLANT TARGET_MET_POINTS_LOST: 98.3% of ≥95% scored 4 of 5 with no reason
           ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.3%", 5, 4, ""),
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "93.6%", 5, 5, ""),
           ("产出指标", "质量指标", "乡村医生培训合格率", "≥95%", "95%", 4, 4, ""),
           ("产出指标", "质量指标", "基本药物网上集中采购率", "100%", "100%", 4, 4, ""),
           ("产出指标", "时效指标", "传染病疫情报告及时率", "≥95%", "99.2%", 5, 5, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥89元", "89元", 5, 5, ""),
           ("效益指标", "社会效益指标", "婴儿死亡率", "≤6‰", "3.82‰", 8, 8, ""),
           ("效益指标", "社会效益指标", "孕产妇死亡率", "≤30/10万", "0/10万", 7, 7, ""),
           ("效益指标", "社会效益指标", "重大公共卫生事件", "不发生", "未发生", 7, 7, ""),
           ("效益指标", "可持续影响指标", "紧密型县域医共体建设", "持续推进", "基本推进", 8, 7,
            "2个乡镇分院药品统一配送未到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥90%", "94.1%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", "87.3%", 7, 7, "")]
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:4] for x in missed_ok(ind[1:])] == [("65岁及以上老年人健康管理人数", 5.7, 5.7, True)]
    assert reasons_missing(ind[1:]) == ["适龄儿童免疫规划疫苗接种率"]
    rows_total = s2(ind, 6)
    assert rows_total == 97.40, rows_total
    total = 97.04  # PLANT TOTAL_VS_ROWS: the fund line and the 15 rows add to 97.40; 总分 97.04
    assert grade(total) == grade(rows_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, fund=(ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, fs), ind=ind, total=total)
    fnd = [F("BREAKDOWN_SUM", "年度资金总额（全年执行数）",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 其中：基本支出 … {mc(eb)} | 项目支出 … {mc(ep)}",
             mc(ea), mc(ea_parts), "HIGH", "WARNING",
             f"基本支出 {mc(eb)} + 项目支出 {mc(ep)} = {mc(ea_parts)}, not the {mc(ea)} printed as the whole (the 年初 and "
             f"全年 columns add up); the {q(rate)} and the 9.70 follow the printed whole ({q(pct(ea_parts, aa))} on the "
             "parts, 9.69) — one finding"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total)}", f2(total), f2(rows_total), "HIGH", "ERROR",
             f"the fund line's 9.70 and the 15 rows' 得分 add to {f2(rows_total)}; the 总分 prints {f2(total)} (the last "
             "two digits swapped); 优 either way"),
           F("TARGET_MET_POINTS_LOST", "适龄儿童免疫规划疫苗接种率",
             "适龄儿童免疫规划疫苗接种率 | ≥95% | 98.3% | 5 | 4 |", "4", "5", "HIGH", "WARNING",
             "98.3% meets the ≥95% target, yet the row scores 4 of 5 with no 偏差原因; the 说明 gives a met target full "
             "marks")]
    return {"stem": "h430_jianchuan_weijian", "format": "pdf", "draw": draw430, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF is a PHONE SCANNER APP's output: two JPEG pages, “enhanced” to a white background, a little "
                      "skewed; the “CS 扫描全能王 创建” mark in the lower right corner of each page is the app's, not the "
                      "report's; no text layer",
                      f"年初 {mc(ia)} = {mc(ib)} + {mc(ip)} and 全年 {mc(aa)} = {mc(ab)} + {mc(ap)} add up (only the 执行 "
                      f"合计 does not); 基本 {q(rb)}, 项目 {q(rp)} right; none over; 年初 < 全年 (追加)",
                      "65岁及以上老年人健康管理人数 6 × 1.52 ÷ 1.6 = 5.70 (proportion, with a reason); 紧密型县域医共体建设 −1 "
                      "with a reason (judgement)",
                      "婴儿死亡率 3.82‰ vs ≤6‰ (a PER-MILLE ceiling, met); 孕产妇死亡率 0/10万 vs ≤30/10万 (per 100,000, "
                      "met); 乡村医生培训合格率 95% vs ≥95% (met exactly); 人均基本公共卫生服务经费补助标准 89元 vs ≥89元 "
                      "(met exactly; a per-head standard, not a budget figure)",
                      f"年度资金总额 {q(rate)} × 10 = {f2(fs)} (on the printed whole, right as printed); 分值 100; 优"]}


def draw430(rep, path):
    import numpy as np
    import pikepdf
    from PIL import Image, ImageDraw, ImageFilter
    from reports71 import pfont
    M = rep["meta"]
    ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, fs = M["fund"]
    ind = M["ind"][1:]
    W, Hh = 1654, 2339
    pages = []
    for _ in range(2):
        img = Image.new("RGB", (W, Hh), (255, 255, 255))
        pages.append((img, PilSheet(img, 130, SERIF, SERIF_B)))
    img, sh = pages[0]
    sh.txt(W / 2, 150, "2024年度部门整体支出绩效自评表", 46, "c", True)
    sh.txt(130, 250, "填报单位（盖章）：剑川县卫生健康局", 28)
    sh.txt(W - 130, 250, "金额单位：万元", 28, "r")
    sh.y = 300
    bw = [150, 250, 170, 170, 170, 110, 170, 204]
    brows = [["年度预算执行情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", mc(ia), mc(aa), mc(ea), "10", q(rate), f2(fs)],
             ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", "—", "—"],
             ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", "—", "—"]]
    sh.grid(brows, bw, [(0, 0, 3, 0)], size=25, aligns=["c", "l"] + ["c"] * 6, head_rows=(0,), pad=10, lead=34)
    goal = [["年度总体目标", "预期目标", "实际完成情况"],
            ["", "做实家庭医生签约和基本公共卫生服务，儿童、孕产妇、老年人健康管理达到年度目标；推进紧密型县域医共体建设；"
                 "守住不发生重大公共卫生事件底线。",
             "家庭医生签约服务6.72万人，0-6岁儿童健康管理率92.4%，老年人健康管理1.52万人；婴儿死亡率3.82‰，全年未发生"
             "重大公共卫生事件；医共体建设基本推进。"]]
    sh.grid(goal, [150, 622, 622], [(0, 0, 1, 0)], size=25, aligns=["c", "l", "l"], head_rows=(0,), pad=10, lead=34)
    iw = [150, 150, 300, 170, 170, 90, 90, 274]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    al = ["c", "c", "l", "c", "c", "c", "c", "l"]

    def block(part):
        rows, merges = [head], []
        for k in (0, 1):
            for a, b in spans(part, k):
                if b > a:
                    merges.append((1 + a, k, 1 + b, k))
        for i, x in enumerate(part):
            rows.append([x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7]])
        return rows, merges

    k1 = 9
    rows, merges = block(ind[:k1])
    sh.grid(rows, iw, merges, size=25, aligns=al, head_rows=(0,), pad=10, lead=34)
    assert sh.y < Hh - 200, sh.y
    img, sh = pages[1]
    sh.y = 140
    rows, merges = block(ind[k1:])
    n = len(rows)
    rows.append(["总分", "", "", "", "", "100", f2(M["total"]), ""])
    rows.append(["自评等级", "", "", "", "", "优", "", ""])
    merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
    sh.grid(rows, iw, merges, size=25, aligns=al, head_rows=(0,), pad=10, lead=34, bold_rows=(n, n + 1))
    sh.y += 30
    sh.para(RULES + BANDS, 23, W - 260, 34, indent=False)
    sh.y += 40
    sh.txt(130, sh.y, "填表人：和丽娟　　审核人：杨春林　　联系电话：0872-4521367　　填报日期：2025年4月17日", 27)
    for pno, (img, sh) in enumerate(pages):
        sh.txt(W / 2, Hh - 110, f"第 {pno + 1} 页  共 2 页", 24, "c")
    out = pikepdf.new()
    for pno, (img, sh) in enumerate(pages):
        rs = np.random.RandomState(4300 + pno)
        im = img.filter(ImageFilter.GaussianBlur(0.9)).rotate((0.35, -0.5)[pno], resample=Image.BICUBIC,
                                                                 fillcolor=(255, 255, 255))
        a = np.asarray(im, np.float32)
        lum = a.mean(axis=2)
        # the app's “增强锐化”: paper pushed to white, ink darkened, a faint warm cast and sensor noise left
        ink = np.clip((235 - lum) / 170, 0, 1)[:, :, None]
        base = np.array([250, 250, 247], np.float32) + rs.normal(0, 2.2, lum.shape)[:, :, None]
        dark = np.array([28, 28, 34], np.float32)
        a = base * (1 - ink) + dark * ink
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.UnsharpMask(2, 80, 2))
        d = ImageDraw.Draw(im)
        x1, y1 = W - 60, Hh - 40
        tw = pfont(SERIF, 26).getlength("扫描全能王 创建")
        bx = x1 - tw - 58
        d.rounded_rectangle((bx, y1 - 44, bx + 44, y1), 8, fill=(120, 160, 210))
        d.text((bx + 6, y1 - 38), "CS", font=pfont(SERIF_B, 24), fill=(255, 255, 255))
        d.text((bx + 54, y1 - 40), "扫描全能王 创建", font=pfont(SERIF, 26), fill=(140, 140, 140))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=78, optimize=False, subsampling=2)
        x = pikepdf.Stream(out, b.getvalue())
        x.Type, x.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        x.Width, x.Height = W, Hh
        x.ColorSpace, x.BitsPerComponent, x.Filter = pikepdf.Name.DeviceRGB, 8, pikepdf.Name.DCTDecode
        pw, ph = 595.28, 841.89
        content = pikepdf.Stream(out, f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q".encode())
        out.pages.append(pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph], Contents=content,
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=x)))))
    out.docinfo["/Producer"] = "intsig.com pdf producer"
    out.docinfo["/Title"] = "剑川县卫生健康局2024年度部门整体支出绩效自评表"
    out.docinfo["/CreationDate"] = "D:20250417170512+08'00'"
    out.save(path, static_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.disable)


ALL.append(h430())


# ============================================================ h432 康县 (TAGGED PDF as Word's 另存为 PDF writes it; third party)

class Node:
    def __init__(self, tag, parent=None):
        self.tag, self.kids, self.obj = tag, [], None
        if parent is not None:
            parent.kids.append(self)


class TagPdf:
    """reportlab canvas with marked content: every tagged text run inside /Tag <</MCID n>> BDC … EMC, its structure
    element noted; ruling, page headers and numbers and repeated header rows inside /Artifact … EMC"""
    L, R, TOP, BOT = 72, 523.28, 770, 80

    def __init__(self, c):
        from reportlab.pdfbase import pdfmetrics
        self.c, self.sw = c, pdfmetrics.stringWidth
        self.page, self.mcid, self.ptree = 0, 0, {}
        self.doc = Node("Document")
        self.y = self.TOP
        self.head()

    def mc_begin(self, node):
        self.c._code.append(f"/{node.tag} <</MCID {self.mcid}>> BDC")
        node.kids.append((self.page, self.mcid))
        self.ptree.setdefault(self.page, []).append(node)
        self.mcid += 1

    def art(self, fn, kind="/Pagination"):
        self.c._code.append(f"/Artifact <</Type {kind}>> BDC" if kind else "/Artifact BMC")
        fn()
        self.c._code.append("EMC")

    def head(self):
        def draw():
            self.c.setFont("STSong-Light", 8)
            self.c.drawCentredString(297.64, 805, "康县2024年茶产业提质增效项目绩效评价报告")
            self.c.setLineWidth(0.5)
            self.c.line(self.L, 800, self.R, 800)
            self.c.drawCentredString(297.64, 40, f"— {self.page + 1} —")
        self.art(draw)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.mcid = 0
        self.y = self.TOP
        self.head()

    def wrap(self, text, width, size):
        out, cur = [], ""
        for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", text):
            if self.sw(cur + tok, "STSong-Light", size) > width and cur and tok not in "，。；、）”：%":
                out.append(cur)
                cur = tok
            else:
                cur += tok
        out.append(cur)
        return out

    def para(self, text, tag="P", size=10.5, lead=19, indent=True, align="l", bold=False):
        node = Node(tag, self.doc)
        lines = self.wrap(("　　" if indent else "") + text, self.R - self.L, size)
        open_ = False
        for ln in lines:
            if self.y - lead < self.BOT:
                if open_:
                    self.c._code.append("EMC")
                    open_ = False
                self.new_page()
            if not open_:
                self.mc_begin(node)
                open_ = True
            self.y -= lead
            self.c.setFont("STSong-Light", size)
            if align == "c":
                self.c.drawCentredString(297.64, self.y, ln)
            else:
                self.c.drawString(self.L, self.y, ln)
            if bold:
                self.c.drawString(self.L + 0.3, self.y, ln) if align != "c" else self.c.drawCentredString(297.94, self.y, ln)
        self.c._code.append("EMC")
        self.y -= 4
        return node

    def table(self, rows, widths, head=1, size=8, lead=11, aligns=None, caption=None):
        """rows of strings (no merges); the header rows TH, repeated on a new page as artifacts"""
        tab = Node("Table", self.doc)
        pad = 3
        xs = [self.L]
        for w in widths:
            xs.append(xs[-1] + w)

        def height(row):
            return max(len(self.wrap(s_, w - 2 * pad, size)) if s_ else 1 for s_, w in zip(row, widths)) * lead + 2 * pad

        def draw_row(row, node_row, is_head, artifact):
            h = height(row)
            y0 = self.y
            self.art(lambda: [self.c.rect(xs[k], y0 - h, widths[k], h) for k in range(len(widths))], None)
            for k, s_ in enumerate(row):
                lines = self.wrap(s_, widths[k] - 2 * pad, size) if s_ else []
                cell = None if artifact else Node("TH" if is_head else "TD", node_row)
                if not lines:
                    continue
                if artifact:
                    self.c._code.append("/Artifact <</Type /Pagination>> BDC")
                else:
                    self.mc_begin(cell)
                self.c.setFont("STSong-Light", size)
                ty = y0 - pad - lead + 2.5 - (h - 2 * pad - len(lines) * lead) / 2
                al = "c" if is_head or aligns is None else aligns[k]
                for ln in lines:
                    if al == "c":
                        self.c.drawCentredString((xs[k] + xs[k + 1]) / 2, ty, ln)
                    else:
                        self.c.drawString(xs[k] + pad, ty, ln)
                    ty -= lead
                self.c._code.append("EMC")
            self.y -= h

        self.c.setLineWidth(0.5)
        for i, row in enumerate(rows):
            if self.y - height(row) < self.BOT:
                self.new_page()
                self.c.setLineWidth(0.5)
                for hr in rows[:head]:
                    draw_row(hr, None, True, True)
            draw_row(row, Node("TR", tab), i < head, False)
        self.y -= 8
        return tab

    def finish(self, raw, path, meta):
        import pikepdf
        pdf = pikepdf.open(io.BytesIO(raw))
        root = pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot)
        root = pdf.make_indirect(root)
        pages = [p.obj for p in pdf.pages]

        def build(node, parent):
            d = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + node.tag),
                                                     P=parent))
            kids = []
            for k in node.kids:
                if isinstance(k, Node):
                    kids.append(build(k, d))
                else:
                    kids.append(pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=pages[k[0]], MCID=k[1]))
            d.K = pikepdf.Array(kids)
            node.obj = d
            return d
        docel = build(self.doc, root)
        nums = []
        for p in sorted(self.ptree):
            nums += [p, pdf.make_indirect(pikepdf.Array([n.obj for n in self.ptree[p]]))]
            pages[p].StructParents = p
        root.K = docel
        root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
        root.ParentTreeNextKey = len(pages)
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
        pdf.Root.Lang = pikepdf.String("zh-CN")
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        for k, v in meta.items():
            pdf.docinfo[k] = v
        pdf.save(path, static_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.disable)


def h432():
    dept, unit = "康县农业农村局", "康县茶产业发展中心"
    project = "康县2024年茶产业提质增效项目"
    evaluator = "甘肃陇南正信项目管理咨询有限公司"
    src = [("中央财政衔接推进乡村振兴补助资金", 600.00, 585.40), ("省级财政资金", 200.00, 192.60),
           ("县级财政资金", 80.00, 71.36)]
    aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2))
    rate = pct(ea, aa)
    srates = [pct(x[2], x[1]) for x in src]
    assert (aa, ea, rate) == (880.00, 849.36, 96.52), (aa, ea, rate)
    for x in src + [("合计", aa, ea)]:
        no_half(x[2] / x[1] * 100, x[0])
    rs = r2(rate * 5 / 100)
    no_half(rate * 5 / 100, "rate score")
    green_true = r2(6 - (80 - 74) * 0.5)
    green = 4.5  # PLANT RULE_SCORE: 74% is 6 points under 80%: 6 − 6 × 0.5 = 3; the 评分表 gives 4.5
    assert green_true == 3
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "依据充分得满分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, "目标与项目内容匹配得满分"),
           ("决策", "绩效目标", "绩效指标明确性", "细化量化", "部分未量化", 4, 3, "指标细化量化得满分，每项未量化扣0.5分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 4, 4, "分配依据充分、额度合理得满分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, rs, "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "发现1项违规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "制度健全得满分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "验收资料不全", 4, 3, "执行到位得满分，资料不全扣1分"),
           ("产出", "产出数量", "茶园提质改造面积", "≥1.2万亩", "1.23万亩", 10, 10, "达到目标得满分，否则按比例计分"),
           ("产出", "产出数量", "新建茶叶加工生产线", "≥2条", "2条", 6, 6, "达到目标得满分，否则按比例计分"),
           ("产出", "产出数量", "茶农技术培训", "≥1500人次", "1620人次", 5, 5, "达到目标得满分，否则按比例计分"),
           ("产出", "产出质量", "茶园绿色防控覆盖率", "≥80%", "74%", 6, green, "达到80%得满分，每低1个百分点扣0.5分"),
           ("产出", "产出时效", "项目按期完工率", "≥95%", "96.5%", 5, 5, "达到目标得满分，否则按比例计分"),
           ("产出", "产出成本", "茶园改造亩均补助标准", "≤600元/亩", "600元/亩", 6, 6, "不超过标准得满分，超出不得分"),
           ("效益", "经济效益", "茶农人均增收", "≥1000元", "1086元", 7, 7, "达到目标得满分，否则按比例计分"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 100% and full 6 while 四（三） says one of the two lines is not producing
           ("效益", "社会效益", "新建加工生产线投产率", "100%", "100%", 6, 6, "全部投产得满分，否则按比例计分"),
           ("效益", "社会效益", "带动脱贫户", "≥800户", "812户", 6, 6, "达到目标得满分，否则按比例计分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "88.2%", 6, P(88.2, 90, 6), "≥90%得满分，否则按比例计分")]
    weights = s2(ind, 5)
    assert weights == 98 and len(ind) == 19, weights  # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 98; 合计 says 100
    total = s2(ind, 6)
    assert total == 94.21 and grade(total) == "优" and grade(r2(total - green + green_true)) == "优", total
    ind8 = [x[:7] + ("",) for x in ind]
    g = with_project(gold(None, dept, 2024, "COUNTY", "甘肃省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "优",
                          budget(None, aa, ea, rate), [], grows(ind8)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, srates=srates,
                fund=(aa, ea, rate), ind=ind, total=total, rs=rs)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计（分值）", f"合计 | 100 | | | | {f2(total)}", "100", "98", "HIGH", "ERROR",
             "the 评分表's 19 rows carry 分值 3+4+4+4 (决策 15) + 4+5+4+3+4 (过程 20) + 10+6+5+6+5+6 (产出 38) + 7+6+6+6 "
             "(效益 25) = 98, but the 合计 row and 三's text give a full mark of 100 (two points of the framework missing "
             f"from the table); the {f2(total)} is scored out of 98"),
           F("RULE_SCORE", "茶园绿色防控覆盖率",
             "茶园绿色防控覆盖率 | 6 | ≥80% | 74% | 达到80%得满分，每低1个百分点扣0.5分 | 4.5", "4.5", "3", "HIGH",
             "ERROR", "74% is 6 percentage points under 80%: by the row's own rule 6 − 6 × 0.5 = 3, not 4.5 (the "
             f"合计 would be {f2(r2(total - green + green_true))}; 优 either way)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "新建加工生产线投产率",
             "新建加工生产线投产率 | 6 | 100% | 100% | 全部投产得满分，否则按比例计分 | 6", "6", "< 6", "HIGH", "WARNING",
             "四（三） says of the two new lines that 1条 is waiting for its power supply upgrade and 截至评价日尚未投产; the "
             "row nevertheless records 100% and full marks (by its own rule 1 of 2 gives 3)")]
    return {"stem": "h432_kangxian_nongye", "format": "pdf", "draw": draw432, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF is TAGGED as Word's 另存为 PDF writes it: /MarkInfo Marked, /Lang zh-CN, a StructTreeRoot "
                      "(Document → H1 / H2 / P / Table → TR → TH / TD) over BDC / EMC marked content with MCIDs and a "
                      "ParentTree; the running head (the project's name on every page, the cover included) and the page "
                      "numbers are /Artifact (Pagination), the tables' ruling an untyped /Artifact: none of them is "
                      "report text or a row; page 3 holds only the end of 六 and the evaluator's name (a page break "
                      "before the 附表)",
                      f"表1: the three sources add to 合计 ({mc(aa)}, {mc(ea)}); {q(rate)}, {q(srates[0])}, {q(srates[1])}, "
                      f"{q(srates[2])} right; none over; the report states no 年初预算数",
                      f"预算执行率 5 × {q(rate)} = {f2(rs)} (its rule); 受益群众满意度 6 × 88.2 ÷ 90 = 5.88 (its rule: "
                      "proportion); 绩效指标明确性 −1 (2 unquantified indicators × 0.5, its rule) and 制度执行有效性 −1 (资料不全, "
                      "its rule), explained in 四",
                      "茶园改造亩均补助标准 600 vs ≤600元/亩 (a ceiling met exactly; a unit subsidy, not a budget figure); "
                      "新建茶叶加工生产线 2 vs ≥2条 (built: met — the line not producing is the 投产率 row's matter)",
                      f"合计 得分 {f2(total)} = the 19 rows = 三's score; 优 by the printed bands"]}


def draw432(rep, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas as rlcanvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    M = rep["meta"]
    aa, ea, rate = M["fund"]
    ind, total = M["ind"], M["total"]
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf, pagesize=A4, invariant=1)
    t = TagPdf(c)
    t.y -= 40
    t.para(f"{M['project']}绩效评价报告", "H1", 18, 30, False, "c")
    t.y -= 30
    for s_ in (f"委托单位：康县财政局", f"项目主管部门：{M['dept']}", f"项目实施单位：{M['unit']}",
               f"评价机构：{M['evaluator']}", "报告日期：2025年6月26日"):
        t.para(s_, "P", 12, 24, False, "c")
    t.new_page()
    t.para("一、项目基本情况", "H2", 12, 22, False)
    t.para(f"{M['project']}由{M['dept']}主管、{M['unit']}组织实施，主要建设内容为茶园提质改造1.2万亩、新建茶叶加工生产线"
           "2条、开展茶农技术培训1500人次以上，推广茶园绿色防控技术。项目资金由中央财政衔接推进乡村振兴补助资金、省级和县级"
           f"财政资金构成，全年预算{mc(aa)}万元，实际支出{mc(ea)}万元，预算执行率{q(rate)}（见表1）。")
    t.para("表1　项目资金预算及执行情况（单位：万元）", "Caption", 10, 18, False, "c")
    rows = [["资金来源", "全年预算数", "实际支出数", "执行率"]]
    rows += [[n, mc(a_), mc(e_), q(r_)] for (n, a_, e_), r_ in zip(M["src"], M["srates"])]
    rows.append(["合计", mc(aa), mc(ea), q(rate)])
    t.table(rows, [190, 90, 90, 80], size=9, lead=13, aligns=["l", "c", "c", "c"])
    t.para("二、评价工作开展情况", "H2", 12, 22, False)
    t.para("受康县财政局委托，我公司组成评价工作组，于2025年5月至6月采用资料核查、现场勘验和问卷调查相结合的方式开展评价，"
           "实地查看茶园改造地块12处、加工生产线2条，发放受益群众满意度问卷420份，回收有效问卷408份。")
    t.para("三、综合评价结论", "H2", 12, 22, False)
    t.para(f"评价工作组按照项目支出绩效评价指标体系（满分100分）进行评分，该项目综合得分{f2(total)}分，评价等级为“优”。"
           "评价等级划分：" + BANDS)
    t.para("四、绩效分析", "H2", 12, 22, False)
    t.para("（一）项目决策。项目立项依据充分，资金分配合理；绩效目标与项目内容匹配，但“茶叶品质提升”“品牌影响力”2项指标"
           "未细化量化，按评分标准扣1分。")
    t.para(f"（二）项目过程。资金到位率100%，预算执行率{q(rate)}；资金使用总体合规，但部分茶园改造地块验收资料不全，"
           "制度执行有效性扣1分。")
    t.para("（三）项目产出。完成茶园提质改造1.23万亩，开展茶农技术培训1620人次；茶园绿色防控覆盖率74%，未达到80%的目标。"
           "新建茶叶加工生产线2条，主体工程已完工并通过验收，其中1条因电力增容工程未完成，截至评价日尚未投产。")
    t.para("（四）项目效益。项目区茶农人均增收1086元，带动脱贫户812户；受益群众满意度88.2%，略低于90%的目标，主要是部分"
           "群众对鲜叶收购价格有意见。")
    t.para("五、存在的问题", "H2", 12, 22, False)
    t.para("一是绿色防控技术推广不够，覆盖率未达目标；二是加工生产线配套电力工程滞后，影响投产；三是项目验收资料归档不够规范。")
    t.para("六、意见建议", "H2", 12, 22, False)
    t.para("加快电力增容工程建设，尽快实现生产线全面投产；加大绿色防控技术推广和补贴力度；规范项目档案管理。")
    t.para(f"{M['evaluator']}", "P", 10.5, 19, False, "r")
    t.new_page()
    t.para("附表　康县2024年茶产业提质增效项目绩效评价评分表", "Caption", 11, 20, False, "c")
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "评分标准", "得分"]]
    rows += [[x[0], x[1], x[2], fnum(x[5]), x[3], x[4], x[7], fnum(x[6])] for x in ind]
    rows.append(["合计", "", "", "100", "", "", "", f2(total)])
    t.table(rows, [42, 46, 82, 28, 52, 52, 123, 26], size=8, lead=11,
            aligns=["c", "c", "l", "c", "c", "c", "l", "c"])
    c.setTitle(f"{M['project']}绩效评价报告")
    c.setAuthor("陇南正信")
    c.setCreator("Microsoft® Word 2016")
    c.setProducer("Microsoft® Word 2016")
    c.save()
    t.finish(buf.getvalue(), path, {"/CreationDate": "D:20250626103015+08'00'", "/ModDate": "D:20250626103015+08'00'"})


ALL.append(h432())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "75")


if __name__ == "__main__":
    main(sys.argv[1:])
