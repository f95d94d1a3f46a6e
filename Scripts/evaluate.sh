#!/usr/bin/env bash
# Scores policydiff's JSON against the gold answers in ../shared/gold and Gold/:
#   Scripts/evaluate.sh [OUT_DIR]     (default: .build/evaluation)
# Last, the alignment table: every gold pair × policydiff / difflib / TF-IDF peers
# (Scripts/peers.py); PEERS_VERBOSE=1 prints the evaluator's lines for each.
# Writes OUT_DIR/gansu.json, zhangye.json (documents) and gansu-zhangye.json
# (comparison), the names ../shared/tools/evaluate.py's `all` mode expects, and
# prints its score lines.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/evaluation}
shared=${SHARED:-../shared}
mkdir -p "$out"
config=${CONFIG:-release}   # CONFIG=debug for a quicker build while working
swift build -c "$config" --product policydiff >/dev/null
bin=$(swift build -c "$config" --show-bin-path)/policydiff
"$bin" extract Corpus/gansu-2017-plan.txt --format json -o "$out/gansu.json"
"$bin" extract Corpus/zhangye-2018-plan.txt --format json -o "$out/zhangye.json"
"$bin" compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt --format json -o "$out/gansu-zhangye.json"
python3 "$shared/tools/evaluate.py" all "$shared/gold" "$out" --corpus "$shared/corpus"

# Alignment on every gold pair (../shared/gold and Gold/), beside the two naive
# peers of Scripts/peers.py: one table, pairs × policydiff / difflib / TF-IDF.
golds=("$shared"/gold/*.alignment.json Gold/*.alignment.json)
mkdir -p "$out/align"
for g in "${golds[@]}"; do
  name=$(basename "$g" .alignment.json)
  read -r ref loc < <(python3 - "$g" <<'PY'
import json, os, sys
g = json.load(open(sys.argv[1]))
def find(name):
    if os.path.exists(os.path.join("Corpus", name)): return os.path.join("Corpus", name)
    for sub in sorted(os.listdir("Corpus")):
        p = os.path.join("Corpus", sub, name)
        if os.path.exists(p): return p
    sys.exit(f"evaluate.sh: {name} not in Corpus/")
print(find(g["reference"]["file"]), find(g["local"]["file"]))
PY
)
  "$bin" compare "$ref" "$loc" --format json -o "$out/align/$name.json"
done
python3 Scripts/peers.py --gold "${golds[@]}" --corpus Corpus --policydiff-dir "$out/align" --out "$out/peers" ${PEERS_VERBOSE:+-v}
