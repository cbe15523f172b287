#!/usr/bin/python3
"""Helpers of scripts/update-translations.sh for Qt Linguist .ts files (standard library only).

  translations-tool.py fill-english EN.ts      give every unfinished English string that is not
                                               a plural its source text as translation
  translations-tool.py check TS...             list every message without a finished
                                               translation; exit 1 if there is one
"""
import html
import os
import re
import sys
import xml.etree.ElementTree as ET

MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = '<translation type="unfinished"></translation>'


def fill_english(path):
    # Edits the text in place (no XML rewrite) so that lupdate's layout stays as it is.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    filled = 0

    def fill(match):
        nonlocal filled
        block = match.group(0)
        if match.group(1) or UNFINISHED not in block:
            return block
        filled += 1
        source = SOURCE.search(block).group(1)
        return block.replace(UNFINISHED, "<translation>" + source + "</translation>")

    text = MESSAGE.sub(fill, text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{path}: {filled} English strings filled in with their source text")


def problems(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                yield name, source, "no finished translation"
            elif kind in ("vanished", "obsolete"):
                yield name, source, "no longer in the sources (run scripts/update-translations.sh)"
            elif message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not forms or any(not (form.text or "").strip() for form in forms):
                    yield name, source, "a plural form is empty"
            elif not (translation.text or "").strip():
                yield name, source, "empty translation"


def check(paths):
    failed = 0
    for path in paths:
        for context, source, what in problems(path):
            failed += 1
            print(f"{os.path.basename(path)}: [{context}] {html.unescape(source)!r}: {what}")
    if failed:
        print(f"{failed} strings need a translation")
        return 1
    print("every string is translated in " + ", ".join(os.path.basename(p) for p in paths))
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "fill-english":
        fill_english(argv[2])
        return 0
    if len(argv) >= 3 and argv[1] == "check":
        return check(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
