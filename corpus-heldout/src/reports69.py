#!/usr/bin/python3
"""Round 69 (h399–h403): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus69 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports69.py [h399 …]
(reportlab, pikepdf, python-docx, openpyxl; the EPUB, the OLE compound files and the macro-enabled packages are
written by hand:
h399 a 部门整体 self-evaluation REPORT as an ENCRYPTED PDF, as portals publish to stop copying (“禁止复制”): the
standard security handler, RC4 128-bit (V 2, R 3), an OWNER password only (the user password empty, so any reader
opens it), permissions denying copy, modify and print; the text and ruled tables otherwise ordinary;
h400 a third-party 项目 绩效评价报告 as a LINEARIZED PDF (“Fast Web View”, as a CMS's optimiser saves for byte serving):
the linearization dictionary first, the first-page cross-reference section at the head of the file, a hint stream,
the first page's objects before the rest; a landscape 评分表 with a 评分标准 column;
h401 an EPUB 3 e-book, a county finance bureau's 项目支出绩效自评报告汇编 holding THREE project reports, each its own
XHTML chapter (项目名称, 主管部门, 实施单位, fund block, 年度总体目标, indicator table, 总分), with a preface whose
summary table lists the three totals: mimetype first and stored, META-INF/container.xml, an OPF with manifest and
spine, nav.xhtml and an EPUB 2 toc.ncx;
h402 a 项目 form as a MACRO-ENABLED Word document (.docm: the main part typed
application/vnd.ms-word.document.macroEnabled.main+xml, word/vbaProject.bin — a small OLE compound file holding a VBA
project whose module NewMacros has the template's Sub 校验 — with its relationship and word/vbaData.xml), the
finance bureau's fill-in template saved once filled in; a 对应目标 column and a 计量单位 column;
h403 a 部门整体 form as a MACRO-ENABLED workbook (.xlsm: application/vnd.ms-excel.sheet.macroEnabled.main+xml,
xl/vbaProject.bin, codeNames): the report on the visible sheet 自评表, a VERY HIDDEN sheet 代码表 of code lists
(一级 / 二级 names, 评价等级 bands, 是 / 否) that the 一级 cells' data validation points to — not a report.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import io
import os
import re
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import Sheet, ind_rows, no_half, missed_ok, secs_of, mc, q, f2, esc  # noqa: E402

ALL = []
ZDATE = (2025, 4, 28, 9, 0, 0)


def zwrite(path, entries, stored=()):
    """a zip written entry by entry in the given order with a fixed date (deflated, the names in `stored` stored)"""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZDATE)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


# ============================================================ reportlab behind reports66's Sheet

class RlKit:
    def width(self, s, size):
        from reportlab.pdfbase import pdfmetrics
        return pdfmetrics.stringWidth(s, "STSong-Light", size)


class RlCanvas:
    """reports66's Sheet draws through setFont / drawString / setLineWidth / rect / showPage and measures with kit.width:
    here they go to a reportlab canvas in STSong-Light (UniGB-UCS2-H, not embedded)"""

    def __init__(self, c):
        self.c, self.kit = c, RlKit()

    def setFont(self, _name, size):
        self.c.setFont("STSong-Light", size)

    def drawString(self, x, y, s):
        self.c.drawString(x, y, s)

    def setLineWidth(self, w):
        self.c.setLineWidth(w)

    def rect(self, x, y, w, h, stroke=1, fill=0):
        self.c.rect(x, y, w, h, stroke=stroke, fill=fill)

    def showPage(self):
        self.c.showPage()


def rl_canvas(buf, title, author, creator, producer, pagesize=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas as rlcanvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = rlcanvas.Canvas(buf, pagesize=pagesize or A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    c.setProducer(producer)
    return c


# ============================================================ h399 高台县卫生健康局 (ENCRYPTED PDF: owner password only, 禁止复制)

OWNER399 = "GTWJ#2025jxzp"


def h399():
    dept = "高台县卫生健康局"
    ib, ip = 2846.30, 1512.70
    ab, ap = 2918.64, 2436.52
    eb = 2957.31  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 2,957.31 over its 全年预算数 2,918.64 (表1 and 二's text)
    ep = 2239.45
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (4359.00, 5355.16, 5196.76, 97.04, 101.32, 91.91), (ia, aa, ea, rate, rb, rp)
    assert eb > ab and ep < ap and ea < aa
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    ind = [("预算执行", "预算执行", "预算执行率", "≥95%", q(rate), 10, 10, ""),
           ("产出指标", "数量指标", "家庭医生签约服务人数", "≥5.2万人", "5.46万人", 6, 6, ""),
           ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种人次", "≥3.6万人次", "3.72万人次", 5, 5, ""),
           ("产出指标", "数量指标", "村卫生室标准化建设", "≥12个", "12个", 5, 5, ""),
           ("产出指标", "数量指标", "乡村医生业务培训", "≥300人次", "276人次", 5, P(276, 300, 5),
            "部分村医参加县级轮训，计划外培训未统计；按完成比例计分"),
           ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "67.3%", 6, 6, ""),
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "93.5%", 6, 6, ""),
           ("产出指标", "质量指标", "法定传染病报告及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "基本公共卫生服务补助资金拨付及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元", "94元", 6, 6, ""),
           ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "29.4%", 6, 6, ""),
           ("效益指标", "社会效益指标", "重大传染病疫情暴发流行", "0起", "0起", 6, 6, ""),
           ("效益指标", "社会效益指标", "县域内住院就诊率", "≥90%", "86.7%", 6, P(86.7, 90, 6),
            "部分重症患者转诊至市级医院；按完成比例计分"),
           ("效益指标", "社会效益指标", "居民人均预期寿命", "≥77岁", "77.3岁", 6, 6, ""),
           ("效益指标", "可持续影响指标", "基层卫生健康服务长效机制", "健全", "基本健全", 6, 5,
            "县域医共体绩效考核办法尚待完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "92.6%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "83.2%", 5, P(83.2, 85, 5),
            "基层医务人员对绩效工资分配有意见；按完成比例计分")]
    for a, t, w in ((276, 300, 5), (86.7, 90, 6), (83.2, 85, 5)):
        no_half(a / t * w, (a, t))
    assert len(ind) == 17 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind)] == [("乡村医生业务培训", 4.6, 4.6), ("县域内住院就诊率", 5.78, 5.78),
                                               ("基层医务人员满意度", 4.89, 4.89)], missed_ok(ind)
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    rsecs = secs_of(ind, names)
    assert rsecs == [("预算执行", 10, 10), ("产出指标", 50, 49.6), ("效益指标", 30, 28.78), ("满意度指标", 10, 9.89)], rsecs
    # PLANT SECTION_VS_ROWS: 表2 prints 产出指标 49.06 (its 得分率 98.12% follows the printed 49.06); the rows add to 49.60
    secs = [(n, w, 49.06 if n == "产出指标" else s_) for n, w, s_ in rsecs]
    srates = [q(pct(s_, w)) for n, w, s_ in secs]
    # PLANT SCORE_RATE: 表2's 效益指标 得分率 printed 95.39%; 28.78 ÷ 30 = 95.93%
    assert srates == ["100.00%", "98.12%", "95.93%", "98.90%"], srates
    srates[2] = "95.39%"
    no_half(28.78 / 30 * 100, "效益 rate")
    total = s2(ind, 6)
    assert total == 98.27 and grade(total) == "优" and r2(sum(s_ for _, _, s_ in secs)) == 97.73, total
    g = gold(None, dept, 2024, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, secs=secs, srates=srates,
                total=total)
    fnd = [F("SCORE_RATE", "效益指标 得分率",
             "表2 | 效益指标 | 30 | 28.78 | 95.39%", "95.39%", "95.93%", "HIGH", "ERROR",
             "表2's 得分率 is 得分 ÷ 分值: 28.78 ÷ 30 = 95.93%, printed 95.39% (digits transposed); the 得分 28.78 itself "
             "equals the five 效益指标 rows, and the other rates (100.00%, 98.12% on the printed 49.06, 98.90%, 合计 "
             "98.27%) follow the scores printed beside them; no score depends on the rate"),
           F("SECTION_VS_ROWS", "产出指标",
             "表2 | 产出指标 | 50 | 49.06 | 98.12%", "49.06", "49.60", "HIGH", "ERROR",
             "the nine 产出指标 rows of the 附件 score 6 + 5 + 5 + 4.6 + 6 + 6 + 5 + 6 + 6 = 49.60 (only 乡村医生业务培训 "
             "loses 0.4); 表2 prints 49.06 (digits transposed) and its 得分率 98.12% follows the wrong figure; 表2's 合计 "
             f"{f2(total)} and 四's text add the rows, not 表2's column (10 + 49.06 + 28.78 + 9.89 = 97.73): one finding"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"表1 | 基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {q(rb)}", mc(eb), f"≤ {mc(ab)}", "HIGH", "WARNING",
             f"基本支出 spent {mc(eb)} against a 全年预算数 of {mc(ab)} ({q(rb)}, {mc(r2(eb - ab))} over); 二's text repeats "
             f"the figures and gives no reason (no 调整 or 追加 of 基本支出 is mentioned); 项目支出 ({q(rp)}) and the whole "
             f"({q(rate)}) are under budget, so the 预算执行率 row's full 10 stands")]
    return {"stem": "h399_gaotai_weijian", "format": "pdf", "draw": draw399, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF is ENCRYPTED with the standard security handler, RC4 128-bit (V 2, R 3): an OWNER password "
                      "only — the user password is empty, so any reader opens and shows it without asking; the "
                      "permissions deny copying, modifying and printing (accessibility extraction allowed), as a portal "
                      "sets “禁止复制”; the strings and streams are encrypted in the file, the content otherwise an "
                      "ordinary text PDF (STSong-Light, ruled tables)",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 合计 {q(rate)}, 基本 {q(rb)} "
                      f"(over 100%: the finding, arithmetically right) and 项目 {q(rp)} right; 年初 < 全年 (追加)",
                      "three rows below target scored by the proportion rule with reasons: 乡村医生业务培训 5 × 276 ÷ 300 = 4.6, "
                      "县域内住院就诊率 6 × 86.7 ÷ 90 = 5.78, 基层医务人员满意度 5 × 83.2 ÷ 85 = 4.894 → 4.89; 长效机制 −1 with a "
                      "reason (judgement); 村卫生室标准化建设 12 vs ≥12个 and 人均基本公共卫生服务经费补助标准 94 vs ≥94元 (met "
                      "exactly; a standard per head, not a budget figure); 重大传染病疫情 0 vs 0起",
                      "表2: 预算执行 10 / 100.00%, 满意度指标 9.89 / 98.90% and 效益指标's 28.78 equal the rows; 产出指标's "
                      "98.12% follows its printed 49.06 (part of the SECTION_VS_ROWS, not a SCORE_RATE); 合计 "
                      f"{f2(total)} / {f2(total)}% = the 17 rows = 四's text; 分值 100; 优"]}


def draw399(rep, path):
    import pikepdf
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    buf = io.BytesIO()
    c = rl_canvas(buf, f"{M['dept']}2024年度部门整体支出绩效自评报告", "高台县卫生健康局", "Microsoft® Word 2019",
                  "Microsoft® Word 2019")
    W, Hh = A4
    rc = RlCanvas(c)
    s = Sheet(rc, W, Hh, x0=64.0)
    npages = 3

    def foot(n):
        s.txt(W / 2, 38, f"— {n} —", 9, "c")
        c.showPage()
        s.y = Hh - 70

    def head(t):
        s.y -= 4
        s.txt(64, s.y, t, 12)
        s.y -= 22
    s.y = Hh - 76
    s.txt(W / 2, s.y, f"{M['dept']}", 16, "c")
    s.y -= 26
    s.txt(W / 2, s.y, "2024年度部门整体支出绩效自评报告", 16, "c")
    s.y -= 34
    head("一、部门基本情况")
    s.para("高台县卫生健康局是县人民政府工作部门，内设办公室、医政医管股、疾病预防控制股、基层卫生健康股、人口监测与家庭发展股等"
           "7个股室，所属县人民医院、县中医医院、县疾病预防控制中心、县妇幼保健院及9个乡镇卫生院。主要职责是统筹推进全县医疗卫生"
           "服务体系建设，组织实施基本公共卫生服务、疾病预防控制、妇幼健康和基层卫生健康工作。")
    head("二、部门预算执行情况")
    s.para(f"2024年度本部门年初预算{mc(ia)}万元，年中追加预算后全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出"
           f"{mc(ap)}万元；全年执行{mc(ea)}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，预算执行率{q(rate)}（见表1）。"
           "项目支出未执行部分主要是县人民医院医疗设备购置项目尚未完成验收结算。")
    s.y -= 2
    s.txt(W / 2, s.y, "表1　2024年度部门预算执行情况（单位：万元）", 10, "c")
    s.y -= 12
    s.grid([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(ia), mc(aa), mc(ea), q(rate)],
            ["基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(rp)]],
           (95.28, 88, 88, 88, 108), aligns="lrrrr", head_rows=(0,), size=9.5)
    head("三、绩效目标完成情况")
    s.para("（一）产出情况。全年家庭医生签约服务5.46万人，适龄儿童免疫规划疫苗接种3.72万人次，完成12个村卫生室标准化建设，开展"
           "乡村医生业务培训276人次；高血压患者规范管理率67.3%，孕产妇系统管理率93.5%，法定传染病报告及时率100%，基本公共卫生"
           "服务补助资金按时拨付，人均补助标准94元。")
    s.para("（二）效益情况。居民健康素养水平达到29.4%，全年未发生重大传染病疫情暴发流行，县域内住院就诊率86.7%，居民人均预期"
           "寿命77.3岁；群众就医满意度92.6%，基层医务人员满意度83.2%。")
    foot(1)
    head("四、自评结论")
    s.para(f"根据部门整体支出绩效自评指标体系，本部门2024年度自评得分{f2(M['total'])}分，自评等级为“优”。各一级指标得分情况"
           "见表2，指标明细见附件。评分等级：" + BANDS)
    s.y -= 2
    s.txt(W / 2, s.y, "表2　一级指标得分情况", 10, "c")
    s.y -= 12
    rows = [["一级指标", "分值", "得分", "得分率"]]
    rows += [[n, fmt(w), f2(s_), r] for (n, w, s_), r in zip(M["secs"], M["srates"])]
    rows.append(["合计", "100", f2(M["total"]), q(M["total"])])
    s.grid(rows, (167.28, 100, 100, 100), aligns="lccc", head_rows=(0,), size=9.5)
    head("五、存在问题及改进措施")
    s.para("一是乡村医生培训和县域内就诊率未完成年度目标，基层服务能力仍需提升；二是医共体绩效考核等长效机制有待健全；三是部分"
           "项目资金执行进度偏慢。下一步将加强预算执行管理，完善基层卫生人才培养机制，推进紧密型县域医共体建设。")
    s.y -= 24
    s.txt(W - 64, s.y, f"{M['dept']}", 11, "r")
    s.y -= 20
    s.txt(W - 64, s.y, "2025年4月18日", 11, "r")
    foot(2)
    s.txt(64, s.y, "附件", 12)
    s.y -= 24
    s.txt(W / 2, s.y, f"{M['dept']}2024年度部门整体支出绩效自评表", 13, "c")
    s.y -= 20
    ind = M["ind"]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    merges = []
    for x in ind:
        rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    ind_rows(ind, merges, 1)
    merges.append((len(rows), 0, len(rows), 4))
    rows.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
    s.grid(rows, (44, 50, 92, 52, 52, 28, 30, 119.28), merges, size=8, aligns="cclccccl",
           head_rows=(0,), lead=10)
    s.para("说明：1.预算执行率≥95%得满分，每低1个百分点扣1分；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
           "分值”计分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS, 8.5, indent=False, lead=13)
    foot(3)
    assert npages == 3
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    pdf.save(path, static_id=True, encryption=pikepdf.Encryption(
        owner=OWNER399, user="", R=3, aes=False, metadata=False,
        allow=pikepdf.Permissions(accessibility=True, extract=False, modify_annotation=False, modify_assembly=False,
                                  modify_form=False, modify_other=False, print_lowres=False, print_highres=False)))


ALL.append(h399())



# ============================================================ h400 浦城县 农村供水 (LINEARIZED PDF, third-party 评价报告)

def h400():
    dept, unit = "浦城县水利局", "浦城县农村供水服务中心"
    project = "2024年浦城县农村供水保障工程项目"
    evaluator = "福建武夷明信会计师事务所有限公司"
    src = [("中央财政水利发展资金", 1150.00, 1150.00, 1001.38), ("省级农村供水专项资金", 420.00, 460.00, 352.65),
           ("县级配套资金", 280.00, 280.00, 201.30)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate, srates) == (1850.00, 1890.00, 1555.33, 82.29, [87.08, 76.66, 71.89]), \
        (ia, aa, ea, rate, srates)
    for x in src:
        no_half(x[3] / x[2] * 100, x[0])
    no_half(ea / aa * 5, "预算执行率 score")
    prop = "完成率×分值"
    lin = "达到目标值得满分；未达到的按“实际值÷目标值×分值”计分"
    band_yz = "≥95%得满分；90%（含）—95%得4分；90%以下不得分"
    # PLANT MALFORMED_RULE: 供水水质检测合格率 分值 6, its 评分标准's top band pays 7
    band_sz = "≥95%得7分；90%（含）—95%得5分；90%以下不得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分原因, 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "",
            "立项符合国家、省、市农村供水政策和县域发展规划，与部门职责相符的得满分；每有一项不符扣1分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "基本规范", 3, 2, "6处村级供水点未履行可研审批程序，扣1分",
            "按规定程序申请设立，审批文件、可行性研究等资料齐全的得满分；否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "部分合理", 3, 2, "受益人口目标与工程覆盖范围不匹配，扣1分",
            "绩效目标与项目内容、资金量相匹配的得满分；否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "3项指标未量化", 3, 1.5, "3项指标未细化量化，扣1.5分",
            "绩效指标细化、量化、可衡量的得满分；每有一项未量化扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "基本科学", 3, 2, "县级配套资金测算依据不足，扣1分",
            "预算经过科学论证、测算依据充分的得满分；否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "资金到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, r2(ea / aa * 5), "部分工程未完工结算，资金未支付",
            "预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "3项不合规", 4, 1, "3笔工程款支付依据不全，扣3分",
            "资金使用符合财经制度规定的得满分；每发现一项不合规扣1分，扣完为止"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "",
            "项目管理、资金管理等制度健全的得满分；否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "部分有效", 4, 1.5, "监理日志不全、工程档案管理不规范，扣2.5分",
            "严格执行招投标、监理、验收等制度的得满分；否则酌情扣分"),
           ("产出", "产出数量", "新建改造农村供水工程", "≥32处", "26处", 8, P(26, 32, 8), "6处工程因水源论证调整未开工",
            prop),
           ("产出", "产出数量", "新建改造供水管网", "≥86公里", "88.4公里", 6, 6, "", "完成率×分值，最高不超过分值"),
           ("产出", "产出数量", "安装水质净化消毒设备", "≥29套", "29套", 4, 4, "", prop),
           # PLANT RULE_SCORE: 93.1% lies in the band 90%（含）—95% = 4分; scored 5.88 (6 × 93.1 ÷ 95, a proportion)
           ("产出", "产出质量", "工程验收合格率", "≥95%", "93.1%", 6, 5.88, "2处工程首次验收不合格，整改后通过", band_yz),
           ("产出", "产出质量", "供水水质检测合格率", "≥95%", "96.2%", 6, 6, "", band_sz),
           ("产出", "产出时效", "工程按期完工率", "≥90%", "78.6%", 6, P(78.6, 90, 6), "部分工程受雨季和水源调整影响延期",
            prop),
           ("产出", "产出成本", "工程投资控制率", "≤100%", "96.4%", 4, 4, "",
            "实际投资不超过批复概算的得满分；每超出1个百分点扣1分"),
           ("效益", "社会效益", "农村自来水普及率", "≥92%", "88.2%", 6, P(88.2, 92, 6), "部分新建工程未通水", lin),
           ("效益", "社会效益", "受益人口", "≥4.8万人", "4.12万人", 5, P(4.12, 4.8, 5), "6处工程未开工，受益人口减少",
            lin),
           ("效益", "社会效益", "供水保证率", "≥95%", "92%", 4, 2.5, "枯水期部分山区水源不足", "≥95%得满分；每低1个百分点扣0.5分"),
           ("效益", "可持续影响", "工程长效管护机制", "健全", "未完全建立", 5, 1.5, "12处工程管护主体、管护经费未落实，扣3.5分",
            "管护主体、责任、经费落实的得满分；否则酌情扣分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "84.6%", 5, 3, "部分群众反映水压不稳",
            "≥90%得满分；80%（含）—90%得3分；80%以下不得分")]
    for a, t, w in ((26, 32, 8), (78.6, 90, 6), (88.2, 92, 6), (4.12, 4.8, 5)):
        no_half(a / t * w, (a, t))
    assert [x[6] for x in ind if x[2] in ("预算执行率", "新建改造农村供水工程", "工程按期完工率", "农村自来水普及率", "受益人口")] \
        == [4.11, 6.5, 5.24, 5.75, 4.29]
    rule_yz = 4  # 93.1% in 90%（含）—95%
    assert r2(6 * 93.1 / 95) == 5.88 and 90 <= 93.1 < 95
    assert len(ind) == 22 and s2(ind, 5) == 100
    names = ["决策", "过程", "产出", "效益"]
    secs = secs_of(ind, names)
    assert secs == [("决策", 15, 10.5), ("过程", 20, 13.61), ("产出", 40, 37.62), ("效益", 25, 17.04)], secs
    secrates = [q(pct(s_, w)) for _, w, s_ in secs]
    assert secrates == ["70.00%", "68.05%", "94.05%", "68.16%"], secrates
    total = s2(ind, 6)
    printed_grade = "良"  # PLANT GRADE_OUTSIDE_BANDS: 78.77 lies in 60分（含）至80分 = 中; the report says 良
    assert total == 78.77 and grade(total) == "中" and grade(r2(total - 5.88 + rule_yz)) == "中", total
    g = gold(None, dept, 2024, "COUNTY", "福建省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, printed_grade,
             budget(ia, aa, ea, rate), secs, grows([x[:8] for x in ind]))
    g = with_project(g, project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, srates_src=srates, ia=ia, aa=aa,
                ea=ea, rate=rate, ind=ind, secs=secs, srates=secrates, total=total, grade=printed_grade)
    fnd = [F("MALFORMED_RULE", "供水水质检测合格率",
             f"产出 | 产出质量 | 供水水质检测合格率 | 6 | {band_sz} | ≥95% | 96.2% | 6", "≥95%得7分 (分值 6)",
             "top band ≤ 6 (the 分值)", "HIGH", "WARNING",
             "the 评分标准 pays 7 points for ≥95% on an indicator whose 分值 is 6 (and 5 for 90%–95%): the rule's bands do "
             "not fit the weight (presumably 6 / 4, as the 工程验收合格率 rule above it); the row's 96.2% is scored 6, the "
             "分值, not the rule's 7, so the total is unaffected"),
           F("RULE_SCORE", "工程验收合格率",
             f"产出 | 产出质量 | 工程验收合格率 | 6 | {band_yz} | ≥95% | 93.1% | 5.88", "5.88", "4", "HIGH", "ERROR",
             "93.1% lies in the row's own band 90%（含）—95%, which pays 4; the 5.88 is 6 × 93.1 ÷ 95, a proportion the "
             "评分标准 does not provide; 产出 and the total carry it (one finding: 37.62 → 35.74, 78.77 → 76.89, 中 either "
             "way)"),
           F("GRADE_OUTSIDE_BANDS", "评价等级",
             f"三、综合评价结论：…综合得分{f2(total)}分，评价等级为“良” / 评分表 合计 | 100 | {f2(total)} | 评价等级：良 / "
             + BANDS, "良", "中", "HIGH", "ERROR",
             f"{f2(total)} is below 80: the report's own bands give 中 (60分（含）至80分), not 良; with the 工程验收合格率 "
             "rule applied it is 76.89, 中 either way; 三 and the 评分表 both say 良 (one finding)")]
    return {"stem": "h400_pucheng_shuili", "format": "pdf", "draw": draw400, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF is LINEARIZED (“Fast Web View”): a linearization dictionary (/Linearized 1, /L the file "
                      "length, /H the hint stream, /O the first page, /N 5) is the first object, the first page's "
                      "cross-reference section sits at the head of the file and the main one at the end, a hint stream, "
                      "the first page's objects before the rest; pages, text and tables otherwise ordinary (STSong-Light)",
                      "cover page (委托单位, 项目主管部门, 项目实施单位, 评价机构, 报告编号, 报告日期) without a page number; the "
                      "评分表 on two LANDSCAPE pages (4–5) with its header repeated; 产出 is split between them (rows 11–13 on "
                      "page 4, 14–17 on page 5), its 一级 cell printed again on page 5 — one 一级, not two",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "87.08%, 省级 76.66%, 县级 71.89% right; none over budget; 年初 < 全年 (省级 追加 40.00); 资金到位率 100% "
                      "(1,890.00 of 1,890.00)",
                      f"预算执行率 5 × {q(rate)} = {ea / aa * 5:.4f} → 4.11 and the proportion rows (新建改造农村供水工程 8 × 26 ÷ "
                      "32 = 6.5, 工程按期完工率 6 × 78.6 ÷ 90 = 5.24, 农村自来水普及率 6 × 88.2 ÷ 92 = 5.752 → 5.75, 受益人口 "
                      "5 × 4.12 ÷ 4.8 = 4.292 → 4.29) by their rules; 供水保证率 92% → 4 − 3 × 0.5 = 2.5 and 受益群众满意度 "
                      "84.6% → the 80%–90% band's 3 (legitimately partial); the 决策 / 过程 / 可持续 deductions with reasons "
                      "(judgement); 安装水质净化消毒设备 29 vs ≥29套 (met exactly); 工程投资控制率 96.4% vs ≤100% (a ceiling, "
                      "met); 新建改造供水管网 88.4 of ≥86 capped at 6",
                      "表2: the four 一级 scores and 分值 = the 评分表; 得分率 70.00%, 68.05%, 94.05%, 68.16%, 78.77% right; "
                      f"合计 {f2(total)} = the 22 rows = 三's text"]}


def draw400(rep, path):
    import pikepdf
    from reportlab.lib.pagesizes import A4, landscape
    M = rep["meta"]
    buf = io.BytesIO()
    c = rl_canvas(buf, f"{M['project']}支出绩效评价报告", M["evaluator"], "WPS 文字", "WPS 文字")
    W, Hh = A4
    rc = RlCanvas(c)
    s = Sheet(rc, W, Hh, x0=64.0)
    NP = 5

    def foot(n):
        s.txt(W / 2, 36, f"第 {n} 页 共 {NP} 页", 9, "c")
        c.showPage()
        s.y = Hh - 70

    def head(t, size=12):
        s.y -= 4
        s.txt(64, s.y, t, size)
        s.y -= 22
    # cover
    s.y = Hh - 200
    s.txt(W / 2, s.y, M["project"], 20, "c")
    s.y -= 36
    s.txt(W / 2, s.y, "支出绩效评价报告", 20, "c")
    s.y -= 150
    for k, v in (("委托单位", "浦城县财政局"), ("项目主管部门", M["dept"]), ("项目实施单位", M["unit"]),
                 ("评价机构", M["evaluator"]), ("报告编号", "武明信绩评〔2025〕023号"), ("报告日期", "2025年6月20日")):
        s.txt(150, s.y, f"{k}：", 12)
        s.txt(250, s.y, v, 12)
        s.y -= 28
    c.showPage()
    s.y = Hh - 70
    s.txt(W / 2, s.y, f"{M['project']}支出绩效评价报告", 14, "c")
    s.y -= 30
    s.para(f"受浦城县财政局委托，{M['evaluator']}（以下简称“评价组”）对{M['project']}2024年度资金使用及绩效情况开展了"
           "重点绩效评价。评价组在资料核查、现场勘查、问卷调查和座谈访谈的基础上，形成本报告。")
    head("一、项目基本情况")
    s.para(f"（一）项目概况。项目主管部门为{M['dept']}，实施单位为{M['unit']}。项目主要建设内容为新建改造农村供水工程32处、"
           "新建改造供水管网86公里、安装水质净化消毒设备29套，巩固提升农村供水保障水平。")
    s.para(f"（二）资金投入和使用情况。项目年初预算{mc(M['ia'])}万元，年中省级追加40.00万元，全年预算{mc(M['aa'])}万元，"
           f"全部到位；截至2024年12月31日实际支出{mc(M['ea'])}万元，预算执行率{q(M['rate'])}。资金来源及使用见表1。")
    s.y -= 2
    s.txt(W / 2, s.y, "表1　项目资金来源及使用情况（单位：万元）", 10, "c")
    s.y -= 12
    rows = [["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"],
            ["合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])]]
    rows += [[n, mc(a), mc(b), mc(e), q(r)] for (n, a, b, e), r in zip(M["src"], M["srates_src"])]
    s.grid(rows, (135.28, 78, 78, 78, 98), aligns="lrrrr", head_rows=(0,), size=9.5)
    s.para("（三）绩效目标。2024年完成新建改造农村供水工程32处、供水管网86公里，工程验收合格率95%以上，供水水质检测合格率"
           "95%以上；农村自来水普及率达到92%，受益人口4.8万人，受益群众满意度90%以上。")
    head("二、评价工作开展情况")
    s.para("评价组按照《浦城县财政支出绩效评价管理暂行办法》，结合项目特点设置决策、过程、产出、效益4个一级指标、22个三级指标，"
           "采用比较法、因素分析法和公众评判法，于2025年4月至5月完成前期准备、资料核查、现场评价和报告撰写等工作，现场抽查供水"
           "工程14处，发放调查问卷320份，回收有效问卷306份。")
    foot(2)
    head("三、综合评价结论")
    s.para(f"经评价，{M['project']}综合得分{f2(M['total'])}分，评价等级为“{M['grade']}”。评价结果分为四个等级：" + BANDS
           + "各一级指标得分情况见表2，评分明细见附件。")
    s.y -= 2
    s.txt(W / 2, s.y, "表2　一级指标得分情况", 10, "c")
    s.y -= 12
    rows = [["一级指标", "分值", "得分", "得分率"]]
    rows += [[n, fmt(w), f2(s_), r] for (n, w, s_), r in zip(M["secs"], M["srates"])]
    rows.append(["合计", "100", f2(M["total"]), q(M["total"])])
    s.grid(rows, (167.28, 100, 100, 100), aligns="lccc", head_rows=(0,), size=9.5)
    head("四、绩效分析")
    s.para("（一）决策方面。项目立项依据充分，但部分村级供水点未履行可研审批程序，3项绩效指标未细化量化。（二）过程方面。资金"
           "全部到位，但预算执行率82.29%，3笔工程款支付依据不全，监理日志和工程档案不规范。（三）产出方面。完成新建改造供水工程"
           "26处、供水管网88.4公里，工程验收合格率93.1%，供水水质检测合格率96.2%，工程按期完工率78.6%。（四）效益方面。农村"
           "自来水普及率88.2%，受益人口4.12万人，供水保证率92%，受益群众满意度84.6%。")
    head("五、存在的主要问题")
    s.para("一是项目前期工作不扎实，6处工程因水源论证调整未能开工；二是资金支付进度滞后，部分支付依据不全；三是工程建后管护"
           "主体和经费未完全落实。")
    head("六、相关建议")
    s.para("一是加强项目前期论证，科学确定建设任务；二是加快工程结算和资金支付，规范财务管理；三是健全农村供水工程长效管护"
           "机制，落实管护主体和经费。")
    s.y -= 16
    s.txt(W - 64, s.y, M["evaluator"], 11, "r")
    s.y -= 20
    s.txt(W - 64, s.y, "2025年6月20日", 11, "r")
    foot(3)
    # the 评分表, landscape, two pages
    LW, LH = landscape(A4)
    ls = Sheet(rc, LW, LH, x0=40.0)
    widths = (36, 50, 84, 28, 196, 52, 58, 34, 223.89)
    assert abs(sum(widths) - (LW - 80)) < 0.01
    head_row = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分", "扣分原因"]
    ind = M["ind"]
    for n, part, last in ((4, ind[:13], False), (5, ind[13:], True)):
        c.setPageSize((LW, LH))
        ls.y = LH - 50
        if n == 4:
            ls.txt(40, ls.y, "附件", 12)
            ls.y -= 22
            ls.txt(LW / 2, ls.y, f"{M['project']}绩效评价评分表", 13, "c")
            ls.y -= 20
        rows, merges = [head_row], []
        for x in part:
            rows.append([x[0], x[1], x[2], fmt(x[5]), x[8], x[3], x[4], fmt(x[6]), x[7]])
        ind_rows(part, merges, 1)
        if last:
            merges.append((len(rows), 0, len(rows), 2))
            rows.append(["合计", "", "", "100", "", "", "", f2(M["total"]), f"评价等级：{M['grade']}"])
        ls.grid(rows, widths, merges, size=8, aligns="cclclcccl", head_rows=(0,), lead=10)
        ls.txt(LW / 2, 28, f"第 {n} 页 共 {NP} 页", 9, "c")
        c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    pdf.save(path, static_id=True, linearize=True)


ALL.append(h400())



# ============================================================ h401 通江县财政局 (EPUB 3: 汇编 of three project reports)

BOOK401 = "通江县2024年度项目支出绩效自评报告汇编"
UUID401 = "urn:uuid:6f1d2c3a-8b47-4e95-a0c6-3d9e7b21f401"
FUND_RULE = "年度资金总额得分＝执行率×分值（保留两位小数）"


def project401(k, project, dept, unit, src, fs_printed, ind, plan, done, intro, problems):
    """one chapter's report: figures computed, gold and meta; fs_printed None = the rule's 执行率 × 10"""
    ia, aa, ea = (r2(sum(x[i] for x in src)) for i in (1, 2, 3))
    rate = pct(ea, aa)
    no_half(ea / aa * 10, project)
    for x in src:
        no_half(x[3] / x[2] * 100, x[0])
    fs_rule = r2(ea / aa * 10)
    fs = fs_rule if fs_printed is None else fs_printed
    assert len(ind) == 11 and s2(ind, 5) == 90, (project, s2(ind, 5))
    total = r2(fs + s2(ind, 6))
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    return dict(k=k, project=project, dept=dept, unit=unit, src=src, srates=[pct(x[3], x[2]) for x in src], ia=ia,
                aa=aa, ea=ea, rate=rate, fs=fs, fs_rule=fs_rule, ind=ind, total=total, grade=grade(total), plan=plan,
                done=done, intro=intro, problems=problems, gold=g)


def h401():
    r1 = project401(
        1, "2024年通江县银耳产业发展项目", "通江县农业农村局", "通江县银耳产业发展中心",
        [("中央财政衔接推进乡村振兴补助资金", 600.00, 600.00, 584.20), ("省级财政衔接推进乡村振兴补助资金", 200.00, 240.00, 221.36),
         ("县级财政衔接资金", 100.00, 100.00, 92.15)],
        10,  # PLANT BUDGET_ROW_SCORE: 执行率 95.50% × 10 = 9.55 by the 编制说明's rule; the fund line scores the full 10
        [("产出指标", "数量指标", "银耳标准化生产基地建设", "≥12个", "12个", 8, 8, ""),
         ("产出指标", "数量指标", "银耳菌棒生产", "≥800万棒", "826万棒", 8, 8, ""),
         ("产出指标", "数量指标", "银耳种植技术培训", "≥600人次", "540人次", 7, P(540, 600, 7),
          "部分种植户外出务工未能参训，按完成比例计分"),
         ("产出指标", "质量指标", "菌棒成品合格率", "≥95%", "97.3%", 8, 8, ""),
         ("产出指标", "质量指标", "基地建设验收合格率", "100%", "100%", 7, 7, ""),
         ("产出指标", "时效指标", "项目完工及时率", "100%", "100%", 6, 6, ""),
         ("产出指标", "成本指标", "每万棒菌棒生产补助标准", "≤1.2万元", "1.15万元", 6, 6, ""),
         ("效益指标", "经济效益指标", "银耳产业产值增长率", "≥8%", "9.6%", 10, 10, ""),
         ("效益指标", "社会效益指标", "带动脱贫户增收户数", "≥1200户", "1236户", 10, 10, ""),
         ("效益指标", "可持续影响指标", "产业联农带农机制", "健全", "基本健全", 10, 9, "部分合作社利益联结机制有待完善，扣1分"),
         ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "93.8%", 10, 10, "")],
        "建设银耳标准化生产基地12个，生产银耳菌棒800万棒以上，开展种植技术培训600人次；菌棒成品合格率95%以上，带动1200户以上"
        "脱贫户增收，银耳产业产值增长8%以上。",
        "建成银耳标准化生产基地12个，生产菌棒826万棒，开展种植技术培训540人次；菌棒成品合格率97.3%，带动1236户脱贫户增收，"
        "银耳产业产值增长9.6%，种植户满意度93.8%。",
        "项目围绕通江银耳国家地理标志产品保护和产业提质增效，支持标准化生产基地建设、菌棒生产和种植技术培训。",
        "技术培训参训率不高，部分合作社与农户的利益联结机制不够紧密。下一步将采取“田间课堂”方式开展培训，完善联农带农机制。")
    r2_ = project401(
        2, "2024年通江县农村公路养护项目", "通江县交通运输局", "通江县农村公路养护中心",
        [("中央车辆购置税收入补助地方资金", 820.00, 820.00, 806.42), ("省级农村公路养护补助资金", 260.00, 300.00, 287.55),
         ("县级农村公路养护配套资金", 150.00, 150.00, 139.80)],
        None,
        [("产出指标", "数量指标", "农村公路日常养护里程", "≥1860公里", "1872公里", 8, 8, ""),
         ("产出指标", "数量指标", "路面病害处治面积", "≥3.2万平方米", "3.35万平方米", 7, 7, ""),
         ("产出指标", "数量指标", "危旧桥梁改造", "≥6座", "5座", 7, P(5, 6, 7), "1座桥梁受汛期影响顺延至2025年施工，按完成比例计分"),
         ("产出指标", "数量指标", "安全生命防护工程", "≥45公里", "45公里", 6, 6, ""),
         # PLANT TARGET_MISSED_FULL_MARKS: 优良中等路率 78.6% of ≥80% at the full 8, no 偏差原因
         ("产出指标", "质量指标", "优良中等路率", "≥80%", "78.6%", 8, 8, ""),
         ("产出指标", "质量指标", "养护工程验收合格率", "100%", "100%", 7, 7, ""),
         ("产出指标", "时效指标", "水毁路段抢通及时率", "≥95%", "96.4%", 7, 7, ""),
         ("效益指标", "社会效益指标", "农村公路列养率", "100%", "100%", 10, 10, ""),
         ("效益指标", "社会效益指标", "通行条件改善受益人口", "≥28万人", "28.6万人", 10, 10, ""),
         ("效益指标", "可持续影响指标", "农村公路长效养护机制", "健全", "健全", 10, 10, ""),
         ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "91.5%", 10, 10, "")],
        "完成农村公路日常养护1860公里以上，处治路面病害3.2万平方米，改造危旧桥梁6座，实施安全生命防护工程45公里；优良中等路率"
        "达到80%以上，农村公路列养率100%。",
        "完成农村公路日常养护1872公里，处治路面病害3.35万平方米，改造危旧桥梁5座，实施安全生命防护工程45公里；优良中等路率"
        "78.6%，农村公路列养率100%，沿线群众满意度91.5%。",
        "项目用于全县县道、乡道和村道的日常养护、路面病害处治、危旧桥梁改造和安全生命防护工程建设。",
        "个别危旧桥梁改造进度滞后，部分山区路段路况仍需提升。下一步将提前谋划汛期施工安排，加大预防性养护投入。")
    r3 = project401(
        3, "2024年通江县红色旅游景区提升项目", "通江县文化广播电视和旅游局", "通江县红色文化旅游发展中心",
        [("省级文化和旅游发展专项资金", 300.00, 300.00, 288.40), ("县级配套资金", 120.00, 150.00, 136.25)],
        None,
        [("产出指标", "数量指标", "景区游步道改造", "≥4.5公里", "4.6公里", 8, 8, ""),
         ("产出指标", "数量指标", "红色文化展陈提升", "≥3处", "3处", 8, 8, ""),
         ("产出指标", "数量指标", "红色讲解员培训", "≥120人次", "132人次", 7, 7, ""),
         ("产出指标", "质量指标", "改造工程验收合格率", "100%", "100%", 8, 8, ""),
         ("产出指标", "质量指标", "展陈内容审核通过率", "100%", "100%", 6, 6, ""),
         ("产出指标", "时效指标", "项目按期完工率", "≥90%", "85%", 7, P(85, 90, 7), "1处展陈布展受文物借展影响延期，按完成比例计分"),
         ("产出指标", "成本指标", "游步道改造单位成本", "≤38万元/公里", "36.2万元/公里", 6, 6, ""),
         ("效益指标", "社会效益指标", "景区接待游客人次", "≥85万人次", "88.2万人次", 10, 10, ""),
         # PLANT RATE_OVER_ZERO_BASE: the 实际完成情况 says no 研学 reception in 2023 (base 0); the row gives 100% at full 10
         ("效益指标", "社会效益指标", "研学旅行团队接待增长率", "≥15%", "100%", 10, 10, ""),
         ("效益指标", "经济效益指标", "景区旅游综合收入", "≥2.6亿元", "2.48亿元", 10, P(2.48, 2.6, 10),
          "冬季客流偏少，按完成比例计分"),
         ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "92.7%", 10, 10, "")],
        "改造景区游步道4.5公里，提升红色文化展陈3处，培训讲解员120人次；景区接待游客85万人次以上，研学旅行团队接待较上年增长"
        "15%以上，旅游综合收入2.6亿元以上。",
        "改造景区游步道4.6公里，提升红色文化展陈3处，培训讲解员132人次；景区接待游客88.2万人次，旅游综合收入2.48亿元。2023年"
        "景区未开展研学旅行接待，2024年新开发红色研学线路，接待研学团队46批次。游客满意度92.7%。",
        "项目用于红色旅游景区游步道改造、红色文化展陈提升和讲解员队伍建设，提升景区接待能力和服务品质。",
        "部分展陈布展进度滞后，淡季客流不足。下一步将加强文物借展协调，丰富冬季研学和文旅活动。")
    reps = [r1, r2_, r3]
    assert [(r["ia"], r["aa"], r["ea"], r["rate"]) for r in reps] == [
        (900.00, 940.00, 897.71, 95.50), (1230.00, 1270.00, 1233.77, 97.15), (420.00, 450.00, 424.65, 94.37)], \
        [(r["ia"], r["aa"], r["ea"], r["rate"]) for r in reps]
    assert [r["srates"] for r in reps] == [[97.37, 92.23, 92.15], [98.34, 95.85, 93.2], [96.13, 90.83]], \
        [r["srates"] for r in reps]
    assert [(r["fs_rule"], r["fs"], r["total"], r["grade"]) for r in reps] == [
        (9.55, 10, 98.30, "优"), (9.71, 9.71, 98.54, "优"), (9.44, 9.44, 98.59, "优")], \
        [(r["fs_rule"], r["fs"], r["total"], r["grade"]) for r in reps]
    for r in reps:
        for a, t, w in [(lambda m: (float(m[0]), float(m[1]), x[5]))(
                (re.match(r"[\d.]+", x[4]).group(0), re.search(r"[\d.]+", x[3]).group(0)))
                for x in r["ind"] if x[7] and "按完成比例" in x[7]]:
            no_half(a / t * w, (a, t))
    assert [x[:3] for x in missed_ok(r1["ind"])] == [("银耳种植技术培训", 6.3, 6.3)]
    assert [x[:3] for x in missed_ok(r2_["ind"])] == [("危旧桥梁改造", 5.83, 5.83), ("优良中等路率", 8, 7.86)]
    assert [x[:3] for x in missed_ok(r3["ind"])] == [("项目按期完工率", 6.61, 6.61), ("景区旅游综合收入", 9.54, 9.54)]
    assert grade(r2(r1["total"] - 10 + 9.55)) == "优" and grade(r2(r2_["total"] - 0.14)) == "优"
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(r1['ia'])} | {mc(r1['aa'])} | {mc(r1['ea'])} | 10 | {q(r1['rate'])} | 10 / 编制说明：{FUND_RULE}",
             "10", "9.55", "HIGH", "ERROR",
             f"report 1 of 3 ({r1['project']}): the 编制说明's rule gives {q(r1['rate'])} × 10 = 9.5501 → 9.55; the fund "
             "line scores the full 10 (as if ≥95% earned full marks, a rule this 汇编 does not use: the other two "
             f"chapters score 9.71 and 9.44 by 执行率 × 分值); the 总分 {f2(r1['total'])} and the preface's summary carry the "
             f"10 (one finding; {f2(r2(r1['total'] - 10 + 9.55))} corrected, 优 either way)"),
           F("TARGET_MISSED_FULL_MARKS", "优良中等路率",
             "产出指标 | 质量指标 | 优良中等路率 | ≥80% | 78.6% | 8 | 8", "8", "< 8", "HIGH", "WARNING",
             f"report 2 of 3 ({r2_['project']}): 78.6% is below the ≥80% target (the 实际完成情况 says 78.6% too), yet the "
             "row scores the full 8 with no 偏差原因; the 编制说明's proportion rule would give 8 × 78.6 ÷ 80 = 7.86"),
           F("RATE_OVER_ZERO_BASE", "研学旅行团队接待增长率",
             "效益指标 | 社会效益指标 | 研学旅行团队接待增长率 | ≥15% | 100% | 10 | 10 / 实际完成情况：…2023年景区未开展研学旅行接待，"
             "2024年新开发红色研学线路，接待研学团队46批次", "100%", "— (base 0)", "HIGH", "WARNING",
             f"report 3 of 3 ({r3['project']}): the 实际完成情况 says the scenic area received no 研学 groups in 2023 (a base "
             "of 0) and 46 in 2024: a growth rate over a zero base is undefined, yet the row prints 100% and scores the full "
             "10 against ≥15%")]
    meta = dict(reps=reps)
    return {"stem": "h401_tongjiang_xiangmu", "format": "epub", "write": write401, "meta": meta,
            "gold": [r["gold"] for r in reps], "findings": fnd,
            "traps": ["the file is an EPUB 3 e-book (a ZIP: mimetype first and stored, META-INF/container.xml → "
                      "OEBPS/content.opf, manifest and spine, nav.xhtml and an EPUB 2 toc.ncx, a CSS); the spine reads "
                      "cover, 目录 (nav), 编制说明, then one XHTML chapter per project report — three reports, each with "
                      "its own 项目名称, 主管部门, 实施单位, fund block, 年度总体目标, indicator table and 总分",
                      "the 编制说明's summary table (序号 | 项目名称 | 主管部门 | 全年预算数 | 自评得分 | 自评等级) repeats the "
                      "three chapters' 全年预算数 and 总分 (98.30, 98.54, 98.59): a list of the reports, not a report, and "
                      "equal to the chapters",
                      "funds: in each chapter the sources add up in every column (900.00 / 940.00 / 897.71; 1,230.00 / "
                      "1,270.00 / 1,233.77; 420.00 / 450.00 / 424.65); every 执行率 right (95.50%, 97.37%, 92.23%, 92.15%; "
                      "97.15%, 98.34%, 95.85%, 93.20%; 94.37%, 96.13%, 90.83%); none over budget; 年初 < 全年 (省级 / 县级 "
                      "追加); chapters 2 and 3's fund lines 9.71 and 9.44 follow the rule",
                      "rows below target scored by the proportion rule with reasons: 银耳种植技术培训 7 × 540 ÷ 600 = 6.3, "
                      "危旧桥梁改造 7 × 5 ÷ 6 = 5.833 → 5.83, 项目按期完工率 7 × 85 ÷ 90 = 6.611 → 6.61, 景区旅游综合收入 "
                      "10 × 2.48 ÷ 2.6 = 9.538 → 9.54; 产业联农带农机制 −1 with a reason (judgement); met exactly: "
                      "银耳标准化生产基地 12 vs ≥12个, 安全生命防护工程 45 vs ≥45公里, 红色文化展陈 3 vs ≥3处; ceilings met: "
                      "每万棒菌棒生产补助标准 1.15 vs ≤1.2万元, 游步道改造单位成本 36.2 vs ≤38万元/公里 (unit costs, not "
                      "budget figures)",
                      "each 总分 = its fund line as printed + its 11 rows (98.30, 98.54, 98.59: no TOTAL_VS_ROWS); 分值 10 + "
                      "90 = 100 in each; 优 ×3"]}


XHTML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
              'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="zh-CN" lang="zh-CN">\n<head>\n<meta charset="UTF-8"/>\n'
              '<title>{title}</title>\n<link rel="stylesheet" type="text/css" href="{css}"/>\n</head>\n<body>\n')


def chapter401(r):
    cn = "一二三"[r["k"] - 1]
    o = [XHTML_HEAD.format(title=esc(r["project"]), css="../css/style.css"),
         f'<section epub:type="chapter" id="report{r["k"]}">\n<h1>{cn}、{esc(r["project"])}支出绩效自评报告</h1>\n',
         f'<p class="lead">{esc(r["intro"])}</p>\n<h2>（一）项目支出绩效自评表</h2>\n<p class="caption">（2024年度）</p>\n',
         f'<p class="unitline">填报单位：{esc(r["unit"])}<span class="right">金额单位：万元</span></p>\n',
         '<table class="head">\n',
         f'<tr><th>项目名称</th><td colspan="7">{esc(r["project"])}</td></tr>\n',
         f'<tr><th>主管部门</th><td colspan="3">{esc(r["dept"])}</td><th>实施单位</th><td colspan="3">{esc(r["unit"])}</td></tr>\n',
         f'<tr><th rowspan="{2 + len(r["src"])}">项目资金<br/>（万元）</th><th></th><th>年初预算数</th><th>全年预算数</th>'
         '<th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>\n',
         f'<tr><td class="l">年度资金总额</td><td class="r">{mc(r["ia"])}</td><td class="r">{mc(r["aa"])}</td>'
         f'<td class="r">{mc(r["ea"])}</td><td>10</td><td>{q(r["rate"])}</td><td>{fmt(r["fs"])}</td></tr>\n']
    for i, ((n, a, b, e), rt) in enumerate(zip(r["src"], r["srates"])):
        o.append(f'<tr><td class="l">{"其中：" if i == 0 else ""}{esc(n)}</td><td class="r">{mc(a)}</td>'
                 f'<td class="r">{mc(b)}</td><td class="r">{mc(e)}</td><td>—</td><td>{q(rt)}</td><td>—</td></tr>\n')
    o.append(f'<tr><th rowspan="2">年度总体目标</th><th>预期目标</th><td colspan="6" class="l">{esc(r["plan"])}</td></tr>\n'
             f'<tr><th>实际完成情况</th><td colspan="6" class="l">{esc(r["done"])}</td></tr>\n</table>\n')
    o.append('<table class="ind">\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th>'
             '<th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr></thead>\n<tbody>\n')
    ind = r["ind"]
    starts = {}
    for col in (0, 1):
        for a, b in spans(ind, col):
            starts[(a, col)] = b - a + 1
    for i, x in enumerate(ind):
        cells = []
        for col in (0, 1):
            if (i, col) in starts:
                rs = starts[(i, col)]
                cells.append(f'<td{f" rowspan={chr(34)}{rs}{chr(34)}" if rs > 1 else ""}>{esc(x[col])}</td>')
        cells += [f'<td class="l">{esc(x[2])}</td>', f"<td>{esc(x[3])}</td>", f"<td>{esc(x[4])}</td>",
                  f"<td>{fmt(x[5])}</td>", f"<td>{fmt(x[6])}</td>", f'<td class="l">{esc(x[7])}</td>']
        o.append("<tr>" + "".join(cells) + "</tr>\n")
    o.append(f'<tr class="total"><td colspan="5">总分</td><td>100</td><td>{f2(r["total"])}</td>'
             f'<td>自评等级：{r["grade"]}</td></tr>\n</tbody>\n</table>\n')
    o.append(f'<h2>（二）存在问题及改进措施</h2>\n<p>{esc(r["problems"])}</p>\n</section>\n</body>\n</html>\n')
    return "".join(o)


CSS401 = """@charset "UTF-8";
body { font-family: "SimSun", "Songti SC", serif; line-height: 1.6; margin: 0 4%; }
h1 { font-size: 1.35em; text-align: center; margin: 1.2em 0 0.8em; }
h2 { font-size: 1.1em; margin: 1em 0 0.4em; }
p { text-indent: 2em; margin: 0.3em 0; }
p.caption { text-align: center; text-indent: 0; }
p.unitline { text-indent: 0; font-size: 0.9em; }
p.unitline span.right { float: right; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 0.82em; }
th, td { border: 1px solid #000; padding: 0.2em 0.3em; text-align: center; vertical-align: middle; }
td.l { text-align: left; }
td.r { text-align: right; }
tr.total td { font-weight: bold; }
nav ol { list-style: none; }
"""


def write401(rep, path):
    reps = rep["meta"]["reps"]
    chapters = [(f"ch{r['k']:02d}", f"text/chapter{r['k']:02d}.xhtml", r) for r in reps]
    cover = (XHTML_HEAD.format(title=BOOK401, css="../css/style.css")
             + f'<section epub:type="cover" class="cover">\n<h1>{BOOK401}</h1>\n<p class="caption">（第一辑）</p>\n'
             '<p class="caption">通江县财政局　编</p>\n<p class="caption">二〇二五年五月</p>\n</section>\n</body>\n</html>\n')
    rows = "".join(f'<tr><td>{r["k"]}</td><td class="l">{esc(r["project"])}</td><td>{esc(r["dept"])}</td>'
                   f'<td class="r">{mc(r["aa"])}</td><td>{f2(r["total"])}</td><td>{r["grade"]}</td></tr>\n' for r in reps)
    preface = (XHTML_HEAD.format(title="编制说明", css="../css/style.css")
               + '<section epub:type="preface" id="preface">\n<h1>编制说明</h1>\n'
               "<p>为推进预算绩效信息公开，接受社会监督，通江县财政局将2024年度部分重点项目支出绩效自评报告汇编成册。本辑收录"
               "项目自评报告3篇，由项目主管部门组织实施单位开展自评，县财政局汇总审核。</p>\n"
               "<p>一、评分规则：项目支出绩效自评表满分100分，其中年度资金总额10分，产出、效益、满意度指标90分。"
               f"{FUND_RULE}；定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，“≤”类指标不超过"
               "指标值的得满分；定性指标根据完成情况酌情扣分。</p>\n"
               f"<p>二、自评等级：{BANDS}</p>\n<p>三、本汇编金额单位均为万元。</p>\n"
               '<table class="summary">\n<thead><tr><th>序号</th><th>项目名称</th><th>主管部门</th><th>全年预算数（万元）</th>'
               f'<th>自评得分</th><th>自评等级</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n'
               "</section>\n</body>\n</html>\n")
    nav = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
           'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="zh-CN" lang="zh-CN">\n<head>\n<meta charset="UTF-8"/>\n'
           '<title>目录</title>\n<link rel="stylesheet" type="text/css" href="css/style.css"/>\n</head>\n<body>\n'
           '<nav epub:type="toc" id="toc">\n<h1>目录</h1>\n<ol>\n<li><a href="text/preface.xhtml">编制说明</a></li>\n'
           + "".join(f'<li><a href="{href}">{"一二三"[r["k"] - 1]}、{esc(r["project"])}支出绩效自评报告</a></li>\n'
                     for _, href, r in chapters)
           + '</ol>\n</nav>\n<nav epub:type="landmarks" hidden="">\n<ol>\n<li><a epub:type="cover" href="text/cover.xhtml">'
           '封面</a></li>\n<li><a epub:type="bodymatter" href="text/chapter01.xhtml">正文</a></li>\n</ol>\n</nav>\n'
           "</body>\n</html>\n")
    points = [("preface", "text/preface.xhtml", "编制说明")] + [
        (cid, href, f'{"一二三"[r["k"] - 1]}、{r["project"]}支出绩效自评报告') for cid, href, r in chapters]
    ncx = ('<?xml version="1.0" encoding="UTF-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" '
           f'xml:lang="zh-CN">\n<head>\n<meta name="dtb:uid" content="{UUID401}"/>\n<meta name="dtb:depth" content="1"/>\n'
           '<meta name="dtb:totalPageCount" content="0"/>\n<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n'
           f"<docTitle><text>{BOOK401}</text></docTitle>\n<navMap>\n"
           + "".join(f'<navPoint id="np{i}" playOrder="{i}"><navLabel><text>{esc(t)}</text></navLabel>'
                     f'<content src="{href}"/></navPoint>\n' for i, (_, href, t) in enumerate(points, 1))
           + "</navMap>\n</ncx>\n")
    opf = ('<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="bookid" xml:lang="zh-CN">\n<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           f'<dc:identifier id="bookid">{UUID401}</dc:identifier>\n<dc:title>{BOOK401}</dc:title>\n'
           "<dc:language>zh-CN</dc:language>\n<dc:creator>通江县财政局</dc:creator>\n<dc:publisher>通江县财政局</dc:publisher>\n"
           "<dc:date>2025-05-20</dc:date>\n<dc:subject>预算绩效管理</dc:subject>\n"
           '<meta property="dcterms:modified">2025-05-20T08:30:00Z</meta>\n'
           "</metadata>\n<manifest>\n"
           '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n'
           '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>\n'
           '<item id="css" href="css/style.css" media-type="text/css"/>\n'
           '<item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>\n'
           '<item id="preface" href="text/preface.xhtml" media-type="application/xhtml+xml"/>\n'
           + "".join(f'<item id="{cid}" href="{href}" media-type="application/xhtml+xml"/>\n' for cid, href, _ in chapters)
           + '</manifest>\n<spine toc="ncx">\n<itemref idref="cover" linear="no"/>\n<itemref idref="nav"/>\n'
           '<itemref idref="preface"/>\n'
           + "".join(f'<itemref idref="{cid}"/>\n' for cid, _, _ in chapters)
           + '</spine>\n<guide>\n<reference type="cover" title="封面" href="text/cover.xhtml"/>\n'
           '<reference type="toc" title="目录" href="nav.xhtml"/>\n</guide>\n</package>\n')
    container = ('<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n<rootfiles>\n'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\n'
                 "</rootfiles>\n</container>\n")
    entries = [("mimetype", "application/epub+zip"), ("META-INF/container.xml", container),
               ("OEBPS/content.opf", opf), ("OEBPS/toc.ncx", ncx), ("OEBPS/nav.xhtml", nav),
               ("OEBPS/css/style.css", CSS401), ("OEBPS/text/cover.xhtml", cover), ("OEBPS/text/preface.xhtml", preface)]
    entries += [("OEBPS/" + href, chapter401(r)) for _, href, r in chapters]
    zwrite(path, entries, stored=("mimetype",))


ALL.append(h401())



# ============================================================ VBA projects in small OLE compound files (h402, h403)

def ovba_compress(data):
    """MS-OVBA 2.4.1 compression: a signature byte, then one chunk per 4096 bytes of input, each a run of token
    sequences (a flag byte, then eight literal or copy tokens), copies found by a greedy longest-match search"""
    out = bytearray(b"\x01")
    for start in range(0, len(data), 4096):
        chunk = data[start:start + 4096]
        body = bytearray()
        pos = 0
        while pos < len(chunk):
            flag_at = len(body)
            body.append(0)
            flag = 0
            for bit in range(8):
                if pos >= len(chunk):
                    break
                bitcount = max((pos - 1).bit_length(), 4) if pos > 0 else 4
                maxlen = (0xFFFF >> bitcount) + 3
                best, best_off = 0, 0
                for cand in range(max(0, pos - (1 << bitcount)), pos):
                    n = 0
                    while pos + n < len(chunk) and n < maxlen and chunk[cand + n] == chunk[pos + n]:
                        n += 1
                    if n > best or (n == best and n and pos - cand < best_off):
                        best, best_off = n, pos - cand
                if best >= 3 and pos > 0:
                    token = ((best_off - 1) << (16 - bitcount)) | (best - 3)
                    body += struct.pack("<H", token)
                    flag |= 1 << bit
                    pos += best
                else:
                    body.append(chunk[pos])
                    pos += 1
            body[flag_at] = flag
        if len(body) + 2 <= 4098:
            out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + body
        else:
            assert len(chunk) == 4096
            out += struct.pack("<H", 0x3FFF) + chunk
    return bytes(out)


def dir_stream(project, modules, codepage=936):
    """the VBA project's `dir` stream (MS-OVBA 2.3.4.2) before compression: PROJECTINFORMATION, one registered reference
    (stdole), PROJECTMODULES with a MODULE record per module. modules: [(name, kind)], kind "std" or "doc"."""
    def rec(i, data):
        return struct.pack("<HI", i, len(data)) + data

    def u16(s):
        return s.encode("utf-16-le")
    b = bytearray()
    b += rec(0x0001, struct.pack("<I", 1))  # SYSKIND win32
    b += rec(0x0002, struct.pack("<I", 0x0409))  # LCID
    b += rec(0x0014, struct.pack("<I", 0x0409))  # LCIDINVOKE
    b += rec(0x0003, struct.pack("<H", codepage))
    b += rec(0x0004, project.encode("ascii"))
    b += rec(0x0005, b"") + rec(0x0040, b"")  # DOCSTRING + unicode
    b += rec(0x0006, b"") + rec(0x003D, b"")  # HELPFILEPATH 1 and 2
    b += rec(0x0007, struct.pack("<I", 0))  # HELPCONTEXT
    b += rec(0x0008, struct.pack("<I", 0))  # LIBFLAGS
    b += struct.pack("<HIIH", 0x0009, 4, 0x5B2A1C3E, 0x0011)  # VERSION (Reserved=4, major, minor)
    b += rec(0x000C, b"") + rec(0x003C, b"")  # CONSTANTS + unicode
    libid = "*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#C:\\Windows\\System32\\stdole2.tlb#OLE Automation"
    b += rec(0x0016, b"stdole") + rec(0x003E, u16("stdole"))
    lb = libid.encode("ascii")
    b += rec(0x000D, struct.pack("<I", len(lb)) + lb + struct.pack("<IH", 0, 0))
    b += struct.pack("<HIH", 0x000F, 2, len(modules))
    b += struct.pack("<HIH", 0x0013, 2, 0xFFFF)
    for name, kind in modules:
        nb = name.encode("cp936")
        b += rec(0x0019, nb) + rec(0x0047, u16(name))
        b += rec(0x001A, nb) + rec(0x0032, u16(name))
        b += rec(0x001C, b"") + rec(0x0048, b"")
        b += rec(0x0031, struct.pack("<I", 0))  # MODULEOFFSET: the source starts the stream (no performance cache)
        b += rec(0x001E, struct.pack("<I", 0))
        b += rec(0x002C, struct.pack("<H", 0xFFFF))
        b += rec(0x0021 if kind == "std" else 0x0022, b"")
        b += struct.pack("<HI", 0x002B, 0)
    b += struct.pack("<HI", 0x0010, 0)
    return bytes(b)


def cfb(tree):
    """a compound file (MS-CFB version 3, 512-byte sectors) from a tree {name: bytes | {subtree}}: streams under 4096
    bytes in the mini stream (64-byte mini sectors), the rest in regular sectors; sibling trees balanced (all black);
    no timestamps, no CLSIDs"""
    ENDC, FREE, FATS, NOS = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    ents = [{"name": "Root Entry", "type": 5, "kids": [], "data": None}]

    def add(sub, parent):
        for name, v in sub.items():
            e = {"name": name, "type": 1 if isinstance(v, dict) else 2, "kids": [], "data": None if isinstance(v, dict)
                 else v}
            ents.append(e)
            parent["kids"].append(len(ents) - 1)
            if isinstance(v, dict):
                add(v, e)
    add(tree, ents[0])
    for e in ents:
        e.update(left=NOS, right=NOS, child=NOS, start=ENDC, size=0)

    def key(i):
        n = ents[i]["name"]
        return (len(n), n.upper())

    def balance(ids):
        if not ids:
            return NOS
        ids = sorted(ids, key=key)
        m = len(ids) // 2
        ents[ids[m]]["left"] = balance(ids[:m])
        ents[ids[m]]["right"] = balance(ids[m + 1:])
        return ids[m]
    for e in ents:
        if e["type"] in (1, 5):
            e["child"] = balance(e["kids"])
    mini = bytearray()
    minifat = []
    big = []
    for e in ents:
        d = e["data"]
        if d is None:
            continue
        e["size"] = len(d)
        if len(d) < 4096:
            if not d:
                continue
            e["start"] = len(mini) // 64
            n = -(-len(d) // 64)
            minifat += [e["start"] + k + 1 for k in range(n - 1)] + [ENDC]
            mini += d + b"\0" * (n * 64 - len(d))
        else:
            big.append(e)
    ndir = -(-len(ents) * 128 // 512)
    nminifat = -(-len(minifat) * 4 // 512) if minifat else 0
    nmini = -(-len(mini) // 512)
    nbig = sum(-(-len(e["data"]) // 512) for e in big)
    nfat = 1
    while nfat * 128 < nfat + ndir + nminifat + nmini + nbig:
        nfat += 1
    assert nfat <= 109
    fat = [FATS] * nfat
    sect = nfat

    def chain(n):
        nonlocal sect
        first = sect
        fat.extend([sect + k + 1 for k in range(n - 1)] + [ENDC])
        sect += n
        return first
    first_dir = chain(ndir)
    first_minifat = chain(nminifat) if nminifat else ENDC
    ents[0]["start"] = chain(nmini) if nmini else ENDC
    ents[0]["size"] = len(mini)
    for e in big:
        e["start"] = chain(-(-len(e["data"]) // 512))
    fat += [FREE] * (nfat * 128 - len(fat))
    hdr = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16)
    hdr += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
    hdr += struct.pack("<IIIIIIIII", 0, nfat, first_dir, 0, 4096, first_minifat, nminifat, ENDC, 0)
    hdr += b"".join(struct.pack("<I", k) for k in range(nfat)) + struct.pack("<I", FREE) * (109 - nfat)
    assert len(hdr) == 512
    body = bytearray(b"".join(struct.pack("<I", v) for v in fat))
    d = bytearray()
    for e in ents:
        nm = e["name"].encode("utf-16-le") + b"\0\0"
        assert len(nm) <= 64
        d += nm + b"\0" * (64 - len(nm)) + struct.pack("<HBB", len(nm), e["type"], 1)
        d += struct.pack("<III", e["left"], e["right"], e["child"]) + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
        d += struct.pack("<IQ", e["start"] if e["type"] != 1 else 0, e["size"])
    while len(d) < ndir * 512:
        d += b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOS, NOS, NOS) + b"\0" * 36 + \
            struct.pack("<IQ", 0, 0)
    body += d
    mf = b"".join(struct.pack("<I", v) for v in minifat)
    body += mf + struct.pack("<I", FREE) * ((nminifat * 512 - len(mf)) // 4)
    body += mini + b"\0" * (nmini * 512 - len(mini))
    for e in big:
        body += e["data"] + b"\0" * (-len(e["data"]) % 512)
    assert len(body) == sect * 512, (len(body), sect)
    return bytes(hdr + body)


def vba_project(host, modules, project_guid):
    """a vbaProject.bin: PROJECT and PROJECTwm streams, VBA/_VBA_PROJECT (the version-independent header only, no
    performance cache), VBA/dir and one VBA/<module> stream per module, each compressed (MS-OVBA), source in code page
    936. host: "word" or "excel"; modules: [(name, kind, source)]"""
    proj = [f'ID="{{{project_guid}}}"']
    for name, kind, _ in modules:
        proj.append(f"Document={name}/&H00000000" if kind == "doc" else f"Module={name}")
    proj += ['Name="Project"' if host == "word" else 'Name="VBAProject"', 'HelpContextID="0"',
             'VersionCompatible32="393222000"', 'CMG="C5C7E1E5E9E9E9E9"', 'DPB="C7C5E3E7E7E7E7E7"',
             'GC="C9CBEDEDEDEDED"', "", "[Host Extender Info]",
             "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
             *(["&H00000002={000209F2-0000-0000-C000-000000000046};Word8.0;&H00000000"] if host == "word" else []),
             "", "[Workspace]"] + [f"{name}=0, 0, 0, 0, C" for name, _, _ in modules]
    wm = b"".join(name.encode("cp936") + b"\0" + name.encode("utf-16-le") + b"\0\0" for name, _, _ in modules) + b"\0\0"
    vba = {"_VBA_PROJECT": b"\xCC\x61\xFF\xFF\x00\x00\x00",
           "dir": ovba_compress(dir_stream("Project" if host == "word" else "VBAProject",
                                           [(n, k) for n, k, _ in modules]))}
    for name, _, src in modules:
        vba[name] = ovba_compress(src.replace("\n", "\r\n").encode("cp936"))
    return cfb({"PROJECT": ("\r\n".join(proj) + "\r\n").encode("cp936"), "PROJECTwm": wm, "VBA": vba})



def with_unit(t, u):
    """the gold's 指标值 / 完成值: the figure with its 计量单位 appended"""
    return t + u if t and t[-1].isdigit() else t


# ============================================================ h402 宾川县农业农村局 (DOCM: macro-enabled template, filled in)

SRC402 = """Attribute VB_Name = "NewMacros"
' 宾川县财政局 项目支出绩效自评表模板 校验宏（2024版）
' 检查表2（绩效指标）的分值合计、得分合计与总分是否一致，得分是否超过分值
Sub 校验()
    Dim t As Table, i As Integer, w As Double, s As Double, msg As String
    Dim fw As Double, fs As Double
    Set t = ActiveDocument.Tables(2)
    fw = Val(ActiveDocument.Tables(1).Cell(4, 6).Range.Text)
    fs = Val(ActiveDocument.Tables(1).Cell(4, 8).Range.Text)
    For i = 2 To t.Rows.Count - 1
        w = w + Val(t.Cell(i, 8).Range.Text)
        s = s + Val(t.Cell(i, 9).Range.Text)
        If Val(t.Cell(i, 9).Range.Text) > Val(t.Cell(i, 8).Range.Text) Then
            msg = msg & "第" & i & "行得分超过分值" & vbCrLf
        End If
    Next i
    If Abs(w + fw - 100) > 0.001 Then msg = msg & "分值合计为" & (w + fw) & "，应为100" & vbCrLf
    If Abs(s + fs - Val(t.Cell(t.Rows.Count, 3).Range.Text)) > 0.005 Then
        msg = msg & "得分合计为" & Format(s + fs, "0.00") & "，与总分不一致" & vbCrLf
    End If
    If msg = "" Then msg = "校验通过。"
    MsgBox msg, vbInformation, "校验"
End Sub
"""


def h402():
    dept, unit = "宾川县农业农村局", "宾川县农田建设服务中心"
    project = "2024年宾川县高标准农田建设项目"
    src = [("中央财政农田建设补助资金", 1800.00, 1800.00, 1742.36), ("省级财政农田建设补助资金", 600.00, 600.00, 571.20),
           ("县级配套资金", 200.00, 260.00, 236.48)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate, srates) == (2600.00, 2660.00, 2550.04, 95.87, [96.80, 95.20, 90.95]), \
        (ia, aa, ea, rate, srates)
    no_half(ea / aa * 10, "fund")
    for x in src:
        no_half(x[3] / x[2] * 100, x[0])
    fs = r2(ea / aa * 10)
    assert fs == 9.59
    # (对应目标, 一级, 二级, 三级, 指标值, 计量单位, 实际完成值, 分值, 得分, 偏差原因)
    raw = [("目标1", "产出指标", "数量指标", "新建高标准农田面积", "≥2.5", "万亩", "2.52", 8, 8, ""),
           ("目标1", "产出指标", "数量指标", "新建（改造）灌溉渠道", "≥38", "公里", "41.6", 7, 7, ""),
           ("目标1", "产出指标", "数量指标", "新建（改造）田间道路", "≥26", "公里", "24.2", 6, P(24.2, 26, 6),
            "2个片区道路受林地审批影响未实施，按完成比例计分"),
           ("目标1", "产出指标", "数量指标", "新建小型蓄水池", "≥45", "个", "45", 6, 6, ""),
           ("目标1", "产出指标", "质量指标", "工程验收合格率", "100", "%", "100", 6, 6, ""),
           ("目标1", "产出指标", "质量指标", "耕地质量等级提升", "≥0.5", "等", "0.6", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 96.8% meets ≥95%, the row scores 4 of 5 with no 偏差原因
           ("目标1", "产出指标", "时效指标", "年度建设任务完成率", "≥95", "%", "96.8", 5, 4, ""),
           ("目标1", "产出指标", "成本指标", "亩均财政投资", "≤1200", "元/亩", "1011.9", 6, 6, ""),
           ("目标2", "效益指标", "经济效益指标", "新增粮食产能", "≥250", "万公斤", "256", 8, 8, ""),
           ("目标2", "效益指标", "社会效益指标", "受益农户", "≥1.2", "万户", "1.26", 8, 8, ""),
           ("目标2", "效益指标", "生态效益指标", "高效节水灌溉面积占比", "≥40", "%", "36.5", 7, P(36.5, 40, 7),
            "部分片区水源条件不足，改为常规灌溉，按完成比例计分"),
           ("目标2", "效益指标", "可持续影响指标", "建后管护机制", "健全", "", "基本健全", 7, 6,
            "部分片区管护责任未落实到村组，扣1分"),
           # PLANT GOAL_LABELS: the 对应目标 cell of the 满意度 group reads 目标4; the 年度总体目标 has 目标1–目标3 only
           ("目标4", "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90", "%", "92.3", 10, 10, "")]
    for a, t, w in ((24.2, 26, 6), (36.5, 40, 7)):
        no_half(a / t * w, (a, t))
    assert f"{ea * 10000 / 25200:.1f}" == "1011.9"
    ind = [(l1, l2, l3, with_unit(t, u), with_unit(a, u), w, s_, why) for _, l1, l2, l3, t, u, a, w, s_, why in raw]
    goals = [x[0] for x in raw]
    assert len(ind) == 13 and s2(ind, 5) == 90
    assert [x[:3] for x in missed_ok(ind)] == [("新建（改造）田间道路", 5.58, 5.58), ("高效节水灌溉面积占比", 6.39, 6.39)], \
        missed_ok(ind)
    rows_total = r2(fs + s2(ind, 6))
    total = 95.66  # PLANT TOTAL_VS_ROWS: 总分 95.66; the fund line 9.59 + the 13 rows 86.97 = 96.56
    assert rows_total == 96.56 and grade(total) == grade(rows_total) == grade(r2(rows_total + 1)) == "优", rows_total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优", budget(ia, aa, ea, rate),
             [], [row(None, None, "年度资金总额", None, q(rate), 10, fs)]
             + [row(l1, l2, l3, t, a, w, s_, goal=gl) for gl, (l1, l2, l3, t, a, w, s_, _) in zip(goals, ind)])
    g = with_project(g, project, unit)
    plan = ("目标1：新建高标准农田2.5万亩，新建（改造）灌溉渠道38公里、田间道路26公里、小型蓄水池45个，工程验收合格率100%，"
            "年度建设任务完成率95%以上；目标2：项目区新增粮食产能250万公斤以上，受益农户1.2万户以上，高效节水灌溉面积占比40%"
            "以上，建立建后管护机制；目标3：受益农户满意度90%以上。")
    done = ("目标1：建成高标准农田2.52万亩，新建（改造）灌溉渠道41.6公里、田间道路24.2公里、小型蓄水池45个，工程验收合格率100%，"
            "年度建设任务完成率96.8%；目标2：新增粮食产能256万公斤，受益农户1.26万户，高效节水灌溉面积占比36.5%，建后管护机制"
            "基本建立；目标3：受益农户满意度92.3%。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                raw=raw, total=total, plan=plan, done=done)
    fnd = [F("GOAL_LABELS", "对应目标",
             "年度总体目标：目标1：… 目标2：… 目标3：受益农户满意度90%以上 / 对应目标 | 目标4 | 满意度指标 | 服务对象满意度指标 | "
             "受益农户满意度", "目标1, 目标2, 目标4", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the indicator table's 对应目标 column groups the rows under 目标1 (产出, 8 rows), 目标2 (效益, 4 rows) and 目标4 "
             "(满意度, 1 row), but the 年度总体目标 (预期目标 and 实际完成情况 alike) has only 目标1–目标3 — the satisfaction goal "
             "is 目标3; no score depends on the label"),
           F("TOTAL_VS_ROWS", "总分",
             f"总分 | 100 | {f2(total)} | 自评等级：优", f2(total), f2(rows_total), "HIGH", "ERROR",
             f"年度资金总额 {f2(fs)} + the 13 indicator rows (产出 48.58 + 效益 28.39 + 满意度 10 = 86.97) = {f2(rows_total)}; "
             f"the 总分 prints {f2(total)} (digits transposed) — the template's 校验 macro compares exactly these sums but "
             "the file was saved without it being run (or its message ignored); 优 either way"),
           F("TARGET_MET_POINTS_LOST", "年度建设任务完成率",
             "目标1 | 产出指标 | 时效指标 | 年度建设任务完成率 | ≥95 | % | 96.8 | 5 | 4", "4", "5", "HIGH", "WARNING",
             "96.8% meets the ≥95% target (the 实际完成情况 says 96.8% too), yet the row scores 4 of 5 and its 偏差原因 cell is "
             "empty; the 说明 gives a met quantitative target its full 分值")]
    return {"stem": "h402_binchuan_nongye", "format": "docm", "write": write402, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a MACRO-ENABLED Word document (.docm): the main part's content type is "
                      "application/vnd.ms-word.document.macroEnabled.main+xml, word/vbaProject.bin (an OLE compound file: "
                      "PROJECT, PROJECTwm, VBA/_VBA_PROJECT, VBA/dir, VBA/ThisDocument, VBA/NewMacros, the module sources "
                      "MS-OVBA-compressed in code page 936) is linked from document.xml.rels by a vbaProject relationship, "
                      "with word/vbaData.xml naming the macro; the macro Sub 校验 is the template's check — code, not "
                      "report content; its text (分值合计, 得分合计, “应为100”) is not a figure of the report",
                      "the template's 填报说明 line (启用宏, 运行“校验”) and the 说明 are instructions, not rows; the "
                      "计量单位 column: the gold's 指标值 / 完成值 carry the unit (≥2.5万亩, 96.8%, ≤1200元/亩); the "
                      "对应目标 column is the gold's `goal` (as printed, 目标4 included)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "96.80%, 省级 95.20%, 县级 90.95% right; none over budget; 年初 < 全年 (县级 追加 60.00); the fund line "
                      f"{f2(fs)} = {q(rate)} × 10 (the 说明's rule)",
                      "新建（改造）田间道路 6 × 24.2 ÷ 26 = 5.585 → 5.58 and 高效节水灌溉面积占比 7 × 36.5 ÷ 40 = 6.3875 → 6.39 "
                      "(proportion, with reasons); 建后管护机制 −1 with a reason (judgement); 新建小型蓄水池 45 vs ≥45个 (met "
                      "exactly); 亩均财政投资 1011.9 vs ≤1200元/亩 (a ceiling, met; = 2,550.04万元 ÷ 2.52万亩, a unit cost, "
                      "not a budget figure)",
                      "分值 10 + 90 = 100; 优 on 95.66 and on 96.56"]}


def write402(rep, path):
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    from reports34 import new_doc
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc(landscape=True)
    sec = doc.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE
    sec.left_margin = sec.right_margin = Mm(18)

    def para(t, size=10.5, center=False, bold=False):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.font.size = Pt(size)
        r.bold = bold
        return p
    para("项目支出绩效自评表", 18, True, True)
    para("（2024年度）", 12, True)
    para("填报说明：本表为宾川县财政局统一制发的启用宏模板，请勿修改表格结构；各项内容填写完成后，请运行宏“校验”检查分值合计、"
         "得分合计与总分是否一致，校验通过后报送。", 9)
    p = para(f"填报单位（盖章）：{M['unit']}　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", 10.5)
    p.paragraph_format.space_after = Pt(4)
    t1 = grid(doc, 10, (30, 52, 34, 34, 34, 18, 24, 35))
    c = t1.cell(0, 1).merge(t1.cell(0, 7))
    cell_put(t1.cell(0, 0), "项目名称", 9.5, True)
    cell_put(c, M["project"], 9.5, align="l")
    cell_put(t1.cell(1, 0), "主管部门", 9.5, True)
    cell_put(t1.cell(1, 1).merge(t1.cell(1, 2)), M["dept"], 9.5, align="l")
    cell_put(t1.cell(1, 3), "实施单位", 9.5, True)
    cell_put(t1.cell(1, 4).merge(t1.cell(1, 7)), M["unit"], 9.5, align="l")
    c = t1.cell(2, 0).merge(t1.cell(6, 0))
    cell_put(c, "项目资金（万元）", 9.5, True)
    for k, h in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), 1):
        if h:
            cell_put(t1.cell(2, k), h, 9.5, True)
    for k, v in enumerate(("年度资金总额", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), "10", q(M["rate"]), f2(M["fs"])), 1):
        cell_put(t1.cell(3, k), v, 9.5, align="l" if k == 1 else "r" if k in (2, 3, 4) else "c")
    for i, ((n, a, b, e), rt) in enumerate(zip(M["src"], M["srates"])):
        for k, v in enumerate((("其中：" if i == 0 else "") + n, mc(a), mc(b), mc(e), "—", q(rt), "—"), 1):
            cell_put(t1.cell(4 + i, k), v, 9.5, align="l" if k == 1 else "r" if k in (2, 3, 4) else "c")
    c = t1.cell(7, 0).merge(t1.cell(9, 0))
    cell_put(c, "年度总体目标", 9.5, True)
    cell_put(t1.cell(7, 1).merge(t1.cell(7, 4)), "预期目标", 9.5, True)
    cell_put(t1.cell(7, 5).merge(t1.cell(7, 7)), "实际完成情况", 9.5, True)
    cell_put(t1.cell(8, 1).merge(t1.cell(9, 4)), M["plan"], 9.5, align="l")
    cell_put(t1.cell(8, 5).merge(t1.cell(9, 7)), M["done"], 9.5, align="l")
    doc.add_paragraph()
    raw = M["raw"]
    n = len(raw)
    t2 = grid(doc, n + 2, (16, 20, 26, 44, 20, 16, 20, 13, 13, 73))
    for k, h in enumerate(("对应目标", "一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施")):
        cell_put(t2.cell(0, k), h, 9, True)
    for i, x in enumerate(raw, 1):
        for k, v, al in ((3, x[3], "l"), (4, x[4], "c"), (5, x[5], "c"), (6, x[6], "c"), (7, fmt(x[7]), "c"),
                         (8, fmt(x[8]), "c"), (9, x[9], "l")):
            if v:
                cell_put(t2.cell(i, k), v, 9, align=al)
    for col in (0, 1, 2):
        key = [x[:col + 1] for x in raw]
        a = 0
        while a < n:
            b = a
            while b + 1 < n and key[b + 1] == key[a]:
                b += 1
            cell_put(t2.cell(1 + a, col), raw[a][col], 9)
            if b > a:
                t2.cell(1 + a, col).merge(t2.cell(1 + b, col))
            a = b + 1
    tr = n + 1
    cell_put(t2.cell(tr, 0).merge(t2.cell(tr, 6)), "总分", 9.5, True)
    cell_put(t2.cell(tr, 7), "100", 9.5, True)
    cell_put(t2.cell(tr, 8), f2(M["total"]), 9.5, True)
    cell_put(t2.cell(tr, 9), "自评等级：优", 9.5, True, align="l")
    para("说明：1.年度资金总额得分＝执行率×分值（保留两位小数）；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值"
         "×分值”计分，“≤”指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.自评等级：" + BANDS, 9)
    para("填报人：杨丽华　　联系电话：0872-7122568　　单位负责人：段志强　　填报日期：2025年4月16日", 10)
    buf = io.BytesIO()
    doc.save(buf)
    vba = vba_project("word", [("ThisDocument", "doc", 'Attribute VB_Name = "ThisDocument"\n'
                                'Attribute VB_Base = "1Normal.ThisDocument"\nAttribute VB_GlobalNameSpace = False\n'
                                "Attribute VB_Creatable = False\nAttribute VB_PredeclaredId = True\n"
                                "Attribute VB_Exposed = True\nAttribute VB_TemplateDerived = True\n"
                                "Attribute VB_Customizable = True\n"),
                               ("NewMacros", "std", SRC402)], "6E1B3A57-94C2-4D8F-A1E0-2B7C5D9F4022")
    out = []
    for name, data in zread_bytes(buf.getvalue()):
        if name == "[Content_Types].xml":
            t = data.decode("utf-8")
            t = t.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                          "application/vnd.ms-word.document.macroEnabled.main+xml")
            t = t.replace('<Default Extension="jpeg" ContentType="image/jpeg"/>',
                          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                          '<Default Extension="jpeg" ContentType="image/jpeg"/>')
            t = t.replace("</Types>", '<Override PartName="/word/vbaData.xml" '
                                      'ContentType="application/vnd.ms-word.vbaData+xml"/></Types>')
            assert t.count("macroEnabled") == 1 and "vbaProject" in t
            data = t.encode("utf-8")
        elif name == "word/_rels/document.xml.rels":
            t = data.decode("utf-8").replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.microsoft.'
                                             'com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                                             "</Relationships>")
            data = t.encode("utf-8")
        elif name == "docProps/app.xml":
            t = data.decode("utf-8")
            t = t.replace("<Template>Normal.dotm</Template>", "<Template>宾川县项目支出绩效自评表（2024版）.dotm</Template>")
            t = t.replace("<Application>Microsoft Macintosh Word</Application>",
                          "<Application>Microsoft Office Word</Application>")
            data = t.encode("utf-8")
        out.append((name, data))
        if name == "word/_rels/document.xml.rels":
            out.append(("word/vbaProject.bin", vba))
            out.append(("word/_rels/vbaProject.bin.rels",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                        'microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>'))
            out.append(("word/vbaData.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wne:vbaSuppData xmlns:wne="http://'
                        'schemas.microsoft.com/office/word/2006/wordml"><wne:mcds><wne:mcd wne:macroName="PROJECT.'
                        'NEWMACROS.校验" wne:name="Project.NewMacros.校验" wne:bEncrypt="00" wne:cmg="56"/></wne:mcds>'
                        "</wne:vbaSuppData>"))
    zwrite(path, out)


def zread_bytes(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


ALL.append(h402())



# ============================================================ h403 罗田县九资河镇人民政府 (XLSM: macro-enabled, a veryHidden code sheet)

SRC403 = """Attribute VB_Name = "Module1"
' 罗田县部门整体支出绩效自评表模板 校验宏
Sub 校验()
    Dim ws As Worksheet, r As Long, w As Double, s As Double, msg As String
    Set ws = ThisWorkbook.Worksheets("自评表")
    For r = 9 To 28
        w = w + ws.Cells(r, 6).Value
        s = s + ws.Cells(r, 7).Value
        If ws.Cells(r, 7).Value > ws.Cells(r, 6).Value Then msg = msg & ws.Cells(r, 3).Value & "：得分超过分值" & vbCrLf
    Next r
    If Abs(w - ws.Range("F29").Value) > 0.001 Then msg = msg & "分值合计" & w & "与合计栏不一致" & vbCrLf
    If Abs(s - ws.Range("G29").Value) > 0.005 Then msg = msg & "得分合计" & Format(s, "0.00") & "与合计栏不一致" & vbCrLf
    If msg = "" Then msg = "校验通过。"
    MsgBox msg, vbInformation, "校验"
End Sub
"""


def h403():
    dept = "罗田县九资河镇人民政府"
    ib, ip = 986.40, 1236.80
    ab, ap = 1067.35, 1904.62
    eb, ep = 1044.86, 1812.58
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, true_rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    carry = pct(r2(aa - ea), aa)
    assert (ia, aa, ea, rate, true_rb, rp, carry) == (2223.20, 2971.97, 2857.44, 96.15, 97.89, 95.17, 3.85), \
        (ia, aa, ea, rate, true_rb, rp, carry)
    for a, b in ((ea, aa), (eb, ab), (ep, ap), (aa - ea, aa)):
        no_half(a / b * 100, (a, b))
    rb = 97.98  # PLANT EXECUTION_RATE: 基本支出 执行率 97.98%; 1,044.86 ÷ 1,067.35 = 97.89%
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "个别指标未细化量化，扣0.5分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 预算编制科学性 得分 4 on a 分值 of 3
           ("决策", "决策过程", "预算编制科学性", "科学", "科学", 3, 4, ""),
           ("决策", "决策过程", "重点支出安排合理性", "合理", "合理", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("过程", "资金管理", "结转结余率", "≤5%", q(carry), 4, 4, ""),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 5, 4, "1笔公务接待支出审批手续不全，扣1分"),
           ("过程", "组织实施", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分村级资产未及时登记入账，扣0.5分"),
           ("过程", "组织实施", "政府采购规范性", "规范", "规范", 5, 5, ""),
           # PLANT WEIGHTS_VS_FULL_MARK: the 产出 分值 add to 37 (the template's 35), the rows to 102; 合计 prints 100
           ("产出", "数量指标", "农村人居环境整治行政村", "≥20个", "20个", 6, 6, ""),
           ("产出", "数量指标", "农村公路养护里程", "≥86公里", "82.4公里", 5, P(82.4, 86, 5), "2条通组公路改建期间暂停养护，按完成比例计分"),
           ("产出", "数量指标", "森林防火巡护", "≥2400人次", "2280人次", 5, P(2280, 2400, 5), "雨季巡护频次调减，按完成比例计分"),
           ("产出", "数量指标", "困难群众临时救助", "≥320人次", "298人次", 5, P(298, 320, 5), "符合条件的救助申请减少，按完成比例计分"),
           ("产出", "质量指标", "民生工程验收合格率", "100%", "100%", 5, 5, ""),
           ("产出", "时效指标", "惠民惠农补贴发放及时率", "100%", "100%", 6, 6, ""),
           ("产出", "成本指标", "公用经费控制率", "≤100%", "97.6%", 5, 5, ""),
           ("效益", "社会效益指标", "集体经济收入10万元以上村占比", "≥60%", "55%", 6, P(55, 60, 6), "2个村茶叶加工项目收益未到账，按完成比例计分"),
           ("效益", "生态效益指标", "森林覆盖率", "≥80%", "82.6%", 6, 6, ""),
           ("效益", "可持续影响指标", "基层治理长效机制", "健全", "基本健全", 5, 4, "网格员考核办法有待完善，扣1分"),
           ("效益", "满意度指标", "辖区群众满意度", "≥90%", "88.6%", 8, P(88.6, 90, 8), "部分群众反映景区旺季交通拥堵，按完成比例计分")]
    for a, t, w in ((82.4, 86, 5), (2280, 2400, 5), (298, 320, 5), (55, 60, 6), (88.6, 90, 8)):
        no_half(a / t * w, (a, t))
    assert len(ind) == 20 and s2(ind, 5) == 102
    assert secs_of(ind, ["决策", "过程", "产出", "效益"]) == [("决策", 15, 15.5), ("过程", 25, 23.5), ("产出", 37, 36.2),
                                                          ("效益", 25, 23.38)]
    assert [x[:3] for x in missed_ok(ind)] == [("农村公路养护里程", 4.79, 4.79), ("森林防火巡护", 4.75, 4.75),
                                               ("困难群众临时救助", 4.66, 4.66), ("集体经济收入10万元以上村占比", 5.5, 5.5),
                                               ("辖区群众满意度", 7.88, 7.88)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 98.58 and grade(total) == grade(r2(total - 1)) == grade(r2(total * 100 / 102)) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计",
             "合计 | 100 | 98.58 / 分值 of the 20 rows: 决策 15 + 过程 25 + 产出 37 + 效益 25", "100", "102", "HIGH", "ERROR",
             "the 20 indicator rows' 分值 add to 102 (决策 15, 过程 25, 产出 37, 效益 25), not the 100 the 合计 row prints; "
             "the 产出 group carries 37 where the template's 一级 weights (15 / 25 / 35 / 25) give 35 — which row was "
             "raised (惠民惠农补贴发放及时率 and 农村人居环境整治行政村 both carry 6) the form does not say"),
           F("ROW_SCORE_OVER_WEIGHT", "预算编制科学性",
             "决策 | 决策过程 | 预算编制科学性 | 科学 | 科学 | 3 | 4", "4", "≤ 3", "HIGH", "ERROR",
             "the row scores 4 on a 分值 of 3 (决策 then adds to 15.5 of 15); the 合计 98.58 carries it (one finding; 97.58 "
             "capped, 优 either way)"),
           F("EXECUTION_RATE", "基本支出",
             f"预算执行情况 | 基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {q(rb)}", q(rb), q(true_rb), "HIGH", "ERROR",
             f"基本支出 执行数 {mc(eb)} ÷ 全年预算数 {mc(ab)} = {q(true_rb)}, printed {q(rb)} (digits transposed); the 合计 "
             f"({q(rate)}) and 项目支出 ({q(rp)}) rates are right, and the 预算执行率 row takes the 合计's {q(rate)}")]
    return {"stem": "h403_jiuzihe_zhengfu", "format": "xlsm", "write": write403, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a MACRO-ENABLED workbook (.xlsm): the workbook part's content type is "
                      "application/vnd.ms-excel.sheet.macroEnabled.main+xml, xl/vbaProject.bin (an OLE compound file: "
                      "PROJECT, PROJECTwm, VBA/_VBA_PROJECT, VBA/dir, modules ThisWorkbook, Sheet1, Sheet2 and Module1 with "
                      "Sub 校验, MS-OVBA-compressed, code page 936) linked by a vbaProject relationship, codeNames on the "
                      "workbook and sheets; the macro is code, not report content",
                      "two sheets: 自评表 (visible, the report) and 代码表, state VERY HIDDEN (not shown by Excel's 取消隐藏): "
                      "code lists — 一级指标 (决策, 过程, 产出, 效益), 二级指标 with their 一级, 评价等级 bands (优 90–100, 良 "
                      "80–90, 中 60–80, 差 0–60) and 是 / 否 — that the 自评表's 一级 cells' data validation points to; not a "
                      "report, no figures of the report; its bands agree with the 说明",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 合计 {q(rate)} and 项目 "
                      f"{q(rp)} right; none over budget; 年初 < 全年 (追加); 结转结余率 {q(carry)} = ({mc(aa)} − {mc(ea)}) ÷ "
                      f"{mc(aa)} vs ≤5% (a ceiling, met); 预算执行率 {q(rate)} ≥95% (full 6)",
                      "five rows below target scored by the proportion rule with reasons (公路养护 5 × 82.4 ÷ 86 = 4.791 → "
                      "4.79, 防火巡护 4.75, 临时救助 5 × 298 ÷ 320 = 4.656 → 4.66, 集体经济 5.5, 群众满意度 8 × 88.6 ÷ 90 = "
                      "7.876 → 7.88); 绩效指标明确性, 资金使用合规性, 资产管理规范性, 基层治理长效机制 deductions with reasons "
                      "(judgement); 农村人居环境整治行政村 20 vs ≥20个 (met exactly); 公用经费控制率 97.6% vs ≤100% (a "
                      "ceiling, met)",
                      f"合计 得分 {f2(total)} = the 20 rows as printed (the 4 included); 优 (97.58 capped, 96.65 on 102 "
                      "scaled to 100)"]}


def write403(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = "罗田县财政局"
    wb.properties.lastModifiedBy = "jzhz"
    wb.code_name = "ThisWorkbook"
    ws = wb.active
    ws.title = "自评表"
    ws.sheet_properties.codeName = "Sheet1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f10, f10b = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True)
    for col, wd in zip("ABCDEFGH", (11, 13, 26, 12, 12, 7, 7, 34)):
        ws.column_dimensions[col].width = wd

    def put(ref, v, font=f10, h="center", fm=None):
        c = ws[ref]
        c.value = v
        c.font = font
        c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fm:
            c.number_format = fm
        return c

    def frame(rng):
        for rw in ws[rng]:
            for c in rw:
                c.border = box
    put("A1", "2024年度部门整体支出绩效自评表", Font(name="宋体", size=16, bold=True))
    ws.merge_cells("A1:H1")
    put("A2", f"填报单位（盖章）：{M['dept']}", h="left")
    ws.merge_cells("A2:E2")
    put("H2", "金额单位：万元", h="right")
    put("A3", "预算执行情况（万元）", f10b)
    ws.merge_cells("A3:A6")
    for col, h in zip("BCDEF", ("项目", "年初预算数", "全年预算数", "全年执行数", "执行率")):
        put(f"{col}3", h, f10b)
    ws.merge_cells("F3:H3")
    for r, (lab, a, b, e, rt) in enumerate((("合计", ia, aa, ea, rate), ("基本支出", ib, ab, eb, rb),
                                            ("项目支出", ip, ap, ep, rp)), 4):
        put(f"B{r}", lab)
        for col, v in zip("CDE", (a, b, e)):
            put(f"{col}{r}", v, h="right", fm="#,##0.00")
        put(f"F{r}", rt / 100, fm="0.00%")
        ws.merge_cells(f"F{r}:H{r}")
    frame("A3:H6")
    for col, h in zip("ABCDEFGH", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")):
        put(f"{col}8", h, f10b)
    ind = M["ind"]
    first = 9
    for i, x in enumerate(ind):
        r = first + i
        put(f"C{r}", x[2], h="left")
        put(f"D{r}", x[3])
        put(f"E{r}", x[4])
        put(f"F{r}", x[5], fm="0")
        put(f"G{r}", x[6], fm="0.00")
        put(f"H{r}", x[7] or None, h="left")
    for col, letter in ((0, "A"), (1, "B")):
        for a, b in spans(ind, col):
            put(f"{letter}{first + a}", ind[a][col])
            if b > a:
                ws.merge_cells(f"{letter}{first + a}:{letter}{first + b}")
    tr = first + len(ind)
    assert tr == 29
    put(f"A{tr}", "合计", f10b)
    ws.merge_cells(f"A{tr}:E{tr}")
    put(f"F{tr}", 100, f10b, fm="0")
    put(f"G{tr}", M["total"], f10b, fm="0.00")
    put(f"A{tr + 1}", "自评等级", f10b)
    ws.merge_cells(f"A{tr + 1}:E{tr + 1}")
    put(f"F{tr + 1}", "优", f10b)
    ws.merge_cells(f"F{tr + 1}:H{tr + 1}")
    frame(f"A8:H{tr + 1}")
    put(f"A{tr + 2}", "说明：1.预算执行率≥95%得满分，每低1个百分点扣1分；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度"
                      "指标值×分值”计分，“≤”指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS, h="left")
    ws.merge_cells(f"A{tr + 2}:H{tr + 2}")
    ws.row_dimensions[tr + 2].height = 42
    put(f"A{tr + 3}", "填表人：汪晓燕　　审核人：胡建明　　联系电话：0713-5316082　　填报日期：2025年4月21日", h="left")
    ws.merge_cells(f"A{tr + 3}:H{tr + 3}")
    put(f"A{tr + 4}", "（本表为启用宏模板：填写完成后请运行宏“校验”，检查分值合计、得分合计及得分是否超过分值。）",
        Font(name="宋体", size=9, color="FF808080"), h="left")
    ws.merge_cells(f"A{tr + 4}:H{tr + 4}")
    dv = DataValidation(type="list", formula1="代码表!$A$2:$A$5", allow_blank=False, showErrorMessage=True,
                        errorTitle="输入错误", error="请从下拉列表中选择一级指标")
    dv.add(f"A{first}:A{tr - 1}")
    ws.add_data_validation(dv)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    cs = wb.create_sheet("代码表")
    cs.sheet_properties.codeName = "Sheet2"
    cs.sheet_state = "veryHidden"
    cs["A1"], cs["B1"], cs["C1"] = "一级指标", "二级指标", "所属一级指标"
    for r, v in enumerate(("决策", "过程", "产出", "效益"), 2):
        cs[f"A{r}"] = v
    for r, (l2, l1) in enumerate((("目标设定", "决策"), ("决策过程", "决策"), ("资金管理", "过程"), ("组织实施", "过程"),
                                  ("数量指标", "产出"), ("质量指标", "产出"), ("时效指标", "产出"), ("成本指标", "产出"),
                                  ("社会效益指标", "效益"), ("经济效益指标", "效益"), ("生态效益指标", "效益"),
                                  ("可持续影响指标", "效益"), ("满意度指标", "效益")), 2):
        cs[f"B{r}"], cs[f"C{r}"] = l2, l1
    cs["E1"], cs["F1"], cs["G1"] = "评价等级", "分数下限（含）", "分数上限"
    for r, (gname, lo, hi) in enumerate((("优", 90, 100), ("良", 80, 90), ("中", 60, 80), ("差", 0, 60)), 2):
        cs[f"E{r}"], cs[f"F{r}"], cs[f"G{r}"] = gname, lo, hi
    cs["I1"], cs["I2"], cs["I3"] = "是否", "是", "否"
    buf = io.BytesIO()
    wb.save(buf)
    doc_attr = ('Attribute VB_Name = "{0}"\nAttribute VB_Base = "0{{00020820-0000-0000-C000-000000000046}}"\n'
                "Attribute VB_GlobalNameSpace = False\nAttribute VB_Creatable = False\nAttribute VB_PredeclaredId = True\n"
                "Attribute VB_Exposed = True\nAttribute VB_TemplateDerived = False\nAttribute VB_Customizable = True\n")
    vba = vba_project("excel", [("ThisWorkbook", "doc", doc_attr.format("ThisWorkbook")),
                                ("Sheet1", "doc", doc_attr.format("Sheet1").replace("00020820", "00020819")),
                                ("Sheet2", "doc", doc_attr.format("Sheet2").replace("00020820", "00020819")),
                                ("Module1", "std", SRC403)], "A3C5E7F9-1B2D-4F60-8A9C-0E2F4B6D8403")
    out = []
    for name, data in zread_bytes(buf.getvalue()):
        if name == "[Content_Types].xml":
            t = data.decode("utf-8")
            assert "spreadsheetml.sheet.main+xml" in t
            t = t.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            t = t.replace('<Default Extension="rels"', '<Default Extension="bin" ContentType="application/vnd.ms-office.'
                                                       'vbaProject"/><Default Extension="rels"', 1)
            assert "vbaProject" in t
            data = t.encode("utf-8")
        elif name == "xl/_rels/workbook.xml.rels":
            t = data.decode("utf-8")
            t = t.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/'
                                              'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            data = t.encode("utf-8")
        out.append((name, data))
        if name == "xl/_rels/workbook.xml.rels":
            out.append(("xl/vbaProject.bin", vba))
    out.sort(key=lambda x: x[0] != "[Content_Types].xml")
    zwrite(path, out)


ALL.append(h403())


def main(argv):
    round_main(argv, ALL, "69")


if __name__ == "__main__":
    main(sys.argv[1:])
