#!/usr/bin/env python3
"""Check policydiff's clause tree against the evaluator's gold segmentation.

    Scripts/check-segmentation.py [CORPUS_DIR]   (default: Corpus)

For every corpus document: runs `swift run -c release policydiff extract FILE --format json`
(or $POLICYDIFF if set), cuts the gold clauses with evaluate.py's gold_clauses,
and checks that every gold clause is covered by one of our clauses (the
evaluator's 6-gram mapping) and that none of our clauses maps onto two gold
clauses (spans two numbered items). Exit status 1 on any failure."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# evaluate.py lives in the shared material beside the project (../shared/tools); set
# EVALUATOR_DIR when it is elsewhere.
CANDIDATES = [os.environ.get("EVALUATOR_DIR", ""), os.path.join(ROOT, "..", "shared", "tools"),
              os.path.join(ROOT, "..", "..", "shared", "tools")]
EVALUATOR = next((d for d in CANDIDATES if d and os.path.exists(os.path.join(d, "evaluate.py"))), None)
if EVALUATOR is None:
    sys.exit("check-segmentation: evaluate.py not found; set EVALUATOR_DIR to the folder holding it")
sys.path.insert(0, EVALUATOR)
import evaluate  # noqa: E402


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "Corpus")
    tool = os.environ.get("POLICYDIFF", "").split() or ["swift", "run", "-c", "release", "policydiff"]
    failures = 0
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt") or name == "manifest.txt":
            continue
        path = os.path.join(corpus, name)
        out = subprocess.run(tool + ["extract", path, "--format", "json"], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{name}: extract failed: {out.stderr.strip()}")
            failures += 1
            continue
        doc = json.loads(out.stdout)
        gold = evaluate.gold_clauses(open(path, encoding="utf-8").read())
        mapper = evaluate.Mapper(gold, doc)
        covered, spanning = set(), []
        for c in doc["clauses"]:
            keys = mapper(c["id"])
            covered |= keys
            if len(keys) > 1:
                spanning.append((c["id"], sorted(keys)))
        missing = [k for k, t in gold.items() if evaluate.norm(t) and k not in covered]
        codes = sorted({w["code"] for w in doc.get("warnings", [])})
        ok = not missing and not spanning
        failures += not ok
        print(f"{name}: {len(doc['clauses'])} clauses, {len(gold)} gold clauses, "
              f"missing {missing or 'none'}, spanning {spanning or 'none'}; warnings {codes}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
