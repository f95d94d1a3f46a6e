#!/usr/bin/env bash
# Runs the test suite under a sanitizer; CI calls it with no argument (address).
#
#   Scripts/sanitize.sh [address|thread] [extra `swift test` arguments, e.g. --filter Hostile]
#
# Each sanitizer builds into its own scratch path (.build-asan, .build-tsan) so
# the ordinary .build is left alone; the first build takes several minutes.
# Exit status: that of `swift test` (non-zero on a failed test or a sanitizer report).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizer="${1:-address}"
[ $# -gt 0 ] && shift
case "$sanitizer" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "sanitize.sh: unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
esac

# Leaks inside the toolchain's Foundation are suppressed by name, with reasons, in
# Scripts/lsan-suppressions.txt; everything else still fails the run.
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_stack_use_after_return=0}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0}"

echo "sanitize.sh: building tests with --sanitize=$sanitizer into $scratch" >&2
swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
echo "sanitize.sh: running tests with --sanitize=$sanitizer" >&2
swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@"
