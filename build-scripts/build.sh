#!/usr/bin/env bash
# Builds everything (no installs): the native CLI, tests and benchmark, the
# WASM module, and the single-file page.
#   build/native/sift   build/wasm/sift.js   build/web/index.html
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_type="${SIFT_BUILD_TYPE:-Release}"

echo "sift: building native ($build_type)"
cmake -S "$ROOT" -B "$BUILD/native-cmake" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$BUILD/native-cmake" -j "$JOBS"
mkdir -p "$BUILD/native"
cp "$BUILD/native-cmake/cli/sift" "$BUILD/native/sift"
cp "$BUILD/native-cmake/bench/sift_bench" "$BUILD/native/sift_bench"

echo "sift: building WASM"
emcmake cmake -S "$ROOT" -B "$BUILD/wasm-cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD/wasm-cmake" -j "$JOBS"
mkdir -p "$BUILD/wasm"
cp "$BUILD/wasm-cmake/sift.js" "$BUILD/wasm/sift.js"
cp "$BUILD/wasm-cmake/sift-small.js" "$BUILD/wasm/sift-small.js"  # memory-capped, for tests

echo "sift: bundling the page"
node "$ROOT/build-scripts/bundle-page.js" "$BUILD/wasm/sift.js" "$BUILD/web"
# The same page on the memory-capped module, for the out-of-memory test.
node "$ROOT/build-scripts/bundle-page.js" "$BUILD/wasm/sift-small.js" "$BUILD/web-small" >/dev/null
echo "sift: built build/native/sift, build/wasm/sift.js, build/web/index.html"
