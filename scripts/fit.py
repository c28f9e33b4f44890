"""Refits scoring weights on the dev sets by coordinate search.

Usage: fit.py EVAL_DIR NAME=v1,v2,... [NAME=...]   (run from the repository root; `make eval` sets up .venv)

Each NAME is a `const NAME: f64` (or `usize`, a count) in src/score.rs. For each one in turn, every
listed value is written into the source, the binary rebuilt (a quick non-LTO build in target/fit) and
all dev sets scored; a value is kept only when it raises the mean R-1 over the sets and lowers R-1 on none of
them (a weight that helps one language at another's cost is not kept). The source is left at the
best point found; the log of every try goes to standard output. Put the provenance of the values
kept in the comment above the constants.

Cross-validation: each set is also split in two folds (documents at even and odd positions), and
a value is kept only if the mean gain holds on both folds on their own, so that a gain carried by
a handful of documents of one half is not taken for a better weight.
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import rouge  # noqa: E402

SOURCE = Path("src/score.rs")
BINARY = "target/fit/release/briefly"


def set_constant(name, value):
    text = SOURCE.read_text(encoding="utf-8")
    pattern = re.compile(rf"^(const {name}: (?:f64|usize) = )[^;]+;", re.M)
    if not pattern.search(text):
        sys.exit(f"fit.py: no `const {name}: f64` in {SOURCE}")
    SOURCE.write_text(pattern.sub(lambda m: f"{m.group(1)}{value};", text), encoding="utf-8")


def measure(eval_dir):
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--target-dir", "target/fit",
         "--config", "profile.release.lto=false", "--config", "profile.release.codegen-units=16"],
        check=True,
    )
    r1 = {}
    for name, (_, _, k_of, kind) in rouge.DATASETS.items():
        path = Path(eval_dir) / f"{name}.jsonl"
        docs = [rouge.json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        for d in docs:
            d["k"] = k_of(d["summary"])
        rows = rouge.run(BINARY, docs, lead=False)
        pairs = [(d["summary"], "\n".join(r["sentences"])) for d, r in zip(docs, rows)]
        scores = rouge.score_pairs(kind, pairs)
        r1[name] = 100 * sum(s[0] for s in scores) / max(1, len(scores))
        for fold in (0, 1):
            part = [s[0] for i, s in enumerate(scores) if i % 2 == fold]
            r1[f"{name}#{fold}"] = 100 * sum(part) / max(1, len(part))
    return r1


def sets(r1):
    """The whole-set scores, without the folds."""
    return {k: v for k, v in r1.items() if "#" not in k}


def fold_gains(r1, best):
    """The mean gain over the sets on each fold."""
    return [
        sum(r1[k] - best[k] for k in r1 if k.endswith(f"#{fold}")) / len(sets(r1)) for fold in (0, 1)
    ]


def main():
    eval_dir, specs = sys.argv[1], sys.argv[2:]
    grid = [(s.split("=")[0], s.split("=")[1].split(",")) for s in specs]
    if not grid:
        sys.exit(__doc__)
    current = {}
    for name, values in grid:
        m = re.search(rf"^const {name}: (?:f64|usize) = ([^;]+);", SOURCE.read_text(encoding="utf-8"), re.M)
        if not m:
            sys.exit(f"fit.py: no `const {name}: f64` in {SOURCE}")
        current[name] = m.group(1)
    best = measure(eval_dir)
    print("start", current, {k: round(v, 2) for k, v in sets(best).items()}, flush=True)
    for name, values in grid:
        for value in values:
            if value == current[name]:
                continue
            set_constant(name, value)
            r1 = measure(eval_dir)
            whole = sets(r1)
            mean_gain = sum(whole[k] - best[k] for k in whole) / len(whole)
            loses = [k for k in whole if whole[k] < best[k] - 0.005]
            folds = fold_gains(r1, best)
            kept = mean_gain > 0 and not loses and min(folds) > 0
            print(f"{name}={value}: mean {mean_gain:+.3f}, folds {folds[0]:+.3f} {folds[1]:+.3f}, "
                  f"loses on {loses or 'none'}, {'kept' if kept else 'no'}",
                  {k: round(v, 2) for k, v in whole.items()}, flush=True)
            if kept:
                best, current[name] = r1, value
        set_constant(name, current[name])
    print("best", current, {k: round(v, 2) for k, v in sets(best).items()})


if __name__ == "__main__":
    main()
