#!/usr/bin/python3
"""Round 46 (h284–h288): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus46 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports46.py [h284 …]
(needs openpyxl, python-docx, lxml, reportlab and pikepdf: h284 a department's 绩效自评汇报 slide deck (PPTX, its
PresentationML written part by part with zipfile: title slide, bullet slides, the 自评表 as a slide TABLE (a:tbl with
gridSpan / rowSpan / hMerge / vMerge) over three slides with its header row repeated, a 自评结论 slide with a second
table, presenter's NOTES on every slide); h285 a cover-letter PDF (报送函) whose 自评表 exists only as an XLSX EMBEDDED
FILE (the /EmbeddedFiles name tree and a /FileAttachment annotation on page 1); h286 an Excel-printed WIDE table tiled
over four pages “down, then over” (rows 1–12 and 13–22 with the left columns, then the same rows with the right
columns, 序号 repeated as a print-title column) after a prose page; h287 a legacy-converted DOCX whose scored table has
an IRREGULAR GRID (w:gridBefore / w:gridAfter, legacy w:hMerge beside w:gridSpan, w:vMerge); h288 a CMS page whose
indicator hierarchy is NESTED LISTS (ol of 一级, ul of 二级, li of 三级 “名称：指标值…；实际完成值…；分值…分；得分…分”).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因).
"""
import hashlib
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
from reports32 import new_canvas, FONT, wrap  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402
from reports43 import heights_for, rl_cells  # noqa: E402

ALL = []
ZIP_DATE = H.A.FIXED.timetuple()[:6]


def zip_parts(path, parts):
    """parts: [(name, bytes)] written in that order, deflated, every entry dated H.A.FIXED"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def esc(s):
    return htmlmod.escape(s, quote=True)


# ============================================================ PresentationML, written part by part (h284)

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
XMLHEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."
EMU_IN = 914400
FACE = "微软雅黑"


def emu(inches):
    return int(round(inches * EMU_IN))


def rels_xml(rels):
    out = [XMLHEAD, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for rid, typ, target in rels:
        out.append(f'<Relationship Id="{rid}" Type="{typ if typ.startswith("http") else RT + typ}" Target="{target}"/>')
    out.append("</Relationships>")
    return "".join(out).encode("utf-8")


def run_xml(text, size, bold=False, color=None):
    b = ' b="1"' if bold else ""
    fill = f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>' if color else ""
    return (f'<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="{int(size * 100)}"{b} dirty="0">{fill}'
            f'<a:latin typeface="{FACE}"/><a:ea typeface="{FACE}"/></a:rPr><a:t>{esc(text)}</a:t></a:r>')


def para_xml(text, size, bold=False, align=None, bullet=False, color=None, space_after=0):
    ppr = []
    if align:
        ppr.append(f'algn="{align}"')
    if bullet:
        ppr.append('marL="342900" indent="-342900"')
    inner = ""
    if space_after:
        inner += f'<a:spcAft><a:spcPts val="{int(space_after * 100)}"/></a:spcAft>'
    inner += ('<a:buFont typeface="Arial"/><a:buChar char="&#8226;"/>' if bullet else "<a:buNone/>")
    pp = f'<a:pPr {" ".join(ppr)}>{inner}</a:pPr>' if ppr else f"<a:pPr>{inner}</a:pPr>"
    if not text:
        return f'<a:p>{pp}<a:endParaRPr lang="zh-CN" altLang="en-US" sz="{int(size * 100)}" dirty="0"/></a:p>'
    return f"<a:p>{pp}{run_xml(text, size, bold, color)}</a:p>"


def sp_xml(sid, name, ph, box, paras, anchor="t"):
    """a text shape; ph: (type, idx) of the layout placeholder it fills, or None for a plain text box"""
    x, y, w, h = (emu(v) for v in box)
    if ph:
        typ, idx = ph
        attrs = (f' type="{typ}"' if typ else "") + (f' idx="{idx}"' if idx is not None else "")
        nv = f'<p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attrs}/></p:nvPr></p:nvSpPr>'
    else:
        nv = f'<p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
    return (f'<p:sp>{nv}<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square" anchor="{anchor}">'
            f'<a:normAutofit/></a:bodyPr><a:lstStyle/>{"".join(paras)}</p:txBody></p:sp>')


def tbl_xml(sid, name, box_xy, col_in, row_in, spec, size, head_fill="D9E2F3", head_rows=(0,)):
    """a slide table (graphicFrame with a:tbl): spec cells (r, k, rs, cs, text, align, bold) as the other rounds' cell
    specs; an origin cell carries rowSpan / gridSpan, the cells it covers hMerge="1" (covered from the left) and / or
    vMerge="1" (covered from above), as PowerPoint writes a merged table."""
    nr, nc = len(row_in), len(col_in)
    grid = [[None] * nc for _ in range(nr)]
    for r, k, rs, cs, t, al, b in spec:
        for rr in range(r, r + rs):
            for kk in range(k, k + cs):
                assert grid[rr][kk] is None, (rr, kk, t)
                grid[rr][kk] = ("origin", (r, k, rs, cs, t, al, b)) if (rr, kk) == (r, k) else ("cover", (rr > r, kk > k))
    line = ''.join(f'<a:{s} w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
                   f'<a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="med" len="med"/>'
                   f'<a:tailEnd type="none" w="med" len="med"/></a:{s}>' for s in ("lnL", "lnR", "lnT", "lnB"))
    rows = []
    for r in range(nr):
        tcs = []
        for k in range(nc):
            kind, v = grid[r][k]
            fill = (f'<a:solidFill><a:srgbClr val="{head_fill}"/></a:solidFill>' if r in head_rows else "<a:noFill/>")
            tcpr = f'<a:tcPr marL="45720" marR="45720" marT="22860" marB="22860" anchor="ctr">{line}{fill}</a:tcPr>'
            if kind == "origin":
                _, _, rs, cs, t, al, b = v
                attrs = (f' gridSpan="{cs}"' if cs > 1 else "") + (f' rowSpan="{rs}"' if rs > 1 else "")
                algn = {"c": "ctr", "l": "l", "r": "r"}[al]
                ps = "".join(para_xml(ln, size, b, algn) for ln in (t.split("\n") if t else [""]))
            else:
                below, right = v
                attrs = (' hMerge="1"' if right else "") + (' vMerge="1"' if below else "")
                ps = para_xml("", size)
            tcs.append(f'<a:tc{attrs}><a:txBody><a:bodyPr/><a:lstStyle/>{ps}</a:txBody>{tcpr}</a:tc>')
        rows.append(f'<a:tr h="{emu(row_in[r])}">{"".join(tcs)}</a:tr>')
    x, y = (emu(v) for v in box_xy)
    cols = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in col_in)
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="{name}"/><p:cNvGraphicFramePr>'
            f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{sum(emu(w) for w in col_in)}" cy="{sum(emu(h) for h in row_in)}"/>'
            f'</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
            f'<a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{cols}</a:tblGrid>{"".join(rows)}</a:tbl></a:graphicData>'
            f'</a:graphic></p:graphicFrame>')


SPTREE_HEAD = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
               '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
               '</p:grpSpPr>')
CLRMAP = ('bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
          'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"')


def theme_xml(name):
    acc = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]
    clr = ('<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" '
           'lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
           + "".join(f'<a:accent{i + 1}><a:srgbClr val="{c}"/></a:accent{i + 1}>' for i, c in enumerate(acc))
           + '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="{}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    return (XMLHEAD + f'<a:theme xmlns:a="{NS_A}" name="{name}"><a:themeElements><a:clrScheme name="Office">{clr}'
            '</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>'
            '<a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin '
            'typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont>'
            f'</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>'
            f'{ln.format(6350)}{ln.format(12700)}{ln.format(19050)}</a:lnStyleLst><a:effectStyleLst>'
            + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3 +
            f'</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>').encode("utf-8")


def lvl_styles(sizes, bullet):
    out = []
    for i, sz in enumerate(sizes, 1):
        bu = ('<a:buFont typeface="Arial"/><a:buChar char="&#8226;"/>' if bullet else "<a:buNone/>")
        mar = f' marL="{228600 + 457200 * (i - 1)}" indent="-228600"' if bullet else ""
        out.append(f'<a:lvl{i}pPr{mar} algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
                   f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{600 if bullet else 0}"/></a:spcBef>'
                   f'{bu}<a:defRPr sz="{sz * 100}" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
                   '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl'
                   f'{i}pPr>')
    return "".join(out)


def master_xml():
    title = sp_xml(2, "标题占位符 1", ("title", None), (0.5, 0.3, 12.33, 0.9), [para_xml("", 28)], "ctr")
    body = sp_xml(3, "文本占位符 2", ("body", 1), (0.5, 1.4, 12.33, 5.6), [para_xml("", 18)])
    return (XMLHEAD + f'<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
            f'<p:spTree>{SPTREE_HEAD}{title}{body}</p:spTree></p:cSld><p:clrMap {CLRMAP}/><p:sldLayoutIdLst>'
            '<p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst>'
            '<p:txStyles><p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
            'hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>'
            '<a:defRPr sz="2800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin '
            'typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>'
            f'<p:bodyStyle>{lvl_styles([18, 16, 14], True)}</p:bodyStyle><p:otherStyle>{lvl_styles([18], False)}'
            '</p:otherStyle></p:txStyles></p:sldMaster>').encode("utf-8")


def layout_xml(typ, name, shapes):
    return (XMLHEAD + f'<p:sldLayout {NSDECL} type="{typ}" preserve="1"><p:cSld name="{name}"><p:spTree>{SPTREE_HEAD}'
            f'{"".join(shapes)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>'
            '</p:sldLayout>').encode("utf-8")


def notes_master_xml():
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="幻灯片图像占位符 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
           'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
           '<a:off x="685800" y="1143000"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
           '</a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr>'
           '</p:sp>')
    body = sp_xml(3, "备注占位符 2", ("body", 1), (0.75, 4.75, 6.0, 3.6), [para_xml("", 12)])
    return (XMLHEAD + f'<p:notesMaster {NSDECL}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            f'</p:bg><p:spTree>{SPTREE_HEAD}{img}{body}</p:spTree></p:cSld><p:clrMap {CLRMAP}/><p:notesStyle>'
            f'{lvl_styles([12], False)}</p:notesStyle></p:notesMaster>').encode("utf-8")


def notes_xml(text):
    img = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="幻灯片图像占位符 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
           'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>')
    body = ('<p:sp><p:nvSpPr><p:cNvPr id="3" name="备注占位符 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
            '<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>'
            + "".join(para_xml(t, 12) for t in text.split("\n")) + "</p:txBody></p:sp>")
    return (XMLHEAD + f'<p:notes {NSDECL}><p:cSld><p:spTree>{SPTREE_HEAD}{img}{body}</p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr></p:notes>').encode("utf-8")


def slide_xml(shapes):
    return (XMLHEAD + f'<p:sld {NSDECL}><p:cSld><p:spTree>{SPTREE_HEAD}{"".join(shapes)}</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>').encode("utf-8")


def write_pptx(path, slides, title, author, when):
    """slides: [(layout 1 = 标题幻灯片 | 2 = 标题和内容, [shape xml], notes text)]; a 16:9 deck with one master, two
    layouts, a notes master and a notes slide per slide; every part written here, entries in a fixed order and date."""
    n = len(slides)
    parts = []
    ov = [("/ppt/presentation.xml", CT + "presentation.main+xml"),
          ("/ppt/slideMasters/slideMaster1.xml", CT + "slideMaster+xml"),
          ("/ppt/slideLayouts/slideLayout1.xml", CT + "slideLayout+xml"),
          ("/ppt/slideLayouts/slideLayout2.xml", CT + "slideLayout+xml"),
          ("/ppt/notesMasters/notesMaster1.xml", CT + "notesMaster+xml"),
          ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
          ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
          ("/ppt/presProps.xml", CT + "presProps+xml"), ("/ppt/viewProps.xml", CT + "viewProps+xml"),
          ("/ppt/tableStyles.xml", CT + "tableStyles+xml"),
          ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
          ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    ov += [(f"/ppt/slides/slide{i}.xml", CT + "slide+xml") for i in range(1, n + 1)]
    ov += [(f"/ppt/notesSlides/notesSlide{i}.xml", CT + "notesSlide+xml") for i in range(1, n + 1)]
    ctx = (XMLHEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
           'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
           'ContentType="application/xml"/>' + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in ov)
           + "</Types>")
    parts.append(("[Content_Types].xml", ctx.encode("utf-8")))
    parts.append(("_rels/.rels", rels_xml([
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId1", "officeDocument", "ppt/presentation.xml")])))
    core = (XMLHEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator><cp:lastModifiedBy>{esc(author)}'
            f'</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{when}'
            f'</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    parts.append(("docProps/core.xml", core.encode("utf-8")))
    app = (XMLHEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>96</TotalTime>'
           f'<Words>0</Words><Application>Microsoft Office PowerPoint</Application><PresentationFormat>宽屏'
           f'</PresentationFormat><Paragraphs>0</Paragraphs><Slides>{n}</Slides><Notes>{n}</Notes><HiddenSlides>0'
           '</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
           '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
           '</Properties>')
    parts.append(("docProps/app.xml", app.encode("utf-8")))
    sld_ids = "".join(f'<p:sldId id="{255 + i}" r:id="rId{10 + i}"/>' for i in range(1, n + 1))
    pres = (XMLHEAD + f'<p:presentation {NSDECL} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
            f'r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>'
            f'<p:sldIdLst>{sld_ids}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" '
            f'cy="9144000"/><p:defaultTextStyle>{lvl_styles([18], False)}</p:defaultTextStyle></p:presentation>')
    parts.append(("ppt/presentation.xml", pres.encode("utf-8")))
    prels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), ("rId2", "notesMaster", "notesMasters/notesMaster1.xml"),
             ("rId3", "theme", "theme/theme1.xml"), ("rId4", "presProps", "presProps.xml"),
             ("rId5", "viewProps", "viewProps.xml"), ("rId6", "tableStyles", "tableStyles.xml")]
    prels += [(f"rId{10 + i}", "slide", f"slides/slide{i}.xml") for i in range(1, n + 1)]
    parts.append(("ppt/_rels/presentation.xml.rels", rels_xml(prels)))
    parts.append(("ppt/presProps.xml", (XMLHEAD + f'<p:presentationPr {NSDECL}/>').encode("utf-8")))
    parts.append(("ppt/viewProps.xml", (XMLHEAD + f'<p:viewPr {NSDECL}><p:normalViewPr><p:restoredLeft sz="15620"/>'
                                        '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="72008" '
                                        'cy="72008"/></p:viewPr>').encode("utf-8")))
    parts.append(("ppt/tableStyles.xml", (XMLHEAD + f'<a:tblStyleLst xmlns:a="{NS_A}" '
                                          'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>').encode("utf-8")))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office 主题")))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office 主题")))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels_xml([
        ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", "slideLayout", "../slideLayouts/slideLayout2.xml"),
        ("rId3", "theme", "../theme/theme1.xml")])))
    parts.append(("ppt/slideLayouts/slideLayout1.xml", layout_xml("title", "标题幻灯片", [
        sp_xml(2, "标题 1", ("ctrTitle", None), (1.5, 1.6, 10.33, 2.0), [para_xml("", 36, align="ctr")], "b"),
        sp_xml(3, "副标题 2", ("subTitle", 1), (1.5, 3.8, 10.33, 1.6), [para_xml("", 20, align="ctr")])])))
    parts.append(("ppt/slideLayouts/slideLayout2.xml", layout_xml("obj", "标题和内容", [
        sp_xml(2, "标题 1", ("title", None), (0.5, 0.3, 12.33, 0.9), [para_xml("", 28)], "ctr"),
        sp_xml(3, "内容占位符 2", (None, 1), (0.5, 1.4, 12.33, 5.6), [para_xml("", 18)])])))
    for k in (1, 2):
        parts.append((f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels",
                      rels_xml([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels_xml([("rId1", "theme", "../theme/theme2.xml")])))
    for i, (layout, shapes, notes) in enumerate(slides, 1):
        parts.append((f"ppt/slides/slide{i}.xml", slide_xml(shapes)))
        parts.append((f"ppt/slides/_rels/slide{i}.xml.rels", rels_xml([
            ("rId1", "slideLayout", f"../slideLayouts/slideLayout{layout}.xml"),
            ("rId2", "notesSlide", f"../notesSlides/notesSlide{i}.xml")])))
        parts.append((f"ppt/notesSlides/notesSlide{i}.xml", notes_xml(notes)))
        parts.append((f"ppt/notesSlides/_rels/notesSlide{i}.xml.rels", rels_xml([
            ("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"), ("rId2", "slide", f"../slides/slide{i}.xml")])))
    zip_parts(path, parts)


# ============================================================ h284 宿迁市生态环境局 (PPTX 绩效自评汇报, slide tables, notes)

def h284():
    dept = "宿迁市生态环境局"
    ib_b, ab_b, eb_b = 3050.20, 3126.50, 3098.72
    ib_p, ab_p, eb_p = 5165.10, 5525.90, 5147.44
    ib, ab = r2(ib_b + ib_p), r2(ab_b + ab_p)
    eb_parts = r2(eb_b + eb_p)
    eb = 8237.16  # PLANT BREAKDOWN_SUM: 全年执行数 8,237.16; 基本 3,098.72 + 项目 5,147.44 = 8,246.16
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb_parts, rate, rb, rp) == (8215.30, 8652.40, 8246.16, 95.20, 99.11, 93.15), \
        (ib, ab, eb_parts, rate, rb, rp)
    bs = r2(rate / 10)
    jz = r2(100 - rate)
    assert bs == 9.52 and jz == 4.80 and pct(r2(ab - eb), ab) == 4.80
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "个别指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.3%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-4.6%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "监测能力建设项目跨年实施"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分监测设备未及时登记入账"),
           ("产出", "数量指标", "空气质量自动监测站运维（个）", "≥36", "36", 6, 6, ""),
           ("产出", "数量指标", "重点排污单位执法检查（家次）", "≥1200", "1286", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 162 meets ≥150, no 偏差原因, 5 of 6
           ("产出", "数量指标", "入河排污口排查整治（个）", "≥150", "162", 6, 5, ""),
           ("产出", "质量指标", "PM2.5年均浓度（微克/立方米）", "≤35", "33.8", 6, 6, ""),
           ("产出", "质量指标", "国省考断面水质优Ⅲ类比例", "≥90%", "93.8%", 6, 6, ""),
           ("产出", "时效指标", "环评审批按时办结率", "100%", "100%", 5, 5, ""),
           ("效益", "环境效益", "空气质量优良天数比率", "≥80%", "81.4%", 7, 7, ""),
           ("效益", "社会效益", "突发环境事件（起）", "0", "0", 6, 6, ""),
           ("效益", "可持续影响", "生态环境长效监管机制", "健全", "基本健全", 6, 5, "部分乡镇网格监管员配备不足"),
           ("效益", "满意度", "公众生态环境满意度", "≥90%", "92.6%", 6, 6, "")]
    assert len(ind) == 19 and s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 96.52, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 14.5), ("过程", 25, 24.02), ("产出", 35, 34), ("效益", 25, 24)], sec
    rates = [pct(s, w) for _, w, s in sec]
    assert rates == [96.67, 96.08, 97.14, 96.0], rates
    rates_p = list(rates)
    rates_p[2] = 97.41  # PLANT SCORE_RATE: 产出 得分率 34 ÷ 35 = 97.14%; the 自评结论 slide's table prints 97.41%
    g = gold(None, dept, 2024, "PREFECTURAL", "江苏省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, rates_p=rates_p, b=(ib_b, ab_b, eb_b, rb),
                p=(ib_p, ab_p, eb_p, rp), ib=ib, ab=ab, eb=eb, rate=rate)
    fnd = [F("BREAKDOWN_SUM", "全年执行数", f"全年执行数{m2(eb)}万元，其中基本支出{m2(eb_b)}万元、项目支出{m2(eb_p)}万元",
             f"{m2(eb)}万元", f"{m2(eb_parts)}万元", "HIGH", "ERROR",
             f"基本支出 {m2(eb_b)} + 项目支出 {m2(eb_p)} = {m2(eb_parts)}; the slide's 全年执行数 prints {m2(eb)} (9.00 "
             f"less); the 执行率 {rate:.2f}% and the 结转结余率 {jz:.2f}% are on the printed {m2(eb)} (on the parts the rate "
             f"would be {pct(eb_parts, ab):.2f}%); the 年初 and 全年 lines add up ({m2(ib_b)} + {m2(ib_p)} = {m2(ib)}; "
             f"{m2(ab_b)} + {m2(ab_p)} = {m2(ab)}); the presenter's note rounds it to 8,237万元 (notes are not the report)"),
           F("TARGET_MET_POINTS_LOST", "入河排污口排查整治（个）", "入河排污口排查整治（个） | ≥150 | 162 | 6 | 5 |", "5", "6",
             "HIGH", "WARNING",
             "162 meets ≥150 and the 偏差原因 cell is empty, yet the row scores 5 of 6; 二、年度绩效目标完成情况 also reports "
             "162 个 排查整治; the 产出 subtotal 34 and the 总分 96.52 count the 5"),
           F("SCORE_RATE", "产出 得分率", "产出 | 35 | 34 | 97.41%", "97.41%", "97.14%", "HIGH", "ERROR",
             "34 ÷ 35 = 97.14% (digits swapped); the other 得分率s (决策 96.67%, 过程 96.08%, 效益 96.00%, 合计 96.52%) "
             "are right")]
    return {"stem": "h284_suqian_shengtai", "format": "pptx", "write": write284, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a PowerPoint deck (16:9, 8 slides), not a document: the report's content is the slides' "
                      "text and tables; every slide carries presenter's NOTES (ppt/notesSlides/, the 备注 pane) that are the "
                      "speaker's words, not the report: they round figures (全年预算8,652万元左右, 执行8,237万元, 执行率95.2%, "
                      "追加约437万元, 总分96.5分) and quote last year's (2023年执行率93.6%, 上年自评94.8分, PM2.5下降2.1微克, "
                      "优良天数提高3.2个百分点) — none is a figure of the report and none contradicts it",
                      "the 自评表 is ONE slide table continued over slides 4–6 (三、部门整体支出绩效自评表（1/3）…（3/3）), its header "
                      "row repeated on each slide (not an indicator row); 一级 and 二级 cells merged down (rowSpan / vMerge) "
                      "within a slide and printed again at the top of the next (过程 on slides 4 and 5, 财务管理 on 4 and 5, "
                      "产出 on 5 and 6): 19 rows, not 22; the 合计 row (gridSpan / hMerge over five columns) and the 自评等级 "
                      "row on slide 6",
                      "the 自评结论 slide's small table (一级指标 | 分值 | 得分 | 得分率) is the section summary, not indicators; "
                      "its 决策 14.5 / 过程 24.02 / 产出 34 / 效益 24 add the rows; 合计 96.52 = the rows; 得分率 96.67%, 96.08%, "
                      "96.00%, 96.52% right; 自评等级 优 (96.52 ≥ 90)",
                      "budget slide: 年初 3,050.20 + 5,165.10 = 8,215.30 and 全年 3,126.50 + 5,525.90 = 8,652.40 add up; 执行率 "
                      "95.20% = 8,237.16 ÷ 8,652.40 (right on the printed total), 基本 99.11% and 项目 93.15% right; 年初 < "
                      "全年 (追加); 部门概况's 11 科室, 4 事业单位, 186 人 are not figures of the report",
                      "预算执行率 95.20% × 10 = 9.52 (the 自评结论 slide's rule); 结转结余率 4.80% = (8,652.40 − 8,237.16) ÷ 8,652.40 vs "
                      "≤5% (a ceiling, met); 在职人员控制率 97.3% vs ≤100%; “三公”经费变动率 -4.6% vs ≤0 (met); "
                      "空气质量自动监测站运维 36 vs ≥36 (met exactly); PM2.5 33.8 vs ≤35 (a ceiling, met); 突发环境事件 0 vs 0; "
                      "绩效指标明确性 −0.5, 资产管理规范性 −0.5, 生态环境长效监管机制 −1 with reasons (judgement)",
                      "二、年度绩效目标完成情况's figures (33.8, 81.4%, 36, 93.8%, 162, 1286, 100%, 92.6%) agree with the rows"]}


def write284(rep, path):
    M = rep["meta"]
    ind = M["ind"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    T = lambda t: sp_xml(2, "标题 1", ("title", None), (0.5, 0.3, 12.33, 0.9),  # noqa: E731
                         [para_xml(t, 26, True, color="1F3864")], "ctr")

    def body(lines, size=18, box=(0.6, 1.4, 12.1, 5.6)):
        return sp_xml(3, "内容占位符 2", (None, 1), box, [para_xml(t, size, bullet=True, space_after=6) for t in lines])
    slides = []
    slides.append((1, [sp_xml(2, "标题 1", ("ctrTitle", None), (1.0, 1.5, 11.33, 2.1),
                              [para_xml(M["dept"], 36, True, "ctr", color="1F3864"),
                               para_xml("2024年度部门整体支出绩效自评汇报", 36, True, "ctr", color="1F3864")], "b"),
                       sp_xml(3, "副标题 2", ("subTitle", 1), (1.5, 4.0, 10.33, 1.4),
                              [para_xml(f"汇报单位：{M['dept']}", 20, align="ctr"), para_xml("2025年4月18日", 20, align="ctr")])],
                   "各位领导、各位专家：\n下面由我代表市生态环境局，就2024年度部门整体支出绩效自评情况作简要汇报，请予指正。"))
    slides.append((2, [T("一、部门概况及预算执行情况"), body([
        "部门概况：市生态环境局内设科室11个，下属事业单位4个，年末在职人员186人。",
        f"年初预算数{m2(M['ib'])}万元，其中基本支出{m2(ib_b)}万元、项目支出{m2(ib_p)}万元。",
        f"全年预算数{m2(M['ab'])}万元，其中基本支出{m2(ab_b)}万元、项目支出{m2(ab_p)}万元。",
        f"全年执行数{m2(M['eb'])}万元，其中基本支出{m2(eb_b)}万元、项目支出{m2(eb_p)}万元。",
        f"预算执行率{M['rate']:.2f}%，其中基本支出{rb:.2f}%、项目支出{rp:.2f}%。"])],
        "预算这块简单说一下：全年预算8,652万元左右，年中追加了约437万元，主要是大气污染防治专项；\n"
        "全年执行8,237万元，执行率95.2%，比2023年的93.6%提高了1.6个百分点。\n"
        "项目支出结转的部分主要是监测能力建设项目跨年实施。"))
    slides.append((2, [T("二、年度绩效目标完成情况"), body([
        "大气：PM2.5年均浓度33.8微克/立方米，空气质量优良天数比率81.4%；完成36个空气质量自动监测站运维。",
        "水：国省考断面水质优Ⅲ类比例93.8%，排查整治入河排污口162个。",
        "执法：检查重点排污单位1286家次，环评审批按时办结率100%；全年未发生突发环境事件。",
        "满意度：公众生态环境满意度92.6%。"])],
        "PM2.5比上年下降了2.1微克，优良天数比率提高了3.2个百分点。\n入河排污口原计划150个，实际完成了162个。"))
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    cols = [0.95, 1.05, 2.9, 1.2, 1.2, 0.7, 0.7, 3.6]
    parts = [list(range(0, 7)), list(range(7, 14)), list(range(14, 19))]
    pnotes = ["这一页是决策和过程指标。预算执行率按执行率乘以10分计9.52分；结转结余率4.80%，控制在5%以内。",
              "产出指标共6项，数量、质量、时效指标均达到年度目标。",
              "效益指标中，长效监管机制扣了1分，主要是部分乡镇网格监管员配备不足。\n合计得分96.52分。"]
    for pi, part in enumerate(parts):
        sub = [ind[i] for i in part]
        spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hdr)]
        for rr, x in enumerate(sub, 1):
            spec += [(rr, 2, 1, 1, x[2], "l", False), (rr, 3, 1, 1, x[3], "c", False), (rr, 4, 1, 1, x[4], "c", False),
                     (rr, 5, 1, 1, fmt(x[5]), "c", False), (rr, 6, 1, 1, fmt(x[6]), "c", False),
                     (rr, 7, 1, 1, x[7], "l", False)]
        for cc in (0, 1):
            for a, b in spans(sub, cc):
                spec.append((1 + a, cc, b - a + 1, 1, sub[a][cc], "c", False))
        nrows = len(sub) + 1
        if pi == 2:
            spec += [(nrows, 0, 1, 5, "合计", "c", True), (nrows, 5, 1, 1, "100", "c", True),
                     (nrows, 6, 1, 1, fmt(M["total"]), "c", True), (nrows, 7, 1, 1, "", "c", False),
                     (nrows + 1, 0, 1, 5, "自评等级", "c", True), (nrows + 1, 5, 1, 3, grade(M["total"]), "c", True)]
            nrows += 2
        heights = [0.42] + [0.6] * (nrows - 1)
        slides.append((2, [T(f"三、部门整体支出绩效自评表（{pi + 1}/3）"),
                           tbl_xml(4, "表格 3", (0.5, 1.3), cols, heights, spec, 11)], pnotes[pi]))
    sspec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["一级指标", "分值", "得分", "得分率"])]
    for r, ((n, w, s), rt) in enumerate(zip(M["sec"], M["rates_p"]), 1):
        sspec += [(r, 0, 1, 1, n, "c", False), (r, 1, 1, 1, fmt(w), "c", False), (r, 2, 1, 1, fmt(s), "c", False),
                  (r, 3, 1, 1, f"{rt:.2f}%", "c", False)]
    sspec += [(5, 0, 1, 1, "合计", "c", True), (5, 1, 1, 1, "100", "c", True), (5, 2, 1, 1, fmt(M["total"]), "c", True),
              (5, 3, 1, 1, f"{M['total']:.2f}%", "c", True)]
    slides.append((2, [T("四、自评结论"),
                       body([f"经自评，2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。",
                             "评分规则：预算执行率得分＝预算执行率×分值；定性指标根据完成情况酌情扣分。",
                             "评价等级：" + BANDS], 16, (0.6, 1.3, 12.1, 2.2)),
                       tbl_xml(4, "表格 3", (2.9, 3.75), [2.2, 1.8, 1.8, 1.8], [0.45] * 6, sspec, 14)],
                   "总分96.5分，比上年的94.8分提高了1.7分。\n四个一级指标中产出指标得分最高。"))
    slides.append((2, [T("五、存在问题及下一步打算"), body([
        "问题：一是部分绩效指标细化量化不够；二是监测能力建设项目支出进度偏慢；三是乡镇网格化监管力量不足。",
        "打算：一是完善绩效指标体系，提高指标可衡量性；二是加快项目实施和资金支付进度；三是充实基层生态环境监管力量，"
        "健全长效监管机制。"])], "汇报完毕，谢谢！"))
    write_pptx(path, slides, f"{M['dept']}2024年度部门整体支出绩效自评汇报", "宿迁市生态环境局", "2025-04-18T02:30:00Z")


ALL.append(h284())



# ============================================================ h285 江山市卫生健康局 (PDF 报送函, the 自评表 an EMBEDDED XLSX)

def h285():
    dept = "江山市卫生健康局"
    unit = "江山市疾病预防控制中心"
    proj = "2024年江山市基本公共卫生服务项目"
    srcs = [("中央补助资金", 1120.00, 1186.50, 1161.30), ("省级补助资金", 680.00, 700.00, 688.46),
            ("本级财政资金", 460.00, 500.00, 462.70), ("其他资金", 0.00, 0.00, 0.00)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2260.00, 2386.50, 2312.46, 96.90), (ib, ab, eb, rate)
    src_rates = [pct(x[3], x[2]) for x in srcs[:3]] + [100.00]  # PLANT RATE_OVER_ZERO_BASE: 其他资金 0.00 ÷ 0.00 printed 100.00%
    assert src_rates[:3] == [97.88, 98.35, 92.54], src_rates
    fs = r2(rate / 10)
    assert fs == 9.69
    # PLANT SAME_FIGURE_DIFFERS: the cover letter says 高血压患者规范管理37,151人; the attachment's row (and its 实际完成情况
    # cell) 37115
    letter_hbp = "37,151"
    ind = [("产出指标", "数量指标", "65岁及以上老年人健康管理人数（人）", "≥48000", "49260", 6, 6, ""),
           ("产出指标", "数量指标", "高血压患者规范管理人数（人）", "≥36000", "37115", 6, 6, ""),
           ("产出指标", "数量指标", "2型糖尿病患者规范管理人数（人）", "≥12500", "12860", 5, 5, ""),
           ("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", "93.4%", 5, 5, ""),
           ("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%", "92.1%", 5, 5, ""),
           ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "98.6%", 6, 6, ""),
           ("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥85%", "91.2%", 5, 5, ""),
           ("产出指标", "时效指标", "传染病报告及时率", "≥95%", "99.3%", 6, 6, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准（元）", "≥94", "94", 6, 6, ""),
           ("效益指标", "社会效益指标", "家庭医生签约服务覆盖率", "≥40%", "43.5%", 6, 6, ""),
           ("效益指标", "社会效益指标", "居民健康素养水平", "≥35%", "33.6%", 6, P(33.6, 35, 6),
            "农村地区健康教育覆盖面不足，按比例得分；下一步加强健康促进县建设"),
           ("效益指标", "社会效益指标", "重大突发公共卫生事件（起）", "0", "0", 6, 6, ""),
           ("效益指标", "可持续影响指标", "基本公共卫生服务长效机制", "健全", "基本健全", 6, 5,
            "部分村卫生室人员老化、服务能力不足，扣1分"),
           ("效益指标", "可持续影响指标", "家庭医生签约续约率", "≥70%", "76.8%", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.6%", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "88.2%", 4, 4, "")]
    assert P(33.6, 35, 6) == 5.76
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, fs, "")] + ind
    assert s2(full, 5) == 100 and len(full) == 17
    total = s2(full, 6)
    assert total == 98.45, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ib, ab, eb, rate), [], grows(full)), proj, unit)
    # PLANT GOAL_LABELS: the 预期目标 cell numbers its four goals 目标一, 目标二, 目标三, 目标三 (the 实际完成情况 cell 目标一–目标四)
    goals = ("目标一：为辖区常住居民免费提供基本公共卫生服务，居民电子健康档案建档率90%以上；目标二：加强重点人群健康管理，65岁及以上"
             "老年人健康管理4.8万人以上，高血压、2型糖尿病患者规范管理分别达到3.6万人、1.25万人以上；目标三：适龄儿童国家免疫规划疫苗"
             "接种率90%以上，传染病报告及时率95%以上；目标三：家庭医生签约服务覆盖率40%以上，居民健康素养水平达到35%。")
    done = ("目标一：居民电子健康档案建档率92.1%；目标二：老年人健康管理49,260人，高血压、2型糖尿病患者规范管理37,115人、12,860人；"
            "目标三：疫苗接种率98.6%，传染病报告及时率99.3%；目标四：家庭医生签约服务覆盖率43.5%，居民健康素养水平33.6%。")
    attach = "江山市2024年基本公共卫生服务项目支出绩效自评表.xlsx"
    meta = dict(dept=dept, unit=unit, proj=proj, srcs=srcs, src_rates=src_rates, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs,
                ind=ind, total=total, goals=goals, done=done, attach=attach, letter_hbp=letter_hbp)
    fnd = [F("GOAL_LABELS", "年度总体目标", "预期目标：目标一：… 目标二：… 目标三：… 目标三：…", "目标一, 目标二, 目标三, 目标三",
             "目标一, 目标二, 目标三, 目标四", "HIGH", "WARNING",
             "in the attached 自评表 the 预期目标 cell labels its fourth goal (家庭医生签约服务覆盖率40%以上，居民健康素养水平35%) "
             "目标三 again; the 实际完成情况 cell beside it numbers the same goals 目标一–目标四"),
           F("RATE_OVER_ZERO_BASE", "其他资金", "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | —", "100.00%",
             "— (0.00 ÷ 0.00)", "HIGH", "WARNING",
             "the attachment's fund block prints an 执行率 of 100.00% on a 全年预算数 of 0.00 (nothing budgeted, nothing "
             "spent): the rate is undefined and should be blank or —; no score depends on it (the 年度资金总额 line's "
             f"{rate:.2f}% and 9.69 are right)"),
           F("SAME_FIGURE_DIFFERS", "高血压患者规范管理人数（人）",
             f"报送函：高血压患者规范管理{letter_hbp}人 / 附件：高血压患者规范管理人数（人） | ≥36000 | 37115 | 6 | 6",
             f"{letter_hbp}人", "37115", "HIGH", "WARNING",
             f"the cover letter's 二、绩效目标完成情况 says {letter_hbp}, the attached 自评表's row (and its 实际完成情况 cell, "
             "37,115人) 37115 (digits transposed; both meet ≥36000, so the row's 6 is unaffected); gold actual is the "
             "attachment's 37115")]
    return {"stem": "h285_jiangshan_weijian", "format": "pdf", "write": write285, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF's one page is a cover letter (报送函, 江卫函〔2025〕18号) to 江山市财政局, not the form: it names "
                      "the project, the budget figures, the achievements and the score and says “详见附件”; the 自评表 exists "
                      f"only as an XLSX EMBEDDED in the PDF ({attach}: the /EmbeddedFiles name tree of the document catalog, "
                      "under its Unicode /UF name with an ASCII /F fallback “2024_jbgw_zipingbiao.xlsx”, and the same file "
                      "specification on a /FileAttachment annotation (paperclip) beside the 附件 line of page 1); "
                      "pdftotext shows only the letter; the attachment's rows are the gold rows",
                      "the letter rounds: 年初预算2,260.0万元, 全年预算2,386.5万元, 实际支出2,312.5万元, 预算执行率96.9% — the "
                      "attachment's 2,260.00 / 2,386.50 / 2,312.46 / 96.90% to one decimal (rounding, not a finding); its 自评得分"
                      "98.45分 and 优 = the attachment's",
                      "the letter's other figures (49,260, 12,860, 92.1%, 98.6%, 43.5%, 33.6%) agree with the attachment; "
                      "its 文号, date and phone number are not figures of the report",
                      "fund block: 其中 lines 年初 1,120.00 + 680.00 + 460.00 + 0.00 = 2,260.00; 全年 1,186.50 + 700.00 + 500.00 "
                      "= 2,386.50; 执行 1,161.30 + 688.46 + 462.70 = 2,312.46; rates 97.88%, 98.35%, 92.54% right; they carry "
                      "no 分值/得分 (—) and are not gold budget parts; 年初 < 全年 (追加)",
                      "年度资金总额 96.90% × 10 = 9.69 (the 说明's rule); 居民健康素养水平 6 × 33.6 ÷ 35 = 5.76 (the 说明's "
                      "proportion rule, with a reason); 人均基本公共卫生服务经费补助标准 94 vs ≥94 (met exactly; 元 in the "
                      "name, not a budget figure); 重大突发公共卫生事件 0 vs 0; 基本公共卫生服务长效机制 −1 with a reason "
                      "(judgement); 总分 98.45 = the rows (fund line included); 自评等级 优"]}


def xlsx285(M):
    """openpyxl: one sheet “项目支出绩效自评表”, columns A–I as the 项目 form (项目资金 block, 年度总体目标, 绩效指标),
    amounts numeric `#,##0.00`, rates numeric `0.00%`, scores numeric; returns the normalised package's bytes."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = "江山市卫生健康局"
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, wd in zip("ABCDEFGHI", [9, 11, 13, 30, 13, 13, 8, 10, 30]):
        ws.column_dimensions[col].width = wd

    def put(r, c, v, nf=None, al="center", bold=False, size=10, border=True):
        cell = ws.cell(r, c, v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
        if border:
            cell.border = box
        if nf:
            cell.number_format = nf
        return cell

    def merge(r1, c1, r2_, c2, border=True):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)
        if border:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    ws.cell(rr, cc).border = box

    def num(x):
        return int(x) if float(x).is_integer() else x
    put(1, 1, "项目支出绩效自评表", bold=True, size=16, border=False)
    merge(1, 1, 1, 9, False)
    ws.row_dimensions[1].height = 28
    put(2, 1, "（2024年度）", size=11, border=False)
    merge(2, 1, 2, 9, False)
    put(3, 1, f"填报单位（盖章）：{M['dept']}", al="left", border=False)
    merge(3, 1, 3, 6, False)
    put(3, 7, "金额单位：万元", al="right", border=False)
    merge(3, 7, 3, 9, False)
    put(4, 1, "项目名称", bold=True)
    put(4, 2, M["proj"], al="left")
    merge(4, 2, 4, 9)
    put(5, 1, "主管部门", bold=True)
    put(5, 2, M["dept"], al="left")
    merge(5, 2, 5, 4)
    put(5, 5, "实施单位", bold=True)
    put(5, 6, M["unit"], al="left")
    merge(5, 6, 5, 9)
    r = 6
    put(r, 1, "项目资金（万元）", bold=True)
    merge(r, 1, r + 5, 1)
    put(r, 2, "")
    merge(r, 2, r, 3)
    for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(r, 4 + k, h, bold=True)
    r += 1
    put(r, 2, "年度资金总额", al="left")
    merge(r, 2, r, 3)
    put(r, 4, M["ib"], "#,##0.00", "right")
    put(r, 5, M["ab"], "#,##0.00", "right")
    put(r, 6, M["eb"], "#,##0.00", "right")
    put(r, 7, 10, "0")
    put(r, 8, round(M["rate"] / 100, 4), "0.00%")
    put(r, 9, M["fs"], "0.00")
    for j, ((lab, a, b_, e), rt) in enumerate(zip(M["srcs"], M["src_rates"])):
        r += 1
        put(r, 2, ("其中：" if j == 0 else "　　　") + lab, al="left")
        merge(r, 2, r, 3)
        put(r, 4, a, "#,##0.00", "right")
        put(r, 5, b_, "#,##0.00", "right")
        put(r, 6, e, "#,##0.00", "right")
        put(r, 7, "—")
        put(r, 8, round(rt / 100, 4), "0.00%")
        put(r, 9, "—")
    r += 1
    put(r, 1, "年度总体目标", bold=True)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", bold=True)
    merge(r, 2, r, 5)
    put(r, 6, "实际完成情况", bold=True)
    merge(r, 6, r, 9)
    r += 1
    put(r, 2, M["goals"], al="left")
    merge(r, 2, r, 5)
    put(r, 6, M["done"], al="left")
    merge(r, 6, r, 9)
    ws.row_dimensions[r].height = 96
    r += 1
    ind = M["ind"]
    put(r, 1, "绩效指标", bold=True)
    merge(r, 1, r + len(ind), 1)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        put(r, 2 + k, h, bold=True)
    r0 = r + 1
    for i, x in enumerate(ind):
        rr = r0 + i
        put(rr, 2, x[0])
        put(rr, 3, x[1])
        put(rr, 4, x[2], al="left")
        put(rr, 5, x[3])
        put(rr, 6, x[4])
        put(rr, 7, num(x[5]), "0")
        put(rr, 8, num(x[6]), "0" if float(x[6]).is_integer() else "0.00")
        put(rr, 9, x[7], al="left")
        if len(x[7]) > 15:
            ws.row_dimensions[rr].height = 30
    for cc in (0, 1):
        for a, b in spans(ind, cc):
            if b > a:
                merge(r0 + a, 2 + cc, r0 + b, 2 + cc)
    r = r0 + len(ind)
    put(r, 1, "总分", bold=True)
    merge(r, 1, r, 6)
    put(r, 7, 100, "0", bold=True)
    put(r, 8, M["total"], "0.00", bold=True)
    put(r, 9, "自评等级：" + grade(M["total"]), bold=True)
    r += 1
    put(r, 1, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
              "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, al="left", size=9, border=False)
    merge(r, 1, r, 9, False)
    ws.row_dimensions[r].height = 42
    r += 1
    put(r, 1, "填报人：周××　　　联系电话：0570-40×××××　　　填报日期：2025年4月9日", al="right", border=False)
    merge(r, 1, r, 9, False)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: x[0] != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def write285(rep, path):
    """reportlab draws the letter (a red 红头, the 文号, the title, the body, the 附件 line, the signature with a red seal
    ring); pikepdf then embeds the XLSX: an /EmbeddedFile stream (/Subtype the XLSX MIME type, /Params with /Size,
    dates and /CheckSum), a /Filespec (/F ASCII, /UF Unicode, /Desc, /EF, /AFRelationship /Data) in the catalog's
    /Names /EmbeddedFiles tree and /AF, and a /FileAttachment annotation (/Name /Paperclip) on page 1 beside the 附件
    line; /PageMode /UseAttachments; saved with a static /ID (pikepdf static_id)."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    data = xlsx285(M)
    tmp = path + ".tmp"
    c = new_canvas(tmp, A4)
    Wp, Hp = A4
    L, R = 72, Wp - 72
    y = Hp - 80
    c.setFillColorRGB(0.85, 0.05, 0.05)
    c.setFont(FONT, 30)
    for dx in (0, 0.5, 1.0):
        c.drawCentredString(Wp / 2 + dx, y, M["dept"])
    y -= 22
    c.setStrokeColorRGB(0.85, 0.05, 0.05)
    c.setLineWidth(1.6)
    c.line(L - 8, y, R + 8, y)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    y -= 20
    c.setFont(FONT, 11)
    c.drawRightString(R, y, "江卫函〔2025〕18号")
    y -= 30
    c.setFont(FONT, 15)
    for t in ("关于报送2024年度基本公共卫生服务项目", "支出绩效自评结果的函"):
        for dx in (0, 0.4):
            c.drawCentredString(Wp / 2 + dx, y, t)
        y -= 22
    y -= 8
    size, lead = 11.5, 19.5
    state = {"y": y}

    def text(t, indent=True):
        c.setFont(FONT, size)
        for ln in wrap(("　　" if indent else "") + t, R - L, size):
            c.drawString(L, state["y"], ln)
            state["y"] -= lead
    text("江山市财政局：", indent=False)
    text("根据《江山市财政局关于开展2024年度项目支出绩效自评工作的通知》（江财绩〔2025〕3号）要求，我局组织对"
         f"{M['proj']}开展了绩效自评，现将有关情况函告如下：")
    text(f"一、项目资金情况。该项目年初预算{M['ib']:,.1f}万元，年中追加后全年预算{M['ab']:,.1f}万元，实际支出"
         f"{M['eb']:,.1f}万元，预算执行率{M['rate']:.1f}%。")
    text(f"二、绩效目标完成情况。全年为辖区65岁及以上老年人提供健康管理服务49,260人，高血压患者规范管理{M['letter_hbp']}人，"
         "2型糖尿病患者规范管理12,860人；居民电子健康档案建档率92.1%，适龄儿童国家免疫规划疫苗接种率98.6%，家庭医生签约服务"
         "覆盖率43.5%；居民健康素养水平33.6%，未达到35%的年度目标。")
    text(f"三、自评结果。经自评，该项目自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。")
    text("四、存在问题及改进措施。农村地区健康教育覆盖面不足，部分村卫生室人员老化、服务能力不足。下一步将加强健康促进县建设，"
         "充实基层公共卫生服务队伍，提升签约服务质量。")
    text("具体指标完成情况详见附件（电子表格，已作为附件嵌入本文件，可在阅读器“附件”栏中打开）。")
    state["y"] -= 6
    att_y = state["y"]
    text("附件：" + M["attach"][:-5], indent=False)
    state["y"] -= 30
    c.setFont(FONT, size)
    c.drawRightString(R - 20, state["y"], M["dept"])
    sy = state["y"]
    state["y"] -= lead
    c.drawRightString(R - 26, state["y"], "2025年4月10日")
    cx, cy = R - 70, sy - 4
    c.setStrokeColorRGB(0.85, 0.05, 0.05)
    c.setFillColorRGB(0.85, 0.05, 0.05)
    c.setLineWidth(2.2)
    c.circle(cx, cy, 40, stroke=1, fill=0)
    pts = []
    import math
    for k in range(10):
        rr = 12 if k % 2 == 0 else 5
        a = math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    pth = c.beginPath()
    pth.moveTo(*pts[0])
    for p_ in pts[1:]:
        pth.lineTo(*p_)
    pth.close()
    c.drawPath(pth, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    state["y"] -= 2 * lead
    c.setFont(FONT, 10)
    c.drawString(L, state["y"], "（联系人：周××，联系电话：0570-40×××××）")
    assert state["y"] > 50, state["y"]
    c.showPage()
    c.save()
    pdf = pikepdf.open(tmp)
    ef = pikepdf.Stream(pdf, data)
    ef.Type = pikepdf.Name.EmbeddedFile
    ef.Subtype = pikepdf.Name("/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ef.Params = pikepdf.Dictionary(Size=len(data), CreationDate=pikepdf.String("D:20250409163000+08'00'"),
                                   ModDate=pikepdf.String("D:20250409163000+08'00'"),
                                   CheckSum=pikepdf.String(hashlib.md5(data).digest()))
    spec = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Filespec, F=pikepdf.String("2024_jbgw_zipingbiao.xlsx"), UF=pikepdf.String(M["attach"]),
        Desc=pikepdf.String("项目支出绩效自评表（附件）"), EF=pikepdf.Dictionary(F=ef, UF=ef),
        AFRelationship=pikepdf.Name.Data))
    pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(
        Names=pikepdf.Array([pikepdf.String(M["attach"]), spec])))
    pdf.Root.AF = pikepdf.Array([spec])
    pdf.Root.PageMode = pikepdf.Name.UseAttachments
    annot = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FileAttachment,
        Rect=pikepdf.Array([R - 18, att_y - 4, R - 4, att_y + 14]), FS=spec, Name=pikepdf.Name.Paperclip,
        Contents=pikepdf.String("附件：" + M["attach"]), T=pikepdf.String(M["dept"]), F=4,
        C=pikepdf.Array([0.85, 0.05, 0.05]), M=pikepdf.String("D:20250410093000+08'00'")))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([annot]))
    pdf.save(path, static_id=True)
    pdf.close()
    os.remove(tmp)


ALL.append(h285())



# ============================================================ h286 周口市水利局 (PDF: an Excel-printed WIDE table tiled over pages)

def h286():
    dept = "周口市水利局"
    ib_b, ab_b, eb_b = 2310.60, 2356.40, 2331.92
    ib_p, ab_p, eb_p = 4169.40, 4770.40, 4357.43
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (6480.00, 7126.80, 6689.35, 93.86, 98.96, 91.34), (ib, ab, eb, rate, rb, rp)
    rate_printed = 93.68  # PLANT EXECUTION_RATE: 6,689.35 ÷ 7,126.80 = 93.86%; the budget table's 合计 prints 93.68%
    bs = r2(rate / 10)
    jz = r2(100 - rate)
    assert bs == 9.39 and jz == 6.14 and pct(r2(ab - eb), ab) == 6.14
    flood_why = "沙颍河2处险工段加固工程受汛期影响未能在汛前完工，延至10月完成"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.8%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-3.2%", 3, 3, ""),
           ("决策", "预算配置", "重点支出安排率", "≥60%", "71.5%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分水利工程项目跨年实施，资金结转下年"),
           ("过程", "预算执行", "结转结余率", "≤8%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分水文监测设备未及时登记入账，扣0.5分"),
           ("产出", "数量指标", "水利工程建设项目开工数（个）", "≥18", "18", 5, 5, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 108.5 < ≥120 (pp. 2 and 4 must be joined to see it), 5 of 5, no 偏差原因
           ("产出", "数量指标", "河道清淤疏浚长度（公里）", "≥120", "108.5", 5, 5, ""),
           ("产出", "数量指标", "农村供水工程维修养护（处）", "≥260", "274", 5, 5, ""),
           ("产出", "质量指标", "水利工程质量验收合格率", "100%", "100%", 5, 5, ""),
           ("产出", "质量指标", "农村集中供水水质达标率", "≥90%", "92.4%", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 基本完工, the 偏差原因 says 未能在汛前完工, yet 5 of 5
           ("产出", "时效指标", "应急度汛工程完工时间", "汛前完工", "基本完工", 5, 5, flood_why),
           ("产出", "成本指标", "河道清淤单位成本（万元/公里）", "≤18", "16.7", 5, 5, ""),
           ("效益", "经济效益", "新增恢复灌溉面积（万亩）", "≥3.5", "3.62", 5, 5, ""),
           ("效益", "社会效益", "农村供水受益人口（万人）", "≥45", "46.8", 5, 5, ""),
           ("效益", "社会效益", "水利安全生产事故（起）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "河湖长制长效管护机制", "健全", "基本健全", 4, 3, "部分县区河湖巡查频次不足，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "88.6%", 6, P(88.6, 90, 6), "部分乡镇群众对供水水压不满意，按比例得分")]
    assert len(ind) == 22 and s2(ind, 5) == 100 and P(88.6, 90, 6) == 5.91 and P(108.5, 120, 5) == 4.52
    total = s2(ind, 6)
    assert total == 97.8, total
    g = gold(None, dept, 2024, "PREFECTURAL", "河南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_printed, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp), ib=ib, ab=ab,
                eb=eb, rate_printed=rate_printed)
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate_printed:.2f}%", f"{rate_printed:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"全年执行数 {m2(eb)} ÷ 全年预算数 {m2(ab)} = {rate:.2f}%; the budget table's 合计 line prints "
             f"{rate_printed:.2f}% (digits swapped); the 自评表's 预算执行率 row prints the right {rate:.2f}% and scores "
             f"{fmt(bs)} = 10 × {rate:.2f}% (one problem); 基本 {rb:.2f}% and 项目 {rp:.2f}% are right"),
           F("TARGET_MISSED_FULL_MARKS", "河道清淤疏浚长度（公里）",
             "12 | 产出 | 数量指标 | 河道清淤疏浚长度（公里） | ≥120 … 12 | 108.5 | 5 | 5 |", "5", "< 5", "HIGH", "WARNING",
             "108.5 misses ≥120 (the target on the sheet's 第 1 页 = PDF page 2, the actual and the score on its 第 3 页 = "
             "PDF page 4, the same row 序号 12), yet 5 of 5 with no 偏差原因; the 说明's proportion rule would give 5 × "
             "108.5 ÷ 120 = 4.52; the prose on page 1 also says 108.5公里"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "应急度汛工程完工时间",
             f"16 | 产出 | 时效指标 | 应急度汛工程完工时间 | 汛前完工 … 16 | 基本完工 | 5 | 5 | {flood_why}", "5", "< 5", "HIGH",
             "WARNING",
             "the target is 汛前完工 (sheet 第 2 页 = PDF page 3); the actual says 基本完工 and the row's own 偏差原因 says "
             "two works 未能在汛前完工 (finished in October), yet 5 of 5 (sheet 第 4 页 = PDF page 5, row 序号 16)")]
    return {"stem": "h286_zhoukou_shuili", "format": "pdf", "write": write286, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["page 1 is the report's prose (部门基本情况, the ruled 预算执行情况 table, 绩效目标完成情况, 自评结论, 说明); "
                      "pages 2–5 are the 自评表 as Excel prints a sheet too wide for the page, “先列后行” (down, then over): "
                      "page 2 = rows 1–12 and page 3 = rows 13–22 + 合计 + 自评等级 with the columns 序号 | 一级指标 | 二级指标 | "
                      "三级指标 | 年度指标值, page 4 = rows 1–12 and page 5 = rows 13–22 + 合计 + 自评等级 with 序号 | 实际完成值 | "
                      "分值 | 得分 | 偏差原因分析; 序号 (column A) is a print-title column on every page and the header row a "
                      "print-title row; a row's halves must be joined by 序号 (a row has the same height on both halves); the "
                      "sheet's page header says 第 1 页 … 第 4 页, so the header's page numbers are not the PDF's",
                      "一级 and 二级 are merged within a page; 产出 and its 数量指标 continue from page 2 to page 3 (rows 11–12 "
                      "above, 13 below) and are printed again at the top of page 3: 22 rows, not 23 or 24; the 合计 row "
                      "(序号 column “合计”, 分值 100 and 得分 97.8 on page 5) and the 自评等级 row (优, merged over the left "
                      "page's columns on page 3) are not indicators",
                      "budget table (page 1): parts add up in every column (年初 2,310.60 + 4,169.40 = 6,480.00; 全年 2,356.40 + "
                      "4,770.40 = 7,126.80; 执行 2,331.92 + 4,357.43 = 6,689.35); 基本 98.96% and 项目 91.34% right; 年初 < 全年 "
                      "(追加); all under budget",
                      "预算执行率 row 93.86% × 10 = 9.39 (the 说明's rule); 结转结余率 6.14% = (7,126.80 − 6,689.35) ÷ 7,126.80 vs "
                      "≤8% (a ceiling, met); 在职人员控制率 96.8% vs ≤100%; “三公”经费变动率 -3.2% vs ≤0 (met); 水利工程建设项目"
                      "开工数 18 vs ≥18 (met exactly); 河道清淤单位成本 16.7 vs ≤18 (a ceiling, met; 万元/公里 in the name, not a "
                      "budget figure); 水利安全生产事故 0 vs 0; 群众满意度 6 × 88.6 ÷ 90 = 5.91 (the 说明's proportion rule); "
                      "资产管理规范性 −0.5 and 河湖长制长效管护机制 −1 with reasons (judgement)",
                      "总分 97.8 = the rows (page 5's 合计 and page 1's 自评结论); 自评等级 优; page 1's 绩效目标完成情况 figures "
                      "(18, 108.5, 274, 92.4%, 3.62, 46.8, 88.6%) agree with the rows"]}


def write286(rep, path):
    """reportlab, STSong-Light, A4 portrait: page 1 the report's prose with a ruled budget table; pages 2–5 the sheet
    as Excel prints it down-then-over (row blocks 1–12 / 13–22 + 合计 + 等级, column blocks A–E / A + F–I), cell
    gridlines stroked, the sheet's header (title, “第 N 页，共 4 页”) on each sheet page; a row's height is the same on
    both column blocks (worked out from both halves' texts)."""
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    ind = M["ind"]
    c = new_canvas(path, A4)
    Wp, Hp = A4
    L = 62
    size, lead = 10.5, 18
    st = {"y": Hp - 70}

    def text(t, indent=True, sz=size, center=False, bold=False):
        c.setFont(FONT, sz)
        for ln in wrap(("　　" if indent else "") + t, Wp - 2 * L, sz):
            for dx in ((0, 0.35) if bold else (0,)):
                if center:
                    c.drawCentredString(Wp / 2 + dx, st["y"], ln)
                else:
                    c.drawString(L + dx, st["y"], ln)
            st["y"] -= sz * 1.7
    text(f"{M['dept']}2024年度部门整体支出绩效自评报告", indent=False, sz=16, center=True, bold=True)
    st["y"] -= 8
    text("一、部门基本情况", indent=False, bold=True)
    text("周口市水利局负责全市水资源管理、水利工程建设与运行管理、河湖管理、水旱灾害防御和农村水利等工作，内设科室9个，"
         "所属事业单位6个。")
    text("二、预算执行情况", indent=False, bold=True)
    text(f"2024年部门年初预算{m2(M['ib'])}万元，年中追加后全年预算{m2(M['ab'])}万元，全年执行{m2(M['eb'])}万元，"
         "具体情况如下表（金额单位：万元）：")
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    cols = [120, 90, 90, 90, 81]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    for r, (lab, a, b_, e, rt) in enumerate((("合计", M["ib"], M["ab"], M["eb"], M["rate_printed"]),
                                             ("其中：基本支出", ib_b, ab_b, eb_b, rb), ("　　　项目支出", ib_p, ab_p, eb_p, rp)), 1):
        spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b_), "r", False),
                 (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{rt:.2f}%", "c", False)]
    c.setLineWidth(0.6)
    hts = heights_for(spec, cols, 4, 9.5, 12, 20, 6)
    st["y"] = rl_cells(c, L, st["y"] + 6, cols, hts, spec, 9.5, 12) - 24
    text("三、绩效目标完成情况", indent=False, bold=True)
    text("全年开工建设水利工程项目18个，完成河道清淤疏浚108.5公里，维修养护农村供水工程274处，水利工程质量验收合格率100%，"
         "农村集中供水水质达标率92.4%；新增恢复灌溉面积3.62万亩，农村供水受益人口46.8万人，全年未发生水利安全生产事故，"
         "群众满意度88.6%。")
    text("四、自评结论", indent=False, bold=True)
    text(f"经自评，{M['dept']}2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。"
         "各项指标完成情况见附件《部门整体支出绩效自评表》。")
    text("五、存在问题及改进措施", indent=False, bold=True)
    text("一是部分水利工程项目实施进度偏慢，资金结转较多；二是部分县区河湖巡查频次不足；三是农村供水水压不稳。下一步将加快项目"
         "前期工作和资金支付进度，压实河湖长制责任，推进城乡供水一体化。")
    text("说明：1.预算执行率得分＝预算执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
         "3.定性指标根据完成情况酌情扣分；4.自评等级：" + BANDS, indent=False, sz=9)
    st["y"] -= 10
    c.setFont(FONT, 10.5)
    c.drawRightString(Wp - L, st["y"], f"{M['dept']}　　2025年4月22日")
    assert st["y"] > 50, st["y"]
    c.showPage()
    # ---- the sheet, printed down then over
    hl = ["序号", "一级指标", "二级指标", "三级指标", "年度指标值"]
    hr = ["序号", "实际完成值", "分值", "得分", "偏差原因分析"]
    cl = [44, 56, 66, 176, 120]
    cr = [44, 110, 44, 44, 226]
    blocks = [list(range(0, 12)), list(range(12, 22))]
    gsz, glead = 9, 11.5
    pages = []
    for bi, blk in enumerate(blocks):
        sub = [ind[i] for i in blk]
        n = len(sub)
        left = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hl)]
        right = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hr)]
        for rr, (i, x) in enumerate(zip(blk, sub), 1):
            left += [(rr, 0, 1, 1, str(i + 1), "c", False), (rr, 3, 1, 1, x[2], "l", False), (rr, 4, 1, 1, x[3], "c", False)]
            right += [(rr, 0, 1, 1, str(i + 1), "c", False), (rr, 1, 1, 1, x[4], "c", False),
                      (rr, 2, 1, 1, fmt(x[5]), "c", False), (rr, 3, 1, 1, fmt(x[6]), "c", False),
                      (rr, 4, 1, 1, x[7], "l", False)]
        for cc in (0, 1):
            for a, b in spans(sub, cc):
                left.append((1 + a, 1 + cc, b - a + 1, 1, sub[a][cc], "c", False))
        nrows = n + 1
        if bi == 1:
            left += [(nrows, 0, 1, 1, "合计", "c", True)] + [(nrows, k, 1, 1, "", "c", False) for k in range(1, 5)]
            right += [(nrows, 0, 1, 1, "合计", "c", True), (nrows, 1, 1, 1, "", "c", False),
                      (nrows, 2, 1, 1, "100", "c", True), (nrows, 3, 1, 1, fmt(M["total"]), "c", True),
                      (nrows, 4, 1, 1, "", "c", False)]
            left += [(nrows + 1, 0, 1, 1, "自评等级", "c", True), (nrows + 1, 1, 1, 4, grade(M["total"]), "c", True)]
            right += [(nrows + 1, 0, 1, 1, "自评等级", "c", True)] + [(nrows + 1, k, 1, 1, "", "c", False)
                                                                   for k in range(1, 5)]
            nrows += 2
        hl_ = heights_for(left, cl, nrows, gsz, glead, 24, 8)
        hr_ = heights_for(right, cr, nrows, gsz, glead, 24, 8)
        hts = [max(a, b) for a, b in zip(hl_, hr_)]
        pages.append((bi, left, cl, hts))
        pages.append((bi, right, cr, hts))
    order = [pages[0], pages[2], pages[1], pages[3]]  # down (row blocks), then over (column blocks)
    for pn, (bi, spec_, cols_, hts) in enumerate(order, 1):
        c.setFont(FONT, 9)
        c.drawCentredString(Wp / 2, Hp - 36, f"{M['dept']}2024年度部门整体支出绩效自评表")
        c.drawRightString(Wp - 40, Hp - 36, f"第 {pn} 页，共 4 页")
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.5)
        yb = rl_cells(c, 40, Hp - 56, cols_, hts, spec_, gsz, glead)
        assert yb > 40, (pn, yb)
        c.setStrokeColorRGB(0, 0, 0)
        c.showPage()
    c.save()


ALL.append(h286())



# ============================================================ h287 沅陵县林业局 (DOCX, third-party, legacy-converted table: IRREGULAR GRID)

def h287():
    dept = "沅陵县林业局"
    unit = "沅陵县林业技术推广站"
    proj = "2024年沅陵县油茶低产林改造项目"
    evaluator = "湖南致远项目管理咨询有限公司"
    srcs = [("中央林业改革发展资金", 1150.00, 1200.00, 1158.40), ("省级财政资金", 400.00, 420.00, 398.62),
            ("县级财政资金", 300.00, 300.00, 249.70)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (1850.00, 1920.00, 1806.72, 94.10), (ib, ab, eb, rate)
    assert [pct(x[3], x[2]) for x in srcs] == [96.53, 94.91, 83.23]
    bs = r2(5 * rate / 100)
    assert bs == 4.71
    over = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 新造油茶林面积 6.5 of a 分值 of 6 (3150 meets ≥3000; no rule pays a bonus)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "依据充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "实施方案批复滞后", 3, 2, "实施方案批复晚于项目启动，扣1分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "部分目标值设置偏低，扣1分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分未量化", 3, 2, "2项效益指标未量化，扣1分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "基本科学", 3, 2.5, "年中追加省级资金，年初测算不够充分，扣0.5分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "县级资金支出进度偏慢"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1笔补助资金支付凭证不全", 4, 3, "扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "检查验收记录不全", 4, 3.5, "2个乡镇验收记录不全，扣0.5分"),
           ("产出", "产出数量", "油茶低产林改造面积（亩）", "≥12000", "10920", 8, P(10920, 12000, 8),
            "受春季持续降雨影响，1080亩改造延至2025年，按完成比例得分"),
           ("产出", "产出数量", "新造油茶林面积（亩）", "≥3000", "3150", 6, over, ""),
           ("产出", "产出质量", "改造验收合格率", "100%", "100%", 8, 8, ""),
           ("产出", "产出质量", "良种苗木使用率", "≥98%", "99.2%", 5, 5, ""),
           ("产出", "产出时效", "年度任务完成及时率", "≥95%", "88.5%", 6, P(88.5, 95, 6), "部分乡镇整地进度滞后，按比例得分"),
           ("产出", "产出成本", "亩均改造补助（元/亩）", "≤1200", "1150", 5, 5, ""),
           ("效益", "经济效益", "油茶鲜果亩产提高率", "≥10%", "8.2%", 7, P(8.2, 10, 7), "新改造林分尚未进入盛果期，按比例得分"),
           ("效益", "社会效益", "带动农户增收（户）", "≥1500", "1623", 6, 6, ""),
           ("效益", "可持续影响", "油茶林管护机制", "健全", "基本健全", 6, 5, "部分乡镇管护责任未落实到户，扣1分"),
           ("效益", "满意度", "种植户满意度", "≥90%", "86.5%", 6, P(86.5, 90, 6), "部分农户对苗木补助发放进度不满意，按比例得分")]
    assert (P(10920, 12000, 8), P(88.5, 95, 6), P(8.2, 10, 7), P(86.5, 90, 6)) == (7.28, 5.59, 5.74, 5.77)
    assert len(ind) == 20
    wsum = s2(ind, 5)
    assert wsum == 98, wsum  # PLANT WEIGHTS_VS_FULL_MARK: the 20 rows' 分值 add to 98 (产出 38); the 合计 prints 100
    total = s2(ind, 6)
    assert total == 89.59, total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.59 is 良 by the report's own bands
    assert grade(total) == "良" and grade(r2(total - 0.5)) == "良"
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          printed_grade, budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, evaluator=evaluator, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate,
                ind=ind, total=total, printed_grade=printed_grade)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 100 | {fmt(total)}", "100", "98", "HIGH", "ERROR",
             "the 评分表's 20 分值 add to 15 (决策) + 20 (过程) + 38 (产出: 8 + 6 + 8 + 5 + 6 + 5) + 25 (效益) = 98, the 合计 "
             "row prints 100 (and the report's 评价指标体系 says 决策15分、过程20分、产出40分、效益25分); the 合计 得分 "
             f"{fmt(total)} adds the printed rows"),
           F("ROW_SCORE_OVER_WEIGHT", "新造油茶林面积（亩）", "新造油茶林面积（亩） | 6 | ≥3000 | 3150 | 6.5", "6.5", "≤ 6", "HIGH",
             "ERROR",
             "the row's 得分 6.5 exceeds its 分值 6 (3150 meets ≥3000: 6 at most; no printed rule pays a bonus); the 合计 "
             f"{fmt(total)} includes it ({fmt(r2(total - 0.5))} with 6)"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合评价得分{fmt(total)}分，评价等级为“{printed_grade}” / 评价等级 | "
             f"{printed_grade}", printed_grade, "良", "HIGH", "ERROR",
             f"the report's bands: 90分（含）以上为“优”，80分（含）至90分为“良”; {fmt(total)} is 良 (and {fmt(r2(total - 0.5))} "
             "with the over-weight row corrected); printed 优 in the 评价结论 and in the 评分表's 评价等级 row")]
    return {"stem": "h287_yuanling_linye", "format": "docx", "write": write287, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 评分表 is a legacy-converted Word table with an IRREGULAR GRID: its w:tblGrid has 10 columns "
                      "(a narrow lead column, 一级, 二级, 三级, 分值, 指标值, 实际完成值, 得分, 扣分原因, a narrow trailing "
                      "column) that no row fills with cells alone: the header, the 决策/过程/产出 rows, 合计 and 评价等级 start "
                      "one grid column in (w:gridBefore 1), the four 效益 rows instead start at the lead column with an "
                      "empty stub cell whose top, left and bottom borders are nil (invisible, one cell more before the 一级 "
                      "cell), rows without a 扣分原因 end two columns early (w:gridAfter 2), the 扣分原因 cell "
                      "reaches the last grid column either by w:gridSpan 2 or by the legacy horizontal merge (w:hMerge "
                      "restart + continue, as Word 97 conversions write), the 合计 label is hMerged over 一级–三级, the 注 row "
                      "starts at the lead column (gridSpan 9, gridAfter 1); 一级 and 二级 are merged down (w:vMerge "
                      "restart / continue): a reader that counts cells instead of placing them by grid column reads the 效益 "
                      "rows one column to the right (their 得分 under 扣分原因) and the 合计 row's 89.59 under 实际完成值",
                      "the header row is a repeating header (w:tblHeader); 合计 and 评价等级 rows are not indicators; the 表1 "
                      "资金 table before it is an ordinary table",
                      "表1: sources add up in every column (年初 1,150.00 + 400.00 + 300.00 = 1,850.00; 全年 1,200.00 + 420.00 + "
                      "300.00 = 1,920.00; 实际支出 1,158.40 + 398.62 + 249.70 = 1,806.72); rates 96.53%, 94.91%, 83.23% and 合计 "
                      "94.10% right; sources are not gold budget parts; 年初 < 全年 (省级追加20.00 + 中央50.00)",
                      "预算执行率 5 × 94.10% = 4.71 (注 1); 油茶低产林改造面积 8 × 10920 ÷ 12000 = 7.28, 年度任务完成及时率 "
                      "6 × 88.5 ÷ 95 = 5.59, 油茶鲜果亩产提高率 7 × 8.2 ÷ 10 = 5.74, 种植户满意度 6 × 86.5 ÷ 90 = 5.77 (注 2's "
                      "proportion rule); 立项程序规范性, 绩效目标合理性, 绩效指标明确性, 资金使用合规性, 油茶林管护机制 −1 and "
                      "预算编制科学性, 制度执行有效性 −0.5 with reasons (judgement); 亩均改造补助 1150 vs ≤1200 (a ceiling, met; "
                      "元/亩 in the name, not a budget figure)",
                      f"合计 得分 {fmt(total)} = the printed rows (6.5 included); the 评价结论's {fmt(total)} = the 合计"]}


def tc287(text, w, span=1, hm=None, vm=None, al="center", bold=False):
    """one w:tc: width, gridSpan, the legacy w:hMerge (restart / continue) and w:vMerge (restart / continue)"""
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if hm:
        pr += '<w:hMerge w:val="restart"/>' if hm == "restart" else "<w:hMerge/>"
    if vm:
        pr += '<w:vMerge w:val="restart"/>' if vm == "restart" else "<w:vMerge/>"
    pr += '<w:vAlign w:val="center"/>'
    run = (f'<w:r><w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
           f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>') if text else ""
    return (f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="260" '
            f'w:lineRule="auto"/><w:jc w:val="{al}"/></w:pPr>{run}</w:p></w:tc>')


STUB287 = ('<w:tc><w:tcPr><w:tcW w:w="280" w:type="dxa"/><w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
           '<w:bottom w:val="nil"/></w:tcBorders></w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
           '</w:p></w:tc>')


def tr287(cells, before=0, after=0, widths=None, header=False, height=380):
    pr = ""
    if before:
        pr += f'<w:gridBefore w:val="{before}"/>'
    if after:
        pr += f'<w:gridAfter w:val="{after}"/>'
    if before:
        pr += f'<w:wBefore w:w="{sum(widths[:before])}" w:type="dxa"/>'
    if after:
        pr += f'<w:wAfter w:w="{sum(widths[len(widths) - after:])}" w:type="dxa"/>'
    pr += f'<w:trHeight w:val="{height}"/>'
    if header:
        pr += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{pr}</w:trPr>{''.join(cells)}</w:tr>"


def table287(M):
    """the 评分表 as WordprocessingML: grid of 10 columns; rows built cell by cell (see h287's traps)"""
    Wd = [280, 880, 1000, 1900, 560, 1200, 1200, 760, 1540, 280]
    ind = M["ind"]
    rows = [tr287([tc287(h, Wd[1 + k], bold=True) for k, h in enumerate(
        ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"])] +
        [tc287("扣分原因", Wd[8] + Wd[9], span=2, bold=True)], before=1, widths=Wd, header=True, height=480)]
    first1 = {a for a, _ in spans(ind, 0)}
    first2 = {a for a, _ in spans(ind, 1)}
    legacy = 0
    for i, x in enumerate(ind):
        cells = [tc287(x[0] if i in first1 else "", Wd[1], vm="restart" if i in first1 else "continue"),
                 tc287(x[1] if i in first2 else "", Wd[2], vm="restart" if i in first2 else "continue"),
                 tc287(x[2], Wd[3], al="left"), tc287(fmt(x[5]), Wd[4]), tc287(x[3], Wd[5]), tc287(x[4], Wd[6]),
                 tc287(fmt(x[6]), Wd[7])]
        # the 效益 rows start at the lead column with an empty cell whose top, left and bottom borders are nil (an
        # invisible stub, as old conversions leave them) instead of w:gridBefore: one cell more before the 一级 cell
        before = 1
        if x[0] == "效益":
            cells.insert(0, STUB287)
            before = 0
        if x[7]:
            if legacy % 2 == 0:  # the old Word 97 way: a restart cell and a continue cell, one grid column each
                cells += [tc287(x[7], Wd[8], hm="restart", al="left"), tc287("", Wd[9], hm="continue")]
            else:
                cells += [tc287(x[7], Wd[8] + Wd[9], span=2, al="left")]
            legacy += 1
            rows.append(tr287(cells, before=before, widths=Wd, height=420))
        else:
            rows.append(tr287(cells, before=before, after=2, widths=Wd))
    rows.append(tr287([tc287("合计", Wd[1], hm="restart", bold=True), tc287("", Wd[2], hm="continue"),
                       tc287("", Wd[3], hm="continue"), tc287("100", Wd[4], bold=True),
                       tc287("", Wd[5] + Wd[6], span=2), tc287(fmt(M["total"]), Wd[7], bold=True)],
                      before=1, after=2, widths=Wd, height=420))
    rows.append(tr287([tc287("评价等级", Wd[1] + Wd[2] + Wd[3], span=3, bold=True),
                       tc287(M["printed_grade"], sum(Wd[4:9]), span=5, bold=True)], before=1, after=1, widths=Wd,
                      height=420))
    rows.append(tr287([tc287("注：1.预算执行率得分＝预算执行率×分值；2.定量指标未达到目标值的，按“实际完成值÷目标值×分值”计分；"
                             "3.定性指标根据完成情况酌情扣分；4.评价等级：" + BANDS, sum(Wd[:9]), span=9, al="left")],
                      after=1, widths=Wd, height=600))
    grid_ = "".join(f'<w:gridCol w:w="{w}"/>' for w in Wd)
    bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:tblPr>'
            f'<w:tblW w:w="{sum(Wd)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{bd}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" '
            f'w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid_}</w:tblGrid>'
            f'{"".join(rows)}</w:tbl>')


def write287(rep, path):
    """python-docx for the report's paragraphs and the ordinary 表1; the 评分表 is WordprocessingML written here cell by
    cell (table287) and put in place of a marker paragraph; entry dates fixed."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    from lxml import etree
    M = rep["meta"]
    doc = new_doc()
    para(doc, M["proj"], bold=True, size=16, center=True, after=2)
    para(doc, "绩效评价报告", bold=True, size=16, center=True, after=6)
    para(doc, f"委托单位：沅陵县财政局　　评价机构：{M['evaluator']}　　报告日期：2025年6月10日", size=9.5, center=True,
         after=8)
    body = [("一、项目基本情况", True),
            (f"{M['proj']}由{M['dept']}主管、{M['unit']}组织实施，计划改造油茶低产林12000亩、新造油茶林3000亩，带动1500户以上"
             "农户增收。", False),
            (f"项目年初预算{m2(M['ib'])}万元，年中追加后全年预算{m2(M['ab'])}万元，实际支出{m2(M['eb'])}万元，预算执行率"
             f"{M['rate']:.2f}%。资金来源及支出情况见表1。", False)]
    for t, b in body:
        para(doc, t, bold=b, size=10.5, indent=not b, after=2)
    para(doc, "表1　项目资金情况（金额单位：万元）", size=9.5, center=True, after=2)
    t1 = doc.add_table(rows=5, cols=5)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    lines = [("资金来源", "年初预算数", "全年预算数", "实际支出", "执行率"),
             ("合计", m2(M["ib"]), m2(M["ab"]), m2(M["eb"]), f"{M['rate']:.2f}%")]
    lines += [(("其中：" if j == 0 else "　　　") + s[0], m2(s[1]), m2(s[2]), m2(s[3]), f"{pct(s[3], s[2]):.2f}%")
              for j, s in enumerate(M["srcs"])]
    for r, vals in enumerate(lines):
        for k, v in enumerate(vals):
            cell = t1.cell(r, k)
            cell.width = Mm([50, 30, 30, 30, 25][k])
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if (k == 0 and r) else (WD_ALIGN_PARAGRAPH.RIGHT if k in (1, 2, 3) and r
                                                                          else WD_ALIGN_PARAGRAPH.CENTER)
            run_ = p.add_run(v)
            run_.font.size = Pt(9)
            run_.bold = r == 0
    para(doc, "", after=2)
    body = [("二、绩效评价工作开展情况", True),
            ("受沅陵县财政局委托，评价组于2025年4月至5月采取资料核查、现场勘查、问卷调查等方式开展评价，抽查改造地块32个，发放种植户"
             "满意度问卷300份，回收有效问卷286份。评价指标体系包括决策15分、过程20分、产出40分、效益25分。", False),
            ("三、综合评价结论", True),
            (f"经评价，该项目综合评价得分{fmt(M['total'])}分，评价等级为“{M['printed_grade']}”。评价等级划分：" + BANDS
             + "各指标得分情况见附表。", False),
            ("四、主要绩效", True),
            ("项目完成油茶低产林改造10920亩、新造油茶林3150亩，改造验收合格率100%，良种苗木使用率99.2%，带动1623户农户增收。", False),
            ("五、存在的问题", True),
            ("一是受春季持续降雨影响，1080亩低产林改造未能按期完成；二是新改造林分尚未进入盛果期，亩产提高率未达预期；三是部分乡镇"
             "管护责任未落实到户，种植户满意度86.5%，低于90%的目标。", False),
            ("六、有关建议", True),
            ("加快剩余改造任务实施，加强抚育管护和技术指导，落实乡镇管护责任，及时兑付苗木补助。", False)]
    for t, b in body:
        para(doc, t, bold=b, size=10.5, indent=not b, after=2)
    para(doc, "", after=2)
    para(doc, f"附表：{M['proj']}绩效评价指标评分表", bold=True, size=10.5, center=True, after=4)
    marker = para(doc, "[[TABLE287]]")
    q = para(doc, f"{M['evaluator']}　　2025年6月10日", size=10.5, after=0)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tbl = etree.fromstring(table287(M))
    marker._p.addprevious(tbl)
    marker._p.getparent().remove(marker._p)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h287())



# ============================================================ h288 晋城市城市管理局 (HTML CMS page, indicators as NESTED LISTS)

def h288():
    dept = "晋城市城市管理局"
    ib_b, ab_b, eb_b = 1652.30, 1688.90, 1671.26
    ib_p, ab_p, eb_p = 2474.50, 2829.70, 2631.19
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (4126.80, 4518.60, 4302.45, 95.22, 98.96, 92.98), (ib, ab, eb, rate, rb, rp)
    rate_formula = "95.62%"  # PLANT FORMULA: 4,302.45 ÷ 4,518.60 × 100% = 95.22%; the prose's worked formula prints 95.62%
    bs_true = r2(rate / 10)
    bs = 9.25  # PLANT BUDGET_ROW_SCORE: 预算执行率 95.22% × 10 = 9.52 (the 说明's rule); the item prints 9.25
    assert bs_true == 9.52
    why_road = "2条道路改造受地下管网迁改影响顺延至2025年，按比例得分"
    ind = [("决策指标", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策指标", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3, "部分产出指标未细化量化"),
           ("决策指标", "预算配置", "在职人员控制率", "≤100%", "96.2%", 3, 3, ""),
           ("决策指标", "预算配置", "“三公”经费变动率", "≤0", "-3.5%", 4, 4, ""),
           ("过程指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程指标", "预算执行", "预决算信息公开", "按时公开", "按时公开", 3, 3, ""),
           ("过程指标", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程指标", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程指标", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分环卫作业车辆未及时办理资产登记"),
           ("产出指标", "数量指标", "城市道路清扫保洁面积（万平方米）", "≥1850", "1862", 6, 6, ""),
           ("产出指标", "数量指标", "生活垃圾无害化处理量（万吨）", "≥28", "28.6", 6, 6, ""),
           ("产出指标", "数量指标", "市政道路维修改造（公里）", "≥15", "13.2", 5, P(13.2, 15, 5), why_road),
           ("产出指标", "质量指标", "城市生活垃圾无害化处理率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "道路机械化清扫率", "≥85%", "87.3%", 6, 6, ""),
           ("产出指标", "时效指标", "数字城管案件按期结案率", "≥95%", "96.8%", 6, 6, ""),
           ("效益指标", "社会效益", "城市环境卫生考核排名", "全省前五", "全省第四", 6, 6, ""),
           ("效益指标", "社会效益", "城市管理领域安全生产事故（起）", "0", "0", 6, 6, ""),
           ("效益指标", "可持续影响", "城市管理长效机制", "健全", "基本健全", 6, 5, "背街小巷长效保洁机制尚未全覆盖"),
           ("效益指标", "满意度", "市民满意度", "≥90%", "91.3%", 7, 7, "")]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(13.2, 15, 5) == 4.4
    total = s2(ind, 6)
    assert total == 96.15, total
    sec = secs(ind, ["决策指标", "过程指标", "产出指标", "效益指标"])
    assert [x[2] for x in sec] == [14, 23.75, 34.4, 24], sec
    sec[2] = ("产出指标", 35, 35)  # PLANT SECTION_VS_ROWS: the 产出 heading prints 得分35分; its six items add to 34.4
    g = gold(None, dept, 2024, "PREFECTURAL", "山西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp), ib=ib,
                ab=ab, eb=eb, rate=rate, rate_formula=rate_formula)
    fnd = [F("SECTION_VS_ROWS", "产出指标", "三、产出指标（分值35分，得分35分）", "35", "34.4", "HIGH", "ERROR",
             "the six 三级 items under 产出指标 score 6 + 6 + 4.4 + 6 + 6 + 6 = 34.4 (市政道路维修改造 lost 0.6 by the "
             "proportion rule); the heading still prints 得分35分; the four headings add to 96.75, the 自评总分 96.15 adds "
             "the items (one problem)"),
           F("BUDGET_ROW_SCORE", "预算执行率", f"预算执行率：指标值100%；实际完成值{rate:.2f}%；分值10分；得分{fmt(bs)}分", fmt(bs),
             fmt(bs_true), "HIGH", "ERROR",
             f"说明: 预算执行率得分＝预算执行率×分值 = {rate:.2f}% × 10 = {fmt(bs_true)}; the item prints {fmt(bs)} (digits "
             f"swapped); the 过程指标 heading (得分23.75分) and the 自评总分 96.15 add the printed {fmt(bs)}"),
           F("FORMULA", "预算执行率", f"预算执行率＝全年执行数÷全年预算数×100%＝{m2(eb)}÷{m2(ab)}×100%＝{rate_formula}",
             rate_formula, f"{rate:.2f}%", "HIGH", "ERROR",
             f"{m2(eb)} ÷ {m2(ab)} × 100% = {rate:.2f}%; the prose's worked formula prints {rate_formula}; the budget table "
             f"and the 预算执行率 item print the right {rate:.2f}%, so gold executionRate is {rate:.2f}")]
    return {"stem": "h288_jincheng_chengguan", "format": "html", "html": html288(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a government site's article page (UTF-8, <meta charset>): a top bar, the site header, a "
                      "navigation menu, a breadcrumb (首页 > 政务公开 > 财政资金 > 绩效评价), the article's title and info line "
                      "(发布时间 2025-05-20 16:32, 来源, 浏览次数 2361, 字体 大/中/小), share links, related links and a footer "
                      "(主办单位, 地址, 电话 0356-2196…, 网站标识码 1405000045, 晋ICP备05002516号-2, 晋公网安备 "
                      "14050202000123号): the chrome's figures are not the report's",
                      "there is NO indicator table: the indicators are NESTED LISTS — an <ol> of four 一级 items “一、决策指标"
                      "（分值15分，得分14分）”, each with a <ul> of 二级 items “（一）目标设定”, each with a <ul> of 三级 items "
                      "in one line of text “名称：指标值…；实际完成值…；分值…分；得分…分” whose separators vary (“：” or “:” "
                      "after the name, “；” or “，” between the parts, “指标值：” with a colon on some, a trailing “（偏差原因："
                      "…）” on others); level numbering (一、, （一）) is not part of the names; the 一级 headings' 分值/得分 are "
                      "the sections, not indicators: 19 indicators",
                      "budget table: 合计 = 基本 + 项目 in every column (年初 1,652.30 + 2,474.50 = 4,126.80; 全年 1,688.90 + "
                      "2,829.70 = 4,518.60; 执行 1,671.26 + 2,631.19 = 4,302.45); 95.22%, 98.96%, 92.98% right; 年初 < 全年 "
                      "(追加)",
                      "在职人员控制率 96.2% vs ≤100%; “三公”经费变动率 -3.5% vs ≤0 (met); 市政道路维修改造 5 × 13.2 ÷ 15 = 4.4 "
                      "(the 说明's proportion rule, with a reason); 城市环境卫生考核排名 全省第四 vs 全省前五 (met); 城市管理领域"
                      "安全生产事故 0 vs 0; 绩效指标明确性 −1, 资产管理规范性 −0.5, 城市管理长效机制 −1 with reasons (judgement)",
                      "the 决策 (15 / 14), 过程 (25 / 23.75, on the printed 9.25) and 效益 (25 / 24) headings add their items; "
                      "自评总分 96.15 = the items; 自评等级 优; the 三、绩效指标完成情况 prose's figures (1862, 28.6, 13.2, 100%, "
                      "87.3%, 96.8%, 全省第四, 91.3%) agree with the items"]}


def html288(M):
    """the CMS page: chrome around an article whose 三、绩效指标完成情况 is an <ol> / <ul> / <ul> tree of <li> texts"""
    ind = M["ind"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]

    def item(k, x):
        name, t, a, w, s, why = x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]
        forms = [f"{name}：指标值{t}；实际完成值{a}；分值{w}分；得分{s}分。",
                 f"{name}，指标值{t}，实际完成值{a}，分值{w}分，得分{s}分。",
                 f"{name}:指标值：{t}；实际完成值：{a}；分值：{w}分；得分：{s}分",
                 f"{name}：指标值{t}，实际完成值{a}；分值{w}分，得分{s}分。"]
        txt = forms[k % 4]
        if why:
            txt = txt.rstrip("。") + f"（偏差原因：{why}）。"
        return f"<li>{esc(txt)}</li>"
    nums1 = "一二三四"
    tree = ['<ol class="zb-list" style="list-style:none;padding-left:0">']
    k = 0
    for i, (n, w, s) in enumerate(M["sec"]):
        tree.append(f'<li><span class="l1">{nums1[i]}、{esc(n)}（分值{fmt(w)}分，得分{fmt(s)}分）</span>')
        tree.append('<ul style="list-style:none">')
        rows = [x for x in ind if x[0] == n]
        for j, l2 in enumerate(dict.fromkeys(x[1] for x in rows)):
            tree.append(f'<li><span class="l2">（{nums1[j]}）{esc(l2)}</span>')
            tree.append('<ul style="list-style:disc">')
            for x in rows:
                if x[1] == l2:
                    tree.append(item(k, x))
                    k += 1
            tree.append("</ul></li>")
        tree.append("</ul></li>")
    tree.append("</ol>")
    td = 'style="border:1px solid #999;padding:4px 8px;text-align:{}"'
    btab = ['<table class="budget" style="border-collapse:collapse;margin:8px auto;font-size:14px">',
            "<tr>" + "".join(f'<th {td.format("center")}>{h}</th>' for h in
                             ["项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"]) + "</tr>"]
    for lab, a, b_, e, rt in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("基本支出", ib_b, ab_b, eb_b, rb),
                              ("项目支出", ib_p, ab_p, eb_p, rp)):
        btab.append(f'<tr><td {td.format("left")}>{lab}</td><td {td.format("right")}>{m2(a)}</td>'
                    f'<td {td.format("right")}>{m2(b_)}</td><td {td.format("right")}>{m2(e)}</td>'
                    f'<td {td.format("center")}>{rt:.2f}%</td></tr>')
    btab.append("</table>")
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    P_ = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'  # noqa: E731
    H3 = lambda t: f'<p><strong>{esc(t)}</strong></p>'  # noqa: E731
    content = [H3("一、部门基本情况"),
               P_("晋城市城市管理局负责全市市容环境卫生、市政设施维护、城市管理综合执法和数字化城市管理等工作，内设科室8个，"
                  "下属事业单位5个。"),
               H3("二、部门预算执行情况"),
               P_(f"2024年部门年初预算{m2(M['ib'])}万元，年中追加后全年预算{m2(M['ab'])}万元，全年执行{m2(M['eb'])}万元。"
                  f"预算执行率＝全年执行数÷全年预算数×100%＝{m2(M['eb'])}÷{m2(M['ab'])}×100%＝{M['rate_formula']}。"
                  "具体情况如下表："),
               "\n".join(btab),
               H3("三、绩效指标完成情况"),
               P_("2024年，全市城市道路清扫保洁面积1862万平方米，生活垃圾无害化处理量28.6万吨、无害化处理率100%，道路机械化清扫率"
                  "87.3%，维修改造市政道路13.2公里，数字城管案件按期结案率96.8%；城市环境卫生考核全省第四，市民满意度91.3%。"
                  "各项绩效指标完成情况如下："),
               "\n".join(tree),
               H3("四、自评结论"),
               P_(f"经自评，{M['dept']}2024年度部门整体支出绩效自评总分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。"),
               P_("说明：预算执行率得分＝预算执行率×分值；定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
                  "定性指标根据完成情况酌情扣分。评价等级：" + BANDS),
               H3("五、存在的问题及改进措施"),
               P_("一是部分绩效指标细化量化不够；二是背街小巷长效保洁机制尚未全覆盖；三是部分市政道路改造项目受管网迁改影响进度滞后。"
                  "下一步将完善绩效指标体系，推进城市精细化管理，加快项目实施进度。"),
               f'<p style="text-align:right">{M["dept"]}<br>2025年5月20日</p>']
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{M['dept']}">
<meta name="SiteDomain" content="cgj.jcgov.gov.cn">
<meta name="SiteIDCode" content="1405000045">
<meta name="ColumnName" content="绩效评价">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-05-20 16:32">
<meta name="ContentSource" content="计划财务科">
<title>{title}_绩效评价_{M['dept']}</title>
<link rel="stylesheet" href="/images/common/css/base.css">
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f3f3;color:#333}}
.topbar{{background:#1a4f8b;color:#fff;font-size:12px;padding:4px 40px}}
.header{{background:#2466b0;color:#fff;padding:18px 40px;font-size:28px;font-weight:bold}}
.nav{{background:#174a85;margin:0;padding:0 40px;list-style:none;overflow:hidden}}
.nav li{{float:left;padding:10px 22px}}.nav li a{{color:#fff;text-decoration:none}}
.crumb{{width:1100px;margin:10px auto;font-size:13px}}
.article{{width:1060px;margin:0 auto 20px;background:#fff;padding:20px}}
.article h1{{text-align:center;font-size:22px;color:#1a4f8b}}
.info{{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}}
#zoom{{font-size:16px;line-height:2}}
.zb-list .l1{{font-weight:bold}}
.footer{{background:#1a4f8b;color:#fff;text-align:center;font-size:12px;padding:14px;line-height:1.8}}
</style>
</head>
<body>
<div class="topbar">您好，欢迎访问{M['dept']}网站！　<a href="/" style="color:#fff">网站首页</a>　|　<a href="javascript:;" style="color:#fff">无障碍浏览</a>　|　<a href="javascript:;" style="color:#fff">长者模式</a></div>
<div class="header">{M['dept']}</div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/jggk/">机构概况</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/cgdt/">城管动态</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; <a href="/zwgk/czzj/jxpj/">绩效评价</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2025-05-20 16:32　　来源：计划财务科　　浏览次数：<span id="hits">2361</span>　　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div id="zoom">
{chr(10).join(content)}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><p>相关链接：</p><ul><li><a href="/zwgk/czzj/jxpj/202405/t20240521_1.html">晋城市城市管理局2023年度部门整体支出绩效自评报告</a></li><li><a href="/zwgk/czzj/ys/202502/t20250212_3.html">晋城市城市管理局2025年部门预算公开</a></li></ul></div>
</div>
<div class="footer">主办单位：{M['dept']}　　地址：晋城市城区泽州路×××号　　电话：0356-2196×××<br>网站标识码：1405000045　　<a href="https://beian.miit.gov.cn" style="color:#fff">晋ICP备05002516号-2</a>　　晋公网安备 14050202000123号</div>
<script>
(function(){{var z=document.getElementById("zoom");var a=document.querySelectorAll(".info a");if(!a.length)return;
a[0].onclick=function(){{z.style.fontSize="18px"}};a[1].onclick=function(){{z.style.fontSize="16px"}};a[2].onclick=function(){{z.style.fontSize="14px"}};}})();
</script>
</body>
</html>
"""
    return page


ALL.append(h288())


def main(argv):
    round_main(argv, ALL, "46")


if __name__ == "__main__":
    main(sys.argv[1:])
