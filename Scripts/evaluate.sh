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

# ---- Targets and units: the repository's own dev gold (Gold/, notes in Gold/README.md) ----
# Kept as one block so that other gold can be added above or below without touching it.
extract11="$out/extract"
mkdir -p "$extract11"
for f in Corpus/construction-waste/cwaste-shanghai-2024.txt Corpus/construction-waste/cwaste-qingpu-2025.txt \
         Corpus/farmer-coop-law/coop-law-national-2017.txt Corpus/consumer-law/consumer-law-zhejiang-2017.txt \
         Corpus/qingdao-2018-plan.txt \
         "$shared/pages/01_govcn-guofa-2018-42-farm-mechanization.html"; do
  b=$(basename "$f"); "$bin" extract "$f" --format json -o "$extract11/${b%.*}.json"
done
score11() { # KIND GOLD RESULT CORPUS
  echo "== $(basename "$2")"
  python3 "$shared/tools/evaluate.py" "$1" "$2" "$extract11/$3.json" --corpus "$4"
}
score11 units   Gold/cwaste-shanghai.units.json       cwaste-shanghai-2024   Corpus
score11 units   Gold/cwaste-qingpu.units.json         cwaste-qingpu-2025     Corpus
score11 targets Gold/cwaste-qingpu.targets.json       cwaste-qingpu-2025     Corpus
score11 targets Gold/coop-law-national.targets.json   coop-law-national-2017 Corpus
score11 targets Gold/consumer-law-zhejiang.targets.json consumer-law-zhejiang-2017 Corpus
score11 targets Gold/qingdao.targets.json            qingdao-2018-plan      Corpus
score11 targets Gold/pages/farm-mechanization.targets.json 01_govcn-guofa-2018-42-farm-mechanization Gold/pages
score11 units   Gold/pages/farm-mechanization.units.json   01_govcn-guofa-2018-42-farm-mechanization Gold/pages
# Responsible units of a law and its 实施办法 (the national law is not in the loop above).
"$bin" extract Corpus/consumer-law/consumer-law-national-2013.txt --format json -o "$extract11/consumer-law-national-2013.json"
score11 units   Gold/consumer-law-national.units.json   consumer-law-national-2013 Corpus
score11 units   Gold/consumer-law-zhejiang.units.json   consumer-law-zhejiang-2017 Corpus
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
