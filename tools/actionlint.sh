#!/usr/bin/env bash
# Lints the GitHub Actions workflow with actionlint (and, through it, the shell of every `run:`
# with shellcheck where shellcheck is installed). actionlint is pinned here and installed once,
# with `go install`, into the project's tool cache ($KEYCLOAK_API_KEYS_CACHE/tools, default
# ~/.cache/keycloak-api-keys/tools), so a clean machine with Go needs nothing else.
#
#   tools/actionlint.sh [workflow files...]   (default: every workflow under .github/workflows)
set -euo pipefail

VERSION=1.7.12
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${KEYCLOAK_API_KEYS_CACHE:-$HOME/.cache/keycloak-api-keys}
BIN="$CACHE/tools/actionlint"

if [ ! -x "$BIN" ] || [ "$("$BIN" -version 2>/dev/null | head -n 1)" != "v$VERSION" ]; then
  command -v go >/dev/null || { echo "tools/actionlint.sh: installing actionlint $VERSION needs Go (1.24 or newer)" >&2; exit 1; }
  echo "tools/actionlint.sh: installing actionlint $VERSION into $CACHE/tools" >&2
  GOBIN="$CACHE/tools" go install "github.com/rhysd/actionlint/cmd/actionlint@v$VERSION"
fi

cd "$ROOT"
exec "$BIN" -no-color "$@"
