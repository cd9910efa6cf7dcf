#!/usr/bin/env bash
# Debian packages the farm needs on a bare machine: a Chromium for Playwright, Redis and PostgreSQL for the tests.
set -euo pipefail
need=()
[ -x /usr/lib/chromium/chromium ] || [ -n "${PACTS_BROWSER_EXECUTABLE:-}" ] || need+=(chromium)
command -v redis-server >/dev/null || need+=(redis-server)
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: ${need[*]} — run as root or: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "installing Debian packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
