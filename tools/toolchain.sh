#!/usr/bin/env bash
# Provisions what deploys and the Keycloak tests need, pinned in package.json ("toolchain") and
# cached by version (and source checksum) under $KEYCLOAK_API_KEYS_CACHE (default
# ~/.cache/keycloak-api-keys), so a second run only checks what is already there.
#
#   tools/toolchain.sh keycloak   Keycloak server distribution (Maven Central) + a Java 21+ runtime
#   tools/toolchain.sh engine     the Terraform engine ($KEYCLOAK_API_KEYS_ENGINE: terraform or tofu)
#                                   and the Keycloak provider in an offline filesystem mirror;
#                                   writes $CACHE/env/deploy.env (and deploy-<engine>.env) for deploys
#   tools/toolchain.sh terraform | tofu | provider    one piece of `engine` on its own
#   tools/toolchain.sh schema     print the provider's real schema (`providers schema -json`)
#
# Where sources come from:
#   terraform   `go install github.com/hashicorp/terraform@v<version>` (Go module proxy)
#   provider    KEYCLOAK_PROVIDER_SOURCE=<upstream source archive .tar.gz>, checked against the pinned
#               sha256 and built with `go build`; KEYCLOAK_PROVIDER_SOURCE=registry: none, `terraform
#               init` downloads it from the registry; unset: `go install <module>@<commit>` from the proxy
#   tofu        OPENTOFU_SOURCE=<upstream source archive .tar.gz>, checked and built the same way
#               (OpenTofu's go.mod has a `replace`, so `go install` cannot build it)
# On a machine that reaches the Terraform registry, none of `engine` is needed for a deploy:
# `terraform init` downloads keycloak/keycloak itself.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${KEYCLOAK_API_KEYS_CACHE:-$HOME/.cache/keycloak-api-keys}
MAVEN_CENTRAL=${MAVEN_CENTRAL:-https://repo1.maven.org/maven2}
ENGINE=${KEYCLOAK_API_KEYS_ENGINE:-terraform}
mkdir -p "$CACHE/env"

version_of() { node -p "require('$ROOT/package.json').toolchain.$1"; }
say() { printf '[toolchain] %s\n' "$*" >&2; }
fail() { printf '[toolchain] error: %s\n' "$*" >&2; exit 1; }

# A Java runtime of at least the pinned major version: $JAVA_HOME first, then the JDKs in /usr/lib/jvm.
find_java() {
  local minimum candidate major
  minimum=$(version_of javaMinimum)
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then
      echo "$candidate"
      return 0
    fi
  done
  fail "Keycloak needs Java $minimum or newer; none found in \$JAVA_HOME or /usr/lib/jvm. Install a Java $minimum+ runtime (e.g. a Temurin JDK) and point JAVA_HOME at it."
}

provision_keycloak() {
  local version dir archive url expected actual java_home
  version=$(version_of keycloak)
  dir="$CACHE/keycloak/$version"
  java_home=$(find_java)
  if [ ! -x "$dir/bin/kc.sh" ]; then
    archive="$CACHE/downloads/keycloak-quarkus-dist-$version.tar.gz"
    url="$MAVEN_CENTRAL/org/keycloak/keycloak-quarkus-dist/$version/keycloak-quarkus-dist-$version.tar.gz"
    mkdir -p "$CACHE/downloads"
    if [ ! -s "$archive" ]; then
      say "downloading Keycloak $version from Maven Central (about 170 MB)"
      curl -fsSL --retry 3 -o "$archive.part" "$url"
      mv "$archive.part" "$archive"
    fi
    expected=$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40)
    actual=$(sha1sum "$archive" | cut -c1-40)
    [ "$expected" = "$actual" ] || { rm -f "$archive"; fail "checksum mismatch for $archive (expected $expected, got $actual); deleted it, run again"; }
    say "unpacking Keycloak $version"
    rm -rf "$dir.part" && mkdir -p "$dir.part"
    tar -xzf "$archive" -C "$dir.part" --strip-components=1
    rm -rf "$dir" && mv "$dir.part" "$dir"
  fi
  say "Keycloak $version ready in $dir (Java: $java_home)"
  write_atomically "$CACHE/env/keycloak.env" "$(printf 'KEYCLOAK_HOME=%q\nKEYCLOAK_JAVA_HOME=%q' "$dir" "$java_home")"
}

need_go() {
  command -v go >/dev/null || fail "Go is needed to build $1; install Go 1.25.8 or newer"
}

# Builds into "$target.part" with the given command, then moves it into place: a build that dies
# midway leaves no half-written binary behind.
build_into() {
  local target=$1 what=$2
  shift 2
  rm -rf "$target.part" && mkdir -p "$target.part"
  say "building $what with $(go version | cut -d' ' -f3) (first time: minutes; log in $target.log)"
  local started=$SECONDS
  if ! "$@" >"$target.log" 2>&1; then
    tail -n 30 "$target.log" >&2
    rm -rf "$target.part"
    return 1
  fi
  rm -rf "$target" && mv "$target.part" "$target"
  say "built $what in $((SECONDS - started)) s"
}

# Refuses an upstream source archive whose sha256 is not the one pinned in package.json.
check_source() {
  local archive=$1 expected=$2 actual
  [ -f "$archive" ] || fail "source archive $archive does not exist"
  actual=$(sha256sum "$archive" | cut -d' ' -f1)
  [ "$actual" = "$expected" ] || fail "sha256 of $archive is $actual, but package.json pins $expected; refusing to build it"
}

# Unpacks a checked source archive into a scratch folder and builds one Go package of it.
go_build_from_archive() {
  local target=$1 binary=$2 archive=$3 package=$4 scratch status
  scratch=$(mktemp -d)
  tar -xzf "$archive" -C "$scratch" --strip-components=1 &&
    (cd "$scratch" && CGO_ENABLED=0 GOFLAGS=-buildvcs=false go build -trimpath -o "$target.part/$binary" "$package")
  status=$?
  rm -rf "$scratch"
  return $status
}

provision_terraform() {
  local version dir
  version=$(version_of terraform)
  dir="$CACHE/terraform/$version"
  if [ ! -x "$dir/terraform" ]; then
    need_go terraform
    build_into "$dir" "terraform $version" \
      env CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOBIN="$dir.part" go install "github.com/hashicorp/terraform@v$version" ||
      fail "could not build terraform $version from the Go module proxy"
  fi
  say "terraform $version ready in $dir"
  ENGINE_BINARY="$dir/terraform"
}

provision_tofu() {
  local version sha dir
  version=$(version_of opentofu)
  sha=$(version_of opentofuSourceSha256)
  dir="$CACHE/tofu/$version-${sha:0:16}"
  if [ ! -x "$dir/tofu" ]; then
    need_go OpenTofu
    [ -n "${OPENTOFU_SOURCE:-}" ] ||
      fail "OpenTofu $version is built from its upstream source archive (its go.mod has a replace directive, so 'go install' refuses it): set OPENTOFU_SOURCE to opentofu-$version.tar.gz (sha256 $sha)"
    check_source "$OPENTOFU_SOURCE" "$sha"
    build_into "$dir" "OpenTofu $version from $OPENTOFU_SOURCE" \
      go_build_from_archive "$dir" tofu "$OPENTOFU_SOURCE" ./cmd/tofu ||
      fail "could not build OpenTofu $version"
  fi
  say "OpenTofu $version ready in $dir"
  ENGINE_BINARY="$dir/tofu"
}

provision_provider() {
  local version sha commit module dir mirror host platform_dir
  version=$(version_of keycloakProvider)
  sha=$(version_of keycloakProviderSourceSha256)
  commit=$(version_of keycloakProviderCommit)
  module=$(version_of keycloakProviderModule)
  # A build from the pinned source archive is the same provider, whichever way it was asked for.
  if [ -z "${KEYCLOAK_PROVIDER_SOURCE:-}" ] && [ -x "$CACHE/provider/$version-${sha:0:16}/terraform-provider-keycloak" ]; then
    dir="$CACHE/provider/$version-${sha:0:16}"
  elif [ -n "${KEYCLOAK_PROVIDER_SOURCE:-}" ]; then
    dir="$CACHE/provider/$version-${sha:0:16}"
    if [ ! -x "$dir/terraform-provider-keycloak" ]; then
      need_go "the Keycloak provider"
      check_source "$KEYCLOAK_PROVIDER_SOURCE" "$sha"
      build_into "$dir" "the Keycloak provider $version from $KEYCLOAK_PROVIDER_SOURCE" \
        go_build_from_archive "$dir" terraform-provider-keycloak "$KEYCLOAK_PROVIDER_SOURCE" . ||
        fail "could not build the Keycloak provider $version"
    fi
  else
    dir="$CACHE/provider/$version-$commit"
    if [ ! -x "$dir/terraform-provider-keycloak" ]; then
      need_go "the Keycloak provider"
      build_into "$dir" "the Keycloak provider $version ($module@$commit)" \
        env CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOBIN="$dir.part" go install "$module@$commit" ||
        fail "could not build the Keycloak provider $version with 'go install $module@$commit' (the Go module proxy may refuse it). Set KEYCLOAK_PROVIDER_SOURCE to its upstream source archive terraform-provider-keycloak-$version.tar.gz (sha256 $sha) to build from that instead, or to 'registry' on a machine that reaches the Terraform registry."
    fi
  fi
  # One mirror per provider build; terraform looks the provider up under registry.terraform.io,
  # OpenTofu under registry.opentofu.org.
  mirror="$dir/mirror"
  for host in registry.terraform.io registry.opentofu.org; do
    platform_dir="$mirror/$host/keycloak/keycloak/$version/linux_amd64"
    if [ ! -x "$platform_dir/terraform-provider-keycloak_v$version" ]; then
      mkdir -p "$platform_dir"
      cp "$dir/terraform-provider-keycloak" "$platform_dir/terraform-provider-keycloak_v$version"
    fi
  done
  # Only the local mirror is allowed: no registry traffic, ever.
  cat >"$dir/cli.tfrc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/keycloak/keycloak", "registry.opentofu.org/keycloak/keycloak"]
  }
}
RC
  say "Keycloak provider $version ready in $mirror"
  PROVIDER_CLI_CONFIG="$dir/cli.tfrc"
}

provision_engine() {
  case "$ENGINE" in
    terraform) provision_terraform ;;
    tofu) provision_tofu ;;
    *) fail "KEYCLOAK_API_KEYS_ENGINE is '$ENGINE'; use terraform or tofu" ;;
  esac
  local settings
  if [ "${KEYCLOAK_PROVIDER_SOURCE:-}" = registry ]; then
    # The engine's own registry and CLI configuration; nothing to build.
    settings=$(printf 'TERRAFORM_BINARY_NAME=%q\nCHECKPOINT_DISABLE=1' "$ENGINE_BINARY")
    say "the Keycloak provider comes from the registry at init"
  else
    provision_provider
    settings=$(printf 'TERRAFORM_BINARY_NAME=%q\nTF_CLI_CONFIG_FILE=%q\nCHECKPOINT_DISABLE=1' "$ENGINE_BINARY" "$PROVIDER_CLI_CONFIG")
  fi
  # deploy.env: the engine provisioned last (the deploy steps of docs/operating.md source it);
  # deploy-<engine>.env: one per engine, so runs of both engines at once never read each other's.
  write_atomically "$CACHE/env/deploy-$ENGINE.env" "$settings"
  write_atomically "$CACHE/env/deploy.env" "$settings"
  say "deploy settings for $ENGINE in $CACHE/env/deploy.env (and deploy-$ENGINE.env)"
}

# Writes a settings file whole or not at all: a reader never sees it half-written.
write_atomically() {
  local file=$1 content=$2 part
  part=$(mktemp "$file.XXXXXX")
  printf '%s\n' "$content" >"$part"
  mv -f "$part" "$file"
}

# The provider's real schema, as `providers schema -json` prints it, on stdout.
print_schema() {
  local version work
  version=$(version_of keycloakProvider)
  [ -n "${ENGINE_BINARY:-}" ] || provision_engine
  work=$(mktemp -d)
  printf '{"terraform":{"required_providers":{"keycloak":{"source":"keycloak/keycloak","version":"%s"}}}}\n' "$version" >"$work/main.tf.json"
  (cd "$work" && TF_CLI_CONFIG_FILE=$PROVIDER_CLI_CONFIG "$ENGINE_BINARY" init -backend=false -input=false >/dev/null &&
    TF_CLI_CONFIG_FILE=$PROVIDER_CLI_CONFIG "$ENGINE_BINARY" providers schema -json)
  rm -rf "$work"
}

[ $# -gt 0 ] || set -- keycloak engine
for step in "$@"; do
  case "$step" in
    keycloak) provision_keycloak ;;
    engine) provision_engine ;;
    terraform) provision_terraform ;;
    tofu) provision_tofu ;;
    provider) provision_provider ;;
    schema) print_schema ;;
    *) fail "unknown step '$step' (keycloak, engine, terraform, tofu, provider, schema)" ;;
  esac
done
