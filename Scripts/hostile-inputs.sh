#!/usr/bin/env bash
# The hostile inputs too big or too dangerous for the test suite, through the
# release CLI as a researcher would meet them:
#
#   Scripts/hostile-inputs.sh            (builds `policydiff` in release first)
#
# Cases: a 200 MB text against the default input limit, /dev/zero (endless, size 0
# to stat), 100,000 headings (read, and refused by the comparison bound), two
# documents just under the bound compared, 1 MB of one line / digits / 、, two 512 KB
# one-paragraph documents compared, a missing file beside a good one, file names with
# spaces and CJK, an output path under a regular file, /proc as a read-only
# directory, and a full disk (a 64 KB tmpfs; needs root and mount permission,
# skipped otherwise). Each runs under a memory cap (ulimit -v 4 GB) and a timeout
# (60 s), so a reader that loads an endless file dies here, not on the machine.
# Prints one line per case: ok/FAIL, exit status, seconds, peak memory, the first stderr line.
# Exit status 1 when a case failed.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
swift build -c release --product policydiff >&2 || exit 1
bin="$repo/.build/release/policydiff"
work="$(mktemp -d "${TMPDIR:-/tmp}/policydiff-hostile.XXXXXX")"
mnt="$work/tiny"
cleanup() { mountpoint -q "$mnt" 2>/dev/null && umount "$mnt"; rm -rf "$work"; }
trap cleanup EXIT
failures=0

# case NAME EXPECTED-STATUS STDERR-PATTERN -- COMMAND…
case_() {
  local name="$1" want="$2" pattern="$3"; shift 4
  local start=$SECONDS
  ( ulimit -v 4194304; exec /usr/bin/time -f %M -o "$work/rss" timeout 60 "$@" ) >"$work/out" 2>"$work/err"
  local got=$? first rss
  first="$(head -n 1 "$work/err")"
  rss="$(tail -n 1 "$work/rss" 2>/dev/null)"
  local verdict=ok
  if [ "$got" != "$want" ]; then verdict=FAIL; fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$work/err"; then verdict=FAIL; fi
  [ "$verdict" = FAIL ] && failures=$((failures + 1))
  [ "$got" = 124 ] && first="(killed by the 60 s timeout) $first"
  printf '%-4s %-32s exit %-3s %3ss %6s MB  %s\n' "$verdict" "$name" "$got" "$((SECONDS - start))" "$((${rss:-0} / 1024))" "${first:0:140}"
}

# 200 MB of real text: the corpus repeated.
big="$work/dump 200MB.txt"
while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt $((200 << 20)) ]; do cat Corpus/*.txt >> "$big"; done
case_ "200 MB text (default limit)" 1 "input limit" -- "$bin" extract "$big"
case_ "/dev/zero" 1 "/dev/zero" -- "$bin" extract /dev/zero

# 100,000 headings: 10 parts × 10 sections × 50 items × 19 sub-items.
headings="$work/headings.txt"
python3 - "$headings" <<'PY'
import sys
cn = "一二三四五六七八九十"
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("关于开展质量提升行动的实施方案\n")
    for p in cn:
        f.write(f"{p}、主要任务\n")
        for s in cn:
            f.write(f"（{s}）着力提升质量水平\n")
            for i in range(1, 51):
                f.write(f"{i}.提升企业质量管理能力。到2020年，合格率稳定在90%以上。\n")
                for j in range(1, 20):
                    f.write(f"（{j}）开展质量管理知识普及教育。（牵头单位：省质监局；责任单位：省科技厅）\n")
PY
case_ "100,110 headings" 0 "" -- "$bin" extract "$headings" --format json -o "$work/headings.json"
# The comparison bound (--max-clauses, default 10,000 per document): 100,110
# headings are refused before the comparison; two documents of 9,911 clauses
# (10 parts × 10 sections × 98 items, the same shape) are compared.
case_ "100,110 headings compared" 1 "raise it with --max-clauses" -- "$bin" compare "$headings" "$headings" -f html -o "$work/headings.html"
python3 - "$work" <<'PY'
import sys
cn = "一二三四五六七八九十"
for name, rate in (("ref", 90), ("loc", 95)):
    with open(f"{sys.argv[1]}/bound-{name}.txt", "w", encoding="utf-8") as f:
        f.write("关于开展质量提升行动的实施方案\n")
        for p in cn:
            f.write(f"{p}、主要任务\n")
            for s in cn:
                f.write(f"（{s}）着力提升质量水平\n")
                for i in range(1, 99):
                    f.write(f"{i}.提升企业质量管理能力第{i}项。到2020年，合格率稳定在{rate + i % 5}%以上。（牵头单位：省质监局；责任单位：省科技厅）\n")
PY
case_ "2 × 9,911 clauses compared" 0 "" -- "$bin" compare "$work/bound-ref.txt" "$work/bound-loc.txt" -f html -o "$work/bound.html"

# Megabyte-sized pathological texts (the test suite runs 64–128 KB of each).
python3 - "$work" <<'PY'
import sys
d = sys.argv[1]
phrase = "推进质量强市建设加快培育经济竞争新优势"
open(f"{d}/line 1MB.txt", "w").write(phrase * ((1 << 20) // len(phrase.encode())))
digits = "1234567890" * 100000 + "\n" + "".join(f"{n}\n{1900 + n % 200}\n{n}{n}{n}\n" for n in range(5000))
open(f"{d}/digits 1MB.txt", "w").write(digits)
open(f"{d}/dun 1MB.txt", "w").write("、" * 300000 + "\n" + "、、、\n" * 10000)
PY
case_ "1 MB line, no punctuation" 0 "" -- "$bin" extract "$work/line 1MB.txt" --format json -o "$work/line.json"
case_ "1 MB of digits" 0 "" -- "$bin" extract "$work/digits 1MB.txt" --format json -o "$work/digits.json"
case_ "1 MB of 、" 0 "" -- "$bin" extract "$work/dun 1MB.txt" --format json -o "$work/dun.json"

# Two 512 KB documents of one paragraph each (a PDF dump with its line breaks
# lost): the clause diff meets its worst case.
python3 - "$work" Corpus/*.txt <<'PY'
import sys
d, files = sys.argv[1], sys.argv[2:]
text = "".join(open(f, encoding="utf-8").read().replace("\n", "") for f in files)
while len(text.encode()) < (512 << 10): text += text
text = text[: (512 << 10) // 3]
sentences = text.split("。")
open(f"{d}/reference one paragraph.txt", "w").write(text)
open(f"{d}/local one paragraph.txt", "w").write("。".join(s for i, s in enumerate(sentences) if i % 7 != 3))
PY
case_ "compare two 512 KB paragraphs" 0 "" -- "$bin" compare "$work/reference one paragraph.txt" "$work/local one paragraph.txt" --format json -o "$work/compare.json"

mkdir -p "$work/政策 文件"
cp Corpus/zhangye-2018-plan.txt "$work/政策 文件/张掖 市方案（2018）.txt"
case_ "CJK name with spaces" 0 "" -- "$bin" extract "$work/政策 文件/张掖 市方案（2018）.txt"
case_ "missing file beside a good one" 1 "no such file" -- "$bin" extract "$work/不存在.txt" Corpus/zhangye-2018-plan.txt
[ -s "$work/out" ] || { echo "FAIL the good file's outline was not printed"; failures=$((failures + 1)); }

touch "$work/regular"
case_ "output under a regular file" 1 "cannot write" -- "$bin" extract Corpus/zhangye-2018-plan.txt -o "$work/regular/out.json"
case_ "output into /proc" 1 "cannot write" -- "$bin" extract Corpus/zhangye-2018-plan.txt -o /proc/self/policydiff.json

mkdir -p "$mnt"
if mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
  printf 'previous\n' > "$mnt/out.json"
  case_ "full disk (64 KB tmpfs)" 1 "cannot write" -- "$bin" extract Corpus/*.txt --format json -o "$mnt/out.json"
  if [ "$(cat "$mnt/out.json")" != previous ] || [ "$(ls -A "$mnt")" != out.json ]; then
    echo "FAIL full disk: the previous output was changed or a temporary file was left: $(ls -A "$mnt")"; failures=$((failures + 1))
  fi
else
  echo "skip full disk: mounting a tmpfs is not permitted here"
fi

[ "$failures" -eq 0 ] && echo "all hostile cases behaved" || echo "$failures hostile case(s) failed"
[ "$failures" -eq 0 ]
