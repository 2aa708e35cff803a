#!/usr/bin/env bash
# A Python virtual environment with exactly the packages of a requirements file, cached under
# $KEYCLOAK_API_KEYS_CACHE/python/ (default ~/.cache/keycloak-api-keys) by the hash of the file
# and of the interpreter, so a second run only checks it is there. Prints the venv's folder on
# stdout (progress goes to stderr); its interpreter is <folder>/bin/python.
#
#   tools/python-env.sh [requirements.txt]   default: the Flask verification example's
#
# Interpreter: $PYTHON, else python3 (3.11 or newer, with the venv module). Packages come from
# PyPI through pip's own configuration. Every package must be pinned in the file, dependencies
# included: they are installed with --no-deps and checked with `pip check`.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${KEYCLOAK_API_KEYS_CACHE:-$HOME/.cache/keycloak-api-keys}
REQUIREMENTS=${1:-$ROOT/examples/service-verification/flask/requirements.txt}
PYTHON=${PYTHON:-python3}
MINIMUM=3.11

say() { printf '[python-env] %s\n' "$*" >&2; }
fail() { printf '[python-env] error: %s\n' "$*" >&2; exit 1; }

[ -f "$REQUIREMENTS" ] || fail "no requirements file at $REQUIREMENTS"
command -v "$PYTHON" >/dev/null || fail "no $PYTHON on PATH; install Python $MINIMUM+ (e.g. apt-get install python3 python3-venv) or set PYTHON"
"$PYTHON" -c "import sys; sys.exit(sys.version_info < tuple(map(int, '$MINIMUM'.split('.'))))" ||
  fail "$("$PYTHON" --version 2>&1) is too old: the pinned packages need Python $MINIMUM or newer; set PYTHON to one"
"$PYTHON" -c "import venv, ensurepip" 2>/dev/null ||
  fail "$PYTHON has no venv/ensurepip module; install it (e.g. apt-get install python3-venv)"

# A venv belongs to its interpreter: the key covers the requirements and the interpreter's version and path.
interpreter=$("$PYTHON" -c 'import sys, os; print(sys.version); print(os.path.realpath(sys.executable))')
key=$({ cat "$REQUIREMENTS"; echo "$interpreter"; } | sha256sum | cut -c1-16)
dir="$CACHE/python/$key"
mkdir -p "$CACHE/python"

# One builder at a time per venv (jest workers, CI and a person may call this at once). A venv
# is complete only once its marker exists; anything else left in its place is rebuilt.
exec 9>"$dir.lock"
flock 9
if [ ! -f "$dir/.complete" ]; then
  started=$(date +%s)
  say "creating $dir from $(basename "$(dirname "$REQUIREMENTS")")/$(basename "$REQUIREMENTS") with $("$PYTHON" --version 2>&1)"
  rm -rf "$dir"
  "$PYTHON" -m venv "$dir"
  "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-input --no-deps --only-binary=:all: \
    -r "$REQUIREMENTS" >&2 || { rm -rf "$dir"; fail "pip could not install $REQUIREMENTS (output above)"; }
  "$dir/bin/python" -m pip check >&2 || { rm -rf "$dir"; fail "$REQUIREMENTS does not pin every dependency (pip check above)"; }
  cp "$REQUIREMENTS" "$dir/requirements.txt"
  touch "$dir/.complete"
  say "ready in $(($(date +%s) - started)) s"
fi
echo "$dir"
