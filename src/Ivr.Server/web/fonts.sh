#!/usr/bin/env bash
# Builds the web fonts the pages need for the scripts a kiosk's CJK fonts lack (the native names of Bengali, Khmer,
# Burmese, Nepali, Sinhala and Thai), into ../wwwroot/fonts/, as WOFF2 subsets of Debian's Noto Sans: each font
# keeps its script's whole Unicode block and every OpenType layout feature (so any name operations type in that
# script still shapes), and nothing else. The files are committed; run this only to change them.
# Needs: apt-get install fonts-noto-core python3-fonttools python3-brotli
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../wwwroot/fonts"
noto=/usr/share/fonts/truetype/noto
mkdir -p "$out"
# file name, Noto family, Unicode ranges (also in the @font-face rules of ../wwwroot/css/app.css)
while read -r name family ranges; do
  /usr/bin/python3 -m fontTools.subset "$noto/NotoSans$family-Regular.ttf" \
    --unicodes="$ranges,U+0020,U+200C-200D,U+25CC" --layout-features='*' --flavor=woff2 \
    --output-file="$out/noto-sans-$name.woff2"
done <<'FONTS'
bengali Bengali U+0980-09FF
devanagari Devanagari U+0900-097F,U+A8E0-A8FF
khmer Khmer U+1780-17FF,U+19E0-19FF
myanmar Myanmar U+1000-109F,U+A9E0-A9FF,U+AA60-AA7F
sinhala Sinhala U+0D80-0DFF,U+111E0-111FF
thai Thai U+0E00-0E7F
FONTS
ls -l "$out"
