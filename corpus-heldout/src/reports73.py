#!/usr/bin/python3
"""Round 73 (h419–h423): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus73 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports73.py [h419 …]
(openpyxl, python-docx, reportlab, Pillow with libraqm, numpy, pikepdf, the Noto CJK fonts of fonts-noto-cjk and Noto
Naskh Arabic of fonts-noto-core:
h419 a 项目 自评表 SENT AS AN E-MAIL ATTACHMENT (来凤县, 恩施州): the .eml as the finance bureau's mailbox keeps it
(Received lines of a Coremail relay, a Foxmail sender), multipart/mixed: a multipart/alternative cover note (text/plain
and text/html, GB18030, base64) and the form as an ATTACHED XLSX (base64) whose Chinese file name is given twice, RFC
2047 in Content-Type's name and RFC 2231 with continuations (filename*0*=UTF-8''…; filename*1*=…) in
Content-Disposition;
h420 a SCREENSHOT of a county 预算绩效管理 platform's web view (射阳县, 盐城市) as PNG: 1,680 px wide at 96 dpi, a top bar
and a left menu that are not the report, KPI cards, three BI-style tables with a coloured header bar and white text,
light zebra rows and NO ruling lines at all, 14 px sans-serif text;
h421 a third-party 项目 绩效评价报告 as a PDF of A4 portrait pages with an A3 LANDSCAPE FOLD-OUT (折页) in the middle
holding the 评分表 (榕江县, 黔东南州): MediaBoxes of two sizes in one file;
h422 a BILINGUAL UYGHUR / CHINESE 部门整体 自评表 from 墨玉县 (和田地区) as a SCANNED, IMAGE-ONLY PDF: two A4 landscape
pages, each one 200-dpi grey JPEG, slightly skewed, the Uyghur (Arabic script, shaped right-to-left by libraqm in
Noto Naskh Arabic) above the Chinese in the title, labels, headers and 一级 / 二级 cells, the figures once;
h423 a 部门整体 self-evaluation REPORT as a DOCX typeset in TWO NEWSPAPER COLUMNS (w:cols w:num="2" with a separator
line), as the county finance bureau's 预算绩效管理简报 prints it: the masthead in a one-column section, then a continuous
section break and the report flowing down column 1 and on into column 2, its two tables narrowed to the column.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import base64
import io
import os
import re
import sys
import urllib.parse
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import Sheet, no_half, missed_ok, secs_of, mc, q, f2  # noqa: E402
from reports69 import RlCanvas, rl_canvas, zwrite  # noqa: E402
from reports71 import SANS, SANS_B, SERIF, SERIF_B, SC, split_goals  # noqa: E402

ALL = []
NASKH = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
NOTE = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
        "分值”计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：")


def reasons_ok(ind):
    """every row below its weight either missed a quantitative target or carries a reason"""
    return [x[2] for x in ind if x[6] < x[5] and not x[7]]


def ooxml_bytes(save):
    """an OOXML package saved by save(buf), rezipped entry by entry with a fixed date ([Content_Types].xml first)"""
    buf = io.BytesIO()
    save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: x[0] != "[Content_Types].xml")
    out = io.BytesIO()
    zwrite(out, items)
    return out.getvalue()


# ============================================================ h419 来凤县农业农村局 (EML: the 自评表 an ATTACHED XLSX)

def h419():
    dept, unit = "来凤县农业农村局", "来凤县特色产业发展中心"
    project = "2024年来凤县藤茶产业发展项目"
    src = [("中央财政衔接推进乡村振兴补助资金", 600.00, 600.00, 561.36), ("省级财政衔接推进乡村振兴补助资金", 200.00, 260.00, 231.74),
           ("县级财政资金", 100.00, 100.00, 86.15)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (900.00, 960.00, 879.25, 91.59) and srates == [93.56, 89.13, 86.15], (rate, srates)
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
    no_half(rate / 10, "rate")
    no_half(ea / ia * 10, "on 年初")
    fs_right = r2(rate / 10)
    fs = r2(ea / ia * 10)  # PLANT BUDGET_ROW_SCORE: the fund line scores 879.25 ÷ 900.00 × 10 = 9.77 (on the 年初预算数);
    assert (fs_right, fs) == (9.16, 9.77)  # the 说明's 执行率 × 分值 gives 91.59% × 10 = 9.16
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 1.16 of ≥1.2万亩 at full 8, no 偏差原因 (the rule gives 8 × 1.16 ÷ 1.2 = 7.73)
           ("产出指标", "数量指标", "藤茶标准化种植基地建设", "≥1.2万亩", "1.16万亩", 8, 8, ""),
           ("产出指标", "数量指标", "低产茶园改造提升", "≥3000亩", "3000亩", 7, 7, ""),
           ("产出指标", "数量指标", "藤茶加工生产线升级改造", "≥4条", "5条", 6, 6, ""),
           ("产出指标", "数量指标", "茶农技术培训", "≥1500人次", "1428人次", 6, P(1428, 1500, 6),
            "部分茶农外出务工，参训人数不足；按完成比例计分"),
           ("产出指标", "质量指标", "新植茶苗成活率", "≥90%", "93.6%", 6, 6, ""),
           ("产出指标", "质量指标", "藤茶产品质量抽检合格率", "100%", "100%", 7, 7, ""),
           ("产出指标", "时效指标", "项目资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "标准化基地亩均补助", "≤600元/亩", "585元/亩", 5, 5, ""),
           ("效益指标", "经济效益指标", "带动茶农户均增收", "≥2000元", "2150元", 8, 8, ""),
           ("效益指标", "经济效益指标", "藤茶产业综合产值", "≥12亿元", "12.6亿元", 7, 7, ""),
           ("效益指标", "社会效益指标", "带动脱贫人口就业", "≥800人", "836人", 5, 5, ""),
           ("效益指标", "生态效益指标", "茶园绿色防控覆盖率", "≥85%", "87.2%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "藤茶产业联农带农长效机制", "健全", "基本健全", 5, 4,
            "茶企与农户利益联结机制尚需完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "93.1%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%", "88.5%", 5, P(88.5, 90, 5),
            "部分企业反映鲜叶收购价格波动较大；按完成比例计分")]
    no_half(6 * 1428 / 1500, "培训")
    no_half(5 * 88.5 / 90, "企业满意度")
    no_half(8 * 1.16 / 1.2, "基地")
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:4] for x in missed_ok(ind[1:])] == [("藤茶标准化种植基地建设", 8, 7.73, False), ("茶农技术培训", 5.71, 5.71, True),
                                              ("加工企业满意度", 4.92, 4.92, True)], missed_ok(ind)
    assert reasons_ok(ind[1:]) == []
    total = s2(ind, 6)
    assert total == 98.40 and grade(total) == "优", total
    # the 计量单位 column: the figure and its unit split (the gold carries them joined, as printed across the two cells)
    plan = ("目标1：新建藤茶标准化种植基地1.2万亩，改造提升低产茶园3000亩；"
            "目标2：升级改造藤茶加工生产线4条，藤茶产品质量抽检合格率达100%；"
            # PLANT GOAL_LABELS: the 预期目标 numbers its goals 目标1, 目标2, 目标2, 目标3 (the third and fourth are 目标3, 目标4)
            "目标2：开展茶农技术培训1500人次，带动脱贫人口就业800人以上；"
            "目标3：带动茶农户均增收2000元以上，服务对象满意度达90%以上。")
    done = ("目标1：新建藤茶标准化种植基地1.16万亩，改造提升低产茶园3000亩；"
            "目标2：升级改造藤茶加工生产线5条，抽检合格率100%；"
            "目标3：开展茶农技术培训1428人次，带动脱贫人口就业836人；"
            "目标4：茶农户均增收2150元，茶农满意度93.1%、加工企业满意度88.5%。")
    assert split_goals(plan) == ["目标1", "目标2", "目标2", "目标3"] and split_goals(done) == ["目标1", "目标2", "目标3", "目标4"]
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    fname = f"{project}绩效自评表（{unit}）.xlsx"
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, fund=(ia, aa, ea, rate, fs), ind=ind,
                total=total, plan=plan, done=done, fname=fname)
    fnd = [F("GOAL_LABELS", "年度总体目标（预期目标）",
             "预期目标：目标1：新建藤茶标准化种植基地1.2万亩…；目标2：升级改造藤茶加工生产线4条…；目标2：开展茶农技术培训1500人次…；"
             "目标3：带动茶农户均增收2000元以上…", "目标1, 目标2, 目标2, 目标3", "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the 预期目标 cell numbers its four goals 目标1, 目标2, 目标2, 目标3: the second 目标2 (培训 and 就业) is 目标3 and the "
             "last (增收 and 满意度) 目标4, as the 实际完成情况 cell beside it numbers them (目标1–目标4)"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), f2(fs_right), "HIGH",
             "ERROR",
             f"the 说明's rule is 年度资金总额得分＝执行率×分值: {q(rate)} × 10 = {f2(fs_right)}; the line prints {f2(fs)}, "
             f"which is {mc(ea)} ÷ {mc(ia)} (the 年初预算数) × 10 — the score was taken on the budget before the 省级 追加 "
             f"of 60.00; the 总分 {f2(total)} counts the {f2(fs)} (优 either way)"),
           F("TARGET_MISSED_FULL_MARKS", "藤茶标准化种植基地建设",
             "产出指标 | 数量指标 | 藤茶标准化种植基地建设 | ≥1.2 | 万亩 | 1.16 | 8 | 8 |", "8", "< 8", "HIGH", "WARNING",
             "1.16万亩 falls short of the ≥1.2万亩 target, yet the row keeps its full 8 with an empty 偏差原因 cell; the "
             "说明's proportion rule gives 8 × 1.16 ÷ 1.2 = 7.73 (the 实际完成情况 cell itself reports 1.16万亩)")]
    return {"stem": "h419_laifeng_nongye", "format": "eml", "write": write419, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is an E-MAIL (.eml, RFC 5322) as the finance bureau's mailbox keeps it: Received lines, "
                      "RFC 2047 GB2312 sender / recipient names and subject, multipart/mixed holding a multipart/"
                      "alternative cover note (text/plain and text/html, GB18030, base64: a few lines naming the "
                      "attachment, no figure of the form) and the 自评表 as an ATTACHED XLSX (base64); the attachment's "
                      "Chinese file name is in Content-Type's name (RFC 2047, UTF-8 B) and in Content-Disposition's "
                      "filename as RFC 2231 continuations (filename*0*=UTF-8''…; filename*1*=…): one file, not two; the "
                      "mail's headers and signature are not the report",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      f"{q(srates[0])}, 省级 {q(srates[1])}, 县级 {q(srates[2])} right; none over; 年初 < 全年 (省级 追加 60.00); "
                      "the source lines carry no 分值 / 得分 and are not gold rows",
                      "茶农技术培训 6 × 1428 ÷ 1500 = 5.712 → 5.71 and 加工企业满意度 5 × 88.5 ÷ 90 = 4.917 → 4.92 "
                      "(proportion, with reasons); 长效机制 −1 with a reason (judgement)",
                      "低产茶园改造提升 3000 vs ≥3000亩 (met exactly); 标准化基地亩均补助 585 vs ≤600元/亩 (a ceiling, met; a unit "
                      "subsidy, not a budget figure); 藤茶加工生产线 5 vs ≥4条 (the 实际完成情况's 5条 agrees)",
                      "the 计量单位 column splits figure and unit: ≥1.2 | 万亩 | 1.16 is ≥1.2万亩 / 1.16万亩",
                      f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100; 优"]}


def xlsx419(M):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    ia, aa, ea, rate, fs = M["fund"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = "lfnyj"
    wb.properties.lastModifiedBy = "向晓琴"
    ws = wb.active
    ws.title = "项目自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [10, 12, 14, 22, 11, 9, 11, 7, 7, 26]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    def put(r, c, v, bold=False, al="center", size=10, fmt_=None, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if border:
            cell.border = box
        return cell

    def merge(r1, c1, r2_, c2):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = box
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    put(1, 1, "项目支出绩效自评表", True, size=16, border=False)
    ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 30
    put(2, 1, "（2024年度）", size=11, border=False)
    ws.merge_cells("A2:J2")
    put(3, 1, f"填报单位（盖章）：{M['dept']}", al="left", border=False)
    ws.merge_cells("A3:G3")
    put(3, 8, "金额单位：万元", al="right", border=False)
    ws.merge_cells("H3:J3")
    put(4, 1, "项目名称")
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], al="left")
    merge(4, 3, 4, 10)
    put(5, 1, "主管部门")
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], al="left")
    merge(5, 3, 5, 5)
    put(5, 6, "实施单位")
    put(5, 7, M["unit"], al="left")
    merge(5, 7, 5, 10)
    put(6, 1, "项目资金（万元）")
    merge(6, 1, 10, 2)
    put(6, 3, "")
    merge(6, 3, 6, 4)
    for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(6, 5 + k, h)
    r = 7
    put(r, 3, "年度资金总额")
    merge(r, 3, r, 4)
    for k, v in enumerate([ia, aa, ea]):
        put(r, 5 + k, v, al="right", fmt_="#,##0.00")
    put(r, 8, 10)
    put(r, 9, rate / 100, fmt_="0.00%")
    put(r, 10, fs, fmt_="0.00")
    for i, (x, rt) in enumerate(zip(M["src"], M["srates"])):
        r = 8 + i
        put(r, 3, ("其中：" if i == 0 else "") + x[0], al="left")
        merge(r, 3, r, 4)
        for k, v in enumerate(x[1:]):
            put(r, 5 + k, v, al="right", fmt_="#,##0.00")
        put(r, 8, "—")
        put(r, 9, rt / 100, fmt_="0.00%")
        put(r, 10, "—")
    put(11, 1, "年度总体目标")
    merge(11, 1, 12, 2)
    put(11, 3, "预期目标")
    merge(11, 3, 11, 6)
    put(11, 7, "实际完成情况")
    merge(11, 7, 11, 10)
    put(12, 3, M["plan"], al="left")
    merge(12, 3, 12, 6)
    put(12, 7, M["done"], al="left")
    merge(12, 7, 12, 10)
    ws.row_dimensions[12].height = 96
    hdr = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]
    for k, h in enumerate(hdr):
        put(13, 1 + k, h, bold=True)
    ind = M["ind"][1:]
    r0 = 14
    for i, x in enumerate(ind):
        r = r0 + i
        t, u = split_unit(x[3])
        a, u2 = split_unit(x[4])
        assert u2 == u or not u, (x, u, u2)
        put(r, 1, "")
        put(r, 2, x[0])
        put(r, 3, x[1])
        put(r, 4, x[2], al="left")
        put(r, 5, t)
        put(r, 6, u)
        put(r, 7, a)
        put(r, 8, x[5])
        put(r, 9, x[6], fmt_="0.00" if isinstance(x[6], float) and not float(x[6]).is_integer() else "General")
        put(r, 10, x[7], al="left")
    merge(13, 1, r0 + len(ind) - 1, 1)
    for k in (0, 1):
        for a, b in spans(ind, k):
            if b > a:
                merge(r0 + a, 2 + k, r0 + b, 2 + k)
    r = r0 + len(ind)
    put(r, 1, "总分")
    merge(r, 1, r, 7)
    put(r, 8, 100)
    put(r, 9, M["total"], fmt_="0.00")
    put(r, 10, "自评等级：优", al="left")
    r += 1
    put(r, 1, NOTE + BANDS, al="left", size=9, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.row_dimensions[r].height = 42
    r += 1
    put(r, 1, "填报人：向晓琴　　联系电话：0718-6228416　　填报日期：2025年5月7日", al="left", size=10, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    return ooxml_bytes(wb.save)


def split_unit(s_):
    """“≥1.2万亩” → (“≥1.2”, “万亩”); “≥90%” → (“≥90”, “%”); a text target (健全) → (text, “”)"""
    m = re.match(r"^([≥≤]?\d+(?:\.\d+)?)(.*)$", s_ or "")
    if not m:
        return s_, ""
    return m.group(1), m.group(2)


def b64lines(data, width=76):
    s_ = base64.b64encode(data).decode()
    return "\r\n".join(s_[i:i + width] for i in range(0, len(s_), width))


def rfc2047(s_, charset="GB2312"):
    """RFC 2047 B encoded words of at most 75 characters each (split between characters), folded onto new lines"""
    codec = "gb2312" if charset == "GB2312" else "utf-8"
    words, cur = [], ""
    for ch in s_:
        if len(f"=?{charset}?B??=") + len(base64.b64encode((cur + ch).encode(codec))) > 75:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\r\n\t".join(f"=?{charset}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)


def rfc2231(name, param="filename", chunk=60):
    """RFC 2231 continuations of a UTF-8 value: name*0*=UTF-8''…; name*1*=…, each piece whole percent-escapes"""
    enc = urllib.parse.quote(name, safe="")
    parts, cur = [], ""
    for tok in re.findall(r"%[0-9A-F]{2}|.", enc):
        if len(cur) + len(tok) > chunk:
            parts.append(cur)
            cur = ""
        cur += tok
    parts.append(cur)
    out = []
    for i, p in enumerate(parts):
        out.append(f"{param}*{i}*=" + ("UTF-8''" if i == 0 else "") + p)
    return ";\r\n\t".join(out)


def write419(rep, path):
    M = rep["meta"]
    xlsx = xlsx419(M)
    b1, b2 = "----=_001_NextPart327516084219_=----", "----=_002_NextPart741806253948_=----"
    sender, to = "向晓琴", "来凤县财政局预算绩效管理股"
    subject = "报送2024年来凤县藤茶产业发展项目绩效自评表"
    plain = ("县财政局预算绩效管理股：\r\n\r\n"
             "　　根据《关于开展2024年度财政支出绩效自评工作的通知》（来财绩〔2025〕3号）要求，现将我局2024年来凤县藤茶"
             "产业发展项目绩效自评表报送你们，请审核。自评表见附件，纸质盖章件另行报送。\r\n\r\n"
             "　　联系人：向晓琴，电话0718-6228416。\r\n\r\n"
             "来凤县农业农村局　计划财务股\r\n2025年5月8日\r\n\r\n"
             "--------------\r\n向晓琴\r\n来凤县农业农村局计划财务股\r\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb18030"><style>body { '
            'line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); '
            'line-height: 1.5; }</style></head><body>\r\n<div><span></span>县财政局预算绩效管理股：</div><div><br></div>'
            '<div>&nbsp; &nbsp; 根据《关于开展2024年度财政支出绩效自评工作的通知》（来财绩〔2025〕3号）要求，现将我局2024年'
            '来凤县藤茶产业发展项目绩效自评表报送你们，请审核。自评表见附件，纸质盖章件另行报送。</div><div><br></div>'
            '<div>&nbsp; &nbsp; 联系人：向晓琴，电话0718-6228416。</div><div><br></div><div>来凤县农业农村局&nbsp; '
            '计划财务股</div><div>2025年5月8日</div>\r\n<div><br></div><hr style="width: 210px; height: 1px;" '
            'color="#b5c4df" size="1" align="left">\r\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; '
            'FONT-SIZE: 10pt"><div>向晓琴</div><div>来凤县农业农村局计划财务股</div></div></span></div>\r\n'
            '</body></html>')
    fname = M["fname"]
    head = [
        "Received: from DESKTOP-LF2K7QA (unknown [27.17.84.203])",
        "\tby smtp3 (Coremail) with SMTP id GtxpCgA3_0ZeGBxoTq8JBw--.52814S2;",
        "\tThu, 08 May 2025 10:32:46 +0800 (CST)",
        "Date: Thu, 8 May 2025 10:32:44 +0800",
        f"From: \"{rfc2047(sender)}\" <lfxnyj_cws@163.com>",
        f"To: \"{rfc2047(to)}\" <lfczj_jxg@163.com>",
        f"Subject: {rfc2047(subject)}",
        "X-Priority: 3",
        "X-GUID: 5C1E7A3B-9D04-4F62-8B1A-2E7D40C96F15",
        "X-Has-Attach: yes",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <202505081032441826137@163.com>",
        "X-CM-TRANSID:GtxpCgA3_0ZeGBxoTq8JBw--.52814S2",
        "X-Originating-IP: [27.17.84.203]",
        "X-CM-SenderInfo: pniq0xxbmqlvpgq6il2tof0z/1tbiZQ5XbmgcF3yoDAAAsq",
        "Content-Type: multipart/mixed;",
        f"\tboundary=\"{b1}\"",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{b1}",
        "Content-Type: multipart/alternative;",
        f"\tboundary=\"{b2}\"",
        "",
        "",
        f"--{b2}",
        "Content-Type: text/plain;",
        "\tcharset=\"gb18030\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64lines(plain.encode("gb18030")),
        "",
        f"--{b2}",
        "Content-Type: text/html;",
        "\tcharset=\"gb18030\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64lines(html.encode("gb18030")),
        "",
        f"--{b2}--",
        "",
        f"--{b1}",
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;",
        f"\tname=\"{rfc2047(fname, 'UTF-8')}\"",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment;",
        "\t" + rfc2231(fname),
        "",
        b64lines(xlsx),
        "",
        f"--{b1}--",
        "",
        ""]
    with open(path, "wb") as f:
        f.write("\r\n".join(head).encode("ascii"))


ALL.append(h419())


# ============================================================ h420 射阳县卫生健康委员会 (PNG: a platform's web view, no rules)

def h420():
    dept = "射阳县卫生健康委员会"
    ib, ip = 3126.40, 5870.00
    ab, ap = 3208.65, 7342.18
    eb, ep = 3187.24, 6875.39
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (8996.40, 10550.83, 10062.63, 95.37, 99.33, 93.64), (ia, aa, ea, rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    shown = 95.73  # PLANT EXECUTION_RATE: the platform shows 95.73% (card, table, row); 10,062.63 ÷ 10,550.83 = 95.37%
    fs = r2(shown / 10)  # the 预算执行率 row follows the shown rate: 9.57 (on 95.37% it is 9.54)
    no_half(shown / 10, "shown")
    no_half(rate / 10, "rate")
    assert (fs, r2(rate / 10)) == (9.57, 9.54)
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(shown), 10, fs, "部分基建项目按工程进度结转下年"),
           ("产出指标", "数量指标", "家庭医生签约服务重点人群签约率", "≥75%", "78.6%", 5, 5, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥6.5万人", "6.72万人", 5, 5, ""),
           ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.2%", 5, 5, ""),
           ("产出指标", "数量指标", "村卫生室规范化建设", "≥30个", "30个", 5, 5, ""),
           # PLANT RULE_SCORE: 87.3% of ≥90% with a reason, scored 4; the 计分规则's proportion gives 5 × 87.3 ÷ 90 = 4.85
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "87.3%", 5, 4, "部分流动孕产妇未按时建册管理"),
           ("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥85%", "88.4%", 5, 5, ""),
           ("产出指标", "质量指标", "传染病网络报告及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "突发公共卫生事件处置及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "基本公共卫生服务补助资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "乡镇卫生院标准化建设单院补助", "≤150万元", "146.5万元", 5, 5, ""),
           ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "93.8%", 6, 6, ""),
           ("效益指标", "社会效益指标", "人均预期寿命", "≥80.5岁", "80.9岁", 6, 6, ""),
           ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "88.2%", 6, P(88.2, 90, 6),
            "部分重症患者转诊上级医院；按完成比例计分"),
           ("效益指标", "生态效益指标", "医疗废物集中处置率", "100%", "100%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "县域医共体建设长效机制", "健全", "基本健全", 6, 5, "医共体内部绩效考核尚不完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "患者就医满意度", "≥90%", "92.5%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "84.1%", 5, P(84.1, 85, 5),
            "基层医务人员待遇保障仍需提高；按完成比例计分")]
    no_half(6 * 88.2 / 90, "就诊率")
    no_half(5 * 84.1 / 85, "医务人员")
    no_half(5 * 87.3 / 90, "孕产妇")
    assert len(ind) == 18 and s2(ind, 5) == 100
    assert [x[:4] for x in missed_ok(ind[1:])] == [("孕产妇系统管理率", 4, 4.85, True), ("县域内就诊率", 5.88, 5.88, True),
                                              ("基层医务人员满意度", 4.95, 4.95, True)], missed_ok(ind)
    assert reasons_ok(ind) == []
    rsecs = secs_of(ind, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    assert rsecs == [("预算执行", 10, 9.57), ("产出指标", 50, 49), ("效益指标", 30, 28.88), ("满意度指标", 10, 9.95)], rsecs
    # PLANT SECTION_VS_ROWS: the 一级指标得分 panel shows 满意度指标 9.59; its two rows add to 9.95
    secs = [(n, w, 9.59 if n == "满意度指标" else s_) for n, w, s_ in rsecs]
    total = s2(ind, 6)
    assert total == 97.40 and grade(total) == "优" and r2(sum(x[2] for x in secs)) == 97.04, total
    g = gold(None, dept, 2024, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, shown, ab, eb, ap, ep), secs, grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, shown, rb, rp), ind=ind, secs=secs, total=total)
    fnd = [F("EXECUTION_RATE", "预算执行率",
             f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(shown)}", q(shown), q(rate), "HIGH", "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = {q(rate)}; the platform shows {q(shown)} (digits transposed) in the budget table's "
             f"合计 line, in the 预算执行率 card and as the 预算执行率 row's 实际完成值, whose 得分 {f2(fs)} follows it (on "
             f"{q(rate)} it is 9.54): one finding; 基本 {q(rb)} and 项目 {q(rp)} are right"),
           F("SECTION_VS_ROWS", "满意度指标",
             "一级指标得分 | 满意度指标 | 10 | 9.59", "9.59", "9.95", "HIGH", "ERROR",
             "the two 满意度指标 rows score 5 + 4.95 = 9.95; the 一级指标得分 panel shows 9.59 (digits transposed); its 合计 "
             f"{f2(total)} and the 自评得分 card add the rows, not the panel's column (9.57 + 49 + 28.88 + 9.59 = 97.04): "
             "one finding"),
           F("RULE_SCORE", "孕产妇系统管理率",
             "产出指标 | 质量指标 | 孕产妇系统管理率 | ≥90% | 87.3% | 5 | 4 | 部分流动孕产妇未按时建册管理", "4", "4.85",
             "HIGH", "ERROR",
             "the page's 计分规则 scores a missed quantitative target by 实际完成值 ÷ 年度指标值 × 分值: 87.3 ÷ 90 × 5 = "
             "4.85; the row gives 4 (a reason is given, so a partial score is right, but not this one); 县域内就诊率 and "
             "基层医务人员满意度 follow the rule")]
    return {"stem": "h420_sheyang_weijian", "format": "png", "write": write420, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a SCREENSHOT of the platform's web view (PNG, 96 dpi, no text layer): the top bar "
                      "(the system's name, the user), the left menu, the breadcrumb, the tab strip and the buttons "
                      "(导出Excel, 打印, 返回) are the platform, not the report; the KPI cards repeat figures of the tables "
                      "(全年预算数, 全年执行数, 预算执行率, 自评得分, 自评等级): the same figures, not a second report; the "
                      "tables have NO ruling lines: a coloured header bar with white text, zebra rows, columns set by "
                      "alignment; the 序号 column is the grid's, not a code",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 基本 {q(rb)} and 项目 "
                      f"{q(rp)} right; none over; 年初 < 全年 (追加)",
                      "县域内就诊率 6 × 88.2 ÷ 90 = 5.88 and 基层医务人员满意度 5 × 84.1 ÷ 85 = 4.947 → 4.95 (proportion, with "
                      "reasons); 县域医共体建设长效机制 −1 with a reason (judgement)",
                      "村卫生室规范化建设 30 vs ≥30个 (met exactly); 乡镇卫生院标准化建设单院补助 146.5 vs ≤150万元 (a ceiling, "
                      "met; a unit subsidy, not a budget figure)",
                      f"一级指标得分: 预算执行 10 | 9.57, 产出指标 50 | 49, 效益指标 30 | 28.88 equal their rows; 合计 100 | "
                      f"{f2(total)} = the 18 rows = the 自评得分 card; 优"]}


def write420(rep, path):
    from PIL import Image, ImageDraw, ImageFont
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, shown, rb, rp = M["b"]
    W, Hh = 1680, 1480
    img = Image.new("RGB", (W, Hh), (240, 242, 245))
    d = ImageDraw.Draw(img)
    fonts = {}

    def f(size, bold=False):
        k = (size, bold)
        if k not in fonts:
            fonts[k] = ImageFont.truetype(SANS_B if bold else SANS, size, index=SC)
        return fonts[k]

    def txt(x, y, s_, size=14, fill=(48, 49, 51), bold=False, al="l"):
        w = f(size, bold).getlength(s_)
        xx = x - w / 2 if al == "c" else x - w if al == "r" else x
        d.text((round(xx), round(y)), s_, font=f(size, bold), fill=fill)

    # top bar and left menu (the platform, not the report)
    d.rectangle((0, 0, W, 56), fill=(24, 64, 140))
    txt(24, 15, "射阳县预算绩效管理信息系统", 20, (255, 255, 255), True)
    txt(W - 24, 19, "射阳县卫生健康委员会 ｜ 陈瑾　　修改密码　　退出", 14, (220, 230, 250), al="r")
    d.rectangle((0, 56, 208, Hh), fill=(32, 45, 61))
    menu = [("首页", 0), ("绩效目标管理", 0), ("绩效运行监控", 0), ("绩效自评", 0), ("部门整体自评", 1), ("项目支出自评", 1),
            ("自评结果汇总", 1), ("财政重点评价", 0), ("评价结果应用", 0), ("系统管理", 0)]
    y = 80
    for name, lvl in menu:
        on = name == "部门整体自评"
        if on:
            d.rectangle((0, y - 10, 208, y + 30), fill=(24, 64, 140))
        txt(28 + 18 * lvl, y, name, 14, (255, 255, 255) if on or not lvl else (191, 203, 217))
        y += 44
    # content area
    X0, X1 = 232, W - 24
    txt(X0, 72, "绩效自评　/　部门整体自评　/　查看", 13, (96, 98, 102))
    d.rectangle((X0, 100, X1, 138), fill=(255, 255, 255))
    d.rectangle((X0, 100, X0 + 190, 138), fill=(236, 245, 255))
    txt(X0 + 16, 110, "部门整体自评（查看）", 14, (24, 64, 140))
    d.rectangle((X0, 150, X1, Hh - 20), fill=(255, 255, 255))
    cx0, cx1 = X0 + 24, X1 - 24
    txt((cx0 + cx1) / 2, 170, "2024年度部门整体支出绩效自评表", 20, (48, 49, 51), True, "c")
    for label, bx in (("返回", cx1 - 64), ("打印", cx1 - 140), ("导出Excel", cx1 - 240)):
        d.rounded_rectangle((bx, 166, bx + (88 if label == "导出Excel" else 60), 196), 4, outline=(220, 223, 230),
                            fill=(255, 255, 255))
        txt(bx + (44 if label == "导出Excel" else 30), 172, label, 13, (96, 98, 102), al="c")
    txt(cx0, 214, f"单位名称：{M['dept']}　　单位编码：318001　　填报状态：已审核（射阳县财政局）　　金额单位：万元", 14,
        (96, 98, 102))
    # KPI cards
    cards = [("全年预算数（万元）", mc(aa)), ("全年执行数（万元）", mc(ea)), ("预算执行率", q(shown)),
             ("自评得分", f2(M["total"])), ("自评等级", "优")]
    cw = (cx1 - cx0 - 4 * 16) / 5
    for i, (lab, val) in enumerate(cards):
        x = cx0 + i * (cw + 16)
        d.rounded_rectangle((x, 248, x + cw, 324), 6, fill=(244, 248, 255), outline=(217, 230, 250))
        txt(x + 18, 258, lab, 13, (120, 124, 130))
        txt(x + 18, 282, val, 24, (24, 64, 140), True)
    BAR, ZEBRA = (58, 123, 213), (245, 247, 250)

    def table(y, title, head, rows, widths, aligns, bold_last=False):
        return table_at(d, txt, cx0, y, title, head, rows, widths, aligns, BAR, ZEBRA, bold_last=bold_last)

    uw = cx1 - cx0
    brows = [["合计", mc(ia), mc(aa), mc(ea), q(shown)], ["其中：基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
             ["项目支出", mc(ip), mc(ap), mc(ep), q(rp)]]
    left_w = 760
    y1 = table(346, "预算执行情况", ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], brows,
               [200, 150, 150, 150, left_w - 650], ["l", "r", "r", "r", "c"])
    # the 一级指标得分 panel to the right of the budget table
    sx = cx0 + left_w + 40
    sw = cx1 - sx
    srows = [[n, fmt(w), f2(s_) if not float(s_).is_integer() else fmt(s_)] for n, w, s_ in M["secs"]]
    srows.append(["合计", "100", f2(M["total"])])
    y2 = table_at(d, txt, sx, 346, "一级指标得分", ["一级指标", "分值", "得分"], srows, [sw * 0.5, sw * 0.25, sw * 0.25],
                  ["l", "c", "c"], BAR, ZEBRA, bold_last=True)
    y = max(y1, y2) + 30
    irows = []
    for i, x in enumerate(M["ind"]):
        irows.append([str(i + 1), x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    irows.append(["", "合计", "", "", "", "", "100", f2(M["total"]), ""])
    iw = [52, 104, 150, 300, 110, 110, 64, 64, 0]
    iw[-1] = uw - sum(iw[:-1])
    y = table(y, "绩效指标完成情况", ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                "偏差原因分析"], irows, iw, ["c", "l", "l", "l", "c", "c", "c", "c", "l"], bold_last=True)
    y += 16
    rule = NOTE.replace("说明：", "计分规则：").replace("年度资金总额得分", "预算执行率得分") + BANDS
    for ln in _pil_wrap(f(13), rule, uw):
        txt(cx0, y, ln, 13, (120, 124, 130))
        y += 22
    y += 6
    txt(cx0, y, "填报人：陈瑾　　审核人：周海涛　　提交时间：2025-04-23 16:42:08　　审核时间：2025-04-28 09:15:37", 13,
        (120, 124, 130))
    txt(cx1, y, f"共 {len(M['ind'])} 条", 13, (120, 124, 130), al="r")
    assert y + 40 < Hh - 20, y
    img.save(path, "PNG", dpi=(96, 96), optimize=False, compress_level=9)


def table_at(d, txt, x0, y, title, head, rows, widths, aligns, BAR, ZEBRA, rowh=34, bold_last=False):
    txt(x0 + 12, y, title, 15, (48, 49, 51), True)
    d.rectangle((x0, y + 4, x0 + 3, y + 22), fill=BAR)
    y += 32
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    d.rectangle((x0, y, xs[-1], y + rowh), fill=BAR)
    for k, h in enumerate(head):
        txt((xs[k] + xs[k + 1]) / 2, y + 8, h, 14, (255, 255, 255), True, "c")
    y += rowh
    for i, r in enumerate(rows):
        if i % 2 == 1:
            d.rectangle((x0, y, xs[-1], y + rowh), fill=ZEBRA)
        b = bold_last and i == len(rows) - 1
        for k, v in enumerate(r):
            al = aligns[k]
            x = (xs[k] + xs[k + 1]) / 2 if al == "c" else xs[k] + 10 if al == "l" else xs[k + 1] - 12
            txt(x, y + 8, v, 14, (48, 49, 51), b, al)
        y += rowh
    return y


def _pil_wrap(font, text, width):
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", text):
        if font.getlength(cur + tok) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


ALL.append(h420())


# ============================================================ h421 榕江县 (PDF: A4 report with an A3 LANDSCAPE FOLD-OUT)

BANDS3 = "评价结果分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def h421():
    dept, unit = "榕江县文体广电旅游局", "榕江县文化旅游服务中心"
    project = "2024年榕江县“村超”文体旅游融合发展项目"
    evaluator = "贵州黔信达工程项目管理咨询有限公司"
    ia, aa, ea = 1200.00, 1350.00, 1268.47
    rate = pct(ea, aa)
    assert rate == 93.96
    no_half(ea / aa * 100, "rate")
    no_half(4 * rate / 100, "预算执行率 row")
    er = r2(4 * rate / 100)
    assert er == 3.76
    games_row, games_text = 316, 361  # PLANT SAME_FIGURE_DIFFERS: 四（三）'s text says 361场, the 评分表's row 316场
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分原因, 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "",
            "项目立项符合国家法律法规、国民经济发展规划和相关政策，与部门职责范围相符，得3分；每有一项不符扣1分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "", "按规定程序申请设立，审批文件、材料符合要求，得3分；否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "部分目标值设定偏低，未体现赛事规模增长",
            "绩效目标与实际工作内容相关、与预算投资额相匹配，得3分；否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 3, 2, "2项指标未量化，每项扣0.5分",
            "绩效指标细化、量化，与年度任务数相对应，得3分；每有一项不明确扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "基本科学", 3, 2.5, "年中追加预算150万元，编制不够精准",
            "预算编制经过科学论证，内容与项目内容匹配，得3分；否则酌情扣分"),
           # PLANT MALFORMED_RULE: the bands leave 85%–90% without a score (100% → 4, 90%–100% → 3, 80%–85% → 2, <80% → 0)
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "",
            "到位率100%得4分；90%（含）—100%得3分；80%（含）—85%得2分；80%以下不得分"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 4, er, "部分宣传推介费用未结算", "得分＝预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 4, 2, "2笔赛事保障费用报账凭证不完整",
            "资金使用符合规定，无截留、挤占、挪用，得4分；每发现一处问题扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "基本健全", 4, 3.5, "资产管理制度未及时修订",
            "已制定相应的业务及财务管理制度且合法合规，得4分；否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3, "项目档案归集不及时",
            "严格执行相关制度，项目资料齐全并及时归档，得4分；否则酌情扣分"),
           ("产出", "产出数量", "“村超”及各级联赛举办场次", "≥300场", f"{games_row}场", 8, 8, "", "完成≥300场得8分；未完成按比例得分"),
           ("产出", "产出数量", "文旅宣传推介活动", "≥12次", "12次", 6, 6, "", "≥12次得6分；每少1次扣0.5分"),
           ("产出", "产出质量", "赛事安全保障达标率", "100%", "100%", 6, 6, "", "100%得6分；每低1个百分点扣1分"),
           ("产出", "产出质量", "场馆设施改造验收合格率", "100%", "100%", 6, 6, "", "100%得6分；否则不得分"),
           ("产出", "产出时效", "项目完成及时率", "100%", "86%", 7, P(86, 100, 7), "2处看台改造延期至2025年1月完工",
            "按“实际完成值÷年度指标值×分值”计分"),
           ("产出", "产出成本", "单场赛事平均保障成本", "≤2.5万元", "2.38万元", 7, 7, "", "≤2.5万元得7分；每超出5%扣1分"),
           ("效益", "经济效益", "旅游综合收入增长率", "≥15%", "18.6%", 6, 6, "", "≥15%得6分；未达到按比例得分"),
           ("效益", "经济效益", "接待游客人次", "≥600万人次", "528万人次", 6, P(528, 600, 6), "赛事间歇期客流回落",
            "≥600万人次得6分；未达到按比例得分"),
           ("效益", "社会效益", "带动就业人数", "≥3000人", "3260人", 4, 4, "", "≥3000人得4分；未达到按比例得分"),
           ("效益", "可持续影响", "“村超”品牌长效运营机制", "健全", "基本建立", 4, 2, "市场化运营主体尚未培育",
            "建立长效运营机制得4分；基本建立得2分；未建立不得分"),
           ("效益", "满意度", "游客满意度", "≥90%", "87.4%", 5, r2(5 - 0.5 * (90 - 87.4)), "部分游客反映赛期住宿紧张、价格偏高",
            "≥90%得5分；每低1个百分点扣0.5分")]
    assert (ind[14][6], ind[17][6], ind[20][6]) == (6.02, 5.28, 3.7)
    assert len(ind) == 21 and s2(ind, 5) == 100
    secs = secs_of(ind, ["决策", "过程", "产出", "效益"])
    assert secs == [("决策", 15, 12.5), ("过程", 20, 16.26), ("产出", 40, 39.02), ("效益", 25, 20.98)], secs
    for n, w, s_ in secs:
        no_half(s_ / w * 100, n)
    total = s2(ind, 6)
    assert total == 88.76 and grade(total) == "良", total
    shown_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.76 printed 优 (三 and the 评分表's foot); the bands give 良
    g = with_project(gold(None, dept, 2024, "COUNTY", "贵州省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          shown_grade, budget(ia, aa, ea, rate), secs, grows([x[:8] for x in ind])), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, fund=(ia, aa, ea, rate), ind=ind,
                secs=secs, total=total, grade=shown_grade, games_text=games_text)
    fnd = [F("MALFORMED_RULE", "资金到位率",
             "资金到位率 | 4 | 到位率100%得4分；90%（含）—100%得3分；80%（含）—85%得2分；80%以下不得分",
             "到位率100%得4分；90%（含）—100%得3分；80%（含）—85%得2分；80%以下不得分", "no band for 85%–90%", "HIGH",
             "WARNING",
             "the 评分标准's bands run 100% → 4, 90%–100% → 3, 80%–85% → 2, below 80% → 0: a 到位率 from 85% up to 90% "
             "has no score; the row's 100% falls in the top band, so its 4 stands — the rule, not the score, needs "
             "correcting"),
           F("SAME_FIGURE_DIFFERS", "“村超”及各级联赛举办场次",
             f"四、（三）…全年共举办“村超”及各级联赛{games_text}场… | “村超”及各级联赛举办场次 | ≥300场 | {games_row}场",
             f"{games_text}场", f"{games_row}场", "HIGH", "WARNING",
             f"四（三）'s text says {games_text} matches were held in 2024, the 评分表's row {games_row}场 (digits "
             "transposed); both clear the ≥300场 target, so the row's full 8 stands either way; which figure is right "
             "the report does not say"),
           F("GRADE_OUTSIDE_BANDS", "评价等级",
             f"综合评价得分为{f2(total)}分，评价等级为“优”", "优", "良", "HIGH", "ERROR",
             f"the report's own bands (90分（含）以上为“优”，80分（含）至90分为“良”) put {f2(total)} in 良; 三 and the "
             "评分表's 合计 line both print 优 (one finding); 表1's sections and the 21 rows add to the printed total")]
    return {"stem": "h421_rongjiang_wenlv", "format": "pdf", "draw": draw421, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF mixes PAGE SIZES: pages 1–3 and 5 A4 portrait (595 × 842 pt), page 4 an A3 LANDSCAPE "
                      "FOLD-OUT (1191 × 842 pt) holding the whole 评分表 (the 附件 a bound report folds in); the fold-out "
                      "is one page, its table one table (no 续表, no repeated header), and its page number — 4 — follows "
                      "the A4 pages; 三's “附件：绩效评价指标评分表（见折页）” points to it",
                      f"funds: 年初 {mc(ia)}, 全年 {mc(aa)} (追加 150.00), 执行 {mc(ea)}, {q(rate)} right; the 预算执行率 row "
                      f"4 × {q(rate)} = 3.758 → 3.76 (its own rule)",
                      "接待游客人次 6 × 528 ÷ 600 = 5.28 and 项目完成及时率 7 × 86 ÷ 100 = 6.02 (proportion, their rules); 游客满意度 "
                      "87.4% of ≥90%: 5 − 0.5 × 2.6 = 3.70 (its own rule: a legitimately partial score); the 决策 / 过程 "
                      "deductions are the evaluator's judgement, each with a reason",
                      "文旅宣传推介活动 12 vs ≥12次 (met exactly); 单场赛事平均保障成本 2.38 vs ≤2.5万元 (a ceiling, met; a unit "
                      "cost, not a budget figure)",
                      f"表1: 决策 15 | 12.5 | 83.33%, 过程 20 | 16.26 | 81.30%, 产出 40 | 39.02 | 97.55%, 效益 25 | 20.98 | "
                      f"83.92% equal the rows; 合计 100 | {f2(total)} = the 21 rows"]}


def draw421(rep, path):
    from reportlab.lib.pagesizes import A3, A4, landscape
    M = rep["meta"]
    ia, aa, ea, rate = M["fund"]
    W, Hh = A4
    c = rl_canvas(path, f"{M['project']}绩效评价报告", "qxd", "Microsoft® Word 2016", "Microsoft® Word 2016",
                  pagesize=A4)
    rc = RlCanvas(c)
    X0 = 72.0
    sh = Sheet(rc, W, Hh, x0=X0)

    def foot(n, w=W):
        c.setFont("STSong-Light", 10.5)
        c.drawCentredString(w / 2, 36, f"— {n} —")

    def head(t, size=12):
        sh.y -= 6
        sh.txt(X0, sh.y, t, size)
        sh.y -= 22

    # p.1 cover
    sh.txt(W / 2, Hh - 230, "2024年榕江县“村超”文体旅游融合发展项目", 20, "c")
    sh.txt(W / 2, Hh - 262, "绩效评价报告", 22, "c")
    sh.txt(W / 2, Hh - 470, f"委托单位：榕江县财政局", 14, "c")
    sh.txt(W / 2, Hh - 500, f"评价机构：{M['evaluator']}", 14, "c")
    sh.txt(W / 2, Hh - 560, "二〇二五年五月", 14, "c")
    c.showPage()
    # p.2
    sh.y = Hh - 80
    head("一、项目基本情况")
    head("（一）项目概况", 11)
    sh.para(f"2023年以来，榕江县“村超”（乡村足球超级联赛）持续火热。为推动“村超”赛事与文化、体育、旅游深度融合，{M['dept']}"
            f"实施{M['project']}，由{M['unit']}具体组织实施，主要内容包括举办“村超”及各级联赛、开展文旅宣传推介、改造赛事场馆"
            "设施、保障赛事安全等。", 11, lead=19)
    head("（二）项目资金情况", 11)
    sh.para(f"项目年初预算{mc(ia)}万元，年中追加150.00万元，全年预算{mc(aa)}万元，全部为县级财政资金；截至2024年12月31日，"
            f"实际支出{mc(ea)}万元，预算执行率{q(rate)}。", 11, lead=19)
    sh.y -= 4
    sh.grid([["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"],
             [M["project"], mc(ia), mc(aa), mc(ea), q(rate)]], [175, 70, 70, 70, W - 2 * X0 - 385],
            size=9, aligns=["l", "r", "r", "r", "c"], head_rows=(0,), lead=12)
    head("二、绩效评价工作开展情况")
    sh.para(f"受榕江县财政局委托，{M['evaluator']}组成评价工作组，于2025年3月至5月对该项目开展绩效评价。评价工作组按照"
            "“决策、过程、产出、效益”四个维度设置评价指标体系，通过资料核查、现场勘察、问卷调查和座谈访谈等方式收集数据，"
            "共发放游客满意度问卷600份，回收有效问卷572份。", 11, lead=19)
    head("三、综合评价结论")
    sh.para(f"经综合评价，该项目综合评价得分为{f2(M['total'])}分，评价等级为“{M['grade']}”。{BANDS3}各一级指标得分情况见表1。",
            11, lead=19)
    sh.y -= 2
    sh.txt(W / 2, sh.y, "表1  一级指标得分情况", 10.5, "c")
    sh.y -= 12
    rows = [["一级指标", "分值", "得分", "得分率"]]
    for n, w, s_ in M["secs"]:
        rows.append([n, fmt(w), f2(s_) if not float(s_).is_integer() else fmt(s_), q(pct(s_, w))])
    rows.append(["合计", "100", f2(M["total"]), q(pct(M["total"], 100))])
    sh.grid(rows, [120, 100, 100, 100], size=10, aligns=["c"] * 4, head_rows=(0,), lead=12, x0=(W - 420) / 2)
    sh.txt(X0, sh.y, "附件：绩效评价指标评分表（见折页）", 11)
    assert sh.y > 60, sh.y
    foot(2)
    c.showPage()
    # p.3
    sh.y = Hh - 80
    head("四、绩效分析")
    head("（一）项目决策情况", 11)
    sh.para("项目立项依据充分，程序规范；绩效目标与项目内容基本匹配，但部分目标值设定偏低，2项指标未量化；年中追加预算150万元，"
            "预算编制的精准性有待提高。决策指标得分12.5分。", 11, lead=19)
    head("（二）项目过程情况", 11)
    sh.para(f"项目资金全部到位，预算执行率{q(rate)}；抽查发现2笔赛事保障费用报账凭证不完整，资产管理制度未及时修订，项目档案"
            "归集不够及时。过程指标得分16.26分。", 11, lead=19)
    head("（三）项目产出情况", 11)
    sh.para(f"全年共举办“村超”及各级联赛{M['games_text']}场，开展文旅宣传推介活动12次，赛事安全保障达标率100%，场馆设施"
            "改造全部通过验收；2处看台改造延期至2025年1月完工，项目完成及时率86%；单场赛事平均保障成本2.38万元。产出指标得分"
            "39.02分。", 11, lead=19)
    head("（四）项目效益情况", 11)
    sh.para("2024年全县旅游综合收入同比增长18.6%，接待游客528万人次，带动就业3260人；“村超”品牌长效运营机制基本建立，"
            "但市场化运营主体尚未培育；游客满意度87.4%。效益指标得分20.98分。", 11, lead=19)
    head("五、存在的问题")
    sh.para("一是绩效目标设置不够精细，部分指标未量化；二是预算编制精准性不足，年中追加较大；三是资金报账和档案管理不够规范；"
            "四是赛期住宿接待能力不足，游客满意度未达目标。", 11, lead=19)
    head("六、意见建议")
    sh.para("一是科学设置绩效目标，细化量化绩效指标；二是加强预算编制论证，减少年中追加；三是严格财务报账和档案管理；四是"
            "引导社会资本参与住宿等配套设施建设，培育市场化运营主体，建立“村超”品牌长效运营机制。", 11, lead=19)
    assert sh.y > 60, sh.y
    foot(3)
    c.showPage()
    # p.4: the A3 landscape fold-out
    W3, H3 = landscape(A3)
    c.setPageSize((W3, H3))
    sh3 = Sheet(rc, W3, H3, x0=50.0)
    sh3.y = H3 - 56
    sh3.txt(50, sh3.y, "附件", 12)
    sh3.y -= 26
    sh3.txt(W3 / 2, sh3.y, f"{M['project']}绩效评价指标评分表", 16, "c")
    sh3.y -= 24
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "扣分原因"]]
    for x in M["ind"]:
        rows.append([x[0], x[1], x[2], fmt(x[5]), x[8], x[3], x[4], fmt(x[6]) if float(x[6]).is_integer() else f2(x[6]),
                     x[7]])
    merges = [(1 + a, k, 1 + b, k) for k in (0, 1) for a, b in spans(M["ind"], k) if b > a]
    n = len(rows)
    rows.append(["合计", "", "", "100", "", "", "", f2(M["total"]), f"评价等级：{M['grade']}"])
    merges += [(n, 0, n, 2), (n, 4, n, 6)]
    cols = [64, 70, 150, 40, 380, 84, 84, 50, 0]
    cols[-1] = W3 - 100 - sum(cols[:-1])
    sh3.grid(rows, cols, merges, size=9, aligns=["c", "c", "l", "c", "l", "c", "c", "c", "l"], head_rows=(0,), lead=11.5,
             pad=3)
    assert sh3.y > 50, sh3.y
    foot(4, W3)
    c.showPage()
    # p.5 back on A4
    c.setPageSize((W, Hh))
    sh.y = Hh - 80
    head("评价机构声明")
    sh.para("本评价报告依据委托方及被评价单位提供的资料和现场核查情况作出，评价工作遵循独立、客观、公正的原则。评价机构对本"
            "报告的真实性、准确性负责。", 11, lead=19)
    head("评价工作组成员")
    for ln in ("组　长：龙建国（高级会计师）", "成　员：杨秀英（注册会计师）、吴志明（工程师）、潘丽娟（经济师）"):
        sh.txt(X0 + 22, sh.y, ln, 11)
        sh.y -= 20
    sh.y -= 40
    sh.txt(W - X0, sh.y, M["evaluator"], 11, "r")
    sh.y -= 20
    sh.txt(W - X0, sh.y, "2025年5月20日", 11, "r")
    foot(5)
    c.showPage()
    c.save()


ALL.append(h421())


# ============================================================ h422 墨玉县水利局 (SCANNED PDF, UYGHUR / CHINESE, image only)

# Uyghur in the Arabic script (UEY: ئ before an initial vowel, ې ۆ ۈ ۇ ۋ ە ھ ڭ), logical order; shaped right to left by
# libraqm when the page is drawn
UG = {
    "title": "2024‐يىللىق تارماق ئومۇمىي چىقىم ئۈنۈمىنى ئۆزى باھالاش جەدۋىلى",
    "year": "2024‐يىل",
    "unit": "تولدۇرغۇچى ئورۇن ۋە تامغىسى", "money": "پۇل بىرلىكى: 10 مىڭ يۈەن",
    "block": "خامچوت ئىجرا قىلىنىش ئەھۋالى", "item": "تۈر", "initial": "يىل بېشىدىكى خامچوت",
    "adjusted": "يىللىق خامچوت", "exec": "يىللىق ئىجرا سانى", "rate": "ئىجرا نىسبىتى",
    "total": "جەمئىي", "basic": "ئاساسىي چىقىم", "project": "تۈر چىقىمى",
    "l1": "1‐دەرىجىلىك كۆرسەتكۈچ", "l2": "2‐دەرىجىلىك كۆرسەتكۈچ", "l3": "3‐دەرىجىلىك كۆرسەتكۈچ",
    "target": "يىللىق كۆرسەتكۈچ قىممىتى", "actual": "ئەمەلىي ئورۇندالغىنى", "weight": "نومۇر قىممىتى",
    "score": "ئالغان نومۇر", "reason": "پەرق سەۋەبى ۋە ياخشىلاش تەدبىرى",
    "sum": "ئومۇمىي نومۇر", "grade": "ئۆزى باھالاش دەرىجىسى", "优": "ئەلا", "note": "ئىزاھات",
    "sign": "جەدۋەل تولدۇرغۇچى . تەكشۈرگۈچى . تېلېفون . تولدۇرۇلغان ۋاقىت",
    "预算执行": "خامچوت ئىجراسى", "产出指标": "مەھسۇلات كۆرسەتكۈچى", "效益指标": "ئۈنۈم كۆرسەتكۈچى",
    "满意度指标": "رازىمەنلىك كۆرسەتكۈچى",
    "数量指标": "سان كۆرسەتكۈچى", "质量指标": "سۈپەت كۆرسەتكۈچى", "时效指标": "ۋاقىت كۆرسەتكۈچى",
    "成本指标": "تەننەرخ كۆرسەتكۈچى", "经济效益指标": "ئىقتىسادىي ئۈنۈم", "社会效益指标": "ئىجتىمائىي ئۈنۈم",
    "生态效益指标": "ئېكولوگىيىلىك ئۈنۈم", "可持续影响指标": "سىجىل تەسىر كۆرسەتكۈچى",
    "服务对象满意度指标": "مۇلازىمەت ئوبيېكتى رازىمەنلىكى"}


def _ug_fonts_cover():
    from fontTools.ttLib import TTFont as FtFont
    cmap = FtFont(NASKH).getBestCmap()
    bad = sorted({ch for v in UG.values() for ch in v if ord(ch) not in cmap})
    assert not bad, bad  # Noto Naskh Arabic has no ASCII “-” or parentheses: U+2010 is the hyphen here


_ug_fonts_cover()


def h422():
    dept = "墨玉县水利局"
    ib, ip = 1186.20, 4350.00
    ab, ap = 1242.56, 6128.40
    # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 1,258.93 over its 全年预算 1,242.56 (101.32%), no reason given
    eb, ep = 1258.93, 5824.17
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (5536.20, 7370.96, 7083.10, 96.09, 101.32, 95.04), (ia, aa, ea, rate, rb, rp)
    assert eb > ab and ea < aa
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    no_half(rate / 10, "rate")
    fs = r2(rate / 10)
    assert fs == 9.61
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(rate), 10, fs, "部分项目按工程进度结转下年"),
           ("产出指标", "数量指标", "新建改造农村供水管网", "≥120公里", "126.5公里", 6, 6, ""),
           ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥2.5万亩", "2.5万亩", 6, 6, ""),
           ("产出指标", "数量指标", "渠道防渗改造", "≥45公里", "43.2公里", 5, P(43.2, 45, 5), "部分渠段冬季停工；按完成比例计分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 5 of 4 (the target met: 4 is the most it can earn; 5 is the next rows' 分值)
           ("产出指标", "数量指标", "河湖“清四乱”问题整改", "≥20处", "23处", 4, 5, ""),
           ("产出指标", "质量指标", "农村集中供水工程水质达标率", "≥95%", "96.8%", 5, 5, ""),
           ("产出指标", "质量指标", "水利工程验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "水利项目开工及时率", "100%", "100%", 4, 4, ""),
           ("产出指标", "成本指标", "渠道防渗单位造价", "≤38万元/公里", "36.4万元/公里", 5, 5, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "98.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "受益人口", "≥12万人", "12.8万人", 5, 5, ""),
           ("效益指标", "生态效益指标", "灌溉水有效利用系数", "≥0.56", "0.57", 6, 6, ""),
           ("效益指标", "生态效益指标", "新增节水能力", "≥1200万立方米", "1260万立方米", 5, 5, ""),
           ("效益指标", "可持续影响指标", "水利工程长效管护机制", "健全", "基本健全", 6, 5, "村级管水员队伍不稳定，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "用水户协会满意度", "≥90%", "87.6%", 10, P(87.6, 90, 10),
            "灌溉高峰期配水矛盾较突出；按完成比例计分")]
    no_half(5 * 43.2 / 45, "防渗")
    no_half(10 * 87.6 / 90, "协会")
    assert len(ind) == 16
    weights = s2(ind, 5)
    # PLANT WEIGHTS_VS_FULL_MARK: the 分值 add to 98 (10 + 40 + 28 + 20); the 总分 row prints a full mark of 100
    assert weights == 98
    assert [x[:4] for x in missed_ok(ind[1:])] == [("渠道防渗改造", 4.8, 4.8, True), ("用水户协会满意度", 9.73, 9.73, True)]
    assert reasons_ok(ind) == []
    assert [(x[2], x[5], x[6]) for x in ind if x[6] > x[5]] == [("河湖“清四乱”问题整改", 4, 5)]
    total = s2(ind, 6)
    assert total == 97.14 and grade(total) == "优" and grade(r2(total - 1)) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "新疆维吾尔自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "总分",
             f"总分 | 100 | {f2(total)}", "100", "98", "HIGH", "ERROR",
             "the 预算执行率 row's 分值 10 and the fifteen indicator rows' 分值 (产出指标 40, 效益指标 28, 满意度指标 20) add to "
             "98, yet the 总分 row prints a full mark of 100: the 效益指标 rows carry 28 where the other 一级 carry round "
             f"figures — a 2-point row appears to have been dropped without the full mark being changed; the 得分 {f2(total)} "
             "adds the rows as printed (优 either way)"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"其中：基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {q(rb)}", mc(eb), f"≤ {mc(ab)}", "HIGH", "WARNING",
             f"基本支出 spent {mc(eb)} against a 全年预算数 of {mc(ab)} ({q(rb)}, {mc(r2(eb - ab))} over) with no 调整 or "
             f"reason given on the form; 项目支出 ({q(rp)}) and the whole ({q(rate)}) are under budget"),
           F("ROW_SCORE_OVER_WEIGHT", "河湖“清四乱”问题整改",
             "产出指标 | 数量指标 | 河湖“清四乱”问题整改 | ≥20处 | 23处 | 4 | 5 |", "5", "≤ 4", "HIGH", "ERROR",
             "the row scores 5 against a 分值 of 4 (the target is met, so 4 is the most it can earn; 5 is the 分值 of the "
             f"rows around it); the 总分 {f2(total)} counts the 5 (优 either way)")]
    return {"stem": "h422_moyu_shuili", "format": "pdf", "write": write422, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF is a SCAN: two A4 landscape pages, each ONE 200-dpi grey JPEG (DCTDecode), no font and no "
                      "text layer; the pages are slightly skewed (about −0.5° and +0.4°), the paper grey with speckle: "
                      "the scan, not content",
                      "the form is BILINGUAL UYGHUR / CHINESE: the title, the 年度 line, the 填报单位 / 金额单位 labels, "
                      "every column header, the budget lines' labels, the 一级 / 二级 names, 总分 / 自评等级, the grade, "
                      "the 说明's heading and the signature labels carry a line of Uyghur (Arabic script, right to left) "
                      "ABOVE the Chinese; the figures, the 三级 names, targets, actuals and reasons once, in Chinese; the "
                      "Uyghur lines are translations, not extra rows, cells or headings",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)} "
                      f"(over 100%: the finding, arithmetically right) and 项目 {q(rp)} right; 年初 < 全年 (追加)",
                      f"预算执行率 {q(rate)} × 10 = 9.609 → {f2(fs)}; 渠道防渗改造 5 × 43.2 ÷ 45 = 4.80 and 用水户协会满意度 "
                      "10 × 87.6 ÷ 90 = 9.733 → 9.73 (proportion, with reasons); 长效管护机制 −1 with a reason (judgement)",
                      "新增高效节水灌溉面积 2.5 vs ≥2.5万亩 (met exactly); 灌溉水有效利用系数 0.57 vs ≥0.56 (met, no unit); "
                      "渠道防渗单位造价 36.4 vs ≤38万元/公里 (a ceiling, met; a unit cost, not a budget figure)",
                      f"总分 {f2(total)} = the 16 rows as printed (the 5 of 4 included); 优"]}


class ScanPage:
    """one A4 landscape page at 200 dpi drawn with Pillow: Chinese in Noto Serif CJK SC, Uyghur in Noto Naskh Arabic
    shaped right to left by libraqm; ruled grids whose cells are (uyghur or None, chinese)"""

    def __init__(self, W=2339, Hh=1654, x0=118):
        from PIL import Image, ImageDraw
        self.img = Image.new("L", (W, Hh), 255)
        self.d = ImageDraw.Draw(self.img)
        self.W, self.H, self.X0 = W, Hh, x0
        self.y = 0
        self.fonts = {}

    def font(self, kind, size):
        from PIL import ImageFont
        k = (kind, size)
        if k not in self.fonts:
            if kind == "ug":
                self.fonts[k] = ImageFont.truetype(NASKH, size, layout_engine=ImageFont.Layout.RAQM)
            else:
                self.fonts[k] = ImageFont.truetype(SERIF_B if kind == "zhb" else SERIF, size, index=SC)
        return self.fonts[k]

    def width(self, s_, kind, size):
        if kind == "ug":
            return self.font(kind, size).getlength(s_, direction="rtl", language="ug")
        return self.font(kind, size).getlength(s_)

    def txt(self, x, y, s_, kind, size, align="l"):
        w = self.width(s_, kind, size)
        xx = x - w / 2 if align == "c" else x - w if align == "r" else x
        if kind == "ug":
            self.d.text((round(xx), round(y)), s_, font=self.font(kind, size), fill=0, direction="rtl", language="ug")
        else:
            self.d.text((round(xx), round(y)), s_, font=self.font(kind, size), fill=0)

    def wrap(self, text, width, size, kind="zh"):
        out, cur = [], ""
        for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", text or ""):
            if self.width(cur + tok, kind, size) > width and cur and tok not in "，。；、）”：%":
                out.append(cur)
                cur = tok
            else:
                cur += tok
        out.append(cur)
        return out

    def grid(self, rows, widths, merges=(), aligns=None, head_rows=(0,), size=25, usize=22, lead=34, ulead=40, pad=9):
        cover = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cover[(rr, cc)] = (r1, c1, r2_, c2)
        xs = [self.X0]
        for w in widths:
            xs.append(xs[-1] + w)

        def lines_of(cell, width, bold):
            ug, zh = cell if isinstance(cell, tuple) else (None, cell)
            out = []
            if ug:  # a Uyghur line too long for the cell breaks between words
                cur = ""
                for w_ in ug.split(" "):
                    if cur and self.width(cur + " " + w_, "ug", usize) > width:
                        out.append((cur, "ug"))
                        cur = w_
                    else:
                        cur = (cur + " " + w_).strip()
                assert self.width(cur, "ug", usize) <= width, (cur, width)
                out.append((cur, "ug"))
            out += [(ln, "zhb" if bold else "zh") for ln in (self.wrap(zh, width, size, "zhb" if bold else "zh")
                                                              if zh else [])]
            return out

        def h_of(ls):
            return sum(ulead if k == "ug" else lead for _, k in ls)

        heights = []
        for r, row_ in enumerate(rows):
            h = lead + 2 * pad
            for k, cell in enumerate(row_):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue
                span = (m[3] - m[1] + 1) if m else 1
                h = max(h, h_of(lines_of(cell, sum(widths[k:k + span]) - 2 * pad, r in head_rows)) + 2 * pad)
            heights.append(h)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        for r, row_ in enumerate(rows):
            for k, cell in enumerate(row_):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r], ys[r2_ + 1]
                self.d.rectangle((xa, ya, xb, yb), outline=0, width=2)
                ls = lines_of(cell, xb - xa - 2 * pad, r in head_rows)
                al = "c" if (aligns is None or r in head_rows) else aligns[k]
                ty = (ya + yb) / 2 - h_of(ls) / 2
                for s_, kind in ls:
                    step = ulead if kind == "ug" else lead
                    sz = usize if kind == "ug" else size
                    off = (step - sz) / 2 - (sz * 0.38 if kind == "ug" else sz * 0.12)
                    xx = (xa + xb) / 2 if al == "c" or kind == "ug" else xa + pad if al == "l" else xb - pad
                    self.txt(xx, ty + off, s_, kind, sz, "c" if kind == "ug" else al)
                    ty += step
        self.y = ys[-1]
        return ys


def scan_look(img, angle, seed):
    """a 200-dpi office scan: ink softened, a grey paper with speckle, the page turned by `angle` degrees"""
    import numpy as np
    from PIL import Image, ImageFilter
    rs = np.random.RandomState(seed)
    im = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(im, np.float32)
    a = 236 - (255 - a) * (236 - 38) / 255
    a += rs.normal(0, 4.0, a.shape)
    specks = rs.random_sample(a.shape) < 0.0004
    a[specks] -= rs.uniform(60, 140, specks.sum())
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236)
    return im


def write422(rep, path):
    import pikepdf
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    ind = M["ind"]

    def ub(key, zh):
        return (UG[key], zh)

    widths = [240, 270, 450, 250, 250, 140, 140, 0]
    # page 1: title, unit line, budget, the indicator header and the first rows
    p1 = ScanPage()
    usable = p1.W - 2 * p1.X0
    widths[-1] = usable - sum(widths[:-1])
    p1.y = 110
    p1.txt(p1.W / 2, p1.y, UG["title"], "ug", 34, "c")
    p1.y += 64
    p1.txt(p1.W / 2, p1.y, "2024年度部门整体支出绩效自评表", "zhb", 46, "c")
    p1.y += 70
    p1.txt(p1.W / 2, p1.y, UG["year"] + "　", "ug", 24, "r")
    p1.txt(p1.W / 2, p1.y + 4, "　（2024年度）", "zh", 28, "l")
    p1.y += 62
    p1.txt(p1.X0, p1.y, UG["unit"], "ug", 22)
    p1.txt(p1.W - p1.X0, p1.y, UG["money"], "ug", 22, "r")
    p1.y += 40
    p1.txt(p1.X0, p1.y, f"填报单位（盖章）：{M['dept']}", "zh", 28)
    p1.txt(p1.W - p1.X0, p1.y, "金额单位：万元", "zh", 28, "r")
    p1.y += 50
    rows = [[ub("block", "预算执行情况（万元）"), ub("item", "项目"), ub("initial", "年初预算数"), ub("adjusted", "全年预算数"),
             ub("exec", "全年执行数"), ub("rate", "执行率")],
            ["", ub("total", "合计"), mc(ia), mc(aa), mc(ea), q(rate)],
            ["", ub("basic", "其中：基本支出"), mc(ib), mc(ab), mc(eb), q(rb)],
            ["", ub("project", "项目支出"), mc(ip), mc(ap), mc(ep), q(rp)]]
    bw = [330, 420, 380, 380, 380, 0]
    bw[-1] = usable - sum(bw[:-1])
    p1.grid(rows, bw, [(0, 0, 3, 0)], aligns=["c", "c", "r", "r", "r", "c"])
    p1.y += 44
    head = [ub("l1", "一级指标"), ub("l2", "二级指标"), ub("l3", "三级指标"), ub("target", "年度指标值"),
            ub("actual", "实际完成值"), ub("weight", "分值"), ub("score", "得分"), ub("reason", "偏差原因分析及改进措施")]
    al = ["c", "c", "l", "c", "c", "c", "c", "l"]
    k1 = 7

    def body(part):
        rows_ = [head]
        for x in part:
            rows_.append([ub(x[0], x[0]), ub(x[1], x[1]), x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
        merges = [(1 + a, k, 1 + b, k) for k in (0, 1) for a, b in spans(part, k) if b > a]
        return rows_, merges

    rows, merges = body(ind[:k1])
    p1.grid(rows, widths, merges, aligns=al)
    assert p1.y < p1.H - 110, p1.y
    p1.txt(p1.W / 2, p1.H - 84, "第 1 页  共 2 页", "zh", 22, "c")
    # page 2: the header again, the remaining rows, 总分, 等级, 说明, signatures
    p2 = ScanPage()
    p2.y = 110
    rows, merges = body(ind[k1:])
    n = len(rows)
    rows.append([ub("sum", "总分"), "", "", "", "", "100", f2(M["total"]), ""])
    rows.append([ub("grade", "自评等级"), "", "", "", "", ub("优", "优"), "", ""])
    merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
    p2.grid(rows, widths, merges, aligns=al)
    p2.y += 30
    p2.txt(p2.X0, p2.y, UG["note"], "ug", 22)
    p2.y += 40
    for ln in p2.wrap(NOTE.replace("年度资金总额得分", "预算执行率得分") + BANDS, usable, 25):
        p2.txt(p2.X0, p2.y, ln, "zh", 25)
        p2.y += 40
    p2.y += 16
    p2.txt(p2.X0, p2.y, UG["sign"], "ug", 22)
    p2.y += 40
    p2.txt(p2.X0, p2.y, "填表人：阿不都热依木·买买提　　审核人：李建新　　联系电话：0903-6512438　　填报日期：2025年4月24日",
           "zh", 26)
    assert p2.y < p2.H - 110, p2.y
    p2.txt(p2.W / 2, p2.H - 84, "第 2 页  共 2 页", "zh", 22, "c")
    pdf = pikepdf.new()
    for page, angle, seed in ((p1, -0.5, 4221), (p2, 0.4, 4222)):
        im = scan_look(page.img, angle, seed)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=82, optimize=False, dpi=(200, 200))
        xo = pikepdf.Stream(pdf, buf.getvalue())
        xo.Type, xo.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        xo.Width, xo.Height = im.size
        xo.ColorSpace, xo.BitsPerComponent, xo.Filter = pikepdf.Name.DeviceGray, 8, pikepdf.Name.DCTDecode
        pw, ph = im.size[0] * 72 / 200, im.size[1] * 72 / 200
        content = pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode())
        pg = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(pw, 2), round(ph, 2)],
                                Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xo)), Contents=content)
        pdf.pages.append(pikepdf.Page(pg))
    pdf.docinfo["/Producer"] = "Kyocera Command Center RX"
    pdf.docinfo["/Creator"] = "TASKalfa 3253ci"
    pdf.docinfo["/CreationDate"] = "D:20250424103206+08'00'"
    pdf.save(path, static_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.disable)


ALL.append(h422())


# ============================================================ h423 祁门县林业局 (DOCX in TWO NEWSPAPER COLUMNS, a 简报 issue)

def h423():
    dept = "祁门县林业局"
    ib, ip = 1386.50, 2640.00
    ab, ap = 1452.36, 3318.70
    eb, ep = 1440.85, 3105.27
    ia, aa = r2(ib + ip), r2(ab + ap)
    ea_parts = r2(eb + ep)
    ea = 4564.12  # PLANT BREAKDOWN_SUM: 全年执行数 合计 printed 4,564.12; 基本 1,440.85 + 项目 3,105.27 = 4,546.12
    assert (ia, aa, ea_parts) == (4026.50, 4771.06, 4546.12) and ea != ea_parts
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (rate, rb, rp, pct(ea_parts, aa)) == (95.66, 99.21, 93.57, 95.29), (rate, rb, rp, pct(ea_parts, aa))
    for a, b in ((ea, aa), (eb, ab), (ep, ap), (ea_parts, aa)):
        no_half(a / b * 100, (a, b))
    no_half(rate / 10, "rate")
    fs = r2(rate / 10)
    assert fs == 9.57
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(rate), 10, fs, "部分项目资金按合同进度结转"),
           ("产出指标", "数量指标", "新造林面积", "≥0.8万亩", "0.82万亩", 6, 6, ""),
           ("产出指标", "数量指标", "森林抚育面积", "≥3万亩", "3万亩", 6, 6, ""),
           ("产出指标", "数量指标", "松材线虫病疫木除治", "≥1.5万株", "1.62万株", 6, 6, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 3处 at full 5, while 三 says the 历口林场 one had not passed 竣工验收
           ("产出指标", "数量指标", "国有林场管护用房建设", "≥3处", "3处", 5, 5, ""),
           ("产出指标", "质量指标", "造林成活率", "≥85%", "91.2%", 5, 5, ""),
           ("产出指标", "质量指标", "林业有害生物成灾率", "≤4‰", "1.2‰", 4, 4, ""),
           ("产出指标", "时效指标", "生态护林员补助发放及时率", "100%", "100%", 4, 4, ""),
           ("产出指标", "成本指标", "新造林亩均补助", "≤800元/亩", "780元/亩", 4, 4, ""),
           ("效益指标", "生态效益指标", "森林覆盖率", "≥88.5%", "88.6%", 6, 6, ""),
           ("效益指标", "经济效益指标", "林业产业总产值增长率", "≥5%", "6.2%", 6, 6, ""),
           ("效益指标", "社会效益指标", "生态护林员带动脱贫人口增收", "≥600人", "586人", 6, P(586, 600, 6),
            "部分护林员因年龄原因退出；按完成比例计分"),
           ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 6, 6, ""),
           ("效益指标", "可持续影响指标", "林长制长效机制", "健全", "基本健全", 6, 5, "村级林长巡林制度落实不够到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "92.6%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "生态护林员满意度", "≥90%", "88.3%", 10, P(88.3, 90, 10),
            "护林员补助标准偏低；按完成比例计分")]
    no_half(6 * 586 / 600, "护林员增收")
    no_half(10 * 88.3 / 90, "护林员满意度")
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:4] for x in missed_ok(ind[1:])] == [("生态护林员带动脱贫人口增收", 5.86, 5.86, True),
                                              ("生态护林员满意度", 9.81, 9.81, True)], missed_ok(ind)
    assert reasons_ok(ind) == []
    rows_total = s2(ind, 6)
    total = 98.42  # PLANT TOTAL_VS_ROWS: 表2's 总分 and 四 print 98.42; the 16 rows add to 98.24
    assert rows_total == 98.24 and grade(total) == grade(rows_total) == "优", rows_total
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, total=total, fs=fs)
    fnd = [F("TOTAL_VS_ROWS", "总分",
             f"总分 | 100 | {f2(total)}", f2(total), f2(rows_total), "HIGH", "ERROR",
             f"表2's sixteen rows (预算执行率 {f2(fs)}, 产出指标 40, 效益指标 28.86, 满意度指标 19.81) add to {f2(rows_total)}; "
             f"the 总分 row and 四's text print {f2(total)} (digits transposed): one finding (优 either way)"),
           F("BREAKDOWN_SUM", "全年执行数",
             f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(rate)}; 其中：基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)}; 项目支出 | "
             f"{mc(ip)} | {mc(ap)} | {mc(ep)}", mc(ea), mc(ea_parts), "HIGH", "WARNING",
             f"基本支出 {mc(eb)} + 项目支出 {mc(ep)} = {mc(ea_parts)}, but 表1's 合计 and 二's text print a 全年执行数 of "
             f"{mc(ea)} (digits transposed); the 年初 and 全年 columns add up; the {q(rate)} and the 预算执行率 row's "
             f"{f2(fs)} follow the printed {mc(ea)} (on the parts' sum the rate is {q(pct(ea_parts, aa))} and the score "
             "9.53); which figure is wrong the report does not say: one finding"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "国有林场管护用房建设",
             "产出指标 | 数量指标 | 国有林场管护用房建设 | ≥3处 | 3处 | 5 | 5; 三、…新建国有林场管护用房3处，主体工程均已完工，其中"
             "历口林场管护用房因消防设施整改，截至2024年底尚未通过竣工验收、未投入使用…", "5", "< 5", "HIGH", "WARNING",
             "the row counts three 管护用房 as built and gives the full 5, but 三's own text says the 历口林场 one had not "
             "passed 竣工验收 and was not in use at the end of 2024: the year's target was not met in full, the row should "
             "lose points")]
    return {"stem": "h423_qimen_linye", "format": "docx", "write": write423, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the DOCX is a 简报 issue typeset in TWO NEWSPAPER COLUMNS: section 1 (the masthead: 预算绩效管理简报, "
                      "第6期, the editor and date over a red rule) is one column, a CONTINUOUS section break follows, and "
                      "the last section is w:cols w:num=\"2\" w:space=\"425\" w:sep=\"1\" (a line between the columns): the "
                      "report flows down column 1 and on into column 2, its two tables narrowed to a column's 81 mm; in "
                      "the XML the paragraphs and tables are in reading order; the masthead is the bulletin's, not the "
                      "report's (its 祁门县财政局 is the editor, not the department)",
                      "表2 sets 一级 as full-width group rows (产出指标, 效益指标 …) above their rows and 二级 in a merged first "
                      "column; the group rows carry no figures (no sections)",
                      f"budget: 基本 + 项目 = 合计 in the 年初 ({mc(ia)}) and 全年 ({mc(aa)}) columns (only the 执行 合计 does "
                      f"not: the finding); {q(rate)} = {mc(ea)} ÷ {mc(aa)} as printed, 基本 {q(rb)} and 项目 {q(rp)} right; "
                      "none over; 年初 < 全年 (追加)",
                      "生态护林员带动脱贫人口增收 6 × 586 ÷ 600 = 5.86 and 生态护林员满意度 10 × 88.3 ÷ 90 = 9.811 → 9.81 "
                      "(proportion; their reasons in 三's text); 林长制长效机制 −1 with a reason (judgement)",
                      "森林抚育面积 3 vs ≥3万亩 (met exactly); 林业有害生物成灾率 1.2‰ vs ≤4‰ and 森林火灾受害率 0.12‰ vs ≤0.9‰ "
                      "(ceilings, met: per-mille, not per-cent); 新造林亩均补助 780 vs ≤800元/亩 (a ceiling; a unit subsidy); "
                      "森林覆盖率 88.6% vs ≥88.5% (met)",
                      f"分值 100; 优 either way ({f2(total)} printed, {f2(rows_total)} by the rows)"]}


def write423(rep, path):
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor
    from reports34 import new_doc
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    doc = new_doc()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "qmczj", "qmczj", "预算绩效管理简报2025年第6期"

    def font(run, name, size, bold=False, color=None):
        run.font.size = Pt(size)
        run.bold = bold
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(k), name)
        if color:
            run.font.color.rgb = RGBColor(*color)

    def para(text, name="仿宋_GB2312", size=10.5, bold=False, center=False, indent=True, after=0, color=None):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.line_spacing = Pt(size * 1.55)
        font(p.add_run(text), name, size, bold, color)
        return p

    # masthead (section 1, one column)
    para("预算绩效管理简报", "方正小标宋简体", 30, center=True, indent=False, color=(0xC0, 0x00, 0x00))
    para("第6期", "楷体_GB2312", 14, center=True, indent=False, after=6)
    p = para("祁门县财政局编　　　　　　　　　　　　　　　　　　　　2025年6月18日", "仿宋_GB2312", 12, center=True,
             indent=False, after=4)
    pbdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    for k, v in (("w:val", "thick"), ("w:sz", "18"), ("w:space", "4"), ("w:color", "C00000")):
        bot.set(qn(k), v)
    pbdr.append(bot)
    p._p.get_or_add_pPr().append(pbdr)
    para("【编者按】按照县财政局关于公开2024年度部门整体支出绩效自评结果的要求，现将祁门县林业局的自评报告全文刊发，供各单位"
         "交流借鉴。", "楷体_GB2312", 10.5, after=6)
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    sp = sec2._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    cols.set(qn("w:sep"), "1")
    # the report, flowing in two columns
    para(f"{M['dept']}2024年度部门整体支出绩效自评报告", "黑体", 13, center=True, indent=False, after=6)
    para("一、部门基本情况", "黑体", 10.5, indent=True)
    para(f"{M['dept']}是县政府工作部门，主要负责全县林业和自然保护地监督管理、森林资源保护、林业有害生物防治、国有林场管理等"
         "工作，内设4个股室，下属国有林场3个、事业单位2个。")
    para("二、预算执行情况", "黑体", 10.5)
    para(f"2024年年初预算{mc(ia)}万元，全年预算{mc(aa)}万元，全年执行{mc(ea)}万元，预算执行率{q(rate)}（见表1）。")
    para("表1  2024年度预算执行情况（万元）", "黑体", 9, center=True, indent=False, after=2)

    def table(rows, widths, merges=(), aligns=None, size=7.5, bold_rows=(0,)):
        t = doc.add_table(rows=len(rows), cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for k, w in enumerate(widths):
            t.columns[k].width = Mm(w)
        done = set()
        for r1, c1, r2_, c2 in merges:
            t.cell(r1, c1).merge(t.cell(r2_, c2))
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    if (rr, cc) != (r1, c1):
                        done.add((rr, cc))
        for i, row_ in enumerate(rows):
            for k, v in enumerate(row_):
                c = t.cell(i, k)
                c.width = Mm(widths[k])
                if (i, k) in done:
                    continue
                pp = c.paragraphs[0]
                al = "c" if aligns is None or i in bold_rows else aligns[k]
                pp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                                "r": WD_ALIGN_PARAGRAPH.RIGHT}[al]
                if v:
                    font(pp.add_run(v), "宋体", size, i in bold_rows)
        return t

    table([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
           ["合计", mc(ia), mc(aa), mc(ea), q(rate)], ["其中：基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
           ["项目支出", mc(ip), mc(ap), mc(ep), q(rp)]], [19, 16, 16, 16, 13], aligns=["l", "r", "r", "r", "c"])
    para("三、绩效目标完成情况", "黑体", 10.5)
    para("（一）产出指标。全年完成新造林0.82万亩、森林抚育3万亩，除治松材线虫病疫木1.62万株；新建国有林场管护用房3处，主体工程"
         "均已完工，其中历口林场管护用房因消防设施整改，截至2024年底尚未通过竣工验收、未投入使用。造林成活率91.2%，林业有害生物"
         "成灾率1.2‰，生态护林员补助按月足额发放。")
    para("（二）效益指标。全县森林覆盖率88.6%，林业产业总产值增长6.2%，森林火灾受害率0.12‰；选聘生态护林员带动脱贫人口增收"
         "586人，未达到600人的目标，主要是部分护林员因年龄原因退出；林长制长效机制基本健全，村级林长巡林制度落实不够到位。")
    para("（三）满意度指标。林农满意度92.6%，生态护林员满意度88.3%，主要是护林员补助标准偏低。各项指标完成情况见表2。")
    para("表2  2024年度绩效指标完成情况", "黑体", 9, center=True, indent=False, after=2)
    rows = [["二级指标", "三级指标", "指标值", "完成值", "分值", "得分"]]
    merges = []
    last = None
    for x in M["ind"]:
        if x[0] != last:
            rows.append([x[0], "", "", "", "", ""])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
            last = x[0]
        rows.append([x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6])])
    # 二级 merged down its run (inside one 一级 group)
    i = 1
    while i < len(rows):
        if (i, 0, i, 5) in merges:
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and (j + 1, 0, j + 1, 5) not in merges and rows[j + 1][0] == rows[i][0]:
            j += 1
        if j > i:
            merges.append((i, 0, j, 0))
            for k in range(i + 1, j + 1):
                rows[k][0] = ""
        i = j + 1
    n = len(rows)
    rows.append(["总分", "", "", "", "100", f2(M["total"])])
    rows.append(["自评等级", "", "", "", "优", ""])
    merges += [(n, 0, n, 3), (n + 1, 0, n + 1, 3), (n + 1, 4, n + 1, 5)]
    groups = tuple(r1 for r1, c1, r2_, c2 in merges if (c1, c2) == (0, 5) and r1 == r2_)  # the 一级 group rows
    table(rows, [13, 23, 13, 13, 9, 9], merges, aligns=["c", "l", "c", "c", "c", "c"], bold_rows=(0,) + groups)
    para("四、自评结论", "黑体", 10.5)
    para(f"根据绩效指标完成情况，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。" + BANDS)
    para("五、存在的问题及改进措施", "黑体", 10.5)
    para("一是部分项目建设进度偏慢，预算执行率有待提高；二是生态护林员队伍不够稳定。下一步，我局将加快项目建设进度，及时组织"
         "竣工验收，完善生态护林员选聘和管理机制，进一步提升林业资金使用效益。")
    para(f"{M['dept']}", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("2025年5月30日", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("（责任编辑：汪晓梅）", "楷体_GB2312", 9, indent=False, after=0).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    data = ooxml_bytes(doc.save)
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h423())


def main(argv):
    round_main(argv, ALL, "73")


if __name__ == "__main__":
    main(sys.argv[1:])
