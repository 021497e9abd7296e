#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan, -DNL_FUZZ=ON) into
# build-fuzz and runs each for the given time, starting from the seed corpus in
# tests/fuzz/corpus/<target>. New inputs go to build-fuzz/fuzz/<target>/corpus (the seeds stay as
# they are), crashes to build-fuzz/fuzz/<target>/crashes. Prints executions and crash files per
# target; exits non-zero when a target crashed.
#
# Usage: scripts/fuzz.sh [seconds per target, default 600]
#   NL_FUZZ_BUILD_DIR  build directory (default build-fuzz)
#   NL_FUZZ_TARGETS    targets to run (default "workspacefile lessonloader")
# Replay a crash: build-fuzz/tests/fuzz/fuzz_<target> <crash file>
set -euo pipefail

NL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$NL_ROOT"
source scripts/packages.sh

SECONDS_PER_TARGET="${1:-600}"
BUILD_DIR="${NL_FUZZ_BUILD_DIR:-build-fuzz}"
read -r -a TARGETS <<<"${NL_FUZZ_TARGETS:-workspacefile lessonloader}"

# Largest input per target: above the seeds (a few KB) with room to grow, small enough that
# each execution stays fast. Lesson files are at most ~6 KB; workspaces with a short history ~20 KB.
declare -A MAX_LEN=([workspacefile]=65536 [lessonloader]=16384)

nl_install_packages clang libclang-rt-14-dev cmake ninja-build qt6-base-dev qt6-charts-dev qt6-svg-dev \
  qt6-tools-dev libeigen3-dev

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  # -O1: the usual fuzzing trade-off between speed per execution and build time.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DNL_FUZZ=ON
fi
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${TARGETS[@]/#/fuzz_}"

# Each report stops at its first error; leaks count as findings too.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

SUMMARY=()
FAILED=0
for target in "${TARGETS[@]}"; do
  work="$BUILD_DIR/fuzz/$target"
  mkdir -p "$work/corpus" "$work/crashes"
  rm -f "$work/crashes"/* # each run reports its own findings
  status=0
  "$BUILD_DIR/tests/fuzz/fuzz_$target" "$work/corpus" "tests/fuzz/corpus/$target" \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="${MAX_LEN[$target]:-65536}" \
    -dict="tests/fuzz/$target.dict" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/crashes/" 2>&1 | tee "$work/fuzz.log" || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)"
  crashes="$(find "$work/crashes" -type f | sort | tr '\n' ' ')"
  if [[ "$status" -ne 0 || -n "$crashes" ]]; then
    FAILED=1
    SUMMARY+=("FAIL  $target: ${execs:-?} executions; findings: ${crashes:-see $work/fuzz.log}")
  else
    SUMMARY+=("PASS  $target: ${execs:-?} executions in ${SECONDS_PER_TARGET}s, corpus $(find "$work/corpus" -type f | wc -l) files, no findings")
  fi
done

echo
echo "Fuzz summary:"
printf '  %s\n' "${SUMMARY[@]}"
exit "$FAILED"
