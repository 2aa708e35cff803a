#!/usr/bin/env bash
# Installs the engine a pipeline job deploys an environment with (`npm run --silent
# pipeline-environments` names it: tofu where the state is encrypted, else terraform), at the
# version package.json pins ("toolchain": terraform, opentofu), from its release zip, and only if
# the zip's sha256 is the one pinned in the CI settings:
#
#   TERRAFORM_SHA256   sha256 of terraform_<version>_linux_amd64.zip  (HashiCorp's SHA256SUMS)
#   OPENTOFU_SHA256    sha256 of tofu_<version>_linux_amd64.zip       (OpenTofu's SHA256SUMS)
#
# They are set once, as repository (GitHub) or project (GitLab) CI variables; a pull request that
# changes the pinned version then fails here until someone updates the checksum as well. An
# empty checksum fails: nothing unverified runs with the deploy's credentials.
#
#   pipelines/install-engine.sh <terraform|tofu> <directory for the binary>
set -euo pipefail

fail() { printf 'install-engine: %s\n' "$*" >&2; exit 1; }

engine=${1:-}
target=${2:-}
{ [ -n "$engine" ] && [ -n "$target" ]; } || fail "usage: pipelines/install-engine.sh <terraform|tofu> <directory>"
root=$(cd "$(dirname "$0")/.." && pwd)
pinned() { node -p "require(process.argv[1]).toolchain[process.argv[2]]" "$root/package.json" "$1"; }

case "$engine" in
  terraform)
    version=$(pinned terraform)
    url="https://releases.hashicorp.com/terraform/${version}/terraform_${version}_linux_amd64.zip"
    variable=TERRAFORM_SHA256
    ;;
  tofu)
    version=$(pinned opentofu)
    url="https://github.com/opentofu/opentofu/releases/download/v${version}/tofu_${version}_linux_amd64.zip"
    variable=OPENTOFU_SHA256
    ;;
  *) fail "the engine is terraform or tofu, not \"$engine\"" ;;
esac
expected=${!variable:-}
[ -n "$expected" ] || fail "$variable is empty: set it (a CI variable) to the sha256 of $(basename "$url") from the release's SHA256SUMS"
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || fail "$variable is not a sha256 (64 lowercase hex digits)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
curl -fsSL --retry 3 -o "$scratch/engine.zip" "$url"
actual=$(sha256sum "$scratch/engine.zip" | cut -d' ' -f1)
[ "$actual" = "$expected" ] || fail "$(basename "$url") has sha256 $actual, not the pinned $variable $expected; nothing installed"
mkdir -p "$target"
unzip -q -o "$scratch/engine.zip" "$engine" -d "$scratch/unpacked"
install -m 0755 "$scratch/unpacked/$engine" "$target/$engine"
printf 'install-engine: %s %s (sha256 %s) in %s\n' "$engine" "$version" "$actual" "$target" >&2
