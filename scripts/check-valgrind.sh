#!/usr/bin/env bash
# Valgrind memcheck of a short scripted session of the app (issue #7). Under Xvfb the app opens
# lesson 1 in Chinese, moves to free play (Ctrl+E), back to the lesson list (Ctrl+L), and quits
# through File > Quit (Ctrl+Q, sent by xdotool), so every object is destroyed as in a real
# session. Fails on a memory error or a definite leak; scripts/sanitizers/valgrind.supp may list
# proven leaks of Qt, fontconfig or X libraries only, each with the reason.
#
# Usage: scripts/check-valgrind.sh
#   NL_VALGRIND_BUILD_DIR  build directory (default build-valgrind, RelWithDebInfo)
#   NL_VALGRIND_APP        an executable to check instead of building one
#   NL_VALGRIND_SECONDS    seconds in each part of the session (default 20: valgrind is slow)
# The full report goes to <build dir>/valgrind.log.
set -euo pipefail

# main_window <pid>: the largest visible window of the process (menus and tooltips are smaller).
main_window() {
  local best="" best_area=0 w width height
  for w in $(xdotool search --onlyvisible --pid "$1" 2>/dev/null || true); do
    eval "$(xdotool getwindowgeometry --shell "$w" 2>/dev/null | grep -E '^(WIDTH|HEIGHT)=' | tr 'A-Z' 'a-z')" || continue
    if ((${width:-0} * ${height:-0} > best_area)); then
      best="$w" best_area=$((width * height))
    fi
  done
  echo "$best"
}

# session <app> <log> <seconds> <suppressions> <home>: runs inside xvfb-run (this script again,
# with --session first). Settings and autosave go to a throw-away home, not the user's.
session() {
  local app="$1" log="$2" pause="$3" supp="$4"
  export HOME="$5" XDG_CONFIG_HOME="$5/config" XDG_DATA_HOME="$5/data" XDG_RUNTIME_DIR="$5/runtime"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  # QRegularExpression's PCRE2 JIT code has no symbols and trips memcheck's checks of branches
  # on uninitialised values ("Conditional jump ... at ???"); the interpreter gives the same results.
  export QT_ENABLE_REGEXP_JIT=0
  # --child-silent-after-fork: with no session bus, libdbus forks to autolaunch one (for Qt's
  # D-Bus thread); that child's exit is not the app's and would report the thread's glib state.
  valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite --error-exitcode=99 --num-callers=40 --child-silent-after-fork=yes \
    --suppressions="$supp" --gen-suppressions=all --log-file="$log" \
    "$app" --lesson 1 --lang zh_CN &
  local pid=$! window="" status=0
  # Under valgrind the window takes a while to appear.
  for _ in $(seq 1 300); do
    window="$(main_window "$pid")"
    [[ -n "$window" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if [[ -z "$window" ]]; then
    echo "the app's window did not appear" >&2
    kill "$pid" 2>/dev/null || true
    wait "$pid" || true
    return 3
  fi
  sleep "$pause"
  for keys in ctrl+e ctrl+l ctrl+q; do
    # Looked up again each time: Qt may replace a native window while the session runs.
    window="$(main_window "$pid")"
    [[ -n "$window" ]] && xdotool windowfocus --sync "$window" key --clearmodifiers "$keys" || true
    sleep "$pause"
  done
  # A quit that did not arrive must not hang CI: after a generous wait the run fails.
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "the app did not quit on Ctrl+Q" >&2
    kill "$pid" 2>/dev/null || true
  fi
  wait "$pid" || status=$?
  return "$status"
}

if [[ "${1:-}" == "--session" ]]; then
  shift
  session "$@"
  exit
fi

NL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$NL_ROOT"
source scripts/packages.sh

BUILD_DIR="${NL_VALGRIND_BUILD_DIR:-build-valgrind}"
PAUSE="${NL_VALGRIND_SECONDS:-20}"

nl_install_packages build-essential cmake ninja-build qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev \
  libeigen3-dev qt6-translations-l10n fonts-noto-cjk valgrind xvfb xauth xdotool

APP="${NL_VALGRIND_APP:-}"
if [[ -z "$APP" ]]; then
  # -O1 -g: whole stacks with line numbers, and fast enough under valgrind.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g"
  cmake --build "$BUILD_DIR" -j"$(nproc)" --target neural-lessons
  APP="$BUILD_DIR/app/neural-lessons"
fi
mkdir -p "$BUILD_DIR"
LOG="$(cd "$BUILD_DIR" && pwd)/valgrind.log"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT

status=0
xvfb-run -a -s "-screen 0 1280x720x24" "$NL_ROOT/scripts/check-valgrind.sh" --session \
  "$APP" "$LOG" "$PAUSE" "$NL_ROOT/scripts/sanitizers/valgrind.supp" "$HOME_DIR" || status=$?

echo
echo "Valgrind summary ($LOG):"
grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable|suppressed:" "$LOG" \
  | sed 's/^==[0-9]*== */  /' || true
case "$status" in
  0) echo "PASS  no memory errors, no definite leaks" ;;
  99) echo "FAIL  memory errors or definite leaks: see $LOG" ;;
  *) echo "FAIL  the session did not end cleanly (exit status $status)" ;;
esac
exit "$status"
