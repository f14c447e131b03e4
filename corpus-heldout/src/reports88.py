#!/usr/bin/python3
"""Round 88 (h494–h498): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus88 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports88.py [h494 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports88.py --drop         # drop each planted finding in turn
h494 a 部门整体 自评表 as the ARCHIVED COPY (文书档案归档件) scanned from the binder: a red 归档章 (全宗号 / 年度 /
     件号 / 机构 / 保管期限 / 页数) in the top right corner and two binder punch holes in the left margin, PDF scan
     (饶河县, 双鸭山市);
h495 a 项目 自评表 workbook whose rows carry 指标编号 and whose rules stand ONLY on a second sheet 评分细则 (编号 |
     三级指标 | 分值 | 评分细则), XLSX (鄄城县, 菏泽市);
h496 a prose 部门整体 自评报告 of a county 气象局 under the 双重计划财务体制: 表1 splits the budget by 中央财政拨款 /
     地方财政拨款 / 上年结转 with a 全年较年初增减率 column, 表2 基本 / 项目, 表3 一级指标, DOCX (佛坪县, 汉中市);
h497 a third-party 项目 评价报告 whose index system has, beside the 100 points, a 否决项 / 扣分项 (负面清单) block
     applied after the indicators (none triggered), PDF text (雷波县, 凉山彝族自治州);
h498 a 以工代赈 项目 自评表 (中央财政以工代赈: 主管 发改局, 实施 a 镇人民政府) whose indicators carry the policy's own
     劳务报酬 figures (劳务报酬占中央资金比例, 务工人数, 人均劳务收入), on the county portal, HTML (福贡县, 怒江州).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, extra]).
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
from heldout import budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import no_half, missed_ok, mc, q, f2  # noqa: E402
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, rl_build, ind_grid, docx_table, html_table, docx_base  # noqa
from reports83 import Sheet, ind_rows  # noqa: E402  (round 83's Pillow page; importing it only builds its specs)

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-16T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 87"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def secs(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


def over(ind):
    return [x[2] for x in ind if x[6] > x[5]]


# ============================================================ h494 饶河县 (scan of the ARCHIVED copy: 部门整体 自评表)

def h494():
    dept = "饶河县统计局"
    parts = [("基本支出", 298.00, 305.70, 296.84), ("项目支出", 88.00, 106.80, 61.73)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (386.00, 412.50, 358.57), (ini, adj, ex)
    rate_true, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate_true == 86.93 and prates == [97.10, 57.80], (rate_true, prates)
    rate_p = 86.39  # PLANT EXECUTION_RATE: 358.57 ÷ 412.50 = 86.93%; the form prints 86.39% (digits swapped)
    rs = r2(rate_p / 10)  # the 说明's 执行率×10 on the printed rate
    assert rs == 8.64
    ind = [("产出指标", "数量指标", "完成统计年报、定报任务", "≥126项", "126项", 8, 8, ""),
           ("产出指标", "数量指标", "开展统计执法检查企业数", "≥60家", "42家", 6, P(42, 60, 6),
            "部分企业停产歇业，检查对象减少"),
           ("产出指标", "数量指标", "第五次全国经济普查登记单位数", "≥4,200个", "4,236个", 8, 8, ""),
           ("产出指标", "数量指标", "农村住户调查样本户", "≥120户", "108户", 6, P(108, 120, 6), "样本轮换，12户未衔接到位"),
           ("产出指标", "质量指标", "统计数据上报差错率", "≤1‰", "0.6‰", 6, 6, ""),
           ("产出指标", "质量指标", "经济普查数据质量抽查合格率", "≥98%", "96.5%", 6, P(96.5, 98, 6),
            "个别普查小区填报不规范"),
           ("产出指标", "时效指标", "统计报表按时上报率", "100%", "96%", 6, P(96, 100, 6), "个别乡镇报表延迟报送"),
           ("产出指标", "时效指标", "统计公报发布时间", "4月30日前", "5月16日", 4, 2, "普查数据审核延后，公报推迟发布，扣2分"),
           ("产出指标", "成本指标", "普查员劳务补助标准", "≤120元/人·天", "120元/人·天", 4, 4, ""),
           ("效益指标", "社会效益指标", "统计信息公开发布条数", "≥150条", "126条", 6, P(126, 150, 6), "网站改版停更1个月"),
           ("效益指标", "社会效益指标", "统计分析服务党政决策", "有效支撑", "较好支撑", 6, 4, "专题分析深度不够，扣2分"),
           # PLANT TARGET_MISSED_FULL_MARKS: 9 of ≥12篇 scores 6 of 6 with no reason; the 说明's proportion rule gives 4.5
           ("效益指标", "社会效益指标", "统计分析报告获领导批示采用篇数", "≥12篇", "9篇", 6, 6, ""),
           ("效益指标", "可持续影响指标", "统计信息化系统正常运行率", "≥98%", "91%", 6, P(91, 98, 6), "机房设备老化，故障停机"),
           ("满意度指标", "服务对象满意度指标", "统计调查对象满意度", "≥90%", "81%", 6, P(81, 90, 6), "企业对报表频次意见较多"),
           ("满意度指标", "服务对象满意度指标", "党政部门对统计服务满意度", "≥95%", "92.6%", 6, P(92.6, 95, 6),
            "部分部门数据需求响应不及时")]
    props(ind, skip=("统计分析报告获领导批示采用篇数",))
    assert s2(ind, 5) == 90
    assert [m[0] for m in missed_ok(ind) if m[1] != m[2]] == ["统计分析报告获领导批示采用篇数"]
    assert below_no_reason(ind) == [] and over(ind) == []
    total = r2(rs + s2(ind, 6))
    assert total == 89.77, total
    g_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: the 说明's own bands give 良 for 89.77 (80 ≤ x < 90)
    assert grade(total) == "良"
    true_total = r2(r2(rate_true / 10) + s2(ind, 6) - 1.5)
    assert grade(true_total) == "良", true_total
    g = gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, g_p,
             budget(ini, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate_p, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=prates, rs=rs, ind=ind, total=total,
             grade=g_p)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate_p)} | {f2(rs)}", q(rate_p), q(rate_true),
             "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}, printed {q(rate_p)} (digits swapped); the line's 得分 {f2(rs)} "
             f"follows the printed rate by the 说明's 执行率×10 (the true rate gives {f2(r2(rate_true / 10))}) and the 总分 "
             "adds it: one slip, one finding; the 基本 / 项目 lines' rates are right"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"总分 | 100 | {f2(total)} | 自评等级：优", "优", "良", "HIGH", "WARNING",
             f"the 说明 prints the bands {BANDS77}; {f2(total)} lies in 80–90, so 良, not 优 (with the two other findings "
             f"corrected the total is {f2(true_total)}, still 良)"),
           F("TARGET_MISSED_FULL_MARKS", "统计分析报告获领导批示采用篇数",
             "统计分析报告获领导批示采用篇数 | ≥12篇 | 9篇 | 6 | 6 |", "6", f2(P(9, 12, 6)), "HIGH", "WARNING",
             "9 of ≥12篇 is below target, yet the row keeps full marks with an empty 偏差原因; the 说明's rule 实际完成值÷"
             "年度指标值×分值 gives 6 × 9 ÷ 12 = 4.50")]
    traps = ["the page is the ARCHIVED copy scanned from the binder: the red 归档章 (全宗号 / 年度 / 件号 / 机构 / 保管期限 / "
             "页数) and the two punch holes are the archive's marks, not content; 2024 in the stamp is the 归档 year",
             f"budget block: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; {mc(parts[0][2])} + {mc(parts[1][2])} = "
             f"{mc(adj)}; {mc(parts[0][3])} + {mc(parts[1][3])} = {mc(ex)}; 基本 {q(prates[0])}, 项目 {q(prates[1])} right "
             "(项目 low but printed right); none over its line; 年初 < 全年 (追加)",
             "统计数据上报差错率 0.6‰ vs ≤1‰: a PER-MILLE ceiling met",
             "开展统计执法检查企业数 6 × 42 ÷ 60 = 4.2, 农村住户调查样本户 5.4, 经济普查数据质量抽查合格率 5.91, 统计报表按时"
             "上报率 5.76, 统计信息公开发布条数 5.04, 统计信息化系统正常运行率 5.57, 统计调查对象满意度 5.4, 党政部门满意度 5.85: "
             "the proportion rule, each with a reason",
             "统计公报发布时间 5月16日 vs 4月30日前 −2 and 统计分析服务党政决策 较好支撑 −2: deductions with stated reasons "
             "(the 说明's 时效 / 定性 rule allows them)",
             "完成统计年报、定报任务 126 vs ≥126项 (met exactly); 普查员劳务补助标准 120 vs ≤120元/人·天 (a ceiling met "
             "exactly; a unit rate, not a budget figure)",
             f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100"]
    return {"stem": "h494_raohe_tongji", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw494}


def draw494(rep, path):
    import numpy as np
    import pikepdf
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    M = rep["meta"]
    ind = M["ind"]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    x0 = 130
    p1 = Sheet()
    p1.text(847, 190, "部门整体支出绩效自评表", 46, True, "ma")
    p1.text(847, 262, "（2024年度）", 30, False, "ma")
    p1.text(x0, 330, "部门（单位）名称（盖章）：" + M["dept"], 26)
    p1.text(1574, 330, "金额单位：万元", 26, anchor="ra")
    hw = [250, 230, 190, 190, 190, 90, 140, 144]
    hb = [["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
          ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"],
          ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"]]
    y = p1.table(x0, 380, hw, hb, cont={(1, 0), (2, 0), (3, 0)})
    goal = [["年度总体目标", "预期目标", None, None, None, "实际完成情况", None, None],
            ["", "完成各项常规统计调查和第五次全国经济普查任务，提高统计数据质量，加强统计执法，及时发布统计信息，为县委、县政府"
                 "决策提供统计服务。", None, None, None,
             "完成统计年报、定报126项，经济普查登记单位4,236个，开展统计执法检查42家，发布统计信息126条，统计公报5月16日发布。",
             None, None]]
    y = p1.table(x0, y, hw, goal, cont={(1, 0)}, left=(1, 5))
    W = [150, 170, 270, 170, 160, 90, 90, 324]
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    n1 = 8
    data, cont = ind_rows(ind, (0, 1, 2, 3, 4, 5, 6, 7))
    y = p1.table(x0, y, W, head + data[:n1], cont={(r + 1, c) for r, c in cont if r < n1}, left=(2, 7))
    p1.text(847, 2250, "第 1 页 共 2 页", 24, anchor="ma")
    p2 = Sheet()
    rest = head + data[n1:] + [["总分", None, None, None, None, "100", f2(M["total"]), "自评等级：" + M["grade"]]]
    cont2 = {(r - n1 + 1, c) for r, c in cont if r >= n1}
    # the 产出指标 cell cut by the page break stays blank on page 2 (a merged cell split by the page prints once)
    y = p2.table(x0, 170, W, rest, cont=cont2, left=(2, 7))
    note = ("说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；"
            "3.时效指标未按期完成、定性指标未完全达成的，视情况扣分并说明原因；"
            f"4.自评等级：{BANDS77}。")
    yy = y + 30
    for ln in p2.wrap(note, 1444, 24):
        p2.text(x0, yy, ln, 24)
        yy += 38
    p2.text(x0, yy + 40, "单位负责人：刘振东　　财务负责人：孙丽娟　　填表人：韩雪　　联系电话：0469-5662178", 24)
    p2.text(1574, yy + 100, "填报日期：2025年4月18日", 24, anchor="ra")
    p2.text(847, 2250, "第 2 页 共 2 页", 24, anchor="ma")
    rs = np.random.RandomState(88494)
    red = (196, 42, 38)
    fnt = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 22, index=2)
    pages = []
    for k, sh in enumerate((p1, p2)):
        a = np.asarray(sh.im, dtype=np.float32)
        rgb = np.minimum(np.stack([a, a, a], axis=2), np.array([244.0, 242.0, 235.0]))
        img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        dd = ImageDraw.Draw(img)
        # binder punch holes (the scanner lid's grey shows through), left margin, 80 mm apart
        for cy in (870, 1500):
            dd.ellipse([38, cy - 33, 104, cy + 33], fill=(92, 92, 90))
            dd.ellipse([42, cy - 29, 100, cy + 29], fill=(70, 70, 68))
        if k == 0:
            # the 归档章: 2 rows × 3 cells, red, slightly askew (drawn on its own layer, rotated, multiplied in)
            st = Image.new("RGB", (420, 140), (255, 255, 255))
            sd = ImageDraw.Draw(st)
            cells = [["D017", "2024", "0036"], ["办公室", "永久", "2"]]
            heads = [["全宗号", "年度", "件号"], ["机构", "保管期限", "页数"]]
            for rr in range(2):
                for cc in range(3):
                    xa, ya = 6 + cc * 136, 6 + rr * 64
                    sd.rectangle([xa, ya, xa + 136, ya + 64], outline=red, width=3)
                    sd.text((xa + 68, ya + 8), heads[rr][cc], font=fnt, fill=red, anchor="ma")
                    sd.text((xa + 68, ya + 34), cells[rr][cc], font=fnt, fill=red, anchor="ma")
            st = st.rotate(1.2, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
            base = np.asarray(img, dtype=np.float32)
            lay = np.asarray(st, dtype=np.float32) / 255.0
            yx, xx = 40, 1170
            h_, w_ = lay.shape[:2]
            base[yx:yx + h_, xx:xx + w_, :] *= (0.18 + 0.82 * lay)
            img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
        arr = np.asarray(img, dtype=np.float32) + rs.normal(0, 3.2, (img.size[1], img.size[0], 1))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.55))
        img = img.rotate((0.27, -0.19)[k], resample=Image.BICUBIC, fillcolor=(232, 232, 228))
        pages.append(img)
    pdf = pikepdf.new()
    for im in pages:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80, optimize=False, progressive=False, dpi=(200, 200), subsampling=2)
        w, h = im.size
        img = pikepdf.Stream(pdf, buf.getvalue())
        img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        img.Width, img.Height, img.ColorSpace = w, h, pikepdf.Name.DeviceRGB
        img.BitsPerComponent, img.Filter = 8, pikepdf.Name.DCTDecode
        pw, ph = 595.28, 841.89
        content = pikepdf.Stream(pdf, f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph], Contents=content,
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Producer"] = "Canon iR-ADV C3525 PDF"
    pdf.docinfo["/Creator"] = "Canon iR-ADV C3525"
    pdf.docinfo["/CreationDate"] = "D:20250612143008+08'00'"
    pdf.save(path, static_id=True)


ALL.append(h494())


# ============================================================ h495 鄄城县 (XLSX: 项目 自评表 + a separate 评分细则 sheet)

RULE_PROP = "达到指标值得满分；未达到的按完成值÷指标值×分值计分"
RULE_CEIL = "不高于指标值得满分；高于的按指标值÷完成值×分值计分"
RULE_Q3 = "完全达成得满分；基本达成得分值的60%；未达成不得分"


def h495():
    dept, unit = "鄄城县卫生健康局", "鄄城县基层卫生健康服务中心"
    project = "2024年鄄城县基本公共卫生服务项目"
    src = [("中央财政补助资金", 1980.00, 1980.00, 1962.38), ("省级财政补助资金", 520.00, 556.40, 541.27),
           ("县级配套资金", 360.00, 400.00, 367.60)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (2860.00, 2936.40, 2871.25), (ini, adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[3], x[2]) for x in src])
    assert rate == 97.78, rate
    rs_true = r2(rate / 10)
    rs_p = 9.87  # PLANT BUDGET_ROW_SCORE: 评分细则 ZJ-1 执行率×分值 gives 9.78; the form prints 9.87
    # (编号, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 评分细则)
    raw = [("CC1-1", "产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.6%", 7, 7, "", RULE_PROP),
           ("CC1-2", "产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", "63.8%", 7, 7, "", RULE_PROP),
           ("CC1-3", "产出指标", "数量指标", "高血压患者基层规范管理服务率", "≥62%", "60.2%", 7, P(60.2, 62, 7),
            "部分患者外出务工，随访次数不足", RULE_PROP),
           ("CC1-4", "产出指标", "数量指标", "2型糖尿病患者基层规范管理服务率", "≥62%", "64.1%", 7, 7, "", RULE_PROP),
           ("CC1-5", "产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "97.3%", 6, 6, "", RULE_PROP),
           # PLANT TARGET_MET_POINTS_LOST: 93.4% meets ≥90%; the row loses a point with no reason (CC2-1's rule: 满分)
           ("CC2-1", "产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "93.4%", 6, 5, "", RULE_PROP),
           ("CC2-2", "产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥80%", "86.5%", 6, 6, "", RULE_PROP),
           ("CC3-1", "产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, 5, "", RULE_PROP),
           ("CC4-1", "产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "94元", "94元", 5, 5, "",
            "达到国家补助标准得满分；低于的不得分"),
           ("XY1-1", "效益指标", "社会效益指标", "城乡居民健康素养水平", "≥28%", "29.3%", 6, 6, "", RULE_PROP),
           ("XY1-2", "效益指标", "社会效益指标", "传染病疫情报告及时率", "≥95%", "99.6%", 6, 6, "", RULE_PROP),
           ("XY1-3", "效益指标", "社会效益指标", "甲乙类传染病报告发病率", "≤300/10万", "212.6/10万", 5, 5, "", RULE_CEIL),
           # PLANT RULE_SCORE: 基本达成 gives 6 × 60% = 3.6 by XY2-1's 评分细则; the form prints 4.5 (with a reason)
           ("XY2-1", "效益指标", "可持续影响指标", "基层公共卫生服务能力", "持续提升", "基本达成", 6, 4.5,
            "部分村卫生室人员不足，服务能力提升不均衡", RULE_Q3),
           ("MY1-1", "满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥85%", "88.7%", 6, 6, "",
            RULE_PROP),
           ("MY1-2", "满意度指标", "服务对象满意度指标", "家庭医生签约居民满意度", "≥90%", "87.3%", 5, P(87.3, 90, 5),
            "签约服务内容与群众期望有差距", RULE_PROP)]
    ind = [x[1:9] for x in raw]
    props(ind)
    assert s2(ind, 5) == 90
    assert [m[0] for m in missed_ok(ind) if m[1] != m[2]] == [] and below_no_reason(ind) == ["孕产妇系统管理率"]
    assert over(ind) == []
    total = r2(rs_p + s2(ind, 6))
    true_total = r2(rs_true + s2(ind, 6) + 1 - 0.9)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    rows_ = [fund_row(rate, rs_p)]
    rows_[0]["code"] = "ZJ-1"
    for x, gr in zip(raw, grows(ind)):
        gr["code"] = x[0]
        rows_.append(gr)
    g = with_project(gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], rows_), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate,
             rs=rs_p, raw=raw, total=total)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"ZJ-1 | 年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate)} | 10 | {f2(rs_p)}", f2(rs_p), f2(rs_true),
             "HIGH", "ERROR",
             f"评分细则 ZJ-1: 得分＝预算执行率×分值; {q(rate)} × 10 = {f2(rs_true)}, the form prints {f2(rs_p)} (digits "
             "swapped); the rate itself is right and the 总分 adds the 9.87"),
           F("TARGET_MET_POINTS_LOST", "孕产妇系统管理率",
             "CC2-1 | 产出指标 | 质量指标 | 孕产妇系统管理率 | ≥90% | 93.4% | 6 | 5 |", "5", "6", "HIGH", "WARNING",
             "93.4% meets ≥90%; CC2-1's 评分细则 (达到指标值得满分) gives 6, the row loses a point with an empty 偏差原因 "
             "and no rule allows it"),
           F("RULE_SCORE", "基层公共卫生服务能力",
             "XY2-1 | 基层公共卫生服务能力 | 持续提升 | 基本达成 | 6 | 4.5 | 部分村卫生室人员不足，服务能力提升不均衡",
             "4.5", "3.6", "HIGH", "ERROR",
             f"评分细则 XY2-1: {RULE_Q3}; the form's own 基本达成 gives 6 × 60% = 3.60, not 4.5 (a reason beside it does "
             "not make a score the rule does not give)")]
    traps = ["the rules are on the second sheet 评分细则, keyed by 指标编号 (ZJ-1, CC1-1 …): the codes are labels, not "
             "figures, and the sheet is no second report",
             f"fund lines: {mc(1980)} + {mc(520)} + {mc(360)} = {mc(ini)}; {mc(1980)} + {mc(556.4)} + {mc(400)} = {mc(adj)}; "
             f"{mc(1962.38)} + {mc(541.27)} + {mc(367.60)} = {mc(ex)}; {q(rate)} and {', '.join(q(x) for x in srates)} "
             "right; none over its line",
             "甲乙类传染病报告发病率 212.6/10万 vs ≤300/10万: a ceiling met, a rate per 100,000 (not a per cent)",
             "人均基本公共卫生服务经费补助标准 94元 vs 94元: met exactly; a per-head standard, not a budget figure",
             "高血压患者基层规范管理服务率 7 × 60.2 ÷ 62 = 6.80 and 家庭医生签约居民满意度 5 × 87.3 ÷ 90 = 4.85 (the "
             "评分细则's proportion rule, with reasons)",
             f"总分 {f2(total)} = ZJ-1 as printed + the 15 rows; 分值 10 + 90 = 100; a 项目 form: no grade printed"]
    return {"stem": "h495_juancheng_weijian", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write495}


def write495(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, w in enumerate([9, 11, 12, 28, 12, 12, 8, 8, 30]):
        ws.column_dimensions[chr(65 + j)].width = w
    r = [1]

    def put(sh, rr, cells, merges=(), bold=False, box=True, fmt=None, left=(), fill=None, size=10):
        for j, v in enumerate(cells):
            c = sh.cell(row=rr, column=j + 1, value=v if v != "" else None)
            c.font = Font(name="宋体", size=size, bold=bold)
            c.alignment = Alignment(horizontal="left" if j in left else "center", vertical="center", wrap_text=True)
            if box:
                c.border = bd
            if fill:
                c.fill = PatternFill("solid", fgColor=fill)
            if fmt and j in fmt and isinstance(v, (int, float)):
                c.number_format = fmt[j]
        for a, b in merges:
            sh.merge_cells(start_row=rr, start_column=a + 1, end_row=rr, end_column=b + 1)

    def nxt(*a, **k):
        put(ws, r[0], *a, **k)
        r[0] += 1
        return r[0] - 1
    nxt(["项目支出绩效自评表"], [(0, 8)], True, False, size=16)
    nxt(["（2024年度）"], [(0, 8)], False, False)
    nxt(["填报单位（盖章）：" + M["dept"], "", "", "", "", "", "金额单位：万元", "", ""], [(0, 5), (6, 8)], box=False,
        left=(0,))
    nxt(["项目名称", "", M["project"]], [(0, 1), (2, 8)], left=(2,))
    nxt(["主管部门", "", M["dept"], "", "实施单位", "", M["unit"]], [(0, 1), (2, 3), (4, 5), (6, 8)], left=(2, 6))
    top = nxt(["编号", "项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值"],
              [(1, 3)], True, fill="D9D9D9")
    ws.cell(row=top, column=10, value="得分").font = Font(name="宋体", size=10, bold=True)
    ws.cell(row=top, column=10).border = bd
    ws.cell(row=top, column=10).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(row=top, column=10).fill = PatternFill("solid", fgColor="D9D9D9")
    ws.column_dimensions["J"].width = 8
    money = {4: "#,##0.00", 5: "#,##0.00", 6: "#,##0.00", 7: "0.00%", 8: "0", 9: "0.00"}
    rr = nxt(["ZJ-1", "年度资金总额", "", "", M["ini"], M["adj"], M["ex"], round(M["rate"] / 100, 6), 10],
             [(1, 3)], fmt=money, left=(1,))
    c = ws.cell(row=rr, column=10, value=M["rs"])
    c.number_format, c.border = "0.00", bd
    c.font, c.alignment = Font(name="宋体", size=10), Alignment(horizontal="center", vertical="center")
    for (n, a, b, e), pr in zip(M["src"], M["srates"]):
        rr = nxt(["", "其中：" + n, "", "", a, b, e, round(pr / 100, 6), "—"], [(1, 3)], fmt=money, left=(1,))
        c = ws.cell(row=rr, column=10, value="—")
        c.border, c.font, c.alignment = bd, Font(name="宋体", size=10), Alignment(horizontal="center")
    nxt(["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", "", ""], [(0, 1), (2, 4), (5, 8)], True, fill="D9D9D9")
    nxt(["", "", "为城乡居民免费提供12类国家基本公共卫生服务，提高居民电子健康档案建档率、慢性病规范管理率和健康素养水平。",
         "", "", "全县居民电子健康档案建档率92.6%，高血压、糖尿病患者规范管理服务率分别为60.2%、64.1%，居民健康素养水平29.3%。",
         "", "", ""], [(0, 1), (2, 4), (5, 8)], left=(2, 5))
    ws.merge_cells(start_row=r[0] - 2, start_column=1, end_row=r[0] - 1, end_column=2)
    ws.row_dimensions[r[0] - 1].height = 48
    h0 = nxt(["指标编号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
             bold=True, fill="D9D9D9")
    base = h0 + 1
    ind = [x[1:9] for x in M["raw"]]
    for x in M["raw"]:
        nxt([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]], fmt={6: "0", 7: "0.00"}, left=(3, 8))
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            if b_ > a_:
                ws.merge_cells(start_row=base + a_, start_column=col + 2, end_row=base + b_, end_column=col + 2)
    rr = nxt(["总分", "", "", "", "", "", 100, M["total"], ""], [(0, 5)], True, fmt={6: "0", 7: "0.00"})
    nxt(["说明：各指标评分依据见“评分细则”表，按指标编号对应。"], [(0, 8)], box=False, left=(0,))
    nxt(["单位负责人：赵明　　财务负责人：孔令霞　　填表人：吕晓菲　　联系电话：0530-2421867　　填报日期：2025年4月21日"],
        [(0, 8)], box=False, left=(0,))
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    w2 = wb.create_sheet("评分细则")
    for j, w in enumerate([10, 30, 8, 60]):
        w2.column_dimensions[chr(65 + j)].width = w
    put(w2, 1, ["2024年鄄城县基本公共卫生服务项目绩效自评评分细则"], [(0, 3)], True, False, size=13)
    put(w2, 2, ["指标编号", "指标名称", "分值", "评分细则"], bold=True, fill="D9D9D9")
    put(w2, 3, ["ZJ-1", "年度资金总额（预算执行率）", 10, "得分＝预算执行率×分值，保留两位小数"], left=(3,))
    for i, x in enumerate(M["raw"]):
        put(w2, 4 + i, [x[0], x[3], x[6], x[9]], left=(1, 3))
    wb.properties.creator = wb.properties.lastModifiedBy = "吕晓菲"
    wb.properties.created = datetime.datetime(2025, 4, 21, 9, 12, 0)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h495())


# ============================================================ h496 佛坪县 (DOCX: 气象局 prose 部门整体 自评报告)

def h496():
    dept = "佛坪县气象局"
    src = [("中央财政拨款", 236.00, 248.00, 244.12), ("地方财政拨款", 76.00, 82.00, 79.35), ("上年结转", 0.00, 18.60, 17.86)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (312.00, 348.60, 341.33), (ini, adj, ex)
    rate, = rates((ex, adj))
    assert rate == 97.91
    srates = rates(*[(x[3], x[2]) for x in src])
    chg = rates(*[(x[2] - x[1], x[1]) for x in src[:2]]) + ["100.00%"]  # PLANT RATE_OVER_ZERO_BASE: 上年结转 年初 0.00
    chg = [q(c) for c in chg[:2]] + [chg[2]]
    chg_tot = q(pct(adj - ini, ini))
    parts = [("基本支出", 248.00, 261.40, 258.72), ("项目支出", 64.00, 87.20, 82.61)]
    assert [r2(sum(x[k] for x in parts)) for k in (1, 2, 3)] == [ini, adj, ex]
    prates = rates(*[(x[3], x[2]) for x in parts])
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分明确", 5, 4, "部分指标未细化量化，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, r2(6 * rate / 100), "执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤5%", q(r2(100 - rate)), 4, 4, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "预算管理", "“三公”经费变动率", "≤0", "-4.8%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 6, 5, "个别观测设备未及时入账，扣1分"),
           ("产出", "数量指标", "气象观测站稳定运行率", "≥98%", "99.2%", 7, 7, ""),
           ("产出", "数量指标", "气象预报预警信息发布条数", "≥600条", "684条", 6, 6, ""),
           ("产出", "数量指标", "人工影响天气作业次数", "≥20次", "16次", 6, P(16, 20, 6), "有利作业天气条件偏少"),
           ("产出", "质量指标", "24小时晴雨预报准确率", "≥85%", "87.6%", 6, 6, ""),
           ("产出", "时效指标", "暴雨预警信号提前量", "≥45分钟", "52分钟", 5, 5, ""),
           ("产出", "数量指标", "区域自动气象站维护数", "≥28个", "28个", 5, 5, ""),
           ("效益", "社会效益", "气象灾害造成死亡人数", "0人", "0人", 7, 7, ""),
           ("效益", "社会效益", "公众气象服务覆盖率", "≥95%", "96.8%", 6, 6, ""),
           ("效益", "社会效益", "气象为农服务信息覆盖率", "≥90%", "93.5%", 6, 6, ""),
           ("效益", "满意度", "社会公众气象服务满意度", "≥90%", "88.2%", 6, P(88.2, 90, 6), "基层预警信息接收渠道单一")]
    props(ind)
    assert [x[6] for x in ind if x[2] == "预算执行率"] == [5.87]
    assert s2(ind, 5) == 100 and below_no_reason(ind) == [] and over(ind) == []
    names = ["决策", "过程", "产出", "效益"]
    sec_true = secs(ind, names)
    sec_p = [list(s) for s in sec_true]
    assert sec_p[1] == ["过程", 25, 23.87]
    sec_p[1][2] = 23.78  # PLANT SECTION_VS_ROWS: the rows add to 23.87; 表3 and 四 print 23.78
    total = s2(ind, 6)
    assert total == 96.55 and grade(total) == "优"
    assert abs(sum(s[2] for s in sec_p) - total) > 0.05  # 表3's column does not add (the same slip)
    g = gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]),
             [tuple(s) for s in sec_p], grows(ind))
    srate = [q(pct(s[2], s[1])) for s in sec_p]
    M = dict(dept=dept, src=src, srates=srates, chg=chg, chg_tot=chg_tot, parts=parts, prates=prates, ini=ini, adj=adj,
             ex=ex, rate=rate, ind=ind, sec=sec_p, srate=srate, total=total, warn_prose=648)
    fnd = [F("RATE_OVER_ZERO_BASE", "上年结转（全年较年初增减率）",
             f"上年结转 | 0.00 | {mc(18.60)} | {mc(17.86)} | {q(srates[2])} | 100.00%", "100.00%",
             "undefined (年初 0.00: no rate over a zero base; the increase is 18.60万元)", "HIGH", "ERROR",
             "the 全年较年初增减率 is (全年 − 年初) ÷ 年初; the 上年结转 line's 年初预算数 is 0.00, so no rate can be "
             "computed — the 100.00% is made up; the 中央 (5.08%), 地方 (7.89%) and 合计 (11.73%) rates are right"),
           F("SAME_FIGURE_DIFFERS", "气象预报预警信息发布条数",
             "五（二）: 全年发布气象预报预警信息648条 | 附表: 气象预报预警信息发布条数 | ≥600条 | 684条 | 6 | 6",
             "648条 (prose)", "684条 (附表)", "HIGH", "WARNING",
             "the prose and the 附表 give the same count differently; both meet ≥600条, so the score is unaffected, but "
             "which one is right cannot be told from the report"),
           F("SECTION_VS_ROWS", "过程",
             f"表3: 过程 | 25 | 23.78 | {srate[1]}; 四: 过程指标（25分）得23.78分", "23.78", "23.87", "HIGH", "ERROR",
             "the 附表's 过程 rows 5.87 + 4 + 5 + 4 + 5 = 23.87; 表3 and 四 print 23.78 (so 表3's column adds to 96.46, "
             "not its 合计 96.55, which is the rows'); the 得分率 95.12% is right on the printed 23.78 and is no second "
             "finding")]
    traps = ["the budget is shown by SOURCE (中央财政拨款 through the 气象部门 channel, 地方财政拨款, 上年结转: the "
             "双重计划财务体制) in 表1 and by 基本 / 项目 in 表2: two breakdowns of the same 348.60 / 341.33, not extra money",
             f"表1: 236.00 + 76.00 + 0.00 = 312.00; 248.00 + 82.00 + 18.60 = 348.60; 244.12 + 79.35 + 17.86 = 341.33; "
             f"{q(rate)}, {', '.join(q(x) for x in srates)} right; 增减率 5.08%, 7.89%, 合计 11.73% right",
             f"表2: 248.00 + 64.00 = 312.00; 261.40 + 87.20 = 348.60; 258.72 + 82.61 = 341.33; {q(prates[0])}, "
             f"{q(prates[1])} right; none over",
             "预算执行率 6 × 97.91% = 5.87 (its own rule); 结转结余率 2.09% = 100% − 97.91% vs ≤5% (a ceiling met)",
             "“三公”经费变动率 -4.8% vs ≤0 (a fall, met); 气象灾害造成死亡人数 0人 vs 0人 (met)",
             "人工影响天气作业次数 6 × 16 ÷ 20 = 4.8 and 社会公众气象服务满意度 6 × 88.2 ÷ 90 = 5.88 (proportion, with reasons); "
             "绩效指标明确性 −1 and 资产管理规范性 −1 with reasons",
             "区域自动气象站维护数 28 vs ≥28个 (met exactly); 暴雨预警信号提前量 52 vs ≥45分钟 (a floor in minutes, met)",
             "表3: 决策 14 / 93.33%, 产出 33.8 / 96.57%, 效益 24.88 / 99.52% right; 合计 96.55 = the 18 rows; 优"]
    return {"stem": "h496_foping_qixiang", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write496}


def write496(rep, path):
    M = rep["meta"]
    d, par = docx_base("佛坪县气象局2024年度部门整体支出绩效自评报告", "佛坪县气象局",
                       datetime.datetime(2025, 4, 17, 8, 40), datetime.datetime(2025, 4, 24, 16, 5))
    par(f"{M['dept']}2024年度部门整体支出绩效自评报告", 18, True, "c")
    par("一、部门基本情况", 14, True)
    par("佛坪县气象局是县人民政府主管气象工作的部门，实行中国气象局与县人民政府双重领导、以气象部门领导为主的管理体制，"
        "经费实行中央和地方双重计划财务体制。局内设办公室、业务科，下设县气象台、县人工影响天气办公室，年末在职职工14人。", indent=True)
    par("二、部门预算及执行情况", 14, True)
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    par(f"2024年年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元，全年支出{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"
        f"按资金来源分：中央财政拨款全年预算{mc(M['src'][0][2])}万元，地方财政拨款{mc(M['src'][1][2])}万元，上年结转"
        f"{mc(M['src'][2][2])}万元（见表1）；按支出性质分：基本支出全年预算{mc(ab)}万元、支出{mc(eb)}万元，项目支出全年预算"
        f"{mc(ap)}万元、支出{mc(ep)}万元（见表2）。", indent=True)
    par("表1　2024年度预算执行情况（按资金来源）（单位：万元）", 11, True, "c")
    data = [["资金来源", "年初预算数", "全年预算数", "全年支出数", "执行率", "全年较年初增减率"],
            ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"]), M["chg_tot"]]]
    for (n, a, b, c), sr, ch in zip(M["src"], M["srates"], M["chg"]):
        data.append([n, mc(a), mc(b), mc(c), q(sr), ch])
    docx_table(d, data, [], [30, 27, 27, 27, 25, 32], 10, bold_rows=(0,))
    par("表2　2024年度预算执行情况（按支出性质）（单位：万元）", 11, True, "c")
    data = [["项目", "年初预算数", "全年预算数", "全年支出数", "执行率"],
            ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
            ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]]
    docx_table(d, data, [], [34, 34, 34, 34, 30], 10, bold_rows=(0,))
    par("三、绩效自评工作开展情况", 14, True)
    par("按照县财政局部署，我局成立绩效自评工作小组，采用决策、过程、产出、效益四类一级指标（满分100分）对2024年度部门整体支出"
        "开展自评，对照年初绩效目标逐项核实完成情况，评分结果见附表。", indent=True)
    par("四、绩效自评结论", 14, True)
    s = M["sec"]
    par(f"经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”（{BANDS77}）。其中决策指标（15分）得"
        f"{fnum(s[0][2])}分，过程指标（25分）得{fnum(s[1][2])}分，产出指标（35分）得{fnum(s[2][2])}分，效益指标（25分）得"
        f"{fnum(s[3][2])}分（见表3）。", indent=True)
    par("表3　一级指标得分情况", 11, True, "c")
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), sr in zip(s, M["srate"]):
        data.append([n, fnum(w), fnum(sc), sr])
    data.append(["合计", "100", f2(M["total"]), q(M["total"])])
    docx_table(d, data, [], [40, 30, 30, 30], 10, bold_rows=(0,))
    par("五、主要绩效及存在问题", 14, True)
    par("（一）综合观测。全县28个区域自动气象站维护到位，观测站稳定运行率99.2%。", indent=True)
    par(f"（二）预报预警。全年发布气象预报预警信息{M['warn_prose']}条，24小时晴雨预报准确率87.6%，暴雨预警信号平均提前量52分钟，"
        "全年未发生因气象灾害造成的人员死亡。", indent=True)
    par("（三）人工影响天气。受有利作业天气条件偏少影响，全年开展人工增雨（防雹）作业16次，未达到年初计划。", indent=True)
    par("（四）存在问题。一是部分绩效指标未细化量化；二是个别观测设备未及时登记入账；三是基层预警信息接收渠道较单一，社会公众"
        "满意度88.2%，未达到目标值。", indent=True)
    par("六、改进措施", 14, True)
    par("细化绩效指标设置，规范资产登记管理，拓展预警信息“叫应”和基层接收渠道，提升气象服务满意度。", indent=True)
    par(M["dept"], 12, False, "r")
    par("2025年4月24日", 12, False, "r")
    from docx.enum.text import WD_BREAK
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    par("附表", 12, True)
    par("佛坪县气象局2024年度部门整体支出绩效自评表", 14, True, "c")
    data = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], 1)
    data += rows_
    data.append(["合计", "", "", "", "", "100", f2(M["total"]), "自评等级：优"])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    docx_table(d, data, sp, [16, 18, 34, 18, 18, 10, 12, 48], 8, left=(2, 7), bold_rows=(0, len(data) - 1))
    par("说明：定量指标未达到指标值的按“完成值÷指标值×分值”计分；预算执行率按“执行率×分值”计分；定性指标根据完成情况酌情扣分并"
        "说明原因。", 10)
    par("填表人：王静　　联系电话：0916-8912356", 11)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h496())


# ============================================================ h497 雷波县 (PDF text: third party, 否决项 / 扣分项)

def h497():
    dept = "雷波县农业农村局"
    project = "2024年雷波县脐橙产业提质增效项目"
    evaluator = "四川正则绩效管理咨询有限公司"
    src = [("中央财政衔接推进乡村振兴补助资金", 800.00, 900.00, 872.64), ("省级财政衔接资金", 200.00, 200.00, 192.50),
           ("县级财政资金", 200.00, 250.00, 233.32)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (1200.00, 1350.00, 1298.46), (ini, adj, ex)
    rate, = rates((ex, adj))
    assert rate == 96.18
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分明确", 3, 2.5, "质量指标未细化，扣0.5分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, r2(5 * rate / 100), "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 5, 4, "2笔报账凭证附件不全，扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 3, 2.5, "部分乡镇验收资料不完整，扣0.5分"),
           ("产出", "产出数量", "新建脐橙标准化种植基地", "≥3,000亩", "3,120亩", 8, 8, ""),
           ("产出", "产出数量", "低产果园改造", "≥5,000亩", "4,600亩", 7, P(4600, 5000, 7), "部分农户改造意愿不强"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 四（三） says 谷堆乡's 保鲜库 was not yet built at the evaluation
           ("产出", "产出数量", "建设冷链仓储保鲜库", "≥2座", "2座", 6, 6, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: a 0.5 bonus for over-fulfilment (no rule gives one) → 5.5 of 5
           ("产出", "产出数量", "开展种植技术培训", "≥1,500人次", "1,680人次", 5, 5.5, "超额完成，加0.5分"),
           ("产出", "产出质量", "良种苗木覆盖率", "≥95%", "97.2%", 6, 6, ""),
           ("产出", "产出质量", "项目验收合格率", "100%", "100%", 4, 4, ""),
           ("产出", "产出时效", "项目完成及时率", "≥95%", "91.2%", 4, P(91.2, 95, 4), "汛期道路中断，2个标段延期"),
           ("效益", "经济效益", "带动脱贫户（监测户）户均增收", "≥1,200元", "1,350元", 7, 7, ""),
           ("效益", "经济效益", "脐橙商品果率", "≥80%", "82.4%", 6, 6, ""),
           ("效益", "可持续影响", "产业发展长效机制", "健全", "基本健全", 6, 5, "管护主体责任未全部落实，扣1分"),
           ("效益", "满意度", "受益农户满意度", "≥90%", "93.1%", 6, 6, "")]
    props(ind)
    assert [x[6] for x in ind if x[2] == "预算执行率"] == [4.81]
    assert s2(ind, 5) == 100 and below_no_reason(ind) == [] and over(ind) == ["开展种植技术培训"]
    names = ["决策", "过程", "产出", "效益"]
    sec = secs(ind, names)
    total = s2(ind, 6)
    assert total == 96.59 and grade(total) == "优" and grade(total - 0.5 - 3) == "优"
    srate = [q(pct(s[2], s[1])) for s in sec]
    assert srate == ["96.67%", "91.55%", "99.45%", "96.00%"] and [s[2] for s in sec] == [14.5, 18.31, 39.78, 24], (srate, sec)
    srate[0] = "96.76%"  # PLANT SCORE_RATE: 14.5 ÷ 15 = 96.67%; 表2 prints 96.76%
    g = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "优",
                          budget(ini, adj, ex, rate), sec, grows(ind)), project, dept)
    M = dict(dept=dept, project=project, evaluator=evaluator, src=src, ini=ini, adj=adj, ex=ex, rate=rate, ind=ind,
             sec=sec, srate=srate, total=total)
    fnd = [F("SCORE_RATE", "决策（得分率）", f"决策 | 15 | 14.5 | {srate[0]}", srate[0], "96.67%", "HIGH", "ERROR",
             "14.5 ÷ 15 = 96.67%, 表2 prints 96.76% (digits swapped); 过程 91.55%, 产出 99.45% and 效益 96.00% are right"),
           F("ROW_SCORE_OVER_WEIGHT", "开展种植技术培训",
             "开展种植技术培训 | 5 | ≥1,500人次 | 1,680人次 | 5.5 | 超额完成，加0.5分", "5.5", "≤ 5 (5)", "HIGH", "ERROR",
             "5.5 of a 5-point row: the 评分标准 (附件 说明) says 超额完成不加分 and no 加分 rule exists (the 否决项 / 扣分项 "
             "block only deducts); 产出 39.78 and the 96.59 include the 0.5"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "建设冷链仓储保鲜库",
             "四（三）: 谷堆乡冷链仓储保鲜库因制冷设备未到货，至评价时尚未建成 | 建设冷链仓储保鲜库 | 6 | ≥2座 | 2座 | 6",
             "6 (2座)", "< 6 (1 of 2 built: 6 × 1 ÷ 2 = 3 by the proportion rule)", "HIGH", "WARNING",
             "the report's own finding says one of the two 保鲜库 was not built when evaluated, yet the 评分表 prints 2座 "
             "and full marks with no 扣分说明")]
    traps = ["the 否决项 / 扣分项 (负面清单) block stands OUTSIDE the 100 points and is applied after them: none triggered "
             "(一票否决 否, 扣分 0), so 综合得分 = 指标得分 96.59; its 5分 / 2分 figures are penalty sizes, not weights",
             f"funds: 800.00 + 200.00 + 200.00 = 1,200.00; 900.00 + 200.00 + 250.00 = 1,350.00; 872.64 + 192.50 + 233.32 = "
             f"1,298.46; {q(rate)} right; 年初 < 全年 (追加 150.00)",
             f"预算执行率 5 × {q(rate)} = 4.81 (the row's rule)",
             "低产果园改造 7 × 4,600 ÷ 5,000 = 6.44 and 项目完成及时率 4 × 91.2 ÷ 95 = 3.84 (proportion, with reasons); "
             "绩效指标明确性 −0.5, 资金使用合规性 −1, 制度执行有效性 −0.5, 产业发展长效机制 −1 with reasons",
             "带动脱贫户（监测户）户均增收 1,350元 is an outcome, not a budget figure; 脐橙商品果率 82.4% vs ≥80% met",
             "表2: 过程 20 | 18.31 | 91.55%, 产出 40 | 39.78 | 99.45%, 效益 25 | 24 | 96.00% right; 合计 96.59 = the 21 rows; 优"]
    return {"stem": "h497_leibo_nongye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw497}


def draw497(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    M = rep["meta"]
    para, tab, mm = rl_kit()
    st = [Spacer(1, 40 * mm), para("t", M["project"]), para("t", "绩效评价报告"), Spacer(1, 50 * mm),
          para("st", "委托单位：雷波县财政局"), para("st", "评价机构：" + M["evaluator"]),
          para("st", "报告编号：正则绩评〔2025〕017号"), para("st", "二〇二五年六月"), PageBreak()]
    st.append(para("h", "一、项目基本情况"))
    st.append(para("p", f"{M['project']}由{M['dept']}组织实施，主要建设脐橙标准化种植基地、改造低产果园、建设冷链仓储保鲜库并开展"
                        f"种植技术培训。项目年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元（其中中央财政衔接推进乡村振兴补助资金"
                        f"900.00万元、省级财政衔接资金200.00万元、县级财政资金250.00万元），实际支出{mc(M['ex'])}万元，预算执行率"
                        f"{q(M['rate'])}。"))
    st.append(para("h", "二、评价工作开展情况"))
    st.append(para("p", "受雷波县财政局委托，我公司组成评价组，采用案卷研究、现场核查和问卷调查相结合的方法，抽查4个乡镇12个项目点，"
                        "发放受益农户问卷260份，收回有效问卷248份。评价指标体系由决策、过程、产出、效益四类一级指标（100分）和"
                        "否决项、扣分项（负面清单）构成：指标得分扣减负面清单扣分后为综合得分；触发否决项的，评价等级直接为“差”。"))
    st.append(para("h", "三、综合评价结论"))
    st.append(para("p", f"经评价，该项目指标得分{f2(M['total'])}分，未触发否决项，扣分项扣0分，综合得分{f2(M['total'])}分，评价等级为"
                        f"“优”（{BANDS77}）。各一级指标得分情况见表2。"))
    st.append(para("cap", "表1　否决项及扣分项（负面清单）核查情况"))
    neg = [["类别", "内容", "处理规则", "核查结果", "扣分"],
           ["否决项", "项目资金被挤占、挪用或虚报冒领", "一票否决，评价等级为“差”", "未发现", "—"],
           ["扣分项", "发生重大安全生产或质量事故", "每起扣5分", "未发生", "0"],
           ["扣分项", "审计、巡察发现问题未按期整改", "每项扣2分", "无未整改问题", "0"],
           ["合计", "", "", "", "0"]]
    st.append(tab(neg, [18, 56, 44, 30, 16], spans=[(0, 2, 0, 3), (0, 4, 3, 4)], left=(1, 2)))
    st.append(para("cap", "表2　一级指标得分情况"))
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, s), sr in zip(M["sec"], M["srate"]):
        data.append([n, fnum(w), fnum(s), sr])
    data.append(["合计", "100", f2(M["total"]), q(M["total"])])
    st.append(tab(data, [40, 30, 30, 30]))
    st.append(para("h", "四、绩效分析"))
    s = M["sec"]
    st.append(para("p", f"（一）决策（{fnum(s[0][1])}分，得{fnum(s[0][2])}分）。项目立项依据充分，程序规范，绩效目标合理；质量指标未"
                        "细化，扣0.5分。"))
    st.append(para("p", f"（二）过程（{fnum(s[1][1])}分，得{fnum(s[1][2])}分）。资金全部到位，预算执行率{q(M['rate'])}；抽查发现2笔"
                        "报账凭证附件不全，部分乡镇验收资料不完整。"))
    st.append(para("p", f"（三）产出（{fnum(s[2][1])}分，得{fnum(s[2][2])}分）。新建脐橙标准化种植基地3,120亩，改造低产果园4,600亩，"
                        "培训1,680人次，良种苗木覆盖率97.2%。计划建设的2座冷链仓储保鲜库中，县城南片区保鲜库已投入使用，谷堆乡冷链仓储"
                        "保鲜库因制冷设备未到货，至评价时尚未建成。"))
    st.append(para("p", f"（四）效益（{fnum(s[3][1])}分，得{fnum(s[3][2])}分）。带动脱贫户（监测户）户均增收1,350元，脐橙商品果率"
                        "82.4%，受益农户满意度93.1%；果园管护主体责任未全部落实。"))
    st.append(para("h", "五、存在的问题及建议"))
    st.append(para("p", "一是绩效指标设置不够细化；二是个别资金报账资料不完整；三是冷链设施建设滞后。建议细化指标、规范报账、督促"
                        "谷堆乡保鲜库尽快建成投用。"))
    st.append(para("r", M["evaluator"]))
    st.append(para("r", "2025年6月18日"))
    st.append(PageBreak())
    st.append(para("h", "附件　绩效评价评分表"))
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 5, 3, 4, 6, 7], 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    st.append(tab(data, [15, 18, 38, 11, 20, 20, 12, 40], spans=sp, left=(2, 7)))
    st.append(para("n", "说明：定量指标未达到指标值的按“完成值÷指标值×分值”计分，超额完成不加分；预算执行率按“执行率×分值”计分；"
                        "定性指标根据完成情况酌情扣分。"))
    rl_build(path, st, M["project"] + "绩效评价报告", M["evaluator"], "Microsoft® Word 2016")


ALL.append(h497())


# ============================================================ h498 福贡县 (HTML: 以工代赈 项目 自评表 on the portal)

def h498():
    dept, unit = "福贡县发展和改革局", "福贡县上帕镇人民政府"
    project = "2024年福贡县中央财政以工代赈项目"
    src = [("中央财政以工代赈资金", 500.00, 500.00, 492.00), ("省级财政资金", 200.00, 260.00, 248.50),
           ("县级财政资金", 160.00, 200.00, 183.00)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (860.00, 960.00, 923.50), (ini, adj, ex)
    src_p = [list(x) for x in src]
    src_p[1][3] = 245.80  # PLANT BREAKDOWN_SUM: the 省级 line's 执行数 printed 245.80 (lines add to 920.80, not 923.50)
    rate, = rates((ex, adj))
    assert rate == 96.20
    srates = rates(*[(x[3], x[2]) for x in src_p])
    rs = r2(rate / 10)
    assert rs == 9.62
    pay, workers, poor = 158.00, 270, 179
    share = round(pay / 500.00 * 100, 1)
    per_head = round(pay * 10000 / workers)
    assert (share, per_head, round(poor / workers * 100, 1)) == (31.6, 5852, 66.3)
    R_P = "完成指标值得满分，未完成的按完成比例计分"
    R_SAT = "≥90%得7分；80%≤满意度≤92%得5分；70%≤满意度<80%得3分；70%以下不得分"  # PLANT MALFORMED_RULE (overlap)
    ind = [("产出指标", "数量指标", "新建（改建）农村产业路", "≥8公里", "9.2公里", 8, 8, "", R_P),
           ("产出指标", "数量指标", "新建灌溉沟渠", "≥6公里", "6公里", 6, 6, "", R_P),
           ("产出指标", "数量指标", "吸纳当地群众务工人数", "≥300人", "270人", 8, P(270, 300, 8),
            "雨季停工期间部分务工人员外出", R_P),
           ("产出指标", "数量指标", "修建挡墙护坡", "≥5处", "5处", 7, 7, "", R_P),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, "", R_P),
           ("产出指标", "质量指标", "务工群众技能培训合格率", "≥90%", "93.5%", 6, 6, "", R_P),
           ("产出指标", "时效指标", "项目完成及时率", "100%", "100%", 5, 5, "", R_P),
           ("产出指标", "成本指标", "产业路建设单位成本", "≤45万元/公里", "45万元/公里", 4, 4, "",
            "不超过标准得满分，超过的不得分"),
           ("效益指标", "经济效益指标", "劳务报酬占中央财政以工代赈资金比例", "≥30%", f"{share}%", 8, 8, "", R_P),
           ("效益指标", "经济效益指标", "务工群众人均劳务收入", "≥5,000元", f"{per_head:,}元", 7, 7, "", R_P),
           ("效益指标", "社会效益指标", "脱贫人口（监测对象）务工占比", "≥60%", "66.3%", 6, 6, "", R_P),
           ("效益指标", "可持续影响指标", "工程设施管护机制", "健全", "健全", 6, 6, "",
            "健全得满分，基本健全得4分，未建立不得分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", 7, 7, "", R_SAT),
           ("满意度指标", "服务对象满意度指标", "务工群众满意度", "≥90%", "86.4%", 6, P(86.4, 90, 6),
            "部分务工群众反映劳务报酬发放周期较长", R_P)]
    props(ind)
    assert s2(ind, 5) == 90 and below_no_reason(ind) == [] and over(ind) == []
    total = r2(rs + s2(ind, 6))
    assert total == 98.58, total
    goals_p = ["目标1", "目标2", "目标2", "目标4"]  # PLANT GOAL_LABELS: the third goal is labelled 目标2 (目标3 meant)
    goals = ["新建（改建）农村产业路8公里以上、灌溉沟渠6公里以上",
             "吸纳当地群众务工300人以上，劳务报酬占中央财政以工代赈资金比例不低于30%", "修建挡墙护坡5处",
             "务工群众人均劳务收入5,000元以上"]
    done = (f"目标1：新建（改建）农村产业路9.2公里、灌溉沟渠6公里；目标2：吸纳当地群众务工{workers}人（其中脱贫人口和监测对象"
            f"{poor}人），发放劳务报酬{mc(pay)}万元，占中央财政以工代赈资金的{share}%；目标3：修建挡墙护坡5处；目标4：务工群众人均"
            f"劳务收入{per_head:,}元。")
    g = with_project(gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, project=project, unit=unit, src=src_p, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate, rs=rs,
             ind=ind, total=total, goals=list(zip(goals_p, goals)), done=done)
    lines_ex = r2(sum(x[3] for x in src_p))
    assert lines_ex == 920.80
    fnd = [F("GOAL_LABELS", "年度总体目标",
             "目标1：…；目标2：…；目标2：修建挡墙护坡5处；目标4：…", "目标1, 目标2, 目标2, 目标4",
             "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the four goals in the 年度总体目标 cell are numbered with 目标2 twice and no 目标3; the 实际完成情况 cell "
             "answers them as 目标1–目标4"),
           F("BREAKDOWN_SUM", "年度资金总额（全年执行数）",
             f"年度资金总额 | {mc(ex)} | 其中：中央财政以工代赈资金 492.00 | 省级财政资金 245.80 | 县级财政资金 183.00",
             mc(ex), f"{mc(lines_ex)} (the lines' sum)", "HIGH", "ERROR",
             f"492.00 + 245.80 + 183.00 = {mc(lines_ex)}, not the printed {mc(ex)}; the 年初 and 全年 columns add; the 省级 "
             f"line's 执行率 {q(srates[1])} is computed on its printed 245.80 and is no second finding"),
           F("MALFORMED_RULE", "受益群众满意度（评分标准）", f"受益群众满意度 | ≥90% | 94.2% | {R_SAT} | 7 | 7",
             "≥90%得7分；80%≤满意度≤92%得5分", "bands that do not overlap (e.g. 80%≤满意度<90%得5分)", "MEDIUM",
             "WARNING",
             "90%–92% falls in both the 7-point and the 5-point band; the row's 94.2% → 7 is right under any reading")]
    traps = [f"the 年度资金总额 line: {mc(ex)} ÷ {mc(adj)} = {q(rate)}, × 10 = {f2(rs)} (the 说明); 年初 500.00 + 200.00 "
             "+ 160.00 = 860.00 and 全年 500.00 + 260.00 + 200.00 = 960.00 add; 中央 98.40% and 县级 91.50% right",
             f"以工代赈's own figures: 劳务报酬 {mc(pay)}万元 ÷ 中央资金 500.00万元 = {share}% (vs ≥30%, a share of the CENTRAL "
             f"fund, not of the 960.00 total); {mc(pay)}万元 ÷ {workers}人 = {per_head:,}元 per head; {poor} ÷ {workers} = 66.3%; "
             "the 158.00万元 is part of the spending, not extra money",
             "产业路建设单位成本 45 vs ≤45万元/公里: a ceiling met exactly; a unit cost, not a budget figure",
             "新建灌溉沟渠 6 vs ≥6公里 and 修建挡墙护坡 5 vs ≥5处: met exactly",
             "吸纳当地群众务工人数 8 × 270 ÷ 300 = 7.2 and 务工群众满意度 6 × 86.4 ÷ 90 = 5.76 (the 评分标准's proportion "
             "rule, with reasons)",
             "主管部门 发展和改革局, 实施单位 a 镇人民政府: the usual 以工代赈 arrangement, not two departments' reports",
             f"总分 {f2(total)} = the fund line + the 14 rows; 分值 10 + 90 = 100; a 项目 form: no grade printed"]
    return {"stem": "h498_fugong_fagai", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html498(M)}


def html498(M):
    data = [["项目名称", M["project"], None, None, None, None, None, None],
            ["主管部门", M["dept"], None, None, "实施单位", M["unit"], None, None],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"]), "10", f2(M["rs"])]]
    for (n, a, b, c), sr in zip(M["src"], M["srates"]):
        data.append(["", "其中：" + n, mc(a), mc(b), mc(c), q(sr), "—", "—"])
    gtext = "；".join(f"{k}：{v}" for k, v in M["goals"]) + "。"
    done = M["done"]
    data.append(["年度总体目标", "预期目标", None, None, "实际完成情况", None, None, None])
    data.append(["", gtext, None, None, done, None, None, None])
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分标准", "分值", "得分"])
    h0 = len(data)
    for x in M["ind"]:
        data.append([x[0], x[1], x[2], x[3], x[4], x[8], fnum(x[5]), fnum(x[6])])
    data.append(["总分", None, None, None, None, None, "100", f2(M["total"])])
    # None = merged into the cell to the left; build spans
    spans, clean = [], []
    for i, r_ in enumerate(data):
        c, row_ = 0, []
        while c < len(r_):
            e = c
            while e + 1 < len(r_) and r_[e + 1] is None:
                e += 1
            if e > c:
                spans.append((c, i, e, i))
            row_ += [r_[c]] + [""] * (e - c)
            c = e + 1
        clean.append(row_)
    nf = 3 + len(M["src"])
    spans.append((0, 2, 0, nf))
    spans.append((0, nf + 1, 0, nf + 2))
    for col in (0, 1):
        for a_, b_ in runs(M["ind"], col):
            if b_ > a_:
                spans.append((col, h0 + a_, col, h0 + b_))
    _rows, _sp = ind_grid(M["ind"], [0, 1], h0)
    for k, r_ in enumerate(_rows):
        clean[h0 + k][0], clean[h0 + k][1] = r_[0], r_[1]
    clean[nf + 2][0] = ""
    table = html_table(clean, spans, cls="zwgk", head=0, left=(1, 4, 5))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(M['project'])}绩效自评表_部门信息公开_福贡县人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f3f3f3}}
.head{{background:#1f5fa8;color:#fff;padding:14px 40px;font-size:22px}}
.wrap{{width:1000px;margin:16px auto;background:#fff;padding:24px 36px}}
.pos{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
h1{{font-size:22px;text-align:center;margin:18px 0 6px}}
.info{{text-align:center;font-size:13px;color:#888;margin-bottom:14px}}
table.zwgk{{border-collapse:collapse;width:100%;font-size:13px}}
table.zwgk td,table.zwgk th{{border:1px solid #000;padding:4px;text-align:center}}
table.zwgk td.l{{text-align:left}}
.foot{{text-align:center;font-size:12px;color:#666;padding:16px}}
</style>
</head>
<body>
<div class="head">福贡县人民政府</div>
<div class="wrap">
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 部门信息公开 &gt; 县发展和改革局 &gt; 财政预决算</div>
<h1>{E(M['project'])}绩效自评表</h1>
<div class="info">发布时间：2025-05-09　来源：福贡县发展和改革局　浏览次数：<span id="hits">57</span></div>
<p style="text-align:center;font-size:18px;font-weight:bold">项目支出绩效自评表</p>
<p style="text-align:center">（2024年度）</p>
<p>填报单位（盖章）：{E(M['dept'])}<span style="float:right">金额单位：万元</span></p>
{table}
<p>说明：年度资金总额得分＝执行率×10；各绩效指标按“评分标准”栏计分，超额完成不加分。</p>
<p>填表人：和秀英　　联系电话：0886-3412067　　填报日期：2025年4月28日</p>
<p style="text-align:right"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></p>
</div>
<div class="foot">主办：福贡县人民政府办公室　网站标识码：5333230001　滇ICP备05001287号-3</div>
</body>
</html>
"""


ALL.append(h498())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "88")


if __name__ == "__main__":
    main(sys.argv[1:])
