#!/usr/bin/env bash
# Installs what is missing, builds, and serves the page on
# http://localhost:8080 until Ctrl-C. The same page works opened from disk.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_apt_packages
"$ROOT/build-scripts/build.sh"
port="${SIFT_PORT:-8080}"
echo
echo "Sift is at http://localhost:$port/  (Ctrl-C stops it)"
echo "The same page also works opened straight from disk: file://$BUILD/web/index.html"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$BUILD/web"
