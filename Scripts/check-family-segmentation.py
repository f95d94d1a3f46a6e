#!/usr/bin/env python3
"""Check policydiff's clause trees and metadata on the family documents against the
hand-made gold in Gold/segmentation/*.json and Gold/*.metadata.json.

    Scripts/check-family-segmentation.py [GOLD_DIR]     (default: Gold)

For every segmentation gold file: runs `policydiff extract FILE --format json`
($POLICYDIFF, else `swift run -c release policydiff`) on the document found in
Corpus/ (one folder down), then checks
  - coverage: every clause of evaluate.py's own cutting (with the gold's annex
    starts) is covered by a clause of ours, and none of ours spans two;
  - the structure read by hand: chapters, articles, the last and the closing
    article, paragraphs (款) and items of named articles, cross-references,
    top-level parts and their items, table groups, rows and cells;
and runs evaluate.py's `metadata` on Gold/NAME.metadata.json.
Prints one line per document; exit status 1 on any failure."""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CANDIDATES = [os.environ.get("EVALUATOR_DIR", ""), os.path.join(ROOT, "..", "shared", "tools"),
              os.path.join(ROOT, "..", "..", "shared", "tools")]
EVALUATOR = next((d for d in CANDIDATES if d and os.path.exists(os.path.join(d, "evaluate.py"))), None)
if EVALUATOR is None:
    sys.exit("check-family-segmentation: evaluate.py not found; set EVALUATOR_DIR to the folder holding it")
sys.path.insert(0, EVALUATOR)
import evaluate  # noqa: E402


# Heading-only gold clauses (二、保障措施) are shorter than this and recur in the text of their items.
MIN_SPAN_TEXT = 20


def is_article(label):
    return label.startswith("第") and (label.endswith("条") or "条之" in label)


def check(spec, doc, problems):
    clauses = doc["clauses"]
    by_path = {"/".join(c["path"]): c for c in clauses if c["path"]}
    top = [c for c in clauses if len(c["path"]) == 1]
    if "chapters" in spec:
        n = sum(1 for c in top if c["path"][0].endswith("章"))
        if n != spec["chapters"]:
            problems.append(f"chapters {n}, gold {spec['chapters']}")
    if "articles" in spec:
        arts = [c for c in top if is_article(c["path"][0])]
        if len(arts) != spec["articles"]:
            problems.append(f"articles {len(arts)}, gold {spec['articles']}")
        if arts and arts[-1]["path"][0] != spec.get("lastArticle", arts[-1]["path"][0]):
            problems.append(f"last article {arts[-1]['path'][0]}, gold {spec['lastArticle']}")
    if "closingArticle" in spec:
        c = by_path.get(spec["closingArticle"])
        if not c or c["kind"] != "closing":
            problems.append(f"{spec['closingArticle']} is not the closing")
    for art, n in spec.get("paragraphs", {}).items():
        have = 1 + sum(1 for p in by_path if p.startswith(art + "/") and p.count("/") == 1 and p.endswith("款"))
        if have != n:
            problems.append(f"{art}: {have} paragraphs, gold {n}")
    for parent, n in spec.get("items", {}).items():
        depth = parent.count("/") + 1
        have = sum(1 for p in by_path if p.startswith(parent + "/(") and p.count("/") == depth)
        if have != n:
            problems.append(f"{parent}: {have} items, gold {n}")
    for path, refs in spec.get("references", {}).items():
        have = by_path.get(path, {}).get("references", [])
        for ref in refs:
            if not any(all(h.get(k) == v for k, v in ref.items()) for h in have):
                problems.append(f"{path}: reference {ref} not read (have {have})")
    if "top" in spec:
        have = [c["path"][0] for c in top]
        if have != spec["top"]:
            problems.append(f"top-level {have}, gold {spec['top']}")
    for parent, n in spec.get("children", {}).items():
        have = sum(1 for p in by_path if p.startswith(parent + "/") and p.count("/") == parent.count("/") + 1)
        if have != n:
            problems.append(f"{parent}: {have} children, gold {n}")
    rows = [c for c in clauses if c.get("table")]
    if "tableGroups" in spec:
        groups = ["/".join(c["path"]) for c in rows if len(c["table"]["cells"]) == 2]
        if groups != spec["tableGroups"]:
            problems.append(f"table groups {groups}, gold {spec['tableGroups']}")
    if "tableRows" in spec:
        n = sum(1 for c in rows if len(c["table"]["cells"]) > 2)
        if n != spec["tableRows"]:
            problems.append(f"table rows {n}, gold {spec['tableRows']}")
    for path, cells in spec.get("rowUnits", {}).items():
        table = by_path.get(path, {}).get("table")
        if not table:
            problems.append(f"{path}: no table row")
            continue
        for header, value in cells.items():
            have = next((table["cells"][i] for i, h in enumerate(table["headers"]) if header in h and i < len(table["cells"])), None)
            if have != value:
                problems.append(f"{path}: {header} = {have!r}, gold {value!r}")


def main():
    gold_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Gold")
    tool = os.environ.get("POLICYDIFF", "").split() or ["swift", "run", "-c", "release", "policydiff"]
    failures = 0
    for spec_path in sorted(glob.glob(os.path.join(gold_dir, "segmentation", "*.json"))):
        spec = json.load(open(spec_path, encoding="utf-8"))
        name = os.path.basename(spec_path)[:-5]
        path = evaluate.find_text(os.path.join(ROOT, "Corpus"), spec["file"])
        out = subprocess.run(tool + ["extract", path, "--format", "json"], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{name}: extract failed: {out.stderr.strip()}")
            failures += 1
            continue
        doc = json.loads(out.stdout)
        text = open(path, encoding="utf-8").read()
        gold = evaluate.gold_clauses(text, spec.get("end"), spec.get("closing"), spec.get("annexes"))
        mapper = evaluate.Mapper(gold, doc)
        gold_grams = {k: evaluate.grams(t) for k, t in gold.items()}
        covered, spanning = set(), []
        for c in doc["clauses"]:
            covered |= mapper(c["id"])
            # A clause spans two gold clauses when it holds most of the text of both (a merge);
            # a short clause whose words recur elsewhere (laws repeat their phrasing) does not.
            own = evaluate.grams(c.get("text", ""))
            holds = sorted(k for k, g in gold_grams.items() if g and len(evaluate.norm(gold[k])) >= MIN_SPAN_TEXT
                           and len(own & g) >= 0.5 * len(g))
            # Two gold clauses with (nearly) the same words — the same item in two articles — are one text.
            distinct = [(a, b) for i, a in enumerate(holds) for b in holds[i + 1:]
                        if len(gold_grams[a] & gold_grams[b]) < 0.5 * min(len(gold_grams[a]), len(gold_grams[b]))]
            # Where the evaluator's cutting is wrong (the gold file says why), our clause may hold both.
            accepted = any(set(holds) <= set(group) for group in spec.get("acceptSpanning", {}).values())
            if distinct and not accepted:
                spanning.append((c["id"], holds))
        # Gold clauses shorter than one 6-gram (a —— placeholder cell the evaluator takes for a
        # bullet) cannot be mapped by shared text and are not counted.
        missing = [k for k, t in gold.items() if len(evaluate.norm(t)) >= evaluate.N and k not in covered]
        problems = []
        if missing:
            problems.append(f"gold clauses not covered {missing}")
        if spanning:
            problems.append(f"clauses spanning two gold clauses {spanning}")
        check(spec, doc, problems)
        meta_path = os.path.join(gold_dir, name + ".metadata.json")
        meta = "no metadata gold"
        if os.path.exists(meta_path):
            lines = []
            score = evaluate.score_metadata(json.load(open(meta_path, encoding="utf-8")), doc, None, lines.append)
            meta = f"metadata {score['metadata']:.3f}"
            problems += lines
        failures += bool(problems)
        print(f"{name}: {len(doc['clauses'])} clauses, {len(gold)} evaluator clauses covered; {meta}; "
              + ("OK" if not problems else "FAIL: " + "; ".join(problems)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
