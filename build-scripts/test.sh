#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the doctest unit
# tests through ctest, the CLI end to end, the WASM module in Node and the
# page in headless Chromium; then a short benchmark that reports figures and
# never fails on time. Exits non-zero on any failure.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_apt_packages
install_npm_packages
"$ROOT/build-scripts/build.sh"

log="$(mktemp -d)"
status=0
passed=0
failed=0

echo "sift: unit tests (doctest via ctest)"
if ! ctest --test-dir "$BUILD/native-cmake" --output-on-failure; then status=1; fi
# Count the doctest cases for the closing line.
"$BUILD/native-cmake/tests/sift_tests" >"$log/doctest.txt" 2>&1 || true
line="$(grep -E 'test cases:' "$log/doctest.txt" | tail -1 || true)"
passed=$((passed + $(echo "$line" | sed -nE 's/.*\| *([0-9]+) passed.*/\1/p' | grep . || echo 0)))
failed=$((failed + $(echo "$line" | sed -nE 's/.*\| *([0-9]+) failed.*/\1/p' | grep . || echo 0)))

echo "sift: end-to-end tests (CLI, WASM in Node, page in headless Chromium)"
cd "$ROOT"
if ! node --test tests/e2e/*.test.js 2>&1 | tee "$log/node.txt"; then status=1; fi
grep -qE '^# fail 0$' "$log/node.txt" || status=1
passed=$((passed + $(grep -E '^# pass ' "$log/node.txt" | awk '{s+=$3} END {print s+0}')))
failed=$((failed + $(grep -E '^# fail ' "$log/node.txt" | awk '{s+=$3} END {print s+0}')))

echo "sift: unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S "$ROOT" -B "$BUILD/asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIFT_SANITIZE=ON >/dev/null
cmake --build "$BUILD/asan" -j "$JOBS" --target sift_tests >/dev/null
# The 20 MB single line is timed in the plain run; under ASan it only costs minutes.
if ! SIFT_TIME_SCALE=10 ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$BUILD/asan/tests/sift_tests" --test-case-exclude='*20 MB*' >"$log/asan.txt" 2>&1; then
  cat "$log/asan.txt"; status=1
fi
tail -3 "$log/asan.txt"

echo "sift: fuzzing (libFuzzer with ASan and UBSan, ${SIFT_FUZZ_SECONDS:-60} s per target)"
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIFT_FUZZ=ON >/dev/null
cmake --build "$BUILD/fuzz" -j "$JOBS" --target fuzz_analyze fuzz_readers >/dev/null
for target in fuzz_readers fuzz_analyze; do
  corpus="$BUILD/fuzz/corpus-$target"
  mkdir -p "$corpus"
  if ! "$BUILD/fuzz/tests/fuzz/$target" -max_total_time="${SIFT_FUZZ_SECONDS:-60}" -max_len=16384 -rss_limit_mb=2048 \
      -timeout=20 -print_final_stats=1 "$corpus" "$ROOT/tests/fuzz/seeds" "$ROOT/tests/fixtures" >"$log/$target.txt" 2>&1; then
    tail -40 "$log/$target.txt"; status=1
  fi
  echo "$target: $(grep -E '^stat::number_of_executed_units' "$log/$target.txt" | awk '{print $2}') runs, $(grep -cE '^==[0-9]+==ERROR|^SUMMARY' "$log/$target.txt") findings"
done

echo "sift: benchmark smoke run (figures only, never fails on time)"
"$BUILD/native/sift_bench" 2 || status=1

[ "$status" = 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
exit "$status"
