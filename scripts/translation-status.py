#!/usr/bin/env python3
"""What the translations need, and a quick way to fill them in.

  translation-status.py [status]          what lupdate would change, per language, without
                                          touching translations/: missing (new in the code),
                                          unfinished, vanished (gone from the code, with their
                                          old translation to reuse) and placeholder mismatches.
                                          Exit 1 when anything needs doing.
  translation-status.py export LANG FILE  every message of LANG still to translate (unfinished,
                                          or new in the code) as JSON, to be translated in any
                                          editor; each comes with a "draft": the translation of
                                          the most similar vanished message of its context
  translation-status.py import LANG FILE  writes the translations of that JSON into the .ts
                                          (entries left empty stay unfinished). A message the
                                          code does not have yet is kept as "vanished": lupdate
                                          brings it back, translated, when the code arrives.
                                          The .ts is left in lupdate's layout, obsolete entries
                                          kept.

The second pass, after merging code with new messages:
  scripts/translation-status.py                 # what is missing, unfinished, vanished
  scripts/translation-status.py export fr /tmp/fr.json   (and de, en)
  … fill in "translation" (a list of plural forms where "numerus" is true) …
  scripts/translation-status.py import fr /tmp/fr.json   (and de, en)
  cmake --build --preset dev --target update_translations   # drops what stayed vanished
  ctest --preset dev -L i18n
Options: --lupdate PATH (default: lupdate on PATH, else /usr/lib/qt6/bin/lupdate);
export --ts PATH reads another .ts as it is (no lupdate run).
"""

import argparse
import difflib
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
            todo = [line for line in found if not line.startswith("vanished")]
            total_problems += len(todo)
            print(f"{lang}: {len(current)} messages, {done} translated, {len(todo)} to do, "
                  f"{len(found) - len(todo)} vanished (translations kept for code not merged "
                  "yet, or of messages gone: update_translations drops them)")
            for line in found:
                print(f"  {line}")
    return 1 if total_problems else 0


def synced(lupdate, lang, tmp):
    """The .ts of lang as lupdate leaves it over today's code, obsolete messages kept."""
    shutil.copy(ts_path(lang), ts_path(lang, tmp))
    run_lupdate(lupdate, lang, tmp, keep_obsolete=True)
    return messages(ts_path(lang, tmp))


def export(args):
    with tempfile.TemporaryDirectory() as tmp:
        found = messages(args.ts) if args.ts else synced(find_lupdate(args.lupdate), args.lang, tmp)
    gone = [(k, v) for k, v in found.items() if v["type"] in ("vanished", "obsolete")]
    out = []
    for (context, source, comment), entry in found.items():
        if entry["type"] in ("vanished", "obsolete"):
            continue
        if entry["type"] != "unfinished" and all(entry["forms"]):
            continue
        item = {"context": context, "source": source, "comment": comment,
                "numerus": entry["numerus"],
                "translation": [""] * 2 if entry["numerus"] else ""}
        if any(entry["forms"]):
            item["draft"] = entry["forms"] if entry["numerus"] else entry["forms"][0]
        else:
            best, score = None, 0.6
            for (c, s, _), old in gone:
                ratio = difflib.SequenceMatcher(None, s, source).ratio()
                if c == context and ratio > score and any(old["forms"]):
                    best, score = old, ratio
            if best:
                item["draft"] = best["forms"] if entry["numerus"] else best["forms"][0]
        out.append(item)
    with open(args.file, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(out)} messages of {args.lang} to translate written to {args.file}")
    return 0


def fill(message, text):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (text if isinstance(text, list) else [text]):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text
    return translation


def import_(args):
    with open(args.file, encoding="utf-8") as f:
        entries = json.load(f)
    wanted = {}
    for e in entries:
        text = e.get("translation")
        if text and (all(text) if isinstance(text, list) else True):
            wanted[(e["context"], e["source"], e.get("comment", ""))] = (e, text)
    path = ts_path(args.lang)
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    filled = added = 0
    for name, context in contexts.items():
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if key in wanted:
                fill(message, wanted.pop(key)[1]).attrib.pop("type", None)
                filled += 1
    for (name, source, comment), (entry, text) in wanted.items():
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        message = ET.SubElement(context, "message")
        if entry.get("numerus"):
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        fill(message, text).set("type", "vanished")
        added += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    run_lupdate(find_lupdate(args.lupdate), args.lang, TS_DIR, keep_obsolete=True)
    print(f"{path}: {filled} translations written, {added} kept for code not merged yet")
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
        if name == "export":
            p.add_argument("--ts", help="read this .ts as it is instead of running lupdate")
    args = parser.parse_args()
    command = {"export": export, "import": import_}.get(args.command, status)
    return command(args)


if __name__ == "__main__":
    sys.exit(main())
