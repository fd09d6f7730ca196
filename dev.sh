#!/usr/bin/env bash
# Sendco's developer entry point. On a fresh Debian 12 machine:
#   ./dev.sh run     install what is missing, build, open Sendco on a demo school
#   ./dev.sh test    install what is missing, build, run every test; ends "N passed, N failed"
# and also:
#   ./dev.sh build   install and build only
#   ./dev.sh bench   run the benchmarks in tests/bench (figures as JSON lines)
#   ./dev.sh asan    build with AddressSanitizer and UBSan in _build-asan and run the tests
#   ./dev.sh run ARGS...  pass ARGS to sendco instead of opening the demo school
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
build=${SENDCO_BUILD_DIR:-_build}

build_packages=(meson ninja-build gcc pkg-config gettext libglib2.0-dev libglib2.0-dev-bin
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxlsxwriter-dev libcsv-dev
  adwaita-icon-theme fonts-cantarell fonts-dejavu-core)
test_packages=(xvfb xauth dbus at-spi2-core python3-pyatspi python3-openpyxl python3-xlsxwriter
  poppler-utils desktop-file-utils appstream libglib2.0-bin jq)
# LibreOffice Calc opens the exported workbooks in one test; it is large, so
# only when asked: SENDCO_FULL_TESTS=1 ./dev.sh test (the test skips without it).
if [[ ${SENDCO_FULL_TESTS:-} == 1 ]]; then test_packages+=(libreoffice-calc); fi

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  say "installing ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { say "need root to install: ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/sendco-apt.log 2>&1; then
    "${sudo[@]}" apt-get update -q >>/tmp/sendco-apt.log 2>&1 || true
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/sendco-apt.log 2>&1 ||
      { tail -n 20 /tmp/sendco-apt.log >&2; say "could not install ${missing[*]}"; exit 1; }
  fi
}

configure_and_build() {
  local dir=$1; shift
  if [[ ! -f $dir/build.ninja ]]; then
    meson setup "$dir" --werror "$@" >"$dir.setup.log" 2>&1 || { cat "$dir.setup.log" >&2; exit 1; }
    rm -f "$dir.setup.log"
  fi
  meson compile -C "$dir" >"$dir.compile.log" 2>&1 || { grep -E 'error|FAILED' -A3 "$dir.compile.log" | head -n 60 >&2; say "build failed: see $dir.compile.log"; exit 1; }
  rm -f "$dir.compile.log"
}

# A private home for settings and runtime files, so tests and the demo never
# touch the user's own, and pictures repeat exactly.
make_private_home() {
  local home
  home=$(mktemp -d "${TMPDIR:-/tmp}/sendco-home.XXXXXX")
  mkdir -p "$home/config/gtk-4.0" "$home/data" "$home/cache" "$home/runtime"
  chmod 700 "$home/runtime"
  printf '[Settings]\ngtk-cursor-blink=false\ngtk-enable-animations=false\n' >"$home/config/gtk-4.0/settings.ini"
  echo "$home"
}

count_results() {
  /usr/bin/python3 - "$1/meson-logs/testlog.json" <<'PY'
import json, sys
passed = failed = skipped = 0
try:
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            line = line.strip()
            if not line:
                continue
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
except FileNotFoundError:
    failed = 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
}

run_tests() {
  local dir=$1 home status=0
  home=$(make_private_home)
  trap 'rm -rf "$home"' RETURN
  env GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$here/$dir/data" \
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/runtime" \
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
    meson test -C "$dir" --print-errorlogs --num-processes 2 "${@:2}" >"$dir/test-output.log" 2>&1 || status=$?
  grep -E '^ *[0-9]+/[0-9]+ |^(Ok|Fail|Skipped|Timeout|Expected)' "$dir/test-output.log" || true
  if ((status)); then
    grep -E -B2 -A40 '(^|[^A-Za-z])(FAIL|ERROR|TIMEOUT)\b' "$dir/test-output.log" | tail -n 150 || true
  fi
  count_results "$dir"
  return $status
}

has_display() { [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; }

cmd=${1:-run}
[[ $# -gt 0 ]] && shift

case $cmd in
  run)
    install_missing "${build_packages[@]}"
    configure_and_build "$build"
    export GSETTINGS_SCHEMA_DIR="$here/$build/data"
    if ! has_display; then
      echo "No display here, so Sendco's window cannot open; the headless commands work:"
      "$build/src/sendco" --help | sed -n '/^Headless/,$p'
      exit 1
    fi
    if [[ $# -gt 0 ]]; then
      exec "$build/src/sendco" "$@"
    fi
    demo=$(mktemp -d "${TMPDIR:-/tmp}/sendco-demo.XXXXXX")
    trap 'rm -rf "$demo"' EXIT
    "$build/src/sendco" --database "$demo/demo.sendco" --demo >/dev/null
    say "demo school in $demo (removed when Sendco closes)"
    "$build/src/sendco" --database "$demo/demo.sendco"
    ;;
  build)
    install_missing "${build_packages[@]}"
    configure_and_build "$build"
    ;;
  test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build "$build"
    run_tests "$build" "$@"
    ;;
  asan)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build _build-asan -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      LSAN_OPTIONS=suppressions="$here/build-aux/lsan.supp":print_suppressions=0 \
      run_tests _build-asan --no-suite slow "$@"
    ;;
  bench)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build "$build"
    home=$(make_private_home)
    trap 'rm -rf "$home"' EXIT
    env GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory \
      GSETTINGS_SCHEMA_DIR="$here/$build/data" XDG_CONFIG_HOME="$home/config" \
      XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
      SENDCO_TODAY=2026-11-22 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
      meson test -C "$build" --benchmark --verbose "$@"
    ;;
  *)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
