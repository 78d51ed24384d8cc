#!/bin/sh
# Look at a paper attachment the way a reviewer will: DOCX → PDF with LibreOffice, PDF → one PNG
# per page with poppler. Printable HTML (.html) goes through Chromium's print-to-PDF instead.
#
#   scripts/preview-docx.sh key-rd.docx [out-dir]      # → out-dir/key-rd.pdf, out-dir/key-rd-1.png …
#
# Needs (not installed by .ci/run — a preview is for people, not tests):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
# Chinese text needs a CJK font (fonts-wqy-microhei here; a Windows machine has 宋体/黑体).
# Do not commit the images.
set -eu
in=${1:?usage: scripts/preview-docx.sh <file.docx|file.html> [out-dir]}
out=${2:-$(dirname "$in")/preview}
[ -f "$in" ] || { echo "preview-docx: no such file: $in" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "preview-docx: pdftoppm missing (apt-get install -y poppler-utils)" >&2; exit 2; }
mkdir -p "$out"
name=$(basename "$in"); stem=${name%.*}
case "$name" in
  *.docx)
    command -v soffice >/dev/null || { echo "preview-docx: soffice missing (apt-get install -y libreoffice-writer-nogui)" >&2; exit 2; }
    # A throw-away profile: a first run must not depend on (or write to) the user's.
    profile=$(mktemp -d)
    trap 'rm -rf "$profile"' EXIT
    soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$in" >/dev/null
    ;;
  *.html|*.htm)
    chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
    "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$out/$stem.pdf" "file://$(cd "$(dirname "$in")" && pwd)/$name" 2>/dev/null
    ;;
  *) echo "preview-docx: expected a .docx or .html file, got $name" >&2; exit 2 ;;
esac
pdftoppm -r "${DPI:-80}" -png "$out/$stem.pdf" "$out/$stem"
echo "$out/$stem.pdf ($(pdfinfo "$out/$stem.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages):"
ls "$out"/"$stem"-*.png
