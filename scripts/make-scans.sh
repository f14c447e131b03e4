#!/bin/sh
# make-scans.sh — scanned renderings of the sample PDFs, to measure OCR on (issue 11).
#
# Usage: scripts/make-scans.sh [SRC_DIR] [OUT_DIR] [RENDERING...]
#   SRC_DIR    folder of text PDFs (default corpus-samples)
#   OUT_DIR    output root (default target/scans); each rendering goes to OUT_DIR/<rendering>/<stem>.pdf,
#              keeping the sample's stem so that `./jixiao eval --gold corpus-samples/gold OUT_DIR/grey200/`
#              scores it against the sample's gold
#   RENDERING  any of grey200 stamp300 rot1 jpeg60 mixed (default: all five)
#
# Renderings (every page becomes an image with no text layer, except in `mixed`):
#   grey200   200 dpi, 8-bit grey, PNG (lossless) pages
#   stamp300  300 dpi colour with a red round seal (ring, star, 专用章 text) printed over the middle of every
#             page that holds the scored table, as on a signed and stamped report
#   rot1      200 dpi grey turned by 1 degree (a page fed slightly askew), white corners
#   jpeg60    200 dpi colour saved as JPEG quality 60 (blocky artefacts around the strokes)
#   mixed     the text PDF itself, with the pages that hold the scored table replaced by their grey200 scan;
#             the table pages are those `./jixiao extract --json` cites as the indicator rows' sources
#
# Needs Debian's poppler-utils (pdftoppm, pdfseparate, pdfunite), imagemagick (convert), img2pdf and jq;
# `stamp300` and `mixed` also run `jixiao extract` to find the table pages: the launcher ./jixiao, or the command
# in $JIXIAO (a frozen copy, when sources are being edited while this runs).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=${1:-corpus-samples}
OUT=${2:-target/scans}
[ $# -gt 2 ] && shift 2 || set --
RENDERINGS=${*:-grey200 stamp300 rot1 jpeg60 mixed}
for tool in pdftoppm pdfseparate pdfunite convert img2pdf jq; do
  command -v "$tool" >/dev/null || { echo "make-scans: $tool is missing (apt-get install poppler-utils imagemagick img2pdf jq)" >&2; exit 1; }
done
FONT=$(fc-list :lang=zh file 2>/dev/null | sed 's/: *$//' | grep -i -m1 -E 'noto.*(sans|serif)cjk|uming|wqy' || true)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# table_pages PDF: the 1-based pages holding the scored table (the indicator rows' sources), one per line
table_pages() {
  ${JIXIAO:-"$ROOT/jixiao"} extract --json "$1" 2>/dev/null \
    | jq -r '[.[0].indicators[] | (.source, (.sources // {} | .[])) | select(. != null) | .page | select(. != null)] | unique | .[]'
}

# stamp PNG: draws a red seal (ring, star and arc-less caption) over the middle of the image, in place
stamp() {
  size=$(convert "$1" -format '%w %h' info:)
  w=${size% *}; h=${size#* }
  cx=$((w * 55 / 100)); cy=$((h * 50 / 100)); r=$((w < h ? w * 16 / 100 : h * 16 / 100))
  s=$((r * 35 / 100))
  star="$cx,$((cy - s)) $((cx + s * 22 / 100)),$((cy - s * 30 / 100)) $((cx + s * 95 / 100)),$((cy - s * 30 / 100)) \
$((cx + s * 36 / 100)),$((cy + s * 12 / 100)) $((cx + s * 58 / 100)),$((cy + s * 81 / 100)) $cx,$((cy + s * 38 / 100)) \
$((cx - s * 58 / 100)),$((cy + s * 81 / 100)) $((cx - s * 36 / 100)),$((cy + s * 12 / 100)) \
$((cx - s * 95 / 100)),$((cy - s * 30 / 100)) $((cx - s * 22 / 100)),$((cy - s * 30 / 100))"
  set -- "$1" -fill none -stroke 'rgba(215,30,30,0.85)' -strokewidth $((r / 14)) -draw "circle $cx,$cy $((cx + r)),$cy" \
    -stroke none -fill 'rgba(215,30,30,0.85)' -draw "polygon $star"
  if [ -n "$FONT" ]; then
    set -- "$@" -font "$FONT" -pointsize $((r / 4)) -gravity NorthWest \
      -annotate "+$((cx - r * 70 / 100))+$((cy + s))" '绩效评价专用章'
  fi
  convert "$@" -alpha off "$1"
}

# scan PDF RENDERING OUTPDF [PAGES]: renders the listed pages (all when empty) into an image-only PDF
scan() {
  pdf=$1; how=$2; dst=$3; pages=${4:-}
  dir="$WORK/$how"; rm -rf "$dir"; mkdir -p "$dir"
  case $how in
    grey200|rot1) pdftoppm -r 200 -gray -png "$pdf" "$dir/p" ;;
    stamp300)     pdftoppm -r 300 -png "$pdf" "$dir/p" ;;
    jpeg60)       pdftoppm -r 200 -jpeg -jpegopt quality=60 "$pdf" "$dir/p" ;;
  esac
  for img in "$dir"/p-*; do
    n=$(basename "$img" | sed 's/^p-0*\([0-9]*\)\..*/\1/')
    case $how in
      rot1) convert "$img" -background white -rotate 1 -density 200 -units PixelsPerInch "$img" ;;
      stamp300) if [ -z "$pages" ] || echo "$pages" | grep -qx "$n"; then stamp "$img"; fi
                convert "$img" -alpha off -density 300 -units PixelsPerInch "$img" ;;
      grey200) convert "$img" -density 200 -units PixelsPerInch "$img" ;;
    esac
  done
  # img2pdf embeds PNG and JPEG as they are (no re-encoding), at the density written above
  img2pdf $(ls "$dir"/p-* | sort -V) -o "$dst"
}

# mixed PDF OUTPDF PAGES: the text PDF with the listed pages replaced by their grey200 scan
mixed() {
  # sh has no local variables: scan() sets pdf, how, dst, pages, dir, img and n, so this keeps its own names
  # (and the main loop saves its own before calling)
  src=$1; out=$2; pages=$3
  mdir="$WORK/mixed"; rm -rf "$mdir"; mkdir -p "$mdir"
  pdfseparate "$src" "$mdir/t-%d.pdf"
  for k in $pages; do
    scan "$mdir/t-$k.pdf" grey200 "$mdir/s-$k.pdf" ""
    mv "$mdir/s-$k.pdf" "$mdir/t-$k.pdf"
  done
  pdfunite $(ls "$mdir"/t-*.pdf | sort -V) "$out"
}

for sample in "$SRC"/*.pdf; do
  stem=$(basename "$sample" .pdf)
  pages=""
  case " $RENDERINGS " in *" stamp300 "*|*" mixed "*) pages=$(table_pages "$sample") ;; esac
  tables=$pages
  for rendering in $RENDERINGS; do
    mkdir -p "$OUT/$rendering"
    case $rendering in
      mixed) [ -n "$tables" ] || { echo "make-scans: no table pages found in $sample" >&2; exit 1; }
             mixed "$sample" "$OUT/$rendering/$stem.pdf" "$tables" ;;
      grey200|stamp300|rot1|jpeg60) scan "$sample" "$rendering" "$OUT/$rendering/$stem.pdf" "$tables" ;;
      *) echo "make-scans: unknown rendering $rendering" >&2; exit 2 ;;
    esac
    echo "$OUT/$rendering/$stem.pdf ($(echo $tables | wc -w) table page(s))" >&2
  done
done
