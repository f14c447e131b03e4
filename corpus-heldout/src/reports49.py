#!/usr/bin/python3
"""Round 49 (h299–h303): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus49 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports49.py [h299 …]
(needs python-docx; the rest is written as text / XML by hand: h299 a `.doc` that is a Word 2003 XML document
(WordprocessingML 2003, `<w:wordDocument>`, as a Java system's FreeMarker template exports “Word”), a 项目 form; h300 a
`.xls` that is an HTML table (a budget system's “导出Excel”: GBK, `application/vnd.ms-excel` meta, x:num values,
mso-number-format classes), a 部门整体 form with 小计 rows; h301 a DOCX whose 自评表 is an HTML altChunk (w:altChunk →
word/afchunk1.htm, imported by Word on opening), the report's prose ordinary paragraphs; h302 Excel's “Unicode 文本”
save of a third-party 评分表 sheet: UTF-16LE with BOM, TAB-separated, CRLF, multi-line cells quoted with LF inside; h303
a DOCX 部门整体 form whose 合计 and 执行率 cells are Word FORMULA FIELDS ({ =SUM(G2:G20) }, { =D2/C2*100 \\# "0.00%" })
carrying cached results.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分标准).
"""
import html as htmlmod
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports34 import secs  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402

ALL = []
ZIP_DATE = H.A.FIXED.timetuple()[:6]
RULES = ("说明：1.{fund}得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分；"
         "3.定性指标根据完成情况酌情扣分；4." + BANDS)


def swap2(x):
    """x printed with its last two digits swapped (the planted transpositions)"""
    s = f"{x:.2f}"
    t = s[:-2] + s[-1] + s[-2]
    assert t != s, s
    return float(t)


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a product printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def zip_parts(path, parts):
    """parts: [(name, bytes)] written in that order, deflated, every entry dated H.A.FIXED"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def save_docx(doc, path):
    """python-docx saved, then every entry re-dated (H.A.FIXED), [Content_Types].xml first"""
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    parts.sort(key=lambda x: x[0] != "[Content_Types].xml")
    zip_parts(path, parts)


# ============================================================ h299 张家界市永定区农业农村局 (.doc = Word 2003 XML)

def h299():
    dept, unit = "张家界市永定区农业农村局", "张家界市永定区莓茶产业发展服务中心"
    project = "2024年永定区莓茶产业发展项目"
    # 资金 lines: (name, 年初, 全年, 执行)
    src = [("当年财政拨款", 860.00, 905.00, 868.40), ("上年结转资金", 0.00, 20.00, 18.00), ("其他资金", 0.00, 0.00, 0.00)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ia, aa, ea) == (860.00, 925.00, 886.40)
    aa_cz_printed = 950.00  # PLANT BREAKDOWN_SUM: 当年财政拨款 全年预算数 905.00 printed 950.00 → 950 + 20 + 0 = 970 ≠ 925
    src_printed = [("当年财政拨款", 860.00, aa_cz_printed, 868.40)] + src[1:]
    parts_aa = r2(sum(x[2] for x in src_printed))
    assert parts_aa == 970.00
    rate = pct(ea, aa)
    fs = r2(rate / 10)
    no_half(rate / 10, "fund score")
    assert rate == 95.83 and fs == 9.58, (rate, fs)
    goals_t = ["新建莓茶标准化种植基地3000亩以上，改造提升低产莓茶园2000亩，扶持8家莓茶加工企业技术改造",
               "开展茶农技术培训1200人次，莓茶质量安全抽检合格率98%以上",
               "莓茶综合产值达到12亿元，网络销售额增长30%以上，带动脱贫户和监测户600户以上增收",
               "化肥农药使用量减少5%以上，受益茶农满意度90%以上"]
    goals_a = ["新建标准化种植基地3120亩，改造提升低产茶园2000亩，完成7家加工企业技术改造",
               "培训茶农1156人次，抽检合格率99.2%",
               "莓茶综合产值12.6亿元，网络销售额186万元，带动脱贫户和监测户648户增收",
               "化肥农药使用量减少5.4%，受益茶农满意度92.6%"]
    zero_base = "2023年项目村无网络销售，2024年实现网络销售额186万元"
    ind = [("产出指标", "数量指标", "新建莓茶标准化种植基地（亩）", "≥3000", "3120", 10, 10, ""),
           ("产出指标", "数量指标", "改造提升低产莓茶园（亩）", "≥2000", "2000", 8, 8, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 7 < ≥8, the full 8, no 偏差原因 (proportion 8 × 7 ÷ 8 = 7)
           ("产出指标", "数量指标", "扶持莓茶加工企业技术改造（家）", "≥8", "7", 8, 8, ""),
           ("产出指标", "数量指标", "茶农技术培训（人次）", "≥1200", "1156", 6, P(1156, 1200, 6), "部分村培训因采茶季推迟，已于次年一季度补训"),
           ("产出指标", "质量指标", "莓茶质量安全抽检合格率", "≥98%", "99.2%", 6, 6, ""),
           ("产出指标", "质量指标", "新建基地验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "项目完成及时率", "100%", "100%", 4, 4, ""),
           ("产出指标", "成本指标", "标准化基地建设补助标准（元/亩）", "≤1200", "1200", 3, 3, ""),
           ("效益指标", "经济效益", "莓茶综合产值（亿元）", "≥12", "12.6", 6, 6, ""),
           # PLANT RATE_OVER_ZERO_BASE: a growth rate of 100% over 2023's 网络销售额, which its own cell says was none
           ("效益指标", "经济效益", "莓茶网络销售额增长率", "≥30%", "100%", 6, 6, zero_base),
           ("效益指标", "社会效益", "带动脱贫户和监测户增收（户）", "≥600", "648", 6, 6, ""),
           ("效益指标", "生态效益", "化肥农药使用量减少率", "≥5%", "5.4%", 6, 6, ""),
           ("效益指标", "可持续影响", "莓茶产业联农带农机制", "健全", "基本健全", 6, 5, "部分合作社利益联结机制待完善"),
           ("满意度指标", "服务对象满意度", "受益茶农满意度", "≥90%", "92.6%", 10, 10, "")]
    assert len(ind) == 14 and s2(ind, 5) == 90 and P(1156, 1200, 6) == 5.78 and P(7, 8, 8) == 7
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(ind, 6))
    assert total == 98.36, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src_printed, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs, ind=ind,
                total=total, goals=(goals_t, goals_a))
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             f"年度资金总额 | {m2(ia)} | {m2(aa)} | {m2(ea)} | 10 | {rate:.2f}% | {fmt(fs)} / 其中：当年财政拨款 | 860.00 | "
             f"{m2(aa_cz_printed)} | 868.40 / 上年结转资金 | 0.00 | 20.00 | 18.00 / 其他资金 | 0.00 | 0.00 | 0.00",
             m2(aa), m2(parts_aa), "HIGH", "ERROR",
             f"the 项目资金 block's 全年预算数 column: 其中 当年财政拨款 {m2(aa_cz_printed)} + 上年结转资金 20.00 + 其他资金 0.00 = "
             f"{m2(parts_aa)}, the 年度资金总额 line prints {m2(aa)}; 925.00 − 20.00 = 905.00, so the 当年财政拨款 figure looks "
             f"transposed (905 → 950); the 执行率 {rate:.2f}% and the score {fmt(fs)} follow the printed {m2(aa)}; the 年初预算数 "
             "(860.00 + 0.00 + 0.00) and 全年执行数 (868.40 + 18.00 + 0.00 = 886.40) columns add up"),
           F("TARGET_MISSED_FULL_MARKS", "扶持莓茶加工企业技术改造（家）", "扶持莓茶加工企业技术改造（家） | ≥8 | 7 | 8 | 8 |",
             "8", "< 8", "HIGH", "WARNING",
             "7 firms against a target of ≥8, yet the row scores its full 8 and its 偏差原因 cell is empty; by the 说明's "
             "proportion rule 8 × 7 ÷ 8 = 7 (the rule the form applies to 茶农技术培训: 6 × 1156 ÷ 1200 = 5.78); the 实际完成情况 "
             "cell also says 完成7家; 总分 would be 97.36 (优 either way)"),
           F("RATE_OVER_ZERO_BASE", "莓茶网络销售额增长率",
             f"莓茶网络销售额增长率 | ≥30% | 100% | 6 | 6 | {zero_base}", "100%", "— (base 0)", "HIGH", "WARNING",
             "the row's own 偏差原因分析 cell says the project villages had no online sales in 2023 (the base), so a growth "
             "rate over 2023 is undefined (186万元 over 0), not 100%; the target ≥30% cannot be judged on a rate and the full "
             "6 rests on no measurable figure (the 186万元 itself is a level, not a growth rate)")]
    return {"stem": "h299_yongding_nongye", "format": "doc", "write": write299, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the .doc is NOT a Word 97 binary (no OLE header) nor a DOCX (no ZIP): it is a single Word 2003 XML "
                      "document (`<?mso-application progid=\"Word.Document\"?>`, root `w:wordDocument` in the 2003 wordml "
                      "namespace), as a Java system's FreeMarker template exports “Word”; Word and LibreOffice open it as a "
                      "document; merged cells are `w:gridSpan` and `w:vmerge` (2003 spelling, lower-case, `w:val=\"restart\"` "
                      "then bare `<w:vmerge/>`)",
                      "some cells' text is split over several runs (`年度资金` + `总额`, with `w:proofErr` between; the "
                      "project name over three runs): the cell's text is the runs joined",
                      "o:DocumentProperties carry the TEMPLATE's dates (o:Created 2021-03-02, o:LastSaved 2021-03-05) and "
                      "author 模板管理员: not the report's year or date (the form says 2024年度 and 填报日期 2025年4月18日)",
                      "其中 lines carry no 分值 / 执行率 / 得分 (—) and are not gold budget parts; 其他资金 0.00 | 0.00 | "
                      "0.00 with 执行率 — is no rate over a zero base (none is printed)",
                      "年初 860.00 < 全年 925.00 (上年结转 20.00 and a 追加 45.00): not an error; 年度资金总额 95.83% = "
                      "886.40 ÷ 925.00, × 10 = 9.583 → 9.58 (rounding to the printed precision)",
                      "改造提升低产莓茶园 2000 vs ≥2000 (met exactly); 标准化基地建设补助标准 1200 vs ≤1200 (a ceiling, met "
                      "exactly; 元/亩 in the name, not a budget figure); 茶农技术培训 6 × 1156 ÷ 1200 = 5.78 (proportion "
                      "rule, with a reason); 莓茶产业联农带农机制 −1 with a reason (judgement)",
                      "总分 98.36 = 9.58 + the 14 rows (as printed); 优; the 年度总体目标 cells' figures (3120, 2000, 7, "
                      "1156, 99.2%, 12.6, 186万元, 648, 5.4%, 92.6%) agree with the rows"]}


W03 = "http://schemas.microsoft.com/office/word/2003/wordml"


def w03_run(text, size=21, bold=False):
    b = "<w:b/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:hint="fareast"/><wx:font wx:val="宋体"/>{b}<w:sz w:val="{size}"/>'
            f'<w:sz-cs w:val="{size}"/></w:rPr><w:t>{esc(text)}</w:t></w:r>')


def w03_para(runs, jc=None, indent=False, before=0, after=0):
    """runs: a text or a list of texts (split runs, a w:proofErr pair around the split as Word's checker leaves it)"""
    ppr = f'<w:spacing w:before="{before}" w:after="{after}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if indent:
        ppr += '<w:ind w:first-line-chars="200" w:first-line="420"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs) if isinstance(runs, list) else runs}</w:p>"


def w03_split(parts, size=18, bold=False):
    """one cell text written as several runs with a spell-check mark between them"""
    out = []
    for k, t in enumerate(parts):
        if k == 1:
            out.append('<w:proofErr w:type="spellStart"/>')
        out.append(w03_run(t, size, bold))
        if k == 1:
            out.append('<w:proofErr w:type="spellEnd"/>')
    return out


def w03_table(widths, rows, size=18):
    """rows: list of lists of cells (text or list of run texts, span, vmerge ('restart' / 'continue' / None), jc, bold)"""
    border = ''.join(f'<w:{k} w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
                     for k in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="Fixed"/>'
           '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
           '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    for cells in rows:
        out.append('<w:tr><w:trPr><w:trHeight w:val="397"/></w:trPr>')
        col = 0
        for text, span, vm, jc, bold in cells:
            wd = sum(widths[col:col + span])
            tcpr = f'<w:tcW w:w="{wd}" w:type="dxa"/>'
            if span > 1:
                tcpr += f'<w:gridSpan w:val="{span}"/>'
            if vm == "restart":
                tcpr += '<w:vmerge w:val="restart"/>'
            elif vm == "continue":
                tcpr += "<w:vmerge/>"
            tcpr += '<w:vAlign w:val="center"/>'
            paras = []
            if vm == "continue":
                paras.append(w03_para("", jc))
            elif isinstance(text, list):
                paras.append(w03_para(w03_split(text, size, bold), jc))
            else:
                for ln in (text.split("\n") if text else [""]):
                    paras.append(w03_para(w03_run(ln, size, bold) if ln else "", jc))
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras)}</w:tc>")
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write299(rep, path):
    M = rep["meta"]
    C = lambda t, span=1, vm=None, jc="center", bold=False: (t, span, vm, jc, bold)  # noqa: E731
    widths = [680, 900, 900, 2100, 1100, 1100, 640, 700, 1801]  # 9921 twips = 175 mm
    rows = [[C(["项目", "名称"], 2, bold=True), C(["2024年永定区", "莓茶", "产业发展项目"], 7, jc="left")],
            [C("主管部门", 2, bold=True), C(M["dept"], 2, jc="left"), C("实施单位", 2, bold=True), C(M["unit"], 3, jc="left")],
            [C("项目资金（万元）", 1, "restart", bold=True), C("", 2), C("年初预算数", 1, bold=True),
             C("全年预算数", 1, bold=True), C("全年执行数", 1, bold=True), C("分值", 1, bold=True), C("执行率", 1, bold=True),
             C("得分", 1, bold=True)],
            [C("", 1, "continue"), C(["年度资金", "总额"], 2, jc="left"), C(m2(M["ia"])), C(m2(M["aa"])), C(m2(M["ea"])),
             C("10"), C(f"{M['rate']:.2f}%"), C(fmt(M["fs"]))]]
    for k, (name, a, b, e) in enumerate(M["src"]):
        label = ["其中：", name] if k == 0 else "　　　" + name
        rows.append([C("", 1, "continue"), C(label, 2, jc="left"), C(m2(a)), C(m2(b)), C(m2(e)), C("—"), C("—"),
                     C("—")])
    gt, ga = M["goals"]
    zh = "一二三四"
    rows.append([C("年度总体目标", 1, "restart", bold=True), C("预期目标", 4, bold=True), C("实际完成情况", 4, bold=True)])
    rows.append([C("", 1, "continue"), C("\n".join(f"目标{zh[i]}：{t}" for i, t in enumerate(gt)), 4, jc="left"),
                 C("\n".join(f"目标{zh[i]}：{t}" for i, t in enumerate(ga)), 4, jc="left")])
    rows.append([C("绩效指标", 1, "restart", bold=True), C("一级指标", 1, bold=True), C("二级指标", 1, bold=True),
                 C("三级指标", 1, bold=True), C("年度指标值", 1, bold=True), C("实际完成值", 1, bold=True),
                 C("分值", 1, bold=True), C("得分", 1, bold=True), C("偏差原因分析及改进措施", 1, bold=True)])
    ind = M["ind"]
    first1 = {a for a, b in spans(ind, 0)}
    first2 = {a for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        rows.append([C("", 1, "continue"),
                     C(x[0], 1, "restart" if i in first1 else "continue"),
                     C(x[1], 1, "restart" if i in first2 else "continue"),
                     C(x[2], 1, jc="left"), C(x[3]), C(x[4]), C(fmt(x[5])), C(fmt(x[6])), C(x[7], 1, jc="left")])
    rows.append([C("总分", 6, bold=True), C("100", 1, bold=True), C(fmt(M["total"]), 1, bold=True),
                 C(f"自评等级：{grade(M['total'])}", 1, bold=True)])
    body = [w03_para(w03_run("项目支出绩效自评表", 36, True), "center", after=120),
            w03_para(w03_run("（2024年度）", 24), "center", after=120),
            w03_para([w03_run(f"填报单位（盖章）：{M['dept']}", 21),
                      w03_run("　　　　　　　　　　　　金额单位：万元", 21)], after=60),
            w03_table(widths, rows),
            w03_para(w03_run(RULES.format(fund="年度资金总额"), 18), before=120),
            w03_para(w03_run("填报人：向红梅　　联系电话：0744-8223516　　填报日期：2025年4月18日", 21), before=240)]
    doc = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="{W03}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve"><w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/><o:DocumentProperties><o:Title>项目支出绩效自评表</o:Title><o:Author>模板管理员</o:Author><o:LastAuthor>模板管理员</o:LastAuthor><o:Revision>3</o:Revision><o:TotalTime>12</o:TotalTime><o:Created>2021-03-02T01:20:00Z</o:Created><o:LastSaved>2021-03-05T08:41:00Z</o:LastSaved><o:Pages>1</o:Pages><o:Company>财政局</o:Company><o:Version>14</o:Version></o:DocumentProperties><w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" w:cs="Times New Roman"/><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose-1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/><w:sig w:usb-0="00000003" w:usb-1="288F0000" w:usb-2="00000016" w:usb-3="00000000" w:csb-0="00040001" w:csb-1="00000000"/></w:font></w:fonts><w:styles><w:versionOfBuiltInStylenames w:val="7"/><w:latentStyles w:defLockedState="off" w:latentStyleCount="156"/><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/><wx:uiName wx:val="正文"/><w:pPr><w:widowControl w:val="off"/><w:jc w:val="both"/></w:pPr><w:rPr><wx:font wx:val="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:sz-cs w:val="24"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr></w:style><w:style w:type="table" w:default="on" w:styleId="a1"><w:name w:val="Normal Table"/><wx:uiName wx:val="普通表格"/><w:rPr><wx:font wx:val="Times New Roman"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles><w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/><w:bordersDontSurroundHeader/><w:bordersDontSurroundFooter/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/><w:punctuationKerning/><w:characterSpacingControl w:val="CompressPunctuation"/><w:optimizeForBrowser/><w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/><w:alwaysShowPlaceholderText w:val="off"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:breakWrappedTables/><w:snapToGridInCell/><w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/><w:useFELayout/></w:compat><wsp:rsids xmlns:wsp="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/></w:docPr><w:body><wx:sect>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="992" w:bottom="1134" w:left="992" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:line-pitch="312"/></w:sectPr></wx:sect></w:body></w:wordDocument>"""
    with open(path, "wb") as f:
        f.write(doc.replace("\n", "\r\n", 2).encode("utf-8"))


ALL.append(h299())



# ============================================================ h300 鄂州市城市管理执法局 (.xls = an HTML table, GBK)

def h300():
    dept = "鄂州市城市管理执法局"
    ib_b, ab_b = 2286.40, 2318.60
    eb_b = 2337.45  # PLANT SPENDING_OVER_BUDGET: 基本支出 全年执行数 2,337.45 > 全年预算数 2,318.60 (100.81%)
    ib_p, ab_p, eb_p = 6920.00, 7557.90, 7074.91
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (9206.40, 9876.50, 9412.36, 95.30, 100.81, 93.61), (ib, ab, eb, rate, rb, rp)
    rate_note = swap2(rate)  # PLANT FORMULA: the 注's worked formula 9,412.36 ÷ 9,876.50 × 100% prints 95.03% (is 95.30%)
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未细化", 4, 3.5, "2项指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.2%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-4.1%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分项目工程款未到支付节点"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "城区道路机械化清扫面积（万平方米）", "≥860", "872", 6, 6, ""),
           ("产出", "数量指标", "查处违法建设（宗）", "≥120", "126", 5, 5, ""),
           ("产出", "数量指标", "城市照明设施维护（盏）", "≥32000", "32000", 5, 5, ""),
           ("产出", "质量指标", "城市生活垃圾无害化处理率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "数字城管案件按期结案率", "≥95%", "93.5%", 6, P(93.5, 95, 6), "部分跨部门案件协调时间较长"),
           ("产出", "时效指标", "道路塌陷等突发事件处置时限", "≤2小时", "平均1.5小时", 7, 7, ""),
           ("效益", "社会效益", "城市容貌和环境卫生达标率", "≥95%", "96.8%", 7, 7, ""),
           ("效益", "社会效益", "城市管理安全责任事故（起）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "城市管理长效机制", "健全", "基本健全", 6, 5, "网格化管理考核机制待完善"),
           ("效益", "满意度", "市民满意度", "≥90%", "88.6%", 7, P(88.6, 90, 7), "背街小巷环境整治仍有短板")]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(93.5, 95, 6) == 5.91 and P(88.6, 90, 7) == 6.89
    no_half(6 * 93.5 / 95, "结案率")
    no_half(7 * 88.6 / 90, "满意度")
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 97.83 and sec[2] == ("产出", 35, 34.91), (total, sec)
    sub_out = swap2(sec[2][2])  # PLANT SECTION_VS_ROWS: the 产出 小计 row prints 34.19; its six rows add to 34.91
    sec_printed = [sec[0], sec[1], ("产出", 35, sub_out), sec[3]]
    g = gold(None, dept, 2024, "PREFECTURAL", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec_printed, grows(ind))
    note = (f"注：预算执行率＝全年执行数÷全年预算数×100%＝{m2(eb)}÷{m2(ab)}×100%＝{rate_note:.2f}%；"
            "预算执行率指标得分＝预算执行率×分值。")
    meta = dict(dept=dept, ind=ind, total=total, sec=sec_printed, ib=ib, ab=ab, eb=eb, rate=rate, note=note,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("FORMULA", "预算执行率", note[2:note.index("；")], f"{rate_note:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{m2(eb)} ÷ {m2(ab)} × 100% = {rate:.2f}%; the 注 under the budget block prints {rate_note:.2f}% (digits "
             f"swapped); the budget block's 合计 line and the 预算执行率 row print the right {rate:.2f}% (and score "
             f"{fmt(bs)} on it), so gold executionRate is {rate:.2f}"),
           F("SECTION_VS_ROWS", "产出", f"产出小计 | 35 | {fmt(sub_out)}", fmt(sub_out), fmt(sec[2][2]), "HIGH", "ERROR",
             f"the 产出 group's 小计 row prints 得分 {fmt(sub_out)}; its six rows add to 6 + 5 + 5 + 6 + 5.91 + 7 = "
             f"{fmt(sec[2][2])} (digits swapped); the 合计 {fmt(total)} adds the rows (the four 小计 as printed add to "
             f"{fmt(r2(sec[0][2] + sec[1][2] + sub_out + sec[3][2]))}): one problem; the other three 小计 agree"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"基本支出 | {m2(ib_b)} | {m2(ab_b)} | {m2(eb_b)} | {rb:.2f}%", m2(eb_b), f"≤ {m2(ab_b)}", "HIGH", "WARNING",
             f"基本支出's 全年执行数 {m2(eb_b)} exceeds its 全年预算数 {m2(ab_b)} by {m2(r2(eb_b - ab_b))} ({rb:.2f}%), with no "
             f"explanation; the department as a whole stays under budget ({m2(eb)} of {m2(ab)}, {rate:.2f}%) and 项目支出 "
             f"too ({rp:.2f}%); the parts add up in every column")]
    return {"stem": "h300_ezhou_chengguan", "format": "xls", "write": write300, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the .xls is NOT a BIFF workbook (no OLE header), nor SpreadsheetML: it is an HTML page (GBK, "
                      "`<meta http-equiv=\"Content-Type\" content=\"application/vnd.ms-excel; charset=GBK\">`, the "
                      "`urn:schemas-microsoft-com:office:excel` namespace, an `<!--[if gte mso 9]>` ExcelWorkbook block "
                      "naming the sheet) that a budget system's 导出Excel writes and Excel opens as a sheet; one `<table>` "
                      "with rowspan / colspan holds the whole form",
                      "numeric cells carry their value twice: the displayed text (9,412.36; 95.30%) and an `x:num` "
                      "attribute (9412.36; 0.953) with a mso-number-format class; the two agree everywhere (the text is what "
                      "Excel shows); text cells carry mso-number-format:\"\\@\"",
                      "一级 cells are rowspan over their rows AND their 小计 row; the 小计 rows (分值 / 得分 per 一级) are "
                      "not indicators, nor are 合计 (100 | 97.83) and 自评等级; 19 rows",
                      "budget: parts add up (年初 2,286.40 + 6,920.00 = 9,206.40; 全年 2,318.60 + 7,557.90 = 9,876.50; "
                      "执行 2,337.45 + 7,074.91 = 9,412.36); 合计 95.30% and 项目 93.61% right; 基本 100.81% right on its "
                      "figures (the over-spending is the finding); 年初 < 全年 (追加)",
                      "预算执行率 row 95.30% × 10 = 9.53; 结转结余率 4.70% vs ≤5% (a ceiling, met); 在职人员控制率 97.2% vs "
                      "≤100%; “三公”经费变动率 -4.1% vs ≤0; 城市照明设施维护 32000 vs ≥32000 (met exactly); 突发事件处置 "
                      "平均1.5小时 vs ≤2小时 (met); 数字城管案件按期结案率 6 × 93.5 ÷ 95 = 5.91 and 市民满意度 7 × 88.6 ÷ "
                      "90 = 6.89 (proportion rule, with reasons); 安全责任事故 0 vs 0; 绩效指标明确性 −0.5 and 城市管理"
                      "长效机制 −1 with reasons (judgement)",
                      "the 决策 (15 | 14.5), 过程 (25 | 24.53) and 效益 (25 | 23.89) 小计 add their rows; 合计 97.83 = the 19 "
                      "rows; 优"]}


def write300(rep, path):
    M = rep["meta"]
    e = esc
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    out = []

    def td(text, cls="t", span=1, rows=1, num=None):
        a = (f' colspan="{span}"' if span > 1 else "") + (f' rowspan="{rows}"' if rows > 1 else "")
        xn = f' x:num="{num}"' if num is not None else ""
        return f'<td class="{cls}"{a}{xn}>{e(text)}</td>'

    def money(v):
        return td(m2(v), "n2", num=f"{v:.2f}")

    def rate_(v):
        return td(f"{v:.2f}%", "p2", num=f"{round(v / 100, 6):g}")

    def score(v):
        return td(fmt(v), "n0", num=fmt(v))

    out.append("<tr>" + td(f"{M['dept']}2024年度部门整体支出绩效自评表", "title", 8) + "</tr>")
    out.append("<tr>" + td(f"填报单位：{M['dept']}", "t", 5) + td("金额单位：万元", "r", 3) + "</tr>")
    out.append("<tr>" + td("一、部门预算执行情况", "h", 8) + "</tr>")
    out.append("<tr>" + td("项目", "h", 2) + td("年初预算数", "h") + td("全年预算数", "h") + td("全年执行数", "h")
               + td("执行率", "h") + td("备注", "h", 2) + "</tr>")
    for lab, a, b_, x, r in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                             ("项目支出", ib_p, ab_p, eb_p, rp)):
        out.append("<tr>" + td(lab, "t", 2) + money(a) + money(b_) + money(x) + rate_(r) + td("", "t", 2) + "</tr>")
    out.append("<tr>" + td(M["note"], "t", 8) + "</tr>")
    out.append("<tr>" + td("二、绩效指标完成情况", "h", 8) + "</tr>")
    out.append("<tr>" + "".join(td(h, "h") for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                     "得分", "偏差原因分析")) + "</tr>")
    ind = M["ind"]
    sp1 = dict(spans(ind, 0))
    sp2 = dict(spans(ind, 1))
    subs = {n: (w, s) for n, w, s in M["sec"]}
    for i, x in enumerate(ind):
        cells = ""
        if i in sp1:
            cells += td(x[0], "c", rows=sp1[i] - i + 2)  # its rows and its 小计 row
        if i in sp2:
            cells += td(x[1], "c", rows=sp2[i] - i + 1)
        cells += td(x[2]) + td(x[3], "c") + td(x[4], "c") + score(x[5]) + score(x[6]) + td(x[7])
        out.append("<tr>" + cells + "</tr>")
        if i + 1 == len(ind) or ind[i + 1][0] != x[0]:
            w, s = subs[x[0]]
            out.append("<tr>" + td(f"{x[0]}小计", "h", 4) + score(w) + score(s) + td("", "t") + "</tr>")
    out.append("<tr>" + td("合计", "h", 5) + score(100) + score(M["total"]) + td("", "t") + "</tr>")
    out.append("<tr>" + td("自评等级", "h", 5) + td(grade(M["total"]), "h", 3) + "</tr>")
    out.append("<tr>" + td(RULES.format(fund="预算执行率"), "t", 8) + "</tr>")
    out.append("<tr>" + td("填报人：周文静　　审核人：胡志刚　　联系电话：0711-3216052　　填报日期：2025年4月23日", "t", 8) + "</tr>")
    page = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=GBK">
<meta name="ProgId" content="Excel.Sheet">
<meta name="Generator" content="预算管理一体化系统 绩效管理子系统 V3.2">
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>部门整体支出绩效自评表</x:Name>
    <x:WorksheetOptions>
     <x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
     <x:Selected/>
     <x:ProtectContents>False</x:ProtectContents>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
 </x:ExcelWorkbook>
</xml><![endif]-->
<style>
table {{border-collapse:collapse;}}
td {{border:.5pt solid windowtext;font-size:10.0pt;font-family:宋体;vertical-align:middle;white-space:normal;mso-number-format:"\\@";}}
.title {{font-size:16.0pt;font-weight:700;text-align:center;border:none;height:36pt;}}
.t {{text-align:left;}}
.r {{text-align:right;border:none;}}
.c {{text-align:center;}}
.h {{text-align:center;font-weight:700;}}
.n2 {{text-align:right;mso-number-format:"\\#\\,\\#\\#0\\.00";}}
.p2 {{text-align:right;mso-number-format:"0\\.00%";}}
.n0 {{text-align:center;mso-number-format:General;}}
</style>
</head>
<body>
<table border="1" cellspacing="0" cellpadding="0" width="1000">
<col width="70"><col width="90"><col width="230"><col width="100"><col width="110"><col width="60"><col width="60"><col width="200">
{chr(10).join(out)}
</table>
</body>
</html>
"""
    data = page.replace("\n", "\r\n").encode("gbk")
    assert data.decode("gbk") == page.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h300())


# ============================================================ h301 福鼎市人力资源和社会保障局 (DOCX, 自评表 an HTML altChunk)

def h301():
    dept = "福鼎市人力资源和社会保障局"
    ib_b, ab_b, eb_b = 1960.20, 2012.50, 1998.34
    ib_p, ab_p, eb_p = 4880.00, 5414.30, 5108.31
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (6840.20, 7426.80, 7106.65, 95.69, 99.30, 94.35), (ib, ab, eb, rate, rb, rp)
    ib_prose = 6480.20  # PLANT SAME_FIGURE_DIFFERS: 二、's prose gives 年初预算 6,480.20; the 自评表's budget block 6,840.20
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三、 says the 零工市场 was finished but not in use by the year's end (消防验收);
    # the row says 已建成 and takes the full 4
    # PLANT WEIGHTS_VS_FULL_MARK: the 产出 rows' 分值 add to 30 (5 + 5 + 4 + 4 + 4 + 4 + 4), all rows to 95; 合计 prints 100
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分指标未量化", 4, 3.5, "2项指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.9%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.8%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分就业补助资金次年拨付"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "城镇新增就业（人）", "≥3500", "3680", 5, 5, ""),
           ("产出", "数量指标", "职业技能培训（人次）", "≥6000", "6215", 5, 5, ""),
           ("产出", "数量指标", "新增参保人数（人）", "≥5000", "5000", 4, 4, ""),
           ("产出", "质量指标", "社保待遇按时足额发放率", "100%", "100%", 4, 4, ""),
           ("产出", "质量指标", "劳动人事争议案件调解成功率", "≥60%", "58.2%", 4, P(58.2, 60, 4), "部分案件当事人调解意愿低"),
           ("产出", "时效指标", "就业补助资金拨付及时率", "≥95%", "97.6%", 4, 4, ""),
           ("产出", "时效指标", "福鼎市零工市场建成投用时间", "2024年10月底前", "已建成", 4, 4, ""),
           ("效益", "社会效益", "城镇登记失业率", "≤3.5%", "2.9%", 6, 6, ""),
           ("效益", "社会效益", "欠薪案件结案率", "100%", "100%", 6, 6, ""),
           ("效益", "可持续影响", "人社公共服务长效机制", "健全", "基本健全", 6, 5, "基层服务平台信息共享不足"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "93.1%", 7, 7, "")]
    assert len(ind) == 20 and s2(ind, 5) == 95 and P(58.2, 60, 4) == 3.88
    no_half(4 * 58.2 / 60, "调解成功率")
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 92.95 and sec[2] == ("产出", 30, 29.88), (total, sec)
    g = gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, ib=ib, ab=ab, eb=eb, rate=rate, ib_prose=ib_prose,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 100 | {fmt(total)}", "100", "95", "HIGH", "ERROR",
             "in the 附表 (the DOCX's altChunk): the 20 rows' 分值 add to 决策 15 + 过程 25 + 产出 30 (5 + 5 + 4 + 4 + 4 + 4 "
             "+ 4) + 效益 25 = 95, the 合计 row prints 100; the 产出 group is 5 short of the usual 35 (no single row is "
             f"identifiable as the missing one); the 合计 得分 {fmt(total)} adds the printed rows (a score rate of "
             f"{pct(total, 95):.2f}% of the 95 actually weighted)"),
           F("SAME_FIGURE_DIFFERS", "年初预算数",
             f"2024年度年初预算{m2(ib_prose)}万元 / 合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate:.2f}%", m2(ib_prose),
             m2(ib), "HIGH", "WARNING",
             f"二、预算执行情况 (the report's prose) gives 年初预算 {m2(ib_prose)}万元; the 附表's budget block gives 年初预算数 "
             f"{m2(ib)} (= 基本 {m2(ib_b)} + 项目 {m2(ib_p)}); digits transposed in the prose; gold initialBudget the "
             f"附表's {m2(ib)}; the prose's 全年 {m2(ab)}, 执行 {m2(eb)} and {rate:.2f}% agree with the 附表"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "福鼎市零工市场建成投用时间",
             "零工市场主体工程于9月完工，因消防验收需整改，截至年底尚未投入使用 / 福鼎市零工市场建成投用时间 | 2024年10月底前 | "
             "已建成 | 4 | 4", "4", "< 4", "HIGH", "WARNING",
             "三、绩效目标完成情况 says the 零工市场 was built but, its fire inspection failing, not in use by the year's end; "
             "the target is 建成投用 by the end of October; the 附表 row prints 已建成 and the full 4 with an empty 偏差原因分析")]
    return {"stem": "h301_fuding_renshe", "format": "docx", "write": write301, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the report's prose (一…五, signature) is ordinary WordprocessingML in word/document.xml; its 附表 — "
                      "title, budget block and indicator table — is NOT: it is an HTML document (word/afchunk1.htm, UTF-8) "
                      "that the body pulls in with `<w:altChunk r:id=…>` (relationship type aFChunk), as systems that build "
                      "Word files from HTML do; Word imports it on opening; python-docx and a reader of document.xml alone "
                      "see no table at all",
                      "the 附表's tables: the budget block (项目 | 年初 | 全年 | 执行 | 执行率: 合计, 其中：基本支出, 项目支出) "
                      "and the indicator table (一级 / 二级 by rowspan, 20 rows, 合计 100 | 92.95, 自评等级 优); the 说明 "
                      "under them",
                      "budget: parts add up (年初 1,960.20 + 4,880.00 = 6,840.20; 全年 2,012.50 + 5,414.30 = 7,426.80; "
                      "执行 1,998.34 + 5,108.31 = 7,106.65); 95.69%, 基本 99.30% and 项目 94.35% right; 年初 < 全年 (追加); "
                      "all under budget",
                      "预算执行率 row 95.69% × 10 = 9.569 → 9.57; 结转结余率 4.31% vs ≤5% (a ceiling, met); 城镇登记失业率 "
                      "2.9% vs ≤3.5% (a ceiling, met); 新增参保人数 5000 vs ≥5000 (met exactly); 劳动人事争议案件调解成功率 "
                      "4 × 58.2 ÷ 60 = 3.88 (proportion rule, with a reason); 绩效指标明确性 −0.5 and 人社公共服务长效机制 −1 "
                      "with reasons (judgement)",
                      "四、自评结论's 92.95 and 优 = the 附表's 合计 and grade (92.95 is 优 on the printed bands whatever the "
                      "full mark); 三、's other figures (3680, 6215, 5000, 97.6%, 2.9%, 93.1%) agree with the rows"]}


AFCHUNK_CSS = ("body{font-family:宋体,SimSun,serif;font-size:10.5pt}table{border-collapse:collapse;width:100%}"
               "td,th{border:1px solid #000;padding:2px 4px;font-size:9pt;vertical-align:middle}th{font-weight:bold;"
               "text-align:center}td.c{text-align:center}td.n{text-align:right}p.t{text-align:center;font-size:15pt;"
               "font-weight:bold;margin:0 0 6pt 0}p.u{margin:0 0 4pt 0}p.s{font-size:9pt;margin:4pt 0 0 0}")


def afchunk301(M):
    e = esc
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    out = [f'<p class="t">{e(M["dept"])}2024年度部门整体支出绩效自评表</p>',
           f'<p class="u">填报单位（盖章）：{e(M["dept"])}　　　　　　　　　　金额单位：万元</p>',
           "<table>", "<tr><th>项目</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>执行率</th></tr>"]
    for lab, a, b_, x, r in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                             ("项目支出", ib_p, ab_p, eb_p, rp)):
        out.append(f'<tr><td>{lab}</td><td class="n">{m2(a)}</td><td class="n">{m2(b_)}</td><td class="n">{m2(x)}</td>'
                   f'<td class="n">{r:.2f}%</td></tr>')
    out.append("</table>")
    out.append('<p class="u">&nbsp;</p>')
    out.append("<table>")
    out.append("<tr>" + "".join(f"<th>{h}</th>" for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                          "分值", "得分", "偏差原因分析")) + "</tr>")
    ind = M["ind"]
    sp1, sp2 = dict(spans(ind, 0)), dict(spans(ind, 1))
    for i, x in enumerate(ind):
        c = ""
        if i in sp1:
            c += f'<td class="c" rowspan="{sp1[i] - i + 1}">{x[0]}</td>'
        if i in sp2:
            c += f'<td class="c" rowspan="{sp2[i] - i + 1}">{x[1]}</td>'
        c += (f"<td>{e(x[2])}</td><td class=\"c\">{e(x[3])}</td><td class=\"c\">{e(x[4])}</td>"
              f"<td class=\"c\">{fmt(x[5])}</td><td class=\"c\">{fmt(x[6])}</td><td>{e(x[7])}</td>")
        out.append(f"<tr>{c}</tr>")
    out.append(f'<tr><th colspan="5">合计</th><th>100</th><th>{fmt(M["total"])}</th><td></td></tr>')
    out.append(f'<tr><th colspan="5">自评等级</th><th colspan="3">{grade(M["total"])}</th></tr>')
    out.append("</table>")
    out.append(f'<p class="s">{e(RULES.format(fund="预算执行率"))}</p>')
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>部门整体支出绩效自评表</title>\n"
            f"<style>{AFCHUNK_CSS}</style>\n</head>\n<body>\n" + "\n".join(out) + "\n</body>\n</html>\n")


def write301(rep, path):
    from docx.enum.text import WD_BREAK
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from reports34 import new_doc, para
    M = rep["meta"]
    doc = new_doc()
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=12)
    body = [("一、部门基本情况", True),
            (f"{M['dept']}是市政府工作部门，主要负责就业创业、社会保险、人事人才、劳动关系和劳动保障监察等工作，内设股室11个，"
             "下属事业单位5个（市就业服务中心、市社会保险中心、市劳动人事争议仲裁院、市人才服务中心、市劳动保障监察大队）。", False),
            ("二、预算执行情况", True),
            (f"2024年度年初预算{m2(M['ib_prose'])}万元，全年预算{m2(M['ab'])}万元，其中基本支出{m2(ab_b)}万元、项目支出"
             f"{m2(ab_p)}万元。全年执行{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%，其中基本支出执行{m2(eb_b)}万元，项目支出"
             f"执行{m2(eb_p)}万元。", False),
            ("三、绩效目标完成情况", True),
            ("全年城镇新增就业3680人，开展职业技能培训6215人次，新增参保5000人，社保待遇按时足额发放率100%，就业补助资金拨付"
             "及时率97.6%，城镇登记失业率2.9%，服务对象满意度93.1%。福鼎市零工市场主体工程于9月完工，因消防验收需整改，截至年底"
             "尚未投入使用。劳动人事争议案件调解成功率58.2%，未达到年度目标。", False),
            ("四、自评结论", True),
            (f"按照部门整体支出绩效评价指标体系开展自评，2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为"
             f"“{grade(M['total'])}”。自评表见附表。", False),
            ("五、存在问题及改进措施", True),
            ("一是部分就业补助资金年底拨付，执行进度不均衡；二是零工市场投用滞后。下一步将加快资金拨付进度，督促零工市场完成"
             "消防整改、尽快投入使用。", False)]
    for text, head in body:
        if head:
            para(doc, text, bold=True, after=3)
        else:
            para(doc, text, indent=True, after=3)
    p = para(doc, M["dept"], after=0)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "2025年4月22日", after=0)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附表", bold=True, after=6)
    html = afchunk301(M).encode("utf-8")
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html, doc.part.package)
    rid = doc.part.relate_to(part, RT.A_F_CHUNK)
    alt = OxmlElement("w:altChunk")
    alt.set(qn("r:id"), rid)
    doc.element.body.sectPr.addprevious(alt)
    save_docx(doc, path)


ALL.append(h301())


# ============================================================ h302 兴化市交通运输局 (Excel “Unicode 文本”: UTF-16LE, TAB)

def h302():
    dept, unit = "兴化市交通运输局", "兴化市农村公路管理站"
    project = "2024年兴化市农村公路提档升级工程"
    evaluator = "泰州华衡工程咨询有限公司"
    src = [("省级补助资金", 2400.00, 2400.00, 2400.00), ("市级配套资金", 1800.00, 2160.00, 1918.46)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (4200.00, 4560.00, 4318.46, 94.70), (ia, aa, ea, rate)
    rates = [pct(x[3], x[2]) for x in src]
    assert rates == [100.00, 88.82], rates
    bs = r2(4 * rate / 100)
    no_half(4 * rate / 100, "预算执行率 score")
    assert bs == 3.79
    prop = "达到目标值得满分，未达到的按“实际完成值÷目标值×分值”计分"
    qual = "依据充分、符合规划得满分；\n依据不够充分的酌情扣分"
    # PLANT MALFORMED_RULE: the third band “85%≤合格率<80%” is an empty range (its lower bound above its upper)
    bad_rule = "合格率≥95%得6分；\n90%≤合格率<95%得4分；\n85%≤合格率<80%得2分；\n80%以下不得分"
    ontime_rule = "按期完工率≥95%得满分，每低1个百分点扣1分，扣完为止"
    ontime_true = r2(8 - (95 - 91) * 1)
    ontime = 6  # PLANT RULE_SCORE: 91% is 4 points under 95% → 8 − 4 = 4; the sheet prints 6
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准, 扣分原因)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, qual, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "程序规范、资料齐全得满分；\n否则酌情扣分", ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2.5, "目标与任务相符得满分；\n否则酌情扣分",
            "部分目标与年度任务衔接不够"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分指标未量化", 3, 2.5, "指标细化、量化得满分；\n否则酌情扣分",
            "2项质量指标未量化"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, "分配依据充分、额度合理得满分；\n否则酌情扣分", ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "资金到位率×分值", ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 4, bs, "预算执行率×分值", "市级配套资金部分工程款未到支付节点"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1笔工程款支付审批手续不全", 4, 3, "发现1项不合规扣1分，扣完为止",
            "1笔工程款支付未经\"三重一大\"集体决策"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, "制度健全得满分；\n否则酌情扣分", ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "2个标段监理日志缺失", 4, 3.5, "执行有效得满分；\n发现问题酌情扣分",
            "2个标段监理日志缺失"),
           ("产出", "产出数量", "农村公路提档升级里程（公里）", "≥120", "118.6", 8, P(118.6, 120, 8), prop,
            "1条线路因管线迁改顺延至2025年"),
           ("产出", "产出数量", "危桥改造（座）", "≥15", "15", 6, 6, prop, ""),
           ("产出", "产出质量", "交工验收合格率", "100%", "100%", 6, 6, "100%得满分，每低1个百分点扣1分", ""),
           ("产出", "产出质量", "路面平整度检测合格率", "≥95%", "96.8%", 6, 6, bad_rule, ""),
           ("产出", "产出时效", "按期完工率", "≥95%", "91%", 8, ontime, ontime_rule, "4个标段因征地拆迁延期完工"),
           ("产出", "产出成本", "单位里程建设成本（万元/公里）", "≤38", "36.4", 6, 6, "不超过控制标准得满分；\n每超1%扣1分", ""),
           ("效益", "社会效益", "沿线群众出行时间缩短（分钟）", "≥10", "12", 6, 6, prop, ""),
           ("效益", "社会效益", "“四好农村路”示范乡镇创建（个）", "≥2", "1", 5, P(1, 2, 5), prop, "1个乡镇创建验收推迟至2025年"),
           ("效益", "可持续影响", "农村公路管养长效机制", "健全", "基本健全", 6, 4, "健全得满分；基本健全得4分；\n不健全不得分",
            "村级养护责任落实不到位"),
           ("效益", "满意度", "沿线群众满意度", "≥90%", "89%", 8, 7, "≥90%得满分，每低1个百分点扣1分", "部分路段施工期间出行不便")]
    assert len(ind) == 20 and s2(ind, 5) == 100 and P(118.6, 120, 8) == 7.91 and P(1, 2, 5) == 2.5
    no_half(8 * 118.6 / 120, "里程")
    total = s2(ind, 6)
    assert total == 89.7, total
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.7 is 良 on the printed bands (90分（含）以上为优)
    assert grade(total) == "良"
    g = with_project(gold(None, dept, 2024, "COUNTY", "江苏省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade_printed, budget(ia, aa, ea, rate), [], grows([x[:8] for x in ind])), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, rates=rates, ia=ia, aa=aa, ea=ea,
                rate=rate, ind=ind, total=total, grade=grade_printed)
    fnd = [F("MALFORMED_RULE", "路面平整度检测合格率",
             "路面平整度检测合格率 | 6 | 合格率≥95%得6分；90%≤合格率<95%得4分；85%≤合格率<80%得2分；80%以下不得分",
             "85%≤合格率<80%得2分", "empty range (85% ≤ x < 80%); no band for 80%–90%", "HIGH", "WARNING",
             "the 评分标准's third band has its lower bound (85%) above its upper (80%): no rate satisfies it, and a rate "
             "from 80% to just under 90% falls in no band (meant 80%≤合格率<90% or 85%≤合格率<90%); the row's 96.8% lies in "
             "the top band, so its 6 is unaffected"),
           F("RULE_SCORE", "按期完工率", f"按期完工率 | 8 | {ontime_rule} | ≥95% | 91% | {ontime} | 4个标段因征地拆迁延期完工",
             fmt(ontime), fmt(ontime_true), "HIGH", "ERROR",
             f"by the row's own 评分标准 91% is 4 percentage points under 95%: 8 − 4 × 1 = {fmt(ontime_true)}, printed "
             f"{fmt(ontime)}; the 合计 {fmt(total)} adds the printed {fmt(ontime)} (with {fmt(ontime_true)} it would be "
             f"{fmt(r2(total - ontime + ontime_true))})"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"合计 | 100 | {fmt(total)} / 评价等级 | {grade_printed}", grade_printed,
             grade(total), "HIGH", "ERROR",
             f"the sheet's own 注 sets 90分（含）以上为优, 80分（含）至90分为良: {fmt(total)} is 良, the sheet prints "
             f"{grade_printed}; with the 按期完工率 score corrected ({fmt(r2(total - ontime + ontime_true))}) still 良: one "
             "problem")]
    return {"stem": "h302_xinghua_jiaotong", "format": "txt", "write": write302, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the .txt is Excel's “Unicode 文本” save of the 评分表 sheet: UTF-16LE with a byte-order mark FF FE (a "
                      "reader that assumes UTF-8 or GBK sees NUL bytes between ASCII characters), CRLF line ends, one sheet "
                      "row per line, cells separated by TAB, every line carrying all 9 columns (empty cells as empty fields)",
                      "cells with line breaks (Alt+Enter) are written in double quotes with the break as a bare LF inside "
                      "(a line-by-line reader splits those rows); a cell holding a double quote (扣分原因 with \"三重一大\") "
                      "is quoted and its quotes doubled; numbers appear as Excel shows them (4,200.00, 94.70%)",
                      "merged 一级 / 二级 cells come out as the value in the first row and empty fields below; the title, "
                      "项目名称 / 评价机构 / 主管部门 / 实施单位 / 委托单位 lines and the 资金 block are above the header; 20 "
                      "rows; 合计 (100 | 89.7), 评价等级 and the 注 lines are not indicators",
                      "资金: 省级 2,400.00 + 市级 1,800.00 = 4,200.00 (年初), 2,400.00 + 2,160.00 = 4,560.00 (全年), "
                      "2,400.00 + 1,918.46 = 4,318.46 (实际支出); 100.00%, 88.82% and 94.70% right; 年初 < 全年 (追加)",
                      "预算执行率 4 × 94.70% = 3.788 → 3.79 (rounding); 农村公路提档升级里程 8 × 118.6 ÷ 120 = 7.91 and "
                      "“四好农村路”示范乡镇 5 × 1 ÷ 2 = 2.5 (proportion rule, with reasons); 危桥改造 15 vs ≥15 (met "
                      "exactly); 单位里程建设成本 36.4 vs ≤38 (a ceiling, met; 4,318.46 ÷ 118.6 = 36.41); 农村公路管养长效"
                      "机制 基本健全 → 4 (its rule pays 4 for 基本健全); 沿线群众满意度 89% → 8 − 1 = 7 (its rule); "
                      "资金使用合规性 −1 (one finding, its rule); 绩效目标合理性 −0.5, 绩效指标明确性 −0.5, 制度执行有效性 −0.5 "
                      "with reasons (judgement)",
                      "合计 89.7 = the 20 rows as printed (the 6 included)"]}


def write302(rep, path):
    M = rep["meta"]
    W = 9
    rows = []

    def line(*cells):
        r = list(cells) + [""] * (W - len(cells))
        rows.append(r[:W])

    line(f"{M['project']}绩效评价指标体系及评分表")
    line(f"项目名称：{M['project']}", "", "", "", f"评价机构：{M['evaluator']}")
    line(f"主管部门：{M['dept']}", "", "", "", f"实施单位：{M['unit']}", "", "", "委托单位：兴化市财政局")
    line("资金来源（万元）", "年初预算数", "全年预算数", "实际支出数", "预算执行率")
    line("合计", m2(M["ia"]), m2(M["aa"]), m2(M["ea"]), f"{M['rate']:.2f}%")
    for (name, a, b, e), r in zip(M["src"], M["rates"]):
        line(f"其中：{name}", m2(a), m2(b), m2(e), f"{r:.2f}%")
    line()
    line("一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分", "扣分原因")
    prev = (None, None)
    for x in M["ind"]:
        l1 = x[0] if x[0] != prev[0] else ""
        l2 = x[1] if (x[0], x[1]) != prev else ""
        prev = (x[0], x[1])
        line(l1, l2, x[2], fmt(x[5]), x[7], x[3], x[4], fmt(x[6]), x[8])
    line("合计", "", "", "100", "", "", "", fmt(M["total"]), "")
    line("评价等级", "", "", "", "", "", "", M["grade"], "")
    line("注：1.评价等级：" + BANDS)
    line("2.定量指标未达到目标值的按“实际完成值÷目标值×分值”计分，另有评分标准的按评分标准计分。")
    line("评价人员：陈立新、王海燕、徐明　　评价日期：2025年5月20日")

    def cell(c):
        if any(ch in c for ch in '\t\n"'):
            return '"' + c.replace('"', '""') + '"'
        return c

    text = "".join("\t".join(cell(c) for c in r) + "\r\n" for r in rows)
    with open(path, "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


ALL.append(h302())


# ============================================================ h303 普洱市思茅区教育体育局 (DOCX, totals and rates as formula fields)

def h303():
    dept = "普洱市思茅区教育体育局"
    ib_b, ab_b, eb_b = 18642.30, 18420.60, 18306.75
    ib_p, ab_p, eb_p = 6480.00, 5926.40, 5372.18
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (25122.30, 24347.00, 23678.93, 97.26, 99.38, 90.65), (ib, ab, eb, rate, rb, rp)
    rate_field = pct(eb, ib)  # PLANT EXECUTION_RATE: the 合计 执行率 field is { =D2/B2*100 }: 执行 ÷ 年初 = 94.25%, not ÷ 全年
    assert rate_field == 94.25
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "1项指标未细化", 4, 3.5, "个别指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.6%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-6.2%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分项目资金按工程进度结转"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "新增义务教育学位（个）", "≥1080", "1080", 6, 6, ""),
           ("产出", "数量指标", "教师培训（人次）", "≥2400", "2536", 5, 5, ""),
           ("产出", "数量指标", "学生资助（人次）", "≥9500", "9820", 6, 6, ""),
           ("产出", "质量指标", "义务教育巩固率", "≥99%", "99.4%", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 100% meets 100%, scored 5 of 6, no 偏差原因
           ("产出", "质量指标", "校舍安全隐患整改率", "100%", "100%", 6, 5, ""),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "适龄儿童入学率", "100%", "100%", 7, 7, ""),
           ("效益", "社会效益", "校园安全责任事故（起）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "教育均衡发展长效机制", "健全", "基本健全", 6, 5, "城乡学校师资配置仍不均衡"),
           ("效益", "满意度", "家长满意度", "≥90%", "92.3%", 7, 7, "")]
    assert len(ind) == 19 and s2(ind, 5) == 100
    total_rows = s2(ind, 6)
    assert total_rows == 97.23, total_rows
    total = r2(total_rows + 0.5)  # PLANT TOTAL_VS_ROWS: the 合计 得分 field's cached result 97.73 is stale: the rows add to
    # 97.23 (绩效指标明确性 was lowered from 4 to 3.5 after the field was last updated)
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_field, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, total_rows=total_rows, ib=ib, ab=ab, eb=eb, rate_field=rate_field,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("EXECUTION_RATE", "预算执行率",
             f"合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate_field:.2f}%",
             f"{rate_field:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"表一's 合计 line: 全年执行数 {m2(eb)} ÷ 全年预算数 {m2(ab)} = {rate:.2f}%; the 执行率 cell prints "
             f"{rate_field:.2f}%, which is {m2(eb)} ÷ 年初预算数 {m2(ib)}: its formula field divides D2 by B2 (年初) where the "
             f"基本 and 项目 lines' fields divide by C (全年: {rb:.2f}%, {rp:.2f}%, right); the 预算执行率 indicator row prints "
             f"the right {rate:.2f}% and scores {fmt(bs)} on it (one problem); gold executionRate is the printed "
             f"{rate_field:.2f}"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total),
             fmt(total_rows), "HIGH", "ERROR",
             f"the 19 rows' 得分 add to 14.5 + 24.73 + 34 + 24 = {fmt(total_rows)}; the 合计 得分 cell is a formula field "
             f"{{ =SUM(G2:G20) }} whose stored result {fmt(total)} was not updated after a row changed (0.5 above the rows, "
             f"as if 绩效指标明确性, now 3.5 with a reason, had still been 4); Word shows the stored {fmt(total)} until the field is updated (F9); 优 either way; "
             "the 分值 field { =SUM(F2:F20) } shows 100, right"),
           F("TARGET_MET_POINTS_LOST", "校舍安全隐患整改率", "校舍安全隐患整改率 | 100% | 100% | 6 | 5 |", "5", "6",
             "HIGH", "WARNING",
             "the 实际完成值 100% meets the 年度指标值 100%, yet the row scores 5 of 6 with an empty 偏差原因分析; by the 说明 a "
             "met quantitative target takes the full 分值")]
    return {"stem": "h303_simao_jiaoyu", "format": "docx", "write": write303, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 合计 line of 表一 and the 合计 row of 表二 are Word FORMULA FIELDS (表格工具 → 公式): w:fldChar begin, "
                      "w:instrText “ =SUM(B3:B4) \\# \"#,##0.00\" ”, w:fldChar separate, the stored result, w:fldChar end; what "
                      "Word shows is the stored result (no w:dirty, no w:updateFields in settings: Word does not recompute on "
                      "opening); a reader must take the result runs and skip the instrText (“=SUM(G2:G20)” is not a figure)",
                      "表一's fields: B2, C2, D2 = SUM of rows 3–4 (25,122.30, 24,347.00, 23,678.93: right); E3 and E4 = "
                      "D/C × 100 (99.38%, 90.65%: right); E2 = D2/B2 × 100 (the finding); 年初 > 全年 (25,122.30 > "
                      "24,347.00: a mid-year 调减, not an error)",
                      "表二's 分值 合计 field =SUM(F2:F20) shows 100 (right); its 得分 合计 field's stored 97.73 is stale (the "
                      "finding); LibreOffice 7.4 recomputes the fields when it opens the file and drops their number "
                      "pictures: its PDF shows 97.23 for the 得分 合计 and 25122.3 | 24347 | 23678.93 | 94.25 on 表一's 合计 "
                      "line (99.38, 90.65 without %); the DOCX as Word shows it prints 97.73 and 25,122.30 … 94.25%",
                      "预算执行率 row 97.26% × 10 = 9.726 → 9.73; 结转结余率 2.74% vs ≤5% (a ceiling, met); 在职人员控制率 "
                      "98.6%; “三公”经费变动率 -6.2% vs ≤0; 新增义务教育学位 1080 vs ≥1080 (met exactly); 校园安全责任事故 0 vs "
                      "0; 绩效指标明确性 −0.5 and 教育均衡发展长效机制 −1 with reasons (judgement)"]}


def fld_runs(instr, result, size=9, bold=False):
    """a complex field as Word writes it: begin / instrText / separate / result / end, each its own run"""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>'
    xml = (f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
           f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>',
           f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
           f'<w:r {nsdecls("w")}>{rpr}<w:t>{esc(result)}</w:t></w:r>',
           f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    return [parse_xml(x) for x in xml]


def write303(rep, path):
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    from reports34 import new_doc, para
    M = rep["meta"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    doc = new_doc()
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评表", bold=True, size=15, center=True, after=6)
    p = para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　　金额单位：万元", size=10.5, after=4)

    def table(nrows, widths):
        t = doc.add_table(rows=nrows, cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for k, wd in enumerate(widths):
            t.columns[k].width = Mm(wd)
            for c in t.columns[k].cells:
                c.width = Mm(wd)
        return t

    def put(cell, text, bold=False, align="c", field=None):
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        pp = cell.paragraphs[0]
        pp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                        "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        if field:
            for r in fld_runs(field, text, 9, bold):
                pp._p.append(r)
            return
        run_ = pp.add_run(text)
        run_.font.size = Pt(9)
        run_.bold = bold

    para(doc, "表一　预算执行情况", bold=True, size=10.5, after=2)
    t = table(4, [46, 31, 31, 31, 31])
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        put(t.cell(0, k), h, True)
    money = '\\# "#,##0.00"'
    put(t.cell(1, 0), "合计", True, "l")
    put(t.cell(1, 1), m2(M["ib"]), align="r", field=f"=SUM(B3:B4) {money}")
    put(t.cell(1, 2), m2(M["ab"]), align="r", field=f"=SUM(C3:C4) {money}")
    put(t.cell(1, 3), m2(M["eb"]), align="r", field=f"=SUM(D3:D4) {money}")
    put(t.cell(1, 4), f"{M['rate_field']:.2f}%", align="r", field='=D2/B2*100 \\# "0.00%"')  # the planted reference
    for r, (lab, a, b_, x, rt) in enumerate((("其中：基本支出", ib_b, ab_b, eb_b, rb), ("项目支出", ib_p, ab_p, eb_p, rp)), 2):
        put(t.cell(r, 0), lab, align="l")
        put(t.cell(r, 1), m2(a), align="r")
        put(t.cell(r, 2), m2(b_), align="r")
        put(t.cell(r, 3), m2(x), align="r")
        put(t.cell(r, 4), f"{rt:.2f}%", align="r", field=f'=D{r + 1}/C{r + 1}*100 \\# "0.00%"')
    para(doc, "", after=4)
    para(doc, "表二　绩效指标完成情况", bold=True, size=10.5, after=2)
    ind = M["ind"]
    n = len(ind)
    t = table(n + 3, [14, 18, 40, 20, 22, 13, 14, 29])
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]):
        put(t.cell(0, k), h, True)
    for i, x in enumerate(ind, 1):
        put(t.cell(i, 2), x[2], align="l")
        put(t.cell(i, 3), x[3])
        put(t.cell(i, 4), x[4])
        put(t.cell(i, 5), fmt(x[5]))
        put(t.cell(i, 6), fmt(x[6]))
        put(t.cell(i, 7), x[7], align="l")
    for col in (0, 1):
        for a, b in spans(ind, col):
            c = t.cell(a + 1, col)
            if b > a:
                c = c.merge(t.cell(b + 1, col))
            put(c, ind[a][col])
    tot = n + 1
    c = t.cell(tot, 0).merge(t.cell(tot, 4))
    put(c, "合计", True)
    put(t.cell(tot, 5), "100", True, field=f"=SUM(F2:F{n + 1})")
    put(t.cell(tot, 6), fmt(M["total"]), True, field=f"=SUM(G2:G{n + 1})")  # the planted stale result
    c = t.cell(tot + 1, 0).merge(t.cell(tot + 1, 4))
    put(c, "自评等级", True)
    c = t.cell(tot + 1, 5).merge(t.cell(tot + 1, 7))
    put(c, grade(M["total"]), True)
    para(doc, RULES.format(fund="预算执行率"), size=9, after=6)
    para(doc, "填报人：李春燕　　审核人：杨国华　　联系电话：0879-2132058　　填报日期：2025年4月25日", size=10.5)
    save_docx(doc, path)


ALL.append(h303())

def main(argv):
    round_main(argv, ALL, "49")


if __name__ == "__main__":
    main(sys.argv[1:])
