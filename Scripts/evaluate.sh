#!/usr/bin/env bash
# Scores policydiff's JSON against the gold answers in ../shared/gold:
#   Scripts/evaluate.sh [OUT_DIR]     (default: .build/evaluation)
# Writes OUT_DIR/gansu.json, zhangye.json (documents) and gansu-zhangye.json
# (comparison), the names ../shared/tools/evaluate.py's `all` mode expects, and
# prints its score lines.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/evaluation}
shared=${SHARED:-../shared}
mkdir -p "$out"
swift build -c release --product policydiff >/dev/null
bin=$(swift build -c release --show-bin-path)/policydiff
"$bin" extract Corpus/gansu-2017-plan.txt --format json -o "$out/gansu.json"
"$bin" extract Corpus/zhangye-2018-plan.txt --format json -o "$out/zhangye.json"
"$bin" compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt --format json -o "$out/gansu-zhangye.json"
python3 "$shared/tools/evaluate.py" all "$shared/gold" "$out" --corpus "$shared/corpus"
