"""Regenerates the real-page golden cases in tests/pages/ from the dev pages.

Usage: golden_pages.py BRIEFLY_BINARY PAGES_DIR SLUG [SLUG ...]

For each slug, copies the page's source.html and innertext.txt and writes expected.json:
the title and the three summary sentences Briefly gives from each input (review them before
committing: every sentence must come from the article), and `forbidden`, lines of the pasted
page that are not article text and must never be summarised (menus, footers, prompts).
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "pages"


def summary(binary, path):
    out = subprocess.run([binary, str(path), "--json"], capture_output=True, check=True)
    got = json.loads(out.stdout)
    return {"title": got.get("title"), "sentences": [s["text"] for s in got["sentences"]]}


def forbidden(page):
    """Up to six lines of the visible text that are nowhere in the article body."""
    body = " ".join((page / "expected.txt").read_text().split()).lower()
    title = (json.loads((page / "meta.json").read_text()).get("title") or "").lower()
    lines = []
    for line in (page / "innertext.txt").read_text().splitlines():
        line = " ".join(line.split())
        words = re.findall(r"\w+", line)
        if 3 <= len(words) <= 12 and line.lower() not in body and line.lower() not in title:
            if all(line.lower() not in s.lower() for s in lines):
                lines.append(line)
    return lines[:6]


def main():
    binary, pages, *slugs = sys.argv[1:]
    for slug in slugs:
        page = Path(pages) / slug
        dest = OUT / slug
        dest.mkdir(parents=True, exist_ok=True)
        for name in ("source.html", "innertext.txt"):
            shutil.copy(page / name, dest / name)
        expected = {
            "text": summary(binary, dest / "innertext.txt"),
            "html": summary(binary, dest / "source.html"),
            "forbidden": forbidden(page),
        }
        (dest / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
        print(slug, "written")


if __name__ == "__main__":
    main()
