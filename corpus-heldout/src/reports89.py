#!/usr/bin/python3
"""Round 89 (h499–h503): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus89 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports89.py [h499 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports89.py --drop         # drop each planted finding in turn
h499 a 部门整体 自评表 printed and scanned in colour with a YELLOW PAPER STICKY NOTE (便利贴) stuck on page 2, a
     handwritten routing note on it, PDF scan (卢氏县, 三门峡市);
h500 a 基建 项目 自评表 workbook carrying a 工程结算审计情况 block (标段 | 送审金额 | 审定金额 | 审减金额 | 审减率) beside
     the fund block, XLSX (竹溪县, 十堰市);
h501 a third-party 项目 评价报告 with a 成本效益分析 section: 表2 单位成本 = 支出 ÷ 产出 set against 对标值 (同类项目 /
     定额), PDF text (宕昌县, 陇南市);
h502 a 部门整体 自评表 of a department MERGED in the 2024 county 机构改革 (原县乡村振兴局 划入): the budget block carries
     a 机构改革划入数 column between 年初 and 全年, DOCX (铜鼓县, 宜春市);
h503 a prose 部门整体 自评报告 on the county portal with a 近三年 (2022–2024) 预算执行及自评结果 comparison table, HTML
     (壤塘县, 阿坝藏族羌族自治州).
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
from reports4 import F  # noqa: E402
from reports22 import s2, r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, rl_build, ind_grid, docx_table, html_table, docx_base  # noqa
from reports83 import Sheet, ind_rows  # noqa: E402  (round 83's Pillow page; importing it only builds its specs)

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-17T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 88"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def secs(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


def over(ind):
    return [x[2] for x in ind if x[6] > x[5]]


def off_prop(ind):
    """rows below a quantitative target whose score is not the proportion rule's"""
    return [m[0] for m in missed_ok(ind) if abs(m[1] - m[2]) > 0.001]


NOTE_STD = ("说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不"
            "加分；3.定性指标未完全达成的，视情况扣分并说明原因；" f"4.自评等级：{BANDS77}。")


# ============================================================ h499 卢氏县 (scan with a paper STICKY NOTE: 部门整体 自评表)

def h499():
    dept = "卢氏县水利局"
    parts = [("基本支出", 1046.00, 1108.40, 1096.25), ("项目支出", 2260.00, 2687.60, 2541.37)]
    ini_sum, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini_sum, adj, ex) == (3306.00, 3796.00, 3637.62), (ini_sum, adj, ex)
    ini_p = 3286.00  # PLANT BREAKDOWN_SUM: 年初 基本 1,046.00 + 项目 2,260.00 = 3,306.00; the total line prints 3,286.00
    rate, = rates((ex, adj))
    prates = rates(*[(x[3], x[2]) for x in parts])
    assert rate == 95.83 and prates == [98.90, 94.56], (rate, prates)
    rs = r2(rate / 10)
    assert rs == 9.58
    ind = [("产出指标", "数量指标", "农村供水工程维修养护处数", "≥45处", "48处", 6, 6, ""),
           ("产出指标", "数量指标", "新建改造农村供水管网长度", "≥32公里", "28.8公里", 7, P(28.8, 32, 7),
            "部分村组地质条件复杂，3.2公里管网顺延至2025年施工"),
           ("产出指标", "数量指标", "中小河流治理长度", "≥12公里", "12公里", 6, 6, ""),
           ("产出指标", "数量指标", "水土流失综合治理面积", "≥18平方公里", "18.6平方公里", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 34 of ≥40处 keeps 6 of 6 with no reason; the 说明's rule gives 5.10
           ("产出指标", "数量指标", "河湖“清四乱”问题整改数", "≥40处", "34处", 6, 6, ""),
           ("产出指标", "质量指标", "水利工程质量抽检合格率", "≥95%", "97.2%", 6, 6, ""),
           ("产出指标", "质量指标", "农村供水水质达标率", "≥90%", "86.4%", 6, P(86.4, 90, 6), "个别山区小型水厂消毒设施运行不稳定"),
           ("产出指标", "时效指标", "汛前水毁工程修复完成时间", "5月31日前", "5月28日", 4, 4, ""),
           ("产出指标", "成本指标", "供水管网单位造价", "≤38万元/公里", "36.5万元/公里", 3, 3, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.1%", 7, 7, ""),
           ("效益指标", "社会效益指标", "水旱灾害造成人员死亡", "0人", "0人", 6, 6, ""),
           ("效益指标", "生态效益指标", "重点河湖断面水质达标率", "≥85%", "81.6%", 6, P(81.6, 85, 6), "汛期面源污染影响"),
           ("效益指标", "可持续影响指标", "水利工程长效管护机制", "健全", "基本健全", 6, 5, "村级管水员报酬未全部落实，扣1分"),
           ("满意度指标", "服务对象满意度指标", "农村供水受益群众满意度", "≥90%", "92.4%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "河湖沿线群众满意度", "≥90%", "87.3%", 7, P(87.3, 90, 7), "部分河段护岸未完工")]
    props(ind, skip=("河湖“清四乱”问题整改数",))
    assert s2(ind, 5) == 90
    assert off_prop(ind) == ["河湖“清四乱”问题整改数"]
    assert below_no_reason(ind) == [] and over(ind) == []
    rows_total = r2(rs + s2(ind, 6))
    assert rows_total == 97.19, rows_total
    total_p = 97.91  # PLANT TOTAL_VS_ROWS: the fund line + the 15 rows add to 97.19; the 总分 prints 97.91
    true_total = r2(rows_total - 6 + P(34, 40, 6))
    assert grade(total_p) == grade(rows_total) == grade(true_total) == "优", true_total
    g = gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini_p, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini_p, adj=adj, ex=ex, rate=rate, prates=prates, rs=rs, ind=ind, total=total_p)
    fnd = [F("BREAKDOWN_SUM", "年度资金总额（年初预算数）",
             f"年度资金总额 | {mc(ini_p)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs)}; 其中：基本支出 | "
             f"{mc(parts[0][1])}; 项目支出 | {mc(parts[1][1])}", mc(ini_p), mc(ini_sum), "HIGH", "ERROR",
             f"the 其中 lines' 年初预算数 {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini_sum)}, the total line prints "
             f"{mc(ini_p)}; the 全年预算数 ({mc(adj)}) and 全年执行数 ({mc(ex)}) columns add up"),
           F("TARGET_MISSED_FULL_MARKS", "河湖“清四乱”问题整改数",
             "河湖“清四乱”问题整改数 | ≥40处 | 34处 | 6 | 6 |", "6", f2(P(34, 40, 6)), "HIGH", "WARNING",
             "34 of ≥40处 is below target, yet the row keeps full marks with an empty 偏差原因; the 说明's rule 实际完成值÷"
             "年度指标值×分值 gives 6 × 34 ÷ 40 = 5.10"),
           F("TOTAL_VS_ROWS", "总分",
             f"总分 | 100 | {f2(total_p)} | 自评等级：优", f2(total_p), f2(rows_total), "HIGH", "ERROR",
             f"the fund line's {f2(rs)} and the 15 rows' {f2(s2(ind, 6))} add to {f2(rows_total)}, the 总分 prints "
             f"{f2(total_p)} (digits swapped); the grade 优 holds on either (and on {f2(true_total)} with the missed "
             "target scored by the rule)")]
    traps = ["the yellow PAPER STICKY NOTE (便利贴) on page 2 is a handwritten routing note between colleagues (报送 date, "
             "审签), stuck on the printed form before scanning: it is no figure of the report and covers none",
             f"head block: 全年 {mc(parts[0][2])} + {mc(parts[1][2])} = {mc(adj)}; 执行 {mc(parts[0][3])} + "
             f"{mc(parts[1][3])} = {mc(ex)}; {q(rate)}, 基本 {q(prates[0])}, 项目 {q(prates[1])} right; 得分 {f2(rs)} = "
             "执行率×10; none over its line; 全年 > 年初 (追加)",
             "新建改造农村供水管网长度 7 × 28.8 ÷ 32 = 6.30, 农村供水水质达标率 6 × 86.4 ÷ 90 = 5.76, 重点河湖断面水质达标率 "
             "6 × 81.6 ÷ 85 = 5.76, 河湖沿线群众满意度 7 × 87.3 ÷ 90 = 6.79 (the 说明's proportion rule, with reasons)",
             "水利工程长效管护机制 基本健全 −1 with a stated reason (the 说明's rule 3)",
             "中小河流治理长度 12 vs ≥12公里 (met exactly); 水旱灾害造成人员死亡 0人 vs 0人 (met); 供水管网单位造价 36.5 "
             "vs ≤38万元/公里 (a ceiling met; a unit cost, not a budget figure); 汛前水毁工程修复 5月28日 vs 5月31日前 (met)",
             "分值 10 + 90 = 100; 优 on the printed total, on the rows' sum and with the plants corrected"]
    return {"stem": "h499_lushi_shuili", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw499}


def draw499(rep, path):
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
            ["", "做好农村供水保障、中小河流治理、水土保持和河湖管护，确保安全度汛，巩固农村饮水安全成果。", None, None,
             None, "维修养护农村供水工程48处，新建改造管网28.8公里，治理中小河流12公里、水土流失18.6平方公里，"
                   "全年无因水旱灾害死亡人员。", None, None]]
    y = p1.table(x0, y, hw, goal, cont={(1, 0)}, left=(1, 5))
    W = [150, 170, 270, 170, 160, 90, 90, 324]
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    n1 = 9
    data, cont = ind_rows(ind, (0, 1, 2, 3, 4, 5, 6, 7))
    y = p1.table(x0, y, W, head + data[:n1], cont={(r + 1, c) for r, c in cont if r < n1}, left=(2, 7))
    p1.text(847, 2250, "第 1 页 共 2 页", 24, anchor="ma")
    p2 = Sheet()
    rest = head + data[n1:] + [["总分", None, None, None, None, "100", f2(M["total"]), "自评等级：优"]]
    cont2 = {(r - n1 + 1, c) for r, c in cont if r >= n1}
    # 效益指标 starts on page 2, so no merged cell is cut by the page break here
    y = p2.table(x0, 170, W, rest, cont=cont2, left=(2, 7))
    yy = y + 30
    for ln in p2.wrap(NOTE_STD, 1444, 24):
        p2.text(x0, yy, ln, 24)
        yy += 38
    p2.text(x0, yy + 40, "单位负责人：郭建军　　财务负责人：杜玉兰　　填表人：刘晓鹏　　联系电话：0398-7861243", 24)
    p2.text(1574, yy + 100, "填报日期：2025年4月21日", 24, anchor="ra")
    p2.text(847, 2250, "第 2 页 共 2 页", 24, anchor="ma")
    note_top = yy + 220
    assert note_top + 420 < 2200, note_top
    rs = np.random.RandomState(89499)
    pages = []
    hand = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 30, index=2)
    for k, sh in enumerate((p1, p2)):
        a = np.asarray(sh.im, dtype=np.float32)
        rgb = np.minimum(np.stack([a, a, a], axis=2), np.array([246.0, 244.0, 238.0]))
        img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        if k == 1:
            # the 便利贴: a 76 mm square yellow note (600 px at 200 dpi), its glued top edge flat, the free lower edge
            # lifting (a soft shadow), blue ballpoint writing; pasted in the blank space under the signatures
            nw, nh = 600, 420
            note = Image.new("RGBA", (nw + 40, nh + 40), (0, 0, 0, 0))
            nd = ImageDraw.Draw(note)
            nd.rectangle([14, 22, nw + 14, nh + 26], fill=(0, 0, 0, 70))
            note = note.filter(ImageFilter.GaussianBlur(7))
            nd = ImageDraw.Draw(note)
            nd.rectangle([6, 6, nw + 6, nh + 6], fill=(252, 236, 120, 255))
            nd.rectangle([6, 6, nw + 6, 60], fill=(248, 230, 104, 255))  # the glue strip
            lines = ["王股长：", "自评表已按财政局意见修改，", "请审签后4月25日前报县财政局", "绩效股（纸质件2份+电子版）。",
                     "　　　　　　　　　小刘 4.21"]
            ty = 80
            for ln in lines:
                tx = 40
                for ch in ln:
                    dy = int(rs.randint(-3, 4))
                    nd.text((tx, ty + dy), ch, font=hand, fill=(28, 52, 150, 255))
                    tx += int(hand.getlength(ch)) + int(rs.randint(-1, 3))
                ty += 64
            note = note.rotate(-2.4, resample=Image.BICUBIC, expand=True)
            img.paste(note, (860, int(note_top)), note)
        arr = np.asarray(img, dtype=np.float32) + rs.normal(0, 3.0, (img.size[1], img.size[0], 1))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5))
        img = img.rotate((-0.22, 0.31)[k], resample=Image.BICUBIC, fillcolor=(236, 236, 232))
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
    pdf.docinfo["/Producer"] = "RICOH IM C3000 PDF"
    pdf.docinfo["/Creator"] = "RICOH IM C3000"
    pdf.docinfo["/CreationDate"] = "D:20250508101522+08'00'"
    pdf.save(path, static_id=True)


ALL.append(h499())


# ============================================================ h500 竹溪县 (XLSX: 基建 项目 自评表 + 工程结算审计情况)

def h500():
    dept, unit = "竹溪县交通运输局", "竹溪县农村公路建设养护中心"
    project = "2024年竹溪县农村公路提档升级工程"
    src = [("中央车购税补助资金", 1800.00, 1800.00, 1786.50), ("省级交通专项资金", 600.00, 720.00, 668.32),
           # PLANT SPENDING_OVER_BUDGET: 县级配套资金 spends 312.40 of a 全年预算 300.00 (104.13%), no explanation
           ("县级配套资金", 260.00, 300.00, 312.40)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (2660.00, 2820.00, 2767.22), (ini, adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[3], x[2]) for x in src])
    assert rate == 98.13 and srates == [99.25, 92.82, 104.13], (rate, srates)
    rs_true = r2(rate / 10)
    rs_p = 10  # PLANT BUDGET_ROW_SCORE: the 说明 says 执行率×10 → 9.81; the form prints 10
    audit = [("第一标段（中峰镇—鄂坪乡）", 1126.48, 1058.36), ("第二标段（水坪镇—向坝乡）", 982.70, 931.54),
             ("第三标段（泉溪镇—桃源乡）", 812.35, 796.18)]
    aud = [(n, a, b, r2(a - b), rates((r2(a - b), a))[0]) for n, a, b in audit]
    at = (r2(sum(x[1] for x in aud)), r2(sum(x[2] for x in aud)), r2(sum(x[3] for x in aud)))
    at_rate, = rates((at[2], at[0]))
    assert at == (2921.53, 2786.08, 135.45), at
    ind = [("产出指标", "数量指标", "提档升级农村公路里程", "≥86公里", "86公里", 8, 8, ""),
           ("产出指标", "数量指标", "新建错车道", "≥120个", "126个", 6, 6, ""),
           ("产出指标", "数量指标", "危桥改造", "≥4座", "3座", 6, P(3, 4, 6), "1座危桥因汛期停工，顺延至2025年完工"),
           ("产出指标", "数量指标", "完善安全防护设施", "≥40公里", "42.5公里", 5, 5, ""),
           ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", 7, 7, ""),
           ("产出指标", "质量指标", "工程结算审计完成率", "100%", "100%", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 97.8% meets ≥96%; the row loses a point with no reason
           ("产出指标", "质量指标", "路面压实度检测合格率", "≥96%", "97.8%", 5, 4, ""),
           ("产出指标", "时效指标", "项目按期完工率", "≥90%", "88%", 4, P(88, 90, 4), "第二标段征地协调延误"),
           ("产出指标", "成本指标", "每公里综合造价", "≤32万元/公里", "30.6万元/公里", 4, 4, ""),
           ("效益指标", "经济效益指标", "沿线农产品运输成本降低率", "≥8%", "9.2%", 8, 8, ""),
           ("效益指标", "社会效益指标", "沿线群众出行时间缩短", "≥15分钟", "18分钟", 7, 7, ""),
           ("效益指标", "社会效益指标", "公路交通事故起数下降率", "≥10%", "7.6%", 7, P(7.6, 10, 7), "部分路段车速提高，"
            "安全宣传不足"),
           ("效益指标", "可持续影响指标", "路面设计使用年限", "≥10年", "10年", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.6%", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "客货运输企业满意度", "≥85%", "82.4%", 4, P(82.4, 85, 4),
            "部分路段施工期间绕行")]
    props(ind)
    assert s2(ind, 5) == 90 and off_prop(ind) == [] and over(ind) == []
    assert below_no_reason(ind) == ["路面压实度检测合格率"]
    total = r2(rs_p + s2(ind, 6))
    true_total = r2(rs_true + s2(ind, 6) + 1)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate,
             rs=rs_p, ind=ind, total=total, aud=aud, at=at, at_rate=at_rate)
    c = src[2]
    fnd = [F("SPENDING_OVER_BUDGET", "县级配套资金",
             f"其中：县级配套资金 | {mc(c[1])} | {mc(c[2])} | {mc(c[3])} | {q(srates[2])}", mc(c[3]), f"≤ {mc(c[2])}",
             "HIGH", "WARNING",
             f"the 县级配套资金 line spends {mc(c[3])} of a 全年预算数 {mc(c[2])} ({q(srates[2])}, printed right), "
             "with no explanation on the form; the other lines and the 年度资金总额 stay within their budgets"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate)} | 10 | 10", "10", f2(rs_true), "HIGH", "ERROR",
             f"the 说明 says 年度资金总额得分＝执行率×10: {q(rate)} × 10 = {f2(rs_true)}; the form gives full marks 10 "
             "and the 总分 adds them; the rate itself is right"),
           F("TARGET_MET_POINTS_LOST", "路面压实度检测合格率",
             "产出指标 | 质量指标 | 路面压实度检测合格率 | ≥96% | 97.8% | 5 | 4 |", "4", "5", "HIGH", "WARNING",
             "97.8% meets ≥96%; the row loses a point with an empty 偏差原因分析 and no rule of the 说明 allows it")]
    traps = ["the 工程结算审计情况 block (送审金额 | 审定金额 | 审减金额 | 审减率, three 标段) is the audit of the works' "
             f"final accounts: 审定 {mc(at[1])} is the agreed contract value, not the budget and not the year's spending "
             "(the 说明 says the 全年执行数 holds the works payments plus 监理 / 设计 / 检测 fees, with the 3% 质保金 "
             f"withheld); 审减 = 送审 − 审定 per 标段 and 审减率 = 审减 ÷ 送审 right, 合计 {q(at_rate)}",
             f"fund lines: 年初 {mc(1800)} + {mc(600)} + {mc(260)} = {mc(ini)}; 全年 {mc(1800)} + {mc(720)} + {mc(300)} "
             f"= {mc(adj)}; 执行 {mc(1786.5)} + {mc(668.32)} + {mc(312.4)} = {mc(ex)}; {q(rate)} and the lines' rates "
             "right; the 年度资金总额 is under its budget although one line is over",
             "危桥改造 6 × 3 ÷ 4 = 4.50, 项目按期完工率 4 × 88 ÷ 90 = 3.91, 公路交通事故起数下降率 7 × 7.6 ÷ 10 = 5.32, "
             "客货运输企业满意度 4 × 82.4 ÷ 85 = 3.88 (the 说明's proportion rule, with reasons)",
             "提档升级农村公路里程 86 vs ≥86公里 and 路面设计使用年限 10 vs ≥10年 (met exactly); 每公里综合造价 30.6 vs "
             "≤32万元/公里 (a ceiling met; a unit cost, not a budget figure)",
             f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100; a 项目 form: no grade"]
    return {"stem": "h500_zhuxi_jiaotong", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write500}


def write500(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, w in enumerate([12, 13, 28, 13, 13, 13, 10, 8, 8, 28]):
        ws.column_dimensions[chr(65 + j)].width = w
    r = [1]

    def nxt(cells, merges=(), bold=False, box=True, fmt=None, left=(), fill=None, size=10, height=None):
        rr = r[0]
        for j, v in enumerate(cells):
            c = ws.cell(row=rr, column=j + 1, value=v if v != "" else None)
            c.font = Font(name="宋体", size=size, bold=bold)
            c.alignment = Alignment(horizontal="left" if j in left else "center", vertical="center", wrap_text=True)
            if box:
                c.border = bd
            if fill:
                c.fill = PatternFill("solid", fgColor=fill)
            if fmt and j in fmt and isinstance(v, (int, float)):
                c.number_format = fmt[j]
        for a, b in merges:
            ws.merge_cells(start_row=rr, start_column=a + 1, end_row=rr, end_column=b + 1)
        if height:
            ws.row_dimensions[rr].height = height
        r[0] += 1
        return rr
    nxt(["项目支出绩效自评表"], [(0, 9)], True, False, size=16)
    nxt(["（2024年度）"], [(0, 9)], False, False)
    nxt(["填报单位（盖章）：" + M["dept"], "", "", "", "", "", "", "金额单位：万元"], [(0, 6), (7, 9)], box=False, left=(0,))
    nxt(["项目名称", M["project"]], [(1, 9)], left=(1,))
    nxt(["主管部门", M["dept"], "", "", "实施单位", M["unit"]], [(1, 3), (5, 9)], left=(1, 5))
    a0 = nxt(["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""],
             [(0, 2), (9, 9)], True, fill="D9D9D9")
    money = {3: "#,##0.00", 4: "#,##0.00", 5: "#,##0.00", 6: "0.00%", 7: "0", 8: "0.00"}
    nxt(["年度资金总额", "", "", M["ini"], M["adj"], M["ex"], round(M["rate"] / 100, 6), 10, M["rs"], ""], [(0, 2)],
        fmt=money, left=(0,))
    for (n, a, b, e), pr in zip(M["src"], M["srates"]):
        nxt(["其中：" + n, "", "", a, b, e, round(pr / 100, 6), "—", "—", ""], [(0, 2)], fmt=money, left=(0,))
    ws.merge_cells(start_row=a0, start_column=10, end_row=r[0] - 1, end_column=10)
    nxt(["工程结算审计情况", "", "", "送审金额", "审定金额", "审减金额", "审减率", "审计机构", "", ""],
        [(0, 2), (7, 9)], True, fill="D9D9D9")
    b0 = r[0]
    for n, a, b, d_, rt in M["aud"]:
        nxt([n, "", "", a, b, d_, round(rt / 100, 6), "", "", ""], [(0, 2), (7, 9)], fmt=money, left=(0,))
    nxt(["合计", "", "", M["at"][0], M["at"][1], M["at"][2], round(M["at_rate"] / 100, 6), "", "", ""],
        [(0, 2), (7, 9)], True, fmt=money)
    ws.cell(row=b0, column=8, value="湖北鄂西北工程造价咨询有限公司（竹审结〔2024〕46—48号）")
    ws.merge_cells(start_row=b0, start_column=8, end_row=r[0] - 1, end_column=10)
    ws.cell(row=b0, column=8).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    nxt(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", ""], [(1, 4), (5, 9)], True, fill="D9D9D9")
    nxt(["", "完成农村公路提档升级86公里，改造危桥4座，新建错车道120个，完善安防设施40公里，改善沿线群众出行条件，降低农产品"
             "运输成本。", "", "", "", "完成提档升级86公里、错车道126个、安防设施42.5公里，改造危桥3座（1座顺延），三个标段均完成交工"
                                   "验收和结算审计。", "", "", "", ""], [(1, 4), (5, 9)], left=(1, 5), height=54)
    ws.merge_cells(start_row=r[0] - 2, start_column=1, end_row=r[0] - 1, end_column=1)
    h0 = nxt(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "", "分值", "得分", "", "偏差原因分析"],
             [(4, 5), (7, 8)], True, fill="D9D9D9")
    base = r[0]
    for x in M["ind"]:
        nxt([x[0], x[1], x[2], x[3], x[4], "", x[5], x[6], "", x[7]], [(4, 5), (7, 8)], fmt={6: "0", 7: "0.00"},
            left=(2, 9))
    for col in (0, 1):
        for a_, b_ in runs(M["ind"], col):
            if b_ > a_:
                ws.merge_cells(start_row=base + a_, start_column=col + 1, end_row=base + b_, end_column=col + 1)
    nxt(["总分", "", "", "", "", "", 100, M["total"], "", ""], [(0, 5), (7, 8)], True, fmt={6: "0", 7: "0.00"})
    nxt(["说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不"
         "加分；3.全年执行数含已支付的工程款及监理、设计、检测费用，工程质保金按审定金额的3%预留，缺陷责任期满后支付；"
         "4.工程结算审计由县财政局委托造价咨询机构实施，审减率＝审减金额÷送审金额×100%。"], [(0, 9)], box=False, left=(0,),
        height=60)
    nxt(["单位负责人：陈志刚　　财务负责人：黄秀梅　　填表人：周文斌　　联系电话：0719-2721538　　填报日期：2025年4月22日"],
        [(0, 9)], box=False, left=(0,))
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = wb.properties.lastModifiedBy = "周文斌"
    wb.properties.created = datetime.datetime(2025, 4, 15, 9, 12)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h500())


# ============================================================ h501 宕昌县 (PDF text: third party with 成本效益分析)

def h501():
    dept = "宕昌县农业农村局"
    project = "2024年宕昌县中药材标准化种植基地建设项目"
    evaluator = "甘肃陇衡绩效评价咨询有限公司"
    src = [("中央财政资金", 800.00, 800.00), ("省级财政资金", 200.00, 300.00), ("县级财政资金", 200.00, 300.00)]
    ini, adj = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    cost = [("基地建设（含种苗）", 1086.40), ("产地初加工车间", 226.02), ("种植技术培训", 24.30)]
    ex = r2(sum(x[1] for x in cost))
    assert (ini, adj, ex) == (1200.00, 1400.00, 1336.72), (ini, adj, ex)
    rate, = rates((ex, adj))
    assert rate == 95.48, rate
    mu_true = round(1086.40 * 10000 / 8000)
    assert mu_true == 1358
    mu_p = 1385  # PLANT FORMULA: 亩均财政投入＝1,086.40万元÷8,000亩 = 1,358元/亩; printed 1,385元/亩 (formula, 表2, row)
    per_train = round(24.30 * 10000 / 1620)
    assert per_train == 150
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 2, 2, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "效益指标未细化到种植户，扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 2, 2, ""),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 2, 2, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 4, r2(4 * rate / 100), "按执行率×分值计分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 5, 4, "2笔种苗款报账附件不全，扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3.5, "基地验收资料归档不及时，扣0.5分"),
           ("产出", "数量指标", "中药材标准化种植基地面积", "≥8,000亩", "8,000亩", 8, 8, ""),
           ("产出", "数量指标", "良种种苗供应量", "≥1,200万株", "1,150万株", 6, P(1150, 1200, 6), "当归种苗育苗期遇旱，"
            "出苗率偏低"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 五（三） says only 1 of the 2 车间 was finished, the other still in
           # construction; the row claims 2处 and keeps 6 of 6 (proportion 6 × 1 ÷ 2 = 3)
           ("产出", "数量指标", "产地初加工车间建设", "≥2处", "2处", 6, 6, ""),
           ("产出", "数量指标", "种植技术培训人次", "≥1,500人次", "1,620人次", 5, 5, ""),
           ("产出", "质量指标", "基地药材农残抽检合格率", "≥95%", "97.5%", 6, 6, ""),
           ("产出", "时效指标", "项目完成及时率", "≥95%", "91%", 5, P(91, 95, 5), "初加工车间设备安装滞后"),
           ("产出", "成本指标", "亩均财政投入", "≤1,500元/亩", f"{mu_p:,}元/亩", 4, 4, ""),
           ("效益", "经济效益", "带动种植户户均增收", "≥2,000元", "2,260元", 7, 7, ""),
           ("效益", "经济效益", "中药材亩产值提升率", "≥10%", "8.6%", 6, P(8.6, 10, 6), "当归价格下行"),
           ("效益", "社会效益", "带动脱贫户（监测户）种植户数", "≥600户", "642户", 6, 6, ""),
           ("效益", "满意度", "种植户满意度", "≥90%", "88.5%", 6, P(88.5, 90, 6), "部分农户对种苗发放时间有意见")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == [] and below_no_reason(ind) == []
    assert s2(ind, 5) == 100
    sec = secs(ind, ("决策", "过程", "产出", "效益"))
    total = s2(ind, 6)
    srate = [rates((sc, w))[0] for _, w, sc in sec]
    assert [x[2] for x in sec] == [14.5, 18.32, 39.54, 24.06] and total == 96.42, (sec, total)
    srate_p = list(srate)
    srate_p[1] = 91.06  # PLANT SCORE_RATE: 过程 18.32 ÷ 20 = 91.60%; 表1 prints 91.06%
    assert srate[1] == 91.60
    true_total = r2(total - 3)
    assert grade(total) == grade(true_total) == "优"
    g = with_project(gold(None, dept, 2024, "COUNTY", "甘肃省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "优",
                          budget(ini, adj, ex, rate), sec, grows(ind)), project, dept)
    M = dict(dept=dept, project=project, evaluator=evaluator, src=src, ini=ini, adj=adj, ex=ex, rate=rate, cost=cost,
             mu=mu_p, per_train=per_train, ind=ind, sec=sec, srate=srate_p, total=total)
    fnd = [F("FORMULA", "亩均财政投入（四、成本效益分析）",
             f"亩均财政投入＝基地建设支出÷基地面积＝1,086.40万元÷8,000亩＝{mu_p:,}元/亩", f"{mu_p:,}元/亩",
             f"{mu_true:,}元/亩", "HIGH", "ERROR",
             f"10,864,000元 ÷ 8,000亩 = {mu_true:,}元/亩; the printed result {mu_p:,} (digits swapped) does not follow from "
             "its own inputs; 表2 and the 亩均财政投入 row restate it (one slip, one finding); both figures meet ≤1,500 and "
             "lie under the 对标值 1,750, so the row's 4 of 4 stands"),
           F("SCORE_RATE", "过程（得分率）", f"过程 | 20 | 18.32 | {q(srate_p[1])}", q(srate_p[1]), q(srate[1]), "HIGH",
             "ERROR", f"18.32 ÷ 20 = {q(srate[1])}, 表1 prints {q(srate_p[1])}; 决策 {q(srate[0])}, 产出 {q(srate[2])}, 效益 "
                      f"{q(srate[3])} right"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "产地初加工车间建设",
             "产地初加工车间建设 | 6 | ≥2处 | 2处 | 6 |; 五（三）：…哈达铺镇车间已建成投用，理川镇车间主体完工，设备尚未安装，"
             "未投入使用", "6", "< 6 (3 by the proportion rule: 1 of 2 in use)", "HIGH", "WARNING",
             "the report's own analysis says one of the two 车间 was not finished by the year end (also why 项目完成及时率 "
             "lost points, and 表2 leaves its unit cost blank as 在建), yet the row reports 2处 at full marks")]
    traps = ["四's 成本效益分析 sets unit costs against 对标值 (陇南市同类项目平均 1,750元/亩; 省定额 ≤180元/人次): the 对标值 are "
             "benchmarks, not targets of the index system and not budget figures; 人均培训成本 24.30万元 ÷ 1,620人次 = 150元 "
             "right",
             f"funds: 年初 {mc(800)} + {mc(200)} + {mc(200)} = {mc(ini)}; 全年 {mc(800)} + {mc(300)} + {mc(300)} = {mc(adj)}; "
             f"支出 by use {mc(1086.40)} + {mc(226.02)} + {mc(24.30)} = {mc(ex)}; {q(rate)} right",
             f"预算执行率 4 × {q(rate)} = {f2(r2(4 * rate / 100))} (the row's rule)",
             "良种种苗供应量 6 × 1,150 ÷ 1,200 = 5.75, 项目完成及时率 5 × 91 ÷ 95 = 4.79, 中药材亩产值提升率 6 × 8.6 ÷ 10 = "
             "5.16, 种植户满意度 6 × 88.5 ÷ 90 = 5.90 (proportion, with reasons); 绩效指标明确性 −0.5, 资金使用合规性 −1, "
             "制度执行有效性 −0.5 with reasons",
             "中药材标准化种植基地面积 8,000 vs ≥8,000亩 (met exactly); 带动种植户户均增收 2,260元 is an outcome, not a budget "
             "figure",
             f"表1: 决策 14.5 / {q(srate[0])}, 产出 39.54 / {q(srate[2])}, 效益 24.06 / {q(srate[3])} right; 合计 "
             f"{f2(total)} = the 22 rows; 优"]
    return {"stem": "h501_dangchang_nongye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw501}


def draw501(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    M = rep["meta"]
    para, tab, mm = rl_kit()
    st = [Spacer(1, 40 * mm), para("t", M["project"]), para("t", "绩效评价报告"), Spacer(1, 60 * mm),
          para("st", "委托单位：宕昌县财政局"), para("st", "评价机构：" + M["evaluator"]),
          para("st", "报告编号：陇衡绩评〔2025〕023号"), Spacer(1, 20 * mm), para("st", "二〇二五年六月"), PageBreak()]
    st += [para("t", M["project"] + "绩效评价报告"), para("pl", "宕昌县财政局："),
           para("p", f"受贵局委托，我公司对{M['dept']}实施的{M['project']}开展了绩效评价，现将评价情况报告如下。"),
           para("h", "一、项目概况"),
           para("p", "项目由宕昌县农业农村局组织实施，在哈达铺、理川、南阳等5个乡镇建设当归、黄芪、党参标准化种植基地8,000亩，"
                     "配套建设产地初加工车间2处，开展种植技术培训。"),
           para("p", f"项目年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元（其中中央财政资金800.00万元、省级财政资金"
                     f"300.00万元、县级财政资金300.00万元），全年支出{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"),
           para("h", "二、评价工作开展情况"),
           para("p", "评价组采用案卷研究、实地核查、问卷调查和成本效益分析相结合的方法，按决策、过程、产出、效益四个一级指标"
                     "（满分100分）设置评价指标体系，并与陇南市同类项目及省定额标准进行对标比较。"),
           para("h", "三、评价结论"),
           para("p", f"经综合评价，项目绩效评价得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分见表1。"),
           para("cap", "表1　一级指标得分情况")]
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), sr in zip(M["sec"], M["srate"]):
        data.append([n, fnum(w), fnum(sc), q(sr)])
    data.append(["合计", "100", f2(M["total"]), q(M["total"])])
    st.append(tab(data, [40, 30, 30, 30]))
    st += [para("h", "四、成本效益分析"),
           para("p", f"（一）基地建设成本。亩均财政投入＝基地建设支出÷基地面积＝1,086.40万元÷8,000亩＝{M['mu']:,}元/亩，"
                     "低于陇南市同类项目平均水平（1,750元/亩）。"),
           para("p", f"（二）培训成本。人均培训成本＝培训支出÷培训人次＝24.30万元÷1,620人次＝{M['per_train']}元/人次，低于省定额"
                     "（≤180元/人次）。"),
           para("p", "（三）效益。项目带动种植户户均增收2,260元，带动脱贫户（监测户）642户，投入产出比较好。"),
           para("cap", "表2　成本效益分析表（单位：万元）")]
    data = [["成本项目", "支出", "产出数量", "单位成本", "对标值", "对标结果"],
            [M["cost"][0][0], mc(M["cost"][0][1]), "8,000亩", f"{M['mu']:,}元/亩", "1,750元/亩（市同类项目平均）", "低于对标值"],
            [M["cost"][1][0], mc(M["cost"][1][1]), "—", "在建，暂不测算", "—", "—"],
            [M["cost"][2][0], mc(M["cost"][2][1]), "1,620人次", f"{M['per_train']}元/人次", "≤180元/人次（省定额）",
             "低于对标值"],
            ["合计", mc(M["ex"]), "", "", "", ""]]
    st.append(tab(data, [34, 22, 22, 28, 40, 24]))
    st += [para("h", "五、绩效分析"),
           para("p", "（一）决策。项目立项依据充分、程序规范，绩效目标合理，但效益指标未细化到种植户（15分，得14.5分）。"),
           para("p", "（二）过程。资金全部到位，2笔种苗款报账附件不全，基地验收资料归档不及时（20分，得18.32分）。"),
           para("p", "（三）产出。完成标准化种植基地8,000亩，供应良种种苗1,150万株，培训1,620人次，农残抽检合格率97.5%。"
                     "产地初加工车间计划建设2处，其中哈达铺镇车间已建成投用，理川镇车间主体完工，设备尚未安装，未投入使用"
                     "（40分，得39.54分）。"),
           para("p", "（四）效益。户均增收2,260元，受当归价格下行影响亩产值提升率8.6%，种植户满意度88.5%（25分，得24.06分）。"),
           para("h", "六、存在问题及建议"),
           para("p", "一是加快理川镇初加工车间设备安装；二是细化效益指标；三是规范报账资料管理。"),
           Spacer(1, 8 * mm), para("r", M["evaluator"]), para("r", "2025年6月16日"), PageBreak(),
           para("pl", "附件"), para("cap", "项目绩效评价指标体系及评分表")]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 5, 3, 4, 6, 7], 1)
    data += rows_ + [["合计", "", "", "100", "", "", f2(M["total"]), ""]]
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    st.append(tab(data, [16, 18, 38, 10, 20, 20, 12, 40], spans=sp, left=(2, 7)))
    st.append(para("n", "说明：定量指标未达到指标值的按“完成值÷指标值×分值”计分，超额完成不加分；预算执行率按“执行率×分值”计分；"
                        "定性指标视完成情况扣分并说明原因。"))
    rl_build(path, st, M["project"] + "绩效评价报告", M["evaluator"], "Microsoft® Word 2016")


ALL.append(h501())


# ============================================================ h502 铜鼓县 (DOCX: 部门整体 自评表 after the 机构改革)

RULE_MY = "满意度指标：≥90%得满分，80%（含）—90%得分值的80%，低于85%不得分"  # PLANT MALFORMED_RULE (80–85 in two bands)


def h502():
    dept = "铜鼓县农业农村局"
    parts = [("基本支出", 920.00, 142.60, 18.20, 1071.34), ("项目支出", 1940.00, 343.70, 197.20, 2401.52)]
    parts = [(n, a, b, c, r2(a + b + c), e) for n, a, b, c, e in parts]
    tot = tuple(r2(sum(x[k] for x in parts)) for k in (1, 2, 3, 4, 5))
    assert tot == (2860.00, 486.30, 215.40, 3561.70, 3472.86), tot
    rate, = rates((tot[4], tot[3]))
    prates = rates(*[(x[5], x[4]) for x in parts])
    assert rate == 97.51 and prates == [99.12, 96.80], (rate, prates)
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "划入职能的指标未及时细化，扣0.5分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, r2(6 * rate / 100), "按执行率×分值计分"),
           ("过程", "预算执行", "结转结余率", "≤5%", q(r2(100 - rate)), 3, 3, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "划入资产未及时办理登记，扣0.5分"),
           ("过程", "机构改革", "划入职能和预算衔接", "平稳有序", "已完成划转", 4, 4, ""),
           # PLANT RULE_SCORE: 1.08 of ≥1.2万亩 gives 8 × 1.08 ÷ 1.2 = 7.20 by 说明 2; printed 7.5 (with a reason)
           ("产出", "数量指标", "高标准农田建设面积", "≥1.2万亩", "1.08万亩", 8, 7.5, "部分项目受雨季影响未完工"),
           ("产出", "数量指标", "农作物病虫害统防统治覆盖率", "≥45%", "46.2%", 6, 6, ""),
           ("产出", "数量指标", "脱贫劳动力务工就业规模", "≥1.5万人", "1.53万人", 6, 6, ""),
           ("产出", "质量指标", "强制免疫动物免疫密度", "≥90%", "96.8%", 6, 6, ""),
           ("产出", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "98%", 6, 6, ""),
           ("产出", "时效指标", "防返贫监测帮扶及时率", "100%", "100%", 6, 6, ""),
           ("效益", "经济效益", "农村居民人均可支配收入增长率", "≥7%", "6.6%", 8, P(6.6, 7, 8), "农产品价格下行"),
           ("效益", "社会效益", "脱贫人口人均纯收入增长率", "≥10%", "11.3%", 6, 6, ""),
           ("效益", "生态效益", "村庄清洁行动覆盖率", "100%", "100%", 6, 6, ""),
           ("效益", "满意度", "服务对象满意度", "≥90%", "87.6%", 8, r2(8 * 0.8), "按满意度评分标准计分")]
    # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 98 (效益 28), the 合计 and the 说明 say 100
    assert s2(ind, 5) == 98
    props(ind, skip=("服务对象满意度",))
    assert off_prop(ind) == ["高标准农田建设面积", "服务对象满意度"], off_prop(ind)
    assert r2(6 * rate / 100) == 5.85 and over(ind) == [] and below_no_reason(ind) == []
    total = s2(ind, 6)
    true_total = r2(total - 0.3)
    assert total == 94.29 and grade(total) == grade(true_total) == "优", (total, true_total)
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(tot[0], tot[3], tot[4], rate, parts[0][4], parts[0][5], parts[1][4], parts[1][5]), [], grows(ind))
    M = dict(dept=dept, parts=parts, tot=tot, rate=rate, prates=prates, ind=ind, total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计（分值）", "合计 | 100 | 94.29 | 自评等级：优", "100", "98", "HIGH", "ERROR",
             "the 18 rows' 分值 add to 98 (决策 12, 过程 20, 产出 38, 效益 28), while the 合计 row and the 说明 (满分100分) "
             "print 100; the 94.29 is the rows' own sum, so no TOTAL_VS_ROWS"),
           F("RULE_SCORE", "高标准农田建设面积",
             "产出 | 数量指标 | 高标准农田建设面积 | ≥1.2万亩 | 1.08万亩 | 8 | 7.5 | 部分项目受雨季影响未完工", "7.5",
             f2(P(1.08, 1.2, 8)), "HIGH", "ERROR",
             "说明 2 scores a missed quantitative target 实际完成值÷年度指标值×分值: 8 × 1.08 ÷ 1.2 = 7.20; the reason beside "
             "the 7.5 does not make it the rule's score"),
           F("MALFORMED_RULE", "说明 3（满意度指标）", RULE_MY, RULE_MY, "bands that do not overlap, e.g. 80%（含）—90%得"
             "分值的80%，低于80%不得分", "MEDIUM", "WARNING",
             "a 满意度 between 80% and 85% falls both in “80%（含）—90%得分值的80%” and in “低于85%不得分”: the rule "
             "contradicts itself; the one 满意度 row (87.6% → 8 × 80% = 6.4) is scored the same under either reading")]
    traps = ["the budget block carries a 机构改革划入数 column (原县乡村振兴局's remaining 2024 budget, moved in by the 2024 "
             "county 机构改革) and a 年中调整数 column: 全年 = 年初 + 划入 + 调整 on every line "
             f"({mc(920)} + {mc(142.60)} + {mc(18.20)} = {mc(parts[0][4])}; {mc(1940)} + {mc(343.70)} + {mc(197.20)} = "
             f"{mc(parts[1][4])}; 合计 {mc(tot[0])} + {mc(tot[1])} + {mc(tot[2])} = {mc(tot[3])}); 划入 is no spending and "
             "no over-run",
             f"parts: {mc(parts[0][4])} + {mc(parts[1][4])} = {mc(tot[3])}; {mc(parts[0][5])} + {mc(parts[1][5])} = "
             f"{mc(tot[4])}; {q(rate)}, {q(prates[0])}, {q(prates[1])} right; none over",
             f"预算执行率 6 × {q(rate)} = 5.85 (说明 1); 结转结余率 {q(r2(100 - rate))} = 100% − {q(rate)} vs ≤5% (a ceiling "
             "met)",
             "服务对象满意度 87.6% scored 8 × 80% = 6.40 by the 满意度 band rule (说明 3), NOT by the proportion rule "
             "(8 × 87.6 ÷ 90 = 7.79): the band rule is the one the form prints for 满意度",
             "农村居民人均可支配收入增长率 8 × 6.6 ÷ 7 = 7.54 (proportion, with a reason); 绩效指标明确性 −0.5 and "
             "资产管理规范性 −0.5 with reasons",
             "农产品质量安全例行监测合格率 98% vs ≥98% (met exactly)",
             f"合计 得分 {f2(total)} = the 18 rows as printed; 优 (also on {f2(true_total)} with the RULE_SCORE corrected)"]
    return {"stem": "h502_tonggu_nongye", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write502}


def write502(rep, path):
    M = rep["meta"]
    d, par = docx_base("铜鼓县农业农村局2024年度部门整体支出绩效自评表", "铜鼓县农业农村局",
                       datetime.datetime(2025, 4, 14, 9, 30), datetime.datetime(2025, 4, 23, 15, 10), landscape=True)
    par("部门整体支出绩效自评表", 18, True, "c")
    par("（2024年度）", 12, False, "c")
    par(f"部门名称（盖章）：{M['dept']}　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", 11)
    par("一、预算执行情况", 12, True)
    data = [["项目", "年初预算数", "机构改革划入数", "年中调整数", "全年预算数", "全年执行数", "执行率"],
            ["部门预算合计", mc(M["tot"][0]), mc(M["tot"][1]), mc(M["tot"][2]), mc(M["tot"][3]), mc(M["tot"][4]),
             q(M["rate"])]]
    for (n, a, b, c, f_, e), pr in zip(M["parts"], M["prates"]):
        data.append(["其中：" + n if n == "基本支出" else "　　　" + n, mc(a), mc(b), mc(c), mc(f_), mc(e), q(pr)])
    docx_table(d, data, [], [40, 30, 32, 28, 30, 30, 24], 10, bold_rows=(0,))
    par("注：根据《铜鼓县机构改革方案》，原铜鼓县乡村振兴局的职责和2024年剩余预算于2024年3月划入我局，“机构改革划入数”为"
        "划入的预算额度。", 10)
    par("二、绩效指标完成情况", 12, True)
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], 1)
    data += rows_ + [["合计", "", "", "", "", "100", f2(M["total"]), "自评等级：优"]]
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    docx_table(d, data, sp, [22, 26, 56, 30, 30, 16, 16, 60], 9, left=(2, 7), bold_rows=(0, len(data) - 1))
    par("说明：满分100分。1.预算执行率得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，"
        f"超额完成不加分；3.{RULE_MY}；4.定性指标未完全达成的，视情况扣分并说明原因；5.自评等级：{BANDS77}。", 10)
    par("单位负责人：邱建华　　财务负责人：温丽萍　　填表人：冷志强　　联系电话：0795-8712064　　填报日期：2025年4月23日", 10)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h502())


# ============================================================ h503 壤塘县 (HTML: prose 自评报告 with a 近三年 table)

def h503():
    dept = "壤塘县卫生健康局"
    parts = [("基本支出", 1936.20, 1902.64), ("项目支出", 2926.30, 2700.54)]
    adj, ex = r2(sum(x[1] for x in parts)), r2(sum(x[2] for x in parts))
    ini = 4210.00
    assert (adj, ex) == (4862.50, 4603.18)
    rate_true, = rates((ex, adj))
    prates = rates(*[(x[2], x[1]) for x in parts])
    assert rate_true == 94.67 and prates == [98.27, 92.29], (rate_true, prates)
    rate_p = 96.47  # PLANT FORMULA: “预算执行率＝4,603.18÷4,862.50×100%＝96.47%” — the inputs give 94.67%
    rs_p = r2(5 * rate_p / 100)
    assert rs_p == 4.82 and r2(5 * rate_true / 100) == 4.73
    years = [(2022, 3985.60, 3702.45, 86.50, "良"), (2023, 4420.30, 4236.18, 88.20, "良")]
    yrates = [rates((e, b))[0] for _, b, e, _, _ in years]
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分明确", 5, 3.5, "部分指标未量化，扣1.5分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 3.5, "年中追加预算较多，扣1.5分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate_p), 5, rs_p, "按执行率×分值计分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "基本合规", 5, 3, "审计发现2笔支出依据不足，扣2分"),
           ("过程", "预算管理", "政府采购规范性", "规范", "规范", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 3.5, "部分设备未及时入账，扣1.5分"),
           ("过程", "内部管理", "内部控制制度健全性", "健全", "健全", 5, 5, ""),
           ("产出", "数量指标", "孕产妇系统管理率", "≥90%", "84.6%", 6, P(84.6, 90, 6), "牧区孕产妇居住分散"),
           ("产出", "数量指标", "0—6岁儿童健康管理率", "≥90%", "91.2%", 6, 6, ""),
           ("产出", "数量指标", "包虫病人群筛查人数", "≥3.2万人", "2.88万人", 6, P(2.88, 3.2, 6), "部分牧民外出虫草采挖"),
           ("产出", "数量指标", "乡镇卫生院标准化建设达标数", "≥12个", "10个", 6, P(10, 12, 6), "2个卫生院改造未验收"),
           # PLANT SAME_FIGURE_DIFFERS: 三（三） says 家庭医生签约服务1.68万人; the 附表 prints 1.86万人
           ("产出", "数量指标", "家庭医生签约服务人数", "≥1.8万人", "1.86万人", 6, 6, ""),
           ("产出", "质量指标", "藏医药服务乡镇覆盖率", "≥80%", "76%", 5, P(76, 80, 5), "2个乡镇藏医馆在建"),
           ("效益", "社会效益", "人均预期寿命", "≥72岁", "72.3岁", 5, 5, ""),
           ("效益", "社会效益", "孕产妇死亡率", "≤50/10万", "0/10万", 5, 5, ""),
           ("效益", "社会效益", "包虫病人群患病率", "≤0.5%", "0.42%", 5, 5, ""),
           ("效益", "满意度", "群众就医满意度", "≥90%", "76.5%", 10, P(76.5, 90, 10), "牧区就医距离远，候诊时间长")]
    props(ind)
    assert s2(ind, 5) == 100 and off_prop(ind) == [] and over(ind) == [] and below_no_reason(ind) == []
    total = s2(ind, 6)
    true_total = r2(total - rs_p + 4.73)
    assert total == 89.61 and grade(total) == grade(true_total) == "良", (total, true_total)
    g_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.61 lies in the printed 80–90 band (良); the report says 优
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, g_p,
             budget(ini, adj, ex, rate_p, parts[0][1], parts[0][2], parts[1][1], parts[1][2]), [], grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=prates, years=years, yrates=yrates,
             ind=ind, total=total, grade=g_p, sign_prose="1.68")
    fnd = [F("FORMULA", "预算执行率（二、预算执行情况）",
             f"预算执行率＝全年支出÷全年预算×100%＝{mc(ex)}÷{mc(adj)}×100%＝{q(rate_p)}", q(rate_p), q(rate_true), "HIGH",
             "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; the printed result does not follow from its own inputs. 表1's 2024 "
             f"row and the 附表's 预算执行率 row restate {q(rate_p)}, and the row's 5 × {q(rate_p)} = {f2(rs_p)} follows it "
             "(4.73 on the true rate): one slip, one finding"),
           F("SAME_FIGURE_DIFFERS", "家庭医生签约服务人数",
             "三（三）…家庭医生签约服务1.68万人…; 附表: 家庭医生签约服务人数 | ≥1.8万人 | 1.86万人 | 6 | 6", "1.68万人",
             "1.86万人 (附表)", "HIGH", "WARNING",
             "the prose and the 附表 give different figures for the same count; on the prose figure the target ≥1.8万人 is "
             "missed (6 × 1.68 ÷ 1.8 = 5.60), on the table's it is met at 6 — which is right cannot be told from the page"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分{f2(total)}分，自评等级为“优”（{BANDS77}）", "优", "良", "HIGH",
             "WARNING",
             f"{f2(total)} lies in the printed 80–90 band, so 良, not 优; 表1's 2024 row repeats 优 (one finding); with the "
             f"FORMULA corrected the total is {f2(true_total)}, still 良")]
    traps = [f"表1 compares three years (2022, 2023, 2024): the 2022 and 2023 rows are earlier years' budgets, spending and "
             f"scores, no figures of this report's budget; their rates {q(yrates[0])} and {q(yrates[1])} are right and their "
             "良 agrees with the bands",
             f"parts: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(adj)}; {mc(parts[0][2])} + {mc(parts[1][2])} = {mc(ex)}; "
             f"基本 {q(prates[0])}, 项目 {q(prates[1])} right; none over; 年初 {mc(ini)} < 全年 (追加)",
             "孕产妇死亡率 0/10万 vs ≤50/10万 (a rate per 100,000, a ceiling met) and 包虫病人群患病率 0.42% vs ≤0.5% (a "
             "ceiling met)",
             "孕产妇系统管理率 6 × 84.6 ÷ 90 = 5.64, 包虫病人群筛查人数 6 × 2.88 ÷ 3.2 = 5.40, 乡镇卫生院标准化建设达标数 "
             "6 × 10 ÷ 12 = 5.00, 藏医药服务乡镇覆盖率 5 × 76 ÷ 80 = 4.75, 群众就医满意度 10 × 76.5 ÷ 90 = 8.50 (proportion, "
             "with reasons); 绩效指标明确性 −1.5, 预算编制科学性 −1.5, 资金使用合规性 −2, 资产管理规范性 −1.5 with reasons",
             f"合计 {f2(total)} = the 18 rows; 分值 100"]
    return {"stem": "h503_rangtang_weijian", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html503(M)}


def html503(M):
    (nb, ab, eb), (np_, ap, ep) = M["parts"]
    t1 = [["年度", "全年预算数（万元）", "全年支出数（万元）", "预算执行率", "自评得分", "自评等级"]]
    for (y, b, e, sc, gr), yr in zip(M["years"], M["yrates"]):
        t1.append([f"{y}年", mc(b), mc(e), q(yr), f2(sc), gr])
    t1.append(["2024年", mc(M["adj"]), mc(M["ex"]), q(M["rate"]), f2(M["total"]), M["grade"]])
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], 1)
    data += rows_ + [["合计", "", "", "", "", "100", f2(M["total"]), ""]]
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    ps = [
        ("h", "一、部门基本情况"),
        ("p", "壤塘县卫生健康局主管全县医疗卫生、疾病预防控制、妇幼保健和藏医药工作，下属县人民医院、县藏医院、县疾病预防控制"
              "中心、县妇幼保健计划生育服务中心及12个乡镇卫生院。"),
        ("h", "二、预算执行情况"),
        ("p", f"2024年年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元；"
              f"全年支出{mc(M['ex'])}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元。"
              f"预算执行率＝全年支出÷全年预算×100%＝{mc(M['ex'])}÷{mc(M['adj'])}×100%＝{q(M['rate'])}。"),
        ("p", "近三年预算执行及绩效自评情况见表1。"),
        ("t1", None),
        ("h", "三、绩效目标完成情况"),
        ("p", "（一）妇幼健康。孕产妇系统管理率84.6%，0—6岁儿童健康管理率91.2%，全年无孕产妇死亡。"),
        ("p", "（二）包虫病防治。完成人群筛查2.88万人，人群患病率降至0.42%。"),
        ("p", f"（三）基层卫生服务。10个乡镇卫生院通过标准化建设验收，家庭医生签约服务{M['sign_prose']}万人，"
              "藏医药服务覆盖76%的乡镇。"),
        ("p", "（四）群众满意度。抽样调查群众就医满意度76.5%，牧区群众对就医距离和候诊时间意见较多。"),
        ("h", "四、自评结论"),
        ("p", f"按决策、过程、产出、效益四类一级指标（满分100分）自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，"
              f"自评等级为“{M['grade']}”（{BANDS77}）。评分情况见附表。"),
        ("h", "五、存在问题及改进措施"),
        ("p", "一是绩效指标量化不足；二是个别支出依据不充分；三是牧区医疗服务可及性有待提高。下一步将细化指标、规范支出，推进"
              "乡镇卫生院标准化建设和巡回医疗。"),
        ("r", M["dept"]), ("r", "2025年4月25日"),
        ("h", "附表　壤塘县卫生健康局2024年度部门整体支出绩效自评表"),
        ("t2", None),
        ("p0", "说明：定量指标未达到指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；预算执行率按“执行率×分值”计分；"
               "定性指标视完成情况扣分并说明原因。"),
    ]
    body = []
    for k, v in ps:
        if k == "h":
            body.append(f"<p class=\"h\">{E(v)}</p>")
        elif k == "p":
            body.append(f"<p class=\"p\">{E(v)}</p>")
        elif k == "p0":
            body.append(f"<p>{E(v)}</p>")
        elif k == "r":
            body.append(f"<p style=\"text-align:right\">{E(v)}</p>")
        elif k == "t1":
            body.append("<p class=\"cap\">表1　近三年预算执行及绩效自评情况</p>")
            body.append(html_table(t1, [], cls="zw"))
        elif k == "t2":
            body.append(html_table(data, sp, cls="zw", left=(2, 7)))
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(title)}-壤塘县人民政府</title>
<style>
body{{font-family:SimSun,"Microsoft YaHei",serif;margin:0;background:#eef2f5}}
.top{{background:#8c1c13;color:#fff;padding:12px 36px;font-size:22px}}
.main{{width:980px;margin:14px auto;background:#fff;padding:24px 40px}}
.crumb{{font-size:13px;color:#555;border-bottom:1px solid #ccc;padding-bottom:6px}}
h1{{font-size:22px;text-align:center}}
.meta{{text-align:center;color:#888;font-size:13px}}
p.h{{font-weight:bold;margin:14px 0 4px}}
p.p{{text-indent:2em;line-height:1.8}}
p.cap{{text-align:center;font-weight:bold}}
table.zw{{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}}
table.zw td,table.zw th{{border:1px solid #333;padding:4px;text-align:center}}
table.zw td.l{{text-align:left}}
.foot{{text-align:center;font-size:12px;color:#666;padding:14px}}
</style>
</head>
<body>
<div class="top">壤塘县人民政府</div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 部门预决算 &gt; 县卫生健康局</div>
<h1>{E(title)}</h1>
<div class="meta">发布日期：2025-05-12　信息来源：壤塘县卫生健康局　字号：【大 中 小】</div>
{chr(10).join(body)}
</div>
<div class="foot">主办单位：壤塘县人民政府办公室　网站标识码：5132300001　蜀ICP备11018735号</div>
</body>
</html>
"""


ALL.append(h503())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "89")


if __name__ == "__main__":
    main(sys.argv[1:])
