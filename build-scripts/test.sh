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

echo "sift: benchmark smoke run (figures only, never fails on time)"
"$BUILD/native/sift_bench" 2 || status=1

[ "$status" = 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
exit "$status"
