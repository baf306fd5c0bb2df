#!/usr/bin/env python3
"""What the translations need, and a quick way to fill them in.

  translation-status.py [status]          what lupdate would change, per language, without
                                          touching translations/: missing (new in the code),
                                          unfinished, vanished (gone from the code, with their
                                          old translation to reuse) and placeholder mismatches.
                                          Exit 1 when anything needs doing.
  translation-status.py export LANG FILE  the unfinished messages of translations/*_LANG.ts as
                                          JSON, to be translated in any editor
  translation-status.py import LANG FILE  writes the translations of that JSON back into the
                                          .ts (entries left empty stay unfinished)

Run `cmake --build --preset dev --target update_translations` before export, and again after
import (it rewrites the .ts files in lupdate's own layout).
Options: --lupdate PATH (default: lupdate on PATH, else /usr/lib/qt6/bin/lupdate).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
SOURCE_DIRS = ["src/core", "src/platform", "src/app", "src/gui", "ui"]
FULL = ["fr", "de"]  # every message
PLURALS_ONLY = ["en"]  # only the messages with plural forms (%n)
PLACEHOLDER = re.compile(r"%L?(\d+|n)")


def ts_path(lang, folder=TS_DIR):
    return os.path.join(folder, f"scaling-advisor_{lang}.ts")


def find_lupdate(given):
    for candidate in [given, shutil.which("lupdate"), "/usr/lib/qt6/bin/lupdate"]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("lupdate not found (install qt6-l10n-tools, or pass --lupdate)")


def run_lupdate(lupdate, lang, folder, keep_obsolete):
    args = [lupdate, "-extensions", "cpp,h,ui", "-locations", "none", "-silent"]
    if not keep_obsolete:
        args.append("-no-obsolete")
    if lang in PLURALS_ONLY:
        args.append("-pluralonly")
    args += [os.path.join(ROOT, d) for d in SOURCE_DIRS]
    args += ["-ts", ts_path(lang, folder)]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def messages(path):
    """(context, source, comment) → {numerus, type, forms, comment} for every message."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            comment = message.findtext("comment", "")
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "unfinished"
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                kind = translation.get("type", "")
            else:
                forms = [translation.text or ""]
                kind = translation.get("type", "")
            result[(name, source, comment)] = {"numerus": numerus, "type": kind, "forms": forms}
    return result


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(lang, before, after):
    """The lines to print for one language: before = the .ts as stored, after = as lupdate
    would leave it (obsolete messages kept, marked vanished)."""
    lines = []
    for key, entry in after.items():
        context, source, _ = key
        where = f"  [{context}] {source!r}"
        if entry["type"] in ("vanished", "obsolete"):
            old = entry["forms"][0] if entry["forms"] else ""
            lines.append(f"vanished  {where} (was {old!r})")
        elif key not in before:
            lines.append(f"missing   {where}")
        elif entry["type"] == "unfinished" or not any(entry["forms"]):
            suggestion = " | ".join(f for f in entry["forms"] if f)
            lines.append(f"unfinished{where}" + (f" (draft {suggestion!r})" if suggestion else ""))
        else:
            for form in entry["forms"]:
                if placeholders(form) != placeholders(source):
                    lines.append(f"placeholder{where} → {form!r}")
                    break
    return sorted(lines)


def status(args):
    lupdate = find_lupdate(args.lupdate)
    total_problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in FULL + PLURALS_ONLY:
            shutil.copy(ts_path(lang), ts_path(lang, tmp))
            run_lupdate(lupdate, lang, tmp, keep_obsolete=True)
            before, after = messages(ts_path(lang)), messages(ts_path(lang, tmp))
            current = {k: v for k, v in after.items() if v["type"] not in ("vanished", "obsolete")}
            done = sum(1 for k, v in current.items() if k in before and v["type"] == "" and any(v["forms"]))
            found = problems(lang, before, after)
            total_problems += len(found)
            print(f"{lang}: {len(current)} messages, {done} translated, {len(found)} to do")
            for line in found:
                print(f"  {line}")
    return 1 if total_problems else 0


def export(args):
    out = []
    for (context, source, comment), entry in messages(ts_path(args.lang)).items():
        if entry["type"] == "unfinished" or not any(entry["forms"]):
            out.append({"context": context, "source": source, "comment": comment,
                        "numerus": entry["numerus"],
                        "translation": entry["forms"] if entry["numerus"] else
                        (entry["forms"][0] if entry["forms"] else "")})
    with open(args.file, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} unfinished messages of {args.lang} written to {args.file}")
    return 0


def import_(args):
    with open(args.file, encoding="utf-8") as f:
        wanted = {(e["context"], e["source"], e.get("comment", "")): e["translation"]
                  for e in json.load(f)}
    path = ts_path(args.lang)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            text = wanted.get(key)
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{filled} translations written into {path}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("status")
    for name in ("export", "import"):
        p = sub.add_parser(name)
        p.add_argument("lang", choices=FULL + PLURALS_ONLY)
        p.add_argument("file")
    args = parser.parse_args()
    command = {"export": export, "import": import_}.get(args.command, status)
    return command(args)


if __name__ == "__main__":
    sys.exit(main())
