# Shared by the build scripts: paths, and installing what a fresh Debian
# machine lacks (apt and npm). Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build"
# Debian's emscripten runs its JS tools under the machine's Node, which needs
# Debian's node modules (acorn) on the path.
export NODE_PATH=/usr/share/nodejs
JOBS="$(nproc 2>/dev/null || echo 2)"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

APT_PACKAGES=(cmake g++ make emscripten nlohmann-json3-dev doctest-dev chromium nodejs npm clang libclang-rt-14-dev)

install_apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm may come with Node itself rather than as a Debian package.
  if command -v npm >/dev/null 2>&1; then
    local kept=(); for p in "${missing[@]}"; do [ "$p" = npm ] || [ "$p" = nodejs ] || kept+=("$p"); done
    missing=("${kept[@]+"${kept[@]}"}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "sift: installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_npm_packages() {
  # Every devDependency must resolve: a checkout may gain one after its first install.
  if ! (cd "$ROOT" && node -e 'const fs = require("fs"); for (const d of Object.keys(require("./package.json").devDependencies)) if (!fs.existsSync("node_modules/" + d)) process.exit(1)'); then
    echo "sift: installing npm packages"
    (cd "$ROOT" && npm install --no-audit --no-fund --loglevel=error)
  fi
}
