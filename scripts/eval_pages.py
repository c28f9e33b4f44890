"""Scores Briefly on real web pages: is the summary from the article, and was all of it read?

Usage: eval_pages.py BRIEFLY_BINARY EVAL_DIR [--worst N] [--only pages|snippets] [--json FILE]

Two dev sets under EVAL_DIR, each page in both input modes (its visible text as a plain-text
paste, and its HTML source):
- `pages/`: the expected article body and title (see its README). Per mode: mean share of
  summary sentences from the body, pages with a non-article sentence (junk), empty summaries,
  pages read short (< 60 % of the body's words taken as the article), titles right.
- `pages-snippets/`: must-keep and must-drop snippets. Per mode: precision / recall / F1 of
  what Briefly keeps as the article (every sentence, `--ratio 1`), and pages whose 3-sentence
  summary holds a must-drop snippet.
Then the worst pages with their offending sentences.
"""

import argparse
import html
import json
import re
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+", re.UNICODE)
META = re.compile(r"<meta\b[^>]*>", re.I | re.S)
ATTR = re.compile(r"""([a-zA-Z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
MODES = ("text", "html")
SOURCE = {"text": "innertext.txt", "html": "source.html"}


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


def judge_page(binary, folder):
    meta = json.loads((folder / "meta.json").read_text())
    expected = (folder / "expected.txt").read_text()
    source = (folder / "source.html").read_text(errors="replace")
    body = Body([expected, *standfirst(source)])
    body_words = max(1, len(words(expected)))
    result = {"page": folder.name}
    for mode in MODES:
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
    result["expected_title"] = meta.get("title")
    return result


def judge_snippets(binary, folder):
    snip = json.loads((folder / "snippets.json").read_text())
    keep = [norm(s) for s in snip.get("with", []) if norm(s)]
    drop = [norm(s) for s in snip.get("without", []) if norm(s)]
    result = {"page": folder.name}
    for mode in MODES:
        whole = run(binary, folder / SOURCE[mode], "--ratio", "1")
        kept = norm(" ".join(s["text"] for s in whole.get("sentences", [])))
        summary = run(binary, folder / SOURCE[mode], "--sentences", "3")
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


def report_pages(results, worst):
    print(f"Real pages ({len(results)}, 3 sentences; goals: in body >= 97%, junk <= 5%, empty <= 1%,")
    print("cut short <= 2%, title right >= 90%)\n")
    print("| input | sentences in the body | pages with junk | empty | cut short | title right |")
    print("|---|---|---|---|---|---|")
    for mode in MODES:
        rs = [r[mode] for r in results]
        titled = [r for r in rs if r["title_ok"] is not None]
        print(
            f"| {'plain-text paste' if mode == 'text' else 'HTML source'} "
            f"| {pct(sum(r['score'] for r in rs) / len(rs))} "
            f"| {pct(sum(bool(r['bad']) for r in rs) / len(rs))} "
            f"| {pct(sum(r['empty'] for r in rs) / len(rs))} "
            f"| {pct(sum(r['read'] < 0.6 for r in rs) / len(rs))} "
            f"| {pct(sum(r['title_ok'] for r in titled) / max(1, len(titled)))} |"
        )
    if worst:
        for mode in MODES:
            print(f"\nWorst pages, {mode} ({SOURCE[mode]}):")
            ranked = sorted(results, key=lambda r: (r[mode]["score"] - (r[mode]["read"] < 0.6), r["page"]))
            for r in ranked[:worst]:
                m = r[mode]
                flags = [f"in body {pct(m['score'])}", f"read {pct(m['read'])}"]
                if m["title_ok"] is False:
                    flags.append(f"title {m['title']!r} (want {r['expected_title']!r})")
                print(f"  {r['page']}: {', '.join(flags)}")
                for s in m["bad"]:
                    print(f"      junk: {s[:140]!r}")
        for mode in MODES:
            wrong = [r for r in results if r[mode]["title_ok"] is False]
            print(f"\nWrong titles, {mode} ({len(wrong)}):")
            for r in wrong[:worst]:
                print(f"  {r['page']}: {r[mode]['title']!r} (want {r['expected_title']!r})")


def report_snippets(results, worst):
    print(f"\nSnippet pages ({len(results)}; goals: cleaning F1 >= 0.90, summary junk <= 3%)\n")
    print("| input | precision | recall | F1 | summary junk |")
    print("|---|---|---|---|---|")
    for mode in MODES:
        rs = [r[mode] for r in results]
        tp, fn, fp = (sum(r[k] for r in rs) for k in ("tp", "fn", "fp"))
        p, r_ = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * p * r_ / max(1e-9, p + r_)
        junk = sum(bool(r["junk"]) for r in rs) / len(rs)
        label = "plain-text paste" if mode == "text" else "HTML source"
        print(f"| {label} | {p:.3f} | {r_:.3f} | {f1:.3f} | {pct(junk)} |")
    if worst:
        for mode in MODES:
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
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--only", choices=["pages", "snippets"])
    ap.add_argument("--json", type=Path, help="write every page's result here")
    args = ap.parse_args()
    everything = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        if args.only != "snippets":
            folders = sorted(p for p in (args.eval_dir / "pages").iterdir() if (p / "meta.json").exists())
            pages = list(pool.map(lambda f: judge_page(args.binary, f), folders))
            report_pages(pages, args.worst)
            everything["pages"] = pages
        if args.only != "pages":
            folders = sorted(p for p in (args.eval_dir / "pages-snippets").iterdir() if (p / "snippets.json").exists())
            snippets = list(pool.map(lambda f: judge_snippets(args.binary, f), folders))
            report_snippets(snippets, args.worst)
            everything["snippets"] = snippets
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    sys.exit(main())
