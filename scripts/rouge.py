"""Scores Briefly and the Lead-k baseline on the dev sets with the field's ROUGE protocol.

Usage: rouge.py BRIEFLY_BINARY EVAL_DIR [DATASET ...]
Prints one table: system, R-1, R-2, R-Lsum (F1 x100), mean summary words, docs/s.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

from rouge_score import rouge_scorer, tokenizers

# Sentences per summary: CNN/DailyMail 3; BBC as many as the reference; the others 1.
DATASETS = {
    "cnndm-val-500": lambda ref: 3,
    "bbc-dev": lambda ref: max(1, len(ref.split("\n"))),
    "orangesum-fr-dev": lambda ref: 1,
    "lcsts-zh-dev": lambda ref: 1,
}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+")


class CharTokenizer(tokenizers.Tokenizer):
    """One token per Han character (rouge-score's default drops non-ASCII text)."""

    def tokenize(self, text):
        return HAN.findall(text.lower())


def run(binary, docs, lead):
    lines = "".join(
        json.dumps({"id": i, "text": d["text"], "sentences": d["k"]}) + "\n" for i, d in enumerate(docs)
    )
    args = [binary, "--jsonl"] + (["--lead"] if lead else [])
    out = subprocess.run(args, input=lines, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def score(name, docs, rows):
    tokenizer = CharTokenizer() if name.startswith("lcsts") else None
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True, tokenizer=tokenizer)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    words = 0
    micros = 0
    for doc, row in zip(docs, rows):
        prediction = "\n".join(row["sentences"])
        result = scorer.score(doc["summary"], prediction)
        for key in totals:
            totals[key] += result[key].fmeasure
        words += len(prediction.split()) if tokenizer is None else len(tokenizer.tokenize(prediction))
        micros += row["micros"]
    n = max(1, len(docs))
    docs_per_s = n / (micros / 1e6) if micros else float("inf")
    return [100 * totals["rouge1"] / n, 100 * totals["rouge2"] / n, 100 * totals["rougeLsum"] / n, words / n, docs_per_s]


def main():
    binary, eval_dir = sys.argv[1], Path(sys.argv[2])
    names = sys.argv[3:] or list(DATASETS)
    print(f"| {'dataset':<17} | {'system':<8} | {'R-1':>6} | {'R-2':>6} | {'R-Lsum':>6} | {'words':>6} | {'docs/s':>8} |")
    print(f"|{'-' * 19}|{'-' * 10}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 10}|")
    for name in names:
        path = eval_dir / f"{name}.jsonl"
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        docs = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        for d in docs:
            d["k"] = DATASETS[name](d["summary"])
        k = "k" if name.startswith("bbc") else str(docs[0]["k"])
        for system, lead in ((f"Lead-{k}", True), ("Briefly", False)):
            r1, r2, rl, w, dps = score(name, docs, run(binary, docs, lead))
            print(f"| {name:<17} | {system:<8} | {r1:6.2f} | {r2:6.2f} | {rl:6.2f} | {w:6.1f} | {dps:8.0f} |")


if __name__ == "__main__":
    main()
