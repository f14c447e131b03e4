#!/usr/bin/python3
"""Held-out SCANNED renderings of existing held-out reports (issue 11), made apart from the code.

    /usr/bin/python3 corpus-heldout/src/scans.py [s01 ...]      (from the worktree root)

Writes corpus-heldout/scans/<stem>.<ext> and corpus-heldout/scans/gold/<stem>.json (the source's gold with
sourceFile renamed; everything else as the page prints it). Debian tools only: poppler-utils (pdftoppm,
pdftotext, pdfinfo), python3-pikepdf (the mixed PDF), ImageMagick 6 (/usr/bin/convert), img2pdf, libreoffice
(soffice, for the DOCX sources), python3-pil (the red stamp), fonts-noto-cjk. Noise uses a fixed seed (-seed) and
PDFs carry no dates and a static ID, so a rerun gives the same bytes as long as the tool versions are the same.
corpus-heldout/scans/README.md lists every file and parameter.
"""
import json, math, os, re, shutil, subprocess, sys, tempfile
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # corpus-heldout
OUT = os.path.join(ROOT, "scans")
CONVERT = "/usr/bin/convert"
STAMP_FONT = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)   # Noto Serif CJK SC Bold
MM = 1 / 25.4

# Per file: the source, what it becomes, and per-page scan parameters.
#   pages   : source pages to scan (1-based); for 'mixed' the other pages stay text
#   dpi     : scan resolution; mode: 'color' | 'gray' | 'bilevel' (threshold %)
#   rotate  : degrees per page (ImageMagick -rotate: positive = clockwise)
#   quality : JPEG quality; blur: sigma px; noise: -attenuate for +noise Gaussian; uneven: photocopy background
#   chop    : margins cut off (left, top, right, bottom) in mm, per file
#   stamp   : (page, anchor word on that page, dx mm, dy mm) - a red round seal centred there, bearing the
#             gold's department (or stamp_text="evaluator": the third-party evaluator's name)
SCANS = [
    dict(stem="s01_neimenggu_linye", src="h10_neimenggu_linye.pdf", fmt="pdf", pages=[1, 2, 3],
         dpi=200, mode="gray", rotate=[1.0, 0.6, 1.3], quality=60, blur=0.4, noise=0.15,
         chop=(0, 6, 0, 0)),
    dict(stem="s02_yinchuan_minzheng", src="h21_yinchuan_minzheng.pdf", fmt="pdf", pages=[1, 2],
         dpi=150, mode="gray", rotate=[-0.6, -0.9], quality=75, blur=0, noise=0,
         chop=(4, 0, 4, 0)),
    dict(stem="s03_shanxi_yingji", src="h29_shanxi_yingji.pdf", fmt="mixed", pages=[4, 5, 6, 13, 14, 15],
         dpi=200, mode="gray", color_pages=[15], rotate=[0.5, -0.5, 0.7, 0.5, 0.8, -0.5], quality=40, blur=0.3, noise=0,
         chop=(0, 0, 0, 0), stamp=(15, "盖章", -12, 3), stamp_text="evaluator"),
    dict(stem="s04_hailun_heitudi", src="h11_hailun_heitudi.pdf", fmt="pdf", pages=[1, 2],
         dpi=300, mode="color", rotate=[-1.5, -1.2], quality=45, blur=0, noise=0.1,
         chop=(8, 8, 0, 0), stamp=(2, "90.05", -12, 6)),
    dict(stem="s05_sangzhuzi_jiaoyu", src="h17_sangzhuzi_jiaoyu.pdf", fmt="tiff", pages=[1, 2],
         dpi=200, mode="bilevel", threshold=58, rotate=[0.8, 1.1], blur=0.5, noise=0.35,
         chop=(0, 0, 0, 0)),
    dict(stem="s06_gansu_linye", src="h52_gansu_linye.docx", fmt="pdf", pages=[1, 2],
         dpi=200, mode="gray", rotate=[-2.0, -1.7], quality=50, blur=0.7, noise=0.3, uneven=True,
         chop=(10, 0, 0, 4), stamp=(2, "盖章", 30, 0)),
    dict(stem="s07_longmatan_zhujian", src="h38_longmatan_zhujian.docx", fmt="jpg", pages=[1],
         dpi=200, mode="color", rotate=[0.5], quality=65, blur=0.3, noise=0.1,
         chop=(0, 0, 6, 10), stamp=(1, "填报日期", 5, -9)),
    dict(stem="s08_xinjiang_weijian", src="h16_xinjiang_weijian.pdf", fmt="pdf", pages=[1, 2],
         dpi=300, mode="gray", rotate=[-1.0, -0.8], quality=40, blur=0, noise=0.1,
         chop=(0, 0, 0, 12)),
    dict(stem="s09_xuzhou_nongye", src="h62_xuzhou_nongye.pdf", fmt="png", pages=[1],
         dpi=150, mode="gray", rotate=[1.8], blur=0, noise=0, chop=(14, 14, 14, 20)),
    dict(stem="s10_changle_jiaoyu", src="h12_changle_jiaoyu.pdf", fmt="pdf", pages=[1, 2, 3, 4, 5],
         dpi=150, mode="color", rotate=[0.7, -0.5, 0.9, -1.2, 1.9], quality=70, blur=0, noise=0.15,
         uneven=True, chop=(0, 0, 0, 0), stamp=(5, "87.6", -8, -4)),
]


def run(*cmd, **kw):
    env = dict(os.environ, MAGICK_THREAD_LIMIT="1")       # one thread: the seeded noise comes out the same
    return subprocess.run(cmd, check=True, capture_output=True, env=env, **kw)


def source_pdf(src, tmp):
    """A PDF of the source: the held-out file itself, or a DOCX/DOC/XLSX/HTML through LibreOffice."""
    path = os.path.join(ROOT, src)
    if src.endswith(".pdf"):
        return path
    run("soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to", "pdf",
        "--outdir", tmp, path)
    return os.path.join(tmp, os.path.splitext(src)[0] + ".pdf")


def word_centre(pdf, page, anchor):
    """Centre (pt) of the first word on the page containing anchor, from pdftotext -bbox."""
    html = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-").stdout.decode()
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
        if anchor in m.group(5):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            return (x0 + x1) / 2, (y0 + y1) / 2
    raise SystemExit(f"anchor {anchor!r} not on page {page} of {pdf}")


def stamp_layer(size, dpi, cx, cy, text, seed):
    """A white RGB image with a red 42 mm round seal (ring, star, name on the upper arc), to multiply in."""
    import random
    rnd = random.Random(seed)
    d = int(42 * MM * dpi)
    ink = (214, 28, 36)
    st = Image.new("L", (d, d), 0)                     # ink coverage 0..255
    dr = ImageDraw.Draw(st)
    w = max(2, int(1.3 * MM * dpi))
    dr.ellipse([w // 2, w // 2, d - w // 2, d - w // 2], outline=255, width=w)
    # five-point star
    r1, r2, c = d * 0.17, d * 0.068, d / 2
    pts = []
    for i in range(10):
        r = r1 if i % 2 == 0 else r2
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    dr.polygon(pts, fill=255)
    # name on the upper arc, each character turned to face outwards
    n = len(text)
    span = min(260.0, 22.0 * n)                         # degrees of arc used
    rad = d / 2 - w - d * 0.085
    fsize = min(d * 0.13, 0.95 * rad * math.radians(span) / n)   # long names get smaller characters
    font = ImageFont.truetype(STAMP_FONT[0], int(fsize), index=STAMP_FONT[1])
    rad = d / 2 - w - fsize * 0.65
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n     # degrees, 0 = east, -90 = north
        g = Image.new("L", (int(d * 0.16), int(d * 0.16)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, fill=255, font=font, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(math.radians(ang)) - g.width / 2
        y = c + rad * math.sin(math.radians(ang)) - g.height / 2
        st.paste(255, (int(x), int(y)), g)
    # uneven ink: speckled drop-outs, a lighter side, soft edges
    px = st.load()
    for y in range(d):
        fade = 0.72 + 0.28 * (y / d)
        for x in range(d):
            v = px[x, y]
            if v:
                px[x, y] = int(v * fade * (0.55 if rnd.random() < 0.12 else 1.0))
    st = st.filter(ImageFilter.GaussianBlur(0.6 * dpi / 200))
    st = st.rotate(rnd.uniform(-20, 20), resample=Image.BICUBIC)
    layer = Image.new("RGB", size, "white")
    red = Image.new("RGB", (d, d), ink)
    layer.paste(red, (int(cx - d / 2), int(cy - d / 2)), st)
    return layer


def scan_page(spec, pdf, page, idx, tmp, dept):
    dpi = spec["dpi"]
    base = os.path.join(tmp, f"p{page}")
    run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", pdf, base)
    png = base + ".png"
    st = spec.get("stamp")
    if st and st[0] == page:
        x, y = word_centre(pdf, page, st[1])
        cx, cy = (x / 72 + st[2] * MM) * dpi, (y / 72 + st[3] * MM) * dpi
        img = Image.open(png).convert("RGB")
        img = ImageChops.multiply(img, stamp_layer(img.size, dpi, cx, cy, dept, seed=page))
        img.save(png)
    w, h = Image.open(png).size
    cmd = [CONVERT, png, "-seed", str(100 + page)]
    if spec.get("uneven"):                           # photocopy: darker, slightly yellow towards one corner
        tint = "#c9c1aa" if spec["mode"] == "color" else "#b4b4b4"
        cmd += ["(", "-size", f"{2 * w}x{2 * h}", f"radial-gradient:white-{tint}",
                "-crop", f"{w}x{h}+{w // 5}+{h // 3}", "+repage", ")", "-compose", "Multiply", "-composite"]
    if spec.get("blur"):
        cmd += ["-blur", f"0x{spec['blur']}"]
    if spec.get("noise"):
        cmd += ["-attenuate", str(spec["noise"]), "+noise", "Gaussian"]
    cmd += ["-background", "white", "-rotate", str(spec["rotate"][idx]), "+repage",
            "-gravity", "center", "-extent", f"{w}x{h}"]
    l, t, r, b = (int(v * MM * dpi) for v in spec["chop"])
    if l or t:
        cmd += ["-gravity", "NorthWest", "-chop", f"{l}x{t}"]
    if r or b:
        cmd += ["-gravity", "SouthEast", "-chop", f"{r}x{b}"]
    cmd += ["+repage", "-units", "PixelsPerInch", "-density", str(dpi)]
    mode, fmt = spec["mode"], spec["fmt"]
    if page in spec.get("color_pages", ()):
        mode = "color"
    if mode == "gray":
        cmd += ["-colorspace", "Gray"]
    elif mode == "bilevel":
        cmd += ["-colorspace", "Gray", "-threshold", f"{spec['threshold']}%", "-type", "Bilevel"]
    if fmt == "png" or mode == "bilevel":
        out = base + "-scan.png"
        cmd += ["-strip", out]
    else:
        out = base + "-scan.jpg"
        cmd += ["-strip", "-sampling-factor", "2x2", "-quality", str(spec["quality"]), out]
    run(*cmd)
    return out


def make(spec):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    src_stem = os.path.splitext(spec["src"])[0]
    with open(os.path.join(ROOT, "gold", src_stem + ".json"), encoding="utf-8") as f:
        gold = json.load(f)
    assert isinstance(gold, dict), "single-report sources only"
    with tempfile.TemporaryDirectory() as tmp:
        pdf = source_pdf(spec["src"], tmp)
        seal = gold[spec.get("stamp_text", "department")]   # whose seal: the department's, or the evaluator's
        scans = {p: scan_page(spec, pdf, p, i, tmp, seal) for i, p in enumerate(spec["pages"])}
        fmt = spec["fmt"]
        out = os.path.join(OUT, f"{spec['stem']}.{'tif' if fmt == 'tiff' else fmt if fmt != 'mixed' else 'pdf'}")
        if fmt == "pdf":
            run("img2pdf", "--nodate", "--engine", "internal", "-o", out, *[scans[p] for p in spec["pages"]])
        elif fmt == "mixed":
            # the text PDF with its scanned pages swapped for image-only pages (pikepdf keeps the fonts once)
            import pikepdf
            doc = pikepdf.open(pdf)
            for p in sorted(scans):
                part = os.path.join(tmp, f"s{p}.pdf")
                run("img2pdf", "--nodate", "--engine", "internal", "-o", part, scans[p])
                img = pikepdf.open(part)
                doc.pages.insert(p - 1, img.pages[0])
                del doc.pages[p]
            doc.save(out, static_id=True)
        elif fmt == "tiff":
            run(CONVERT, *[scans[p] for p in spec["pages"]], "-units", "PixelsPerInch", "-density",
                str(spec["dpi"]), "-compress", "Group4", out)
        else:
            shutil.copy(scans[spec["pages"][0]], out)
    gold["sourceFile"] = os.path.basename(out)
    with open(os.path.join(OUT, "gold", spec["stem"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{os.path.basename(out)}  {os.path.getsize(out) / 1024:.0f} KB")


if __name__ == "__main__":
    want = sys.argv[1:]
    for s in SCANS:
        if not want or any(s["stem"].startswith(w) for w in want):
            make(s)
