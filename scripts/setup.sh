#!/usr/bin/env bash
# Installs what the README's commands need on a fresh Debian machine and
# does nothing when it is all there: Debian packages (as root, apt-get) and
# the npm dev dependencies (npm ci). `setup.sh test` adds Chromium for the
# browser tests and clang for the fuzzer; `setup.sh fuzz` only the latter.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make emscripten nlohmann-json3-dev googletest libgtest-dev libre2-dev python3)
if [ "${1:-}" = test ]; then packages+=(chromium); fi
# libFuzzer and clang's sanitizer runtimes (scripts/fuzz.mjs).
if [ "${1:-}" = test ] || [ "${1:-}" = fuzz ]; then packages+=(clang-14 libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
  touch node_modules/.setup-stamp
fi
