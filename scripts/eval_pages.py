"""Scores Briefly on real web pages: is the summary from the article, and was all of it read?

Usage: eval_pages.py BRIEFLY_BINARY EVAL_DIR [--wasm PKG_DIR] [--worst N] [--only pages|snippets]
                     [--json FILE]

Two dev sets under EVAL_DIR, each page in each input mode: its visible text as a plain-text
paste and its HTML source, both through the native tool, and, with `--wasm`, the extension's
reading of the page (scripts/eval_pages_extension.mjs: the page opened in headless Chromium,
web/extract.js run on it as the panel runs it, its text summarised by that wasm package). The
extension mode is left out, with a one-line notice, when Chromium or the package is missing.
- `pages/`: the expected article body and title (see its README). Per mode: mean share of
  summary sentences from the body, pages with a non-article sentence (junk), empty summaries,
  pages read short (< 60 % of the body's words taken as the article), titles right.
- `pages-snippets/`: must-keep and must-drop snippets. Per mode: precision / recall / F1 of
  what Briefly keeps as the article (`briefly --article`: its headings, paragraphs and list items;
  for the extension, the same run on the text the panel hands the core), and pages whose
  3-sentence summary holds a must-drop snippet.
Then the worst pages with their offending sentences.
"""

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+", re.UNICODE)
META = re.compile(r"<meta\b[^>]*>", re.I | re.S)
ATTR = re.compile(r"""([a-zA-Z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
NATIVE_MODES = ("text", "html")
SOURCE = {"text": "innertext.txt", "html": "source.html", "extension": "source.html in Chromium"}
LABEL = {"text": "plain-text paste", "html": "HTML source", "extension": "extension (the tab's DOM)"}
EXTENSION_SCRIPT = Path(__file__).with_name("eval_pages_extension.mjs")


def norm(text):
    """NFKC, lower case, whitespace folded, punctuation stripped at the two ends."""
    text = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    return text.strip(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„…–—·•")


def words(text):
    return WORD.findall(unicodedata.normalize("NFKC", text).lower())


def standfirst(source):
    """The page's own description (`<meta name=description>` or `og:description`)."""
    out = []
    for tag in META.findall(source):
        attrs = {k.lower(): v.strip("\"'") for k, v in ATTR.findall(tag)}
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        if key in ("description", "og:description", "twitter:description") and attrs.get("content"):
            out.append(html.unescape(attrs["content"]))
    return out


class Body:
    """An article body the summary's sentences are checked against."""

    def __init__(self, texts):
        self.text = " ".join(norm(t) for t in texts)
        self.words = [w for t in texts for w in words(t)]
        self.joined = " " + " ".join(self.words) + " "
        self.grams = {tuple(self.words[i : i + 4]) for i in range(len(self.words) - 3)}

    def holds(self, sentence):
        if norm(sentence) in self.text:
            return True
        ws = words(sentence)
        if not ws:
            return True
        if len(ws) < 8:
            return (" " + " ".join(ws) + " ") in self.joined
        grams = [tuple(ws[i : i + 4]) for i in range(len(ws) - 3)]
        return sum(g in self.grams for g in grams) >= 0.85 * len(grams)


def title_right(shown, expected):
    a, b = norm(shown or ""), norm(expected)
    if not a:
        return False
    if a == b:
        return True
    wa, wb = words(a), words(b)
    if a in b or b in a:
        short, long_ = (wa, wb) if len(a) <= len(b) else (wb, wa)
        if len(short) * 2 >= len(long_):
            return True
    sa, sb = set(wa), set(wb)
    return bool(sa | sb) and len(sa & sb) / len(sa | sb) >= 0.6


def run(binary, path, *args):
    out = subprocess.run([binary, str(path), "--json", *args], capture_output=True, timeout=120)
    if out.returncode != 0:
        return {"sentences": [], "title": None, "stats": {"words_in": 0}, "error": out.stderr.decode()[:200]}
    return json.loads(out.stdout)


def article_text(binary, path=None, text=None, whole=False):
    """What Briefly keeps as the article of the file at `path` or of `text`, as plain text."""
    args = [binary, "--article", *(["--whole"] if whole else []), str(path) if path else "-"]
    out = subprocess.run(args, input=(text or "").encode(), capture_output=True, timeout=120)
    return out.stdout.decode("utf-8", "replace") if out.returncode == 0 else ""


def extension_runs(pkg_dir, folders):
    """The extension's results per folder (see eval_pages_extension.mjs), or None when it cannot run."""
    if shutil.which("node") is None:
        print("eval-pages: extension mode skipped: node is not installed", file=sys.stderr)
        return None
    out = subprocess.run(
        ["node", str(EXTENSION_SCRIPT), str(pkg_dir), *map(str, folders)], capture_output=True, text=True
    )
    if out.returncode != 0:
        why = (out.stderr.strip().splitlines() or [f"exit status {out.returncode}"])[-1]
        print(f"eval-pages: extension mode skipped: {why}", file=sys.stderr)
        return None
    runs = {}
    for line in out.stdout.splitlines():
        row = json.loads(line)
        runs[row["folder"]] = row
    return runs


def as_native(row):
    """An extension row in the shape of the native tool's `--json` output."""
    got = {"sentences": [{"text": t} for t in row["sentences"]], "title": row["title"], "stats": {"words_in": row["wordsIn"]}}
    if row.get("error"):
        got["error"] = row["error"]
    return got


def judge_page(binary, folder, modes, extension=None):
    """`folder`'s scores in `modes`; the extension mode reads `extension` (extension_runs)."""
    meta = json.loads((folder / "meta.json").read_text())
    expected = (folder / "expected.txt").read_text()
    source = (folder / "source.html").read_text(errors="replace")
    body = Body([expected, *standfirst(source)])
    body_words = max(1, len(words(expected)))
    result = {"page": folder.name}
    for mode in modes:
        if mode == "extension":
            row = extension[str(folder)]
            got = as_native(row)
        else:
            got = run(binary, folder / SOURCE[mode], "--sentences", "3")
        sents = [s["text"] for s in got.get("sentences", [])]
        bad = [s for s in sents if not body.holds(s)]
        result[mode] = {
            "score": (len(sents) - len(bad)) / len(sents) if sents else 0.0,
            "bad": bad,
            "empty": not sents,
            "read": got.get("stats", {}).get("words_in", 0) / body_words,
            "title": got.get("title"),
            "title_ok": title_right(got.get("title"), meta.get("title") or "") if meta.get("title") else None,
        }
        if mode == "extension":
            # What web/extract.js handed over, against the body: low here is Readability's cut,
            # low only in "read" is the core's.
            result[mode]["extracted"] = len(words(row["text"])) / body_words
            result[mode]["source"] = row["source"]
            result[mode]["error"] = row.get("error")
    result["expected_title"] = meta.get("title")
    return result


def judge_snippets(binary, folder, modes, extension=None):
    """`folder`'s snippet scores in `modes`; the extension mode reads `extension`."""
    snip = json.loads((folder / "snippets.json").read_text())
    keep = [norm(s) for s in snip.get("with", []) if norm(s)]
    drop = [norm(s) for s in snip.get("without", []) if norm(s)]
    result = {"page": folder.name}
    for mode in modes:
        if mode == "extension":
            row = extension[str(folder)]
            # The core gives the same answer natively as in the panel's wasm.
            kept = article_text(binary, text=row["text"], whole=row["source"] == "article")
            summary = as_native(row)
        else:
            kept = article_text(binary, path=folder / SOURCE[mode])
            summary = run(binary, folder / SOURCE[mode], "--sentences", "3")
        kept = norm(kept)
        sents = [norm(s["text"]) for s in summary.get("sentences", [])]
        result[mode] = {
            "tp": sum(k in kept for k in keep),
            "fn": sum(k not in kept for k in keep),
            "fp": sum(d in kept for d in drop),
            "tn": sum(d not in kept for d in drop),
            "junk": [s for s in sents if any(d in s for d in drop)],
            "missing": [k for k in keep if k not in kept][:3],
            "leaked": [d for d in drop if d in kept][:3],
        }
    return result


def pct(x):
    return f"{100 * x:.1f}%"


def modes_of(results):
    return [m for m in (*NATIVE_MODES, "extension") if results and m in results[0]]


def report_pages(results, worst):
    modes = modes_of(results)
    print(f"Real pages ({len(results)}, 3 sentences; goals: in body >= 97%, junk <= 5%, empty <= 1%,")
    print("cut short <= 2%, title right >= 90%)\n")
    print("| input | sentences in the body | pages with junk | empty | cut short | title right |")
    print("|---|---|---|---|---|---|")
    for mode in modes:
        rs = [r[mode] for r in results]
        titled = [r for r in rs if r["title_ok"] is not None]
        print(
            f"| {LABEL[mode]} "
            f"| {pct(sum(r['score'] for r in rs) / len(rs))} "
            f"| {pct(sum(bool(r['bad']) for r in rs) / len(rs))} "
            f"| {pct(sum(r['empty'] for r in rs) / len(rs))} "
            f"| {pct(sum(r['read'] < 0.6 for r in rs) / len(rs))} "
            f"| {pct(sum(r['title_ok'] for r in titled) / max(1, len(titled)))} |"
        )
    if worst:
        for mode in modes:
            print(f"\nWorst pages, {mode} ({SOURCE[mode]}):")
            ranked = sorted(results, key=lambda r: (r[mode]["score"] - (r[mode]["read"] < 0.6), r["page"]))
            for r in ranked[:worst]:
                m = r[mode]
                flags = [f"in body {pct(m['score'])}", f"read {pct(m['read'])}"]
                if m["title_ok"] is False:
                    flags.append(f"title {m['title']!r} (want {r['expected_title']!r})")
                if mode == "extension":
                    flags.append(f"extracted {pct(m['extracted'])} as {m['source']}")
                    if m["error"]:
                        flags.append(m["error"])
                print(f"  {r['page']}: {', '.join(flags)}")
                for s in m["bad"]:
                    print(f"      junk: {s[:140]!r}")
        for mode in modes:
            wrong = [r for r in results if r[mode]["title_ok"] is False]
            print(f"\nWrong titles, {mode} ({len(wrong)}):")
            for r in wrong[:worst]:
                print(f"  {r['page']}: {r[mode]['title']!r} (want {r['expected_title']!r})")


def report_differences(results, worst):
    """Pages where the extension's reading fares differently from the HTML source's."""
    if "extension" not in modes_of(results):
        return
    checks = {
        "junk": lambda m: bool(m["bad"]),
        "empty": lambda m: m["empty"],
        "cut short": lambda m: m["read"] < 0.6,
        "title wrong": lambda m: m["title_ok"] is False,
    }
    print("\nExtension against HTML source (pages where one fails a check the other passes):")
    for name, failed in checks.items():
        worse = [r["page"] for r in results if failed(r["extension"]) and not failed(r["html"])]
        better = [r["page"] for r in results if failed(r["html"]) and not failed(r["extension"])]
        more = lambda xs: ", ".join(xs[:worst]) + (f" (+{len(xs) - worst})" if len(xs) > worst else "")
        print(f"  {name}: only the extension {len(worse)} [{more(worse)}]; only HTML {len(better)} [{more(better)}]")


def report_snippets(results, worst):
    modes = modes_of(results)
    print(f"\nSnippet pages ({len(results)}; goals: cleaning F1 >= 0.90, summary junk <= 3%)\n")
    print("| input | precision | recall | F1 | summary junk |")
    print("|---|---|---|---|---|")
    for mode in modes:
        rs = [r[mode] for r in results]
        tp, fn, fp = (sum(r[k] for r in rs) for k in ("tp", "fn", "fp"))
        p, r_ = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * p * r_ / max(1e-9, p + r_)
        junk = sum(bool(r["junk"]) for r in rs) / len(rs)
        print(f"| {LABEL[mode]} | {p:.3f} | {r_:.3f} | {f1:.3f} | {pct(junk)} |")
    if worst:
        for mode in modes:
            print(f"\nWorst snippet pages, {mode}:")
            ranked = sorted(results, key=lambda r: (-(r[mode]["fn"] + r[mode]["fp"] + 2 * len(r[mode]["junk"])), r["page"]))
            for r in ranked[:worst]:
                m = r[mode]
                print(f"  {r['page']}: missing {m['fn']}, leaked {m['fp']}, junk {len(m['junk'])}")
                for s in m["missing"]:
                    print(f"      missing: {s[:100]!r}")
                for s in m["leaked"]:
                    print(f"      leaked: {s[:100]!r}")
                for s in m["junk"]:
                    print(f"      junk: {s[:120]!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("eval_dir", type=Path)
    ap.add_argument("--wasm", type=Path, help="the wasm package (briefly.js, briefly_bg.wasm) for the extension mode")
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--only", choices=["pages", "snippets"])
    ap.add_argument("--json", type=Path, help="write every page's result here")
    args = ap.parse_args()
    page_folders, snippet_folders = [], []
    if args.only != "snippets":
        page_folders = sorted(p for p in (args.eval_dir / "pages").iterdir() if (p / "meta.json").exists())
    if args.only != "pages":
        snippet_folders = sorted(
            p for p in (args.eval_dir / "pages-snippets").iterdir() if (p / "snippets.json").exists()
        )
    everything = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        # One browser reads both sets while the native tool runs beside it.
        extension = None
        if args.wasm is None:
            print("eval-pages: extension mode skipped: no wasm package given (--wasm)", file=sys.stderr)
        else:
            extension = pool.submit(extension_runs, args.wasm, [*page_folders, *snippet_folders])
        native_pages = [pool.submit(judge_page, args.binary, f, NATIVE_MODES) for f in page_folders]
        native_snippets = [pool.submit(judge_snippets, args.binary, f, NATIVE_MODES) for f in snippet_folders]
        extension = extension.result() if extension else None
        ext = ("extension",) if extension is not None else ()
        if page_folders:
            pages = [job.result() | judge_page(None, f, ext, extension) for job, f in zip(native_pages, page_folders)]
            report_pages(pages, args.worst)
            report_differences(pages, args.worst)
            everything["pages"] = pages
        if snippet_folders:
            snippets = [
                job.result() | judge_snippets(args.binary, f, ext, extension)
                for job, f in zip(native_snippets, snippet_folders)
            ]
            report_snippets(snippets, args.worst)
            everything["snippets"] = snippets
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    sys.exit(main())
