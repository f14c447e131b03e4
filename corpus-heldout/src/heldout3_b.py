"""Round 3, letter B: renders reports3_b.py (h25-h32) and writes their gold.

Run from the worktree root with Debian's Python (python3-docx) and LibreOffice on the PATH:
    /usr/bin/python3 corpus-heldout/src/heldout3_b.py            # all of h25-h32
    /usr/bin/python3 corpus-heldout/src/heldout3_b.py h29 h30    # only these
Needs the Debian packages python3-docx, libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils.

- HTML (h25, h26) is written here as Microsoft Word 15 writes "Save as HTML" (Office namespaces, MsoNormal
  paragraphs, runs split between CJK and Latin text, conditional comments, VML), GB2312 or UTF-8, CRLF.
- DOCX (h28, h30, h31) is built with python-docx: 宋体/仿宋 runs, Word heading styles with bookmarks, ruled
  tables with gridSpan/vMerge merges and w:tblHeader rows, header and footer parts with PAGE/NUMPAGES fields,
  and a 目录 as a TOC field whose cached entries (hyperlinks with PAGEREF fields, dotted leaders) carry the
  page numbers LibreOffice lays the headings out on (found by converting to PDF and reading it back, until
  the numbers no longer change). Zip entry times are fixed, so the bytes are the same on every run.
- PDF (h29, h32) and DOC (h27) are such DOCX files converted by LibreOffice (headless, a private profile),
  one at a time; the intermediate DOCX files stay in a temporary directory.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from heldout import Table, PageBreak, Title, check  # noqa: E402
import reports3_b as R  # noqa: E402

# ---------------------------------------------------------------- Word "Save as HTML"

ASCII = re.compile(r"[\x21-\x7e]+")


def split_runs(text):
    """Text as Word splits it into runs: Latin/ASCII stretches apart from CJK stretches (spaces stay with CJK)."""
    out, pos = [], 0
    for m in ASCII.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos:m.start()]))
        out.append((True, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


def esc(s):
    return html.escape(s, quote=False).replace("　", "&nbsp;&nbsp;")


def w_runs(text, size, cjk_font="宋体", latin_font='"Times New Roman"', bold=False, op=True):
    """Word's runs for one paragraph's text; the last run holds the <o:p></o:p> paragraph mark."""
    runs = []
    parts = split_runs(text)
    for k, (latin, piece) in enumerate(parts):
        if latin:
            style = f"font-size:{size}pt;font-family:{latin_font}"
            if cjk_font != "宋体":
                style += f";mso-fareast-font-family:{cjk_font}"
            r = f"<span lang=EN-US style='{style}'>{esc(piece)}"
        else:
            r = (f"<span style='font-size:{size}pt;font-family:{cjk_font};mso-ascii-font-family:{latin_font};\r\n"
                 f"mso-hansi-font-family:{latin_font}'>{esc(piece)}")
        if op and k == len(parts) - 1:
            r += "<span lang=EN-US><o:p></o:p></span>"
        runs.append(r + "</span>")
    body = "".join(runs)
    return f"<b>{body}</b>" if bold else body


def w_empty(size):
    return f"<span lang=EN-US style='font-size:{size}pt'><o:p>&nbsp;</o:p></span>"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{files}/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>42</o:TotalTime>
  <o:Created>{created}</o:Created>
  <o:LastSaved>{saved}</o:LastSaved>
  <o:Pages>{pages}</o:Pages>
  <o:Company>Microsoft</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="{files}/themedata.thmx">
<link rel=colorSchemeMapping href="{files}/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
@font-face
	{{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
@font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	mso-char-indent-count:2.0;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;}}
 /* Page Definitions */
 @page
	{{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}}
@page WordSection1
	{{size:{page_size};
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
{lists}-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Times New Roman",serif;
	mso-font-kerning:1.0pt;}}
table.MsoTableGrid
	{{mso-style-name:网格型;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;
	mso-font-kerning:1.0pt;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

WORD_TAIL = """
</div>

</body>

</html>
"""


def w_table(table, size, cls="MsoTableGrid", bold_rows=0):
    """A Word table as Word writes it in HTML: widths in pt and px, per-cell borders, rowspan/colspan, every
    cell a MsoNormal paragraph with its runs; a merged cell is written once at its origin."""
    covered = table.covered()
    origin = {(m[0], m[1]): m for m in table.merges}
    widths = table.widths
    total_pt = sum(widths)
    out = [f"<table class={cls} border=1 cellspacing=0 cellpadding=0 width={round(total_pt * 4 / 3)}\r\n"
           f" style='width:{total_pt:.1f}pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\r\n"
           " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for r, cells in enumerate(table.rows):
        flags = f"mso-yfti-irow:{r}"
        if r == 0:
            flags += ";mso-yfti-firstrow:yes"
        if r == len(table.rows) - 1:
            flags += ";mso-yfti-lastrow:yes"
        out.append(f" <tr style='{flags};height:22.7pt'>")
        for c, text in enumerate(cells):
            if (r, c) in covered:
                continue
            span, w = "", widths[c]
            if (r, c) in origin:
                r1, c1, r2, c2 = origin[(r, c)]
                w = sum(widths[c1:c2 + 1])
                if c2 > c1:
                    span += f" colspan={c2 - c1 + 1}"
                if r2 > r1:
                    span += f" rowspan={r2 - r1 + 1}"
            border = "border:solid windowtext 1.0pt" if r == 0 and c == 0 else (
                "border:solid windowtext 1.0pt;border-left:none" if r == 0 else (
                    "border:solid windowtext 1.0pt;border-top:none" if c == 0 else
                    "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;\r\n"
                    "  border-right:solid windowtext 1.0pt"))
            long_text = len(text) > 14
            align = "" if long_text else " align=center style='text-align:center'"
            body = w_runs(text, size, bold=r < bold_rows) if text else w_empty(size)
            out.append(f"  <td width={round(w * 4 / 3)}{span} style='width:{w:.1f}pt;{border};\r\n"
                       f"  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:22.7pt'>\r\n"
                       f"  <p class=MsoNormal{align}>{body}</p>\r\n  </td>")
        out.append(" </tr>")
    out.append("</table>")
    return "\r\n".join(out)


def render_word_html_gb2312(rep):
    """h25: the data table nested in a layout table; department and year only in <title> and 发布机构."""
    t = rep["table"]
    head = WORD_HEAD.format(charset="gb2312", files="20240516094217.files", title=esc(rep["title"]),
                            created="2024-04-22T01:12:00Z", saved="2024-05-16T01:41:00Z", pages=3,
                            page_size="841.9pt 595.3pt;mso-page-orientation:landscape", lists="")
    body = [
        "<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%'>",
        " <tr>",
        "  <td style='padding:0cm 0cm 0cm 0cm'>",
        f"  <p class=MsoNormal align=center style='text-align:center'><font face=\"宋体\" size=2 color=\"#666666\">"
        f"{esc(rep['publisher'])}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(rep['published'])}"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：</font></p>",
        "  </td>",
        " </tr>",
        " <tr>",
        "  <td style='padding:7.5pt 0cm 0cm 0cm'>",
        f"  <p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
        f"{w_runs(rep['heading'], 18, cjk_font='宋体', bold=True)}</p>",
        f"  <p class=MsoNormal align=center style='text-align:center'>{w_empty(10.5)}</p>",
        "  <p class=MsoNormal><font face=\"宋体\"><span style='font-family:宋体'>"
        f"{esc(rep['foot'][0])}</span></font><span lang=EN-US><span style='mso-spacerun:yes'>"
        + "&nbsp;" * 40 + f"</span></span><span style='font-family:宋体'>{esc(rep['foot'][1])}</span>"
        "<span lang=EN-US><o:p></o:p></span></p>",
        "  <div align=center>",
        w_table(t, 9, bold_rows=0),
        "  </div>",
        f"  <p class=MsoNormal>{w_empty(10.5)}</p>",
        "  </td>",
        " </tr>",
        "</table>",
        "",
        f"<p class=MsoNormal>{w_empty(10.5)}</p>",
    ]
    text = head + "\r\n".join(body) + WORD_TAIL
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb2312")


LISTS = """ /* List Definitions */
 @list l0
	{mso-list-id:1520309718;
	mso-list-type:hybrid;
	mso-list-template-ids:-1283622118 1384436186 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-number-format:chinese-counting;
	mso-level-text:（%1）;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:66.0pt;
	text-indent:-34.0pt;}
"""

SEAL = """<!--[if gte vml 1]><v:shapetype id="_x0000_t75" coordsize="21600,21600"
 o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f"
 stroked="f">
 <v:stroke joinstyle="miter"/>
 <v:formulas>
  <v:f eqn="if lineDrawn pixelLineWidth 0"/>
  <v:f eqn="sum @0 1 0"/>
  <v:f eqn="sum 0 0 @1"/>
  <v:f eqn="prod @2 1 2"/>
  <v:f eqn="prod @3 21600 pixelWidth"/>
  <v:f eqn="prod @3 21600 pixelHeight"/>
  <v:f eqn="sum @0 0 1"/>
  <v:f eqn="prod @6 1 2"/>
  <v:f eqn="prod @7 21600 pixelWidth"/>
  <v:f eqn="sum @8 21600 0"/>
  <v:f eqn="prod @7 21600 pixelHeight"/>
  <v:f eqn="sum @10 21600 0"/>
 </v:formulas>
 <v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>
 <o:lock v:ext="edit" aspectratio="t"/>
</v:shapetype><v:shape id="图片_x0020_1" o:spid="_x0000_s1026" type="#_x0000_t75"
 alt="公章" style='position:absolute;left:0;text-align:left;margin-left:286.5pt;
 margin-top:-30.6pt;width:113.25pt;height:113.25pt;z-index:-251658240;
 visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;
 mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;
 mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;
 mso-position-horizontal-relative:text;mso-position-vertical:absolute;
 mso-position-vertical-relative:text'>
 <v:imagedata src="{files}/image001.png" o:title="公章"/>
</v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout;position:
absolute;z-index:-1895825408;left:0px;margin-left:382px;margin-top:-41px;
width:151px;height:151px'><img width=151 height=151
src="{files}/image002.gif" alt="公章" v:shapes="图片_x0020_1"></span><![endif]>"""


def render_word_html_utf8(rep):
    """h26: a prose report saved by Word as HTML, UTF-8, with list numbering, VML and conditional blocks."""
    files = "宝鸡市文化和旅游局2023年度部门整体支出绩效自评报告.files"
    head = WORD_HEAD.format(charset="utf-8", files=files, title=esc(rep["title"]),
                            created="2024-04-11T07:25:00Z", saved="2024-04-12T02:03:00Z", pages=4,
                            page_size="595.3pt 841.9pt", lists=LISTS)
    body_style = ("style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                  "mso-line-height-rule:exactly'")
    out = []
    list_pat = re.compile(r"^（([一二三四五六七八九十]+)）")
    signature_done = False
    for b in rep["blocks"]:
        if isinstance(b, Title):
            out.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;"
                       "mso-line-height-rule:exactly'>" + w_runs(b, 22, cjk_font="方正小标宋简体") + "</p>")
            out.append(f"<p class=MsoNormal align=center style='text-align:center'>{w_empty(16)}</p>")
        elif isinstance(b, R.Heading):
            out.append(f"<p class=MsoNormal {body_style}>" + w_runs(b, 16, cjk_font="黑体") + "</p>")
        elif isinstance(b, R.Center):
            out.append("<p class=MsoNormal align=center style='text-align:center'>"
                       + w_runs(b, 12, cjk_font="黑体") + "</p>")
        elif isinstance(b, R.Right):
            seal = ""
            if not signature_done:
                seal, signature_done = SEAL.format(files=files), True
            out.append("<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;"
                       f"mso-line-height-rule:exactly'>{seal}" + w_runs(b, 16, cjk_font="仿宋_GB2312")
                       + "<span lang=EN-US style='font-size:16.0pt'><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp;"
                       "&nbsp;</span></span></p>")
        elif isinstance(b, str):
            m = list_pat.match(b)
            if m:  # Word list numbering: the marker in a <![if !supportLists]> run, the text after it
                rest = b[m.end():]
                out.append("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:"
                           "2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo1'>"
                           "<![if !supportLists]><span style='font-size:16.0pt;font-family:仿宋_GB2312;"
                           "mso-bidi-font-family:仿宋_GB2312'><span style='mso-list:Ignore'>"
                           f"{m.group()}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;</span></span></span>"
                           "<![endif]>" + w_runs(rest, 16, cjk_font="仿宋_GB2312") + "</p>")
            else:
                out.append(f"<p class=MsoNormal {body_style}>" + w_runs(b, 16, cjk_font="仿宋_GB2312") + "</p>")
        elif isinstance(b, Table):
            out.append("<div align=center>")
            out.append(w_table(b, 10.5, bold_rows=b.header_rows))
            out.append("</div>")
            out.append(f"<p class=MsoNormal>{w_empty(10.5)}</p>")
    text = head + "\r\n\r\n".join(out) + WORD_TAIL
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- DOCX (python-docx)

def build_docx(rep, path, toc_pages=None):
    """Writes rep's blocks as a Word document. toc_pages: the page number of each Heading, in order."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn("w:" + k), str(v))
        return e

    def set_fonts(rpr_owner, east, size=None, bold=None, latin="Times New Roman"):
        """East-Asian and Latin fonts, size and bold of a run or a style, each element in schema order."""
        rpr = rpr_owner.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        for k in ("ascii", "hAnsi", "cs"):
            fonts.set(qn("w:" + k), latin)
        fonts.set(qn("w:eastAsia"), east)
        for k in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn("w:" + k), None)
        if bold:
            rpr._set_bool_val("b", True)
        if size is not None:
            rpr.sz_val = Pt(size)

    doc = Document()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Administrator"
    cp.created = cp.modified = datetime.datetime(2024, 4, 10, 9, 0, 0)
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    body_pt = rep.get("body_pt", 14)
    body_font = "仿宋_GB2312"
    landscape = rep.get("landscape", False)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(1.5)
    text_width = int((sec.page_width - sec.left_margin - sec.right_margin) / 635)  # twips

    normal = doc.styles["Normal"]
    set_fonts(normal.element, body_font, body_pt)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    for name, font, size in (("Heading 1", "黑体", body_pt), ("Heading 2", "楷体_GB2312", body_pt)):
        st = doc.styles[name]
        set_fonts(st.element, font, size)
        st.font.bold = False
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.line_spacing = Pt(28)

    def field(par, instr, cached, size=None, east=body_font):
        def run_with(child):
            r = par.add_run()
            if size:
                set_fonts(r._r, east, size)
            r._r.append(child)
            return r
        run_with(el("w:fldChar", fldCharType="begin"))
        it = el("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" {instr} "
        run_with(it)
        run_with(el("w:fldChar", fldCharType="separate"))
        r = par.add_run(cached)
        if size:
            set_fonts(r._r, east, size)
        run_with(el("w:fldChar", fldCharType="end"))

    # header and footer parts
    if rep.get("header"):
        hp = sec.header.paragraphs[0]
        ppr = hp._p.get_or_add_pPr()
        bdr = el("w:pBdr")
        bdr.append(el("w:bottom", val="single", sz=6, space=1, color="auto"))
        ppr.append(bdr)  # before jc, as the schema orders them
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(rep["header"])
        set_fonts(r._r, "宋体", 9)
    if rep.get("footer") == "page-of":
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in ("第", ("PAGE", "1"), "页　共", ("NUMPAGES", "1"), "页"):
            if isinstance(piece, tuple):
                field(fp, piece[0] + " \\* MERGEFORMAT", piece[1], 9, "宋体")
            else:
                set_fonts(fp.add_run(piece)._r, "宋体", 9)
    elif rep.get("footer") == "dash":
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_fonts(fp.add_run("－ ")._r, "宋体", 14)
        field(fp, "PAGE \\* MERGEFORMAT", "1", 14, "宋体")
        set_fonts(fp.add_run(" －")._r, "宋体", 14)

    def para(text, align=None, size=None, east=None, indent=True, bold=False, line=28):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        pf = p.paragraph_format
        if line:
            pf.line_spacing = Pt(line)
        if indent and align is None and text:
            pf.first_line_indent = Pt(2 * (size or body_pt))
            pf.element.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), "200")
        if text:
            r = p.add_run(text)
            set_fonts(r._r, east or body_font, size or body_pt, bold)
        return p

    headings = [b for b in rep["blocks"] if isinstance(b, R.Heading)]
    bookmark = {id(h): (1000 + k, f"_Toc1498{2760 + k:05d}") for k, h in enumerate(headings)}
    pages = toc_pages or ["1"] * len(headings)
    page_of = {id(h): str(pages[k]) for k, h in enumerate(headings)}
    pending_break = False

    def take_break(p):
        nonlocal pending_break
        if pending_break:
            p.paragraph_format.page_break_before = True
            pending_break = False

    blocks = rep["blocks"]
    for i, b in enumerate(blocks):
        if isinstance(b, PageBreak):
            pending_break = True
        elif isinstance(b, R.Toc):
            p = para(b.title, WD_ALIGN_PARAGRAPH.CENTER, 18, "黑体", line=40)
            take_break(p)
            tocs = [h for h in headings if h.level <= b.levels]
            for k, h in enumerate(tocs):
                p = doc.add_paragraph()
                ppr = p._p.get_or_add_pPr()
                tabs = el("w:tabs")
                tabs.append(el("w:tab", val="right", leader="dot", pos=text_width - 10))
                ppr.append(tabs)
                p.paragraph_format.line_spacing = Pt(26)
                if h.level == 2:
                    p.paragraph_format.left_indent = Pt(2 * body_pt)
                if k == 0:
                    r = p.add_run()
                    r._r.append(el("w:fldChar", fldCharType="begin"))
                    r = p.add_run()
                    it = el("w:instrText")
                    it.set(qn("xml:space"), "preserve")
                    it.text = ' TOC \\o "1-2" \\h \\z \\u '
                    r._r.append(it)
                    r = p.add_run()
                    r._r.append(el("w:fldChar", fldCharType="separate"))
                _id, name = bookmark[id(h)]
                link = el("w:hyperlink", anchor=name, history=1)
                p._p.append(link)

                def lrun(child=None, text=None):
                    r = OxmlElement("w:r")
                    rpr = OxmlElement("w:rPr")
                    r.append(rpr)
                    fonts = el("w:rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=body_font)
                    rpr.append(fonts)
                    rpr.append(el("w:sz", val=int(body_pt * 2)))
                    if child is not None:
                        r.append(child)
                    if text is not None:
                        t = OxmlElement("w:t")
                        t.set(qn("xml:space"), "preserve")
                        t.text = text
                        r.append(t)
                    link.append(r)
                lrun(text=str(h))
                lrun(el("w:tab"))
                lrun(el("w:fldChar", fldCharType="begin"))
                it = el("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = f" PAGEREF {name} \\h "
                lrun(it)
                lrun(el("w:fldChar", fldCharType="separate"))
                lrun(text=page_of[id(h)])
                lrun(el("w:fldChar", fldCharType="end"))
                if k == len(tocs) - 1:
                    r = p.add_run()
                    r._r.append(el("w:fldChar", fldCharType="end"))
        elif isinstance(b, R.Heading):
            p = doc.add_paragraph(style="Heading %d" % b.level)
            take_break(p)
            if b.startswith("附件"):
                p.paragraph_format.space_after = Pt(12)
            _id, name = bookmark[id(b)]
            p._p.append(el("w:bookmarkStart", id=_id, name=name))
            r = p.add_run(str(b))
            set_fonts(r._r, "黑体" if b.level == 1 else "楷体_GB2312", body_pt)
            p._p.append(el("w:bookmarkEnd", id=_id))
        elif isinstance(b, Title):
            p = para(b, WD_ALIGN_PARAGRAPH.CENTER, 18 if len(b) < 30 else 16, "方正小标宋简体", line=36)
            take_break(p)
        elif isinstance(b, R.Big):
            p = para(b, WD_ALIGN_PARAGRAPH.CENTER, 24, "方正小标宋简体", line=48, bold=True)
            take_break(p)
        elif isinstance(b, R.Center):
            if b.startswith("表"):  # a table caption
                p = para(b, WD_ALIGN_PARAGRAPH.CENTER, body_pt - 2, "黑体", line=28)
            else:  # a cover line
                p = para(b, WD_ALIGN_PARAGRAPH.CENTER, body_pt + 2, body_font, line=36)
            take_break(p)
        elif isinstance(b, R.Right):
            p = para(b, WD_ALIGN_PARAGRAPH.RIGHT)
            take_break(p)
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], R.Right):
                p.paragraph_format.keep_with_next = True  # the signature block stays on one page
        elif isinstance(b, str):
            p = para(b)
            take_break(p)
        elif isinstance(b, Table):
            add_table(doc, b, text_width, el, set_fonts, qn, pending_break)
            pending_break = False
    doc.save(path)
    fix_zip_times(path)


def add_table(doc, t, text_width, el, set_fonts, qn, page_break):
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    nrows, ncols = len(t.rows), len(t.rows[0])
    table = doc.add_table(rows=nrows, cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = t.widths or [1] * ncols
    unit = text_width / sum(widths)
    tw = [int(w * unit) for w in widths]
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    size = getattr(t, "font_pt", 10.5)
    for r in range(getattr(t, "header_rows", 0)):
        trpr = table.rows[r]._tr.get_or_add_trPr()
        trpr.append(el("w:tblHeader"))
    for ri, row in enumerate(table.rows):
        for ci, cell in enumerate(row.cells):
            tcpr = cell._tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = el("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(tw[ci]))
            tcw.set(qn("w:type"), "dxa")
    for r1, c1, r2, c2 in t.merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    covered = t.covered()
    for ri in range(nrows):
        for ci in range(ncols):
            if (ri, ci) in covered:
                continue
            text = t.rows[ri][ci]
            cell = table.cell(ri, ci)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            p.paragraph_format.first_line_indent = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            if len(text) <= 16:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if text:
                run = p.add_run(text)
                set_fonts(run._r, "宋体", size, bold=ri < getattr(t, "header_rows", 0))
    if page_break:
        # a page break before a table: an empty paragraph with a break ahead of it
        from docx.enum.text import WD_BREAK
        prev = table._tbl.getprevious()
        p = doc.add_paragraph()
        table._tbl.addprevious(p._p)
        p.add_run().add_break(WD_BREAK.PAGE)


def fix_zip_times(path):
    """Rewrites a DOCX with fixed zip entry times, so the same input gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- LibreOffice

PROFILE = os.path.join(tempfile.gettempdir(), "heldout3_b_lo_profile")


def soffice(src, target, outdir):
    """Converts one file with LibreOffice (private profile, one at a time); returns the output path."""
    cmd = ["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    ext = target.split(":")[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        sys.exit(f"LibreOffice wrote nothing for {src}")
    return out


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return text.split("\f")


def squash(s):
    return re.sub(r"\s+", "", s.replace("\u3000", ""))


def heading_pages(rep, pdf):
    """The page (1-based) each Heading lands on, found in order after the 目录 page."""
    pages = pdf_pages(pdf)
    headings = [b for b in rep["blocks"] if isinstance(b, R.Heading)]
    toc_page = next(i for i, p in enumerate(pages) if squash("目　　录") in squash(p))
    found, at = [], toc_page + 1
    for h in headings:
        key = squash(h)[:12]
        while at < len(pages):
            lines = [squash(x) for x in pages[at].splitlines()]
            if any(x.startswith(key) for x in lines):
                break
            at += 1
        if at >= len(pages):
            sys.exit(f"{rep['stem']}: heading not found in the PDF: {h}")
        found.append(at + 1)
    return found


def render_docx_family(rep, work):
    """Builds the DOCX (with 目录 page numbers settled by LibreOffice's layout) and returns its path."""
    path = os.path.join(work, rep["stem"] + ".docx")
    has_toc = any(isinstance(b, R.Toc) for b in rep["blocks"])
    build_docx(rep, path)
    if has_toc:
        pages = None
        for _ in range(4):
            pdf = soffice(path, "pdf", work)
            now = heading_pages(rep, pdf)
            if now == pages:
                break
            pages = now
            build_docx(rep, path, pages)
        else:
            sys.exit(f"{rep['stem']}: 目录 page numbers do not settle")
    return path


# ---------------------------------------------------------------- main

def main(only):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    work = tempfile.mkdtemp(prefix="heldout3_b_")
    try:
        for rep in R.ALL:
            stem, fmt_ = rep["stem"], rep["format"]
            if only and not any(stem.startswith(o) for o in only):
                continue
            g = rep["gold"]
            g["sourceFile"] = f"{stem}.{fmt_}"
            check(g)
            with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=2)
                f.write("\n")
            target = os.path.join(OUT, f"{stem}.{fmt_}")
            if rep.get("style") == "word-gb2312":
                data = render_word_html_gb2312(rep)
                with open(target, "wb") as f:
                    f.write(data)
            elif rep.get("style") == "word-utf8":
                with open(target, "wb") as f:
                    f.write(render_word_html_utf8(rep))
            else:
                docx = render_docx_family(rep, work)
                if fmt_ == "docx":
                    shutil.copyfile(docx, target)
                elif fmt_ == "pdf":
                    shutil.copyfile(soffice(docx, "pdf", work), target)
                elif fmt_ == "doc":
                    shutil.copyfile(soffice(docx, "doc:MS Word 97", work), target)
            print(stem, fmt_, len(g["indicators"]), "rows", g["totalScore"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
