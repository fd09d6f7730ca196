#!/usr/bin/env bash
# Builds the libFuzzer target for the CSV reader and the import checks with
# clang (-fsanitize=fuzzer,address,undefined), and optionally runs it from a
# seed corpus of the sample exports and the import fixtures.
#   tests/fuzz/build.sh [OUTDIR]              build OUTDIR/fuzz-import (default _build-fuzz)
#   tests/fuzz/build.sh [OUTDIR] --run SECS   build, then fuzz for SECS seconds
# Crashes are written to OUTDIR/crashes/. Needs clang and libclang-rt-dev.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/_build-fuzz
run_seconds=
while (($#)); do
  case $1 in
    --run) run_seconds=${2:?give the number of seconds to fuzz for}; shift 2 ;;
    *) out=$1; shift ;;
  esac
done
out=$(realpath -m "$out")

command -v clang >/dev/null || { echo "build.sh: clang is needed" >&2; exit 1; }
mkdir -p "$out/corpus" "$out/crashes"

version=$(sed -n "s/^ *version: '\([^']*\)'.*/\1/p" "$root/meson.build" | head -n1)
cat >"$out/config.h" <<CONFIG
#define APP_ID "org.example.Sendco"
#define PACKAGE_VERSION "$version"
#define GETTEXT_PACKAGE "sendco"
#define LOCALEDIR "/usr/share/locale"
CONFIG

sources=(
  "$here/fuzz-import.c"
  "$root/src/io/sendco-csv.c"
  "$root/src/io/sendco-import.c"
  "$root"/src/rules/sendco-*.c
  "$root/src/model/sendco-clock.c"
  "$root/src/model/sendco-pupil.c"
  "$root/src/model/sendco-school.c"
  "$root/src/model/sendco-store.c"
  "$root/src/model/sendco-store-pupils.c"
  "$root/src/model/sendco-store-schema.c"
)

# shellcheck disable=SC2046
clang -g -O1 -std=gnu17 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
  -I"$out" -I"$root/src/io" -I"$root/src/model" -I"$root/src/rules" \
  $(pkg-config --cflags glib-2.0 gio-2.0 sqlite3) \
  "${sources[@]}" \
  $(pkg-config --libs glib-2.0 gio-2.0 sqlite3) -lcsv -lm \
  -o "$out/fuzz-import"
echo "built $out/fuzz-import"

cp "$root"/tests/fixtures/mis/*.csv "$root"/tests/fixtures/import/*.csv "$out/corpus/"

if [[ -n $run_seconds ]]; then
  cd "$out"
  ./fuzz-import -dict="$here/csv.dict" -max_total_time="$run_seconds" -max_len=65536 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 corpus
fi
