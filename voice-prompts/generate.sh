#!/usr/bin/env bash
# Synthesizes every prompt of manifest.json with espeak-ng, as 8 kHz mono mu-law WAV (what a phone line carries),
# into audio/<language>/<key>.wav, plus audio/common/hold-music.wav. The files are not committed (audio/ is
# git-ignored); run this after changing a text, or at deploy time. Needs: apt-get install espeak-ng sox python3.
# Prompts with values ({position}) are spoken live by Twilio, except language-offer, made for the default number.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/audio}"
command -v espeak-ng >/dev/null && command -v sox >/dev/null || { echo "Install espeak-ng and sox (apt-get install espeak-ng sox)." >&2; exit 1; }
mkdir -p "$out/common"

python3 - "$here/manifest.json" "$here/espeak-voices.tsv" <<'PY' | while IFS=$'\t' read -r language voice key text; do
import json, sys
manifest = json.load(open(sys.argv[1], encoding="utf-8"))["prompts"]
voices = dict(line.rstrip("\n").split("\t")[:2] for line in open(sys.argv[2], encoding="utf-8") if line.strip() and not line.startswith("#"))
numbers = dict(line.rstrip("\n").split("\t")[::2] for line in open(sys.argv[2], encoding="utf-8") if line.strip() and not line.startswith("#"))
for key, texts in manifest.items():
    for language, text in texts.items():
        voice = voices.get(language, "-")
        if voice == "-":
            continue
        if key == "language-offer":
            key, text = f"language-offer@{numbers[language]}", text.replace("{number}", numbers[language])
        elif "{" in text:
            continue
        print(f"{language}\t{voice}\t{key}\t{text}")
        key = key.split("@")[0]
PY
  mkdir -p "$out/$language"
  # espeak-ng 1.51 aborts on some long unspaced words (Burmese callback-calling): that prompt stays unsynthesized
  # (the coverage report lists it) and the others are still made.
  if ! espeak-ng -v "$voice" -s 150 -w "$out/$language/.tmp.wav" "$text" 2>/dev/null; then
    echo "espeak-ng failed on $language/$key; not synthesized" >&2
    rm -f "$out/$language/.tmp.wav"
    continue
  fi
  sox -q "$out/$language/.tmp.wav" -r 8000 -c 1 -e u-law "$out/$language/$key.wav"
  rm -f "$out/$language/.tmp.wav"
done

# Hold music: a soft, slow arpeggio, about 30 seconds, between position announcements.
sox -q -n -r 8000 -c 1 -e u-law "$out/common/hold-music.wav" \
  synth 1.5 pluck C4 synth 1.5 pluck E4 synth 1.5 pluck G4 synth 1.5 pluck E4 \
  gain -12 repeat 4
echo "Audio written to $out ($(find "$out" -name '*.wav' | wc -l) files, $(du -sh "$out" | cut -f1))."
