#!/usr/bin/python3
"""Round 87 (h489–h493): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus87 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports87.py [h489 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports87.py --drop         # drop each planted finding in turn
h489 a 项目 自评表 typed on a 信创 desktop (统信UOS + LibreOffice, ODF the default format), saved as ODT (written here
     as the ODF zip by hand), with a per-row 指标完成率 column (得分＝分值×指标完成率, capped at 100%) (永和县, 临汾市);
h490 a 部门整体 自评表 whose budget is ALSO broken down by 支出经济分类 (工资福利 / 商品和服务 / 对个人和家庭的补助 /
     资本性支出), XLSX (桓仁满族自治县, 本溪市);
h491 a third-party evaluation of a 专项资金 distributed to townships by 因素法 (factor method): the allocation formula,
     the factor table and a worked example, PDF text (泾源县, 固原市);
h492 a 项目支出绩效自评报告（表式）: the whole report — prose sections included — laid out as ONE bordered table, on the
     county portal, HTML (乐业县, 百色市);
h493 a prose 部门整体 自评报告 built on the 部门职责—工作活动 framework: the 履职 indicators grouped by 职责 and 活动
     (附表1), the 部门管理 indicators apart (附表2), DOCX (宁化县, 三明市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, extra]).
"""
import datetime
import html as htmlmod
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import no_half, missed_ok, mc, q, f2  # noqa: E402
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, rl_build, ind_grid, docx_table, html_table, docx_base  # noqa

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-14T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 86"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def secs(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


# ============================================================ h489 永和县 (ODT from a 信创 desktop: 项目 自评表 with 指标完成率)

def crate(t, a, reverse=False):
    """指标完成率 in per cent, 2 decimals, capped at 100 (the form's 说明); reverse for a ceiling (≤)"""
    v = t / a * 100 if reverse else a / t * 100
    no_half(v, "crate")
    return min(round(v + 1e-9, 2), 100.0)


def h489():
    dept, unit = "永和县水利局", "永和县农村供水服务中心"
    project = "2024年永和县农村供水工程维修养护项目"
    src = [("中央水利发展资金", 200.00, 200.00, 196.40), ("省级财政补助资金", 60.00, 80.00, 76.25),
           ("县级财政资金", 60.00, 76.00, 71.98)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (320.00, 356.00, 344.63), (ini, adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[3], x[2]) for x in src])
    assert rate == 96.81, rate
    rs_true = r2(rate / 10)
    rs_p = 10  # PLANT BUDGET_ROW_SCORE: the 说明's rule 执行率×10 gives 9.68; the form prints 10
    assert rs_true == 9.68
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 指标完成率)
    c_pipe = crate(36, 33.6)
    c_pump = round(132 / 120 * 100, 2)  # PLANT ROW_SCORE_OVER_WEIGHT: 110.00% printed, not capped at 100% as the 说明 says
    c_time = crate(95, 91.2)
    c_cover = crate(55, 52.8)
    c_gly = crate(90, 88.2)
    ind = [("产出指标", "数量指标", "维修养护集中供水工程", "≥48处", "48处", 8, 8, "", crate(48, 48)),
           ("产出指标", "数量指标", "更换老旧供水管网", "≥36公里", "33.6公里", 8, r2(8 * c_pipe / 100),
            "2个村管网改造因道路施工推迟至2025年", c_pipe),
           ("产出指标", "数量指标", "更换水泵、消毒设备", "≥120台（套）", "132台（套）", 8, r2(8 * c_pump / 100),
            "", c_pump),
           ("产出指标", "质量指标", "农村供水水质检测合格率", "≥95%", "96.8%", 6, 6, "", crate(95, 96.8)),
           ("产出指标", "质量指标", "维修工程验收合格率", "100%", "100%", 6, 6, "", 100.0),
           ("产出指标", "时效指标", "供水故障平均修复时长", "≤24小时", "20.5小时", 6, 6, "", crate(24, 20.5, True)),
           # PLANT RULE_SCORE: 6 × 96.00% = 5.76 by the 说明's rule; the form deducts a flat 1 point (5) with a reason
           ("产出指标", "时效指标", "维修养护任务按期完成率", "≥95%", "91.2%", 6, 5, "汛期影响部分工程延期，扣1分", c_time),
           ("产出指标", "成本指标", "管网更换每公里综合成本", "≤3.2万元/公里", "3.05万元/公里", 6, 6, "",
            crate(3.2, 3.05, True)),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥93%", "93.6%", 8, 8, "", crate(93, 93.6)),
           ("效益指标", "社会效益指标", "受益农村人口", "≥5.2万人", "5.26万人", 7, 7, "", crate(5.2, 5.26)),
           ("效益指标", "社会效益指标", "规模化供水工程覆盖农村人口比例", "≥55%", "52.8%", 7, r2(7 * c_cover / 100),
            "1处规模化水厂管网延伸工程未完工", c_cover),
           ("效益指标", "可持续影响指标", "供水工程长效管护机制", "健全", "基本健全", 6, 4.8, "村级管护经费未全部落实，按基本达成计80%",
            80.0),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.4%", 5, 5, "", crate(90, 92.4)),
           ("满意度指标", "服务对象满意度指标", "村级管水员满意度", "≥90%", "88.2%", 3, r2(3 * c_gly / 100),
            "部分管水员反映补贴偏低", c_gly)]
    assert [c_pipe, c_pump, c_time, c_cover, c_gly] == [93.33, 110.0, 96.0, 96.0, 98.0]
    assert [x[6] for x in ind if x[2] in ("更换老旧供水管网", "更换水泵、消毒设备", "规模化供水工程覆盖农村人口比例",
                                            "村级管水员满意度")] == [7.47, 8.8, 6.72, 2.94]
    for x in ind:  # every row follows 分值 × 完成率 except the two planted ones
        if x[2] not in ("维修养护任务按期完成率", "更换水泵、消毒设备"):
            assert x[6] == r2(x[5] * x[8] / 100), x
    assert s2(ind, 5) == 90
    assert [x[2] for x in ind if x[6] > x[5]] == ["更换水泵、消毒设备"]
    assert below_no_reason(ind) == []
    total = r2(rs_p + s2(ind, 6))
    true_total = r2(rs_true + s2(ind, 6) - 0.8 + 0.76)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = with_project(gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate,
             rs=rs_p, ind=ind, total=total)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {fnum(rs_p)}", "10", f2(rs_true),
             "HIGH", "ERROR",
             f"the 说明 scores the 年度资金总额 line 执行率×10: {q(rate)} × 10 = {f2(rs_true)}, the form prints 10 (full "
             f"marks, as if the rate were 100%); the rate itself is right ({mc(ex)} ÷ {mc(adj)}) and the 总分 adds the 10"),
           F("ROW_SCORE_OVER_WEIGHT", "更换水泵、消毒设备",
             f"更换水泵、消毒设备 | ≥120台（套） | 132台（套） | {q(c_pump)} | 8 | 8.8", "8.8", "≤ 8 (8 × 100% = 8)", "HIGH",
             "ERROR",
             "132 of ≥120 gives a 完成率 of 110.00%, printed uncapped, and 8 × 110% = 8.8 of an 8-point row; the 说明 says "
             "指标完成率超过100%的按100%计 and 得分不超过分值, so the row scores 8"),
           F("RULE_SCORE", "维修养护任务按期完成率",
             f"维修养护任务按期完成率 | ≥95% | 91.2% | {q(c_time)} | 6 | 5 | 汛期影响部分工程延期，扣1分", "5", "5.76", "HIGH",
             "ERROR",
             f"the row's own printed 指标完成率 {q(c_time)} (91.2 ÷ 95) and the 说明's rule 得分＝分值×指标完成率 give "
             "6 × 96.00% = 5.76; the form deducts a flat point instead (a reason does not make a score the rule does not "
             "give)")]
    traps = ["the form was typed on a 信创 desktop (统信UOS, LibreOffice) and saved as ODT, the default there: the "
             "generator, the 仿宋_GB2312 font name and the ODF layout are the office suite's, not content",
             "指标完成率 column: 93.33% (33.6 ÷ 36), 96.00% (91.2 ÷ 95 and 52.8 ÷ 55), 98.00% (88.2 ÷ 90) right; "
             "更换老旧供水管网 8 × 93.33% = 7.47, 规模化供水工程覆盖农村人口比例 7 × 96.00% = 6.72, 村级管水员满意度 "
             "3 × 98.00% = 2.94 (the rule, with reasons)",
             "供水故障平均修复时长 20.5 vs ≤24小时 and 管网更换每公里综合成本 3.05 vs ≤3.2万元/公里 are CEILINGS met "
             "(反向指标: 年度指标值÷实际完成值, capped at 100.00%); 3.05万元/公里 is a unit cost, not a budget figure",
             "供水工程长效管护机制 基本健全 → 80% → 6 × 80% = 4.8 (the 说明's 定性 rule, with a reason)",
             "维修养护集中供水工程 48 vs ≥48处 (met exactly, 100.00%); 水质检测合格率 96.8% vs ≥95% capped at 100.00%",
             f"fund block: sources 200.00 + 60.00 + 60.00 = 320.00; 200.00 + 80.00 + 76.00 = 356.00; 196.40 + 76.25 + "
             f"71.98 = 344.63; {q(rate)} and the sources' {', '.join(q(x) for x in srates)} right; none over its line",
             f"总分 {f2(total)} = the fund line as printed + the 14 rows; 分值 10 + 90 = 100; a 项目 form: no grade "
             "printed"]
    return {"stem": "h489_yonghe_shuili", "format": "odt", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write489}


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')


def odt_table(name, data, spans, widths_cm, left=(), bold_rows=()):
    start, covered = {}, set()
    for (c0, r0, c1, r1) in spans:
        start[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                if (rr, cc) != (r0, c0):
                    covered.add((rr, cc))
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for j in range(len(widths_cm)):
        out.append(f'<table:table-column table:style-name="{name}.{chr(65 + j)}"/>')
    for i, r_ in enumerate(data):
        cells = []
        for j, v in enumerate(r_):
            if (i, j) in covered:
                cells.append("<table:covered-table-cell/>")
                continue
            rs, cs = start.get((i, j), (1, 1))
            a = (f' table:number-columns-spanned="{cs}"' if cs > 1 else "") + \
                (f' table:number-rows-spanned="{rs}"' if rs > 1 else "")
            ps = "PL" if j in left else "PC"
            if i in bold_rows:
                ps += "B"
            cells.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"{a}>'
                         f'<text:p text:style-name="{ps}">{E(str(v))}</text:p></table:table-cell>')
        out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    out.append("</table:table>")
    styles = [f'<style:style style:name="{name}" style:family="table"><style:table-properties '
              f'style:width="{sum(widths_cm):.2f}cm" table:align="center"/></style:style>']
    for j, w in enumerate(widths_cm):
        styles.append(f'<style:style style:name="{name}.{chr(65 + j)}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
    return "".join(out), "".join(styles)


def odt_bytes(body, auto_styles, title, creator, created, modified, generator):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               '<office:font-face-decls><style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312"/>'
               '<style:font-face style:name="宋体" svg:font-family="宋体"/></office:font-face-decls>'
               '<office:automatic-styles>'
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
               'fo:border="0.5pt solid #000000" fo:padding="0.05cm" style:vertical-align="middle"/></style:style>'
               '<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties style:font-name="宋体" fo:font-size="9pt" style:font-name-asian="宋体" '
               'style:font-size-asian="9pt"/></style:style>'
               '<style:style style:name="PCB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties style:font-name="宋体" fo:font-size="9pt" fo:font-weight="bold" '
               'style:font-name-asian="宋体" style:font-size-asian="9pt" style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="PL" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>'
               '<style:text-properties style:font-name="宋体" fo:font-size="9pt" style:font-name-asian="宋体" '
               'style:font-size-asian="9pt"/></style:style>'
               '<style:style style:name="PLB" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>'
               '<style:text-properties style:font-name="宋体" fo:font-size="9pt" fo:font-weight="bold" '
               'style:font-name-asian="宋体" style:font-size-asian="9pt" style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" '
               'fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="宋体" fo:font-size="16pt" '
               'fo:font-weight="bold" style:font-name-asian="宋体" style:font-size-asian="16pt" '
               'style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties style:font-name="仿宋_GB2312" fo:font-size="12pt" '
               'style:font-name-asian="仿宋_GB2312" style:font-size-asian="12pt"/></style:style>'
               '<style:style style:name="Body" style:family="paragraph"><style:text-properties '
               'style:font-name="仿宋_GB2312" fo:font-size="10.5pt" style:font-name-asian="仿宋_GB2312" '
               'style:font-size-asian="10.5pt"/></style:style>'
               f'{auto_styles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body>'
               '</office:document-content>\n')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.8cm" '
              'fo:margin-bottom="1.8cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>\n')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            f'<meta:generator>{generator}</meta:generator><dc:title>{E(title)}</dc:title>'
            f'<meta:initial-creator>{E(creator)}</meta:initial-creator><dc:creator>{E(creator)}</dc:creator>'
            f'<meta:creation-date>{created}</meta:creation-date><dc:date>{modified}</dc:date>'
            '<meta:editing-cycles>4</meta:editing-cycles></office:meta></office:document-meta>\n')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, d, comp in [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                           ("content.xml", content, zipfile.ZIP_DEFLATED), ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                           ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                           ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]:
            zi = zipfile.ZipInfo(n, (2025, 4, 21, 10, 30, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d.encode("utf-8"))
    return buf.getvalue()


def write489(rep, path):
    M = rep["meta"]
    d = M["dept"]

    def p(text, st="Body"):
        return f'<text:p text:style-name="{st}">{E(text)}</text:p>'
    data = [["项目名称", M["project"], "", "", "", "", "", "", ""],
            ["主管部门", d, "", "", "实施单位", M["unit"], "", "", ""],
            ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), fnum(M["rs"])]]
    for (n, a, b, c), sr in zip(M["src"], M["srates"]):
        data.append(["", ("其中：" if n == M["src"][0][0] else "") + n, "", mc(a), mc(b), mc(c), "—", q(sr), "—"])
    sp = [(1, 0, 8, 0), (1, 1, 3, 1), (5, 1, 8, 1), (0, 2, 0, len(data) - 1)]
    sp += [(1, k, 2, k) for k in range(2, len(data))]
    g0 = len(data)
    data.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    data.append(["", "维修养护集中供水工程48处，更换老旧管网36公里、水泵和消毒设备120台（套）；水质检测合格率95%以上；"
                     "农村自来水普及率达到93%，保障5.2万农村人口饮水安全。", "", "", "",
                 "完成维修养护集中供水工程48处，更换管网33.6公里、设备132台（套）；水质检测合格率96.8%；农村自来水普及率93.6%，"
                 "受益人口5.26万人；2个村管网改造推迟至2025年。", "", "", ""])
    sp += [(0, g0, 0, g0 + 1), (1, g0, 4, g0), (5, g0, 8, g0), (1, g0 + 1, 4, g0 + 1), (5, g0 + 1, 8, g0 + 1)]
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标完成率", "分值", "得分", "偏差原因分析"])
    h_ = len(data) - 1
    rows_, sp2 = ind_grid(M["ind"], [0, 1, 2, 3, 4, 8, 5, 6, 7], len(data))
    for r_, x in zip(rows_, M["ind"]):
        r_[5] = q(x[8])
    data += rows_
    sp += sp2
    data.append(["总分", "", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 5, len(data) - 1))
    tbl, st = odt_table("表格1", data, sp, [1.9, 2.0, 3.2, 1.9, 1.9, 1.6, 1.2, 1.3, 2.6], left=(1, 2, 5, 8),
                        bold_rows=(h_, len(data) - 1))
    body = (p("项目支出绩效自评表", "Title") + p("（2024年度）", "Sub")
            + p(f"填报单位（盖章）：{d}　　　　　　　　　　　　　　　　金额单位：万元") + tbl
            + p("说明：1.年度资金总额得分＝执行率×10；2.指标完成率＝实际完成值÷年度指标值×100%，反向指标（年度指标值为“≤”的）"
                "＝年度指标值÷实际完成值×100%，指标完成率超过100%的按100%计；3.三级指标得分＝分值×指标完成率，得分不超过分值；"
                "4.定性指标达成计100%、基本达成计80%、未达成计0；5.总分满分100分。")
            + p("单位负责人：贺建军　　财务负责人：冯丽萍　　填表人：刘晓东　　联系电话：0357-7021863　　填报日期：2025年4月21日"))
    write_bytes(path, odt_bytes(body, st, "项目支出绩效自评表", "刘晓东", "2025-04-18T15:12:40.318000000",
                                "2025-04-21T10:26:05.902000000",
                                "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2 (UOS)"))


ALL.append(h489())


# ============================================================ h490 桓仁县 (XLSX: 部门整体 自评表, budget by 经济分类)

def h490():
    dept = "桓仁满族自治县文化旅游和广播电视局"
    parts = [("基本支出", 1180.00, 1226.40, 1214.86), ("项目支出", 860.00, 1142.60, 1071.35)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (2040.00, 2369.00, 2286.21), (ini, adj, ex)
    rate, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate == 96.51 and prates == [99.06, 93.76], (rate, prates)
    econ_true = [("工资福利支出", 1018.20, 1009.64), ("商品和服务支出", 612.50, 580.37), ("对个人和家庭的补助", 136.30, 133.48),
                 ("资本性支出", 602.00, 562.72)]
    assert r2(sum(x[1] for x in econ_true)) == adj and r2(sum(x[2] for x in econ_true)) == ex
    econ = [list(x) for x in econ_true]
    econ[1][2] = 589.37  # PLANT BREAKDOWN_SUM: the 经济分类 lines' 执行数 add to 2,295.21, their 合计 prints 2,286.21
    econ_sum = r2(sum(x[2] for x in econ))
    assert econ_sum == 2295.21
    erates = rates(*[(x[2], x[1]) for x in econ])
    ys = r2(6 * rate / 100)
    assert ys == 5.79
    jy = r2(100 - rate)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "2项指标未细化量化", 3, 2, "2项指标未量化，每项扣0.5分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.8%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-6.2%", 3, 3, ""),
           ("决策", "预算配置", "重点支出安排率", "≥60%", "68.4%", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 6, ys, "得分＝预算执行率×分值"),
           ("过程", "资金管理", "结转结余率", "≤5%", q(jy), 4, 4, ""),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资金管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "资产管理规范性", "规范", "2件设备未及时入账", 4, 3, "2件广电设备未及时登记入账，扣1分"),
           ("产出", "数量", "公共文化场馆免费开放天数", "≥300天", "306天", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 108 of ≥120场 keeps 6 of 6, no reason (the proportion rule gives 5.40)
           ("产出", "数量", "送戏下乡演出场次", "≥120场", "108场", 6, 6, ""),
           ("产出", "数量", "满族剪纸等非遗项目传习活动", "≥40次", "46次", 5, 5, ""),
           ("产出", "质量", "A级旅游景区安全检查覆盖率", "100%", "100%", 6, 6, ""),
           ("产出", "质量", "广播电视户户通维护户数", "≥2,600户", "2,432户", 6, P(2432, 2600, 6),
            "部分山区户外迁，按比例计分"),
           ("产出", "质量", "文物安全事故发生数", "0起", "0起", 6, 6, ""),
           ("效益", "社会效益", "接待游客人次增长率", "≥8%", "11.6%", 7, 7, ""),
           ("效益", "经济效益", "旅游综合收入", "≥38亿元", "39.2亿元", 6, 6, ""),
           ("效益", "社会效益", "群众文化活动参与人次", "≥25万人次", "23.5万人次", 6, P(23.5, 25, 6),
            "汛期停办部分广场文化活动，按比例计分"),
           ("效益", "满意度", "群众满意度", "≥90%", "92.3%", 6, 6, "")]
    assert [P(2432, 2600, 6), P(23.5, 25, 6), P(108, 120, 6)] == [5.61, 5.64, 5.4]
    props(ind, skip=("送戏下乡演出场次",))
    assert [m[0] for m in missed_ok(ind) if not m[3]] == ["送戏下乡演出场次"]
    assert below_no_reason(ind) == [] and s2(ind, 5) == 100
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[1] for x in sec] == [15, 25, 35, 25]
    rows_total = s2(ind, 6)
    total_p = r2(rows_total + 0.9)  # PLANT TOTAL_VS_ROWS: the 合计 prints the rows' sum + 0.9
    assert (rows_total, total_p) == (97.04, 97.94), (rows_total, total_p)
    assert grade(total_p) == grade(rows_total) == grade(r2(rows_total - 0.6)) == "优"
    g = gold(None, dept, 2024, "COUNTY", "辽宁省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [], grows(ind))
    M = dict(dept=dept, parts=parts, prates=prates, ini=ini, adj=adj, ex=ex, rate=rate, econ=econ, erates=erates,
             ind=ind, total=total_p)
    e2 = econ[1]
    fnd = [F("BREAKDOWN_SUM", "按支出经济分类（执行数）",
             "; ".join(f"{n} | {mc(a)} | {mc(b)}" for n, a, b in econ) + f"; 合计 | {mc(adj)} | {mc(ex)}", mc(ex),
             mc(econ_sum), "HIGH", "ERROR",
             f"the four 经济分类 lines' 执行数 add to {' + '.join(mc(x[2]) for x in econ)} = {mc(econ_sum)}, their 合计 "
             f"prints {mc(ex)} (which the 预算执行情况 block confirms: 1,214.86 + 1,071.35); the 全年预算数 lines add up "
             f"({mc(adj)}), so one line's 执行数 is 9.00 too high — {e2[0]} {mc(e2[2])} fits at 580.37"),
           F("TOTAL_VS_ROWS", "合计（得分）", f"合计 | 100 | {f2(total_p)} | 自评等级：优", f2(total_p), f2(rows_total),
             "HIGH", "ERROR", f"the 21 rows' 得分 add to {f2(rows_total)}, the 合计 prints {f2(total_p)}; 优 either way"),
           F("TARGET_MISSED_FULL_MARKS", "送戏下乡演出场次", "送戏下乡演出场次 | ≥120场 | 108场 | 6 | 6 |", "6", "5.40",
             "HIGH", "WARNING",
             "108 of ≥120场 (90%) keeps the full 6 points with no 偏差原因; the 说明's proportion rule gives 6 × 108 ÷ 120 "
             "= 5.40")]
    traps = ["the budget is printed TWICE: 一、预算执行情况 (基本 / 项目) and 二、按支出经济分类 (工资福利支出, 商品和服务支出, "
             "对个人和家庭的补助, 资本性支出): the 经济分类 lines are a second breakdown of the same 全年预算 / 执行, not "
             "extra spending and not 基本 / 项目 parts",
             f"预算执行情况: 1,180.00 + 860.00 = 2,040.00; 1,226.40 + 1,142.60 = 2,369.00; 1,214.86 + 1,071.35 = "
             f"2,286.21; {q(rate)}, 基本 {q(prates[0])}, 项目 {q(prates[1])} right; none over; 年初 < 全年 (追加)",
             "经济分类 全年预算数: 1,018.20 + 612.50 + 136.30 + 602.00 = 2,369.00 (right); the lines' 执行率 are right on "
             "their own printed figures",
             f"预算执行率 6 × {q(rate)} = {f2(ys)} (the row's stated rule); 结转结余率 {q(jy)} = 100% − {q(rate)} vs ≤5%",
             "广播电视户户通维护户数 6 × 2,432 ÷ 2,600 = 5.61 and 群众文化活动参与人次 6 × 23.5 ÷ 25 = 5.64 (proportion, with "
             "reasons); 绩效指标明确性 −1 (2 × 0.5) and 资产管理规范性 −1 with reasons",
             "“三公”经费变动率 -6.2% vs ≤0 (a fall, met); 文物安全事故发生数 0起 (met); 旅游综合收入 39.2亿元 is the "
             "county's tourism revenue, not a budget figure",
             "分值 15 + 25 + 35 + 25 = 100"]
    return {"stem": "h490_huanren_wenlv", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write490}


def write490(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, w in enumerate([10, 11, 26, 13, 13, 8, 8, 30]):
        ws.column_dimensions[chr(65 + j)].width = w
    r = [1]

    def put(cells, merges=(), bold=False, box=True, fmt=None, left=(), fill=None):
        rr = r[0]
        for j, v in enumerate(cells):
            c = ws.cell(row=rr, column=j + 1, value=v if v != "" else None)
            c.font = Font(name="宋体", size=10, bold=bold)
            c.alignment = Alignment(horizontal="left" if j in left else "center", vertical="center", wrap_text=True)
            if box:
                c.border = bd
            if fill:
                c.fill = PatternFill("solid", fgColor=fill)
            if fmt and j in fmt and isinstance(v, (int, float)):
                c.number_format = fmt[j]
        for a, b in merges:
            ws.merge_cells(start_row=rr, start_column=a + 1, end_row=rr, end_column=b + 1)
        r[0] += 1
        return rr
    t = put([f"{M['dept']}2024年度部门整体支出绩效自评表"], [(0, 7)], True, False)
    ws.cell(row=t, column=1).font = Font(name="宋体", size=15, bold=True)
    put(["填报单位（盖章）：" + M["dept"], "", "", "", "", "金额单位：万元", "", ""], [(0, 4), (5, 7)], False, False)
    put(["一、预算执行情况"], [(0, 7)], True, False, left=(0,))
    put(["项目", "", "", "年初预算数", "全年预算数", "全年执行数", "", "执行率"], [(0, 2), (5, 6)], True, fill="D9D9D9")
    money = {3: "#,##0.00", 4: "#,##0.00", 5: "#,##0.00", 7: "0.00%"}
    lines = [("部门预算合计", M["ini"], M["adj"], M["ex"], M["rate"])]
    lines += [(("其中：" if n == "基本支出" else "") + n, a, b, c, pr) for (n, a, b, c), pr in zip(M["parts"], M["prates"])]
    for n, a, b, c, pr in lines:
        put([n, "", "", a, b, c, "", round(pr / 100, 6)], [(0, 2), (5, 6)], fmt=money, left=(0,))
    put(["二、按支出经济分类"], [(0, 7)], True, False, left=(0,))
    put(["经济分类", "", "", "", "全年预算数", "全年执行数", "", "执行率"], [(0, 3), (5, 6)], True, fill="D9D9D9")
    for (n, a, b), er in zip(M["econ"], M["erates"]):
        put([n, "", "", "", a, b, "", round(er / 100, 6)], [(0, 3), (5, 6)], fmt=money, left=(0,))
    put(["合计", "", "", "", M["adj"], M["ex"], "", round(M["rate"] / 100, 6)], [(0, 3), (5, 6)], True, fmt=money)
    put(["三、绩效指标完成情况"], [(0, 7)], True, False, left=(0,))
    h0 = put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"], [], True,
             fill="D9D9D9")
    start = r[0]
    for x in M["ind"]:
        put([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]], fmt={5: "0", 6: "0.00"}, left=(2, 7))
    for col in (0, 1):
        for a, b in runs(M["ind"], col):
            if b > a:
                for k in range(a + 1, b + 1):
                    ws.cell(row=start + k, column=col + 1).value = None
                ws.merge_cells(start_row=start + a, start_column=col + 1, end_row=start + b, end_column=col + 1)
    put(["合计", "", "", "", "", 100, M["total"], "自评等级：优"], [(0, 4)], True, fmt={6: "0.00"})
    put(["说明：1.本表满分100分；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；3.定性指标根据完成情况酌情扣分，"
         "扣分须说明原因；4.自评等级：" + BANDS77 + "。"] + [""] * 7, [(0, 7)], False, False, left=(0,))
    ws.row_dimensions[r[0] - 1].height = 40
    put(["单位负责人：关振宇　　财务负责人：佟雪梅　　填表人：那春艳　　联系电话：024-48826315　　填报日期：2025年4月22日"]
        + [""] * 7, [(0, 7)], False, False, left=(0,))
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "那春艳"
    wb.properties.created = datetime.datetime(2025, 4, 17, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 4, 22, 16, 0, 0)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h490())


# ============================================================ h491 泾源县 (PDF: third-party evaluation of a 因素法 专项资金)

TOWNS = [("香水镇", 11.20, 6.40, 3.80), ("泾河源镇", 8.60, 5.20, 3.00), ("六盘山镇", 5.80, 4.60, 2.80),
         ("新民乡", 6.40, 3.60, 2.60), ("兴盛乡", 5.20, 3.10, 2.20), ("黄花乡", 7.00, 4.20, 2.60),
         ("大湾乡", 5.80, 2.90, 3.00)]


def h491():
    dept = "泾源县农业农村局"
    project = "2024年泾源县农业特色产业发展专项资金"
    agency = "宁夏衡信达项目管理咨询有限公司"
    ini, adj, ex = 1500.00, 1600.00, 1548.32
    rate, = rates((ex, adj))
    assert rate == 96.77
    pool = 1400.00
    fs = [(n, a, b, c, r2(a + b + c)) for n, a, b, c in TOWNS]
    cols = [r2(sum(x[k] for x in fs)) for k in (1, 2, 3, 4)]
    assert cols == [50.00, 30.00, 20.00, 100.00], cols
    alloc = [(x[0], r2(pool * x[4] / cols[3])) for x in fs]
    assert r2(sum(a for _, a in alloc)) == pool and alloc[0] == ("香水镇", 299.60)
    ex_p = "229.60"  # PLANT FORMULA: “1,400.00×21.40÷100.00＝229.60万元” in 一 (the product is 299.60, the table's)
    ys = r2(5 * rate / 100)
    assert ys == 4.84
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "2项指标未量化", 3, 2, "2项指标未细化量化，扣1分"),
           ("决策", "资金投入", "资金分配合理性", "按因素法分配", "1个乡镇因素数据未更新", 6, 5.5,
            "兴盛乡脱贫人口数沿用上年数据，扣0.5分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, ys, "预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1笔超范围列支", 6, 5, "1笔12.60万元用于乡镇办公设备购置，扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 5, 5, ""),
           ("产出", "数量指标", "肉牛养殖补贴户数", "≥3,200户", "3,268户", 8, 8, ""),
           ("产出", "数量指标", "冷凉蔬菜种植面积", "≥2.5万亩", "2.36万亩", 8, P(2.36, 2.5, 8), "春季低温推迟播种，按比例计分"),
           ("产出", "数量指标", "良种牛冻精改良", "≥1.8万头", "1.86万头", 6, 6, ""),
           ("产出", "时效指标", "补贴资金兑付及时率", "100%", "97.2%", 6, P(97.2, 100, 6), "2个乡镇兑付超过规定时限，按比例计分"),
           ("产出", "质量指标", "补贴发放准确率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "苗木繁育基地建设", "≥3个", "3个", 6, 6, ""),
           ("效益", "经济效益", "肉牛产业产值增长率", "≥6%", "7.4%", 7, 7, ""),
           ("效益", "社会效益", "带动脱贫户（监测户）户均增收", "≥1,500元", "1,620元", 6, 6, ""),
           ("效益", "可持续影响", "产业发展长效机制", "健全", "基本健全", 6, 5, "合作社利益联结机制不够紧密，扣1分"),
           ("效益", "满意度", "受益农户满意度", "≥90%", "91.8%", 6, 6, "")]
    assert [P(2.36, 2.5, 8), P(97.2, 100, 6)] == [7.55, 5.83]
    props(ind)
    assert below_no_reason(ind) == [] and s2(ind, 5) == 100
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 13.5), ("过程", 20, 18.84), ("产出", 40, 39.38), ("效益", 25, 24)], sec
    total = s2(ind, 6)
    assert total == 95.72 and grade(total) == "优"
    sec_p = [list(x) for x in sec]
    sec_p[1][2] = 18.48  # PLANT SECTION_VS_ROWS: 表2 and 四（二） print 过程 18.48, the 评分表's rows give 18.84
    srates = [pct(s_, w) for _, w, s_ in sec_p]
    for _, w, s_ in sec_p:
        no_half(s_ / w * 100, "srate")
    assert srates[2] == 98.45
    srates_p = list(srates)
    srates_p[2] = 98.54  # PLANT SCORE_RATE: 产出 39.38 ÷ 40 = 98.45%, 表2 prints 98.54%
    g = with_project(gold(None, dept, 2024, "COUNTY", "宁夏回族自治区", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
                          budget(ini, adj, ex, rate), [tuple(x) for x in sec_p], grows(ind)), project, dept)
    M = dict(dept=dept, project=project, agency=agency, ini=ini, adj=adj, ex=ex, rate=rate, pool=pool, fs=fs,
             cols=cols, alloc=alloc, ex_p=ex_p, ind=ind, sec=sec_p, srates=srates_p, total=total)
    fnd = [F("FORMULA", "分配金额（香水镇，一、项目基本情况）",
             f"以香水镇为例：{mc(pool)}×21.40÷100.00＝{ex_p}万元; 表1 香水镇 | 11.20 | 6.40 | 3.80 | 21.40 | 299.60",
             ex_p, "299.60", "HIGH", "ERROR",
             "the worked example of the 因素法 formula: 1,400.00 × 21.40 ÷ 100.00 = 299.60, the text writes 229.60; 表1 "
             "allocates 299.60 to 香水镇 and the allocations add to 1,400.00, so only the written result is wrong"),
           F("SECTION_VS_ROWS", "过程", "表2 过程 | 20 | 18.48 | 92.40%; 四（二）过程（20分，得18.48分）", "18.48", "18.84",
             "HIGH", "ERROR",
             "the 评分表's 过程 rows give 4 + 4.84 + 5 + 5 = 18.84, 表2 and 四（二） print 18.48 (digits swapped); the 合计 "
             "95.72 is the rows' total, so 表2's lines add to 95.36 — the same slip, one finding; 92.40% is right on the "
             "printed 18.48"),
           F("SCORE_RATE", "产出（得分率）", "表2 产出 | 40 | 39.38 | 98.54%", "98.54%", "98.45%", "HIGH", "ERROR",
             "39.38 ÷ 40 = 98.45%, 表2 prints 98.54%")]
    traps = ["the fund is allocated by 因素法: 表1's 因素得分 (肉牛存栏 50%, 冷凉蔬菜种植面积 30%, 脱贫人口 20%) are "
             "allocation weights, not scores of the evaluation; columns add to 50.00 / 30.00 / 20.00 / 100.00; each town "
             "11.20 + 6.40 + 3.80 = 21.40 …; 分配金额 = 1,400.00 × 得分 ÷ 100.00 (14 × 得分) for all seven towns, "
             "sum 1,400.00",
             "待分配资金 1,400.00 = 全年 1,600.00 − 县级统筹 200.00 (技术服务和品种改良, stated): not a budget gap",
             f"funds: 年初 1,500.00 (自治区 1,100.00 + 县级 400.00) < 全年 1,600.00 (自治区追加 100.00); 支出 1,548.32, "
             f"{q(rate)} right; 预算执行率 5 × {q(rate)} = {f2(ys)} (the row's rule)",
             "冷凉蔬菜种植面积 8 × 2.36 ÷ 2.5 = 7.55 and 补贴资金兑付及时率 6 × 97.2% = 5.83 (proportion, with reasons); "
             "绩效指标明确性 −1, 资金分配合理性 −0.5, 资金使用合规性 −1, 产业发展长效机制 −1 with reasons",
             "苗木繁育基地建设 3 vs ≥3个 (met exactly); 带动脱贫户（监测户）户均增收 1,620元 is an outcome, not a budget "
             "figure; 12.60万元 超范围列支 is a finding of the evaluation, scored −1 by its row",
             "表2: 决策 15 | 13.5 | 90.00%, 效益 25 | 24 | 96.00% right; 合计 100 | 95.72 = the 18 rows; 优"]
    return {"stem": "h491_jingyuan_nongye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw491}


def draw491(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    M = rep["meta"]
    para, tab, mm = rl_kit()
    sec = {n: (w, s_) for n, w, s_ in M["sec"]}
    s = [Spacer(1, 60 * mm), para("t", f"{M['project']}"), para("t", "绩效评价报告"), Spacer(1, 40 * mm),
         para("st", "委托单位：泾源县财政局"), para("st", f"评价机构：{M['agency']}"),
         para("st", "报告编号：衡信达绩评〔2025〕023号"), para("st", "二〇二五年六月"), PageBreak(),
         para("h", "一、项目基本情况"),
         para("p", f"{M['project']}由{M['dept']}主管，用于支持全县肉牛、冷凉蔬菜和苗木产业发展。2024年年初预算{mc(M['ini'])}万元（自治区"
                   f"1,100.00万元、县级400.00万元），年中自治区追加100.00万元，全年预算{mc(M['adj'])}万元，实际支出{mc(M['ex'])}万元，"
                   f"预算执行率{q(M['rate'])}。"),
         para("p", f"资金扣除县级统筹200.00万元（用于技术服务和品种改良）后，{mc(M['pool'])}万元按因素法切块分配到7个乡镇，因素及权重为"
                   "肉牛存栏量50%、冷凉蔬菜种植面积30%、脱贫人口数20%。分配公式为：某乡镇分配金额＝待分配资金×该乡镇因素得分÷全县因素"
                   f"得分合计。以香水镇为例：{mc(M['pool'])}×21.40÷100.00＝{M['ex_p']}万元。各乡镇分配情况见表1。"),
         para("cap", "表1　资金因素法分配情况（单位：万元）")]
    t1 = [["乡镇", "肉牛存栏因素（50%）", "冷凉蔬菜面积因素（30%）", "脱贫人口因素（20%）", "因素得分合计", "分配金额"]]
    for (n, a, b, c, t), (_, al) in zip(M["fs"], M["alloc"]):
        t1.append([n, f2(a), f2(b), f2(c), f2(t), mc(al)])
    t1.append(["合计"] + [f2(x) for x in M["cols"]] + [mc(M["pool"])])
    s.append(tab(t1, [22, 30, 32, 30, 26, 26]))
    s += [para("h", "二、评价工作开展情况"),
          para("p", "评价组采用资料核查、实地抽查和问卷调查相结合的方法，抽查7个乡镇中的4个、补贴农户186户，发放问卷320份，回收有效问卷"
                    "304份。评价指标体系由决策、过程、产出、效益4个一级指标和18个三级指标构成，满分100分。"),
          para("h", "三、评价结论"),
          para("p", f"经综合评价，该专项资金绩效评价得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分情况见表2。"),
          para("cap", "表2　一级指标得分情况")]
    t2 = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), r_ in zip(M["sec"], M["srates"]):
        t2.append([n, fnum(w), fnum(sc), q(r_)])
    t2.append(["合计", "100", f2(M["total"]), q(M["total"])])
    s.append(tab(t2, [40, 30, 30, 30]))
    s += [para("h", "四、绩效分析"),
          para("p", f"（一）决策（{fnum(sec['决策'][0])}分，得{fnum(sec['决策'][1])}分）。资金按因素法分配，依据充分；但兴盛乡脱贫人口数"
                    "沿用上年数据，2项绩效指标未细化量化。"),
          para("p", f"（二）过程（{fnum(sec['过程'][0])}分，得{fnum(sec['过程'][1])}分）。资金全部到位，预算执行率{q(M['rate'])}；"
                    "抽查发现1笔12.60万元用于乡镇办公设备购置，属超范围列支。"),
          para("p", f"（三）产出（{fnum(sec['产出'][0])}分，得{fnum(sec['产出'][1])}分）。补贴肉牛养殖户3,268户，冻精改良1.86万头，"
                    "冷凉蔬菜种植2.36万亩，建成苗木繁育基地3个；补贴资金兑付及时率97.2%。"),
          para("p", f"（四）效益（{fnum(sec['效益'][0])}分，得{fnum(sec['效益'][1])}分）。肉牛产业产值增长7.4%，带动脱贫户（监测户）户均"
                    "增收1,620元，受益农户满意度91.8%；合作社与农户利益联结机制不够紧密。"),
          para("h", "五、存在的问题"),
          para("p", "一是分配因素数据更新不及时；二是个别资金超范围列支；三是部分乡镇兑付进度偏慢。"),
          para("h", "六、意见建议"),
          para("p", "建议建立分配因素数据年度更新机制，严格资金使用范围，加快补贴兑付进度。"),
          Spacer(1, 8), para("r", M["agency"]), para("r", "2025年6月12日"), PageBreak(),
          para("pl", "附件"), para("cap", "专项资金绩效评价评分表")]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 5, 3, 4, 6, 7], 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    s.append(tab(data, [14, 17, 34, 10, 22, 24, 12, 41], spans=sp, left=(2, 7)))
    rl_build(path, s, f"{M['project']}绩效评价报告", M["agency"], "Microsoft® Word 2019")


ALL.append(h491())


# ============================================================ h492 乐业县 (HTML: 项目 自评报告（表式）, one table)

def h492():
    dept, unit = "乐业县教育局", "乐业县学生资助管理中心"
    project = "2024年乐业县农村义务教育学生营养改善计划"
    src = [("中央补助资金", 1360.00, 1360.00, 1318.42), ("自治区补助资金", 100.00, 100.00, 96.50),
           ("县级配套资金", 0.00, 60.00, 56.74)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (1460.00, 1520.00, 1471.66), (ini, adj, ex)
    rate, = rates((ex, adj))
    assert rate == 96.82
    srates = rates(*[(x[3], x[2]) for x in src])
    rate_p = 98.62  # PLANT EXECUTION_RATE: 1,471.66 ÷ 1,520.00 = 96.82%, the form prints 98.62% (and scores on it)
    rs_p = r2(rate_p / 10)
    assert rs_p == 9.86 and r2(rate / 10) == 9.68
    prop = "达到目标值得满分，未达到按“实际完成值÷目标值×分值”计分"
    # PLANT MALFORMED_RULE: the middle band 95%≤比率<93% is empty (95 > 93): no rate falls in it
    bad_rule = "≥98%得6分；95%≤比率<93%得3分；93%以下不得分"
    ind = [("产出指标", "数量指标", "受益学生人数", "≥18,600人", "18,640人", 8, 8, "", prop),
           ("产出指标", "数量指标", "供餐学校数", "≥86所", "86所", 7, 7, "", prop),
           ("产出指标", "数量指标", "年供餐天数", "≥200天", "204天", 6, 6, "", prop),
           ("产出指标", "质量指标", "学生营养餐供餐率", "≥98%", "99.2%", 6, 6, "", bad_rule),
           ("产出指标", "质量指标", "学校食堂食品安全量化等级B级以上比例", "≥90%", "94.2%", 6, 6, "", prop),
           ("产出指标", "质量指标", "营养餐膳食标准达标率", "≥95%", "91.2%", 6, P(91.2, 95, 6), "部分教学点缺少专职厨师", prop),
           ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, 5, "", "及时拨付得满分，每延迟1批次扣1分"),
           ("产出指标", "成本指标", "学生营养膳食补助标准", "5元/人·天", "5元/人·天", 6, 6, "", "按国家标准执行得满分"),
           ("效益指标", "社会效益指标", "学生生长迟缓率下降", "≥0.5个百分点", "0.62个百分点", 8, 8, "", prop),
           ("效益指标", "社会效益指标", "学生在校就餐率", "≥95%", "97.4%", 7, 7, "", prop),
           ("效益指标", "社会效益指标", "食品安全责任事故", "0起", "0起", 7, 7, "", "未发生得满分，发生1起不得分"),
           ("效益指标", "可持续影响指标", "营养改善计划长效管理机制", "健全", "基本健全", 6, 4, "村级教学点监管力量薄弱",
            "健全得6分，基本健全得4分，不健全不得分"),
           ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "93.5%", 6, 6, "", prop),
           ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "87.3%", 6, P(87.3, 90, 6), "部分家长反映菜品单一", prop)]
    assert [P(91.2, 95, 6), P(87.3, 90, 6)] == [5.76, 5.82]
    props(ind)
    assert below_no_reason(ind) == [] and s2(ind, 5) == 90
    pupils_p = "18,460"  # PLANT SAME_FIGURE_DIFFERS: 二's prose says 18,460人, the indicator row 18,640人
    total = r2(rs_p + s2(ind, 6))
    true_total = r2(r2(rate / 10) + s2(ind, 6))
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ini, adj, ex, rate_p), [], [fund_row(rate_p, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate_p,
             rs=rs_p, ind=ind, total=total, pupils_p=pupils_p, bad_rule=bad_rule)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate_p)} | 执行率×10 | 10 | {f2(rs_p)}", q(rate_p),
             q(rate), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate)}, printed {q(rate_p)}; the line's 得分 {f2(rs_p)} follows the printed "
             f"rate by its 执行率×10 (the true rate gives {f2(r2(rate / 10))}) and the 总分 adds it; 四 repeats "
             f"{q(rate_p)}: one slip, one finding"),
           F("MALFORMED_RULE", "学生营养餐供餐率（评分标准）", f"学生营养餐供餐率 | ≥98% | 99.2% | {bad_rule} | 6 | 6",
             "95%≤比率<93%得3分", "an empty band (95% is above 93%): e.g. 93%≤比率<98%得3分 was meant", "MEDIUM", "WARNING",
             "the middle band of the printed 评分标准 cannot hold any rate (95 ≤ x < 93 is empty), so a rate between 93% and "
             "98% has no score under the rule as written; the row itself (99.2% → 6) is right under any reading — MEDIUM "
             "because the intended band is not printed"),
           F("SAME_FIGURE_DIFFERS", "受益学生人数（二、绩效目标完成情况）",
             f"二、…惠及农村义务教育阶段学生{pupils_p}人…; 受益学生人数 | ≥18,600人 | 18,640人 | 8 | 8", pupils_p, "18,640",
             "HIGH", "WARNING",
             "the report's own prose gives 18,460 pupils, the indicator row 18,640 (full marks against ≥18,600); with "
             "18,460 the row would miss its target (8 × 18,460 ÷ 18,600 = 7.94)")]
    traps = ["the report is a 表式 自评报告: every section (一 … 六) is a row of ONE bordered table with its prose in a merged "
             "cell; the indicator grid sits inside that table under 三、绩效指标完成情况 — one report, not several tables",
             f"fund block: 年初 1,360.00 + 100.00 + 0.00 = 1,460.00; 全年 1,360.00 + 100.00 + 60.00 = 1,520.00; 执行 "
             f"1,318.42 + 96.50 + 56.74 = 1,471.66; sources' {', '.join(q(x) for x in srates)} right; the 县级配套 line's "
             "年初 0.00 is a source added in the year (no rate over a zero base is printed); none over its line",
             "营养餐膳食标准达标率 6 × 91.2 ÷ 95 = 5.76 and 家长满意度 6 × 87.3 ÷ 90 = 5.82 (the rows' proportion rule; the "
             "reasons are in 五); 营养改善计划长效管理机制 基本健全 → 4 (its own 评分标准)",
             "供餐学校数 86 vs ≥86所 (met exactly); 学生营养膳食补助标准 5元/人·天 (a per-pupil standard met, not a budget "
             "figure); 学生生长迟缓率下降 0.62个百分点 vs ≥0.5 (a reduction, met); 食品安全责任事故 0起 (met)",
             f"总分 {f2(total)} = the fund line as printed + the 14 rows; 分值 10 + 90 = 100; 优 (also with 9.68)"]
    return {"stem": "h492_leye_jiaoyu", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html492(M)}


def html492(M):
    d = M["dept"]
    C = 9
    data = [["项目名称", M["project"]] + [""] * 7,
            ["主管部门", d, "", "", "", "实施单位", M["unit"], "", ""],
            ["项目负责人", "黄振宁", "", "", "", "联系电话", "0776-7922418", "", ""],
            ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "评分标准", "分值", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"]), "执行率×10", "10", f2(M["rs"])]]
    sp = [(1, 0, 8, 0), (1, 1, 4, 1), (6, 1, 8, 1), (1, 2, 4, 2), (6, 2, 8, 2)]
    for (n, a, b, c), sr in zip(M["src"], M["srates"]):
        data.append(["", ("其中：" if n == M["src"][0][0] else "") + n, mc(a), mc(b), mc(c), q(sr), "—", "—", "—"])
    sp.append((0, 3, 0, len(data) - 1))

    def prose(label, text):
        data.append([label, text] + [""] * 7)
        sp.append((1, len(data) - 1, 8, len(data) - 1))
    prose("一、项目基本情况", "根据国家农村义务教育学生营养改善计划要求，我县对全县农村义务教育阶段学校学生按每生每天5元标准提供营养膳食补助，"
                         "采取学校食堂供餐模式。项目由县教育局主管、县学生资助管理中心具体实施。")
    prose("二、绩效目标完成情况", f"2024年全县86所农村义务教育学校全部实施营养改善计划，惠及农村义务教育阶段学生{M['pupils_p']}人，全年供餐204天，"
                           "学生营养餐供餐率99.2%，学生在校就餐率97.4%，全年未发生食品安全责任事故，学生生长迟缓率下降0.62个百分点。")
    h_ = len(data)
    data.append(["三、绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分标准", "分值", "得分"])
    base = len(data)
    for x in M["ind"]:
        data.append(["", x[0], x[1], x[2], x[3], x[4], x[8], fnum(x[5]), fnum(x[6])])
    for col in (0, 1):
        for a, b in runs(M["ind"], col):
            if b > a:
                sp.append((col + 1, base + a, col + 1, base + b))
                for k in range(a + 1, b + 1):
                    data[base + k][col + 1] = ""
    data.append(["", "总分", "", "", "", "", "", "100", f2(M["total"])])
    sp.append((1, len(data) - 1, 6, len(data) - 1))
    sp.append((0, h_, 0, len(data) - 1))
    prose("四、自评结论", f"经自评，本项目预算执行率{q(M['rate'])}，年度资金总额得分{f2(M['rs'])}分，总分{f2(M['total'])}分，"
                       f"自评等级为“优”（{BANDS77}）。")
    prose("五、存在的问题及原因", "一是营养餐膳食标准达标率91.2%，未达到95%的目标，主要原因是部分教学点缺少专职厨师；二是家长满意度87.3%，"
                            "部分家长反映菜品单一；三是村级教学点监管力量薄弱，长效管理机制尚需完善。")
    prose("六、改进措施", "加强食堂从业人员培训，推行带量食谱，丰富菜品种类；完善县、乡、校三级监管机制，强化村级教学点日常检查。")
    t = html_table(data, sp, "t", 0, left=(1,))
    t = t.replace("<td>一级指标</td>", "<th>一级指标</th>")
    css = ("body{font-family:SimSun,'Microsoft YaHei',serif;font-size:14px;color:#222;margin:0;background:#eef2f6}"
           ".top{background:#0b5aa2;color:#fff;padding:14px 24px;font-size:22px}.nav{padding:6px 24px;font-size:12px}"
           ".main{width:1020px;margin:0 auto;background:#fff;padding:18px 30px}.info{color:#666;font-size:12px;"
           "text-align:center;border-bottom:1px solid #ddd;padding-bottom:6px}h1{text-align:center;font-size:21px}"
           "p{line-height:1.9;margin:6px 0}.r{text-align:right}.c{text-align:center}"
           "table.t{border-collapse:collapse;width:100%;font-size:12.5px}table.t td,table.t th{border:1px solid #333;"
           "padding:4px 5px;text-align:center}table.t td.l{text-align:left}.foot{text-align:center;font-size:12px;"
           "color:#666;padding:14px}")
    body = f"""<div class="top">乐业县人民政府门户网站</div>
<div class="nav">当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县教育局 &gt; 财政资金</div>
<div class="main">
<h1>{E(M['project'])}绩效自评报告</h1>
<div class="info">发布日期：2025-04-28　　来源：{E(d)}　　浏览次数：52　　【字体：大 中 小】</div>
<p class="c"><b>项目支出绩效自评报告（表式）</b></p>
<p class="c">（2024年度）</p>
<p>填报单位（盖章）：{E(d)}<span style="float:right">金额单位：万元</span></p>
{t}
<p>填报人：罗美玲　　审核人：黄振宁　　填报日期：2025年4月25日</p>
<p class="c"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></p>
</div>
<div class="foot">主办：乐业县人民政府办公室　网站标识码：4510280012　桂ICP备13001862号-3　桂公网安备45102802000118号</div>"""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{E(M["project"])}绩效自评报告'
            f'_乐业县人民政府门户网站</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')


ALL.append(h492())


# ============================================================ h493 宁化县 (DOCX: 部门整体 自评报告, 部门职责—工作活动 framework)

def h493():
    dept = "宁化县民政局"
    parts = [("基本支出", 860.00, 892.40, 846.12), ("项目支出", 1640.00, 2186.50, 2203.38)]
    # PLANT SPENDING_OVER_BUDGET: 项目支出 2,203.38 over its 全年预算 2,186.50 (100.77%, printed right)
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (2500.00, 3078.90, 3049.50), (ini, adj, ex)
    rate, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate == 99.05 and prates == [94.81, 100.77], (rate, prates)
    ys = r2(6 * rate / 100)
    assert ys == 5.94
    jy = r2(100 - rate)
    J1, J2, J3 = "职责一：社会救助", "职责二：养老服务", "职责三：社会事务"
    # (职责, 工作活动, 指标类型, 指标名称, 指标值, 完成值, 分值, 得分, 偏差原因)
    duty = [(J1, "活动1：最低生活保障", "产出指标", "城乡低保对象保障人数", "≥6,800人", "6,912人", 6, 6, ""),
            (J1, "活动1：最低生活保障", "产出指标", "低保金按时足额发放率", "100%", "100%", 5, 5, ""),
            (J1, "活动1：最低生活保障", "效益指标", "低保对象动态管理应保尽保率", "100%", "100%", 5, 5, ""),
            (J1, "活动2：特困人员供养", "产出指标", "特困人员集中供养率", "≥40%", "42.6%", 5, 5, ""),
            (J1, "活动2：特困人员供养", "效益指标", "特困人员生活照料服务满意度", "≥90%", "88.8%", 5, P(88.8, 90, 5),
             "部分分散供养人员照料服务频次不足，按比例计分"),
            # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 五（二） says the centre is not yet in operation; the row keeps 6 of 6
            (J2, "活动3：养老服务设施建设", "产出指标", "区域性养老服务中心建成运营", "1个", "1个", 6, 6, ""),
            (J2, "活动3：养老服务设施建设", "产出指标", "农村幸福院改造提升", "≥12所", "12所", 5, 5, ""),
            (J2, "活动4：高龄津贴发放", "产出指标", "高龄津贴发放人数", "≥9,200人", "9,236人", 5, 5, ""),
            (J2, "活动4：高龄津贴发放", "效益指标", "老年人获得感满意度", "≥90%", "91.4%", 5, 5, ""),
            (J3, "活动5：婚姻登记和殡葬服务", "产出指标", "婚姻登记合格率", "100%", "100%", 5, 5, ""),
            (J3, "活动5：婚姻登记和殡葬服务", "效益指标", "遗体火化率", "≥80%", "76.8%", 5, P(76.8, 80, 5),
             "偏远乡镇群众土葬习俗尚未完全转变，按比例计分"),
            (J3, "活动6：社会组织管理", "产出指标", "社会组织年检率", "≥85%", "87.2%", 5, 5, ""),
            (J3, "活动6：社会组织管理", "效益指标", "社会组织规范化建设评估覆盖率", "≥30%", "26.4%", 6, P(26.4, 30, 6),
             "第三方评估机构进场推迟，按比例计分")]
    mgmt = [("部门管理", "预算管理", "预算执行率", "100%", q(rate), 6, ys, "得分＝预算执行率×分值"),
            ("部门管理", "预算管理", "结转结余率", "≤5%", q(jy), 4, 4, ""),
            ("部门管理", "预算管理", "“三公”经费控制率", "≤100%", "84.6%", 4, 4, ""),
            ("部门管理", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
            ("部门管理", "财务管理", "管理制度健全性", "健全", "健全", 4, 4, ""),
            ("部门管理", "资产管理", "资产管理规范性", "规范", "1项资产未及时登记", 4, 3, "1台公务用车处置后未及时核销，扣1分"),
            ("部门管理", "信息公开", "预决算信息公开", "按时公开", "按时公开", 3, 3, "")]
    assert [P(88.8, 90, 5), P(76.8, 80, 5), P(26.4, 30, 6)] == [4.93, 4.8, 5.28]
    as_ind = [(x[2], None, x[3], x[4], x[5], x[6], x[7], x[8]) for x in duty] + mgmt
    props(as_ind)
    assert below_no_reason(as_ind) == []
    w1, w2 = s2(as_ind[:len(duty)], 5), s2(mgmt, 5)
    assert (w1, w2) == (68, 30), (w1, w2)  # PLANT WEIGHTS_VS_FULL_MARK: 附表1 68 (说明: 70), the 合计 prints 100
    total = s2(as_ind, 6)
    assert grade(total) == "优", total
    rows = grows(as_ind)
    for r_, x in zip(rows, duty):
        r_["goal"] = x[0]
        r_["level2"] = None
    g = gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [], rows)
    M = dict(dept=dept, parts=parts, prates=prates, ini=ini, adj=adj, ex=ex, rate=rate, jy=jy, duty=duty, mgmt=mgmt,
             total=total, w1=w1)
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | 1,640.00 | 2,186.50 | 2,203.38 | {q(prates[1])}",
             "2,203.38", "≤ 2,186.50", "HIGH", "WARNING",
             f"表1's 项目支出 spends 2,203.38 of a 全年预算 of 2,186.50 ({q(prates[1])}, printed right; 16.88 over) with no "
             "调剂 stated; the whole (99.05%) and the 基本支出 are under"),
           F("WEIGHTS_VS_FULL_MARK", "合计（分值）",
             f"附表1 …（分值合计 {fnum(w1)}）; 附表2 …（30）; 合计 | 100 | {f2(total)}; 说明：履职绩效指标70分、部门管理指标30分",
             "100", "98", "HIGH", "ERROR",
             f"附表1's 13 rows carry {fnum(w1)} points (the 说明 says 70) and 附表2's 7 rows 30: 98 in all, the 合计 "
             "prints 100; the 得分 合计 is the rows' sum"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "区域性养老服务中心建成运营",
             "五（二）…县区域性养老服务中心主体工程已完工，因消防验收未通过，至年底尚未投入运营…; 区域性养老服务中心建成运营 | 1个 | "
             "1个 | 6 | 6", "6", "< 6", "HIGH", "WARNING",
             "the report's own prose says the centre was not in operation by the year end, the row reports 1个 建成运营 and "
             "keeps 6 of 6 with no 偏差原因")]
    traps = ["the report follows the 部门职责—工作活动 framework: 附表1 groups the 履职 indicators by 部门职责 (职责一 … 职责三) "
             "and 工作活动 (活动1 … 活动6): these are groupings, not indicators and not scores; 指标类型 (产出指标 / 效益指标) is "
             "the row's 一级; 附表2's 部门管理 indicators have no 职责",
             f"表1: 860.00 + 1,640.00 = 2,500.00; 892.40 + 2,186.50 = 3,078.90; 846.12 + 2,203.38 = 3,049.50; "
             f"{q(rate)}, 基本 {q(prates[0])} right; 年初 < 全年 (追加)",
             f"预算执行率 6 × {q(rate)} = {f2(ys)} (the row's rule); 结转结余率 {q(jy)} = 100% − {q(rate)} vs ≤5%",
             "特困人员生活照料服务满意度 5 × 88.8 ÷ 90 = 4.93, 遗体火化率 5 × 76.8 ÷ 80 = 4.80 and 社会组织规范化建设评估覆盖率 "
             "6 × 26.4 ÷ 30 = 5.28 (proportion, with reasons); 资产管理规范性 −1 with a reason",
             "农村幸福院改造提升 12 vs ≥12所 (met exactly); “三公”经费控制率 84.6% vs ≤100% (a ceiling, met); the prose's "
             "低保 figures (6,912人) and 高龄津贴 (9,236人) agree with 附表1",
             f"合计 得分 {f2(total)} = the 20 rows; 优"]
    return {"stem": "h493_ninghua_minzheng", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write493}


def write493(rep, path):
    M = rep["meta"]
    d, par = docx_base("部门整体支出绩效自评报告", "邱燕", datetime.datetime(2025, 4, 15, 9, 0, 0),
                       datetime.datetime(2025, 4, 26, 10, 45, 0))
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    par(f"{M['dept']}2024年度部门整体支出绩效自评报告", 18, True, "c")
    par("一、部门基本情况", 14, True)
    par(f"{M['dept']}内设办公室、社会救助股、养老服务股、社会事务股等6个股室，下属县社会福利中心、县殡仪馆等4个事业单位。"
        "按照县委、县政府确定的职能，我局承担社会救助、养老服务、社会事务三项主要职责。", indent=True)
    par("二、部门预算及执行情况", 14, True)
    par(f"2024年年初预算{mc(M['ini'])}万元，全年预算调整为{mc(M['adj'])}万元，全年支出{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"
        f"其中基本支出全年预算{mc(ab)}万元，支出{mc(eb)}万元；项目支出全年预算{mc(ap)}万元，支出{mc(ep)}万元（见表1）。", indent=True)
    par("表1　2024年度预算执行情况（单位：万元）", 11, True, "c")
    data = [["项目", "年初预算数", "全年预算数", "全年支出数", "执行率"],
            ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
            ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]]
    docx_table(d, data, [], [34, 34, 34, 34, 30], 10, bold_rows=(0,))
    par("三、部门整体绩效目标设定情况", 14, True)
    par("根据县财政局部门整体绩效管理要求，我局按“部门职责—工作活动—绩效指标”的框架设定部门整体绩效目标：将三项主要职责分解为"
        "最低生活保障、特困人员供养、养老服务设施建设、高龄津贴发放、婚姻登记和殡葬服务、社会组织管理6项工作活动，每项活动设置产出和效益指标"
        "（履职绩效指标，70分）；另设部门管理指标（30分），满分100分。", indent=True)
    par("四、绩效自评结论", 14, True)
    par(f"经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”（{BANDS77}）。各项指标完成情况见附表1、附表2。",
        indent=True)
    par("五、各项职责履职情况", 14, True)
    par("（一）社会救助。全年保障城乡低保对象6,912人，低保金按时足额发放；特困人员集中供养率42.6%，分散供养人员照料服务满意度88.8%，"
        "部分分散供养人员照料服务频次不足。", indent=True)
    par("（二）养老服务。完成12所农村幸福院改造提升，发放高龄津贴9,236人；县区域性养老服务中心主体工程已完工，因消防验收未通过，至年底"
        "尚未投入运营，计划2025年二季度开业。", indent=True)
    par("（三）社会事务。婚姻登记合格率100%，遗体火化率76.8%；社会组织年检率87.2%，规范化建设评估覆盖率26.4%。", indent=True)
    par("六、存在的问题及改进措施", 14, True)
    par("一是项目支出预算调整不够及时；二是养老服务设施建设进度管控不足；三是殡葬改革推进不平衡。下一步将加强预算执行监控，"
        "督促养老服务中心尽快通过验收投用，深化殡葬移风易俗。", indent=True)
    par(M["dept"], 12, False, "r")
    par("2025年4月26日", 12, False, "r")
    from docx.enum.text import WD_BREAK
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    par("附表1", 12, True)
    par("履职绩效指标完成情况表", 14, True, "c")
    data = [["部门职责", "工作活动", "指标类型", "指标名称", "指标值", "完成值", "分值", "得分", "偏差原因"]]
    rows_, sp = ind_grid(M["duty"], [0, 1, 2, 3, 4, 5, 6, 7, 8], 1)
    data += rows_
    docx_table(d, data, sp, [22, 22, 13, 30, 16, 16, 9, 10, 36], 8, left=(0, 1, 3, 8), bold_rows=(0,))
    par("附表2", 12, True)
    par("部门管理指标完成情况表", 14, True, "c")
    data = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因"]]
    rows_, sp = ind_grid(M["mgmt"], [0, 1, 2, 3, 4, 5, 6, 7], 1)
    data += rows_
    data.append(["合计（附表1＋附表2）", "", "", "", "", "100", f2(M["total"]), "自评等级：优"])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    docx_table(d, data, sp, [18, 18, 30, 18, 22, 10, 12, 46], 8, left=(2, 7), bold_rows=(0, len(data) - 1))
    par("说明：1.履职绩效指标70分、部门管理指标30分，满分100分；2.定量指标未达到指标值的按“完成值÷指标值×分值”计分；"
        "3.定性指标根据完成情况酌情扣分并说明原因。", 10)
    par("填表人：邱燕　　联系电话：0598-6822153", 11)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h493())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "87")


if __name__ == "__main__":
    main(sys.argv[1:])
