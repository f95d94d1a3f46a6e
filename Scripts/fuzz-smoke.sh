#!/usr/bin/env bash
# A short fuzz of every target, to run before a merge or after a change to a stage:
#
#   Scripts/fuzz-smoke.sh [SECONDS]      (default 60 per target; --sources DIR as fuzz.sh)
#
# Each target starts from its committed seed corpus (Tests/PolicyDiffTests/Fixtures/
# fuzz/TARGET) and the generated seeds, into a fresh scratch corpus, so the figures
# do not depend on earlier runs. Prints one row per target: seconds, executions,
# exec/s, coverage (edges / features) when the seeds were loaded and at the end,
# peak memory, and ok or the failure. Exit status 1 when a target failed; its input
# is in Fuzz/crashes/TARGET/. Runs one target at a time under nice: the machine is shared.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds=60
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sources) pass=(--sources "$2"); shift 2 ;;
    *) seconds="$1"; shift ;;
  esac
done
scratch="$(mktemp -d "${TMPDIR:-/tmp}/policydiff-fuzz-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
failed=0
printf '| target | seconds | executions | exec/s | coverage at start (edges / features) | coverage at end | peak RSS | result |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for target in $("$repo/Scripts/fuzz.sh" list); do
  log="$scratch/$target.log"
  mkdir -p "$scratch/corpus-$target"
  POLICYDIFF_FUZZ_CORPUS="$scratch/corpus-$target" nice -n 15 "$repo/Scripts/fuzz.sh" "$target" "$seconds" "${pass[@]}" >"$log" 2>&1
  status=$?
  inited=$(grep -m1 'INITED' "$log" | sed -E 's/.*cov: ([0-9]+) ft: ([0-9]+).*/\1 \/ \2/')
  final=$(grep -E '(DONE|pulse|NEW|REDUCE) +cov:' "$log" | tail -1 | sed -E 's/.*cov: ([0-9]+) ft: ([0-9]+).*/\1 \/ \2/')
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log")
  rate=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log")
  rss=$(sed -nE 's/^stat::peak_rss_mb: *([0-9]+)/\1/p' "$log")
  result=ok
  if [ "$status" -ne 0 ]; then result="FAILED (see Fuzz/crashes/$target/)"; failed=1; fi
  printf '| %s | %s | %s | %s | %s | %s | %s MB | %s |\n' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "${inited:-?}" "${final:-?}" "${rss:-?}" "$result"
done
exit $failed
