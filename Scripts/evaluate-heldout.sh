#!/usr/bin/env bash
# Scores a build of policydiff on the held-out gold (Gold/heldout/, notes in Gold/README.md
# "Held-out gold"): documents nobody tuned on. Prints the evaluator's score lines.
#   Scripts/evaluate-heldout.sh [OUT_DIR]     (default: .build/heldout)
#   CONFIG=release Scripts/evaluate-heldout.sh   (default debug; the scores do not depend on it)
#   VERBOSE=1 ...   also the evaluator's lines for every miss and wrong answer
# Writes OUT_DIR/shanghai-coop.json (compare --format json), OUT_DIR/extract/NAME.json
# (extract --format json) and OUT_DIR/peers*/ (the two naive peers of Scripts/peers.py).
# The peers are run twice: picking their threshold on the held-out pair alone (their best
# case on it), and on every alignment gold together (the shared thresholds, as
# Scripts/evaluate.sh does), the held-out pair's row then being the fair comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/heldout}
shared=${SHARED:-../shared}
config=${CONFIG:-debug}
mkdir -p "$out/extract" "$out/align"
swift build -c "$config" --product policydiff >/dev/null
bin=$(swift build -c "$config" --show-bin-path)/policydiff
eval_py="$shared/tools/evaluate.py"

coop=Corpus/farmer-coop-law
"$bin" compare "$coop/coop-law-national-2017.txt" "$coop/coop-law-shanghai-2020.txt" \
  --format json -o "$out/shanghai-coop.json"
for f in "$coop/coop-law-shanghai-2020.txt" "$coop/coop-law-chongqing-2022.txt" \
         Corpus/construction-waste/cwaste-shanghai-2024.txt; do
  b=$(basename "$f" .txt); "$bin" extract "$f" --format json -o "$out/extract/$b.json"
done

score() { # KIND GOLD RESULT  (the lines naming each miss are indented: shown with VERBOSE=1)
  echo "== $1 $(basename "$2")"
  python3 "$eval_py" "$1" "$2" "$3" --corpus Corpus | { if [ -n "${VERBOSE:-}" ]; then cat; else grep -v '^  ' || true; fi; }
}
score alignment Gold/heldout/shanghai-coop.alignment.json  "$out/shanghai-coop.json"
score units     Gold/heldout/coop-law-shanghai.units.json  "$out/extract/coop-law-shanghai-2020.json"
score units     Gold/heldout/coop-law-chongqing.units.json "$out/extract/coop-law-chongqing-2022.json"
# the subset of the two above written in the plan convention's forms (负责, 职责分工, 会同)
score units     Gold/heldout/coop-law-shanghai-narrow.units.json  "$out/extract/coop-law-shanghai-2020.json"
score units     Gold/heldout/coop-law-chongqing-narrow.units.json "$out/extract/coop-law-chongqing-2022.json"
score targets   Gold/heldout/coop-law-shanghai.targets.json  "$out/extract/coop-law-shanghai-2020.json"
score targets   Gold/heldout/coop-law-chongqing.targets.json "$out/extract/coop-law-chongqing-2022.json"
score targets   Gold/heldout/cwaste-shanghai.targets.json    "$out/extract/cwaste-shanghai-2024.json"

# ---- alignment beside the naive peers ----
# peers.py reads DIR/<name>.json for every gold <name>.alignment.json: policydiff's
# comparison of each dev pair is written next to the held-out one.
cp "$out/shanghai-coop.json" "$out/align/shanghai-coop.json"
dev=("$shared"/gold/*.alignment.json Gold/*.alignment.json)
# one line per dev pair: NAME REFERENCE LOCAL (a text is in Corpus/ or one family folder down)
python3 - "${dev[@]}" > "$out/align/pairs.txt" <<'PY'
import glob, json, os, sys
where = lambda n: (glob.glob(os.path.join("Corpus", n)) + glob.glob(os.path.join("Corpus", "*", n)))[0]
for g in sys.argv[1:]:
    d = json.load(open(g))
    print(os.path.basename(g)[:-len(".alignment.json")], where(d["reference"]["file"]), where(d["local"]["file"]))
PY
while read -r name ref loc; do
  "$bin" compare "$ref" "$loc" --format json -o "$out/align/$name.json"
done < "$out/align/pairs.txt"
echo "== peers, thresholds picked on the held-out pair alone"
python3 Scripts/peers.py --gold Gold/heldout/shanghai-coop.alignment.json --corpus Corpus \
  --policydiff-dir "$out/align" --out "$out/peers-heldout" ${VERBOSE:+-v}
echo "== peers, shared thresholds (picked on every alignment gold, held-out included)"
python3 Scripts/peers.py --gold "${dev[@]}" Gold/heldout/shanghai-coop.alignment.json --corpus Corpus \
  --policydiff-dir "$out/align" --out "$out/peers-shared" ${VERBOSE:+-v}
# The peers' blind score, on policydiff's footing: thresholds picked on the dev pairs alone,
# then applied unchanged to the held-out pair.
echo "== peers, thresholds picked on the dev pairs alone, applied to the held-out pair"
thresholds=$(python3 Scripts/peers.py --gold "${dev[@]}" --corpus Corpus --out "$out/peers-dev" | grep '^thresholds')
echo "$thresholds (dev pairs)"
python3 - "$thresholds" <<'PY'
import os, re, sys
sys.path.insert(0, "Scripts")
import peers as P
t = dict((k, float(v)) for k, v in re.findall(r"(difflib|tfidf) ([0-9.]+)", sys.argv[1]))
g = P.E.load("Gold/heldout/shanghai-coop.alignment.json")
ref, loc = P.clauses(g["reference"], "Corpus"), P.clauses(g["local"], "Corpus")
for peer, fn in (("difflib", P.difflib_scores), ("tfidf", P.tfidf_scores)):
    s, _ = P.score(g, P.comparison(g, ref, loc, fn(ref, loc), t[peer]), "Corpus")
    print(f"shanghai-coop {peer} (threshold {t[peer]:.2f}): pair {s['pair_f1']:.3f} / omit {s['omission_f1']:.2f} / add {s['addition_f1']:.2f}")
PY
