#!/usr/bin/env bash
# Regenerate the expected outputs of the test suite from CPython 3.11.
# See scripts/bless.py for details.  Usage: scripts/bless.sh [--check] [--write] [NAME...]
# Set PYTHON to choose the interpreter (default: python3 on PATH).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "${PYTHON:-python3}" "$here/bless.py" "$@"
