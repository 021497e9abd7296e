#!/usr/bin/env python3
"""Fill zh_CN translations from tab-separated files into the .ts file.

Workflow for developers (not part of the build): add tr() strings, run
`cmake --build build --target update_translations` (lupdate adds them as unfinished), write
`Context<TAB>English<TAB>中文` lines into translations/incoming/*.tsv, then run this script.
It fills every unfinished message whose context and source match, and lists the ones still open.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "translations", "neural-lessons_zh_CN.ts")


def load_pairs():
    pairs = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "translations", "incoming", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected Context<TAB>source<TAB>translation")
                context, source, text = (p.replace("\\n", "\n") for p in parts)
                pairs[(context, source)] = text
    return pairs


def main():
    pairs = load_pairs()
    tree = ET.parse(TS)
    still_open = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = pairs.get((name, source))
            if text is None:
                still_open.append(f"{name}: {source!r}")
                continue
            forms = translation.findall("numerusform")
            if forms:  # plurals (%n): Chinese has one form
                translation.text = None
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            del translation.attrib["type"]
    with open(TS, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    for item in still_open:
        print("untranslated:", item)
    return 1 if still_open else 0


if __name__ == "__main__":
    sys.exit(main())
