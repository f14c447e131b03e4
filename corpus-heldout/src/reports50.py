#!/usr/bin/python3
"""Round 50 (h304–h308): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus50 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports50.py [h304 …]
(needs reportlab, pikepdf and python-docx; the rest is written as text / XML by hand:
h304 a PDF REVISED BY AN INCREMENTAL UPDATE: the form as first exported, then an editor's text edit saved the way
Acrobat / Foxit save by default, as an appended revision (a second body, xref section and trailer with /Prev; the page
object redefined with a new content stream) — the first revision's content stream, with the old figures, is still in
the file; h305 a WeChat 公众号 article saved from the browser (#js_content hidden by `visibility: hidden` until the
page's scripts run; ProseMirror `<span leaf="">` text, `<section>` wrappers, numbers split over spans, the table in a
scroll `<section>`, the date only in a script variable); h306 a UOF 1.0 text document (.uot, GB/T 20916: one XML file
whose element names are Chinese — uof:UOF, 字:主体, 字:段落, 字:文字表, 字:单元格, 字:跨列); h307 a Word XML document
(“Word XML 文档 (*.xml)”: the Flat OPC form of a DOCX, `<pkg:package>` holding every part inline as pkg:xmlData, each
part naming its content type; no ZIP); h308 a 填报 system's form page saved by the browser (“网页，仅HTML”): every figure
is the `value` of an `<input>`, a `<textarea>`'s text or a `<select>`'s selected `<option>`, not cell text.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分标准 …).
"""
import base64
import html as htmlmod
import io
import os
import re
import sys
import zipfile
import zlib

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


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


# ============================================================ h304 三门峡市水利局 (PDF revised by an incremental update)

def h304():
    dept, unit = "三门峡市水利局", "三门峡市水土保持服务中心"
    project = "2024年三门峡市黄河流域水土保持综合治理项目"
    # 资金 lines (name, 年初, 全年, 执行 as first exported, 执行 as revised)
    src = [("当年财政拨款", 1280.00, 1226.50, 1089.60, 1168.32), ("上年结转资金", 0.00, 120.00, 112.46, 112.46),
           ("其他资金", 0.00, 0.00, 0.00, 0.00)]
    ia, aa = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    ea1, ea2 = r2(sum(x[3] for x in src)), r2(sum(x[4] for x in src))
    assert (ia, aa, ea1, ea2) == (1280.00, 1346.50, 1202.06, 1280.78), (ia, aa, ea1, ea2)
    rate1, rate2 = pct(ea1, aa), pct(ea2, aa)
    assert (rate1, rate2) == (89.27, 95.12), (rate1, rate2)
    fs1 = r2(rate1 / 10)
    no_half(rate1 / 10, "fund score rev 1")
    no_half(rate2 / 10, "fund score rev 2")
    fs_right = r2(rate2 / 10)
    fs2 = fs1  # PLANT BUDGET_ROW_SCORE: the revision raised 全年执行数 to 1,280.78 and 执行率 to 95.12% but left the
    # 年度资金总额 得分 at 8.93 (= 89.27% × 10, the first revision's rate); 95.12% × 10 = 9.51
    assert (fs1, fs_right) == (8.93, 9.51)
    dams1, dams2 = "30", "28"  # PLANT TARGET_MISSED_FULL_MARKS (revision 2): 建设淤地坝 28 against ≥30, still the full 8
    goal_labels = ["目标1", "目标2", "目标2", "目标3"]  # PLANT GOAL_LABELS: the 预期目标 cell numbers its four goals 1, 2, 2, 3
    goals_t = ["新增水土流失综合治理面积45平方公里，建设淤地坝30座，营造水土保持林6000亩，坡耕地改造梯田3500亩",
               "工程验收合格率100%，林草成活率85%以上，项目按期完工",
               "项目区水土流失治理度达到70%以上，年减少土壤侵蚀量18万吨以上",
               "受益群众12000人以上，项目区农民人均增收300元以上，群众满意度90%以上"]

    def goals_a(dams):
        return [f"完成综合治理面积46.2平方公里，建成淤地坝{dams}座，营造水土保持林6000亩，改造梯田3320亩",
                "工程验收合格率100%，林草成活率88.6%，项目按期完工",
                "水土流失治理度72.4%，年减少土壤侵蚀量18.9万吨",
                "受益群众12860人，农民人均增收326元，群众满意度93.5%"]

    def ind(dams):
        return [("产出指标", "数量指标", "新增治理面积（平方公里）", "≥45", "46.2", 8, 8, ""),
                ("产出指标", "数量指标", "建设淤地坝（座）", "≥30", dams, 8, 8, ""),
                ("产出指标", "数量指标", "营造水土保持林（亩）", "≥6000", "6000", 6, 6, ""),
                ("产出指标", "数量指标", "坡耕地改造梯田（亩）", "≥3500", "3320", 6, P(3320, 3500, 6),
                 "2个村群众调地意愿未统一，经批准核减任务180亩"),
                ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, ""),
                ("产出指标", "质量指标", "林草成活率", "≥85%", "88.6%", 6, 6, ""),
                ("产出指标", "时效指标", "项目按期完工率", "100%", "100%", 5, 5, ""),
                ("产出指标", "成本指标", "梯田建设补助标准（元/亩）", "≤1500", "1500", 5, 5, ""),
                ("效益指标", "生态效益", "水土流失治理度", "≥70%", "72.4%", 6, 6, ""),
                ("效益指标", "生态效益", "年减少土壤侵蚀量（万吨）", "≥18", "18.9", 6, 6, ""),
                ("效益指标", "社会效益", "受益群众（人）", "≥12000", "12860", 6, 6, ""),
                ("效益指标", "经济效益", "项目区农民人均增收（元）", "≥300", "326", 6, 6, ""),
                ("效益指标", "可持续影响", "工程管护机制", "健全", "基本健全", 6, 5, "部分淤地坝管护责任未落实到人"),
                ("满意度指标", "服务对象满意度", "项目区群众满意度", "≥90%", "93.5%", 10, 10, "")]
    ind1, ind2 = ind(dams1), ind(dams2)
    assert len(ind2) == 14 and s2(ind2, 5) == 90 and P(3320, 3500, 6) == 5.69 and P(28, 30, 8) == 7.47
    no_half(6 * 3320 / 3500, "梯田")
    total = r2(fs2 + s2(ind2, 6))
    assert total == r2(fs1 + s2(ind1, 6)) == 97.62, total
    fund2 = (None, None, "年度资金总额", None, f"{rate2:.2f}%", 10, fs2, "")
    g = with_project(gold(None, dept, 2024, "PREFECTURAL", "河南省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea2, rate2), [], grows([fund2] + ind2)), project, unit)
    revs = []
    for k, (ea, rate, fs, rows, dams, date) in enumerate(((ea1, rate1, fs1, ind1, dams1, "2025年4月10日"),
                                                          (ea2, rate2, fs2, ind2, dams2, "2025年4月21日"))):
        revs.append(dict(src=[(n, a, b, (e1, e2)[k]) for n, a, b, e1, e2 in src], ea=ea, rate=rate, fs=fs, ind=rows,
                         goals_a=goals_a(dams), date=date))
    meta = dict(dept=dept, unit=unit, project=project, ia=ia, aa=aa, total=total, goals_t=goals_t, labels=goal_labels,
                revs=revs)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea2)} | 10 | {rate2:.2f}% | {fmt(fs2)}", fmt(fs2), fmt(fs_right),
             "HIGH", "ERROR",
             f"the 年度资金总额 line's score is 执行率 × 分值 by the 说明: {rate2:.2f}% × 10 = {fmt(fs_right)}; it prints "
             f"{fmt(fs2)}, which is {rate1:.2f}% × 10 — the rate of the file's FIRST revision (全年执行数 {mc(ea1)}); the "
             f"appended revision raised 全年执行数 to {mc(ea2)} (当年财政拨款 1,089.60 → 1,168.32) and 执行率 to "
             f"{rate2:.2f}% but left the score; 总分 would be {fmt(r2(total - fs2 + fs_right))} (优 either way)"),
           F("TARGET_MISSED_FULL_MARKS", "建设淤地坝（座）", f"建设淤地坝（座） | ≥30 | {dams2} | 8 | 8 |", "8", "< 8", "HIGH",
             "WARNING",
             f"{dams2} dams against a target of ≥30, yet the row keeps its full 8 and its 偏差原因 cell is empty; by the "
             f"说明's proportion rule 8 × {dams2} ÷ 30 = {fmt(P(28, 30, 8))} (the rule the form applies to 坡耕地改造梯田: "
             "6 × 3320 ÷ 3500 = 5.69); the 实际完成情况 cell also says 建成淤地坝28座; the file's first revision printed 30 "
             "(met) — the revision lowered the figure but not the score"),
           F("GOAL_LABELS", "年度总体目标", "预期目标：目标1：… 目标2：… 目标2：… 目标3：…", "目标1, 目标2, 目标2, 目标3",
             "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the 预期目标 cell numbers its four goals 目标1, 目标2, 目标2, 目标3 (the second 目标2 is the 治理度 / 侵蚀量 "
             "goal); the 实际完成情况 cell beside it numbers the same four 目标1–目标4; in both revisions")]
    return {"stem": "h304_sanmenxia_shuili", "format": "pdf", "draw": draw304, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF has TWO REVISIONS: the form as first exported (revision 1: body, xref, trailer, %%EOF) and an "
                      "INCREMENTAL UPDATE appended after it, as Acrobat / Foxit save an edit by default (a second body "
                      "holding a new content stream, the page object redefined with the same object number to point at "
                      "it, a new Info dictionary; its own xref section and a trailer with /Prev → the first xref; a "
                      "second %%EOF); a viewer shows revision 2; revision 1's content stream is still in the file, "
                      "unreferenced — a reader that scans the bytes for streams, or stops at the first trailer, finds "
                      "the OLD figures (全年执行数 1,202.06, 当年财政拨款 执行 1,089.60, 执行率 89.27%, 淤地坝 30, 填报日期 "
                      "2025年4月10日); they are not the report",
                      "revision 1 is internally consistent (89.27% × 10 = 8.93; 30 meets ≥30); the planted "
                      "BUDGET_ROW_SCORE and TARGET_MISSED_FULL_MARKS exist only in revision 2, the GOAL_LABELS in both",
                      "其中 lines carry no 分值 / 得分 (—) and are not gold budget parts; 其他资金 0.00 | 0.00 | 0.00 with "
                      "执行率 — (no rate over a zero base is printed); 当年财政拨款 年初 1,280.00 > 全年 1,226.50 (调减) and "
                      "上年结转 0.00 → 120.00: not errors; 其中 lines add up in every column (1,280.00; 1,346.50; "
                      "1,280.78)",
                      "营造水土保持林 6000 vs ≥6000 (met exactly); 梯田建设补助标准 1500 vs ≤1500 (a ceiling, met exactly; "
                      "元/亩, not a budget figure); 坡耕地改造梯田 6 × 3320 ÷ 3500 = 5.69 (proportion rule, with a reason); "
                      "工程管护机制 −1 with a reason (judgement)",
                      "总分 97.62 = 8.93 + the 14 rows (as printed); 优; the 实际完成情况 figures (46.2, 28, 6000, 3320, "
                      "100%, 88.6%, 72.4%, 18.9, 12860, 326, 93.5%) agree with the rows"]}


def draw304_rev(rep, rev, path):
    """One complete rendering of the form with the figures of one revision (reportlab, STSong-Light, invariant)."""
    from reportlab.lib.pagesizes import A4
    from reports32 import new_canvas, wrap, FONT
    from reports41 import form_grid
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    c.setTitle("项目支出绩效自评表")
    L = round((W - 523) / 2, 2)
    R = L + 523
    c.setFont(FONT, 17)
    c.drawCentredString(W / 2, Hh - 56, "项目支出绩效自评表")
    c.drawCentredString(W / 2 + 0.35, Hh - 56, "项目支出绩效自评表")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, Hh - 76, "（2024年度）")
    c.setFont(FONT, 9.5)
    c.drawString(L, Hh - 94, f"填报单位（盖章）：{M['dept']}")
    c.drawRightString(R, Hh - 94, "金额单位：万元")
    cw = [66, 104, 62, 62, 62, 40, 59, 68]
    spec = [(0, 0, 1, 2, "项目名称", "c", True, None), (0, 2, 1, 6, M["project"], "l", False, None),
            (1, 0, 1, 2, "主管部门", "c", True, None), (1, 2, 1, 2, M["dept"], "l", False, None),
            (1, 4, 1, 2, "实施单位", "c", True, None), (1, 6, 1, 2, M["unit"], "l", False, None),
            (2, 0, 5, 1, "项目资金（万元）", "c", True, None), (2, 1, 1, 1, "", "c", False, None)]
    spec += [(2, 2 + k, 1, 1, h, "c", True, None) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值",
                                                                         "执行率", "得分"])]
    lines = [("年度资金总额", M["ia"], M["aa"], rev["ea"], "10", f"{rev['rate']:.2f}%", fmt(rev["fs"]))]
    for k, (lab, a, b, e) in enumerate(rev["src"]):
        lines.append((("其中：" if k == 0 else "") + lab, a, b, e, "—", f"{pct(e, b):.2f}%" if b else "—", "—"))
    for i, (lab, a, b, e, w, q, s) in enumerate(lines):
        r = 3 + i
        spec.append((r, 1, 1, 1, lab, "l", False, None))
        for k, (v, al) in enumerate([(mc(a), "r"), (mc(b), "r"), (mc(e), "r"), (w, "c"), (q, "c"), (s, "c")]):
            spec.append((r, 2 + k, 1, 1, v, al, False, None))
    yq = "；".join(f"{lab}：{t}" for lab, t in zip(M["labels"], M["goals_t"])) + "。"
    sj = "；".join(f"目标{k + 1}：{t}" for k, t in enumerate(rev["goals_a"])) + "。"
    gh = max(len(wrap(yq, cw[1] + cw[2] + cw[3] - 5, 8.5)), len(wrap(sj, sum(cw[4:]) - 5, 8.5))) * 11 + 8
    spec += [(7, 0, 2, 1, "年度总体目标", "c", True, None), (7, 1, 1, 3, "预期目标", "c", True, None),
             (7, 4, 1, 4, "实际完成情况", "c", True, None), (8, 1, 1, 3, yq, "l", False, None),
             (8, 4, 1, 4, sj, "l", False, None)]
    heights = [18, 26, 18, 17, 17, 17, 17, 18, gh]
    y, _ = form_grid(c, L, Hh - 102, cw, heights, spec, 8.5)
    cw2 = [22, 46, 68, 114, 50, 52, 28, 28, 115]
    assert sum(cw2) == 523
    ind = rev["ind"]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    spec = [(0, 0, len(ind) + 1, 1, "绩效指标", "c", True, None)]
    spec += [(0, 1 + k, 1, 1, h, "c", True, None) for k, h in enumerate(head)]
    heights = [24]
    for i, x in enumerate(ind, 1):
        n = max(len(wrap(x[2], cw2[3] - 5, 8.5)), len(wrap(x[7], cw2[8] - 5, 8.5)) if x[7] else 1)
        heights.append(max(18, n * 11 + 6))
        spec.append((i, 3, 1, 1, x[2], "l", False, None))
        for k, (v, al) in enumerate([(x[3], "c"), (x[4], "c"), (fmt(x[5]), "c"), (fmt(x[6]), "c"), (x[7], "l")]):
            spec.append((i, 4 + k, 1, 1, v, al, False, None))
    for a, b in spans(ind, 0):
        spec.append((a + 1, 1, b - a + 1, 1, ind[a][0], "c", False, None))
    for a, b in spans(ind, 1):
        spec.append((a + 1, 2, b - a + 1, 1, ind[a][1], "c", False, None))
    for col in (0, 1):
        for a, b in spans(ind, col):
            need = len(wrap(ind[a][col], cw2[1 + col] - 5, 8.5)) * 11 + 6
            have = sum(heights[a + 1:b + 2])
            if have < need:
                heights[b + 1] += need - have
    n = len(ind) + 1
    spec += [(n, 0, 1, 6, "总分", "c", True, None), (n, 6, 1, 1, "100", "c", True, None),
             (n, 7, 1, 1, fmt(M["total"]), "c", True, None), (n, 8, 1, 1, f"自评等级：{grade(M['total'])}", "c", True, None)]
    heights.append(20)
    y2, _ = form_grid(c, L, y, cw2, heights, spec, 8.5)
    yy = y2 - 13
    c.setFont(FONT, 8.5)
    for ln in wrap(RULES.format(fund="年度资金总额"), R - L, 8.5):
        c.drawString(L, yy, ln)
        yy -= 12
    c.setFont(FONT, 9.5)
    c.drawString(L, yy - 8, f"填报人：杜建国　　联系电话：0398-2816537　　填报日期：{rev['date']}")
    assert yy - 14 > 40, yy
    c.setFont(FONT, 8)
    c.drawCentredString(W / 2, 26, "第 1 页 共 1 页")
    c.showPage()
    c.save()


def draw304(rep, path):
    """Revision 1 is the whole file as first exported; revision 2 is APPENDED to it as an incremental update: a new
    content stream (revision 2's page, Flate), the page object redefined under its own number with /Contents → the new
    stream, a new Info dictionary, an xref section listing those three objects and a trailer with /Prev → revision 1's
    xref offset and the same first /ID. Nothing of revision 1 is rewritten."""
    import pikepdf
    M = rep["meta"]
    tmp1, tmp2 = path + ".r1", path + ".r2"
    draw304_rev(rep, M["revs"][0], tmp1)
    draw304_rev(rep, M["revs"][1], tmp2)
    with open(tmp1, "rb") as f:
        base = f.read()
    p1, p2 = pikepdf.open(tmp1), pikepdf.open(tmp2)
    pg1, pg2 = p1.pages[0], p2.pages[0]
    # revision 2's page must use the same resources under the same names, so that only its content stream changes
    assert pg1.obj.Resources.unparse(resolved=True) == pg2.obj.Resources.unparse(resolved=True)
    content2 = pg2.obj.Contents.read_bytes()
    content1 = pg1.obj.Contents.read_bytes()
    assert content1 != content2
    page_num = pg1.obj.objgen[0]
    size = int(p1.trailer.Size)
    root_ref = p1.trailer.Root.objgen[0]
    id0 = bytes(p1.trailer.ID[0])
    p1.close()
    p2.close()
    os.remove(tmp1)
    os.remove(tmp2)
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", base)
    prev = int(m.group(1))
    assert base[prev:prev + 4] == b"xref"
    new_content = size
    new_info = size + 1
    m = re.search(rb"\n%d 0 obj\n(<<.*?>>)\nendobj" % page_num, base, re.S)
    page_dict = re.sub(r"/Contents \d+ 0 R", f"/Contents {new_content} 0 R", m.group(1).decode("latin-1"))
    assert f"/Contents {new_content} 0 R" in page_dict
    # revision 1's Info dates as the export wrote them (same length: no offset moves)
    assert base.count(b"(D:20000101000000+00'00')") == 2
    base = base.replace(b"(D:20000101000000+00'00')", b"(D:20250410163015+08'00')")
    body = base if base.endswith(b"\n") else base + b"\n"
    offsets = {}
    out = bytearray(body)
    data = zlib.compress(content2, 9)
    offsets[new_content] = len(out)
    out += (f"{new_content} 0 obj\n<< /Filter /FlateDecode /Length {len(data)} >>\nstream\n").encode("latin-1")
    out += data + b"\nendstream\nendobj\n"
    offsets[page_num] = len(out)
    out += f"{page_num} 0 obj\n{page_dict}\nendobj\n".encode("latin-1")
    offsets[new_info] = len(out)
    info = ("<< /Title <FEFF" + "项目支出绩效自评表".encode("utf-16-be").hex().upper() + "> /Producer (Foxit PDF Editor "
            "Printer Version 12.1.2.15332) /Creator (Foxit PDF Editor 12.1.2.15332) "
            "/CreationDate (D:20250410163015+08'00') /ModDate (D:20250421103652+08'00') >>")
    out += f"{new_info} 0 obj\n{info}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    out += f"{page_num} 1\n{offsets[page_num]:010d} 00000 n \n".encode()
    out += f"{new_content} 2\n{offsets[new_content]:010d} 00000 n \n{offsets[new_info]:010d} 00000 n \n".encode()
    id1 = zlib.crc32(bytes(out)).to_bytes(4, "big") * 4
    out += (f"trailer\n<< /Size {size + 2} /Root {root_ref} 0 R /Info {new_info} 0 R /Prev {prev} "
            f"/ID [<{id0.hex()}> <{id1.hex()}>] >>\nstartxref\n{xref}\n%%EOF\n").encode("latin-1")
    with open(path, "wb") as f:
        f.write(bytes(out))


ALL.append(h304())


# ============================================================ h305 中卫市沙坡头区文化旅游广电局 (WeChat 公众号 article)

def h305():
    dept = "中卫市沙坡头区文化旅游广电局"
    ib_b, ab_b, eb_b = 1106.20, 1138.55, 1131.62
    ib_p, ab_p, eb_p = 880.20, 1274.20, 1166.74
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (1986.40, 2412.75, 2298.36, 95.26, 99.39, 91.57), (ib, ab, eb, rate, rb, rp)
    rate_prose = swap2(rate)  # PLANT FORMULA: 二's worked formula 2,298.36 ÷ 2,412.75 × 100% prints 95.62% (is 95.26%)
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    tourists_table, tourists_prose = "1068.4", "1,086.4"  # PLANT SAME_FIGURE_DIFFERS: 三 says 1,086.4万人次, the table 1068.4
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未量化", 4, 3.5, "2项效益指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.4%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-3.8%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分文旅项目按合同进度付款"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "开展群众文化活动（场次）", "≥260", "274", 6, 6, ""),
           ("产出", "数量指标", "“文化下乡”送戏（场）", "≥120", "120", 5, 5, ""),
           ("产出", "数量指标", "农家书屋图书更新（册）", "≥15000", "15600", 5, 5, ""),
           ("产出", "质量指标", "A级旅游景区安全检查覆盖率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "广播电视户户通维修合格率", "≥98%", "98.6%", 5, 5, ""),
           ("产出", "时效指标", "文化惠民活动按时开展率", "≥95%", "93%", 4, P(93, 95, 4), "受沙尘天气影响，6场户外演出顺延"),
           ("产出", "时效指标", "旅游投诉处理及时率", "100%", "100%", 4, 4, ""),
           ("效益", "社会效益", "接待游客（万人次）", "≥1000", tourists_table, 6, 6, ""),
           ("效益", "经济效益", "旅游综合收入（亿元）", "≥85", "88.6", 6, 6, ""),
           ("效益", "可持续影响", "文旅融合发展长效机制", "健全", "基本健全", 6, 5, "乡村旅游运营管理机制待完善"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.8%", 7, 7, "")]
    assert len(ind) == 20 and s2(ind, 5) == 100 and P(93, 95, 4) == 3.92
    no_half(4 * 93 / 95, "按时开展率")
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 97.95 and sec == [("决策", 15, 14.5), ("过程", 25, 24.53), ("产出", 35, 34.92), ("效益", 25, 24)], \
        (total, sec)
    srates = [pct(s_, w) for _, w, s_ in sec]
    assert srates == [96.67, 98.12, 99.77, 96.0], srates
    srates_printed = list(srates)
    srates_printed[1] = swap2(srates[1])  # PLANT SCORE_RATE: 四's table prints 过程's 得分率 98.21% (24.53 ÷ 25 = 98.12%)
    g = gold(None, dept, 2024, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    formula = f"预算执行率＝全年执行数÷全年预算数×100%＝{mc(eb)}÷{mc(ab)}×100%＝{rate_prose:.2f}%"
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, srates=srates_printed, ib=ib, ab=ab, eb=eb, rate=rate,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp), formula=formula, tourists=tourists_prose)
    fnd = [F("FORMULA", "预算执行率", formula, f"{rate_prose:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{mc(eb)} ÷ {mc(ab)} × 100% = {rate:.2f}%; 二、部门预算及执行情况 prints {rate_prose:.2f}% (digits swapped); "
             f"the 附件 自评表's budget block and its 预算执行率 row print the right {rate:.2f}% (and score {fmt(bs)} on it), "
             f"so gold executionRate is {rate:.2f}"),
           F("SCORE_RATE", "过程", f"过程 | 25 | {fmt(sec[1][2])} | {srates_printed[1]:.2f}%", f"{srates_printed[1]:.2f}%",
             f"{srates[1]:.2f}%", "HIGH", "ERROR",
             f"四、自评结论's table of 一级 scores: 过程 {fmt(sec[1][2])} of 25 is {srates[1]:.2f}%, printed "
             f"{srates_printed[1]:.2f}% (digits swapped); the other rates (决策 96.67%, 产出 99.77%, 效益 96.00%, 合计 "
             f"97.95%) are right and the scores themselves agree with the 自评表's rows"),
           F("SAME_FIGURE_DIFFERS", "接待游客（万人次）",
             f"全年接待游客{tourists_prose}万人次 / 接待游客（万人次） | ≥1000 | {tourists_table} | 6 | 6",
             tourists_prose, tourists_table, "HIGH", "WARNING",
             f"三、绩效目标完成情况 says the district received {tourists_prose}万人次 of visitors; the 自评表's 实际完成值 for the "
             f"same indicator is {tourists_table} (two digits transposed in one of them); both meet the target ≥1000, so the "
             "score 6 stands either way; the prose's other figures (274场, 120场, 15600册, 98.6%, 93%, 88.6亿元, 91.8%) "
             "agree with the table")]
    return {"stem": "h305_shapotou_wenlv", "format": "html", "write": write305, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a WeChat 公众号 article saved from a desktop browser (“网页，仅HTML”, UTF-8): the "
                      "article body `div#js_content.rich_media_content` carries `style=\"visibility: hidden;\"` (WeChat's "
                      "scripts reveal it after layout; saved without them it stays hidden, and a browser opening the file "
                      "shows the title and account line over an empty article): the hidden body IS the report",
                      "text is ProseMirror markup: every run a `<span leaf=\"\">`, paragraphs and cells wrapped in "
                      "`<section>`s with inline styles; some figures are split over two leaf spans (“2,298” + “.36”, “95” "
                      "+ “.26%”) — a cell's text is its spans joined with nothing between; empty cells hold only "
                      "`<br class=\"ProseMirror-trailingBreak\">`; the tables sit in scroll `<section>`s "
                      "(overflow-x: auto); header cells are `<td>` with a background colour (no `<th>`)",
                      "the publication date is only in a script variable (`var ct = \"1748419200\"`, a Unix time) and the "
                      "`em#publish_time` is empty; images carry `data-src` only (no `src`): the banner and the QR code "
                      "are not content; the page chrome after the article (“微信扫一扫关注该公众号”, “继续滑动看下一个”, "
                      "“轻触阅读原文”, 写留言) and the account line (原创, 沙坡头文旅, 宁夏) are not the report",
                      "二's budget figures agree with the 附件 budget block (年初 1,986.40 = 1,106.20 + 880.20; 追加 "
                      "426.35; 全年 2,412.75 = 1,138.55 + 1,274.20; 执行 2,298.36 = 1,131.62 + 1,166.74); 基本 99.39% "
                      "and 项目 91.57% right; all under budget; 年初 < 全年 (追加)",
                      "预算执行率 row 95.26% × 10 = 9.526 → 9.53; 结转结余率 4.74% vs ≤5% (a ceiling, met); 在职人员控制率 "
                      "96.4% vs ≤100%; “三公”经费变动率 -3.8% vs ≤0; “文化下乡”送戏 120 vs ≥120 (met exactly); 文化惠民"
                      "活动按时开展率 4 × 93 ÷ 95 = 3.92 (proportion rule, with a reason); 绩效指标明确性 −0.5 and "
                      "文旅融合发展长效机制 −1 with reasons (judgement)",
                      "四's 一级 table: 决策 15 | 14.5, 过程 25 | 24.53, 产出 35 | 34.92, 效益 25 | 24 add their rows; "
                      "96.67% (14.5 ÷ 15 = 96.666…) and 99.77% are rounding to the printed precision; 合计 100 | 97.95 | "
                      "97.95%; 优 in 四 and in the 自评表"]}


def wx_leaf(text, style="font-size: 15px;letter-spacing: 1px;", split=None):
    """a WeChat editor run: text in <span leaf="">, optionally split at index `split` into two leaf spans"""
    if not text:
        return '<span leaf=""><br class="ProseMirror-trailingBreak"></span>'
    parts = [text] if not split else [text[:split], text[split:]]
    inner = "".join(f'<span leaf="">{esc(t)}</span>' for t in parts)
    return f'<span style="{style}">{inner}</span>'


def wx_para(text, bold_lead=None, indent=True):
    st = "text-indent: 2em;" if indent else ""
    lead = (f'<strong>{wx_leaf(bold_lead)}</strong>' if bold_lead else "")
    return (f'<section style="margin-bottom: 12px;line-height: 1.75em;"><p style="{st}text-align: justify;'
            f'line-height: 1.75em;">{lead}{wx_leaf(text)}</p></section>')


def wx_head(text):
    return ('<section class="_135editor" data-tools="135编辑器" data-id="124855"><section style="margin: 20px 0px 12px;'
            'display: flex;justify-content: center;"><section style="background-color: rgb(0, 112, 192);padding: 4px '
            '15px;border-radius: 4px;"><span style="color: rgb(255, 255, 255);font-size: 16px;"><strong><span leaf="">'
            f'{esc(text)}</span></strong></span></section></section></section>')


def wx_table(rows):
    """rows: lists of (text, colspan, rowspan, header, align, split); covered slots are simply absent"""
    out = ['<section style="overflow-x: auto;margin-bottom: 16px;"><table style="border-collapse: collapse;width: 100%;'
           '" data-sort="sortDisabled"><tbody>']
    for cells in rows:
        out.append("<tr>")
        for text, cs, rs, hd, al, split in cells:
            a = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            bg = "background-color: rgb(222, 235, 247);" if hd else ""
            st = f"border: 1px solid rgb(191, 191, 191);padding: 4px 6px;word-break: break-all;{bg}"
            run = wx_leaf(text, "font-size: 12px;", split)
            if hd and text:
                run = f"<strong>{run}</strong>"
            out.append(f'<td valign="middle" align="{al}" style="{st}"{a}><section style="text-align: {al};'
                       f'line-height: 1.5em;">{run}</section></td>')
        out.append("</tr>")
    out.append("</tbody></table></section>")
    return "".join(out)


def write305(rep, path):
    M = rep["meta"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    C = lambda t, cs=1, rs=1, hd=False, al="center", split=None: (t, cs, rs, hd, al, split)  # noqa: E731
    body = ['<section style="margin-bottom: 16px;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/'
            'sz_mmbiz_png/6aVaCib3qLJdO2ZxQ0k7hQm1nVw8RkzJb4xX3aicq1ZQ/640?wx_fmt=png&amp;from=appmsg" data-ratio='
            '"0.425" data-type="png" data-w="1080" style="width: 100%;"></section>']
    body.append(wx_para("根据《中卫市沙坡头区财政局关于开展2024年度预算绩效自评工作的通知》要求，我局对2024年度部门整体支出"
                        "开展了绩效自评，现将有关情况报告如下。"))
    body.append(wx_head("一、部门基本情况"))
    body.append(wx_para("沙坡头区文化旅游广电局主要负责全区文化、旅游、广播电视、文物、体育等工作，内设办公室、文化艺术科、"
                        "旅游发展科、广电科4个科室，下属文化馆、图书馆、文物管理所3个事业单位。"))
    body.append(wx_head("二、部门预算及执行情况"))
    body.append(wx_para(f"2024年年初预算数{mc(M['ib'])}万元，其中基本支出{mc(ib_b)}万元、项目支出{mc(ib_p)}万元；年中追加预算"
                        f"{mc(r2(M['ab'] - M['ib']))}万元，全年预算数{mc(M['ab'])}万元，其中基本支出{mc(ab_b)}万元、项目支出"
                        f"{mc(ab_p)}万元。全年执行数{mc(M['eb'])}万元，其中基本支出{mc(eb_b)}万元、项目支出{mc(eb_p)}万元。"
                        f"{M['formula']}。"))
    body.append(wx_head("三、绩效目标完成情况"))
    body.append(wx_para("全年开展群众文化活动274场次，“文化下乡”送戏120场，更新农家书屋图书15600册；A级旅游景区安全检查"
                        "实现全覆盖，广播电视户户通维修合格率98.6%；文化惠民活动按时开展率93%，旅游投诉处理及时率100%。",
                        "（一）产出方面。"))
    body.append(wx_para(f"全年接待游客{M['tourists']}万人次，实现旅游综合收入88.6亿元；文旅融合发展长效机制基本建立；"
                        "群众满意度91.8%。", "（二）效益方面。"))
    body.append(wx_head("四、自评结论"))
    body.append(wx_para(f"按照部门整体支出绩效评价指标体系，经自评，2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，"
                        f"自评等级为“{grade(M['total'])}”。各一级指标得分情况如下："))
    rows = [[C("一级指标", hd=True), C("分值", hd=True), C("得分", hd=True), C("得分率", hd=True)]]
    for (n, w, sc), r in zip(M["sec"], M["srates"]):
        rows.append([C(n), C(fmt(w)), C(fmt(sc)), C(f"{r:.2f}%")])
    rows.append([C("合计", hd=True), C("100"), C(fmt(M["total"])), C(f"{pct(M['total'], 100):.2f}%")])
    body.append(wx_table(rows))
    body.append(wx_head("五、存在的问题及改进措施"))
    body.append(wx_para("一是部分项目资金支付进度偏慢，预算执行率有待提高；二是个别效益指标设置不够量化。下一步，我局将加强"
                        "预算执行进度管理，细化量化绩效指标，推动文旅融合高质量发展。"))
    body.append(wx_head("附件：部门整体支出绩效自评表"))
    rows = [[C(f"{M['dept']}2024年度部门整体支出绩效自评表", 8, hd=True)],
            [C(f"填报单位：{M['dept']}", 5, al="left"), C("金额单位：万元", 3, al="right")],
            [C("项目", 2, hd=True), C("年初预算数", hd=True), C("全年预算数", hd=True), C("全年执行数", hd=True),
             C("执行率", hd=True), C("备注", 2, hd=True)]]
    for lab, a, b_, x, r in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                             ("项目支出", ib_p, ab_p, eb_p, rp)):
        rows.append([C(lab, 2, al="left"), C(mc(a), al="right"), C(mc(b_), al="right"),
                     C(mc(x), al="right", split=len(mc(x)) - 3 if lab == "合计" else None),
                     C(f"{r:.2f}%", split=2 if lab == "合计" else None), C("", 2)])
    rows.append([C(h, hd=True) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                         "偏差原因分析")])
    ind = M["ind"]
    sp1, sp2 = dict(spans(ind, 0)), dict(spans(ind, 1))
    for i, x in enumerate(ind):
        cells = []
        if i in sp1:
            cells.append(C(x[0], rs=sp1[i] - i + 1))
        if i in sp2:
            cells.append(C(x[1], rs=sp2[i] - i + 1))
        actual_split = 2 if x[2] == "预算执行率" else None
        cells += [C(x[2], al="left"), C(x[3]), C(x[4], split=actual_split), C(fmt(x[5])), C(fmt(x[6])),
                  C(x[7], al="left")]
        rows.append(cells)
    rows.append([C("合计", 5, hd=True), C("100", hd=True), C(fmt(M["total"]), hd=True), C("")])
    rows.append([C("自评等级", 5, hd=True), C(grade(M["total"]), 3, hd=True)])
    body.append(wx_table(rows))
    body.append(wx_para(RULES.format(fund="预算执行率"), indent=False))
    body.append('<section style="text-align: right;margin-top: 16px;"><p style="text-align: right;">'
                f'{wx_leaf(M["dept"])}</p><p style="text-align: right;">{wx_leaf("2025年5月26日")}</p></section>')
    body.append('<section style="margin-top: 24px;"><p style="text-align: center;">'
                f'{wx_leaf("来源：沙坡头区文化旅游广电局", "font-size: 12px;color: rgb(136, 136, 136);")}</p>'
                '<p style="text-align: center;">'
                f'{wx_leaf("编辑：马晓燕　|　审核：张立军", "font-size: 12px;color: rgb(136, 136, 136);")}</p>'
                '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/'
                'sz_mmbiz_jpg/6aVaCib3qLJdO2ZxQ0k7hQm1nVw8RkzJbqrcode/640?wx_fmt=jpeg" data-ratio="1" '
                'data-type="jpeg" data-w="430" style="width: 40%;"></p></section>')
    body.append('<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>')
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="沙坡头区文化旅游广电局2024年度部门整体支出绩效自评报告">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI4NjQ5MDcxNQ==&amp;mid=2247512863&amp;idx=2&amp;sn=3f5c1a7e9b2d4c6e8a0f1b3d5c7e9a2b">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:image" content="https://mmbiz.qpic.cn/sz_mmbiz_png/6aVaCib3qLJdO2ZxQ0k7hQm1nVw8RkzJb4xX3aicq1ZQ/0?wx_fmt=png">
<title>{esc(title)}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<style>.rich_media_content{{overflow:hidden;color:rgba(0,0,0,0.9);font-size:17px;text-align:justify}}.rich_media_meta_list{{margin-bottom:22px;line-height:20px;font-size:15px}}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{esc(title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text" id="copyright_logo">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">沙坡头文旅</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp"><span id="js_ip_wording">宁夏</span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{"".join(body)}
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</div>
<div class="rich_media_tool_area" id="js_tool_area"><span>继续滑动看下一个</span><span>轻触阅读原文</span><span>写留言</span></div>
</div>
</div>
</div>
<script type="text/javascript" nonce="1748419200">
var nickname = htmlDecode("沙坡头文旅");
var ct = "1748419200";
var msg_title = '{esc(title)}'.html(false);
var msg_desc = htmlDecode("2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。");
var msg_link = "http://mp.weixin.qq.com/s?__biz=MzI4NjQ5MDcxNQ==&amp;mid=2247512863&amp;idx=2&amp;sn=3f5c1a7e9b2d4c6e8a0f1b3d5c7e9a2b#rd";
</script>
<script src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


ALL.append(h305())


# ============================================================ h306 舟山市普陀区海洋与渔业局 (UOF 1.0 text document, .uot)

def h306():
    dept = "舟山市普陀区海洋与渔业局"
    ib_b, ab_b, eb_b = 1642.30, 1688.90, 1566.85
    ib_p, ab_p = 3280.00, 3612.40
    eb_p = 3629.86  # PLANT SPENDING_OVER_BUDGET: 项目支出 全年执行数 3,629.86 > 全年预算数 3,612.40 (100.48%)
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (4922.30, 5301.30, 5196.71, 98.03, 92.77, 100.48), (ib, ab, eb, rate, rb, rp)
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未细化", 4, 3.5, "1项社会效益指标未量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.1%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-5.3%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "基本支出人员经费有结余"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "增殖放流苗种（万尾）", "≥12000", "12650", 6, 6, ""),
           ("产出", "数量指标", "渔船安全检查（艘次）", "≥3200", "3200", 5, 5, ""),
           ("产出", "数量指标", "人工鱼礁投放（空方）", "≥20000", "18600", 5, P(18600, 20000, 5), "受台风影响部分礁体延期投放"),
           # PLANT TARGET_MET_POINTS_LOST: 100% meets 100%, scored 5 of 6, no 偏差原因
           ("产出", "质量指标", "渔业船舶检验合格率", "100%", "100%", 6, 5, ""),
           ("产出", "质量指标", "水产品质量安全抽检合格率", "≥98%", "99.1%", 5, 5, ""),
           ("产出", "时效指标", "渔业油价补贴资金发放及时率", "100%", "100%", 4, 4, ""),
           ("产出", "成本指标", "增殖放流苗种采购成本控制率", "≤100%", "97.8%", 4, 4, ""),
           ("效益", "经济效益", "渔业经济总产值（亿元）", "≥168", "172.6", 6, 6, ""),
           ("效益", "社会效益", "渔业安全生产事故死亡人数（人）", "≤1", "0", 5, 5, ""),
           ("效益", "生态效益", "近岸海域水质优良比例", "≥45%", "47.2%", 5, 5, ""),
           ("效益", "可持续影响", "渔业资源养护长效机制", "健全", "基本健全", 4, 3, "伏季休渔联合执法机制待完善"),
           ("效益", "满意度", "渔民满意度", "≥90%", "88.2%", 5, P(88.2, 90, 5), "渔港设施维护仍有短板")]
    assert len(ind) == 21 and s2(ind, 5) == 100 and P(18600, 20000, 5) == 4.65 and P(88.2, 90, 5) == 4.9
    no_half(5 * 88.2 / 90, "满意度")
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 96.85 and sec[3] == ("效益", 25, 23.9), (total, sec)
    sub_eff = swap2(sec[3][2])  # PLANT SECTION_VS_ROWS: the 效益 小计 row prints 23.09; its five rows add to 23.90
    assert sub_eff == 23.09
    sec_printed = sec[:3] + [("效益", 25, sub_eff)]
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec_printed, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec_printed, ib=ib, ab=ab, eb=eb, rate=rate,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("SECTION_VS_ROWS", "效益", f"效益小计 | 25 | {fmt(sub_eff)}", fmt(sub_eff), fmt(sec[3][2]), "HIGH", "ERROR",
             f"the 效益 group's 小计 row prints 得分 {fmt(sub_eff)}; its five rows add to 6 + 5 + 5 + 3 + 4.9 = "
             f"{fmt(sec[3][2])} (digits swapped); the 合计 {fmt(total)} adds the rows (the four 小计 as printed add to "
             f"{fmt(r2(sum(x[2] for x in sec_printed)))}): one problem; the other three 小计 agree"),
           F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {mc(ib_p)} | {mc(ab_p)} | {mc(eb_p)} | {rp:.2f}%", mc(eb_p),
             f"≤ {mc(ab_p)}", "HIGH", "WARNING",
             f"项目支出's 全年执行数 {mc(eb_p)} exceeds its 全年预算数 {mc(ab_p)} by {mc(r2(eb_p - ab_p))} ({rp:.2f}%), with no "
             f"explanation; the department as a whole stays under budget ({mc(eb)} of {mc(ab)}, {rate:.2f}%) because 基本支出 "
             f"is well under ({rb:.2f}%); the parts add up in every column"),
           F("TARGET_MET_POINTS_LOST", "渔业船舶检验合格率", "渔业船舶检验合格率 | 100% | 100% | 6 | 5 |", "5", "6", "HIGH",
             "WARNING",
             "the 实际完成值 100% meets the 年度指标值 100%, yet the row scores 5 of 6 with an empty 偏差原因分析; by the 说明 "
             "a met quantitative target takes the full 分值; 合计 would be 97.85 (优 either way)")]
    return {"stem": "h306_putuo_yuye", "format": "uot", "write": write306, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the .uot is a UOF 1.0 TEXT document (Uniform Office Format, GB/T 20916 — the Chinese national "
                      "office-document standard that 永中 / WPS / 中标普华 save as .uot): ONE XML file (no ZIP) whose root is "
                      "`uof:UOF` (uof:mimetype vnd.uof.text) and whose elements are named in Chinese in four namespaces "
                      "(uof:, 字:, 表:, 图:): the body is 字:主体 → 字:段落 (paragraph) → 字:句 (run) → 字:文本串 (text), "
                      "tables are 字:文字表 → 字:行 → 字:单元格, a horizontal merge is 字:单元格属性/字:跨列; every element "
                      "carries the standard's uof:locID",
                      "the indicator table has NO vertical merges: 一级 and 二级 are printed in the first row of their "
                      "group and the cells below are empty (filled down); the 小计 rows (“决策小计” … across five columns) "
                      "are not indicators, nor are 合计 (100 | 96.85) and 自评等级; 21 rows",
                      "uof:元数据 names the author and 2025-04-24 as creation date: not figures; 字:句属性 / 字:字体 "
                      "(字号, 中文字体引用) and 字:粗体 are formatting",
                      "budget: parts add up (年初 1,642.30 + 3,280.00 = 4,922.30; 全年 1,688.90 + 3,612.40 = 5,301.30; "
                      "执行 1,566.85 + 3,629.86 = 5,196.71); 合计 98.03% and 基本 92.77% right; 项目 100.48% right on "
                      "its figures (the over-spending is the finding); 年初 < 全年 (追加)",
                      "预算执行率 row 98.03% × 10 = 9.803 → 9.8; 结转结余率 1.97% vs ≤5% (a ceiling, met); 在职人员控制率 "
                      "98.1% vs ≤100%; “三公”经费变动率 -5.3% vs ≤0; 渔船安全检查 3200 vs ≥3200 (met exactly); 渔业安全"
                      "生产事故死亡人数 0 vs ≤1 (a ceiling, met); 增殖放流苗种采购成本控制率 97.8% vs ≤100%; 人工鱼礁投放 "
                      "5 × 18600 ÷ 20000 = 4.65 and 渔民满意度 5 × 88.2 ÷ 90 = 4.9 (proportion rule, with reasons); "
                      "绩效指标明确性 −0.5 and 渔业资源养护长效机制 −1 with reasons (judgement)",
                      "the 决策 (15 | 14.5), 过程 (25 | 24.8) and 产出 (35 | 33.65) 小计 add their rows; 合计 96.85 = the "
                      "21 rows; 优"]}


UOF_NS = ('xmlns:uof="http://schemas.uof.org/cn/2003/uof" xmlns:表="http://schemas.uof.org/cn/2003/uof-spreadsheet" '
          'xmlns:演="http://schemas.uof.org/cn/2003/uof-slideshow" xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc" '
          'xmlns:图="http://schemas.uof.org/cn/2003/graph"')


def uof_run(text, size=10.5, bold=False):
    b = '<字:粗体 uof:locID="t0089" 字:值="true"/>' if bold else ""
    return ('<字:句 uof:locID="t0085"><字:句属性 uof:locID="t0086"><字:字体 uof:locID="t0088" 字:西文字体引用="F1" '
            f'字:中文字体引用="F0" 字:字号="{size:g}"/>{b}</字:句属性><字:文本串 uof:locID="t0109">{esc(text)}'
            '</字:文本串></字:句>')


def uof_para(text, size=10.5, bold=False, align="left", before=0, after=0, indent=False):
    ind = ('<字:缩进 uof:locID="t0056"><字:首行 uof:locID="t0167"><字:绝对 uof:locID="t0169" uof:attrList="值" '
           f'字:值="{2 * size:g}"/></字:首行></字:缩进>') if indent else ""
    sp = ""
    if before or after:
        sp = ('<字:段间距 uof:locID="t0058"><字:段前距 uof:locID="t0196"><字:绝对值 uof:locID="t0199" uof:attrList="值" '
              f'字:值="{before:g}"/></字:段前距><字:段后距 uof:locID="t0197"><字:绝对值 uof:locID="t0202" '
              f'uof:attrList="值" 字:值="{after:g}"/></字:段后距></字:段间距>')
    return ('<字:段落 uof:locID="t0051"><字:段落属性 uof:locID="t0052"><字:对齐 uof:locID="t0055" '
            f'字:水平对齐="{align}" 字:文字对齐="auto"/>{ind}{sp}</字:段落属性>'
            f'{uof_run(text, size, bold) if text else ""}</字:段落>')


def uof_table(widths, rows, size=9):
    """rows: lists of (text, colspan, align, bold); widths in pt"""
    border = "".join(f'<uof:{k} uof:locID="u00{n}" uof:类型="single" uof:宽度="0.5" uof:颜色="#000000"/>'
                     for k, n in (("左", 57), ("上", 58), ("右", 59), ("下", 60)))
    out = ['<字:文字表 uof:locID="t0128" uof:attrList="类型" 字:类型="table"><字:文字表属性 uof:locID="t0129">'
           '<字:列宽集 uof:locID="t0131">' + "".join(f'<字:列宽 uof:locID="t0132">{w:g}</字:列宽>' for w in widths) +
           f'</字:列宽集><字:宽度 uof:locID="t0130" uof:attrList="绝对宽度 相对宽度" 字:绝对宽度="{sum(widths):g}"/>'
           '<字:对齐 uof:locID="t0133">center</字:对齐></字:文字表属性>']
    for cells in rows:
        out.append('<字:行 uof:locID="t0143"><字:表行属性 uof:locID="t0144"><字:高度 uof:locID="t0146" '
                   '字:值="18"/></字:表行属性>')
        col = 0
        for text, cs, al, bold in cells:
            w = sum(widths[col:col + cs])
            span = f'<字:跨列 uof:locID="t0156" uof:attrList="值" 字:值="{cs}"/>' if cs > 1 else ""
            out.append('<字:单元格 uof:locID="t0148"><字:单元格属性 uof:locID="t0149"><字:宽度 uof:locID="t0150" '
                       f'字:绝对值="{w:g}"/>{span}<字:边框 uof:locID="t0152">{border}'
                       '</字:边框><字:垂直对齐方式 uof:locID="t0154">center</字:垂直对齐方式></字:单元格属性>'
                       f'{uof_para(text, size, bold, al)}</字:单元格>')
            col += cs
        assert col == len(widths), (col, cells)
        out.append("</字:行>")
    out.append("</字:文字表>")
    return "".join(out)


def write306(rep, path):
    M = rep["meta"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    C = lambda t, cs=1, al="center", bold=False: (t, cs, al, bold)  # noqa: E731
    body = [uof_para(f"{M['dept']}2024年度部门整体支出绩效自评表", 16, True, "center", after=6),
            uof_para(f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元", 10.5, after=4),
            uof_para("一、部门预算执行情况", 10.5, True, after=2)]
    rows = [[C("项目", bold=True), C("年初预算数", bold=True), C("全年预算数", bold=True), C("全年执行数", bold=True),
             C("执行率", bold=True)]]
    for lab, a, b_, x, r in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                             ("　　　项目支出", ib_p, ab_p, eb_p, rp)):
        rows.append([C(lab, al="left"), C(mc(a), al="right"), C(mc(b_), al="right"), C(mc(x), al="right"),
                     C(f"{r:.2f}%", al="right")])
    body.append(uof_table([130, 85, 85, 85, 80], rows))
    body.append(uof_para("二、绩效指标完成情况", 10.5, True, before=8, after=2))
    rows = [[C(h, bold=True) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析")]]
    subs = {n: (w, s_) for n, w, s_ in M["sec"]}
    ind = M["ind"]
    prev = (None, None)
    for i, x in enumerate(ind):
        l1 = x[0] if x[0] != prev[0] else ""
        l2 = x[1] if (x[0], x[1]) != prev else ""
        prev = (x[0], x[1])
        rows.append([C(l1), C(l2), C(x[2], al="left"), C(x[3]), C(x[4]), C(fmt(x[5])), C(fmt(x[6])), C(x[7], al="left")])
        if i + 1 == len(ind) or ind[i + 1][0] != x[0]:
            w, s_ = subs[x[0]]
            rows.append([C(f"{x[0]}小计", 5, bold=True), C(fmt(w), bold=True), C(fmt(s_), bold=True), C("")])
    rows.append([C("合计", 5, bold=True), C("100", bold=True), C(fmt(M["total"]), bold=True), C("")])
    rows.append([C("自评等级", 5, bold=True), C(grade(M["total"]), 3, bold=True)])
    body.append(uof_table([42, 50, 118, 52, 52, 30, 34, 97], rows))
    body.append(uof_para(RULES.format(fund="预算执行率"), 9, before=6))
    body.append(uof_para("填报人：林海波　　审核人：郑丽娜　　联系电话：0580-3012658　　填报日期：2025年4月24日", 10.5,
                         before=10))
    fonts = ('<uof:字体集 uof:locID="u0040"><uof:字体声明 uof:locID="u0041" uof:attrList="标识符 名称 字体族" '
             'uof:标识符="F0" uof:名称="宋体" uof:字体族="System"/><uof:字体声明 uof:locID="u0041" '
             'uof:attrList="标识符 名称 字体族" uof:标识符="F1" uof:名称="Times New Roman" uof:字体族="Roman"/></uof:字体集>')
    sect = ('<字:分节 uof:locID="t0017" uof:attrList="名称" 字:名称="第1节"><字:节属性 uof:locID="t0018">'
            '<字:页边距 uof:locID="t0021" uof:attrList="左 上 右 下" uof:左="56.7" uof:上="56.7" uof:右="56.7" '
            'uof:下="56.7"/><字:纸张 uof:locID="t0022" uof:attrList="纸型 宽度 高度" uof:纸型="A4" uof:宽度="595.3" '
            'uof:高度="841.9"/><字:纸张方向 uof:locID="t0038">portrait</字:纸张方向></字:节属性></字:分节>')
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<uof:UOF {UOF_NS} uof:language="cn" uof:locID="u0000" uof:version="1.0" uof:mimetype="vnd.uof.text">'
           '<uof:元数据 uof:locID="u0001">'
           f'<uof:标题 uof:locID="u0002">{esc(M["dept"])}2024年度部门整体支出绩效自评表</uof:标题>'
           '<uof:创建者 uof:locID="u0004">林海波</uof:创建者><uof:最后作者 uof:locID="u0006">林海波</uof:最后作者>'
           '<uof:创建日期 uof:locID="u0008">2025-04-24T09:16:00</uof:创建日期>'
           '<uof:编辑次数 uof:locID="u0009">6</uof:编辑次数>'
           '<uof:创建应用程序 uof:locID="u0011">永中Office</uof:创建应用程序>'
           '<uof:公司名称 uof:locID="u0018">舟山市普陀区海洋与渔业局</uof:公司名称></uof:元数据>'
           f'<uof:式样集 uof:locID="u0039">{fonts}</uof:式样集>'
           '<uof:文字处理 uof:locID="u0047"><字:公用处理规则 uof:locID="t0000"><字:文档设置 uof:locID="t0001">'
           '<字:度量单位 uof:locID="t0006">pt</字:度量单位><字:当前视图 uof:locID="t0002">page</字:当前视图>'
           '</字:文档设置></字:公用处理规则>'
           f'<字:主体 uof:locID="t0016">{sect}{"".join(body)}</字:主体></uof:文字处理></uof:UOF>\n')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


ALL.append(h306())


# ============================================================ h307 雅安市应急管理局 (Word XML document: Flat OPC, .xml)

def h307():
    dept, unit = "雅安市应急管理局", "雅安市应急救援保障中心"
    project = "2024年雅安市森林草原防灭火能力提升项目"
    evaluator = "四川正信方圆工程咨询有限公司"
    src = [("省级补助资金", 1000.00, 1000.00, 1000.00), ("市级财政资金", 650.00, 820.00, 732.46)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    rates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate, rates) == (1650.00, 1820.00, 1732.46, 95.19, [100.00, 89.32]), (ia, aa, ea, rate, rates)
    bs = r2(5 * rate / 100)
    no_half(5 * rate / 100, "预算执行率 score")
    drills_rule = 4 - (12 - 10) * 1
    drills_printed = 3  # PLANT RULE_SCORE: 开展防灭火演练 10 of ≥12, its rule 每少1场扣1分 gives 4 − 2 = 2; printed 3
    fire_printed = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 森林火灾受害率 scored 6.5 against its 分值 6 (a 0.5 “加分”)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "立项依据充分，符合规划和部门职责得3分，否则酌情扣分", ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "按规定程序申报审批得3分，否则酌情扣分", ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, "目标与项目实施内容相关、合理得3分，否则酌情扣分", ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "2项未量化", 3, 2, "指标细化量化得3分，每有1项未量化扣0.5分",
            "2项效益指标未量化"),
           ("决策", "资金投入", "预算编制科学性", "科学", "部分测算依据不充分", 3, 2, "预算经论证、测算依据充分得3分，否则酌情扣分",
            "装备购置预算未充分询价"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "到位率100%得4分，每低1个百分点扣0.5分", ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "得分＝预算执行率×分值",
            "部分装备款按合同约定留有质保金"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "无违规使用资金得4分，每发现1项扣1分", ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "制度健全得3分，否则酌情扣分", ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "合同管理1项不规范", 4, 3, "严格执行制度得4分，每发现1项问题扣1分",
            "1份采购合同未约定验收标准"),
           ("产出", "产出数量", "新建森林防火通道（公里）", "≥40", "42.5", 6, 6, "完成目标得6分，未完成按比例得分", ""),
           ("产出", "产出数量", "新建（改造）蓄水池（口）", "≥25", "25", 5, 5, "完成目标得5分，未完成按比例得分", ""),
           ("产出", "产出数量", "购置防灭火装备（台套）", "≥300", "312", 5, 5, "完成目标得5分，未完成按比例得分", ""),
           ("产出", "产出数量", "开展防灭火演练（场次）", "≥12", "10", 4, drills_printed, "完成目标得4分，每少1场扣1分",
            "部分演练因汛期调整"),
           ("产出", "产出质量", "防火通道工程验收合格率", "100%", "98.1%", 6, 4.1, "合格率100%得6分，每低1个百分点扣1分",
            "2段通道边坡防护需整改"),
           ("产出", "产出质量", "装备配发到位率", "100%", "100%", 5, 5, "到位率100%得5分，否则按比例得分", ""),
           ("产出", "产出时效", "项目完成及时率", "按期完成", "延期1个月", 4, 3, "按期完成得4分，每延期1个月扣1分",
            "蓄水池工程受雨季影响延期1个月"),
           ("效益", "社会效益", "森林火灾受害率", "≤0.9‰", "0.12‰", 6, fire_printed, "受害率≤0.9‰得6分，超出不得分",
            "受害率较上年明显下降，加0.5分"),
           ("效益", "社会效益", "森林火灾24小时扑灭率", "≥95%", "100%", 6, 6, "扑灭率≥95%得6分，每低1个百分点扣1分", ""),
           ("效益", "生态效益", "森林覆盖率", "≥69.3%", "69.4%", 6, 6, "达到目标得6分，未达到按比例得分", ""),
           ("效益", "可持续影响", "防灭火长效机制", "健全", "基本健全", 6, 4, "健全得6分，基本健全得4分，不健全不得分",
            "联防联控机制有待完善"),
           ("效益", "满意度", "群众满意度", "≥95%", "93.6%", 6, 4, "≥95%得6分，90%（含）—95%得4分，90%以下不得分",
            "部分乡镇防火宣传不到位")]
    assert len(ind) == 22 and s2(ind, 5) == 100 and drills_rule == 2
    total = s2(ind, 6)
    assert total == 89.36, total
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.36 is 良 by the 注's bands (90分（含）以上为优)
    assert grade(total) == "良" and grade(r2(total - 1 - 0.5)) == "良"
    g = with_project(gold(None, dept, 2024, "PREFECTURAL", "四川省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade_printed, budget(ia, aa, ea, rate), [], grows([x[:8] for x in ind])), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, rates=rates, ia=ia, aa=aa, ea=ea,
                rate=rate, ind=ind, total=total, grade=grade_printed)
    fnd = [F("RULE_SCORE", "开展防灭火演练（场次）",
             f"开展防灭火演练（场次） | 4 | 完成目标得4分，每少1场扣1分 | ≥12 | 10 | {drills_printed}", str(drills_printed),
             str(drills_rule), "HIGH", "ERROR",
             f"the row's own 评分标准 takes 1 point per drill short of 12: 10 held, 2 short, 4 − 2 = {drills_rule}; it "
             f"scores {drills_printed} (as if one drill were missing); 合计 would be {fmt(r2(total - 1))} without this and "
             f"{fmt(r2(total - 1.5))} with the ROW_SCORE_OVER_WEIGHT corrected too"),
           F("ROW_SCORE_OVER_WEIGHT", "森林火灾受害率",
             f"森林火灾受害率 | 6 | 受害率≤0.9‰得6分，超出不得分 | ≤0.9‰ | 0.12‰ | {fmt(fire_printed)} | "
             "受害率较上年明显下降，加0.5分", fmt(fire_printed), "≤ 6", "HIGH", "ERROR",
             f"a row cannot score more than its 分值: 6 is the most its rule gives (≤0.9‰ met); the evaluators added a "
             f"0.5 “加分” inside the row, which the 评分标准 does not provide and which lifts the 效益 rows to 26.5 of 30 "
             f"(26 capped); the 合计 {fmt(total)} includes it"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"合计 | 100 | {fmt(total)} / 评价等级 | {grade_printed}", grade_printed,
             grade(total), "HIGH", "ERROR",
             f"the 注's bands make 90分（含）以上 优 and 80–90 良: {fmt(total)} is 良; with the RULE_SCORE and "
             f"ROW_SCORE_OVER_WEIGHT corrected (−1, −0.5) the total is {fmt(r2(total - 1.5))}, 良 too: one problem")]
    return {"stem": "h307_yaan_yingji", "format": "xml", "write": write307, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the .xml is a WORD XML DOCUMENT (Word's 另存为 → “Word XML 文档 (*.xml)”, the Flat OPC form of a "
                      "DOCX): ONE XML file, `<?mso-application progid=\"Word.Document\"?>`, root `pkg:package` "
                      "(http://schemas.microsoft.com/office/2006/xmlPackage) holding every part of the package inline "
                      "— `pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=…` with the part's XML in "
                      "`pkg:xmlData` (relationship parts with pkg:padding); no ZIP, no [Content_Types].xml (each part "
                      "names its content type); the document part is ordinary WordprocessingML (w:tbl, w:gridSpan, "
                      "w:vMerge); Word opens it as a document, LibreOffice 7.4 does not import Flat OPC (it opens the "
                      "file as plain text showing the XML)",
                      "the 评分表's 一级 / 二级 are vertically merged (w:vMerge restart / continue); 评分标准 are rules, "
                      "not figures (“每低1个百分点扣0.5分”, “≤0.9‰得6分”); 22 rows; 合计 and 评价等级 are not indicators",
                      "资金: 省级 1,000.00 + 市级 650.00 = 1,650.00 (年初); 1,000.00 + 820.00 = 1,820.00 (全年); "
                      "1,000.00 + 732.46 = 1,732.46 (实际支出); 100.00%, 89.32% and 95.19% right; 年初 < 全年 (追加); "
                      "预算执行率 5 × 95.19% = 4.7595 → 4.76 (rounding)",
                      "rules that legitimately pay partial marks: 防火通道工程验收合格率 98.1% → 6 − 1.9 = 4.1; 项目完成"
                      "及时率 延期1个月 → 4 − 1 = 3; 防灭火长效机制 基本健全 → 4; 群众满意度 93.6% → 4 (its 90%（含）—95% "
                      "band); 制度执行有效性 1 problem → 3; 绩效指标明确性 2 unquantified → 3 − 1 = 2; 预算编制科学性 −1 "
                      "with a reason (judgement)",
                      "新建（改造）蓄水池 25 vs ≥25 (met exactly); 森林覆盖率 69.4% vs ≥69.3%; 森林火灾受害率 0.12‰ vs ≤0.9‰ "
                      "(a ceiling, met: the row's full mark is 6, the 0.5 above it is the finding); 合计 89.36 = the 22 rows "
                      "as printed (the 3 and the 6.5 included)"]}


def slim_styles(styles_xml, document_xml):
    """python-docx's template styles part cut to what the document uses (the styles it names, their basedOn chain and
    the defaults), the latent-style exceptions dropped: the size of a styles part Word writes for a small document"""
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    q = "{%s}" % W
    root = etree.fromstring(styles_xml)
    used = set(re.findall(r'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', document_xml))
    by_id = {st.get(q + "styleId"): st for st in root.findall(q + "style")}
    keep = set()
    for sid, st in by_id.items():
        if st.get(q + "default") == "1":
            used.add(sid)
    while used:
        sid = used.pop()
        if sid in keep or sid not in by_id:
            continue
        keep.add(sid)
        for tag in ("basedOn", "link", "next"):
            e = by_id[sid].find(q + tag)
            if e is not None and tag == "basedOn":
                used.add(e.get(q + "val"))
    for sid, st in by_id.items():
        if sid not in keep:
            root.remove(st)
        else:
            for tag in ("link", "next"):
                e = st.find(q + tag)
                if e is not None and e.get(q + "val") not in keep:
                    st.remove(e)
    ls = root.find(q + "latentStyles")
    if ls is not None:
        for e in list(ls):
            ls.remove(e)
    return etree.tostring(root, encoding="unicode")


def flat_opc(docx_bytes):
    """A DOCX package rewritten as Word's “Word XML 文档”: every part a pkg:part in one pkg:package, XML parts inline
    (declaration dropped), relationship parts padded as Word pads them. Left out: the thumbnail, the customXml item and
    stylesWithEffects.xml of python-docx's template (and their relationships); styles.xml slimmed (slim_styles)."""
    z = zipfile.ZipFile(io.BytesIO(docx_bytes))
    ct = z.read("[Content_Types].xml").decode("utf-8")
    over = dict(re.findall(r'PartName="([^"]+)" ContentType="([^"]+)"', ct))
    defs = dict(re.findall(r'Extension="([^"]+)" ContentType="([^"]+)"', ct))
    drop = ("thumbnail", "customXml", "stylesWithEffects")
    order = ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
             "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml", "word/numbering.xml",
             "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"]
    assert all(n in order or any(d in n for d in drop) or n == "[Content_Types].xml" for n in z.namelist()), \
        z.namelist()
    document = z.read("word/document.xml").decode("utf-8")
    parts = []
    for n in order:
        data = re.sub(r"^<\?xml[^>]*\?>\s*", "", z.read(n).decode("utf-8"))
        if n.endswith(".rels"):
            data = re.sub(r'<Relationship [^>]*(?:%s)[^>]*/>' % "|".join(drop), "", data)
        if n == "word/styles.xml":
            data = slim_styles(z.read(n), document)
        ctype = over.get("/" + n) or defs[n.rsplit(".", 1)[-1]]
        pad = ' pkg:padding="512"' if n == "_rels/.rels" else ' pkg:padding="256"' if n.endswith(".rels") else ""
        data = data.replace("\r\n", "").replace("\n", "")
        parts.append(f'<pkg:part pkg:name="/{n}" pkg:contentType="{ctype}"{pad}><pkg:xmlData>{data}</pkg:xmlData>'
                     '</pkg:part>')
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' + "".join(parts) +
            "</pkg:package>")


def write307(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from reports34 import new_doc, para
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc()
    doc.core_properties.comments = ""
    doc.core_properties.author = "张静"
    para(doc, f"{M['project']}绩效评价评分表", bold=True, size=15, center=True, after=8)
    t = grid(doc, 3, [28, 62, 28, 52])
    cell_put(t.cell(0, 0), "项目名称", 9.5, True)
    cell_put(t.cell(0, 1).merge(t.cell(0, 3)), M["project"], 9.5, align="l")
    for r, (a, b, c_, d) in enumerate((("主管部门", M["dept"], "实施单位", M["unit"]),
                                        ("评价机构", M["evaluator"], "委托单位", "雅安市财政局")), 1):
        cell_put(t.cell(r, 0), a, 9.5, True)
        cell_put(t.cell(r, 1), b, 9.5, align="l")
        cell_put(t.cell(r, 2), c_, 9.5, True)
        cell_put(t.cell(r, 3), d, 9.5, align="l")
    para(doc, "", after=4)
    t = grid(doc, 4, [42, 32, 32, 32, 32])
    for k, h in enumerate(["资金来源（万元）", "年初预算数", "全年预算数", "实际支出数", "预算执行率"]):
        cell_put(t.cell(0, k), h, 9.5, True)
    lines = [("合计", M["ia"], M["aa"], M["ea"], M["rate"])] + [
        ("其中：" + n if k == 0 else "　　　" + n, a, b, e, r) for k, ((n, a, b, e), r) in enumerate(zip(M["src"],
                                                                                                          M["rates"]))]
    for r, (lab, a, b, e, q) in enumerate(lines, 1):
        cell_put(t.cell(r, 0), lab, 9.5, align="l")
        for k, v in enumerate((mc(a), mc(b), mc(e), f"{q:.2f}%"), 1):
            cell_put(t.cell(r, k), v, 9.5, align="r")
    para(doc, "", after=4)
    ind = M["ind"]
    n = len(ind)
    t = grid(doc, n + 3, [10, 13, 26, 10, 38, 13, 15, 12, 33])
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分",
                           "扣分原因"]):
        cell_put(t.cell(0, k), h, 8.5, True)
    for i, x in enumerate(ind, 1):
        cell_put(t.cell(i, 2), x[2], 8.5, align="l")
        cell_put(t.cell(i, 3), fmt(x[5]), 8.5)
        cell_put(t.cell(i, 4), x[7], 8.5, align="l")
        cell_put(t.cell(i, 5), x[3], 8.5)
        cell_put(t.cell(i, 6), x[4], 8.5)
        cell_put(t.cell(i, 7), fmt(x[6]), 8.5)
        cell_put(t.cell(i, 8), x[8], 8.5, align="l")
    for col in (0, 1):
        for a, b in spans(ind, col):
            c = t.cell(a + 1, col)
            if b > a:
                c = c.merge(t.cell(b + 1, col))
            cell_put(c, ind[a][col], 8.5)
    cell_put(t.cell(n + 1, 0).merge(t.cell(n + 1, 2)), "合计", 9, True)
    cell_put(t.cell(n + 1, 3), "100", 9, True)
    cell_put(t.cell(n + 1, 4).merge(t.cell(n + 1, 6)), "", 9)
    cell_put(t.cell(n + 1, 7), fmt(M["total"]), 9, True)
    cell_put(t.cell(n + 2, 0).merge(t.cell(n + 2, 2)), "评价等级", 9, True)
    cell_put(t.cell(n + 2, 3).merge(t.cell(n + 2, 8)), M["grade"], 9, True)
    para(doc, "注：1.评价等级：" + BANDS, size=9)
    para(doc, "2.定量指标按评分标准计分；评分标准未另作规定的，未达到指标值的按“实际完成值÷指标值×分值”计分。", size=9)
    p = para(doc, "评价人员：王建明、刘晓燕、赵磊　　评价日期：2025年6月12日", size=10.5)
    p.paragraph_format.space_before = doc.styles["Normal"].font.size
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(flat_opc(buf.getvalue()))


ALL.append(h307())


# ============================================================ h308 通辽市科尔沁区医疗保障局 (a 填报 system's form page saved as HTML)

def h308():
    dept = "通辽市科尔沁区医疗保障局"
    ib_b, ab_b, eb_b = 826.40, 858.70, 851.36
    ib_p, ab_p, eb_p = 1460.00, 1925.60, 1812.44
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (2286.40, 2784.30, 2663.80, 95.67, 99.15, 94.12), (ib, ab, eb, rate, rb, rp)
    rate_shown = swap2(rate)  # PLANT EXECUTION_RATE: the 合计 执行率 input shows 95.76% (2,663.80 ÷ 2,784.30 = 95.67%)
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未量化", 4, 3.5, "1项满意度指标未细化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.6%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.9%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "医疗救助项目资金按季度结算"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "城乡居民医保参保人数（万人）", "≥62", "63.4", 6, 6, ""),
           ("产出", "数量指标", "定点医药机构监督检查覆盖率", "100%", "100%", 5, 5, ""),
           ("产出", "数量指标", "追回违规医保基金（万元）", "≥300", "326.8", 5, 5, ""),
           ("产出", "质量指标", "基本医保参保率", "≥95%", "96.2%", 6, 6, ""),
           # PLANT WEIGHTS_VS_FULL_MARK: this row's 分值 is 2 — the 19 rows' 分值 add to 98 against the 合计's 100
           ("产出", "质量指标", "医保经办服务事项网上可办率", "≥90%", "92.5%", 2, 2, ""),
           ("产出", "时效指标", "异地就医直接结算率", "≥70%", "68.2%", 4, P(68.2, 70, 4), "部分外省定点医院未开通直接结算"),
           ("产出", "时效指标", "医疗救助资金及时拨付率", "100%", "100%", 5, 5, ""),
           ("效益", "社会效益", "住院费用政策范围内报销比例", "≥70%", "70%", 6, 6, ""),
           ("效益", "社会效益", "医保基金运行安全", "收支平衡", "收支平衡略有结余", 6, 6, ""),
           ("效益", "可持续影响", "医保经办管理长效机制", "健全", "基本健全", 6, 5, "基层医保服务站运行机制待完善"),
           ("效益", "满意度", "参保群众满意度", "≥90%", "92.1%", 7, 7, "")]
    assert len(ind) == 20 and s2(ind, 5) == 98 and P(68.2, 70, 4) == 3.9
    no_half(4 * 68.2 / 70, "异地就医")
    rows_total = s2(ind, 6)
    assert rows_total == 95.97, rows_total
    total = swap2(rows_total)  # PLANT TOTAL_VS_ROWS: the 合计 得分 input shows 95.79; the rows add to 95.97
    assert total == 95.79
    g = gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_shown, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, ib=ib, ab=ab, eb=eb, rate=rate, rate_shown=rate_shown,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("EXECUTION_RATE", "预算执行率", f"合计 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {rate_shown:.2f}%",
             f"{rate_shown:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"the budget block's 合计 line: 全年执行数 {mc(eb)} ÷ 全年预算数 {mc(ab)} = {rate:.2f}%; its 执行率 input shows "
             f"{rate_shown:.2f}% (digits swapped); the 基本支出 ({rb:.2f}%) and 项目支出 ({rp:.2f}%) inputs are right; the "
             f"预算执行率 indicator row shows the right {rate:.2f}% and scores {fmt(bs)} on it (one problem); the form's "
             f"hidden field for the rate holds 0.9567, but a hidden input is not what the page shows; gold executionRate is "
             f"the shown {rate_shown:.2f}"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the 20 rows' 得分 inputs add to 14.5 + 24.57 + 32.9 + 24 = {fmt(rows_total)}; the 合计 得分 input shows "
             f"{fmt(total)} (digits swapped); 优 either way; independent of the 分值 shortfall (the 得分 of the 2-point row is "
             "2, inside its 分值)"),
           F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | " + fmt(total), "100", "98", "HIGH", "ERROR",
             "the 20 rows' 分值 inputs add to 15 (决策) + 25 (过程) + 33 (产出) + 25 (效益) = 98, the 合计 分值 shows 100; "
             "产出 is the short 一级 (33 where the form's other 一级 follow the usual 15/25/35/25 split): its "
             "医保经办服务事项网上可办率 carries a 分值 of 2 where the other 产出 rows carry 4–6")]
    return {"stem": "h308_keerqin_yibao", "format": "html", "write": write308, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a 预算管理一体化系统 form (部门整体支出绩效自评 → 查看) SAVED BY THE BROWSER (“网页，仅HTML”, "
                      "UTF-8; the `saved from url` comment, links to a `_files` folder that was not saved): the labels are "
                      "cell text but EVERY FIGURE AND ENTRY IS A FORM CONTROL — the `value` attribute of an `<input "
                      "class=\"ipt\" readonly>` (amounts, rates, 三级 names, 指标值, 完成值, 分值, 得分, 填报人, dates), the "
                      "text of a `<textarea>` (偏差原因分析, 自评结论) or the `<option selected>` of a `<select>` (年度 2024, "
                      "自评等级 优); a reader of text nodes sees empty cells",
                      "not content: the `<input type=\"hidden\">` fields (record id 8a8f…, 部门代码 150502017, 状态 2, and "
                      "the system's raw rates 0.9567 / 0.9915 / 0.9412 — the first disagrees with the shown 95.76%: the "
                      "shown value is the report's); the unselected options of the `<select>`s (2023; --请选择--, 良, 中, "
                      "差); the `placeholder` of empty textareas (“请填写偏差原因分析及改进措施”); the 保存 / 打印 / 返回 "
                      "buttons and the breadcrumb (当前位置：绩效管理 > …)",
                      "budget: parts add up (年初 826.40 + 1,460.00 = 2,286.40; 全年 858.70 + 1,925.60 = 2,784.30; 执行 "
                      "851.36 + 1,812.44 = 2,663.80); 基本 99.15% and 项目 94.12% right; all under budget; 年初 < 全年 (追加)",
                      "预算执行率 row 95.67% × 10 = 9.567 → 9.57; 结转结余率 4.33% vs ≤5% (a ceiling, met); 在职人员控制率 "
                      "97.6% vs ≤100%; “三公”经费变动率 -2.9% vs ≤0; 住院费用政策范围内报销比例 70% vs ≥70% (met exactly); "
                      "异地就医直接结算率 4 × 68.2 ÷ 70 = 3.9 (proportion rule, with a reason); 医保基金运行安全 收支平衡略有"
                      "结余 vs 收支平衡 (met); 绩效指标明确性 −0.5 and 医保经办管理长效机制 −1 with reasons (judgement)",
                      "the 2-point row scores 2 (inside its 分值); 优 by the bands whatever the full mark"]}


def write308(rep, path):
    M = rep["meta"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    e = esc

    def ipt(name, value, cls="ipt", ro=True):
        return (f'<input type="text" class="{cls}" name="{name}" value="{e(value)}" autocomplete="off"'
                + (' readonly="readonly"' if ro else "") + ">")

    def area(name, text, rows=2):
        ph = "" if text else ' placeholder="请填写偏差原因分析及改进措施"'
        return f'<textarea class="ipt-area" name="{name}" rows="{rows}"{ph}>{e(text)}</textarea>'

    out = []
    out.append('<table class="layui-table form-table head-table"><colgroup><col width="110"><col><col width="110"><col>'
               '<col width="90"><col width="120"></colgroup><tbody>')
    out.append(f'<tr><td class="lbl">部门名称</td><td colspan="3">{ipt("bmmc", M["dept"])}</td><td class="lbl">年度</td>'
               '<td><select name="nd_sel" disabled="disabled"><option value="2023">2023</option>'
               '<option value="2024" selected="selected">2024</option></select></td></tr>')
    out.append(f'<tr><td class="lbl">填报人</td><td>{ipt("tbr", "包晓光")}</td><td class="lbl">联系电话</td>'
               f'<td>{ipt("lxdh", "0475-8216034")}</td><td class="lbl">金额单位</td><td>万元</td></tr>')
    out.append("</tbody></table>")
    out.append('<fieldset class="layui-elem-field"><legend>一、预算执行情况</legend><div class="layui-field-box">')
    out.append('<table class="layui-table form-table"><thead><tr><th>项目</th><th>年初预算数</th><th>全年预算数</th>'
               "<th>全年执行数</th><th>执行率</th></tr></thead><tbody>")
    for key, lab, a, b_, x, shown, raw in (("hj", "合计", M["ib"], M["ab"], M["eb"], M["rate_shown"], M["rate"]),
                                           ("jb", "其中：基本支出", ib_b, ab_b, eb_b, rb, rb),
                                           ("xm", "项目支出", ib_p, ab_p, eb_p, rp, rp)):
        out.append(f'<tr><td class="lbl-left">{lab}</td><td>{ipt(f"ys.{key}.ncys", mc(a), "ipt num")}</td>'
                   f'<td>{ipt(f"ys.{key}.qnys", mc(b_), "ipt num")}</td><td>{ipt(f"ys.{key}.qnzx", mc(x), "ipt num")}</td>'
                   f'<td>{ipt(f"ys.{key}.zxl", f"{shown:.2f}%", "ipt num")}'
                   f'<input type="hidden" name="ys.{key}.zxl_xt" value="{round(raw / 100, 4):.4f}"></td></tr>')
    out.append("</tbody></table></div></fieldset>")
    out.append('<fieldset class="layui-elem-field"><legend>二、绩效指标完成情况</legend><div class="layui-field-box">')
    out.append('<table class="layui-table form-table zb-table"><colgroup><col width="70"><col width="80"><col width="200">'
               '<col width="90"><col width="130"><col width="55"><col width="60"><col></colgroup><thead><tr>'
               "<th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
               "<th>得分</th><th>偏差原因分析</th></tr></thead><tbody>")
    ind = M["ind"]
    sp1, sp2 = dict(spans(ind, 0)), dict(spans(ind, 1))
    for i, x in enumerate(ind):
        cells = ""
        if i in sp1:
            cells += f'<td rowspan="{sp1[i] - i + 1}" class="lbl">{x[0]}</td>'
        if i in sp2:
            cells += f'<td rowspan="{sp2[i] - i + 1}" class="lbl">{x[1]}</td>'
        cells += (f'<td>{ipt(f"zb[{i}].sjzb", x[2], "ipt left")}</td><td>{ipt(f"zb[{i}].ndzbz", x[3])}</td>'
                  f'<td>{ipt(f"zb[{i}].sjwcz", x[4])}</td><td>{ipt(f"zb[{i}].fz", fmt(x[5]), "ipt num")}</td>'
                  f'<td>{ipt(f"zb[{i}].df", fmt(x[6]), "ipt num")}</td><td>{area(f"zb[{i}].pcyy", x[7])}</td>')
        out.append(f'<tr data-index="{i}">{cells}</tr>')
    out.append(f'<tr class="hj-row"><td colspan="5" class="lbl">合计</td><td>{ipt("hj.fz", "100", "ipt num")}</td>'
               f'<td>{ipt("hj.df", fmt(M["total"]), "ipt num")}</td><td></td></tr>')
    sel = ' selected="selected"'
    opts = "".join(f'<option value="{k}"{sel if v == grade(M["total"]) else ""}>{v}</option>'
                   for k, v in ((1, "优"), (2, "良"), (3, "中"), (4, "差")))
    out.append('<tr><td colspan="5" class="lbl">自评等级</td><td colspan="3"><select name="zpdj" lay-ignore="">'
               f'<option value="">--请选择--</option>{opts}</select></td></tr>')
    out.append("</tbody></table></div></fieldset>")
    concl = ("2024年度，我局围绕医疗保障民生实事，完成参保扩面、基金监管和经办服务等年度绩效目标，部门整体支出绩效良好；"
             "异地就医直接结算率未达目标，下一步将扩大跨省直接结算定点医院覆盖面。")
    out.append('<fieldset class="layui-elem-field"><legend>三、自评结论</legend><div class="layui-field-box">'
               f'{area("zpjl", concl, 4)}</div></fieldset>')
    out.append(f'<div class="sm">{e(RULES.format(fund="预算执行率"))}</div>')
    out.append(f'<table class="layui-table form-table foot-table"><tbody><tr><td class="lbl">审核人</td><td>'
               f'{ipt("shr", "王丽娟")}</td><td class="lbl">填报日期</td><td>{ipt("tbrq", "2025-04-22")}</td></tr>'
               "</tbody></table>")
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0112)http://10.150.12.8:8080/pms/jxgl/zpgl/bmzt/view.do?id=8a8f5c2e8e1b4d7f018e9c3a5b6d0012&nd=2024&menuId=JXZP03 -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>部门整体支出绩效自评 - 查看</title>
<link rel="stylesheet" href="./部门整体支出绩效自评 - 查看_files/layui.css">
<link rel="stylesheet" href="./部门整体支出绩效自评 - 查看_files/pms-form.css">
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:13px;margin:0;background:#f2f2f2}}
.page{{width:1100px;margin:12px auto;background:#fff;padding:16px 20px}}
.breadcrumb{{color:#666;margin-bottom:10px}}
.form-title{{text-align:center;font-size:20px;font-weight:bold;margin:8px 0 14px}}
.form-table{{width:100%;border-collapse:collapse}}
.form-table td,.form-table th{{border:1px solid #ccc;padding:3px 4px;text-align:center}}
.form-table th{{background:#f0f5fa}}
.lbl{{background:#fafafa;font-weight:bold}}
.lbl-left{{text-align:left!important}}
.ipt{{border:none;width:100%;box-sizing:border-box;text-align:center;background:transparent;font-size:13px}}
.ipt.left{{text-align:left}}
.ipt.num{{text-align:right}}
.ipt-area{{border:none;width:100%;box-sizing:border-box;resize:none;background:transparent;font-size:12px}}
.sm{{color:#333;font-size:12px;margin:8px 0;line-height:1.6}}
.btns{{text-align:center;margin-top:14px}}
</style>
</head>
<body>
<div class="page">
<div class="breadcrumb">当前位置：绩效管理 &gt; 绩效自评 &gt; 部门整体支出绩效自评 &gt; 查看</div>
<form class="layui-form" id="zpForm" action="http://10.150.12.8:8080/pms/jxgl/zpgl/bmzt/save.do" method="post">
<input type="hidden" name="id" value="8a8f5c2e8e1b4d7f018e9c3a5b6d0012">
<input type="hidden" name="bmdm" value="150502017">
<input type="hidden" name="nd" value="2024">
<input type="hidden" name="zt" value="2">
<div class="form-title">{e(M["dept"])}2024年度部门整体支出绩效自评表</div>
{"".join(out)}
<div class="btns"><button type="button" class="layui-btn layui-btn-disabled" disabled="disabled">保存</button>
<button type="button" class="layui-btn" id="btnPrint">打印</button>
<button type="button" class="layui-btn layui-btn-primary" onclick="history.back();">返回</button></div>
</form>
</div>
<script src="./部门整体支出绩效自评 - 查看_files/jquery.min.js"></script>
<script src="./部门整体支出绩效自评 - 查看_files/layui.js"></script>
<script>
layui.use(['form'], function () {{ var form = layui.form; form.render(); }});
$('#btnPrint').on('click', function () {{ window.print(); }});
</script>
</body></html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


ALL.append(h308())


def main(argv):
    round_main(argv, ALL, "50")


if __name__ == "__main__":
    main(sys.argv[1:])
