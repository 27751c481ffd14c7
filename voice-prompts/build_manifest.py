#!/usr/bin/env python3
"""Builds manifest.json from the per-language text tables (texts_*.py). Run after editing a text."""
import json, pathlib, importlib.util
here = pathlib.Path(__file__).parent
texts = {}
for path in sorted(here.glob("texts_*.py")):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
    # A file may hold some keys of every language (texts_callbacks.py): tables merge, key by key.
    for language, table in module.T.items():
        texts.setdefault(language, {}).update(table)
keys = list(texts["en"].keys())
for language, table in texts.items():
    missing = [key for key in keys if key not in table]
    assert not missing, f"{language} lacks {missing}"
prompts = {key: {language: texts[language][key] for language in texts} for key in keys}
# A prompt needs a person's recording where neither espeak-ng (fixed text only) nor a Twilio voice can speak it.
voices = [line.rstrip("\n").split("\t") for line in open(here / "espeak-voices.tsv", encoding="utf-8") if line.strip() and not line.startswith("#")]
needs = {}
for language, espeak, _number, twilio in voices:
    if twilio == "yes":
        continue
    synthesizable = lambda key: espeak != "-" and ("{" not in texts["en"][key] or key == "language-offer")
    missing = [key for key in keys if not synthesizable(key)]
    if missing:
        needs[language] = missing
(here / "manifest.json").write_text(json.dumps({"prompts": prompts, "needsRecording": needs}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"manifest.json: {len(keys)} prompts x {len(texts)} languages")
