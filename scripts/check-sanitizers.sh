#!/usr/bin/env bash
# Reliability gate of issue #7, in three runs; any sanitizer report fails the run it is in:
#   1. AddressSanitizer + UndefinedBehaviorSanitizer build (RelWithDebInfo) and the whole ctest suite;
#   2. the GUI monkey test (tst_workspacemonkey) for 10,000 actions in that build;
#   3. ThreadSanitizer build of the engine and training-worker tests, and those tests.
# Exits non-zero when a build, a test or a sanitizer fails, after a summary of what ran.
#
# Usage: scripts/check-sanitizers.sh [asan-build-dir]
#   NL_ASAN_BUILD_DIR / NL_TSAN_BUILD_DIR  build directories (default build-asan, build-tsan)
#   NL_MONKEY_ACTIONS                      monkey length (default 10000)
#   NL_SANITIZERS                          "asan tsan" (default), or one of them
#   NL_ASAN_SCOPE                          "all" (default): every test and the monkey; "core": only
#                                          the tests labelled core (no nl_app: engine, lessons,
#                                          files, CLI), which CI can afford (.ci/run)
#   CXX                                    compiler for a fresh build directory (default clang++)
# A full run takes long on two cores: the ASan build is the whole project.
set -euo pipefail

NL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$NL_ROOT"
source scripts/packages.sh

ASAN_DIR="${1:-${NL_ASAN_BUILD_DIR:-build-asan}}"
TSAN_DIR="${NL_TSAN_BUILD_DIR:-build-tsan}"
MONKEY_ACTIONS="${NL_MONKEY_ACTIONS:-10000}"
SANITIZERS="${NL_SANITIZERS:-asan tsan}"
ASAN_SCOPE="${NL_ASAN_SCOPE:-all}"
JOBS="$(nproc)"

# The engine tests (the trainer the worker thread runs) and the tests that run the TrainingWorker
# thread through TrainingSession most directly. Qt itself is not built with TSan, so a report
# inside Qt's own locking may be a false positive: read the stack before suppressing anything.
TSAN_TESTS=(tst_trainer tst_learning tst_trainingsession tst_timeline tst_trainingcontrols
            tst_trainingconsole tst_divergencebanner tst_workspace)

# halt_on_error: the first report ends the test with a non-zero exit, so ctest counts it failed.
# Leak checking stays on; scripts/sanitizers/lsan.supp may list third-party leaks only.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$NL_ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$NL_ROOT/scripts/sanitizers/tsan.supp"

SUMMARY=()
FAILED=0

# record <label> <status>: one summary line; a non-zero status fails the script at the end.
record() {
  if [[ "$2" -eq 0 ]]; then
    SUMMARY+=("PASS  $1")
  else
    SUMMARY+=("FAIL  $1")
    FAILED=1
  fi
}

# configure <dir> <-fsanitize=...> [more compile flags]: RelWithDebInfo, the sanitizer on compile
# and link, frame pointers kept for whole stacks in reports. -O1 as the sanitizer manuals advise:
# with -O2, an Eigen-heavy file took minutes under ASan, and -O1 keeps stacks closer to the source.
# clang by default, as for the fuzz targets (scripts/fuzz.sh); CXX=g++ works as well.
configure() {
  local dir="$1" sanitize="$2" extra="${3:-}"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
    -DCMAKE_CXX_FLAGS="$sanitize -fno-omit-frame-pointer${extra:+ $extra}" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" -DCMAKE_SHARED_LINKER_FLAGS="$sanitize"
}

# ctest_count <dir> [ctest args...]: how many tests the selection holds.
ctest_count() {
  local dir="$1"
  shift
  ctest --test-dir "$dir" -N "$@" | sed -n 's/^Total Tests: //p'
}

run_asan() {
  configure "$ASAN_DIR" -fsanitize=address,undefined -fno-sanitize-recover=undefined
  local targets=() select=()
  if [[ "$ASAN_SCOPE" == core ]]; then
    # The core tests' executables (each test is named after its target).
    select=(-L '^core$')
    mapfile -t targets < <(ctest --test-dir "$ASAN_DIR" -N "${select[@]}" | sed -n 's/^ *Test *#[0-9]*: //p')
  fi
  if ! cmake --build "$ASAN_DIR" -j"$JOBS" ${targets[@]:+--target "${targets[@]}"}; then
    record "ASan+UBSan build ($ASAN_DIR)" 1
    return
  fi
  local total status=0
  total="$(ctest_count "$ASAN_DIR" "${select[@]}")"
  ctest --test-dir "$ASAN_DIR" --output-on-failure -j"$JOBS" "${select[@]}" || status=$?
  record "ASan+UBSan: ctest, $total ${ASAN_SCOPE} tests" "$status"
  if [[ "$ASAN_SCOPE" == core ]]; then
    return
  fi

  status=0
  # QTEST_FUNCTION_TIMEOUT: 10,000 actions under ASan take over Qt Test's default 5 minutes a
  # function (about 5.5 on a loaded two-core machine), after which it aborts the test.
  (cd "$ASAN_DIR/tests" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$PWD/xdg-runtime" \
    NL_MONKEY_ACTIONS="$MONKEY_ACTIONS" QTEST_FUNCTION_TIMEOUT=3600000 ./tst_workspacemonkey) || status=$?
  record "ASan+UBSan: tst_workspacemonkey, $MONKEY_ACTIONS actions" "$status"
}

run_tsan() {
  configure "$TSAN_DIR" -fsanitize=thread
  if ! cmake --build "$TSAN_DIR" -j"$JOBS" --target "${TSAN_TESTS[@]}"; then
    record "TSan build ($TSAN_DIR)" 1
    return
  fi
  local regex total status=0
  regex="^($(IFS='|'; echo "${TSAN_TESTS[*]}"))\$"
  total="$(ctest_count "$TSAN_DIR" -R "$regex")"
  ctest --test-dir "$TSAN_DIR" --output-on-failure -j"$JOBS" -R "$regex" || status=$?
  record "TSan: ctest, $total engine and worker tests" "$status"
}

nl_install_packages build-essential clang libclang-rt-14-dev cmake ninja-build qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev \
  libeigen3-dev qt6-translations-l10n fonts-noto-cjk

for sanitizer in $SANITIZERS; do
  case "$sanitizer" in
    asan) run_asan ;;
    tsan) run_tsan ;;
    *) echo "unknown sanitizer '$sanitizer' in NL_SANITIZERS (asan, tsan)" >&2; exit 2 ;;
  esac
done

echo
echo "Sanitizer summary:"
printf '  %s\n' "${SUMMARY[@]}"
exit "$FAILED"
