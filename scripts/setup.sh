#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build and test pyexe: LLVM 19 (static
# libraries for inkwell), Polly and zstd (LLVM's link dependencies), valgrind (tests). Idempotent and
# silent when everything is already present.
set -euo pipefail

pkgs=(llvm-19-dev libpolly-19-dev libzstd-dev zlib1g-dev libffi-dev libxml2-dev valgrind)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
