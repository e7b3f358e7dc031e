#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium (Playwright's own browser download is not
# possible offline). Installs it when absent and we are root; otherwise says how.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chromium: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH)." >&2
exit 1
