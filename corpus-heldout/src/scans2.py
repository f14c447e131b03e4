#!/usr/bin/python3
"""Held-out SCANNED renderings, round 2 (s11-s18): eight new scan families, made apart from the code.

    /usr/bin/python3 corpus-heldout/src/scans2.py [s11 ...]      (from the worktree root)

Each file scans ONE single-report held-out file that round 1 (scans.py, s01-s10) did not use. It writes
corpus-heldout/scans/<stem>.<ext> and corpus-heldout/scans/gold/<stem>.json (the source's gold with only
sourceFile renamed). It imports the round-1 helpers from scans.py and leaves scans.py and s01-s10 untouched.

Debian tools only: poppler-utils (pdftoppm, pdftotext), ImageMagick 6 (/usr/bin/convert), img2pdf, python3-pil,
python3-pikepdf, libreoffice (soffice, for the DOCX sources), fonts-noto-cjk, fonts-urw-base35 (Z003, the
hand-written date). No numpy: pixel work is done with Pillow and ImageMagick. Every random choice comes from a
seeded random.Random or ImageMagick's -seed (one thread), and PDFs carry no dates, so a rerun gives the same
bytes as long as the tool versions are the same. corpus-heldout/scans/README.md ("Round 2") lists every file.
"""
import io, json, math, os, random, re, shutil, subprocess, sys, tempfile
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scans import CONVERT, MM, OUT, ROOT, STAMP_FONT, run, source_pdf   # noqa: E402  (round-1 helpers)

HAND_FONT = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"   # a script face for hand-written digits
MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"           # the fax machine's header line
Image.MAX_IMAGE_PIXELS = None


# ---------------------------------------------------------------------------------------------------- helpers

def render(pdf, page, dpi, tmp, gray=False, tag=""):
    """pdftoppm one page to PNG (dpi may be a pair: x and y resolution); returns the path."""
    base = os.path.join(tmp, f"r{page}{tag}")
    rx, ry = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    cmd = ["pdftoppm", "-rx", str(rx), "-ry", str(ry), "-f", str(page), "-l", str(page), "-singlefile", "-png"]
    if gray:
        cmd.append("-gray")
    run(*cmd, pdf, base)
    return base + ".png"


def words(pdf, page):
    """Every word on the page: (xMin, yMin, xMax, yMax, text) in pt, y from the top (pdftotext -bbox)."""
    html = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-").stdout.decode()
    pat = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(*map(float, m.groups()[:4]), m.group(5)) for m in re.finditer(pat, html)]


def find(pdf, page, text, nth=0):
    """Bounding box (pt) of the nth word on the page that contains text."""
    hits = [w for w in words(pdf, page) if text in w[4]]
    if len(hits) <= nth:
        raise SystemExit(f"{text!r} not on page {page} of {pdf}")
    return hits[nth][:4]


def magick(*args):
    run(CONVERT, *map(str, args))


def seal_layer(size, dpi, cx, cy, text, seed, ink=(214, 28, 36), heavy=False, diameter=42):
    """A white RGB image with a red round seal, to multiply in: ring, star, the name on the upper arc.

    Drawn like scans.stamp_layer, with a 'heavy' variant: a darker, over-inked impression (thicker ring, ink
    spread by a wider blur, a slight double strike, few drop-outs) as a seal pressed hard on a fresh pad."""
    rnd = random.Random(seed)
    d = int(diameter * MM * dpi)
    st = Image.new("L", (d, d), 0)
    dr = ImageDraw.Draw(st)
    w = max(2, int((1.7 if heavy else 1.3) * MM * dpi))
    dr.ellipse([w // 2, w // 2, d - w // 2, d - w // 2], outline=255, width=w)
    r1, r2, c = d * 0.17, d * 0.068, d / 2
    pts = [(c + (r1 if i % 2 == 0 else r2) * math.cos(-math.pi / 2 + i * math.pi / 5),
            c + (r1 if i % 2 == 0 else r2) * math.sin(-math.pi / 2 + i * math.pi / 5)) for i in range(10)]
    dr.polygon(pts, fill=255)
    n = len(text)
    span = min(260.0, 22.0 * n)
    rad = d / 2 - w - d * 0.085
    fsize = min(d * 0.13, 0.95 * rad * math.radians(span) / n)
    font = ImageFont.truetype(STAMP_FONT[0], int(fsize), index=STAMP_FONT[1])
    rad = d / 2 - w - fsize * 0.65
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(d * 0.16), int(d * 0.16)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, fill=255, font=font, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(math.radians(ang)) - g.width / 2
        y = c + rad * math.sin(math.radians(ang)) - g.height / 2
        st.paste(255, (int(x), int(y)), g)
    if heavy:                                   # a second, fainter strike 0.35 mm off: the hand rocked the seal
        off = int(0.35 * MM * dpi) or 1
        ghost = ImageChops.offset(st, off, off // 2).point(lambda v: v * 6 // 10)
        st = ImageChops.lighter(st, ghost)
        haze = Image.new("L", (d, d), 0)                     # too much ink: the face of the seal prints a pink haze
        ImageDraw.Draw(haze).ellipse([w, w, d - w, d - w], fill=34)
        st = ImageChops.lighter(st, haze)
    px = st.load()
    drop, lo = (0.04, 0.8) if heavy else (0.12, 0.55)
    for y in range(d):
        fade = (0.93 + 0.07 * (y / d)) if heavy else (0.72 + 0.28 * (y / d))
        for x in range(d):
            v = px[x, y]
            if v:
                px[x, y] = int(v * fade * (lo if rnd.random() < drop else 1.0))
    st = st.filter(ImageFilter.GaussianBlur((1.1 if heavy else 0.6) * dpi / 200))
    st = st.rotate(rnd.uniform(-20, 20), resample=Image.BICUBIC)
    layer = Image.new("RGB", size, "white")
    layer.paste(Image.new("RGB", (d, d), ink), (int(cx - d / 2), int(cy - d / 2)), st)
    return layer


def homography(src, dst):
    """Coefficients (a..h) of the projective map taking the four src points to the four dst points."""
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    n = 8
    M = [row[:] + [bv] for row, bv in zip(A, b)]
    for i in range(n):                                       # Gauss-Jordan with partial pivoting
        p = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[p] = M[p], M[i]
        for r in range(n):
            if r != i:
                f = M[r][i] / M[i][i]
                M[r] = [a - f * c for a, c in zip(M[r], M[i])]
    return [M[i][n] / M[i][i] for i in range(n)]


def apply_h(h, x, y):
    a, b, c, d, e, f, g, k = h
    w = g * x + k * y + 1
    return (a * x + b * y + c) / w, (d * x + e * y + f) / w


def smooth(t):
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def field(size, step, fn, mode="L"):
    """A smooth map: fn(x, y) -> value (0..255, or an RGB tuple) sampled every step px, then resized up."""
    w, h = size
    sw, sh = w // step + 2, h // step + 2
    small = Image.new(mode, (sw, sh))
    px = small.load()
    for j in range(sh):
        for i in range(sw):
            px[i, j] = fn(i * step, j * step)
    return small.resize((sw * step, sh * step), Image.BICUBIC).crop((0, 0, w, h))


def scrawl(draw, x0, y0, length, height, rnd, width):
    """A hand-written signature: a tall first stroke, then slanted loops of uneven height with varying
    pressure, then a flourish back under the name."""
    pts = []
    # the first character: a tall stroke down and a hook
    for i in range(12):
        k = i / 11
        pts.append((x0 + 0.12 * length * k + 0.25 * height * (1 - k), y0 - 0.9 * height * (1 - k) + 0.15 * height * k))
    t, n = 0.0, int(length / 2.2)
    hs = [rnd.uniform(0.45, 1.25) for _ in range(10)]
    for i in range(n):
        k = i / n
        amp = hs[min(9, int(k * 10))] * height * 0.5
        yy = -amp * math.sin(t) + 0.15 * height * math.sin(0.31 * t) - 0.15 * height * k
        x = x0 + 0.12 * length + 0.88 * length * k + 0.2 * height * math.cos(t) - 0.35 * yy   # slanted forward
        pts.append((x, y0 + yy))
        t += rnd.uniform(0.22, 0.40)
    for i in range(1, len(pts)):
        p = 0.5 + 0.5 * math.sin(math.pi * i / len(pts)) ** 0.5        # pen pressure along the stroke
        draw.line([pts[i - 1], pts[i]], fill=255, width=max(1, int(width * p)))
    xe, ye = pts[-1]
    fl = [(xe, ye)]
    for i in range(1, 36):
        k = i / 35
        fl.append((xe + 0.08 * length * math.sin(math.pi * k) - 1.1 * length * k * k,
                   ye + 0.35 * height * math.sin(math.pi * k * 0.8) + 0.25 * height * k))
    for i in range(1, len(fl)):
        draw.line([fl[i - 1], fl[i]], fill=255, width=max(1, int(width * (1 - 0.75 * i / len(fl)))))


def tick(draw, x, y, s, width):
    """A hand-written tick (对勾) with its lower-left corner at (x, y), s px high."""
    a = [(x, y - 0.45 * s), (x + 0.12 * s, y - 0.25 * s), (x + 0.28 * s, y)]
    b = [(x + 0.28 * s, y), (x + 0.55 * s, y - 0.55 * s), (x + 0.8 * s, y - 0.88 * s), (x + 1.0 * s, y - 1.05 * s)]
    draw.line(a, fill=255, width=width, joint="curve")
    draw.line(b, fill=255, width=max(1, width - 1), joint="curve")


def jpeg(img, path, quality, dpi, subsampling=2):
    img.save(path, "JPEG", quality=quality, subsampling=subsampling, dpi=(dpi, dpi), optimize=False)


def noisy(src, dst, seed, noise, blur=0.0, extra=()):
    """ImageMagick: optional blur, seeded Gaussian noise, then any extra arguments, written to dst."""
    args = [src, "-seed", seed]
    if blur:
        args += ["-blur", f"0x{blur}"]
    if noise:
        args += ["-attenuate", noise, "+noise", "Gaussian"]
    magick(*args, *extra, dst)


def img2pdf(out, *images):
    run("img2pdf", "--nodate", "--engine", "internal", "-o", out, *images)


# ---------------------------------------------------------------------------------------------------- families

def fam_rotated90(spec, pdf, tmp, gold):
    """A landscape form scanned as a portrait page: the image turned 90 degrees counter-clockwise."""
    dpi, outs = spec["dpi"], []
    for i, p in enumerate(spec["pages"]):
        png = render(pdf, p, dpi, tmp, gray=True)
        w, h = Image.open(png).size
        out = os.path.join(tmp, f"p{p}.jpg")
        magick(png, "-seed", 300 + p, "-blur", "0x0.35", "-attenuate", 0.12, "+noise", "Gaussian",
               "-background", "white", "-rotate", spec["skew"][i], "+repage", "-gravity", "center",
               "-extent", f"{w}x{h}", "-rotate", -90, "+repage", "-colorspace", "Gray",
               "-units", "PixelsPerInch", "-density", dpi, "-strip", "-sampling-factor", "2x2",
               "-quality", spec["quality"], out)
        outs.append(out)
    out = spec["out"]
    img2pdf(out, *outs)


def fam_phone(spec, pdf, tmp, gold):
    """A phone photo of the printed page lying on a desk: keystone, a bowed sheet, shadow, warm light, JPEG."""
    rnd = random.Random(spec["seed"])
    dpi = spec["dpi"]
    page = Image.open(render(pdf, spec["pages"][0], dpi, tmp)).convert("RGB")
    pw, ph = page.size
    page = ImageChops.multiply(page, Image.new("RGB", page.size, (250, 247, 238)))     # paper, not pure white
    page = page.convert("RGBA")
    OW, OH = spec["size"]
    corners = spec["corners"]                       # where the page's TL, TR, BR, BL land in the photo
    hinv = homography(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    bow = spec["bow"] * dpi / 25.4                   # mm -> source px: how far the middle of a line sags

    def src_of(x, y):
        u, v = apply_h(hinv, x, y)
        k = min(1.0, max(0.0, u / pw))
        sag = bow * math.sin(math.pi * k) * (0.35 + 0.65 * min(1.0, max(0.0, v / ph)))
        return u, v - sag + 0.004 * bow * (u - pw / 2) * (v / ph)          # and a slight shear of the curl

    step = 32
    mesh = []
    for y0 in range(0, OH, step):
        for x0 in range(0, OW, step):
            x1, y1 = min(OW, x0 + step), min(OH, y0 + step)
            q = [*src_of(x0, y0), *src_of(x0, y1), *src_of(x1, y1), *src_of(x1, y0)]
            mesh.append(((x0, y0, x1, y1), q))
    sheet = page.transform((OW, OH), Image.MESH, mesh, resample=Image.BICUBIC, fillcolor=(0, 0, 0, 0))
    alpha = sheet.getchannel("A")
    # the desk: dark wood-brown, a grain of soft horizontal streaks
    grain = [rnd.uniform(-1, 1) for _ in range(64)]

    def desk(x, y):
        g = grain[(y // 48) % 64] * 10 + 6 * math.sin(x / 170.0 + grain[(x // 300) % 64])
        return (int(112 + g), int(88 + g * 0.8), int(66 + g * 0.6))
    photo = field((OW, OH), 16, desk, "RGB")
    shadow = alpha.filter(ImageFilter.GaussianBlur(18)).point(lambda v: 255 - v * 45 // 100)
    shadow = ImageChops.offset(shadow, 14, 20)
    photo = ImageChops.multiply(photo, Image.merge("RGB", [shadow] * 3))
    photo.paste(sheet.convert("RGB"), (0, 0), alpha)
    # light: brighter towards the top left, a vignette, and the soft shadow of the phone and hand lower right
    sx, sy, sr, sw = spec["shadow"]                  # the hand's shadow: a soft disc (centre, radius, edge width)

    def light(x, y):
        fx, fy = x / OW, y / OH
        base = 1.04 - 0.16 * (0.55 * fx + 0.45 * fy) - 0.16 * ((fx - 0.45) ** 2 + (fy - 0.4) ** 2)
        d = (sr - math.hypot((fx - sx) * OW / OH, fy - sy)) / sw        # >0 inside the shadow
        base *= 1 - 0.38 * smooth(d + 0.5)
        v = max(0, min(255, int(255 * base)))
        return (v, max(0, int(v * 0.975)), max(0, int(v * 0.92)))          # warm indoor light
    photo = ImageChops.multiply(photo, field((OW, OH), 16, light, "RGB"))
    tmp_png = os.path.join(tmp, "photo.png")
    photo.save(tmp_png)
    # lens softness, sensor noise, the phone's sharpening, JPEG; phones write 72 dpi
    magick(tmp_png, "-seed", spec["seed"], "-blur", "0x0.8", "-attenuate", 0.35, "+noise", "Gaussian",
           "-unsharp", "0x1.2+0.6+0", "-units", "PixelsPerInch", "-density", 72, "-strip",
           "-sampling-factor", "2x2", "-quality", spec["quality"], spec["out"])


def fam_lidopen(spec, pdf, tmp, gold):
    """A duplex-printed report scanned with the lid open: black bed round the sheet, punched holes, and the
    reverse side showing through (each page carries its back page, mirrored, faintly)."""
    dpi = spec["dpi"]
    pages = [Image.open(render(pdf, p, dpi, tmp, gray=True)).convert("L") for p in spec["pages"]]
    outs = []
    bw, bh = (int(v * MM * dpi) for v in spec["bed"])            # the scanned area, larger than the sheet
    for i, pg in enumerate(pages):
        back = pages[i ^ 1] if len(pages) > 1 else None           # pages 1/2 are the two sides of one sheet
        if back is not None:
            ghost = ImageOps.mirror(back).filter(ImageFilter.GaussianBlur(1.4 * dpi / 200))
            k = spec["bleed"]
            pg = ImageChops.multiply(pg, ghost.point(lambda v: 255 - int(k * (255 - v))))
        pw, ph = pg.size
        # the sheet: the punched holes go through it, so they show the dark lid side
        sheet = pg.convert("RGBA")
        holes = Image.new("L", pg.size, 255)
        hd = ImageDraw.Draw(holes)
        r = int(3 * MM * dpi)
        hx = int(12 * MM * dpi) if i % 2 == 0 else pw - int(12 * MM * dpi)     # the back has them on the right
        for dy in (-40, 40):
            hy = ph // 2 + int(dy * MM * dpi)
            hd.ellipse([hx - r, hy - r, hx + r, hy + r], fill=0)
        sheet.putalpha(holes)
        ang = spec["rotate"][i]
        sheet = sheet.rotate(-ang, resample=Image.BICUBIC, expand=True)
        a = sheet.getchannel("A")
        # the bed: almost black, a little lighter close to the sheet (light spilling round the edge)
        spill = a.filter(ImageFilter.GaussianBlur(int(5 * MM * dpi))).point(lambda v: 22 + v * 40 // 255)
        bed = Image.new("L", (bw, bh), 22)
        ox, oy = (int(v * MM * dpi) for v in spec["offset"][i])
        bed.paste(spill, (ox, oy))
        bed.paste(sheet.convert("L"), (ox, oy), a)
        # a soft shadow just inside the sheet's edge and round each hole (the paper lifts a little there)
        rim = ImageChops.subtract(a, a.filter(ImageFilter.GaussianBlur(3 * dpi / 200)))
        shade = Image.new("L", (bw, bh), 0)
        shade.paste(rim, (ox, oy))
        bed = ImageChops.subtract(bed, shade.point(lambda v: v * 2))
        png = os.path.join(tmp, f"b{i}.png")
        bed.save(png)
        out = os.path.join(tmp, f"b{i}.jpg")
        magick(png, "-seed", 400 + i, "-blur", "0x0.4", "-attenuate", 0.15, "+noise", "Gaussian",
               "-colorspace", "Gray", "-units", "PixelsPerInch", "-density", dpi, "-strip",
               "-sampling-factor", "2x2", "-quality", spec["quality"], out)
        outs.append(out)
    img2pdf(spec["out"], *outs)


def fam_fax(spec, pdf, tmp, gold):
    """A fax in standard resolution: 204 x 98 dpi, 1728 px lines, 1-bit, Group 3, a header line on top,
    a dirty-glass streak down the page and a few lines lost in transmission (repeated, as fax machines do)."""
    rnd = random.Random(spec["seed"])
    fx, fy = 204, 98
    outs = []
    n = len(spec["pages"])
    for i, p in enumerate(spec["pages"]):
        # the sender's scanner: 204 dpi across, sampled at 196 lines/inch, the paper a little askew
        hi = Image.open(render(pdf, p, (fx, 2 * fy), tmp, gray=True)).convert("L")
        hi = hi.rotate(-spec["rotate"][i], resample=Image.BICUBIC, fillcolor=255)
        w, h = hi.size
        lo = hi.resize((w, h // 2), Image.BOX)                      # standard mode keeps every other pair
        line = Image.new("L", (1728, lo.height + 22), 255)
        line.paste(lo, ((1728 - w) // 2, 22))
        # the receiving machine prints the sender's header (TSI) in its own small font
        head = Image.new("L", (1728, 44), 255)
        font = ImageFont.truetype(MONO_FONT, 26)
        ImageDraw.Draw(head).text((40, 6), spec["header"].format(page=i + 1, pages=n), fill=0, font=font)
        line.paste(head.resize((1728, 22), Image.BOX), (0, 0))
        # dirty glass: a thin dark streak all the way down
        dr = ImageDraw.Draw(line)
        for sx in spec["streak"]:
            dr.line([(sx, 22), (sx, line.height)], fill=70, width=2)
        bw = line.point(lambda v: 0 if v < spec["threshold"] else 255)
        # transmission errors: a few lines replaced by the line above
        px = bw.load()
        for _ in range(spec["lost"]):
            y = rnd.randrange(40, bw.height - 8)
            for k in range(rnd.randint(1, 3)):
                for x in range(1728):
                    px[x, y + k] = px[x, y - 1]
        png = os.path.join(tmp, f"f{i}.png")
        bw.convert("1", dither=Image.NONE).save(png)
        outs.append(png)
    magick(*outs, "-units", "PixelsPerInch", "-density", f"{fx}x{fy}", "-compress", "Fax", spec["out"])


def pdf_lines(pdf_path, page_index):
    """Stroked straight lines on a page (LibreOffice draws table rules as 'x y m x y l S'): horizontal
    (x0, x1, y) and vertical (x, y0, y1), in pt with y from the top."""
    import pikepdf
    doc = pikepdf.open(pdf_path)
    pg = doc.pages[page_index]
    H = float(pg.mediabox[3])
    hs, vs, cur = [], [], None
    for operands, op in pikepdf.parse_content_stream(pg):
        op = str(op)
        if op == "m":
            cur = [tuple(map(float, operands))]
        elif op == "l" and cur:
            cur.append(tuple(map(float, operands)))
        elif op == "S" and cur and len(cur) == 2:
            (x0, y0), (x1, y1) = cur
            if abs(y0 - y1) < 0.01:
                hs.append((min(x0, x1), max(x0, x1), H - y0))
            elif abs(x0 - x1) < 0.01:
                vs.append((x0, min(H - y0, H - y1), max(H - y0, H - y1)))
            cur = None
    return hs, vs, H


def cell_of(hs, vs, cx, cy):
    """The table cell (x0, y0, x1, y1) round the point, from the nearest rules on each side (or None)."""
    above = [y for x0, x1, y in hs if x0 - 0.5 <= cx <= x1 + 0.5 and y < cy]
    below = [y for x0, x1, y in hs if x0 - 0.5 <= cx <= x1 + 0.5 and y > cy]
    left = [x for x, y0, y1 in vs if y0 - 0.5 <= cy <= y1 + 0.5 and x < cx]
    right = [x for x, y0, y1 in vs if y0 - 0.5 <= cy <= y1 + 0.5 and x > cx]
    if not (above and below and left and right):
        return None
    return max(left), max(above), min(right), min(below)


def fam_shaded(spec, pdf, tmp, gold):
    """An Excel-style print: grey-filled header and label cells, thin light-grey rules; printed by a laser
    printer (its halftone screen makes the grey a dot pattern) and scanned at 300 dpi black-and-white, so
    the dotted fills stay behind the header words and the light rules break up."""
    import pikepdf
    dpi = spec["dpi"]
    doc = pikepdf.open(pdf)
    outs = []
    for i, p in enumerate(spec["pages"]):
        hs, vs, H = pdf_lines(pdf, p - 1)
        cells = set()
        for w in words(pdf, p):
            if any(w[4].startswith(k) for k in spec["shade_words"]):
                c = cell_of(hs, vs, (w[0] + w[2]) / 2, (w[1] + w[3]) / 2)
                if c and (c[2] - c[0]) < 400:
                    cells.add(c)
        pg = doc.pages[p - 1]
        fill = b"".join(b"%.3f %.3f %.3f %.3f re\n" % (x0, H - y1, x1 - x0, y1 - y0)
                        for x0, y0, x1, y1 in sorted(cells))
        grey, width = spec["rule_grey"], spec["rule_width"]
        old = b"".join(pikepdf.unparse_content_stream([(o, op)]) + b"\n"
                       for o, op in pikepdf.parse_content_stream(pg))
        old = old.replace(b"0 0 0 RG", b"%.2f %.2f %.2f RG" % (grey, grey, grey))
        old = re.sub(rb"(?m)^0\.5 w$", b"%.2f w" % width, old)
        new = b"q %.2f g\n" % spec["fill_grey"] + fill + b"f Q\n" + old
        pg.Contents = doc.make_stream(new)
    shaded = os.path.join(tmp, "shaded.pdf")
    doc.save(shaded, static_id=True)
    for i, p in enumerate(spec["pages"]):
        png = render(shaded, p, dpi, tmp, gray=True)
        w, h = Image.open(png).size
        tif = os.path.join(tmp, f"g{p}.tif")
        # printer: a 45-degree halftone screen on the grey; scanner: optics blur, noise, skew, 1-bit
        magick(png, "-ordered-dither", "h6x6a", "-seed", 500 + p, "-blur", f"0x{spec['blur']}",
               "-attenuate", spec["noise"], "+noise", "Gaussian",
               "-background", "white", "-rotate", spec["rotate"][i], "+repage", "-gravity", "center",
               "-extent", f"{w}x{h}", "-colorspace", "Gray", "-threshold", f"{spec['threshold']}%",
               "-type", "Bilevel", "-units", "PixelsPerInch", "-density", dpi, "-strip",
               "-compress", "Group4", tif)
        outs.append(tif)
    img2pdf(spec["out"], *outs)


def fam_signed(spec, pdf, tmp, gold):
    """A signed and sealed form: a heavy dark-red seal pressed over the score column, blue-ink signatures
    over the printed names, a hand-written date and a tick; 300 dpi colour."""
    dpi = spec["dpi"]
    p = spec["pages"][0]
    img = Image.open(render(pdf, p, dpi, tmp)).convert("RGB")
    s = dpi / 72
    rnd = random.Random(spec["seed"])
    # blue ink: signatures, the date, the tick
    ink = Image.new("L", img.size, 0)
    dr = ImageDraw.Draw(ink)
    pen = max(2, int(0.45 * MM * dpi))
    for word, dx, length in spec["signatures"]:
        x0, y0, x1, y1 = find(pdf, p, word)
        scrawl(dr, (x1 - dx) * s, (y0 + y1) / 2 * s + 0.15 * (y1 - y0) * s, length * MM * dpi,
               5.5 * MM * dpi, rnd, pen)
    x0, y0, x1, y1 = find(pdf, p, spec["date"][0])
    font = ImageFont.truetype(HAND_FONT, int(6.5 * MM * dpi))
    g = Image.new("L", (int(60 * MM * dpi), int(12 * MM * dpi)), 0)
    ImageDraw.Draw(g).text((4, 2), spec["date"][1], fill=255, font=font)
    g = g.rotate(4, resample=Image.BICUBIC, expand=True)
    ink.paste(255, (int((x0 + spec["date"][2]) * s), int((y1 + spec["date"][3]) * s)), g)
    x0, y0, x1, y1 = find(pdf, p, spec["tick"][0])
    tick(dr, (x1 + spec["tick"][1]) * s, y1 * s + spec["tick"][2] * s, 6 * MM * dpi, pen + 1)
    ink = ink.filter(ImageFilter.GaussianBlur(0.7 * dpi / 200))
    blue = Image.new("RGB", img.size, "white")
    blue.paste(Image.new("RGB", img.size, spec["pen_ink"]), (0, 0), ink.point(lambda v: v * 88 // 100))
    img = ImageChops.multiply(img, blue)
    # the seal, over the score column
    x0, y0, x1, y1 = find(pdf, p, spec["seal"][0])
    cx, cy = ((x0 + x1) / 2 / 72 + spec["seal"][1] * MM) * dpi, ((y0 + y1) / 2 / 72 + spec["seal"][2] * MM) * dpi
    img = ImageChops.multiply(img, seal_layer(img.size, dpi, cx, cy, gold["department"], seed=spec["seed"],
                                              ink=spec["seal_ink"], heavy=True))
    png = os.path.join(tmp, "signed.png")
    img.save(png)
    w, h = img.size
    out = os.path.join(tmp, "signed.jpg")
    magick(png, "-seed", spec["seed"], "-blur", "0x0.4", "-attenuate", 0.1, "+noise", "Gaussian",
           "-background", "white", "-rotate", spec["rotate"], "+repage", "-gravity", "center", "-extent", f"{w}x{h}",
           "-units", "PixelsPerInch", "-density", dpi, "-strip", "-sampling-factor", "2x2",
           "-quality", spec["quality"], out)
    img2pdf(spec["out"], out)


def fam_mixedres(spec, pdf, tmp, gold):
    """Pages scanned on different devices and put together: every page has its own resolution, colour mode,
    encoding and (for one page) paper size."""
    outs = []
    for i, (p, how) in enumerate(zip(spec["pages"], spec["how"])):
        dpi, mode, fmt = how["dpi"], how["mode"], how["fmt"]
        png = render(pdf, p, dpi, tmp, gray=(mode != "color"))
        w, h = Image.open(png).size
        args = [png, "-seed", 600 + p]
        if how.get("tint"):                       # the device's idea of white paper
            args += ["(", "+clone", "-fill", how["tint"], "-colorize", "100", ")", "-compose", "Multiply",
                     "-composite"]
        if how.get("blur"):
            args += ["-blur", f"0x{how['blur']}"]
        if how.get("noise"):
            args += ["-attenuate", how["noise"], "+noise", "Gaussian"]
        args += ["-background", "white", "-rotate", how["rotate"], "+repage", "-gravity", "center",
                 "-extent", f"{w}x{h}"]
        if "area" in how:                         # a Letter scan area: cut at the foot, lid grey at the side
            cw, ch = (int(v * MM * dpi) for v in how["area"])
            args += ["-background", how["lid"], "-gravity", "NorthWest", "-extent", f"{cw}x{ch}"]
        args += ["-units", "PixelsPerInch", "-density", dpi, "-strip"]
        if mode == "gray":
            args += ["-colorspace", "Gray"]
        if mode == "bilevel":
            out = os.path.join(tmp, f"m{p}.tif")
            args += ["-colorspace", "Gray", "-threshold", f"{how['threshold']}%", "-type", "Bilevel",
                     "-compress", "Group4", out]
        elif fmt == "png":
            out = os.path.join(tmp, f"m{p}.png")
            args += [out]
        else:
            out = os.path.join(tmp, f"m{p}.jpg")
            args += ["-sampling-factor", "2x2", "-quality", how["quality"], out]
        magick(*args)
        outs.append(out)
    img2pdf(spec["out"], *outs)


def fam_upside(spec, pdf, tmp, gold):
    """A multi-page LZW TIFF in 8-bit grey, one page fed upside down (turned 180 degrees)."""
    dpi, outs = spec["dpi"], []
    for i, p in enumerate(spec["pages"]):
        png = render(pdf, p, dpi, tmp, gray=True)
        w, h = Image.open(png).size
        out = os.path.join(tmp, f"u{p}.png")
        rot = spec["rotate"][i] + (180 if p in spec["upside_down"] else 0)
        magick(png, "-seed", 700 + p, "-blur", "0x0.5", "-attenuate", spec["noise"], "+noise", "Gaussian",
               "-background", "white", "-rotate", rot, "+repage", "-gravity", "center", "-extent", f"{w}x{h}",
               "-colorspace", "Gray", "-level", "6%,94%", "-posterize", spec["levels"], "-depth", 8, out)
        outs.append(out)
    magick(*outs, "-units", "PixelsPerInch", "-density", dpi, "-compress", "LZW",
           "-define", "tiff:predictor=2", "-define", "tiff:rows-per-strip=64", spec["out"])


FAMILIES = dict(rotated90=fam_rotated90, phone=fam_phone, lidopen=fam_lidopen, fax=fam_fax, shaded=fam_shaded,
                signed=fam_signed, mixedres=fam_mixedres, upside=fam_upside)

# ---------------------------------------------------------------------------------------------------- the files

SCANS2 = [
    dict(stem="s11_fucheng_jiaoti", src="h150_fucheng_jiaoti.pdf", ext="pdf", family="rotated90", pages=[1],
         dpi=200, skew=[0.4], quality=65),
    dict(stem="s12_dingcheng_nongye", src="h169_dingcheng_nongye.docx", ext="jpg", family="phone", pages=[1],
         dpi=240, seed=12, size=(2304, 3072), quality=80, bow=2.2, shadow=(1.02, 0.66, 0.42, 0.10),
         corners=[(330, 300), (2000, 352), (2178, 2790), (176, 2860)]),
    dict(stem="s13_pingqiao_shuili", src="h175_pingqiao_shuili.pdf", ext="pdf", family="lidopen", pages=[1, 2],
         dpi=200, bed=(232, 318), offset=[(9, 4), (14, 8)], rotate=[0.7, -0.9], bleed=0.12, quality=60),
    dict(stem="s14_jinshan_lvrong", src="h159_jinshan_lvrong.docx", ext="tif", family="fax", pages=[1],
         seed=14, rotate=[0.6], threshold=150, lost=6, streak=[1012],
         header="MAR-26-2024 09:41   FROM:+86 21 5794XXXX  JINSHAN HW MGMT   TO:JSQ CZJ JXK   P.{page:03d}/{pages:03d}"),
    dict(stem="s15_dawukou_weijian", src="h155_dawukou_weijian.pdf", ext="pdf", family="shaded", pages=[1],
         dpi=300, rotate=[0.5], blur=0.7, noise=0.2, threshold=55, fill_grey=0.72, rule_grey=0.55, rule_width=0.3,
         shade_words=["部门（单位）", "年度预算执行", "年度总体目标", "年初预算数", "全年预算数", "全年执行数",
                      "分值", "执行率", "得分", "预期目标", "实际完成情况", "一级指标", "二级指标", "三级指标",
                      "年度指标值", "实际完成值", "偏差原因", "总分"]),
    dict(stem="s16_guta_shenji", src="h101_guta_shenji.docx", ext="pdf", family="signed", pages=[1],
         dpi=300, seed=16, rotate=-0.4, quality=60, pen_ink=(28, 52, 160), seal_ink=(158, 14, 28),
         signatures=[("单位负责人", 16, 17), ("填表人", 14, 15)], date=("2022", "2022.4.15", 0, 2),
         tick=("分以下为差", 8, 1), seal=("99.85", -8, -9)),
    dict(stem="s17_fangshan_chengguan", src="h161_fangshan_chengguan.pdf", ext="pdf", family="mixedres",
         pages=[1, 2, 3, 4],
         how=[dict(dpi=200, mode="color", fmt="jpg", quality=70, rotate=0.3, noise=0.1, tint="#f6f0de"),
              dict(dpi=100, mode="gray", fmt="jpg", quality=70, rotate=-0.6),
              dict(dpi=400, mode="color", fmt="jpg", quality=35, rotate=0.8, noise=0.08, tint="#eef1f4"),
              dict(dpi=300, mode="bilevel", fmt="tif", threshold=60, rotate=-0.4, blur=0.5, noise=0.2,
                   area=(215.9, 279.4), lid="#e8e8e8")]),
    dict(stem="s18_shashi_nongye", src="h113_shashi_nongye.pdf", ext="tif", family="upside", pages=[1, 2, 3],
         dpi=300, rotate=[0.3, -0.5, 0.4], upside_down=[2], noise=0.05, levels=16),
]


def make(spec):
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    src_stem = os.path.splitext(spec["src"])[0]
    with open(os.path.join(ROOT, "gold", src_stem + ".json"), encoding="utf-8") as f:
        gold = json.load(f)
    assert isinstance(gold, dict), "single-report sources only"
    name = f"{spec['stem']}.{spec['ext']}"
    spec = dict(spec, out=os.path.join(OUT, name))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = source_pdf(spec["src"], tmp)
        FAMILIES[spec["family"]](spec, pdf, tmp, gold)
    gold["sourceFile"] = name
    with open(os.path.join(OUT, "gold", spec["stem"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}  {os.path.getsize(spec['out']) / 1024:.0f} KB")


if __name__ == "__main__":
    want = sys.argv[1:]
    for s in SCANS2:
        if not want or any(s["stem"].startswith(w) for w in want):
            make(s)
