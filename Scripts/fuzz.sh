#!/usr/bin/env bash
# Builds and runs one libFuzzer target over the PolicyDiff library.
#
#   Scripts/fuzz.sh TARGET [SECONDS] [--sources DIR] [-- LIBFUZZER-FLAGS…]
#   Scripts/fuzz.sh TARGET --reproduce FILE…      run the target once on saved inputs
#   Scripts/fuzz.sh TARGET --keep-seeds [BYTES]    minimise the run's corpus into the tests
#   Scripts/fuzz.sh list
#
# TARGET: read-text | read-html | read-docx | read-pdf | segment | extract | compare
# (Fuzz/<Name>.swift).
# SECONDS defaults to 120. --sources DIR fuzzes the library of another checkout
# (DIR/Sources/PolicyDiff), e.g. a colleague's worktree before it is merged.
#
# The fuzzer is compiled with swiftc directly, not SwiftPM, because libFuzzer
# brings its own main(): the library's sources and Fuzz/**/*.swift form one module
# named PolicyDiff, built with -sanitize=fuzzer,address into .build-fuzz/. One
# binary holds every target (POLICYDIFF_FUZZ_TARGET picks one), rebuilt only when
# a source is newer than it. Bundle.module does not exist outside SwiftPM, so a
# stand-in pointing at a copy of Sources/PolicyDiff/Resources is generated.
# The library's two other dependencies come from outside that module: poppler
# (the system-library target Sources/CPoppler, pkg-config poppler-glib) and
# ZIPFoundation, whose module and objects are taken from the package's own debug
# build (`swift build --target ZIPFoundation` is run first when they are missing).
# ZIPFoundation is therefore not coverage-instrumented: read-docx is guided by the
# coverage of policydiff's .docx reader, not of the ZIP parser underneath.
#
# The seed corpus is rebuilt on each run from Corpus/*.txt, the test fixtures and
# the shared gov.cn pages (../shared/pages, or $POLICYDIFF_SHARED/pages), whole and
# cut into ~4 KB pieces at line ends; read-docx and read-pdf start from the
# .docx/.pdf fixtures (Tests/PolicyDiffTests/Fixtures/office) and, for read-docx,
# their word/document.xml (+ NUL + word/numbering.xml). Inputs the fuzzer finds interesting persist
# in .build-fuzz/corpus/TARGET ($POLICYDIFF_FUZZ_CORPUS overrides it); crashing, hanging (-timeout) or memory-hungry
# (-rss_limit_mb) inputs are kept in Fuzz/crashes/TARGET/. Exit status 1 when the
# run found one. One process, one job: the machine is shared.
#
# The committed seed corpus, Tests/PolicyDiffTests/Fixtures/fuzz/TARGET/, is both a
# seed of every run and what FuzzRegressionTests replays in `swift test`.
# --keep-seeds rebuilds it: the inputs of .build-fuzz/corpus/TARGET and of the
# folder itself up to BYTES each (default 1024, so the folder stays small;
# 8192 for read-docx and 24576 for read-pdf, whose smallest real inputs are larger) are
# minimised with libFuzzer's -merge=1 (the fewest inputs that keep every feature);
# only libFuzzer-named seeds (40 hex digits) are replaced, so saved failures and
# other named inputs stay.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/.build-fuzz"

declare -A files=([read-text]=ReadText [read-html]=ReadHTML [read-docx]=ReadDocx [read-pdf]=ReadPDF [segment]=Segment [extract]=Extract [compare]=Compare)
export POLICYDIFF_FUZZ_TARGET

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
target="$1"; shift
if [ "$target" = list ]; then printf '%s\n' "${!files[@]}" | sort; exit 0; fi
[ -n "${files[$target]:-}" ] || { echo "fuzz.sh: unknown target '$target' (try: Scripts/fuzz.sh list)" >&2; exit 2; }

seconds=120
sources="$repo"
reproduce=()
keep_seeds=
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sources) sources="$(cd "$2" && pwd)"; shift 2 ;;
    --reproduce) shift; reproduce=("$@"); break ;;
    --keep-seeds) keep_seeds="${2:-default}"; break ;;
    --) shift; extra=("$@"); break ;;
    *[!0-9]*) usage ;;
    *) seconds="$1"; shift ;;
  esac
done

library="$sources/Sources/PolicyDiff"
[ -d "$library" ] || { echo "fuzz.sh: no library sources at $library" >&2; exit 2; }
mkdir -p "$out/gen"

binary="$out/fuzz-policydiff"
if [ "$sources" != "$repo" ]; then binary="$binary-$(basename "$sources")"; fi
mapfile -t library_files < <(find "$library" -name '*.swift' | sort)
mapfile -t fuzz_files < <(find "$repo/Fuzz" -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find "$library" "$repo/Fuzz" "$0" -newer "$binary" \( -name "*.swift" -o -name "*.sh" -o -path "$library/Resources/*" \) -print -quit)" ]; then
  # Bundle.module stand-in: SwiftPM's .copy("Resources") puts the folder itself in
  # the bundle; a .process rule would flatten it, so both layouts are provided.
  bundle="$binary.resources"
  rm -rf "$bundle"; mkdir -p "$bundle"
  if [ -d "$library/Resources" ]; then
    cp -R "$library/Resources" "$bundle/Resources"
    cp -R "$library/Resources/." "$bundle/"
  fi
  cat > "$out/gen/ResourceBundle.swift" <<SWIFT
import Foundation
extension Foundation.Bundle {
    static let module: Bundle = Bundle(path: "$bundle") ?? Bundle.main
}
SWIFT
  # ZIPFoundation (a SwiftPM dependency): its module and objects from the debug build.
  zip_build="$sources/.build/debug" # a link SwiftPM makes to .build/<triple>/debug
  [ -d "$zip_build" ] || zip_build="$(find "$sources/.build" -mindepth 2 -maxdepth 2 -name debug -type d -print -quit 2>/dev/null)"
  [ -n "$zip_build" ] || zip_build="$sources/.build/debug"
  if [ ! -d "$zip_build/Modules/ZIPFoundation.swiftmodule" ] && [ ! -f "$zip_build/Modules/ZIPFoundation.swiftmodule" ] \
     || ! compgen -G "$zip_build/ZIPFoundation.build/*.o" >/dev/null; then
    echo "fuzz.sh: building ZIPFoundation with swift build (once)" >&2
    (cd "$sources" && swift build --target ZIPFoundation >&2)
    zip_build="$sources/.build/debug"
  fi
  zip_objects=("$zip_build"/ZIPFoundation.build/*.o)
  czlib="$(find "$sources/.build/checkouts" -path '*/ZIPFoundation/Sources/CZLib' -type d -print -quit 2>/dev/null)"
  [ -n "$czlib" ] || { echo "fuzz.sh: ZIPFoundation's CZLib module not found under $sources/.build/checkouts" >&2; exit 2; }
  echo "fuzz.sh: building the fuzzer from $library (several minutes)" >&2
  xml_cflags=$(pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
  poppler_cflags=$(pkg-config --cflags poppler-glib) ||
    { echo "fuzz.sh: pkg-config finds no poppler-glib (Debian: libpoppler-glib-dev)" >&2; exit 2; }
  swiftc -sanitize=fuzzer,address -parse-as-library -module-name PolicyDiff -swift-version 6 \
    -O -g -I "$sources/Sources/CLibXML2" $(printf -- '-Xcc %s ' $xml_cflags) -lxml2 \
    -I "$sources/Sources/CPoppler" $(printf -- '-Xcc %s ' $poppler_cflags) -lpoppler-glib -lgobject-2.0 -lglib-2.0 \
    -I "$zip_build/Modules" -I "$czlib" -Xcc -D_GNU_SOURCE=1 "${zip_objects[@]}" -lz \
    -module-cache-path "$out/module-cache" \
    "${library_files[@]}" "${fuzz_files[@]}" "$out/gen/ResourceBundle.swift" -o "$binary.tmp"
  mv "$binary.tmp" "$binary"
fi
POLICYDIFF_FUZZ_TARGET="$target"

# Swift's runtime keeps metadata caches alive to the end: not leaks worth a crash.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
# Swift's own crash backtracer reads memory ASan reports as a second, false error
# (heap-use-after-free in memserver_read) that hides the trap: libFuzzer's stack is enough.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

if [ ${#reproduce[@]} -gt 0 ]; then
  exec "$binary" -detect_leaks=0 "${reproduce[@]}"
fi

kept="$repo/Tests/PolicyDiffTests/Fixtures/fuzz/$target"
if [ "$keep_seeds" = default ]; then
  # A .docx or a PDF with any text in it is rarely under 1 KiB.
  case "$target" in read-docx) keep_seeds=8192 ;; read-pdf) keep_seeds=24576 ;; *) keep_seeds=1024 ;; esac
fi
if [ -n "$keep_seeds" ]; then
  work="$out/keep/$target"
  rm -rf "$work"; mkdir -p "$work/candidates" "$work/merged" "$kept"
  small=(-maxdepth 1 -type f -size -"$((keep_seeds + 1))"c)
  find "$out/corpus/$target" "${small[@]}" -exec cp {} "$work/candidates/" \; 2>/dev/null
  find "$kept" "${small[@]}" -regextype posix-extended -regex '.*/[0-9a-f]{40}' -exec cp {} "$work/candidates/" \; 2>/dev/null
  "$binary" -merge=1 -detect_leaks=0 -max_len="$keep_seeds" "$work/merged" "$work/candidates" 2>&1 | grep '^MERGE-OUTER: [0-9]' >&2
  # Only libFuzzer-named seeds (40 hex digits) are replaced; named regression inputs stay.
  find "$kept" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
  cp "$work/merged/"* "$kept/"
  echo "fuzz.sh: $target: $(ls "$kept" | wc -l) inputs, $(du -sb "$kept" | cut -f1) bytes in ${kept#$repo/}" >&2
  "$binary" -runs=0 -detect_leaks=0 "$kept" 2>&1 | grep -m1 'INITED' >&2
  exit 0
fi

# Seeds: whole files and ~4 KB pieces cut at line ends.
seeds="$out/seeds/$target"
rm -rf "$seeds"; mkdir -p "$seeds"
shared="${POLICYDIFF_SHARED:-$repo/../shared}"
[ -d "$shared" ] || shared=/work/shared
texts=("$repo"/Corpus/*.txt)
pages=()
if [ -d "$shared/pages" ]; then pages+=("$shared"/pages/*.html); fi
while IFS= read -r -d '' f; do
  case "$f" in *.html|*.htm) pages+=("$f") ;; *.txt) texts+=("$f") ;; esac
done < <(find "$repo/Tests/PolicyDiffTests/Fixtures" -type f \( -name '*.txt' -o -name '*.htm*' \) -print0 2>/dev/null)

add_seed() { # file, name
  cp "$1" "$seeds/$2"
  split -C 4096 -d -a 3 "$1" "$seeds/$2.part-"
}
office="$repo/Tests/PolicyDiffTests/Fixtures/office"
case "$target" in
  read-html) inputs=("${pages[@]}" "${texts[@]}") ;;
  read-docx|read-pdf) inputs=() ;;
  *) inputs=("${texts[@]}" "${pages[@]}") ;;
esac
if [ "$target" = read-docx ]; then
  # Whole .docx files, and their XML as Fuzz/ReadDocx.swift packs a non-ZIP input:
  # document.xml, then a NUL, then numbering.xml (when the file has one).
  for f in "$office"/*.docx; do
    name="$(basename "$f" .docx)"
    cp "$f" "$seeds/$name.docx"
    python3 - "$f" "$seeds/$name.xml" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    data = z.read("word/document.xml")
    if "word/numbering.xml" in z.namelist():
        data += b"\0" + z.read("word/numbering.xml")
open(sys.argv[2], "wb").write(data)
PY
  done
elif [ "$target" = read-pdf ]; then
  for f in "$office"/*.pdf; do cp "$f" "$seeds/$(basename "$f")"; done
fi
if [ "$target" = compare ]; then
  # Real reference/local pairs from the manifest's "implements" lines, NUL between.
  while read -r local reference; do
    [ -f "$repo/Corpus/$local" ] && [ -f "$repo/Corpus/$reference" ] || continue
    { cat "$repo/Corpus/$reference"; printf '\0'; cat "$repo/Corpus/$local"; } > "$seeds/pair-${local//\//_}"
    { head -c 6000 "$repo/Corpus/$reference"; printf '\0'; head -c 6000 "$repo/Corpus/$local"; } > "$seeds/pair-head-${local//\//_}"
  done < <(awk -F': *' '/^id:/{id=$2} /^file:/{file[id]=$2} /^implements:/{if($2!="")print id, $2}' "$repo/Corpus/manifest.txt" |
           while read -r id ref; do
             awk -F': *' -v a="$id" -v b="$ref" '/^id:/{id=$2} /^file:/{f[id]=$2} END{print f[a], f[b]}' "$repo/Corpus/manifest.txt"
           done)
fi
n=0
for f in "${inputs[@]}"; do n=$((n+1)); add_seed "$f" "seed$n-$(basename "$f")"; done

corpus="${POLICYDIFF_FUZZ_CORPUS:-$out/corpus/$target}"
crashes="$repo/Fuzz/crashes/$target"
mkdir -p "$corpus" "$crashes"
# Whole pages for the HTML reader; shorter inputs elsewhere run many times faster.
default_max_len=16384
case "$target" in
  read-html|read-docx) default_max_len=65536 ;;
  read-pdf) default_max_len=262144 ;; # the fixture PDFs whole (the largest is 188 KB)
esac
max_len=${FUZZ_MAX_LEN:-$default_max_len}
echo "fuzz.sh: running $target for ${seconds}s ($(ls "$seeds" | wc -l) seeds); crashes go to Fuzz/crashes/$target/" >&2
set +e
seed_dirs=("$seeds")
[ -d "$kept" ] && seed_dirs+=("$kept")
"$binary" "$corpus" "${seed_dirs[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len="$max_len" -detect_leaks=0 -print_final_stats=1 -dict="$repo/Fuzz/policy.dict" \
  -artifact_prefix="$crashes/" "${extra[@]}"
status=$?
set -e
found=$(find "$crashes" -type f -newer "$seeds" | wc -l)
if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
  echo "fuzz.sh: $target found $found failing input(s) in Fuzz/crashes/$target/ (exit $status)." >&2
  echo "fuzz.sh: reproduce with: Scripts/fuzz.sh $target --reproduce Fuzz/crashes/$target/<file>" >&2
  exit 1
fi
echo "fuzz.sh: $target ran ${seconds}s without a failure." >&2
