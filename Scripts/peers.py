#!/usr/bin/env python3
"""The two naive peers of policydiff's alignment, scored beside it.

    Scripts/peers.py --gold FILE.alignment.json [...] --corpus Corpus \
                     [--policydiff-dir DIR] [--out DIR]

A peer is the script a researcher writes in an afternoon:
  1. cut both texts into clauses with the evaluator's own cutting
     (../shared/tools/evaluate.py `gold_clauses`: 一、(一)1.—— and 第X章/第X条,
     annexes as the gold file declares them);
  2. for every local clause, take the reference clause that scores best and
     pair them when the score reaches one threshold:
       - difflib: `difflib.SequenceMatcher(None, a, b).ratio()` over the
         whitespace-free NFKC texts;
       - tfidf:   cosine of character-bigram TF-IDF vectors, IDF
         `log((N+1)/df)` over the clauses of both texts of the pair;
  3. reference clauses that no local clause picked are omissions, local
     clauses below the threshold are additions.

Fair threshold: one per peer, the single value (grid 0.05..0.95, step 0.01)
that maximises the mean pair F1 over all the gold pairs given, chosen on
the same pairs it is scored on (an upper bound on what the peer would do
on unseen pairs). The chosen value is printed.

Each peer's comparison is written as policydiff-shaped JSON
(`reference`/`local` with `clauses`, `alignments`, `omissions`, `additions`)
to OUT/<peer>/<name>.json, and scored with the evaluator's own
`score_alignment`. With --policydiff-dir, DIR/<name>.json (policydiff's
`compare --format json` for the pair) is scored too, and the table prints
policydiff | difflib | tfidf for every pair: pair F1, then omission and
addition F1 where the gold lists any.
"""
import argparse, collections, difflib, io, json, math, os, sys
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "tools"))
import evaluate as E  # noqa: E402  (the scorer's own cutting and scoring)


def clauses(spec, corpus):
    return E.read_gold_text(spec, corpus)


def bigrams(text):
    s = E.norm(text)
    return collections.Counter(s[i:i + 2] for i in range(len(s) - 1))


def tfidf_scores(ref, loc):
    docs = [bigrams(t) for t in ref.values()] + [bigrams(t) for t in loc.values()]
    df = collections.Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)

    def vec(c):
        v = {t: k * math.log((n + 1) / df[t]) for t, k in c.items()}
        z = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / z for t, x in v.items()}

    rv = {k: vec(bigrams(t)) for k, t in ref.items()}
    out = {}
    for lk, lt in loc.items():
        lv = vec(bigrams(lt))
        out[lk] = {rk: sum(x * r.get(t, 0.0) for t, x in lv.items()) for rk, r in rv.items()}
    return out


def difflib_scores(ref, loc):
    rn = {k: E.norm(t) for k, t in ref.items()}
    out = {}
    for lk, lt in loc.items():
        a = E.norm(lt)
        m = difflib.SequenceMatcher(None, a, "", autojunk=False)
        row = {}
        for rk, b in rn.items():
            m.set_seq2(b)
            # cheap upper bounds first, as a careful script would
            row[rk] = m.ratio() if m.real_quick_ratio() > 0.05 else 0.0
        out[lk] = row
    return out


def comparison(gold, ref, loc, scores, threshold):
    alignments, used, additions = [], set(), []
    for lk in loc:
        row = scores[lk]
        if not row:
            additions.append(lk)
            continue
        rk = max(row, key=lambda k: (row[k], k))
        if row[rk] >= threshold:
            alignments.append({"reference": [rk], "local": [lk], "score": round(row[rk], 4)})
            used.add(rk)
        else:
            additions.append(lk)
    doc = lambda spec, cl: {"source": spec["file"], "clauses": [{"id": k, "text": t} for k, t in cl.items()]}
    return {"reference": doc(gold["reference"], ref), "local": doc(gold["local"], loc),
            "alignments": alignments,
            "omissions": [k for k in ref if k not in used],
            "additions": additions}


def score(gold, result, corpus):
    buf = io.StringIO()
    with redirect_stdout(buf):
        s = E.score_alignment(gold, result, corpus, print)
    return s, buf.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--policydiff-dir")
    ap.add_argument("--out", default=".build/peers")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the evaluator's lines per pair")
    a = ap.parse_args()

    pairs = []
    for path in a.gold:
        gold = E.load(path)
        name = os.path.basename(path)[: -len(".alignment.json")]
        ref, loc = clauses(gold["reference"], a.corpus), clauses(gold["local"], a.corpus)
        pairs.append((name, gold, ref, loc))

    peers = {"difflib": difflib_scores, "tfidf": tfidf_scores}
    results = collections.defaultdict(dict)  # name -> column -> scores
    chosen = {}
    for peer, fn in peers.items():
        table = [(name, gold, ref, loc, fn(ref, loc)) for name, gold, ref, loc in pairs]
        best = None
        for step in range(5, 96):
            t = step / 100
            f = [score(g, comparison(g, r, l, s, t), a.corpus)[0]["pair_f1"] for _, g, r, l, s in table]
            mean = sum(f) / len(f)
            if best is None or mean > best[0] + 1e-12:
                best = (mean, t)
        chosen[peer] = best[1]
        os.makedirs(os.path.join(a.out, peer), exist_ok=True)
        for name, g, r, l, s in table:
            res = comparison(g, r, l, s, best[1])
            with open(os.path.join(a.out, peer, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(res, f, ensure_ascii=False, indent=1)
            sc, lines = score(g, res, a.corpus)
            results[name][peer] = sc
            if a.verbose:
                print(f"== {peer} {name} (threshold {best[1]:.2f})\n{lines}")

    columns = list(peers)
    if a.policydiff_dir:
        columns.insert(0, "policydiff")
        for name, gold, _, _ in pairs:
            path = os.path.join(a.policydiff_dir, name + ".json")
            if not os.path.exists(path):
                print(f"peers: no policydiff result {path}", file=sys.stderr)
                results[name]["policydiff"] = {}
                continue
            sc, lines = score(gold, E.load(path), a.corpus)
            results[name]["policydiff"] = sc
            if a.verbose:
                print(f"== policydiff {name}\n{lines}")

    print("thresholds (best single value over all pairs): " +
          ", ".join(f"{p} {t:.2f}" for p, t in chosen.items()))
    head = f"{'pair':<28}" + "".join(f"{c:>22}" for c in columns)
    print(head)
    print(f"{'':<28}" + "".join(f"{'pair / omit / add':>22}" for _ in columns))
    for name, gold, _, _ in pairs:
        cells = []
        for c in columns:
            s = results[name].get(c, {})
            if not s:
                cells.append(f"{'—':>22}")
                continue
            om = f"{s['omission_f1']:.2f}"
            ad = f"{s['addition_f1']:.2f}" if gold.get("added") and "addition_f1" in s else "  – "
            cells.append(f"{s['pair_f1']:>10.3f} / {om} / {ad}")
        print(f"{name:<28}" + "".join(cells))
    for c in columns:
        vals = [results[n][c]["pair_f1"] for n, *_ in pairs if results[n].get(c)]
        if vals:
            print(f"mean pair F1 {c}: {sum(vals) / len(vals):.3f}")


if __name__ == "__main__":
    main()
