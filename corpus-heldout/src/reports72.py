#!/usr/bin/python3
"""Round 72 (h414–h418): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus72 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports72.py [h414 …]
(reportlab, Pillow, numpy, python3-arabic-reshaper and python3-bidi, the Noto Naskh Arabic font of fonts-noto-core, the
Noto CJK fonts of fonts-noto-cjk, the opencc command of Debian opencc:
h414 a BILINGUAL KAZAKH / CHINESE 部门整体 form as a PDF WITH A TEXT LAYER (伊犁哈萨克自治州特克斯县): the title, the labels,
every column header and the 一级 / 二级 names carry a line of Kazakh in the Arabic script (Noto Naskh Arabic, embedded
as a TrueType subset) above the Chinese; the Kazakh shaped to the Arabic presentation forms (U+FB50–U+FEFF) and stored
right-to-left in VISUAL order, as PDFs made without a text shaper store it; the figures once;
h415 a county-level city portal's 繁體 MIRROR page served in BIG5 (泉州市晋江市): the 部门整体 self-evaluation report
converted to traditional characters (OpenCC s2t), the page bytes Big5, every character Big5 lacks (≥, ≤, ‰, 羣, 衆, 啓,
裏, 着 …) written as a decimal HTML character reference;
h416 an old portal's 部门整体 自评表 posted as a GIF image (永州市江永县): 256-colour palette, anti-aliased screen text
quantised to the palette with dithering, 96-dpi-like rendering about 1,100 px wide, no text layer;
h417 a 项目 self-evaluation report kept by a researcher in a WARC file (延安市洛川县), as `wget --warc-file` writes it:
warcinfo, a request / response pair for the http URL answered by a 301, a pair for the https URL answered 200 with the
report page in GBK (Content-Type text/html; charset=GBK), wget's metadata and resource records, gzip per record;
h418 a 项目 form PRINTED FROM EXCEL WITH THE CELL COMMENTS (批注) “AT END OF SHEET” (焦作市武陟县): the sheet on two
landscape pages, then a page listing every comment as Excel prints it (单元格: / 批注: author: text).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import base64
import gzip
import hashlib
import html as htmlmod
import io
import os
import subprocess
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import Sheet, wrap, no_half, missed_ok, secs_of, mc, q, f2  # noqa: E402
from reports69 import RlCanvas, RlKit, rl_canvas  # noqa: E402

ALL = []
NASKH = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"
NOTE = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
        "分值”计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：")


def reasons_ok(ind):
    """every row below its weight either missed a quantitative target or carries a reason"""
    return [x[2] for x in ind if x[6] < x[5] and not x[7]]


# ============================================================ h414 特克斯县农业农村局 (PDF, KAZAKH / CHINESE, text layer)

# Kazakh in the Arabic script (as written in 伊犁 and 阿勒泰: ٴ U+0674 before a front-vowel word, ە U+06D5, ۇ ۋ ڭ ى …),
# logical order; shaped and turned to visual order for the page by kz_vis()
KZ = {
    "title": "2024 جىلعى ٴبولىم بويىنشا جالپى شىعىن ناتيجەسىن ٴوزىن‐ٴوزى باعالاۋ كەستەسى",
    "year": "2024 جىل",
    "unit": "تولتىرۋشى ورىن، ٴمور", "money": "قارجى بىرلىگى: ون مىڭ يۋان",
    "t1": "جىلدىق بيۋدجەتتىڭ ورىندالۋى", "t2": "ٴبىرىنشى دەڭگەيلى كورسەتكىشتەردىڭ ۇپاي جاعدايى",
    "t3": "ناتيجە كورسەتكىشتەرىن ٴوزىن‐ٴوزى باعالاۋ",
    "block": "بيۋدجەتتىڭ ورىندالۋى، ون مىڭ يۋان", "item": "جوبا", "initial": "جىل باسىنداعى بيۋدجەت",
    "adjusted": "جىل بويعى بيۋدجەت", "exec": "جىل بويعى ورىندالۋى", "weight": "ۇپاي مولشەرى",
    "rate": "ورىندالۋ مولشەرى", "score": "العان ۇپاي", "srate": "ۇپاي الۋ مولشەرى",
    "fund": "جىلدىق قاراجات جالپى سوماسى", "basic": "ونىڭ ىشىندە: نەگىزگى شىعىن", "project": "جوبا شىعىنى",
    "l1": "ٴبىرىنشى دەڭگەيلى كورسەتكىش", "l2": "ەكىنشى دەڭگەيلى كورسەتكىش", "l3": "ٴۇشىنشى دەڭگەيلى كورسەتكىش",
    "target": "جىلدىق كورسەتكىش ٴمانى", "actual": "ناقتى ورىندالۋى", "reason": "اۋىتقۋ سەبەبى جانە جاقسارتۋ شارالارى",
    "sum": "جالپى ۇپاي", "total": "جيىنى", "grade": "ٴوزىن‐ٴوزى باعالاۋ دارەجەسى", "优": "ٴوتە جاقسى",
    "note": "ەسكەرتۋ", "sign": "تولتىرعان . تەكسەرگەن . تەلەفون . تولتىرىلعان كۇنى",
    "产出指标": "ٴونىم كورسەتكىشى", "效益指标": "ٴتيىمدىلىك كورسەتكىشى", "满意度指标": "قاناعاتتانۋ كورسەتكىشى",
    "数量指标": "سان كورسەتكىشى", "质量指标": "ساپا كورسەتكىشى", "时效指标": "مەرزىم كورسەتكىشى",
    "成本指标": "قۇن كورسەتكىشى", "经济效益指标": "ەكونوميكالىق ٴتيىمدىلىك", "社会效益指标": "قوعامدىق ٴتيىمدىلىك",
    "生态效益指标": "ەكولوگيالىق ٴتيىمدىلىك", "可持续影响指标": "تۇراقتى ىقپال كورسەتكىشى",
    "服务对象满意度指标": "قىزمەت وبەكتىسىنىڭ قاناعاتتانۋى"}


def _reshaper():
    import arabic_reshaper
    from arabic_reshaper import letters
    # ە (U+06D5, AE) joins on its right like ۇ / ۋ but has no presentation forms: python3-arabic-reshaper 2.1.4 does not
    # list it, so the letter before it would be left unjoined; listed here with its base form in every position
    letters.LETTERS_ARABIC.setdefault("\u06d5", ("\u06d5", "", "", "\u06d5"))
    return arabic_reshaper.ArabicReshaper()


_RS = []


def kz_vis(s_):
    """Kazakh (logical order) → presentation forms in visual (left-to-right drawing) order, digits kept left-to-right"""
    from bidi.algorithm import get_display
    if not _RS:
        _RS.append(_reshaper())
    return get_display(_RS[0].reshape(s_))


def is_ar(ch):
    return "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff"


def h414():
    dept = "特克斯县农业农村局"
    ib, ip = 1562.30, 2840.00
    ab, ap = 1618.75, 3926.48
    eb, ep = 1604.92, 3703.16
    ia, ea = r2(ib + ip), r2(eb + ep)
    aa_parts = r2(ab + ap)
    aa = 5554.23  # PLANT BREAKDOWN_SUM: 全年预算数 合计 printed 5,554.23; 基本 1,618.75 + 项目 3,926.48 = 5,545.23
    assert aa_parts == 5545.23 and aa != aa_parts
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, ea, rate, rb, rp) == (4402.30, 5308.08, 95.57, 99.15, 94.31), (ia, ea, rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap), (ea, aa_parts)):
        no_half(a / b * 100, (a, b))
    fs = r2(rate / 10)
    no_half(rate / 10, "rate × 10")
    assert fs == 9.56 and pct(ea, aa_parts) == 95.72 and r2(pct(ea, aa_parts) / 10) == 9.57, (fs, pct(ea, aa_parts))
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "口蹄疫等重大动物疫病强制免疫", "≥95万头（只）", "98.6万头（只）", 6, 6, ""),
           ("产出指标", "数量指标", "高标准农田建设面积", "≥3.2万亩", "3.2万亩", 5, 5, ""),
           ("产出指标", "数量指标", "草原禁牧和草畜平衡面积", "≥420万亩", "426万亩", 5, 5, ""),
           ("产出指标", "数量指标", "农牧民实用技术培训", "≥1500人次", "1386人次", 5, P(1386, 1500, 5),
            "部分牧民春季转场，参训人数不足；按完成比例计分"),
           ("产出指标", "质量指标", "重大动物疫病应免畜禽免疫密度", "≥90%", "96.4%", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 99.2% against ≥98%, scored 4 of 5 with an empty 偏差原因
           ("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", "99.2%", 5, 4, ""),
           ("产出指标", "时效指标", "惠农惠牧补贴资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "草原生态保护补助奖励资金兑付及时率", "100%", "100%", 4, 4, ""),
           ("产出指标", "成本指标", "高标准农田亩均建设成本", "≤1500元/亩", "1468元/亩", 5, 5, ""),
           ("效益指标", "经济效益指标", "农牧民人均可支配收入增长率", "≥7%", "7.8%", 8, 8, ""),
           ("效益指标", "社会效益指标", "防止规模性返贫", "不发生", "未发生", 7, 7, ""),
           ("效益指标", "生态效益指标", "草原综合植被盖度", "≥56%", "56.3%", 8, 8, ""),
           ("效益指标", "可持续影响指标", "畜牧业高质量发展长效机制", "健全", "基本健全", 7, 6,
            "牛羊肉冷链物流体系尚不完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥90%", "93.5%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥90%", "88.4%", 7, P(88.4, 90, 7),
            "部分合作社反映项目审批周期较长；按完成比例计分")]
    no_half(5 * 1386 / 1500, "培训")
    no_half(7 * 88.4 / 90, "经营主体满意度")
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("农牧民实用技术培训", 4.62, 4.62), ("新型农业经营主体满意度", 6.88, 6.88)]
    assert reasons_ok(ind[1:]) == ["农产品质量安全抽检合格率"]
    secs = secs_of(ind[1:], ["产出指标", "效益指标", "满意度指标"])
    assert secs == [("产出指标", 45, 43.62), ("效益指标", 30, 29), ("满意度指标", 15, 14.88)], secs
    srates = {n: q(pct(s_, w)) for n, w, s_ in secs}
    assert srates == {"产出指标": "96.93%", "效益指标": "96.67%", "满意度指标": "99.20%"}, srates
    for n, w, s_ in secs:
        no_half(s_ / w * 100, n)
    shown_srates = dict(srates)
    shown_srates["效益指标"] = "96.76%"  # PLANT SCORE_RATE: 效益指标 得分率 29 ÷ 30 = 96.67%, printed 96.76%
    total = s2(ind, 6)
    assert total == 97.06 and grade(total) == "优", total
    trate = q(pct(total, 100))
    g = gold(None, dept, 2024, "COUNTY", "新疆维吾尔自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), fs=fs, ind=ind, secs=secs,
                srates=shown_srates, total=total, trate=trate)
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}; 其中：基本支出 | {mc(ib)} | {mc(ab)}"
             f"; 项目支出 | {mc(ip)} | {mc(ap)}", mc(aa), mc(aa_parts), "HIGH", "WARNING",
             f"基本支出 {mc(ab)} + 项目支出 {mc(ap)} = {mc(aa_parts)}, but the 年度资金总额 line prints a 全年预算数 of "
             f"{mc(aa)} (digits transposed); the 年初 and 执行 columns add up; the {q(rate)} and the fund line's {f2(fs)} "
             f"follow the printed {mc(aa)} (on the parts' sum the rate is {q(pct(ea, aa_parts))} and the score 9.57); "
             "which figure is wrong the form does not say: one finding"),
           F("SCORE_RATE", "效益指标",
             "效益指标 | 30 | 29 | 96.76%", "96.76%", "96.67%", "HIGH", "ERROR",
             "the 一级指标得分情况 table prints 效益指标's 得分率 as 96.76%; its own 分值 30 and 得分 29 (the four rows: 8 + 7 + 8 + "
             "6) give 96.67% (digits transposed); the other 得分率 are right"),
           F("TARGET_MET_POINTS_LOST", "农产品质量安全抽检合格率",
             "产出指标 | 质量指标 | 农产品质量安全抽检合格率 | ≥98% | 99.2% | 5 | 4 |", "4", "5", "HIGH", "WARNING",
             "99.2% clears the ≥98% target, yet the row scores 4 of 5 and its 偏差原因 cell is empty; under the 说明's rule "
             f"a met target earns the full 分值; the 总分 {f2(total)} and 产出指标's 43.62 count the 4")]
    return {"stem": "h414_tekesi_nongye", "format": "pdf", "draw": draw414, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the form is BILINGUAL KAZAKH / CHINESE: the title, the 填报单位 / 金额单位 line, every column header "
                      "of the three tables, the budget lines' labels, the 一级 / 二级 names, 合计 / 总分 / 自评等级 and the "
                      "grade carry a line of Kazakh in the ARABIC script ABOVE the Chinese; the Kazakh is stored as Arabic "
                      "presentation forms (U+FB50–U+FEFF) in VISUAL order (right-to-left text drawn left to right, as a "
                      "PDF written without a text shaper stores it), in an embedded Noto Naskh Arabic subset; the figures, "
                      "the 三级 names, targets, actuals and reasons once, in Chinese; the Kazakh lines are translations, not "
                      "extra rows, cells or headings",
                      f"budget: 年初 {mc(ia)} = {mc(ib)} + {mc(ip)} and 执行 {mc(ea)} = {mc(eb)} + {mc(ep)} add up (only the "
                      f"全年 合计 does not: the finding); {q(rate)} = {mc(ea)} ÷ {mc(aa)} as printed, 基本 {q(rb)} and 项目 "
                      f"{q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      f"年度资金总额 {q(rate)} × 10 = 9.557 → {f2(fs)} (the 说明's rule on the printed rate); 农牧民实用技术培训 5 × 1386 ÷ 1500 = 4.62 and "
                      "新型农业经营主体满意度 7 × 88.4 ÷ 90 = 6.876 → 6.88 (proportion, with reasons); 长效机制 −1 with a "
                      "reason (judgement)",
                      "高标准农田建设面积 3.2 vs ≥3.2万亩 (met exactly); 高标准农田亩均建设成本 1468 vs ≤1500元/亩 (a ceiling, "
                      "met; a unit cost, not a budget figure); 防止规模性返贫 未发生 vs 不发生 (met)",
                      f"一级指标得分情况: 产出指标 45 | 43.62 | 96.93%, 满意度指标 15 | 14.88 | 99.20% right; 效益指标's 29 "
                      f"equals its rows; 合计 100 | {f2(total)} | {trate}; 总分 {f2(total)} = the fund line + the 15 rows; 优"]}


# kz_vis keeps a run of digits left to right; the check turns every Kazakh line back to logical order itself


class KzKit(RlKit):
    """widths: a line holding Arabic letters in Noto Naskh Arabic, anything else in STSong-Light"""

    def width(self, s, size):
        from reportlab.pdfbase import pdfmetrics
        if any(is_ar(ch) for ch in s):
            return pdfmetrics.stringWidth(s, "NaskhKZ", size)
        return super().width(s, size)


def draw414(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    W, Hh = landscape(A4)
    pdfmetrics.registerFont(TTFont("NaskhKZ", NASKH))
    # an export of a prefecture's form-filling system built on iText 5, whose ArabicLigaturizer stores Arabic-script
    # text the same way: presentation forms, visual order
    c = rl_canvas(path, f"{M['dept']}2024年度部门整体支出绩效自评表", "tksxnyj", "伊犁州预算绩效管理系统",
                  "iText® 5.5.13 ©2000-2020 iText Group NV (AGPL-version)", pagesize=(W, Hh))
    kit = KzKit()
    X0 = 40.0

    from fontTools.ttLib import TTFont as FtFont
    cmap = FtFont(NASKH).getBestCmap()

    def line(x, y, s_, size, align="c", kz=False):
        if kz:
            s_ = kz_vis(s_)
            assert all(ord(ch) in cmap for ch in s_), [ch for ch in s_ if ord(ch) not in cmap]
            c.setFont("NaskhKZ", size)
        else:
            c.setFont("STSong-Light", size)
        w = kit.width(s_, size)
        c.drawString(x - w / 2 if align == "c" else x - w if align == "r" else x, y, s_)

    def bigrid(y, rows, widths, merges=(), aligns=None, size=8.0, ksize=7.0, lead=10.5, klead=11.5, pad=2.6,
               head_rows=(0,)):
        """a ruled grid whose cells are (kazakh or None, chinese): the Kazakh line (never wrapped) above the Chinese
        (wrapped); every cell, a merged one once, its own rectangle"""
        cover = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cover[(rr, cc)] = (r1, c1, r2_, c2)
        xs = [X0]
        for w in widths:
            xs.append(xs[-1] + w)

        def lines_of(cell, width):
            kz, zh = cell if isinstance(cell, tuple) else (None, cell)
            out = []
            if kz:
                assert kit.width(kz_vis(kz), ksize) <= width, (kz, width)
                out.append((kz, True))
            out += [(ln, False) for ln in (wrap(zh, width, size, kit) if zh else [])]
            return out

        def h_of(ls):
            return sum(klead if k else lead for _, k in ls)

        heights = []
        for r, row_ in enumerate(rows):
            h = lead + 2 * pad + 2
            for k, cell in enumerate(row_):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue
                span = (m[3] - m[1] + 1) if m else 1
                h = max(h, h_of(lines_of(cell, sum(widths[k:k + span]) - 2 * pad)) + 2 * pad + 2)
            heights.append(h)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] - h)
        c.setLineWidth(0.6)
        for r, row_ in enumerate(rows):
            for k, cell in enumerate(row_):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r2_ + 1], ys[r]
                c.rect(xa, ya, xb - xa, yb - ya, stroke=1, fill=0)
                ls = lines_of(cell, xb - xa - 2 * pad)
                al = "c" if (aligns is None or r in head_rows) else aligns[k]
                ty = (ya + yb) / 2 + h_of(ls) / 2
                for s_, kz in ls:
                    ty -= klead if kz else lead
                    xx = (xa + xb) / 2 if al == "c" or kz else xa + pad if al == "l" else xb - pad
                    line(xx, ty + (3.2 if kz else 2.6), s_, ksize if kz else size, "c" if kz else al, kz)
        return ys[-1]

    def kb(key, zh):
        return (KZ[key], zh)

    # page 1: title, unit line, 表一 budget, 表二 一级指标得分情况
    y = Hh - 46
    line(W / 2, y, KZ["title"], 12.5, kz=True)
    y -= 24
    line(W / 2, y, "2024年度部门整体支出绩效自评表", 17)
    y -= 20
    line(W / 2, y, KZ["year"], 9, kz=True)
    y -= 14
    line(W / 2, y, "（2024年度）", 10.5)
    y -= 22
    line(X0, y, KZ["unit"], 8.5, "l", kz=True)
    line(W - X0, y, KZ["money"], 8.5, "r", kz=True)
    y -= 14
    line(X0, y, f"填报单位（盖章）：{M['dept']}", 10.5, "l")
    line(W - X0, y, "金额单位：万元", 10.5, "r")
    y -= 10
    usable = W - 2 * X0
    rows = [[kb("block", "年度预算执行情况（万元）"), kb("item", "项目"), kb("initial", "年初预算数"),
             kb("adjusted", "全年预算数"), kb("exec", "全年执行数"), kb("weight", "分值"), kb("rate", "执行率"),
             kb("score", "得分")],
            ["", kb("fund", "年度资金总额"), mc(ia), mc(aa), mc(ea), "10", q(rate), f2(M["fs"])],
            ["", kb("basic", "其中：基本支出"), mc(ib), mc(ab), mc(eb), "—", q(rb), "—"],
            ["", kb("project", "项目支出"), mc(ip), mc(ap), mc(ep), "—", q(rp), "—"]]
    cw = [120, 150, 96, 96, 96, 80, 80, 0]
    cw[-1] = usable - sum(cw[:-1])
    y = bigrid(y, rows, cw, [(0, 0, 3, 0)], aligns=["c", "l", "r", "r", "r", "c", "c", "c"], size=9)
    y -= 26
    line(W / 2, y, KZ["t2"], 9.5, kz=True)
    y -= 15
    line(W / 2, y, "一级指标得分情况", 11)
    y -= 8
    rows = [[kb("l1", "一级指标"), kb("weight", "分值"), kb("score", "得分"), kb("srate", "得分率")],
            [kb("fund", "年度资金总额"), "10", f2(M["fs"]), q(pct(M["fs"], 10))]]
    for n, w, s_ in M["secs"]:
        rows.append([kb(n, n), fmt(w), f2(s_), M["srates"][n]])
    rows.append([kb("total", "合计"), "100", f2(M["total"]), M["trate"]])
    cw = [200, 140, 140, 140]
    xpad = (usable - sum(cw)) / 2
    X0 += xpad
    y = bigrid(y, rows, cw, aligns=["c", "c", "c", "c"], size=9.5)
    X0 -= xpad
    c.setFont("STSong-Light", 9)
    c.drawCentredString(W / 2, 26, "— 1 —")
    c.showPage()
    # page 2: 表三 indicators
    y = Hh - 40
    line(W / 2, y, KZ["t3"], 9.5, kz=True)
    y -= 15
    line(W / 2, y, "绩效指标自评情况", 11)
    y -= 8
    ind = M["ind"][1:]
    rows = [[kb("l1", "一级指标"), kb("l2", "二级指标"), kb("l3", "三级指标"), kb("target", "年度指标值"),
             kb("actual", "实际完成值"), kb("weight", "分值"), kb("score", "得分"), kb("reason", "偏差原因分析及改进措施")]]
    for x in ind:
        rows.append([kb(x[0], x[0]), kb(x[1], x[1]), x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    merges = [(1 + a, k, 1 + b, k) for k in (0, 1) for a, b in spans(ind, k) if b > a]
    n = len(rows)
    rows.append([kb("sum", "总分"), "", "", "", "", "100", f2(M["total"]), ""])
    rows.append([kb("grade", "自评等级"), "", "", "", "", kb("优", "优"), "", ""])
    merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
    cw = [92, 100, 148, 82, 82, 44, 44, 0]
    cw[-1] = usable - sum(cw[:-1])
    y = bigrid(y, rows, cw, merges, aligns=["c", "c", "l", "c", "c", "c", "c", "l"], size=8, lead=10, pad=2.2)
    y -= 16
    line(X0, y, KZ["note"], 8, "l", kz=True)
    y -= 12
    for ln in wrap(NOTE + BANDS, usable, 8.5, kit):
        line(X0, y, ln, 8.5, "l")
        y -= 12
    y -= 4
    line(X0, y, KZ["sign"], 8, "l", kz=True)
    y -= 13
    line(X0, y, "填表人：阿依古丽　　审核人：叶尔兰　　联系电话：0999-6622735　　填报日期：2025年4月22日", 9, "l")
    assert y > 30, y
    c.setFont("STSong-Light", 9)
    c.drawCentredString(W / 2, 26, "— 2 —")
    c.showPage()
    c.save()


ALL.append(h414())



# ============================================================ h415 晋江市民政局 (HTML, the portal's 繁體 mirror in BIG5)

def s2t_all(texts):
    """OpenCC's s2t (the OpenCC standard traditional a 繁體 mirror serves: 群众 → 羣衆, 启动 → 啓動, 着力 stays 着力)
    on a list of strings, one `opencc -c s2t` run; nothing of the input may hold a line break"""
    assert not any("\n" in t for t in texts)
    out = subprocess.run(["opencc", "-c", "s2t"], input="\n".join(texts) + "\n", capture_output=True, text=True,
                         check=True).stdout
    got = out.split("\n")[:len(texts)]
    assert len(got) == len(texts) and all(len(a) == len(b) for a, b in zip(got, texts)), "opencc changed a length"
    return got


def big5_lacks(s_):
    out = []
    for ch in s_:
        try:
            ch.encode("big5")
        except UnicodeEncodeError:
            out.append(ch)
    return out


def h415():
    dept_s = "晋江市民政局"
    ib, ip = 2168.40, 3520.00
    ab, ap = 2236.75, 4986.52
    eb, ep = 2221.38, 4703.67
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (5688.40, 7223.27, 6925.05, 95.87, 99.31, 94.33), (rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    shown = 95.78  # PLANT FORMULA: 二's 预算执行率＝6,925.05÷7,223.27×100%＝95.78% (it is 95.87%); 表1 and the row copy it
    assert shown != rate
    fs = r2(shown / 10)  # the 预算执行率 row follows the printed rate (执行率 × 分值): 9.58; on 95.87% it is 9.59
    no_half(shown / 10, "rate")
    assert (fs, r2(rate / 10)) == (9.58, 9.59)
    beds = 362
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(shown), 10, fs, "部分养老服务设施项目资金结转下年"),
           ("产出指标", "数量指标", "城乡低保对象保障人数", "≥9500人", "9863人", 6, 6, ""),
           ("产出指标", "数量指标", "特困人员救助供养人数", "≥1200人", "1236人", 5, 5, ""),
           ("产出指标", "数量指标", "新增养老服务床位", "≥300张", f"{beds}张", 6, 6, ""),
           ("产出指标", "数量指标", "居家社区养老服务照料中心建设", "≥20个", "20个", 5, 5, ""),
           ("产出指标", "质量指标", "低保对象动态管理核查率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "养老机构护理型床位占比", "≥60%", "57.6%", 6, P(57.6, 60, 6),
            "2家民办养老机构护理型床位改造未完工；按完成比例计分"),
           ("产出指标", "时效指标", "社会救助资金按月发放及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "城乡低保保障标准", "≥880元/月", "905元/月", 5, 5, ""),
           ("产出指标", "成本指标", "照料中心单个建设补助", "≤30万元", "28.6万元", 5, 5, ""),
           ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%", 6, 6, ""),
           ("效益指标", "社会效益指标", "婚姻登记合格率", "100%", "100%", 4, 4, ""),
           ("效益指标", "社会效益指标", "遗体火化率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "特殊困难老年人月探访率", "100%", "98.4%", 5, P(98.4, 100, 5),
            "部分老人长期在外地子女处居住；按完成比例计分"),
           ("效益指标", "生态效益指标", "节地生态安葬率", "≥40%", "42.7%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "社会救助“一门受理、协同办理”长效机制", "健全", "基本健全", 5, 4,
            "部门间数据共享尚不充分，扣1分"),
           ("满意度指标", "服务对象满意度指标", "困难群众满意度", "≥90%", "93.6%", 4, 4, ""),
           ("满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", "91.2%", 3, 3, ""),
           ("满意度指标", "服务对象满意度指标", "婚姻殡葬服务群众满意度", "≥90%", "88.2%", 3, P(88.2, 90, 3),
            "部分群众对殡仪服务收费有意见；按完成比例计分")]
    no_half(6 * 57.6 / 60, "护理型床位")
    no_half(3 * 88.2 / 90, "婚姻殡葬")
    assert len(ind) == 19 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("养老机构护理型床位占比", 5.76, 5.76), ("特殊困难老年人月探访率", 4.92, 4.92),
                                              ("婚姻殡葬服务群众满意度", 2.94, 2.94)], missed_ok(ind)
    assert reasons_ok(ind) == []
    rsecs = secs_of(ind, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    assert rsecs == [("预算执行", 10, 9.58), ("产出指标", 50, 49.76), ("效益指标", 30, 28.92), ("满意度指标", 10, 9.94)], rsecs
    # PLANT SECTION_VS_ROWS: 表2 prints 效益指标 28.29; its six rows add to 28.92
    secs = [(n, w, 28.29 if n == "效益指标" else s_) for n, w, s_ in rsecs]
    total = s2(ind, 6)
    assert total == 98.20 and grade(total) == "优" and r2(sum(x[2] for x in secs)) == 97.57, total
    text_beds = 326  # PLANT SAME_FIGURE_DIFFERS: 三's text says 新增养老服务床位326张; the row prints 362张
    # the page's text in simplified first; converted as a whole by s2t_all
    T = dict(dept=dept_s, site="晋江市人民政府")
    conv = s2t_all([x[k] for x in ind for k in (0, 1, 2, 3, 4, 7)] + [dept_s])
    tind = []
    for i, x in enumerate(ind):
        c6 = conv[6 * i:6 * i + 6]
        tind.append((c6[0], c6[1], c6[2], c6[3], c6[4], x[5], x[6], c6[5]))
    dept = conv[-1]
    assert dept == "晉江市民政局"
    tsecs = [(tind[[x[0] for x in ind].index(n)][0], w, s_) for n, w, s_ in secs]
    g = gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, shown, ab, eb, ap, ep), tsecs, grows(tind))
    meta = dict(dept=dept_s, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, shown, rb, rp), true_rate=rate, ind=ind,
                secs=secs, total=total, text_beds=text_beds, beds=beds, T=T)
    html_s = html415(meta)
    html_t = s2t_all(html_s.split("\n"))
    html_t = "\n".join(html_t)
    lacks = sorted(set(big5_lacks(html_t)))
    assert {"≥", "≤", "羣", "衆", "啓", "着"} <= set(lacks), lacks
    meta["lacks"] = lacks
    assert (tind[0][2], tind[10][0], tind[3][2], tind[3][4]) == ("預算執行率", "效益指標", "新增養老服務牀位", "362張")
    fnd = [F("FORMULA", tind[0][2],
             f"預算執行率＝全年執行數÷全年預算數×100%＝{mc(ea)}÷{mc(aa)}×100%＝{q(shown)}", q(shown), q(rate),
             "HIGH", "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = {q(rate)} (95.871%); 二's calculation prints {q(shown)} (digits transposed), and 表1's "
             f"合计 line and 表3's 預算執行率 row copy it; the row's 得分 {f2(fs)} follows the printed rate (on {q(rate)} it "
             "is 9.59); 基本 and 項目 rates are right: one finding"),
           F("SECTION_VS_ROWS", tind[10][0],
             "表2 | 效益指標 | 30 | 28.29", "28.29", "28.92", "HIGH", "ERROR",
             "表3's six 效益指標 rows score 6 + 4 + 5 + 4.92 + 5 + 4 = 28.92; 表2 prints 28.29 (digits transposed); 表2's "
             f"合計 {f2(total)} and 四's text add the rows, not 表2's column (9.58 + 49.76 + 28.29 + 9.94 = 97.57): one "
             "finding"),
           F("SAME_FIGURE_DIFFERS", tind[3][2],
             f"三、…全年新增養老服務牀位{text_beds}張… | {tind[3][2]} | {tind[3][3]} | {tind[3][4]}", f"{text_beds}張",
             tind[3][4], "HIGH", "WARNING",
             f"三's text says {text_beds} beds were added in 2024, 表3's row {beds}張 (digits transposed); both clear the "
             "≥300張 target, so the row's full 6 stands either way; which figure is right the page does not say")]
    return {"stem": "h415_jinjiang_minzheng", "format": "html", "html": html_t, "encoding": "big5", "meta": meta,
            "gold": g, "findings": fnd,
            "traps": ["the page is the portal's 繁體 MIRROR served in BIG5: the bytes are Big5 (`<meta charset=\"big5\">` "
                      "and the http-equiv Content-Type say so; a reader that assumes UTF-8 or GBK sees mojibake); the text "
                      "is OpenCC standard traditional (s2t) throughout, the <title> and the portal chrome included; every "
                      f"character Big5 lacks ({' '.join(lacks)}) is written as a decimal character reference "
                      "(&#8805; for ≥, &#32675;&#34886; for 羣衆): the browser shows the characters, so they are the text",
                      f"表1: 基本 + 項目 = 合計 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 基本 {q(rb)} and 項目 {q(rp)} "
                      "right; none over budget; 年初 < 全年 (追加)",
                      "養老機構護理型牀位佔比 6 × 57.6 ÷ 60 = 5.76, 特殊困難老年人月探訪率 5 × 98.4 ÷ 100 = 4.92 and "
                      "婚姻殯葬服務羣衆滿意度 3 × 88.2 ÷ 90 = 2.94 (proportion, with reasons); 長效機制 −1 with a reason "
                      "(judgement); 居家社區養老服務照料中心建設 20 vs ≥20個 (met exactly); 照料中心單個建設補助 28.6 vs ≤30萬元 "
                      "(a ceiling, met; a unit subsidy, not a budget figure); 城鄉低保保障標準 905 vs ≥880元/月 (a floor, met)",
                      "表2: 預算執行 10 | 9.58, 產出指標 50 | 49.76, 滿意度指標 10 | 9.94 equal their rows; 合計 100 | "
                      f"{f2(total)} = the 19 rows = 四's text; 優 (the page prints 優)"]}


def html415(M):
    """the page in simplified characters; h415 converts it line by line with s2t_all (the mirror converts the whole
    page, chrome included) and render writes it in Big5 with character references"""
    ib, ip, ab, ap, eb, ep, ia, aa, ea, shown, rb, rp = M["b"]
    e = htmlmod.escape
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    L = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=big5" />', '<meta charset="big5" />',
         f"<title>{title}_晋江市人民政府</title>",
         '<meta name="SiteName" content="晋江市人民政府" />', '<meta name="ColumnName" content="预算绩效" />',
         f'<meta name="ArticleTitle" content="{title}" />', '<meta name="PubDate" content="2025-06-20 16:08" />',
         '<link rel="stylesheet" type="text/css" href="/fanti/css/style.css" />',
         "<style>.zw table{border-collapse:collapse;margin:6px auto;width:96%}.zw td{border:1px solid #555;"
         "padding:3px 5px;font-size:14px;text-align:center}.zw td.l{text-align:left}.zw td.r{text-align:right}"
         ".zw tr.th td{background:#eef3f8;font-weight:bold}</style>", "</head>", "<body>",
         '<div class="top"><span class="date">2025年7月3日 星期四</span><span class="lang">'
         '<a href="http://www.jinjiang.gov.cn/">简体版</a> | <b>繁体版</b> | <a href="/wza/">无障碍</a></span></div>',
         '<div class="head"><a href="/fanti/"><img src="/fanti/images/logo.png" alt="晋江市人民政府" /></a>'
         '<form action="/search/" method="get"><input type="text" name="q" value="请输入关键词" />'
         '<input type="submit" value="搜索" /></form></div>',
         '<div class="nav"><a href="/fanti/">首页</a><a href="/fanti/zwgk/">政务公开</a><a href="/fanti/zwfw/">政务服务</a>'
         '<a href="/fanti/hdjl/">互动交流</a><a href="/fanti/zjjj/">走进晋江</a></div>',
         '<div class="crumb">您当前的位置：<a href="/fanti/">首页</a> &gt; <a href="/fanti/zwgk/">政务公开</a> &gt; '
         '<a href="/fanti/zwgk/czzj/">财政资金</a> &gt; 预算绩效</div>',
         '<div class="zw">', f"<h1>{e(title)}</h1>",
         '<div class="info">发布时间：2025-06-20 16:08　信息来源：市民政局　浏览次数：<span id="count">412</span></div>',
         '<div class="content">',
         "<p>　　根据《晋江市财政局关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局着力做好自评工作，及早启动，"
         "对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。</p>",
         "<p><strong>　　一、部门基本情况</strong></p>",
         "<p>　　晋江市民政局是市政府工作部门，主要负责全市社会救助、养老服务、社会事务、婚姻殡葬、基层政权和社区建设等工作。"
         "局机关内设6个股室，下属市社会福利中心、市殡仪馆等4个事业单位，2024年末在职人员118人。</p>",
         "<p><strong>　　二、部门预算执行情况</strong></p>",
         f"<p>　　2024年度部门年初预算{mc(ia)}万元，全年预算{mc(aa)}万元，全年执行{mc(ea)}万元。预算执行率＝全年执行数÷"
         f"全年预算数×100%＝{mc(ea)}÷{mc(aa)}×100%＝{q(shown)}。其中：基本支出全年预算{mc(ab)}万元，执行{mc(eb)}万元；"
         f"项目支出全年预算{mc(ap)}万元，执行{mc(ep)}万元。具体见表1。</p>",
         '<p style="text-align:center"><strong>表1　部门预算执行情况</strong></p>',
         '<p style="text-align:right">单位：万元</p>', "<table>",
         '<tr class="th"><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>']
    for lab, a, b, x, rt in (("合计", ia, aa, ea, shown), ("其中：基本支出", ib, ab, eb, rb), ("项目支出", ip, ap, ep, rp)):
        L.append(f'<tr><td class="l">{lab}</td><td class="r">{mc(a)}</td><td class="r">{mc(b)}</td>'
                 f'<td class="r">{mc(x)}</td><td>{q(rt)}</td></tr>')
    L += ["</table>", "<p><strong>　　三、绩效指标完成情况</strong></p>",
          f"<p>　　2024年，全市保障城乡低保对象9863人、特困人员1236人，全年新增养老服务床位{M['text_beds']}张，建成居家社区"
          "养老服务照料中心20个；困难群众基本生活保障率100%，遗体火化率100%，节地生态安葬率42.7%。我局按照预算执行、产出"
          "指标、效益指标、满意度指标4个一级指标，设置19个三级指标开展自评，一级指标得分情况见表2，三级指标完成及评分情况见"
          "表3。</p>",
          '<p style="text-align:center"><strong>表2　一级指标得分情况</strong></p>', "<table>",
          '<tr class="th"><td>一级指标</td><td>分值</td><td>得分</td></tr>']
    for n, w, s_ in M["secs"]:
        L.append(f"<tr><td>{n}</td><td>{fmt(w)}</td><td>{f2(s_)}</td></tr>")
    L += [f"<tr><td>合计</td><td>100</td><td>{f2(M['total'])}</td></tr>", "</table>",
          '<p style="text-align:center"><strong>表3　三级指标完成及评分情况</strong></p>', "<table>",
          '<tr class="th"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>'
          "<td>分值</td><td>得分</td><td>偏差原因分析</td></tr>"]
    ind = M["ind"]
    rs0 = {a: b - a + 1 for a, b in spans(ind, 0)}
    rs1 = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in rs0:
            cells.append(f'<td rowspan="{rs0[i]}">{e(x[0])}</td>' if rs0[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in rs1:
            cells.append(f'<td rowspan="{rs1[i]}">{e(x[1])}</td>' if rs1[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f'<td class="l">{e(x[2])}</td>', f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>", f"<td>{fmt(x[5])}</td>",
                  f"<td>{fmt(x[6])}</td>", f'<td class="l">{e(x[7]) or "&nbsp;"}</td>']
        L.append("<tr>" + "".join(cells) + "</tr>")
    L += [f'<tr><td colspan="5">合计</td><td>100</td><td>{f2(M["total"])}</td><td>&nbsp;</td></tr>', "</table>",
          "<p><strong>　　四、自评结论</strong></p>",
          f"<p>　　经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。评价等级划分：{BANDS}</p>",
          "<p><strong>　　五、存在的问题及改进措施</strong></p>",
          "<p>　　一是部分养老服务设施项目建设进度滞后，资金形成结转，预算执行率有待提高；二是民办养老机构护理型床位改造推进"
          "较慢；三是部门间救助数据共享不充分。下一步，我局将加快项目实施和资金支付进度，推动护理型床位改造，着力完善社会救助"
          "信息共享机制，提升困难群众获得感。</p>",
          '<p style="text-align:right">晋江市民政局</p>', '<p style="text-align:right">2025年6月18日</p>',
          "</div>", '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> '
          '<a href="javascript:window.close()">【关闭窗口】</a></div>', "</div>",
          '<div class="foot"><p>主办：晋江市人民政府办公室　承办：晋江市融媒体中心</p>'
          "<p>网站标识码：3505820001　闽ICP备05015372号　闽公网安备 35058202000113号</p>"
          '<p>繁体版由简繁转换系统自动生成，内容以简体版为准</p></div>',
          "</body>", "</html>", ""]
    return "\n".join(L)


ALL.append(h415())



# ============================================================ h416 江永县教育局 (GIF: an old portal's 自评表 image)

def h416():
    dept = "江永县教育局"
    ib, ip = 6842.50, 2460.00
    ab, ap = 7126.38, 3874.92
    eb, ep = 7098.64, 3513.91
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (9302.50, 11001.30, 10612.55, 96.47, 99.61, 90.68), (rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    shown = 96.74  # PLANT EXECUTION_RATE: 合计 执行率 10,612.55 ÷ 11,001.30 = 96.47%, printed 96.74%
    fs = r2(shown / 10)  # the 预算执行率 row copies the printed rate and scores it (执行率 × 分值): 9.67; on 96.47% 9.65
    no_half(shown / 10, "shown")
    no_half(rate / 10, "rate")
    assert (fs, r2(rate / 10)) == (9.67, 9.65)
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(shown), 10, fs, "部分校舍维修项目资金结转下年"),
           ("产出指标", "数量指标", "义务教育阶段学生资助人数", "≥3200人", "3318人", 5, 5, ""),
           ("产出指标", "数量指标", "农村学生营养膳食补助人数", "≥14500人", "14862人", 5, 5, ""),
           ("产出指标", "数量指标", "校舍维修改造面积", "≥1.2万平方米", "1.2万平方米", 5, 5, ""),
           ("产出指标", "数量指标", "中小学教师培训", "≥1800人次", "1926人次", 5, 5, ""),
           ("产出指标", "质量指标", "九年义务教育巩固率", "≥98%", "98.6%", 5, 5, ""),
           # PLANT RULE_SCORE: 90.1% of ≥92% scored 4.5; the 说明's proportion rule gives 5 × 90.1 ÷ 92 = 4.90
           ("产出指标", "质量指标", "学前三年毛入园率", "≥92%", "90.1%", 5, 4.5, "新建幼儿园秋季未按期招生"),
           ("产出指标", "质量指标", "校舍安全隐患整改完成率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "学生资助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "小学生均公用经费保障标准", "≥720元", "740元", 5, 5, ""),
           ("效益指标", "社会效益指标", "适龄儿童少年入学率", "100%", "100%", 6, 6, ""),
           ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "100%", "100%", 6, 6, ""),
           ("效益指标", "社会效益指标", "义务教育优质均衡发展", "有序推进", "基本推进", 6, 5,
            "2项资源配置指标未达标，扣1分"),
           ("效益指标", "社会效益指标", "女书文化进校园覆盖学校", "≥30所", "31所", 6, 6, ""),
           ("效益指标", "可持续影响指标", "教师队伍建设长效机制", "健全", "健全", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "94.2%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "92.8%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", "87.3%", 5, P(87.3, 90, 5),
            "部分教师对绩效工资分配有意见；按完成比例计分")]
    no_half(5 * 90.1 / 92, "入园率")
    assert len(ind) == 18 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("学前三年毛入园率", 4.5, 4.9), ("教师满意度", 4.85, 4.85)]
    assert reasons_ok(ind) == []
    rows_total = s2(ind, 6)
    total = 98.20  # PLANT TOTAL_VS_ROWS: 合计 得分 printed 98.20; the 18 rows add to 98.02
    assert rows_total == 98.02 and total != rows_total and grade(total) == grade(rows_total) == "优", rows_total
    assert grade(r2(rows_total - 4.5 + 4.9 - fs + 9.65)) == "优"
    g = gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, shown, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, shown, rb, rp), ind=ind, total=total)
    fnd = [F("EXECUTION_RATE", "执行率",
             f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(shown)}", q(shown), q(rate), "HIGH", "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = {q(rate)} (96.466%), the budget table prints {q(shown)} (digits transposed); the "
             f"预算执行率 row copies {q(shown)} and scores it {f2(fs)} (on {q(rate)} it is 9.65): one finding; 基本 and 项目 "
             "rates are right"),
           F("TOTAL_VS_ROWS", "合计",
             f"合计 | 100 | {f2(total)}", f2(total), f2(rows_total), "HIGH", "ERROR",
             f"the 18 rows score {f2(fs)} (预算执行) + 44.5 (产出指标) + 29 (效益指标) + 14.85 (满意度指标) = "
             f"{f2(rows_total)}; the 合计 row prints {f2(total)} (digits transposed); 优 either way"),
           F("RULE_SCORE", "学前三年毛入园率",
             "产出指标 | 质量指标 | 学前三年毛入园率 | ≥92% | 90.1% | 5 | 4.5 | 新建幼儿园秋季未按期招生; 说明：…未达到的按“实际完成值÷"
             "年度指标值×分值”计分", "4.5", "4.90", "HIGH", "ERROR",
             "the row misses its target and gives a reason, but the 说明 scores a missed quantitative target by the "
             "proportion: 5 × 90.1 ÷ 92 = 4.897 → 4.90, not 4.5; 教师满意度 on the same rule is right (4.85)")]
    return {"stem": "h416_jiangyong_jiaoyu", "format": "gif", "write": write416, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a GIF IMAGE as an old portal posted the 自评表 (GIF87a, 1,160 px wide, a 256-colour "
                      "palette: the anti-aliased screen text quantised to the palette with Floyd–Steinberg dithering, "
                      "the red title and the blue-grey header fill among its colours); no text layer: the form must be "
                      "read by OCR; the text is small (13–15 px, a 96-dpi screen rendering)",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 基本 {q(rb)} and 项目 "
                      f"{q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      "教师满意度 5 × 87.3 ÷ 90 = 4.85 (proportion, with a reason); 义务教育优质均衡发展 −1 with a reason "
                      "(judgement); 校舍维修改造面积 1.2 vs ≥1.2万平方米 (met exactly); 小学生均公用经费保障标准 740 vs "
                      "≥720元 (a floor, met; not a budget figure); 教师队伍建设长效机制 健全 vs 健全 (met)",
                      f"分值 100; 优 by the bands whatever the total (with the 入园率 and 执行率 rows corrected the rows add "
                      f"to {f2(r2(rows_total - 4.5 + 4.9 - fs + 9.65))})"]}


def write416(rep, path):
    from PIL import Image
    from reports71 import PilSheet, SERIF, SERIF_B
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, shown, rb, rp = M["b"]
    W, X0 = 1160, 20
    usable = W - 2 * X0
    HEAD = (220, 230, 241)

    def draw(img, fills):
        sh = PilSheet(img, X0, SERIF, SERIF_B, ink=(0, 0, 0), lw=1)
        ys_all = []
        sh.y = 18
        sh.ink = (192, 0, 0)
        sh.txt(W / 2, sh.y, f"{M['dept']}2024年度部门整体支出绩效自评表", 24, "c", bold=True)
        sh.ink = (0, 0, 0)
        sh.y += 44
        sh.txt(X0, sh.y, f"填报单位（盖章）：{M['dept']}", 15)
        sh.txt(W - X0, sh.y, "金额单位：万元", 15, "r")
        sh.y += 26
        rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
        for lab, a, b, x, rt in (("合计", ia, aa, ea, shown), ("其中：基本支出", ib, ab, eb, rb),
                                 ("项目支出", ip, ap, ep, rp)):
            rows.append([lab, mc(a), mc(b), mc(x), q(rt)])
        ys_all.append(sh.grid(rows, [300, 215, 215, 215, usable - 945], size=15, head_rows=(0,),
                              aligns=["l", "r", "r", "r", "c"], pad=6, lead=20))
        sh.y += 14
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
        for x in M["ind"]:
            rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
        merges = [(1 + a, k, 1 + b, k) for k in (0, 1) for a, b in spans(M["ind"], k) if b > a]
        n = len(rows)
        rows.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
        rows.append(["自评等级", "", "", "", "", "优", "", ""])
        merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
        ys_all.append(sh.grid(rows, [92, 128, 226, 118, 118, 52, 58, usable - 792], merges, size=14, head_rows=(0,),
                              aligns=["c", "c", "l", "c", "c", "c", "c", "l"], pad=5, lead=19, bold_rows=(n, n + 1)))
        sh.y += 12
        sh.para(NOTE + BANDS, 13, usable, 20, indent=False)
        sh.y += 6
        sh.txt(X0, sh.y, "填表人：蒋秀英　　审核人：欧阳建平　　联系电话：0746-5721036　　填报日期：2025年4月25日", 14)
        sh.y += 30
        return sh.y, ys_all

    probe = Image.new("RGB", (W, 3000), (255, 255, 255))
    Hh, ys_all = draw(probe, None)
    img = Image.new("RGB", (W, Hh), (255, 255, 255))
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    for ys in ys_all:  # the header row of each table filled blue-grey before the grid and text are drawn
        d.rectangle((X0, ys[0], W - X0, ys[1]), fill=HEAD)
    draw(img, ys_all)
    pal = img.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    out = img.quantize(palette=pal, dither=Image.Dither.FLOYDSTEINBERG)
    out.save(path, "GIF", optimize=False)


ALL.append(h416())



# ============================================================ h417 洛川县 (WARC: a researcher's wget capture, page in GBK)

def h417():
    dept, unit = "洛川县农业农村局", "洛川县苹果产业发展服务中心"
    project = "2024年洛川县苹果产业高质量发展项目"
    src = [("中央财政衔接推进乡村振兴补助资金", 1500.00, 1500.00, 1462.38), ("省级财政衔接推进乡村振兴补助资金", 600.00, 680.00, 648.25),
           # PLANT SPENDING_OVER_BUDGET: 县级配套资金 执行 306.42 over its 全年预算 300.00 (102.14%), no reason given
           ("县级配套资金", 300.00, 300.00, 306.42)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (2400.00, 2480.00, 2417.05, 97.46) and srates == [97.49, 95.33, 102.14], (rate, srates)
    assert src[2][3] > src[2][2] and ea < aa
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
    no_half(rate / 10, "rate")
    fs = r2(rate / 10)
    assert fs == 9.75
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "矮化自根砧苹果示范园建设", "≥5000亩", "5120亩", 8, 8, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 1条 at full 7, while 三 says the 分选线 is still being installed, not in use
           ("产出指标", "数量指标", "苹果智能分选线建设", "≥1条", "1条", 7, 7, ""),
           ("产出指标", "数量指标", "果园水肥一体化建设面积", "≥3000亩", "3000亩", 6, 6, ""),
           ("产出指标", "质量指标", "示范园优果率", "≥80%", "83.5%", 6, 6, ""),
           ("产出指标", "质量指标", "有机肥替代化肥技术到位率", "≥90%", "86.4%", 6, P(86.4, 90, 6),
            "部分果农仍沿用传统施肥习惯；按完成比例计分"),
           ("产出指标", "时效指标", "项目资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "示范园亩均补助标准", "≤1200元/亩", "1180元/亩", 5, 5, ""),
           # PLANT RATE_OVER_ZERO_BASE: a growth rate of 100% over a 2023 base of 0 (三: no 跨境电商 export in 2023)
           ("效益指标", "经济效益指标", "苹果跨境电商出口额增长率", "≥20%", "100%", 6, 6, ""),
           ("效益指标", "经济效益指标", "项目区果农亩均增收", "≥800元", "856元", 7, 7, ""),
           ("效益指标", "社会效益指标", "带动脱贫户和监测户增收", "≥1200户", "1152户", 7, P(1152, 1200, 7),
            "部分脱贫户果园老化，未纳入示范园；按完成比例计分"),
           ("效益指标", "生态效益指标", "果园化肥使用量减少", "≥8%", "9.2%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "苹果产业技术服务长效机制", "健全", "基本健全", 6, 5,
            "基层果业技术服务队伍不稳定，扣1分"),
           ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "92.4%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "新型经营主体满意度", "≥90%", "90%", 7, 7, "")]
    assert len(ind) == 15 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("有机肥替代化肥技术到位率", 5.76, 5.76), ("带动脱贫户和监测户增收", 6.72, 6.72)]
    assert reasons_ok(ind[1:]) == []
    total = s2(ind, 6)
    assert total == 98.23 and grade(total) == "优", total
    g = with_project(gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, fund=(ia, aa, ea, rate, fs), ind=ind,
                total=total)
    fnd = [F("SPENDING_OVER_BUDGET", "县级配套资金",
             f"县级配套资金 | {mc(src[2][1])} | {mc(src[2][2])} | {mc(src[2][3])} | {q(srates[2])}", mc(src[2][3]),
             f"≤ {mc(src[2][2])}", "HIGH", "WARNING",
             f"县级配套资金 spent {mc(src[2][3])} against a 全年预算数 of {mc(src[2][2])} ({q(srates[2])}, "
             f"{mc(r2(src[2][3] - src[2][2]))} over) with no 调整 or reason given in the report; 中央 and 省级 and the "
             f"whole ({q(rate)}) are under budget"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "苹果智能分选线建设",
             "产出指标 | 数量指标 | 苹果智能分选线建设 | ≥1条 | 1条 | 7 | 7; 三、…苹果智能分选线设备于2024年11月到货，截至2024年底仍在"
             "安装调试，尚未投入使用…", "7", "< 7", "HIGH", "WARNING",
             "the row counts the 分选线 as built (1条) and gives the full 7, but the report's own 三 says the line was still "
             "being installed at the end of 2024 and not in use: the year's target was not met, the row should lose "
             "points"),
           F("RATE_OVER_ZERO_BASE", "苹果跨境电商出口额增长率",
             "效益指标 | 经济效益指标 | 苹果跨境电商出口额增长率 | ≥20% | 100% | 6 | 6; 三、…我县2023年尚未开展苹果跨境电商出口，"
             "2024年首次实现跨境电商出口386万元…", "100%", "— (base 0)", "HIGH", "WARNING",
             "三 says the county exported no apples through 跨境电商 in 2023 and 386万元 in 2024: a growth rate over a base "
             "of 0 is undefined, not 100%; the row (and its ≥20% target) should measure the amount (386万元); its full 6 "
             "rests on a figure that cannot be computed")]
    return {"stem": "h417_luochuan_nongye", "format": "warc.gz", "write": write417, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a WEB ARCHIVE as `wget --warc-file` writes it (WARC/1.0, each record its own gzip "
                      "member): a warcinfo record; a request / response pair for the http URL, answered 301 Moved "
                      "Permanently with a Location to the https URL (a small nginx page: not the report); a pair for the "
                      "https URL answered 200 with the report page; wget's metadata (MANIFEST.txt) and resource records "
                      "(wget_arguments.txt, wget.log); the HTTP headers are part of the response record; the page's bytes "
                      "are GBK (Content-Type text/html; charset=GBK; its own meta says gb2312, and one character, 喆 in "
                      "the 填报人's name, is GBK but not GB2312)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      f"{q(srates[0])}, 省级 {q(srates[1])} right; 县级 {q(srates[2])} (over 100%: the finding, "
                      "arithmetically right); 年初 < 全年 (省级 追加 80.00); the source lines carry no 分值 / 得分 and are "
                      "not gold rows",
                      f"年度资金总额 {q(rate)} × 10 = 9.746 → {f2(fs)}; 有机肥替代化肥技术到位率 6 × 86.4 ÷ 90 = 5.76 and "
                      "带动脱贫户和监测户增收 7 × 1152 ÷ 1200 = 6.72 (proportion, with reasons); 长效机制 −1 with a reason "
                      "(judgement)",
                      "果园水肥一体化建设面积 3000 vs ≥3000亩 and 新型经营主体满意度 90% vs ≥90% (met exactly); 示范园亩均补助标准 "
                      "1180 vs ≤1200元/亩 (a ceiling, met; a unit subsidy, not a budget figure)",
                      f"总分 {f2(total)} = the fund line + the 14 rows; 分值 10 + 90 = 100; 优"]}


WARC_DATE = "2025-07-12T02:31:47Z"


def warc_id(n):
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'h417-warc-record-{n}')}>"


def b32sha1(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def warc_record(fields, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + \
        f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def html417(M):
    ia, aa, ea, rate, fs = M["fund"]
    e = htmlmod.escape
    title = f"{M['project']}绩效自评报告"
    L = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">', '<html xmlns="http://www.w3.org/1999/xhtml">',
         "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
         f"<title>{title}-洛川县人民政府</title>", '<meta name="keywords" content="洛川,苹果,绩效自评" />',
         '<link href="/css/article.css" rel="stylesheet" type="text/css" />', "</head>", "<body>",
         '<div class="top"><a href="/">洛川县人民政府</a> | <a href="/xxgk/">信息公开</a></div>',
         '<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/czzj/">'
         "财政资金</a> &gt; 绩效评价</div>",
         '<div class="article">', f"<h1>{e(title)}</h1>",
         '<div class="meta">发布时间：2025-05-28　来源：县农业农村局　字号：[大 中 小]</div>', '<div class="content">',
         "<p>　　根据洛川县财政局关于开展2024年度项目支出绩效自评工作的要求，县农业农村局会同项目实施单位对2024年洛川县苹果产业"
         "高质量发展项目开展了绩效自评，现将自评情况报告如下。</p>",
         "<p><b>　　一、项目基本情况</b></p>",
         f"<p>　　项目主管部门为{M['dept']}，实施单位为{M['unit']}。项目主要建设矮化自根砧苹果示范园、苹果智能分选线和果园"
         "水肥一体化设施，推广有机肥替代化肥技术，拓展苹果跨境电商销售渠道。</p>",
         "<p><b>　　二、项目资金使用及管理情况</b></p>",
         f"<p>　　项目年初预算{mc(ia)}万元，全年预算{mc(aa)}万元，全年执行{mc(ea)}万元，执行率{q(rate)}。分资金来源情况见下表。"
         "</p>", '<table class="t" border="1" cellspacing="0" cellpadding="4">',
         "<tr><th>资金来源</th><th>年初预算数（万元）</th><th>全年预算数（万元）</th><th>全年执行数（万元）</th><th>执行率</th></tr>"]
    for x, rt in zip(M["src"], M["srates"]):
        L.append(f'<tr><td align="left">{e(x[0])}</td><td align="right">{mc(x[1])}</td><td align="right">{mc(x[2])}</td>'
                 f'<td align="right">{mc(x[3])}</td><td>{q(rt)}</td></tr>')
    L += [f'<tr><td align="left">合计</td><td align="right">{mc(ia)}</td><td align="right">{mc(aa)}</td>'
          f'<td align="right">{mc(ea)}</td><td>{q(rate)}</td></tr>', "</table>",
          "<p><b>　　三、绩效目标完成情况</b></p>",
          "<p>　　（一）产出方面。全年新建矮化自根砧苹果示范园5120亩，建设果园水肥一体化3000亩，示范园优果率83.5%，有机肥替代"
          "化肥技术到位率86.4%。苹果智能分选线设备于2024年11月到货，截至2024年底仍在安装调试，尚未投入使用，计划2025年6月"
          "正式投产。</p>",
          "<p>　　（二）效益方面。我县2023年尚未开展苹果跨境电商出口，2024年首次实现跨境电商出口386万元；项目区果农亩均增收"
          "856元，带动脱贫户和监测户增收1152户，果园化肥使用量减少9.2%。</p>",
          "<p>　　（三）满意度方面。抽样调查果农满意度92.4%，新型经营主体满意度90%。</p>",
          "<p><b>　　四、自评结果</b></p>",
          f"<p>　　经自评，项目得分{f2(M['total'])}分，等级为“优”（90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为"
          "中，60分以下为差）。项目支出绩效自评表如下：</p>",
          '<table class="t" border="1" cellspacing="0" cellpadding="4">',
          f'<tr><td colspan="2">项目名称</td><td colspan="6">{e(M["project"])}</td></tr>',
          f'<tr><td colspan="2">主管部门</td><td colspan="2">{e(M["dept"])}</td><td colspan="2">实施单位</td>'
          f'<td colspan="2">{e(M["unit"])}</td></tr>',
          '<tr><td colspan="2">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td>'
          "<td>执行率</td><td>得分</td></tr>",
          f'<tr><td colspan="2">年度资金总额</td><td>{mc(ia)}</td><td>{mc(aa)}</td><td>{mc(ea)}</td><td>10</td>'
          f"<td>{q(rate)}</td><td>{f2(fs)}</td></tr>",
          "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
          "<th>得分</th><th>偏差原因分析及改进措施</th></tr>"]
    ind = M["ind"][1:]
    rs0 = {a: b - a + 1 for a, b in spans(ind, 0)}
    rs1 = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in rs0:
            cells.append(f'<td rowspan="{rs0[i]}">{e(x[0])}</td>' if rs0[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in rs1:
            cells.append(f'<td rowspan="{rs1[i]}">{e(x[1])}</td>' if rs1[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f'<td align="left">{e(x[2])}</td>', f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>", f"<td>{fmt(x[5])}</td>",
                  f"<td>{fmt(x[6])}</td>", f'<td align="left">{e(x[7]) or "&nbsp;"}</td>']
        L.append("<tr>" + "".join(cells) + "</tr>")
    L += [f'<tr><td colspan="5">总分</td><td>100</td><td>{f2(M["total"])}</td><td>自评等级：优</td></tr>', "</table>",
          "<p><b>　　五、存在的问题及改进措施</b></p>",
          "<p>　　一是智能分选线建设进度滞后；二是有机肥替代化肥技术推广仍有差距；三是基层果业技术服务队伍不稳定。下一步将督促"
          "分选线尽快投产，加大技术培训力度，健全果业技术服务长效机制。</p>",
          '<p align="right">填报人：王喆　联系电话：0911-3621508</p>', '<p align="right">2025年5月26日</p>',
          "</div>", "</div>",
          '<div class="foot">主办：洛川县人民政府办公室　网站标识码：6106290001　陕ICP备05003716号</div>',
          "</body>", "</html>", ""]
    return "\r\n".join(L)


def write417(rep, path):
    M = rep["meta"]
    host = "www.luochuan.gov.cn"
    upath = "/xxgk/czzj/jxpj/202505/t20250528_1187642.html"
    http_uri, https_uri = f"http://{host}{upath}", f"https://{host}{upath}"
    ip = "113.140.12.87"
    page = html417(M).encode("gbk")
    assert "喆" in html417(M)
    try:
        html417(M).encode("gb2312")
        raise AssertionError("the page should hold a GBK-only character")
    except UnicodeEncodeError:
        pass
    req = lambda: ("GET " + upath + " HTTP/1.1\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\nAccept-Encoding: identity\r\n"
                   f"Host: {host}\r\nConnection: Keep-Alive\r\n\r\n").encode("ascii")
    moved = (b"<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved Permanently"
             b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
    r301 = ("HTTP/1.1 301 Moved Permanently\r\nServer: nginx\r\nDate: Sat, 12 Jul 2025 02:31:47 GMT\r\n"
            f"Content-Type: text/html\r\nContent-Length: {len(moved)}\r\nConnection: keep-alive\r\n"
            f"Location: {https_uri}\r\n\r\n").encode("ascii") + moved
    r200 = ("HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: Sat, 12 Jul 2025 02:31:48 GMT\r\n"
            f"Content-Type: text/html; charset=GBK\r\nContent-Length: {len(page)}\r\nConnection: keep-alive\r\n"
            "Last-Modified: Wed, 28 May 2025 08:16:05 GMT\r\nETag: \"6836c6a5-" + f"{len(page):x}" + "\"\r\n"
            "X-Frame-Options: SAMEORIGIN\r\nAccept-Ranges: bytes\r\n\r\n").encode("ascii") + page
    fname = "luochuan_pingguo_jxzp.warc.gz"
    args = f'"--warc-file=luochuan_pingguo_jxzp" "--no-verbose" "{http_uri}"'
    info = ("software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
            "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
            "robots: classic\r\n" f"wget-arguments: {args}\r\n").encode("utf-8")
    wi = warc_id(0)
    recs = [warc_record([("WARC-Type", "warcinfo"), ("Content-Type", "application/warc-fields"),
                         ("WARC-Date", WARC_DATE), ("WARC-Record-ID", wi), ("WARC-Filename", fname),
                         ("WARC-Block-Digest", b32sha1(info))], info)]
    n = 1
    for uri, resp, date in ((http_uri, r301, "2025-07-12T02:31:47Z"), (https_uri, r200, "2025-07-12T02:31:48Z")):
        rq = req()
        rid, sid = warc_id(n), warc_id(n + 1)
        n += 2
        recs.append(warc_record([("WARC-Type", "request"), ("WARC-Target-URI", uri), ("Content-Type",
                                 "application/http;msgtype=request"), ("WARC-Date", date), ("WARC-Record-ID", rid),
                                 ("WARC-IP-Address", ip), ("WARC-Warcinfo-ID", wi), ("WARC-Block-Digest", b32sha1(rq))],
                                rq))
        body = resp.split(b"\r\n\r\n", 1)[1]
        recs.append(warc_record([("WARC-Type", "response"), ("WARC-Record-ID", sid), ("WARC-Warcinfo-ID", wi),
                                 ("WARC-Concurrent-To", rid), ("WARC-Target-URI", uri), ("WARC-Date", date),
                                 ("WARC-IP-Address", ip), ("WARC-Block-Digest", b32sha1(resp)),
                                 ("WARC-Payload-Digest", b32sha1(body)),
                                 ("Content-Type", "application/http;msgtype=response")], resp))
    log = (f"2025-07-12 10:31:47 URL:{http_uri} 301 Moved Permanently\n"
           f"2025-07-12 10:31:48 URL:{https_uri} [{len(page)}/{len(page)}] -> \"t20250528_1187642.html\" [1]\n"
           ).encode("utf-8")
    manifest = f"{wi}\n".encode("utf-8")
    for typ, uri, ctype, block in (("metadata", "metadata://gnu.org/software/wget/warc/MANIFEST.txt", "text/plain",
                                    manifest),
                                   ("resource", "metadata://gnu.org/software/wget/warc/wget_arguments.txt",
                                    "text/plain", args.encode("utf-8") + b"\n"),
                                   ("resource", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", log)):
        recs.append(warc_record([("WARC-Type", typ), ("WARC-Record-ID", warc_id(n)), ("WARC-Warcinfo-ID", wi),
                                 ("WARC-Target-URI", uri), ("WARC-Date", "2025-07-12T02:31:48Z"),
                                 ("WARC-Block-Digest", b32sha1(block)), ("Content-Type", ctype)], block))
        n += 1
    with open(path, "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, compresslevel=6, mtime=0))


ALL.append(h417())



# ============================================================ h418 武陟县水利局 (PDF printed from Excel, COMMENTS at end of sheet)

def h418():
    dept, unit = "武陟县水利局", "武陟县人民胜利渠灌区管理服务中心"
    project = "2024年武陟县人民胜利渠灌区续建配套与节水改造项目"
    src = [("中央水利发展资金", 1850.00, 1850.00, 1786.42), ("省级水利发展资金", 520.00, 560.00, 533.80),
           ("县级配套资金", 230.00, 230.00, 214.65)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (2600.00, 2640.00, 2534.87, 96.02) and srates == [96.56, 95.32, 93.33], (rate, srates)
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
        assert x[3] <= x[2]
    no_half(rate / 10, "rate")
    fs = 9.06  # PLANT BUDGET_ROW_SCORE: the 说明's 执行率 × 分值 gives 96.02% × 10 = 9.60; printed 9.06
    assert r2(rate / 10) == 9.60 and fs != 9.60
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "新建及改造渠道长度", "≥28公里", "28.6公里", 7, 7, ""),
           ("产出指标", "数量指标", "新建改造渠系建筑物", "≥86座", "86座", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 1.38 of ≥1.5万亩 at full 7, no 偏差原因 (a comment on H16 asks for the
           # proportion and a reason; the proportion rule gives 6.44)
           ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥1.5万亩", "1.38万亩", 7, 7, ""),
           ("产出指标", "数量指标", "用水计量监测设施安装", "≥45处", "48处", 5, 5, ""),
           ("产出指标", "数量指标", "灌区信息化管理平台建设", "≥1套", "1套", 3, 3, ""),
           ("产出指标", "质量指标", "工程质量验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "渠系水利用系数", "≥0.62", "0.63", 6, 6, ""),
           ("产出指标", "时效指标", "工程按期完工率", "≥95%", "96.2%", 5, 5, ""),
           ("产出指标", "成本指标", "干支渠衬砌单位造价", "≤42万元/公里", "40.8万元/公里", 5, 5, ""),
           ("效益指标", "经济效益指标", "灌区新增年节水能力", "≥560万立方米", "583万立方米", 7, 7, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 得分 6 against a 分值 of 5 (the row's 分值 is 5; 6 is the next rows' 分值)
           ("效益指标", "社会效益指标", "灌区受益人口", "≥12万人", "12.6万人", 5, 6, ""),
           ("效益指标", "生态效益指标", "地下水超采区压采量", "≥300万立方米", "318万立方米", 6, 6, ""),
           ("效益指标", "经济效益指标", "灌区粮食增产", "≥1200万公斤", "1356万公斤", 6, 6, ""),
           ("效益指标", "可持续影响指标", "工程运行管护长效机制", "健全", "基本健全", 6, 5, "村级管护人员不稳定，扣1分"),
           ("满意度指标", "服务对象满意度指标", "灌区群众满意度", "≥90%", "93.1%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "农民用水户协会满意度", "≥90%", "88.6%", 5, P(88.6, 90, 5),
            "部分协会对末级渠系配套进度有意见；按完成比例计分")]
    no_half(5 * 88.6 / 90, "协会")
    no_half(7 * 1.38 / 1.5, "节水")
    assert len(ind) == 17 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("新增高效节水灌溉面积", 7, 6.44), ("农民用水户协会满意度", 4.92, 4.92)]
    total = s2(ind, 6)
    assert total == 98.98 and grade(total) == "优", total
    assert grade(r2(total - fs + 9.60 - 1 - 7 + 6.44)) == "优"
    # the Excel rows of the cells: 1 title … 13 the indicator header, 14–29 the indicator rows, 30 总分
    first = 14
    rown = {x[2]: first + i for i, x in enumerate(ind[1:])}
    assert rown["新增高效节水灌溉面积"] == 16 and rown["农民用水户协会满意度"] == 29 and rown["工程运行管护长效机制"] == 27
    comments = [("E7", "县财政局张丽", "全年预算数含省级追加资金40万元（焦财农〔2024〕38号），已核对。"),
                ("F14", "李卫东", "含2023年续建段3.2公里，已于2024年12月通过完工验收。"),
                ("H16", "县财政局张丽", "实际完成1.38万亩，未达到年度指标值1.5万亩，请按完成比例计分并填写偏差原因。"),
                ("I27", "李卫东", "管护经费按每亩3元标准落实，村级管护员32人。"),
                ("H29", "县财政局张丽", "原填5分；88.6%未达到指标值，已按比例改为4.92分。")]
    g = with_project(gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    plan = ("目标1：新建及改造渠道28公里、渠系建筑物86座，新增高效节水灌溉面积1.5万亩，安装用水计量监测设施45处；目标2：灌区新增年"
            "节水能力560万立方米，地下水超采区压采300万立方米，受益人口12万人；目标3：灌区群众满意度达到90%以上。")
    done = ("目标1：新建及改造渠道28.6公里、渠系建筑物86座，新增高效节水灌溉面积1.38万亩，安装计量监测设施48处，建成灌区信息化"
            "管理平台1套；目标2：新增年节水能力583万立方米，压采318万立方米，受益人口12.6万人，粮食增产1356万公斤；目标3：灌区"
            "群众满意度93.1%，用水户协会满意度88.6%。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, fund=(ia, aa, ea, rate, fs), ind=ind,
                total=total, comments=comments, plan=plan, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), "9.60", "HIGH", "ERROR",
             f"the 说明 scores the fund line 执行率 × 分值: {q(rate)} × 10 = 9.602 → 9.60, printed {f2(fs)} (digits "
             f"transposed); the 总分 {f2(total)} carries the {f2(fs)} (with 9.60 it is {f2(r2(total - fs + 9.60))}, 优 "
             "either way): one finding"),
           F("TARGET_MISSED_FULL_MARKS", "新增高效节水灌溉面积",
             "产出指标 | 数量指标 | 新增高效节水灌溉面积 | ≥1.5万亩 | 1.38万亩 | 7 | 7 |", "7", "< 7", "HIGH", "WARNING",
             "1.38万亩 falls short of the ≥1.5万亩 target (the 实际完成情况 repeats 1.38) yet the row keeps its full 7 with "
             "no 偏差原因; the 说明's proportion rule gives 7 × 1.38 ÷ 1.5 = 6.44; the finance bureau's own comment on "
             "H16, printed at the end of the sheet, asks for exactly that and was not acted on"),
           F("ROW_SCORE_OVER_WEIGHT", "灌区受益人口",
             "效益指标 | 社会效益指标 | 灌区受益人口 | ≥12万人 | 12.6万人 | 5 | 6 |", "6", "≤ 5", "HIGH", "ERROR",
             "the row scores 6 against its 分值 5 (the target is met: 5 is the most it can earn); 6 is the 分值 of the rows "
             f"below it, apparently copied; the 总分 {f2(total)} counts the 6 (with 5 it is {f2(r2(total - 1))}, 优 either "
             "way)")]
    return {"stem": "h418_wuzhi_shuili", "format": "pdf", "draw": draw418, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF is an Excel sheet PRINTED WITH ITS CELL COMMENTS “AT END OF SHEET” (页面设置 → 工作表 → 批注：工作表"
                      "末尾): pages 1–2 the sheet (A4 landscape, the indicator header row repeated on page 2 as a print "
                      "title, 第 n 页，共 3 页), page 3 the five comments as Excel lists them — “单元格: H16” then “批注: "
                      "author:” and the text —; the comments are the reviewers' notes, not the report: their figures (40万元 "
                      "追加, 3.2公里 续建段, 原填5分, 每亩3元, 32人) are not report values, and the sheet's cells carry no "
                      "comment marks in print",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      f"{q(srates[0])}, 省级 {q(srates[1])}, 县级 {q(srates[2])} right; none over; 年初 < 全年 (省级 追加 "
                      "40.00, as the E7 comment says); the source lines carry no 分值 / 得分 and are not gold rows",
                      "农民用水户协会满意度 5 × 88.6 ÷ 90 = 4.922 → 4.92 (proportion, with a reason; its comment's “原填5分” is "
                      "the old value, corrected); 管护长效机制 −1 with a reason (judgement); 新建改造渠系建筑物 86 vs ≥86座 "
                      "(met exactly); 渠系水利用系数 0.63 vs ≥0.62 (met; a coefficient, no unit); 干支渠衬砌单位造价 40.8 vs "
                      "≤42万元/公里 (a ceiling, met; a unit cost, not a budget figure)",
                      f"总分 {f2(total)} = the fund line as printed + the 16 rows (the 7 and the 6 included); 分值 10 + 90 = "
                      "100; 优"]}


def draw418(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    M = rep["meta"]
    ia, aa, ea, rate, fs = M["fund"]
    W, Hh = landscape(A4)
    c = rl_canvas(path, "2024年项目支出绩效自评表", "wzslj", "Microsoft® Excel® 2016", "Microsoft® Excel® 2016",
                  pagesize=(W, Hh))
    rc = RlCanvas(c)
    X0 = 42.0
    usable = W - 2 * X0
    pages = 3

    def footer(n):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(W / 2, 24, f"第 {n} 页，共 {pages} 页")

    sh = Sheet(rc, W, Hh, x0=X0)
    sh.y = Hh - 48
    sh.txt(W / 2, sh.y, "项目支出绩效自评表", 16, "c")
    sh.y -= 20
    sh.txt(W / 2, sh.y, "（2024年度）", 10.5, "c")
    sh.y -= 20
    sh.txt(X0, sh.y, f"填报单位（盖章）：{M['dept']}", 10)
    sh.txt(W - X0, sh.y, "金额单位：万元", 10, "r")
    sh.y -= 10
    cols = [70, 80, 68, 118, 74, 74, 46, 50, 0]
    cols[-1] = usable - sum(cols[:-1])
    rows = [["项目名称", M["project"]] + [""] * 7,
            ["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", "", ""],
            ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "", mc(ia), mc(aa), mc(ea), "10", q(rate), f2(fs)]]
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 1, 2, 2), (3, 1, 3, 2)]
    for i, (x, rt) in enumerate(zip(M["src"], M["srates"])):
        rows.append(["", ("其中：" if i == 0 else "") + x[0], "", mc(x[1]), mc(x[2]), mc(x[3]), "—", q(rt), "—"])
        merges.append((4 + i, 1, 4 + i, 2))
    merges.append((2, 0, 6, 0))
    rows += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
             ["", M["plan"], "", "", "", M["done"], "", "", ""]]
    merges += [(7, 0, 8, 0), (7, 1, 7, 4), (7, 5, 7, 8), (8, 1, 8, 4), (8, 5, 8, 8)]
    # the indicator header and the first rows on page 1
    head = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    ind = M["ind"][1:]
    k1 = 7  # indicator rows printed on page 1 (Excel's page break after sheet row 20)
    part1 = ind[:k1]
    rows.append(head)
    h0 = len(rows)
    for x in part1:
        rows.append(["", x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    merges += [(h0 + a, k + 1, h0 + b, k + 1) for k in (0, 1) for a, b in spans(part1, k) if b > a]
    merges.append((h0 - 1, 0, h0 + len(part1) - 1, 0))
    sh.grid(rows, cols, merges, size=8.5, aligns=["c", "c", "c", "l", "c", "c", "c", "c", "l"], pad=3, lead=11,
            head_rows=(2, 7, h0 - 1))
    footer(1)
    c.showPage()
    # page 2: the print-title row (the indicator header) repeated, the remaining rows, 总分, 说明, 填报人
    sh.y = Hh - 40
    rows = [head]
    part2 = ind[k1:]
    for x in part2:
        rows.append(["", x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    merges = [(1 + a, k + 1, 1 + b, k + 1) for k in (0, 1) for a, b in spans(part2, k) if b > a]
    n = len(rows)
    merges.append((0, 0, n - 1, 0))
    rows.append(["总分", "", "", "", "", "", "100", f2(M["total"]), "自评等级：优"])
    merges.append((n, 0, n, 5))
    sh.grid(rows, cols, merges, size=8.5, aligns=["c", "c", "c", "l", "c", "c", "c", "c", "l"], pad=3, lead=11,
            head_rows=(0,))
    sh.y += 4
    sh.para(NOTE + BANDS, 9, indent=False, lead=13, width=usable)
    sh.y -= 4
    sh.txt(X0, sh.y, "填报人：李卫东　　联系电话：0391-7221563　　填报日期：2025年4月27日", 9)
    assert sh.y > 40, sh.y
    footer(2)
    c.showPage()
    # page 3: the comments, as Excel prints them at the end of the sheet
    y = Hh - 48
    for ref, author, text in M["comments"]:
        c.setFont("STSong-Light", 10)
        c.drawString(X0, y, f"单元格: {ref}")
        y -= 15
        c.drawString(X0, y, f"批注: {author}:")
        y -= 15
        for ln in wrap(text, usable * 0.6, 10, rc.kit):
            c.drawString(X0 + 30, y, ln)
            y -= 15
        y -= 15
    footer(3)
    c.showPage()
    c.save()


ALL.append(h418())


def main(argv):
    round_main(argv, ALL, "72")


if __name__ == "__main__":
    main(sys.argv[1:])
