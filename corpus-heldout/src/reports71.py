#!/usr/bin/python3
"""Round 71 (h409–h413): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus71 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports71.py [h409 …]
(python-docx, openpyxl, Pillow with WebP, numpy, the Noto CJK fonts of Debian fonts-noto-cjk:
h409 a BILINGUAL MONGOLIAN / CHINESE 部门整体 form as a DOCX (锡林郭勒盟西乌珠穆沁旗): the title, every label, every
table header, the 一级 / 二级 names, 总分 / 自评等级 and the grade printed in traditional Mongolian script (U+1820–U+18AF,
its own paragraph above the Chinese in the same cell, font Mongolian Baiti, w:lang mn-Mong-CN), the figures once;
h410 a BILINGUAL KOREAN / CHINESE 项目 form as an XLSX (延边朝鲜族自治州和龙市): sheet name, title, labels and column
headers in Hangul and Chinese — the head block Hangul first on two lines in one cell, the indicator header Chinese
first with the Hangul after it on the same line;
h411 a BILINGUAL YI / CHINESE 部门整体 self-evaluation report on a county portal's HTML page (凉山彝族自治州昭觉县):
headings and table headers in Yi syllables (U+A000–U+A48F) above the Chinese, in `<span lang="ii">`, UTF-8;
h412 a PHONE PHOTO of a printed 项目 form (JPEG, camera EXIF with Orientation 6: the pixels stored sideways, a viewer
turns them upright): the page in perspective on a desk, uneven light, no text layer;
h413 a WeChat 公众号 article's REPORT IMAGE saved as WEBP: the whole 部门整体 自评表 as one tall screenshot-like image
1080 px wide, lossy quality 80.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import html as htmlmod
import io
import os
import random
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports34 import new_doc  # noqa: E402
from reports36_common import BANDS, grade, P, grid as docx_grid, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import no_half, missed_ok, secs_of, mc, q, f2  # noqa: E402
from reports69 import zwrite  # noqa: E402

ALL = []
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SC = 2  # the Simplified Chinese face in the Noto CJK collections

NOTE = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
        "分值”计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：")


def split_goals(s_):
    import re
    return re.findall(r"目标\d+", s_)


def docx_bytes(doc):
    """the DOCX as bytes, rezipped entry by entry with a fixed date ([Content_Types].xml first)"""
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: x[0] != "[Content_Types].xml")
    out = io.BytesIO()
    zwrite(out, items)
    return out.getvalue()


# ============================================================ h409 西乌珠穆沁旗卫生健康委员会 (DOCX, MONGOLIAN / CHINESE)

# traditional Mongolian from an ASCII transliteration: O = ö, U = ü, N = ng, g = γ/g, q = q/k, S = š, c = č,
# "-" the narrow no-break space before a suffix (U+202F), "~" the vowel separator (U+180E), ":" the Mongolian colon
MONG = {"a": "\u1820", "e": "\u1821", "i": "\u1822", "o": "\u1823", "u": "\u1824", "O": "\u1825", "U": "\u1826",
        "n": "\u1828", "N": "\u1829", "b": "\u182a", "p": "\u182b", "q": "\u182c", "g": "\u182d", "m": "\u182e",
        "l": "\u182f", "s": "\u1830", "S": "\u1831", "t": "\u1832", "d": "\u1833", "c": "\u1834", "j": "\u1835",
        "y": "\u1836", "r": "\u1837", "w": "\u1838", "f": "\u1839", "k": "\u182c", "z": "\u183d", "h": "\u183e",
        "-": "\u202f", "~": "\u180e", ":": "\u1804", ".": "\u1803", " ": " ", "(": "(", ")": ")"}


def mong(t):
    return "".join(MONG[ch] if ch in MONG else ch for ch in t)


MN = {k: mong(v) for k, v in {
    "title": "2024 on-u keltes-Un bUkU jarulta-yin ajil-un Ur~e-yin Oberi-yen dUgnelt-Un qUsUnUgtU",
    "unit": "medegUlUgsen nigece (tamag~a):",
    "money": "mONgge-yin nigece: tUmen yuwan",
    "block": "on-u tOsOb gUicedgel-Un baidal (tUmen yuwan)",
    "item": "jUil", "initial": "on-u eki-yin tOsOb", "adjusted": "bUkU on-u tOsOb", "exec": "bUkU on-u gUicedgel",
    "weight": "onog~a-yin kemjiy~e", "rate": "gUicedgel-Un qubi", "score": "abugsan onog~a",
    "fund": "on-u mONgge kOrONgge-yin niyt dUn", "basic": "tegUn-U dotor~a: Undusun jarulta",
    "project": "tOsOl-Un jarulta", "goal": "on-u yerUNkei jorilg~a", "plan": "tOsOgelegsen jorilg~a",
    "done": "bodit bUtUgelt-Un baidal", "l1": "nigedUger des-Un jigalta", "l2": "qoyadugar des-Un jigalta",
    "l3": "gurbadugar des-Un jigalta", "target": "on-u jigalta-yin kemjiy~e", "actual": "bodit bUtUgelt-Un kemjiy~e",
    "reason": "jOrUgsen siltagan-u sinjilgen ba saijirangulqu arg~a qemjiy~e", "sum": "niyt onog~a",
    "grade": "Oberi-yen dUgnegsen jerge", "优": "masi sain", "note": "tailburi",
    "sign": "qUsUnUgtU bOglegci . qinan sinjilegci . qolbogdaqu utasu . medegUlUgsen edUr",
    "产出指标": "Ur~e garulta-yin jigalta", "效益指标": "Ur~e asig-un jigalta",
    "满意度指标": "sedkil qaNulta-yin jigalta", "数量指标": "too kemjiy~e-yin jigalta", "质量指标": "cinar-un jigalta",
    "时效指标": "cag qugucag~a-yin jigalta", "成本指标": "Orteg jardal-un jigalta",
    "社会效益指标": "neyigem-Un Ur~e asig-un jigalta", "可持续影响指标": "urtu qugucag~a-yin nOlOge-yin jigalta",
    "服务对象满意度指标": "UilecilegsenU obiyekt-un sedkil qaNulta-yin jigalta"}.items()}
MN_FONT = "Mongolian Baiti"


def is_mong(ch):
    return "\u1800" <= ch <= "\u18af" or ch == "\u202f"


def h409():
    dept = "西乌珠穆沁旗卫生健康委员会"
    ib, ip = 2860.40, 3415.00
    ab, ap = 2936.85, 4280.60
    eb, ep = 2921.47, 4016.38
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (6275.40, 7217.45, 6937.85, 96.13, 99.48, 93.83), (ia, aa, ea, rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    fs = r2(rate / 10)
    assert fs == 9.61
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "家庭医生签约服务重点人群签约率", "≥75%", "78.6%", 6, 6, ""),
           ("产出指标", "数量指标", "0—6岁儿童健康管理人数", "≥6800人", "6800人", 5, 5, ""),
           ("产出指标", "数量指标", "苏木镇卫生院标准化建设", "≥8个", "9个", 5, 5, ""),
           ("产出指标", "数量指标", "推广蒙医药适宜技术", "≥20项", "22项", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 94.6% against ≥90%, scored 4 of 5 with an empty 偏差原因
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "94.6%", 5, 4, ""),
           ("产出指标", "质量指标", "法定传染病报告及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "61.2%", 6, P(61.2, 65, 6),
            "部分牧区患者居住分散，随访不及时；按完成比例计分"),
           ("产出指标", "时效指标", "基本公共卫生服务补助资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "苏木镇卫生院标准化建设单位成本", "≤85万元/个", "82.6万元/个", 5, 5, ""),
           ("效益指标", "社会效益指标", "婴儿死亡率", "≤6‰", "3.2‰", 6, 6, ""),
           ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "29.4%", 6, 6, ""),
           ("效益指标", "社会效益指标", "牧区群众看病就医平均距离", "≤15公里", "13.8公里", 6, 6, ""),
           ("效益指标", "可持续影响指标", "基层卫生人才队伍建设长效机制", "健全", "基本健全", 6, 5,
            "嘎查村医生老龄化，后备人才培养机制尚需完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "农牧民群众就医满意度", "≥90%", "92.8%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "88.5%", 8, 8, "")]
    no_half(6 * 61.2 / 65, "高血压")
    assert len(ind) == 16
    weights = s2(ind, 5)
    printed_full = 100  # PLANT WEIGHTS_VS_FULL_MARK: 总分 分值 100; the fund line 10 + the 15 rows' 分值 88 = 98
    assert weights == 98 and printed_full != weights
    assert [x[:3] for x in missed_ok(ind[1:])] == [("高血压患者规范管理率", 5.65, 5.65)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 95.26 and grade(total) == "优", total
    plan = ["目标1：全面落实国家基本公共卫生服务项目，重点人群家庭医生签约率达到75%以上，孕产妇系统管理率达到90%以上；",
            "目标2：完成8个苏木镇卫生院标准化建设，推广蒙医药适宜技术20项以上，提升基层蒙医药服务能力；",
            "目标3：婴儿死亡率控制在6‰以内，居民健康素养水平达到28%以上；",
            "目标4：农牧民群众就医满意度达到90%以上。"]
    # PLANT GOAL_LABELS: 实际完成情况 numbers its four goals 目标1, 目标2, 目标3, 目标3 (the last is 目标4)
    done = ["目标1：重点人群家庭医生签约率78.6%，孕产妇系统管理率94.6%，0—6岁儿童健康管理6800人；",
            "目标2：完成9个苏木镇卫生院标准化建设，推广蒙医药适宜技术22项；",
            "目标3：婴儿死亡率3.2‰，居民健康素养水平29.4%；",
            "目标3：农牧民群众就医满意度92.8%，基层医务人员满意度88.5%。"]
    assert [split_goals(s_)[0] for s_ in done] == ["目标1", "目标2", "目标3", "目标3"]
    g = gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, printed_full, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), fs=fs, ind=ind, total=total,
                full=printed_full, plan=plan, done=done)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "总分",
             f"总分 | 100 | {f2(total)}", "100", "98", "HIGH", "ERROR",
             "the fund line's 分值 10 and the fifteen indicator rows' 分值 (产出指标 48, 效益指标 24, 满意度指标 16 = 88) add "
             "to 98, yet the 总分 row prints a full mark of 100; a 2-point row appears to have been dropped from the form "
             f"without the full mark being changed; the 得分 {f2(total)} adds the rows as printed (优 either way)"),
           F("GOAL_LABELS", "年度总体目标",
             "实际完成情况：目标1：… 目标2：… 目标3：婴儿死亡率3.2‰… 目标3：农牧民群众就医满意度92.8%…",
             "目标1, 目标2, 目标3, 目标3", "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the 预期目标 column numbers four goals 目标1–目标4; the 实际完成情况 column reports on four goals too but labels "
             "the last one (满意度) 目标3 again: it is 目标4's result"),
           F("TARGET_MET_POINTS_LOST", "孕产妇系统管理率",
             "产出指标 | 质量指标 | 孕产妇系统管理率 | ≥90% | 94.6% | 5 | 4 |", "4", "5", "HIGH", "WARNING",
             "94.6% clears the ≥90% target, yet the row scores 4 of 5 and its 偏差原因 cell is empty; under the 说明's rule "
             f"a met target earns the full 分值; the 总分 {f2(total)} counts the 4")]
    return {"stem": "h409_xiwuqi_weijian", "format": "docx", "write": write409, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the form is BILINGUAL: every title, label and column header (and the 一级 / 二级 names, the 总分 / "
                      "自评等级 labels, the grade, the 说明's heading and the signature labels) is printed in traditional "
                      "Mongolian script (U+1820–U+18AF, font Mongolian Baiti, w:lang mn-Mong-CN) as its own paragraph "
                      "ABOVE the Chinese in the same cell or line; the figures, the 三级 names, the targets, actuals, "
                      "reasons and the goal texts are printed once, in Chinese and Arabic digits; the Mongolian lines "
                      "are translations, not extra rows or cells",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 "
                      f"{q(rb)} and 项目 {q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      f"年度资金总额 {q(rate)} × 10 = 9.613 → {f2(fs)} (the 说明's rule); 高血压患者规范管理率 6 × 61.2 ÷ 65 = "
                      "5.649 → 5.65 (proportion, with a reason); 人才队伍长效机制 −1 with a reason (judgement)",
                      "0—6岁儿童健康管理人数 6800 vs ≥6800人 (met exactly); 婴儿死亡率 3.2‰ vs ≤6‰, 看病就医平均距离 13.8 vs "
                      "≤15公里 and 卫生院标准化建设单位成本 82.6 vs ≤85万元/个 (ceilings, met; a unit cost, not a budget "
                      "figure)",
                      f"总分 得分 {f2(total)} = the fund line + the 15 rows as printed (the 4 included); 优 (by the bands, "
                      "whatever the full mark)"]}


def mn_run(p, text, size, bold=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    rpr = r._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(k), MN_FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "mn-Mong-CN")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)
    return r


def bi_para(p_or_doc, text, size, bold=False, align="c", cell=None, first=True):
    """text's lines each a paragraph: a line in Mongolian script with the Mongolian font and language, the others
    Chinese; in a cell the first paragraph is the cell's own"""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    out = []
    for i, ln in enumerate(text.split("\n")):
        if cell is not None:
            p = cell.paragraphs[0] if i == 0 and first else cell.add_paragraph()
        else:
            p = p_or_doc.add_paragraph()
        p.alignment = al
        if any(is_mong(ch) for ch in ln):
            mn_run(p, ln, size * 0.95, bold)
        else:
            r = p.add_run(ln)
            r.font.size = Pt(size)
            r.bold = bold
        out.append(p)
    return out


def mb(key, zh):
    """a bilingual label: the Mongolian line above the Chinese"""
    return MN[key] + "\n" + zh


def docx_bi_table(doc, rows, widths_mm, merges=(), head_rows=(0,), size=9, aligns=None):
    from docx.enum.table import WD_ALIGN_VERTICAL
    t = docx_grid(doc, len(rows), widths_mm)
    covered = set()
    for r1, c1, r2_, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2_, c2))
        covered |= {(rr, cc) for rr in range(r1, r2_ + 1) for cc in range(c1, c2 + 1)} - {(r1, c1)}
    for i, row_ in enumerate(rows):
        for k, v in enumerate(row_):
            if (i, k) in covered:
                continue
            cell = t.cell(i, k)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            al = "c" if aligns is None or i in head_rows else aligns[k]
            bi_para(None, v, size, bold=i in head_rows, align=al, cell=cell)
    return t


def write409(rep, path):
    from docx.shared import Pt
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    doc = new_doc(landscape=True)
    for p in bi_para(doc, MN["title"] + "\n" + "2024年度部门整体支出绩效自评表", 16, True):
        p.paragraph_format.space_after = Pt(3)
    bi_para(doc, MN["unit"] + "　" + MN["money"], 9.5, align="l")
    bi_para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", 10.5,
            align="l")
    rows = [[mb("block", "年度预算执行情况（万元）"), mb("item", "项目"), mb("initial", "年初预算数"),
             mb("adjusted", "全年预算数"), mb("exec", "全年执行数"), mb("weight", "分值"), mb("rate", "执行率"),
             mb("score", "得分")],
            ["", mb("fund", "年度资金总额"), mc(ia), mc(aa), mc(ea), "10", q(rate), f2(M["fs"])],
            ["", mb("basic", "其中：基本支出"), mc(ib), mc(ab), mc(eb), "—", q(rb), "—"],
            ["", mb("project", "项目支出"), mc(ip), mc(ap), mc(ep), "—", q(rp), "—"]]
    docx_bi_table(doc, rows, (40, 52, 30, 30, 30, 24, 24, 24), [(0, 0, 3, 0)], size=9,
                  aligns=["c", "l", "r", "r", "r", "c", "c", "c"])
    doc.add_paragraph()
    rows = [[mb("goal", "年度总体目标"), mb("plan", "预期目标"), mb("done", "实际完成情况")],
            ["", "\n".join(M["plan"]), "\n".join(M["done"])]]
    docx_bi_table(doc, rows, (40, 107, 107), [(0, 0, 1, 0)], size=9, aligns=["c", "l", "l"])
    doc.add_paragraph()
    ind = M["ind"][1:]
    rows = [[mb("l1", "一级指标"), mb("l2", "二级指标"), mb("l3", "三级指标"), mb("target", "年度指标值"),
             mb("actual", "实际完成值"), mb("weight", "分值"), mb("score", "得分"), mb("reason", "偏差原因分析及改进措施")]]
    for x in ind:
        rows.append([mb(x[0], x[0]), mb(x[1], x[1]), x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    merges = [(1 + a, c, 1 + b, c) for c in (0, 1) for a, b in spans(ind, c) if b > a]
    n = len(rows)
    rows.append([mb("sum", "总分"), "", "", "", "", fmt(M["full"]), f2(M["total"]), ""])
    rows.append([mb("grade", "自评等级"), "", "", "", "", mb("优", "优"), "", ""])
    merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
    docx_bi_table(doc, rows, (28, 32, 52, 26, 26, 16, 16, 58), merges, size=8.5,
                  aligns=["c", "c", "l", "c", "c", "c", "c", "l"])
    bi_para(doc, MN["note"], 9, align="l")
    bi_para(doc, NOTE + BANDS, 9, align="l")
    bi_para(doc, MN["sign"], 9, align="l")
    bi_para(doc, "填表人：其木格　　审核人：巴特尔　　联系电话：0479-3222681　　填报日期：2025年4月24日", 9, align="l")
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "xwqwjw"
    cp.title = "西乌珠穆沁旗卫生健康委员会2024年度部门整体支出绩效自评表"
    with open(path, "wb") as f:
        f.write(docx_bytes(doc))


ALL.append(h409())


# ============================================================ h410 和龙市 (XLSX, KOREAN / CHINESE 项目 form)

KO = {"title": "항목지출실적자체평가표", "year": "（2024년도）", "unit": "작성단위(도장)", "money": "금액단위: 만원",
      "project": "항목명칭", "dept": "주관부문", "impl": "실시단위", "funds": "항목자금(만원)", "initial": "년초예산수",
      "adjusted": "전년예산수", "exec": "전년집행수", "weight": "배점", "rate": "집행률", "score": "득점",
      "fund": "년도자금총액", "central": "그중: 중앙재정자금", "prov": "성급재정자금", "city": "시급재정자금",
      "goal": "년도총체목표", "plan": "예기목표", "done": "실제완성정황", "indic": "실적지표", "l1": "1급지표",
      "l2": "2급지표", "l3": "3급지표", "target": "년도지표값", "actual": "실제완성값", "reason": "편차원인분석 및 개선조치",
      "sum": "총점", "grade": "자체평가등급", "优": "우", "note": "설명", "sign": "작성인",
      "产出指标": "산출지표", "效益指标": "효익지표", "满意度指标": "만족도지표", "数量指标": "수량지표", "质量指标": "질량지표",
      "时效指标": "시효지표", "成本指标": "원가지표", "社会效益指标": "사회효익지표", "经济效益指标": "경제효익지표",
      "可持续影响指标": "지속가능영향지표", "服务对象满意度指标": "봉사대상만족도지표"}


def h410():
    dept, unit = "和龙市文化广播电视和旅游局", "和龙市文化馆"
    project = "2024年和龙市朝鲜族非物质文化遗产保护传承项目"
    src = [("中央财政资金", 180.00, 180.00, 168.42), ("省级财政资金", 60.00, 80.00, 71.36),
           ("市级财政资金", 40.00, 40.00, 36.94)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (280.00, 300.00, 276.72, 92.24) and srates == [93.57, 89.20, 92.35], (ea, rate, srates)
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
        assert x[3] <= x[2]
    shown = 92.42  # PLANT EXECUTION_RATE: 年度资金总额 执行率 276.72 ÷ 300.00 = 92.24%, printed 92.42%
    assert shown != rate
    fs = r2(shown / 10)  # the fund line's 得分 follows the printed rate (执行率 × 分值): 9.24 (on 92.24% it is 9.22)
    assert (fs, r2(rate / 10)) == (9.24, 9.22)
    ind = [("", "", "年度资金总额", "", q(shown), 10, fs, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 6.5 against a 分值 of 6 (“超额完成加0.5分”, a bonus the 说明 does not allow)
           ("产出指标", "数量指标", "朝鲜族非遗传承人及骨干培训", "≥300人次", "326人次", 6, 6.5, "超额完成，加0.5分"),
           ("产出指标", "数量指标", "农乐舞、伽倻琴等非遗展演活动", "≥40场", "40场", 6, 6, ""),
           ("产出指标", "数量指标", "非遗项目数字化记录", "≥12项", "14项", 6, 6, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 1个 at full 6, while the 实际完成情况 says the 展厅 has not passed 竣工验收
           ("产出指标", "数量指标", "建设朝鲜族非遗数字展厅", "≥1个", "1个", 6, 6, ""),
           ("产出指标", "质量指标", "数字化记录成果验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "培训学员考核合格率", "≥90%", "93.5%", 5, 5, ""),
           ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "非遗展演场均补助", "≤1.5万元/场", "1.42万元/场", 5, 5, ""),
           ("效益指标", "社会效益指标", "非遗代表性传承人带徒", "≥120人", "108人", 8, P(108, 120, 8),
            "2名传承人因病暂停带徒；按完成比例计分"),
           ("效益指标", "社会效益指标", "惠及群众", "≥5万人次", "5.8万人次", 8, 8, ""),
           ("效益指标", "经济效益指标", "带动民俗旅游收入增长率", "≥8%", "8.6%", 7, 7, ""),
           ("效益指标", "可持续影响指标", "非遗保护传承长效机制", "健全", "基本健全", 7, 6,
            "传承人动态管理和退出机制尚未建立，扣1分"),
           ("满意度指标", "服务对象满意度指标", "非遗传承人满意度", "≥90%", "94.2%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "92.6%", 7, 7, "")]
    assert len(ind) == 15 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("非遗代表性传承人带徒", 7.2, 7.2)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 97.94 and grade(total) == "优", total
    plan = ("目标1：培训朝鲜族非遗传承人及骨干300人次，开展农乐舞、伽倻琴等非遗展演40场，完成12项非遗项目数字化记录，建成朝鲜族非遗"
            "数字展厅1个；目标2：非遗代表性传承人带徒120人，惠及群众5万人次，带动民俗旅游收入增长8%；目标3：传承人和观众满意度均"
            "达到90%以上。")
    done = ("目标1：培训传承人及骨干326人次，开展非遗展演40场，完成14项非遗项目数字化记录；朝鲜族非遗数字展厅完成主体布展，因多媒体"
            "设备调试未通过，截至2024年底尚未完成竣工验收，计划2025年5月对外开放；目标2：传承人带徒108人，惠及群众5.8万人次，民俗"
            "旅游收入增长8.6%；目标3：传承人满意度94.2%，观众满意度92.6%。")
    g = with_project(gold(None, dept, 2024, "COUNTY", "吉林省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, shown), [], grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, fund=(ia, aa, ea, shown, fs), ind=ind,
                total=total, plan=plan, done=done)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"년도자금총액 年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(shown)} | {f2(fs)}", q(shown), q(rate),
             "HIGH", "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = {q(rate)} (92.240%), printed {q(shown)} (digits transposed); the fund line's 得分 "
             f"{f2(fs)} follows the printed rate (on {q(rate)} it is 9.22) and the 总分 carries it: one finding; the three "
             "sources' rates are right"),
           F("ROW_SCORE_OVER_WEIGHT", "朝鲜族非遗传承人及骨干培训",
             "产出指标 | 数量指标 | 朝鲜族非遗传承人及骨干培训 | ≥300人次 | 326人次 | 6 | 6.5 | 超额完成，加0.5分", "6.5", "≤ 6",
             "HIGH", "ERROR",
             "the row scores 6.5 against its 分值 6 (“超额完成，加0.5分”); the 说明 gives a met target its full 分值 and no "
             f"bonus; the 总分 {f2(total)} counts the 6.5 (with 6 it is {f2(r2(total - 0.5))}, 优 either way)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "建设朝鲜族非遗数字展厅",
             "产出指标 | 数量指标 | 建设朝鲜族非遗数字展厅 | ≥1个 | 1个 | 6 | 6; 实际完成情况：朝鲜族非遗数字展厅完成主体布展，因多媒体"
             "设备调试未通过，截至2024年底尚未完成竣工验收，计划2025年5月对外开放", "6", "< 6", "HIGH", "WARNING",
             "the row counts the 数字展厅 as built (1个) and gives the full 6, but the form's own 实际完成情况 says it had not "
             "passed its 竣工验收 by the end of 2024 and opens in May 2025: the year's target was not met, the row should "
             "lose points")]
    return {"stem": "h410_helong_wenlv", "format": "xlsx", "write": write410, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the workbook is BILINGUAL KOREAN / CHINESE (延边朝鲜族自治州): the sheet name (자체평가표 自评表), the "
                      "title, the labels and column headers are printed in Hangul and Chinese — the head block Hangul FIRST "
                      "with the Chinese on a second line in the same cell (“항목명칭\\n项目名称”), the indicator header "
                      "Chinese first with the Hangul after it on one line (“一级指标 1급지표”), the 一级 / 二级 cells Hangul "
                      "first on two lines; the figures and the 三级 names, targets, actuals, reasons and goal texts once, in "
                      "Chinese; the Hangul is a translation, not extra rows or cells; the grade cell prints 优 with 우",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 中央 93.57%, 省级 "
                      "89.20%, 市级 92.35% right (numeric cells under 0.00%); none over budget; 年初 < 全年 (省级 追加 20.00); "
                      "the 其中 lines carry no 分值 / 得分 (“—”) and are not gold rows",
                      "非遗代表性传承人带徒 8 × 108 ÷ 120 = 7.2 (proportion, with a reason); 长效机制 −1 with a reason "
                      "(judgement); 非遗展演活动 40 vs ≥40场 (met exactly); 非遗展演场均补助 1.42 vs ≤1.5万元/场 (a ceiling, "
                      "met; a unit cost, not a budget figure)",
                      f"总分 {f2(total)} = the fund line as printed + the 14 rows (the 6.5 included); 分值 10 + 90 = 100; 优"]}


def write410(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from heldout3_a import normalize_zip
    M = rep["meta"]
    ia, aa, ea, shown, fs = M["fund"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = "hlswgl"
    wb.properties.lastModifiedBy = "hlswhg"
    ws = wb.active
    ws.title = "자체평가표 自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = "바탕"

    def put(r, c, v, bold=False, al="center", size=10, fmt_=None, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name=font, size=size, bold=bold)
        cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        return cell

    def merge(r1, c1, r2_, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    def kz(key, zh, sep="\n"):
        return KO[key] + sep + zh

    ws.row_dimensions[1].height = 44
    put(1, 1, kz("title", "项目支出绩效自评表"), True, size=15)
    merge(1, 1, 1, 9)
    put(2, 1, "（2024년도）（2024年度）", size=10.5)
    merge(2, 1, 2, 9)
    put(3, 1, f"{KO['unit']} 填报单位（盖章）：{M['dept']}", al="left", size=10)
    merge(3, 1, 3, 6)
    put(3, 7, f"{KO['money']} 金额单位：万元", al="right", size=10)
    merge(3, 7, 3, 9)
    r = 4
    put(r, 1, kz("project", "项目名称"))
    put(r, 2, M["project"], al="left")
    merge(r, 2, r, 9)
    r = 5
    put(r, 1, kz("dept", "主管部门"))
    put(r, 2, M["dept"], al="left")
    merge(r, 2, r, 4)
    put(r, 5, kz("impl", "实施单位"))
    put(r, 6, M["unit"], al="left")
    merge(r, 6, r, 9)
    r = 6
    put(r, 1, kz("funds", "项目资金（万元）"))
    merge(r, 1, r + 4, 1)
    put(r, 2, "")
    merge(r, 2, r, 3)
    for c, (k, zh) in enumerate((("initial", "年初预算数"), ("adjusted", "全年预算数"), ("exec", "全年执行数"),
                                 ("weight", "分值"), ("rate", "执行率"), ("score", "得分")), start=4):
        put(r, c, kz(k, zh), True)
    r = 7
    put(r, 2, kz("fund", "年度资金总额"), al="left")
    merge(r, 2, r, 3)
    put(r, 4, ia, fmt_="#,##0.00")
    put(r, 5, aa, fmt_="#,##0.00")
    put(r, 6, ea, fmt_="#,##0.00")
    put(r, 7, 10)
    put(r, 8, round(shown / 100, 4), fmt_="0.00%")
    put(r, 9, fs)
    for k, (x, rt) in enumerate(zip(M["src"], M["srates"])):
        r = 8 + k
        key = ("central", "prov", "city")[k]
        put(r, 2, KO[key] + "\n" + ("其中：" if k == 0 else "") + x[0], al="left")
        merge(r, 2, r, 3)
        put(r, 4, x[1], fmt_="#,##0.00")
        put(r, 5, x[2], fmt_="#,##0.00")
        put(r, 6, x[3], fmt_="#,##0.00")
        put(r, 7, "—")
        put(r, 8, round(rt / 100, 4), fmt_="0.00%")
        put(r, 9, "—")
    r = 11
    put(r, 1, kz("goal", "年度总体目标"))
    merge(r, 1, r + 1, 1)
    put(r, 2, kz("plan", "预期目标"), True)
    merge(r, 2, r, 5)
    put(r, 6, kz("done", "实际完成情况"), True)
    merge(r, 6, r, 9)
    put(r + 1, 2, M["plan"], al="left")
    merge(r + 1, 2, r + 1, 5)
    put(r + 1, 6, M["done"], al="left")
    merge(r + 1, 6, r + 1, 9)
    ws.row_dimensions[r + 1].height = 150
    r = 13
    h0 = r
    put(r, 1, kz("indic", "绩效指标"))
    for c, (k, zh) in enumerate((("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("target", "年度指标值"),
                                 ("actual", "实际完成值"), ("weight", "分值"), ("score", "得分"),
                                 ("reason", "偏差原因分析及改进措施")), start=2):
        put(r, c, zh + " " + KO[k], True)
    ind = M["ind"][1:]
    for i, x in enumerate(ind):
        rr = h0 + 1 + i
        put(rr, 2, KO[x[0]] + "\n" + x[0])
        put(rr, 3, KO[x[1]] + "\n" + x[1])
        put(rr, 4, x[2], al="left")
        put(rr, 5, x[3])
        put(rr, 6, x[4])
        put(rr, 7, x[5])
        put(rr, 8, x[6])
        put(rr, 9, x[7] or None, al="left")
        ws.row_dimensions[rr].height = 30
    for c in (2, 3):
        for a, b in spans(ind, c - 2):
            if b > a:
                merge(h0 + 1 + a, c, h0 + 1 + b, c)
    last = h0 + len(ind)
    merge(h0, 1, last, 1)
    r = last + 1
    put(r, 1, kz("sum", "总分", " "), True)
    merge(r, 1, r, 6)
    put(r, 7, 100)
    put(r, 8, M["total"])
    put(r, 9, f"{KO['grade']} 自评等级：优（{KO['优']}）")
    for rr in range(4, r + 1):
        for c in range(1, 10):
            ws.cell(row=rr, column=c).border = box
    r += 1
    put(r, 1, KO["note"] + " " + NOTE + BANDS, al="left", size=9, border=False)
    merge(r, 1, r, 9)
    ws.row_dimensions[r].height = 42
    r += 1
    put(r, 1, f"{KO['sign']} 填报人：金英花　　联系电话：0433-4222608　　填报日期：2025年4月16日", al="left", size=9,
        border=False)
    merge(r, 1, r, 9)
    for c, w in zip("ABCDEFGHI", (12, 14, 14, 24, 12, 12, 8, 9, 26)):
        ws.column_dimensions[c].width = w
    for rr in (4, 5, 6, 7, 8, 9, 10, 11, 13):
        ws.row_dimensions[rr].height = 32
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    normalize_zip(path)


ALL.append(h410())


# ============================================================ h411 昭觉县农业农村局 (HTML, YI / CHINESE headings)

def yi(names):
    """Yi syllables from their Unicode names (a phonetic rendering of the Chinese term, syllable by syllable)"""
    return "".join(unicodedata.lookup("YI SYLLABLE " + s_) for s_ in names.split())


YI = {k: yi(v) for k, v in {
    "title": "ZHUO JIE XIE NU YIE NU CU JU BU MO ZHE TI ZHY CHU JI XIE ZY PI BO GO",
    "h1": "BU MO JI BE QI KO", "h2": "BU MO YU SUO ZHY XI QI KO", "h3": "JI XIE ZHY BIE WA CHE QI KO",
    "h4": "ZY PI JIE LU", "h5": "CU ZZI WE TI JI GE JI CO SHY", "t1": "BO YI BU MO YU SUO ZHY XI QI KO",
    "t2": "BO RE YI JI ZHY BIE DE FU QI KO", "t3": "BO SA JI XIE ZHY BIE PI FU BO",
    "item": "XIE MU", "initial": "NIE CHU YU SUO SU", "adjusted": "QUO NIE YU SUO SU", "exec": "QUO NIE ZHY XI SU",
    "rate": "ZHY XI LY", "l1": "YI JI ZHY BIE", "l2": "RE JI ZHY BIE", "l3": "SA JI ZHY BIE", "weight": "FU ZHY",
    "rule": "PI FU BIE ZHU", "target": "NIE DU ZHY BIE ZHY", "actual": "SHY JI WA CHE ZHY", "score": "DE FU",
    "reason": "PIE CHA YUO YI FU XI", "total": "HO JI", "basic": "JI BE ZHY CHU", "project": "XIE MU ZHY CHU",
    "grade": "ZY PI DE JI", "rate2": "DE FU LY", "site": "ZHUO JIE XIE RE MI ZHE FU"}.items()}


def ys(key, zh, tag="br"):
    """the Yi above the Chinese: <span lang="ii"> then a line break"""
    return f'<span lang="ii" class="yi">{YI[key]}</span><{tag}/>{htmlmod.escape(zh)}'


def h411():
    dept = "昭觉县农业农村局"
    ib, ip = 1286.40, 5320.00
    ab, ap = 1312.56, 7845.30
    eb = 1328.09  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 1,328.09 over its 全年预算数 1,312.56 (101.18%)
    ep = 7216.75
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (6606.40, 9157.86, 8544.84, 93.31, 101.18, 91.99), (rate, rb, rp)
    assert eb > ab and ep < ap and ea < aa
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    no_half(6 * rate / 100, "执行率 × 6")
    carry = q(r2(100 - rate))
    assert carry == "6.69%"
    PR = "达到指标值得满分；未达到的按“实际完成值÷指标值×分值”计分"
    # PLANT MALFORMED_RULE: the 马铃薯良种推广面积 bands overlap (90%–100% → 4 and 80%–95% → 2 both hold 90%–95%)
    BAD = "完成率≥100%得6分；90%（含）—100%得4分；80%（含）—95%得2分；80%以下不得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "", "目标与部门职责相符、依据充分得4分；否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3, "2项效益指标未细化量化，扣1分",
            "指标细化、量化得4分；每发现一项未量化扣0.5分"),
           ("决策", "决策过程", "预算编制科学性", "科学", "科学", 4, 4, "", "预算编制经过论证、测算依据充分得4分；否则酌情扣分"),
           ("决策", "决策过程", "资金分配合理性", "合理", "合理", 3, 3, "", "资金分配与年度重点任务相匹配得3分；否则酌情扣分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, r2(6 * rate / 100), "部分高标准农田项目资金结转下年",
            "预算执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤10%", carry, 3, 3, "", "≤10%得满分；每超出1个百分点扣0.5分"),
           ("过程", "预算管理", "“三公”经费控制率", "≤100%", "82.4%", 3, 3, "", "≤100%得满分；超出不得分"),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, "", "按规定执行政府采购得满分；否则酌情扣分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分农机具登记入账不及时，扣0.5分",
            "资产账实相符、处置规范得3分；发现一处问题扣0.5分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 2, 2, "", "资金使用符合规定得2分；发现违规不得分"),
           ("产出", "数量指标", "高标准农田建设面积", "≥2.5万亩", "2.62万亩", 6, 6, "", PR),
           ("产出", "数量指标", "马铃薯良种推广面积", "≥8万亩", "8.4万亩", 6, 6, "", BAD),
           ("产出", "数量指标", "“一村一品”示范村建设", "≥15个", "15个", 5, 5, "", PR),
           ("产出", "质量指标", "动物疫病强制免疫密度", "≥90%", "95.2%", 5, 5, "", PR),
           ("产出", "质量指标", "农产品质量安全监测合格率", "≥98%", "97.3%", 5, P(97.3, 98, 5),
            "个别蔬菜样品农药残留超标，已溯源处置", PR),
           ("产出", "时效指标", "惠农补贴资金发放及时率", "100%", "100%", 4, 4, "", "按时足额发放得满分；每延迟一批次扣1分"),
           ("产出", "成本指标", "高标准农田亩均财政投入", "≤3000元/亩", "2950元/亩", 4, 4, "", "不超过指标值得满分；超出不得分"),
           ("效益", "经济效益", "农村居民人均可支配收入增长率", "≥7%", "7.6%", 6, 6, "", PR),
           ("效益", "经济效益", "马铃薯产业综合产值", "≥9亿元", "8.6亿元", 6, P(8.6, 9, 6), "受市场价格下行影响", PR),
           ("效益", "社会效益", "防止规模性返贫", "不发生", "未发生", 6, 6, "", "未发生规模性返贫得满分；否则不得分"),
           ("效益", "生态效益", "畜禽粪污综合利用率", "≥80%", "82.3%", 4, 4, "", PR),
           ("效益", "可持续影响", "农业产业发展长效机制", "健全", "基本健全", 4, 3, "利益联结机制尚不完善，扣1分",
            "根据机制建设情况酌情评分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "91.6%", 4, 4, "", "≥90%得满分；每低1个百分点扣1分")]
    no_half(5 * 97.3 / 98, "监测合格率")
    no_half(6 * 8.6 / 9, "产值")
    assert len(ind) == 23 and s2(ind, 5) == 100
    rsecs = secs_of(ind, ["决策", "过程", "产出", "效益"])
    assert rsecs == [("决策", 15, 14), ("过程", 20, 19.1), ("产出", 35, 34.96), ("效益", 30, 28.73)], rsecs
    # PLANT SECTION_VS_ROWS: 表2 prints 产出 34.69; the seven 产出 rows add to 34.96
    secs = [(n, w, 34.69 if n == "产出" else s_) for n, w, s_ in rsecs]
    total = s2(ind, 6)
    assert total == 96.79 and grade(total) == "优" and r2(sum(s_ for _, _, s_ in secs)) == 96.52, total
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows([x[:8] for x in ind]))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, secs=secs, total=total)
    fnd = [F("SECTION_VS_ROWS", "产出",
             "表2 | 产出 | 35 | 34.69", "34.69", "34.96", "HIGH", "ERROR",
             "the seven 产出 rows of 表3 score 6 + 6 + 5 + 5 + 4.96 + 4 + 4 = 34.96 (only 农产品质量安全监测合格率 loses "
             "0.04); 表2 prints 34.69 (digits transposed); 表2's 合计 96.79 and 四's text add the rows, not 表2's column "
             "(14 + 19.1 + 34.69 + 28.73 = 96.52): one finding"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"其中：基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {q(rb)}", mc(eb), f"≤ {mc(ab)}", "HIGH", "WARNING",
             f"基本支出 spent {mc(eb)} against a 全年预算数 of {mc(ab)} ({q(rb)}, {mc(r2(eb - ab))} over) with no 调整 or "
             f"reason given (二's text repeats the figures); 项目支出 ({q(rp)}) and the whole ({q(rate)}) are under budget"),
           F("MALFORMED_RULE", "马铃薯良种推广面积",
             f"马铃薯良种推广面积 | 6 | {BAD}", BAD, "90%–95% in two bands (4 and 2)", "HIGH", "WARNING",
             "the 评分标准's bands overlap: 90%（含）—100% pays 4 and 80%（含）—95% pays 2, so a 完成率 from 90% to 95% has "
             "two scores; the row's 105% (8.4 of 8万亩) is in the top band, so its 6 stands — the rule, not the score, "
             "needs correcting")]
    return {"stem": "h411_zhaojue_nongye", "format": "html", "html": html411(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is BILINGUAL YI / CHINESE in its headings: the h1, the five section headings, the table "
                      "captions and every table header carry a line of Yi syllables (U+A000–U+A48F, a phonetic rendering "
                      "of the Chinese term) in `<span lang=\"ii\">` ABOVE the Chinese (a `<br/>` between); the portal's "
                      "site name too; the body text, the figures and the rows' own texts are in Chinese only; the Yi "
                      "lines are translations, not extra rows, cells or headings",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)} "
                      f"(over 100%: the finding, arithmetically right) and 项目 {q(rp)} right; 年初 < 全年 (追加)",
                      f"预算执行率 6 × {q(rate)} = 5.599 → 5.6 (its 评分标准, with a reason); 结转结余率 {carry} = 100% − "
                      f"{q(rate)} vs ≤10% (a ceiling, met); “三公”经费控制率 82.4% vs ≤100% (met)",
                      "农产品质量安全监测合格率 5 × 97.3 ÷ 98 = 4.964 → 4.96 and 马铃薯产业综合产值 6 × 8.6 ÷ 9 = 5.733 → "
                      "5.73 (proportion, with reasons); 指标明确性 −1, 资产管理 −0.5, 长效机制 −1 with reasons "
                      "(judgement); “一村一品”示范村 15 vs ≥15个 (met exactly); 亩均财政投入 2950 vs ≤3000元/亩 (a ceiling, "
                      "met; a unit cost, not a budget figure); 防止规模性返贫 未发生 vs 不发生 (met)",
                      "表2: 决策 15 | 14, 过程 20 | 19.1, 效益 30 | 28.73 equal their rows; 合计 100 | 96.79 = the 23 rows "
                      "= 四's text; 优"]}


def html411(M):
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    e = htmlmod.escape
    L = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{M['dept']}2024年度部门整体支出绩效自评报告-昭觉县人民政府</title>",
         '<meta name="SiteName" content="昭觉县人民政府">', '<meta name="ColumnName" content="绩效管理">',
         '<meta name="PubDate" content="2025-06-16 10:42">',
         '<link rel="stylesheet" href="/static/css/main.css">',
         "<style>.yi{font-family:\"Nuosu SIL\",\"Microsoft Yi Baiti\",serif;font-size:0.92em;color:#333}"
         ".art table{border-collapse:collapse;margin:8px auto;width:100%}.art td,.art th{border:1px solid #666;"
         "padding:4px 5px;font-size:14px;text-align:center}.art td.l{text-align:left}.art td.r{text-align:right}"
         ".art th{background:#f2f2f2;font-weight:bold}</style>", "</head>", "<body>",
         f'<div class="header"><div class="logo"><a href="/"><span lang="ii" class="yi">{YI["site"]}</span><br/>'
         "昭觉县人民政府</a></div><div class=\"search\"><input type=\"text\" placeholder=\"请输入关键字\"/>"
         "<button>搜索</button></div></div>",
         '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
         '<a href="/hdjl/">互动交流</a><a href="/zjzj/">走进昭觉</a></div>',
         '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jxgl/">'
         "绩效管理</a> &gt; 部门绩效自评</div>",
         '<div class="art">', f"<h1>{ys('title', M['dept'] + '2024年度部门整体支出绩效自评报告')}</h1>",
         '<div class="info">发布时间：2025-06-16 10:42　来源：昭觉县农业农村局　阅读：<span id="hits">863</span>次</div>',
         '<div class="content">',
         "<p>　　根据昭觉县财政局《关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局对2024年度部门整体支出开展了"
         "绩效自评，现将有关情况报告如下。</p>",
         f"<h3>{ys('h1', '一、部门基本情况')}</h3>",
         "<p>　　昭觉县农业农村局是县政府工作部门，主要负责全县农业农村经济发展规划、高标准农田建设、农产品质量安全监管、"
         "动物疫病防控、惠农补贴发放和巩固拓展脱贫攻坚成果同乡村振兴有效衔接等工作。局机关内设7个股室，下属农业技术推广站、"
         "畜牧兽医服务中心等6个事业单位，2024年末在职人员186人。</p>",
         f"<h3>{ys('h2', '二、部门预算执行情况')}</h3>",
         f"<p>　　2024年度部门年初预算{mc(ia)}万元，全年预算{mc(aa)}万元，全年执行{mc(ea)}万元，预算执行率{q(rate)}。"
         f"其中：基本支出全年预算{mc(ab)}万元，执行{mc(eb)}万元；项目支出全年预算{mc(ap)}万元，执行{mc(ep)}万元。具体见表1。</p>",
         f'<p style="text-align:center"><strong>{ys("t1", "表1　部门预算执行情况")}</strong></p>',
         '<p style="text-align:right">金额单位：万元</p>',
         "<table>", f"<tr><th>{ys('item', '项目')}</th><th>{ys('initial', '年初预算数')}</th><th>{ys('adjusted', '全年预算数')}"
         f"</th><th>{ys('exec', '全年执行数')}</th><th>{ys('rate', '执行率')}</th></tr>"]
    for key, lab, a, b, x, rt in (("total", "合计", ia, aa, ea, rate), ("basic", "其中：基本支出", ib, ab, eb, rb),
                                  ("project", "项目支出", ip, ap, ep, rp)):
        L.append(f'<tr><td class="l">{e(lab)}</td><td class="r">{mc(a)}</td><td class="r">{mc(b)}</td>'
                 f'<td class="r">{mc(x)}</td><td>{q(rt)}</td></tr>')
    L += ["</table>", f"<h3>{ys('h3', '三、绩效指标完成情况')}</h3>",
          "<p>　　我局按照决策、过程、产出、效益4个一级指标，设置23个三级指标开展自评，各一级指标得分情况见表2，三级指标完成及"
          "评分情况见表3。</p>",
          f'<p style="text-align:center"><strong>{ys("t2", "表2　一级指标得分情况")}</strong></p>',
          "<table>", f"<tr><th>{ys('l1', '一级指标')}</th><th>{ys('weight', '分值')}</th><th>{ys('score', '得分')}</th></tr>"]
    for n, w, s_ in M["secs"]:
        L.append(f"<tr><td>{n}</td><td>{fmt(w)}</td><td>{f2(s_)}</td></tr>")
    L += [f"<tr><td>{ys('total', '合计')}</td><td>100</td><td>{f2(M['total'])}</td></tr>", "</table>",
          f'<p style="text-align:center"><strong>{ys("t3", "表3　三级指标完成及评分情况")}</strong></p>',
          "<table>", f"<tr><th>{ys('l1', '一级指标')}</th><th>{ys('l2', '二级指标')}</th><th>{ys('l3', '三级指标')}</th>"
          f"<th>{ys('weight', '分值')}</th><th>{ys('rule', '评分标准')}</th><th>{ys('target', '年度指标值')}</th>"
          f"<th>{ys('actual', '实际完成值')}</th><th>{ys('score', '得分')}</th><th>{ys('reason', '偏差原因分析')}</th></tr>"]
    ind = M["ind"]
    rs0 = {a: b - a + 1 for a, b in spans(ind, 0)}
    rs1 = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in rs0:
            cells.append(f'<td rowspan="{rs0[i]}">{e(x[0])}</td>' if rs0[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in rs1:
            cells.append(f'<td rowspan="{rs1[i]}">{e(x[1])}</td>' if rs1[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f'<td class="l">{e(x[2])}</td>', f"<td>{fmt(x[5])}</td>", f'<td class="l">{e(x[8])}</td>',
                  f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>", f"<td>{fmt(x[6])}</td>",
                  f'<td class="l">{e(x[7]) or "&nbsp;"}</td>']
        L.append("<tr>" + "".join(cells) + "</tr>")
    L += [f'<tr><td colspan="3">{ys("total", "合计")}</td><td>100</td><td colspan="3">&nbsp;</td><td>{f2(M["total"])}</td>'
          "<td>&nbsp;</td></tr>", "</table>",
          f"<h3>{ys('h4', '四、自评结论')}</h3>",
          f"<p>　　经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。评价等级划分：{BANDS}</p>",
          f"<h3>{ys('h5', '五、存在的问题及改进措施')}</h3>",
          "<p>　　一是部分高标准农田建设项目资金下达较晚，形成结转，预算执行率有待提高；二是个别蔬菜样品农药残留超标，农产品"
          "质量安全监管仍需加强；三是马铃薯产业受市场价格影响，产值未达预期，利益联结机制尚不完善。下一步，我局将加快项目"
          "实施和资金支付进度，加强农产品质量安全监测，完善产业利益联结机制。</p>",
          f'<p style="text-align:right">{M["dept"]}</p>', '<p style="text-align:right">2025年6月10日</p>',
          "</div>", '<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">'
          "【关闭】</a></div>", "</div>",
          '<div class="footer"><p>主办单位：昭觉县人民政府办公室　　技术支持：昭觉县融媒体中心</p>'
          "<p>网站标识码：5134310001　　蜀ICP备12008735号　　川公网安备 51343102000107号</p></div>",
          "</body>", "</html>", ""]
    return "\n".join(L)


ALL.append(h411())


# ============================================================ a small PIL page writer (text, wrapped lines, ruled grids)

_FONTS = {}


def pfont(path, size):
    from PIL import ImageFont
    k = (path, size)
    if k not in _FONTS:
        _FONTS[k] = ImageFont.truetype(path, size, index=SC)
    return _FONTS[k]


class PilSheet:
    """draws on a PIL image in pixels: txt (top-left anchored line boxes), wrapped paragraphs and ruled grids whose
    every cell (a merged one once) is its own rectangle, as reports66's Sheet does on a PDF page"""

    def __init__(self, img, x0, reg, bold, ink=(0, 0, 0), lw=2):
        from PIL import ImageDraw
        self.img, self.d = img, ImageDraw.Draw(img)
        self.X0, self.reg, self.bold, self.ink, self.lw = x0, reg, bold, ink, lw
        self.y = 0

    def width(self, s_, size, bold=False):
        return pfont(self.bold if bold else self.reg, size).getlength(s_)

    def txt(self, x, y, s_, size, align="l", bold=False):
        w = self.width(s_, size, bold)
        xx = x - w / 2 if align == "c" else x - w if align == "r" else x
        self.d.text((round(xx), round(y)), s_, font=pfont(self.bold if bold else self.reg, size), fill=self.ink)

    def wrap(self, text, width, size, bold=False):
        import re
        out = []
        for part in (text or "").split("\n"):
            cur = ""
            for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", part):
                if self.width(cur + tok, size, bold) > width and cur and tok not in "，。；、）”：%":
                    out.append(cur)
                    cur = tok
                else:
                    cur += tok
            out.append(cur)
        return out

    def para(self, s_, size, width, lead, indent=True, align="l", bold=False):
        for ln in self.wrap(("　　" if indent else "") + s_, width, size, bold):
            x = self.X0 + width / 2 if align == "c" else self.X0 + width if align == "r" else self.X0
            self.txt(x, self.y, ln, size, align, bold)
            self.y += lead

    def grid(self, rows, widths, merges=(), size=22, aligns=None, head_rows=(), pad=8, lead=30, bold_rows=(),
             cell_al=None):
        cover = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cover[(rr, cc)] = (r1, c1, r2_, c2)
        xs = [self.X0]
        for w in widths:
            xs.append(xs[-1] + w)
        heights = []
        for r, row_ in enumerate(rows):
            h = lead + 2 * pad
            for k, s_ in enumerate(row_):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue
                span = (m[3] - m[1] + 1) if m else 1
                n = len(self.wrap(s_ or "", sum(widths[k:k + span]) - 2 * pad, size, r in head_rows))
                h = max(h, n * lead + 2 * pad)
            heights.append(h)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        for r, row_ in enumerate(rows):
            for k, s_ in enumerate(row_):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r], ys[r2_ + 1]
                self.d.rectangle((xa, ya, xb, yb), outline=self.ink, width=self.lw)
                b = r in head_rows or r in bold_rows
                lines = self.wrap(s_, xb - xa - 2 * pad, size, b) if s_ else []
                al = "c" if (aligns is None or r in head_rows) else (cell_al or {}).get((r, k), aligns[k])
                ty = (ya + yb) / 2 - len(lines) * lead / 2 + (lead - size) / 2 - size * 0.24
                for i, ln in enumerate(lines):
                    xx = (xa + xb) / 2 if al == "c" else xa + pad if al == "l" else xb - pad
                    self.txt(xx, ty + i * lead, ln, size, al, b)
        self.y = ys[-1]
        return ys


# ============================================================ h412 通渭县 (PHONE PHOTO JPEG of the printed 项目 form)

def h412():
    dept, unit = "通渭县农业农村局", "通渭县农业技术推广中心"
    project = "2024年通渭县旱作农业全膜双垄沟播技术推广项目"
    src = [("中央财政资金", 1200.00, 1200.00, 1163.52), ("省级财政资金", 420.00, 460.00, 438.65),
           ("县级财政资金", 80.00, 80.00, 72.36)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (1700.00, 1740.00, 1674.53, 96.24) and srates == [96.96, 95.36, 90.45], (rate, srates)
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
        assert x[3] <= x[2]
    fs = 9.26  # PLANT BUDGET_ROW_SCORE: the 说明's rule 执行率 × 分值 gives 96.24% × 10 = 9.62; printed 9.26
    assert r2(rate / 10) == 9.62 and fs != 9.62
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 28.6 of ≥30万亩 at full 10, no 偏差原因 (the proportion rule gives 9.53)
           ("产出指标", "数量指标", "全膜双垄沟播玉米推广面积", "≥30万亩", "28.6万亩", 10, 10, ""),
           ("产出指标", "数量指标", "全膜马铃薯推广面积", "≥12万亩", "11.2万亩", 8, P(11.2, 12, 8), "部分乡镇改种小杂粮"),
           ("产出指标", "数量指标", "废旧地膜回收利用面积", "≥40万亩", "40万亩", 6, 6, ""),
           ("产出指标", "质量指标", "示范区玉米单产提高", "≥8%", "5.8%", 6, P(5.8, 8, 6), "7月遭遇阶段性干旱"),
           ("产出指标", "质量指标", "废旧地膜回收率", "≥85%", "80.2%", 6, P(80.2, 85, 6), "部分村回收网点不足"),
           ("产出指标", "时效指标", "地膜补贴资金发放及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "亩均地膜补助标准", "≤40元/亩", "40元/亩", 6, 6, ""),
           ("效益指标", "经济效益指标", "项目区农户亩均增收", "≥260元", "214元", 8, P(214, 260, 8), "玉米收购价格下降"),
           ("效益指标", "社会效益指标", "带动农户", "≥5.2万户", "4.6万户", 8, P(4.6, 5.2, 8), "种植面积未达计划"),
           ("效益指标", "生态效益指标", "农田残膜污染治理", "有效控制", "基本控制", 6, 4, "残膜回收仍有死角，扣2分"),
           ("效益指标", "可持续影响指标", "旱作农业技术推广长效机制", "健全", "基本健全", 6, 3,
            "技术服务队伍不稳定，扣3分"),
           ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "86.5%", 8, P(86.5, 90, 8), "对补贴标准有意见"),
           ("满意度指标", "服务对象满意度指标", "乡镇农技人员满意度", "≥90%", "93%", 6, 6, "")]
    for a, t, w in ((11.2, 12, 8), (5.8, 8, 6), (80.2, 85, 6), (214, 260, 8), (4.6, 5.2, 8), (86.5, 90, 8), (28.6, 30, 10)):
        no_half(w * a / t, (a, t))
    assert len(ind) == 14 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])][0] == ("全膜双垄沟播玉米推广面积", 10, 9.53), missed_ok(ind)
    assert all(x[3] for x in missed_ok(ind[1:])[1:])
    total = s2(ind, 6)
    assert total == 89.09 and grade(total) == "良", total
    assert grade(r2(total - fs + 9.62)) == "良" and grade(r2(total - 10 + 9.53)) == "良"
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.07 is 良 under the printed bands (80–90)
    plan = ("目标1：推广全膜双垄沟播玉米30万亩、全膜马铃薯12万亩，回收利用废旧地膜40万亩；目标2：示范区玉米单产提高8%以上，"
            "项目区农户亩均增收260元以上，带动农户5.2万户；目标3：受益农户满意度达到90%以上。")
    done = ("目标1：推广全膜双垄沟播玉米28.6万亩、全膜马铃薯11.2万亩，回收利用废旧地膜40万亩；目标2：示范区玉米单产提高5.8%，"
            "农户亩均增收214元，带动农户4.6万户；目标3：受益农户满意度86.5%。")
    g = with_project(gold(None, dept, 2024, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total, 100, printed_grade,
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, fund=(ia, aa, ea, rate, fs), ind=ind,
                total=total, grade=printed_grade, plan=plan, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), "9.62", "HIGH", "ERROR",
             f"the 说明 scores the fund line 执行率 × 分值: {q(rate)} × 10 = 9.62, printed {f2(fs)} (digits transposed); the "
             f"总分 {f2(total)} carries the {f2(fs)} (with 9.62 it is {f2(r2(total - fs + 9.62))}, 良 either way): one finding"),
           F("TARGET_MISSED_FULL_MARKS", "全膜双垄沟播玉米推广面积",
             "产出指标 | 数量指标 | 全膜双垄沟播玉米推广面积 | ≥30万亩 | 28.6万亩 | 10 | 10 |", "10", "< 10", "HIGH", "WARNING",
             "28.6万亩 falls short of the ≥30万亩 target (the 实际完成情况 repeats 28.6) yet the row keeps its full 10 with "
             "no 偏差原因; the 说明's proportion rule gives 10 × 28.6 ÷ 30 = 9.53"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"总分 | 100 | {f2(total)} | 自评等级：优", "优", "良", "HIGH", "ERROR",
             f"the form's own 说明 (90分（含）以上为“优”，80分（含）至90分为“良”) puts {f2(total)} in 良; it prints 优 "
             "(with the fund line and the 玉米 row corrected the total is lower still: 良)")]
    return {"stem": "h412_tongwei_nongye", "format": "jpg", "write": write412, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a PHONE PHOTO of the printed form (JPEG, 3000 × 2250 pixels as stored, camera EXIF: "
                      "Make / Model, DateTimeOriginal, Orientation 6 — the pixels are stored SIDEWAYS and a viewer that "
                      "honours the tag turns them 90° clockwise to an upright 2250 × 3000 portrait); no text layer: the "
                      "form must be read by OCR after the turn; the page lies on a desk in slight perspective (its edges "
                      "not parallel to the frame), the light falls off towards the bottom right; the desk, the page's "
                      "shadow and the JPEG noise are not content",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "96.96%, 省级 95.36%, 县级 90.45% right; none over budget; 年初 < 全年 (省级 追加 40.00); the 其中 "
                      "lines carry no 分值 / 得分 and are not gold rows",
                      "seven rows below target scored by the proportion with reasons (马铃薯 7.47, 单产 4.35, 回收率 5.66, "
                      "增收 6.58, 带动 7.08, 农户满意度 7.69); 残膜治理 −2 and 长效机制 −3 with reasons (judgement); "
                      "废旧地膜回收利用面积 40 vs ≥40万亩 (met exactly); 亩均地膜补助标准 40 vs ≤40元/亩 (a ceiling, met "
                      "exactly; not a budget figure)",
                      f"总分 {f2(total)} = the fund line as printed + the 13 rows (the 10 included); 分值 10 + 90 = 100"]}


def page412(M, dpi=200):
    """the printed A4 form as a white page image (mode L) at dpi"""
    from PIL import Image
    W, Hh = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    img = Image.new("L", (W, Hh), 255)
    s = dpi / 72.0
    sh = PilSheet(img, round(48 * s), SERIF, SERIF_B, ink=0, lw=2)
    ia, aa, ea, rate, fs = M["fund"]
    sh.y = round(42 * s)
    sh.txt(W / 2, sh.y, "项目支出绩效自评表", round(17 * s), "c", bold=True)
    sh.y += round(26 * s)
    sh.txt(W / 2, sh.y, "（2024年度）", round(10.5 * s), "c")
    sh.y += round(20 * s)
    sh.txt(sh.X0, sh.y, f"填报单位（盖章）：{M['dept']}", round(9.5 * s))
    sh.txt(W - sh.X0, sh.y, "金额单位：万元", round(9.5 * s), "r")
    sh.y += round(17 * s)
    sz, lead, pad = round(8.2 * s), round(11 * s), round(3 * s)
    usable = W - 2 * sh.X0
    cols = [62, 70, 54, 54, 54, 28, 44, 31]
    k = usable / sum(cols)
    cw = [round(c * k) for c in cols]
    cw[-1] = usable - sum(cw[:-1])
    rows = [["项目名称", M["project"]] + [""] * 6,
            ["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(ia), mc(aa), mc(ea), "10", q(rate), f2(fs)]]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)]
    for i, (x, rt) in enumerate(zip(M["src"], M["srates"])):
        rows.append(["", ("其中：" if i == 0 else "") + x[0], mc(x[1]), mc(x[2]), mc(x[3]), "—", q(rt), "—"])
    merges.append((2, 0, len(rows) - 1, 0))
    r = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""], ["", M["plan"], "", "", M["done"], "", "", ""]]
    merges += [(r, 0, r + 1, 0), (r, 1, r, 3), (r, 4, r, 7), (r + 1, 1, r + 1, 3), (r + 1, 4, r + 1, 7)]
    cal = {(1, 4): "c", (r, 1): "c", (r, 4): "c", (r + 1, 4): "l"}
    cal.update({(2, k): "c" for k in range(8)})
    sh.grid(rows, cw, merges, size=sz, aligns=["c", "l", "r", "r", "r", "c", "c", "c"], pad=pad, lead=lead, cell_al=cal)
    sh.y += round(8 * s)  # the indicator table is a second table, a small gap below the head block
    cols = [50, 50, 92, 48, 48, 26, 30, 55]
    k = usable / sum(cols)
    cw = [round(c * k) for c in cols]
    cw[-1] = usable - sum(cw[:-1])
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    ind = M["ind"][1:]
    for x in ind:
        rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    merges = [(1 + a, c, 1 + b, c) for c in (0, 1) for a, b in spans(ind, c) if b > a]
    n = len(rows)
    rows.append(["总分", "", "", "", "", "100", f2(M["total"]), f"自评等级：{M['grade']}"])
    merges.append((n, 0, n, 4))
    sh.grid(rows, cw, merges, size=sz, aligns=["c", "c", "l", "c", "c", "c", "c", "l"], head_rows=(0,), pad=pad,
            lead=lead)
    sh.y += round(8 * s)
    sh.para(NOTE + BANDS, round(8 * s), usable, round(12.5 * s), indent=False)
    sh.y += round(4 * s)
    sh.txt(sh.X0, sh.y, "填报人：李建军　　联系电话：0932-5312086　　填报日期：2025年4月20日", round(8.5 * s))
    assert sh.y < Hh - 40 * s, (sh.y, Hh)
    return img


def perspective_coeffs(dst, src):
    """the 8 coefficients PIL's PERSPECTIVE transform wants: output point (x, y) → input point, from 4 pairs"""
    import numpy as np
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(A, float), np.array(b, float))]


def write412(rep, path):
    import numpy as np
    from PIL import Image, ImageFilter
    M = rep["meta"]
    page = page412(M)
    pw, ph = page.size
    FW, FH = 2250, 3000  # the upright photo (3:4)
    quad = [(170, 230), (2090, 182), (2140, 2830), (118, 2868)]  # the page's corners in the photo: TL, TR, BR, BL
    rgb = Image.merge("RGB", [page.point(lambda p: int(p * (236 - 34) / 255 + 34)),
                              page.point(lambda p: int(p * (232 - 32) / 255 + 32)),
                              page.point(lambda p: int(p * (224 - 30) / 255 + 30))])
    warped = rgb.transform((FW, FH), Image.PERSPECTIVE,
                           perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)]), Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((FW, FH), Image.PERSPECTIVE,
                                                    perspective_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)]),
                                                    Image.BILINEAR)
    rs = np.random.RandomState(412)
    yy, xx = np.mgrid[0:FH, 0:FW].astype(np.float32)
    desk = np.stack([118 + 22 * xx / FW + 10 * yy / FH, 96 + 18 * xx / FW + 8 * yy / FH,
                     74 + 12 * xx / FW + 6 * yy / FH], axis=2)
    desk += rs.normal(0, 6, (FH, FW, 1)).astype(np.float32)
    shadow = Image.fromarray(np.asarray(mask)).filter(ImageFilter.GaussianBlur(28))
    sh_ = np.asarray(shadow, np.float32)[:, :, None] / 255.0
    sh_ = np.roll(np.roll(sh_, 22, axis=0), 16, axis=1)
    desk = desk * (1 - 0.45 * sh_)
    m = np.asarray(mask, np.float32)[:, :, None] / 255.0
    out = desk * (1 - m) + np.asarray(warped, np.float32) * m
    light = 1.04 - 0.2 * ((xx / FW) * 0.6 + (yy / FH) * 0.8)
    out *= light[:, :, None]
    out += rs.normal(0, 2.6, (FH, FW, 3)).astype(np.float32)
    photo = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5))
    stored = photo.transpose(Image.Transpose.ROTATE_90)  # Orientation 6: the viewer turns it 90° clockwise
    ex = Image.Exif()
    ex[0x010F] = "Xiaomi"
    ex[0x0110] = "Redmi K60"
    ex[0x0112] = 6
    ex[0x0131] = "MIUI Camera"
    ex[0x0132] = "2025:04:21 10:32:15"
    ex[0x011A] = 72.0
    ex[0x011B] = 72.0
    ex[0x0128] = 2
    ex[0x8769] = {0x9003: "2025:04:21 10:32:15", 0x9004: "2025:04:21 10:32:15", 0x829A: 0.01, 0x8827: 100,
                  0xA002: 3000, 0xA003: 2250}
    stored.save(path, "JPEG", quality=88, exif=ex.tobytes(), optimize=True, subsampling=2)


ALL.append(h412())


# ============================================================ h413 泰顺县民政局 (WeChat 公众号 REPORT IMAGE, WEBP)

def h413():
    dept = "泰顺县民政局"
    ib, ip = 1045.30, 3260.00
    ab, ap = 1086.52, 3978.60
    eb, ep = 1079.85, 3801.47
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (4305.30, 5065.12, 4881.32, 96.37, 99.39, 95.55), (rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    fs = r2(rate / 10)
    assert fs == 9.64
    low = 7862
    ind = [("预算执行", "预算执行", "预算执行率", "≥95%", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "城乡低保保障人数", "≥7500人", f"{low}人", 6, 6, ""),
           ("产出指标", "数量指标", "特困人员救助供养人数", "≥1150人", "1168人", 5, 5, ""),
           ("产出指标", "数量指标", "临时救助", "≥2000人次", "2000人次", 5, 5, ""),
           ("产出指标", "数量指标", "居家养老服务中心建设", "≥12个", "13个", 5, 5, ""),
           ("产出指标", "质量指标", "低保对象动态管理核查率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "养老机构护理型床位占比", "≥55%", "56.8%", 5, 5, ""),
           ("产出指标", "时效指标", "救助资金按月发放及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "特困人员月人均供养标准", "≥1180元", "1215元", 4, 4, ""),
           ("产出指标", "成本指标", "居家养老服务中心单个建设成本", "≤50万元", "47.6万元", 4, 4, ""),
           ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%", 6, 6, ""),
           ("效益指标", "社会效益指标", "高龄津贴发放覆盖率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "残疾人两项补贴发放覆盖率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "婚姻登记合格率", "100%", "99.6%", 5, P(99.6, 100, 5), "2份档案补正后归档"),
           ("效益指标", "生态效益指标", "生态安葬率", "≥30%", "32.5%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "社会救助长效机制", "健全", "基本健全", 5, 4, "部门间数据共享不充分，扣1分"),
           # PLANT RULE_SCORE: 86.4% against ≥90% under the 说明's 每低1个百分点扣0.5分: 6 − 3.6 × 0.5 = 4.2; printed 5.2
           ("满意度指标", "服务对象满意度指标", "社会救助对象满意度", "≥90%", "86.4%", 6, 5.2, "部分对象对救助标准不满意"),
           ("满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", "88%", 4, 3, "助餐服务点覆盖不足"),
           ("满意度指标", "服务对象满意度指标", "困难残疾人满意度", "≥90%", "93.1%", 5, 5, "")]
    assert r2(6 - (90 - 86.4) * 0.5) == 4.2 and r2(4 - (90 - 88) * 0.5) == 3
    assert len(ind) == 19 and s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    total = 96.28  # PLANT TOTAL_VS_ROWS: 合计 得分 96.28; the 19 rows add to 96.82
    assert rows_total == 96.82 and total != rows_total and grade(total) == grade(rows_total) == "优", rows_total
    text_low = 7826  # PLANT SAME_FIGURE_DIFFERS: 年度总体目标完成情况 says 7,826人; the row prints 7862人
    plan = ("年度总体目标：保障城乡低保对象7500人以上、特困人员1150人以上，实施临时救助2000人次以上，新建居家养老服务中心12个，"
            "困难群众基本生活保障率100%，服务对象满意度达到90%以上。")
    done = (f"完成情况：全年保障城乡低保对象{text_low:,}人、特困人员1,168人，实施临时救助2,000人次，新建居家养老服务中心13个；"
            "困难群众基本生活保障率100%，高龄津贴和残疾人两项补贴应发尽发。")
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, total=total, plan=plan,
                done=done)
    fnd = [F("TOTAL_VS_ROWS", "合计",
             f"合计 | 100 | {f2(total)}", f2(total), f2(rows_total), "HIGH", "ERROR",
             "the 19 rows score 9.64 (预算执行) + 44 (产出指标) + 29.98 (效益指标) + 13.2 (满意度指标) = 96.82; the 合计 "
             f"row prints {f2(total)} (digits transposed); 优 either way"),
           F("RULE_SCORE", "社会救助对象满意度",
             "满意度指标 | 服务对象满意度指标 | 社会救助对象满意度 | ≥90% | 86.4% | 6 | 5.2; 说明：满意度指标每低于指标值1个百分点扣0.5分",
             "5.2", "4.2", "HIGH", "ERROR",
             "the 说明 scores 满意度 by deduction: 90% − 86.4% = 3.6 points below → 6 − 1.8 = 4.2; the row prints 5.2 (a "
             "deduction of 0.8); 养老服务对象满意度 on the next line follows the rule (4 − 1 = 3); the 合计 is off anyway "
             "(TOTAL_VS_ROWS): the rows with 4.2 add to 95.82, 优 either way"),
           F("SAME_FIGURE_DIFFERS", "城乡低保保障人数",
             f"完成情况：全年保障城乡低保对象{text_low:,}人 | 城乡低保保障人数 | ≥7500人 | {low}人", f"{text_low:,}人",
             f"{low}人", "HIGH", "WARNING",
             f"the 年度总体目标 block above the table says {text_low:,} low-income recipients were covered, the indicator row "
             f"{low}人 (digits transposed); both clear the ≥7500人 target, so the row's full 6 stands either way")]
    return {"stem": "h413_taishun_minzheng", "format": "webp", "write": write413, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is the REPORT IMAGE of a WeChat 公众号 article saved from the phone (WEBP, lossy, quality 80): "
                      "the whole 自评表 as ONE TALL IMAGE 1080 px wide — title, 填报单位 line, the budget table, the 年度总体目标 "
                      "block, the indicator table, 合计, 自评等级, 说明 and the 填报 line — white background, ruled table, "
                      "Noto Sans CJK at phone-screenshot size; no text layer: it must be read by OCR; the account's name "
                      "and the 长按识别 line at the foot are the article's furniture, not the report",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)} "
                      f"and 项目 {q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      f"预算执行率 {q(rate)} × 10 = 9.637 → {f2(fs)} (the 说明's rule); 养老服务对象满意度 88%: 4 − 2 × 0.5 = 3 "
                      "(its rule, a legitimately partial score); 婚姻登记合格率 5 × 99.6 ÷ 100 = 4.98 (proportion, with a "
                      "reason); 长效机制 −1 with a reason (judgement)",
                      "临时救助 2000 vs ≥2000人次 (met exactly); 居家养老服务中心单个建设成本 47.6 vs ≤50万元 (a ceiling, met; "
                      "a unit cost, not a budget figure); 特困人员月人均供养标准 1215 vs ≥1180元 (a floor, met); the 完成情况 "
                      "text's other figures (1,168人, 2,000人次, 13个, 100%) agree with the rows"]}


def write413(rep, path):
    from PIL import Image
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    W, X0 = 1080, 24

    def draw(img):
        sh = PilSheet(img, X0, SANS, SANS_B, ink=(34, 34, 34), lw=2)
        usable = W - 2 * X0
        sh.y = 40
        sh.txt(W / 2, sh.y, "泰顺县民政局", 40, "c", bold=True)
        sh.y += 58
        sh.txt(W / 2, sh.y, "2024年度部门整体支出绩效自评表", 40, "c", bold=True)
        sh.y += 72
        sh.txt(X0, sh.y, f"填报单位：{M['dept']}", 25)
        sh.txt(W - X0, sh.y, "金额单位：万元", 25, "r")
        sh.y += 46
        rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
        for lab, a, b, x, rt in (("合计", ia, aa, ea, rate), ("其中：基本支出", ib, ab, eb, rb), ("项目支出", ip, ap, ep, rp)):
            rows.append([lab, mc(a), mc(b), mc(x), q(rt)])
        sh.grid(rows, [232, 210, 210, 210, usable - 862], size=25, head_rows=(0,), aligns=["l", "r", "r", "r", "c"],
                pad=10, lead=34)
        sh.y += 20
        rows = [["年度总体目标", M["plan"]], ["", M["done"]]]
        sh.grid(rows, [150, usable - 150], [(0, 0, 1, 0)], size=24, aligns=["c", "l"], pad=10, lead=36)
        sh.y += 20
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
        for x in M["ind"]:
            rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
        merges = [(1 + a, c, 1 + b, c) for c in (0, 1) for a, b in spans(M["ind"], c) if b > a]
        n = len(rows)
        rows.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
        rows.append(["自评等级", "", "", "", "", "优", "", ""])
        merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
        sh.grid(rows, [104, 118, 236, 126, 126, 66, 74, usable - 850], merges, size=23, head_rows=(0,),
                aligns=["c", "c", "l", "c", "c", "c", "c", "l"], pad=8, lead=32, bold_rows=(n, n + 1))
        sh.y += 26
        note = NOTE.replace("年度资金总额得分", "预算执行率得分") + BANDS + "5.满意度指标每低于指标值1个百分点扣0.5分。"
        sh.para(note, 23, usable, 36, indent=False)
        sh.y += 12
        sh.txt(X0, sh.y, "填报人：陈晓燕　　审核人：林志远　　填报日期：2025年4月18日", 23)
        sh.y += 70
        sh.txt(W / 2, sh.y, "— 泰顺民政 —", 24, "c")
        sh.y += 40
        sh.txt(W / 2, sh.y, "长按识别二维码，关注“泰顺民政”", 22, "c")
        sh.y += 60
        return sh.y

    probe = Image.new("RGB", (W, 6000), (255, 255, 255))
    Hh = draw(probe)
    img = Image.new("RGB", (W, Hh), (255, 255, 255))
    draw(img)
    img.save(path, "WEBP", quality=80, method=6)


ALL.append(h413())


def main(argv):
    round_main(argv, ALL, "71")


if __name__ == "__main__":
    main(sys.argv[1:])
