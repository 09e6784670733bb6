#!/bin/sh
# System packages the test suite needs: Debian's Chromium for the report's browser tests.
# Idempotent; needs root and apt-get (it says so and stops otherwise).
set -eu
if command -v chromium >/dev/null 2>&1; then
  echo "system deps: chromium already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system deps: apt-get not found; install Chromium yourself (the browser tests will be skipped)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "system deps: installed $(chromium --version)"
