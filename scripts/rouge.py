"""Scores Briefly and the Lead-k baseline on the dev sets with the field's ROUGE protocol.

Usage: rouge.py BRIEFLY_BINARY EVAL_DIR [--readme README.md] [--per-doc DIR] [DATASET ...]

Prints one table for every dev set: system, R-1, R-2, R-Lsum (F1 x100), mean summary words,
docs/s, and on Briefly's row its margin over Lead-k. With --readme, the table also replaces the
one between the README's eval markers. With --per-doc, each run's per-document scores and
sentences go to DIR/<dataset>.<system>.jsonl (for looking at where choice wins or loses).

Scoring is the slow part, so scores are cached in target/rouge-cache.json by a hash of the
references and predictions: an unchanged set (Lead-k, or a set a change does not touch) is free.
"""

import hashlib
import json
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rouge_score import rouge_scorer, tokenizers


def same_as_reference(ref):
    return max(1, len([s for s in ref.split("\n") if s.strip()]))


# name: (label, language, sentences per summary, tokenizer). The protocol in the dev sets' README.
DATASETS = {
    "cnndm-val-500": ("CNN", "English", lambda ref: 3, "default"),
    "bbc-dev": ("BBC News", "English", same_as_reference, "default"),
    "xsum-dev": ("XSum", "English", lambda ref: 1, "default"),
    "orangesum-fr-dev": ("OrangeSum", "French", lambda ref: 1, "unicode"),
    "temario-pt-dev": ("TeMário", "Portuguese", same_as_reference, "unicode"),
    "cstnews-pt-dev": ("CSTNews", "Portuguese", same_as_reference, "unicode"),
    "lcsts-zh-dev": ("LCSTS", "Chinese", lambda ref: 1, "han"),
}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+")
WORD = re.compile(r"[^\W_]+")
README_START = "<!-- eval:start -->"
README_END = "<!-- eval:end -->"


class CharTokenizer(tokenizers.Tokenizer):
    """One token per Han character (rouge-score's default drops non-ASCII text)."""

    def tokenize(self, text):
        return HAN.findall(text.lower())


class UnicodeTokenizer(tokenizers.Tokenizer):
    """One token per run of letters and digits, lower-cased, no stemming (keeps accented letters)."""

    def tokenize(self, text):
        return WORD.findall(text.lower())


def tokenizer_for(kind):
    return {"default": None, "unicode": UnicodeTokenizer(), "han": CharTokenizer()}[kind]


def run(binary, docs, lead):
    lines = "".join(
        json.dumps({"id": i, "text": d["text"], "sentences": d["k"]}) + "\n" for i, d in enumerate(docs)
    )
    args = [binary, "--jsonl"] + (["--lead"] if lead else [])
    out = subprocess.run(args, input=lines, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def score_pairs(kind, pairs):
    """Per-document (R-1, R-2, R-Lsum, words) for (reference, prediction) pairs."""
    tokenizer = tokenizer_for(kind)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True, tokenizer=tokenizer)
    out = []
    for reference, prediction in pairs:
        r = scorer.score(reference, prediction)
        words = len(prediction.split()) if tokenizer is None else len(tokenizer.tokenize(prediction))
        out.append((r["rouge1"].fmeasure, r["rouge2"].fmeasure, r["rougeLsum"].fmeasure, words))
    return out


def load_cache(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def main():
    args = sys.argv[1:]
    readme = per_doc = None
    if "--readme" in args:
        i = args.index("--readme")
        readme = Path(args[i + 1])
        del args[i : i + 2]
    if "--per-doc" in args:
        i = args.index("--per-doc")
        per_doc = Path(args[i + 1])
        per_doc.mkdir(parents=True, exist_ok=True)
        del args[i : i + 2]
    binary, eval_dir = args[0], Path(args[1])
    names = args[2:] or list(DATASETS)
    cache_path = Path("target/rouge-cache.json")
    cache = load_cache(cache_path)

    # Run the binary on every set first (fast), then score what the cache does not hold in parallel.
    jobs = []
    for name in names:
        path = eval_dir / f"{name}.jsonl"
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        docs = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        label, language, k_of, kind = DATASETS[name]
        for d in docs:
            d["k"] = k_of(d["summary"])
        ks = {d["k"] for d in docs}
        k = str(ks.pop()) if len(ks) == 1 else "k"
        for system, lead in ((f"Lead-{k}", True), ("Briefly", False)):
            rows = run(binary, docs, lead)
            pairs = [(d["summary"], "\n".join(r["sentences"])) for d, r in zip(docs, rows)]
            key = hashlib.sha256(json.dumps([kind, pairs]).encode()).hexdigest()
            jobs.append((name, system, docs, rows, pairs, kind, key))

    todo = [j for j in jobs if j[6] not in cache]
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {j[6]: pool.submit(score_pairs, j[5], j[4]) for j in todo}
        for key, f in futures.items():
            cache[key] = f.result()
    cache_path.parent.mkdir(exist_ok=True)
    cache_path.write_text(json.dumps({j[6]: cache[j[6]] for j in jobs} | cache))

    header = (
        "| dataset | system | R-1 | R-2 | R-Lsum | ΔR-1 | ΔR-2 | ΔR-Lsum | words | docs/s |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    lines = [header]
    lead_means = {}
    for name, system, docs, rows, pairs, kind, key in jobs:
        scores = cache[key]
        n = max(1, len(scores))
        means = [100 * sum(s[i] for s in scores) / n for i in range(3)]
        words = sum(s[3] for s in scores) / n
        micros = sum(r["micros"] for r in rows)
        dps = len(rows) / (micros / 1e6) if micros else float("inf")
        label, language, _, _ = DATASETS[name]
        if per_doc:
            with open(per_doc / f"{name}.{system.split('-')[0].lower()}.jsonl", "w", encoding="utf-8") as f:
                for d, r, s in zip(docs, rows, scores):
                    f.write(json.dumps({"id": d.get("id"), "r1": s[0], "r2": s[1], "rl": s[2], "sentences": r["sentences"]}, ensure_ascii=False) + "\n")
        if system == "Briefly":
            delta = [m - l for m, l in zip(means, lead_means[name])]
            cells = [f"**{m:.2f}**" for m in means] + [f"{d:+.2f}" for d in delta]
            lines.append(f"| | **Briefly** | {' | '.join(cells)} | {words:.1f} | {dps:.0f} |")
        else:
            lead_means[name] = means
            cells = [f"{m:.2f}" for m in means]
            lines.append(
                f"| {label} ({name}), {language} | {system} | {' | '.join(cells)} | | | | {words:.1f} | {dps:.0f} |"
            )
    table = "\n".join(lines)
    print(table)

    if readme:
        text = readme.read_text(encoding="utf-8")
        start, end = text.find(README_START), text.find(README_END)
        if start < 0 or end < start:
            sys.exit(f"rouge.py: {readme} has no {README_START} ... {README_END} markers")
        readme.write_text(text[: start + len(README_START)] + "\n" + table + "\n" + text[end:], encoding="utf-8")
        print(f"wrote the table to {readme}")


if __name__ == "__main__":
    main()
