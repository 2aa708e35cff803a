#!/usr/bin/env bash
# Provisions the pieces the Keycloak tests and deploys need, pinned in package.json ("toolchain")
# and cached by version under $KEYCLOAK_API_KEYS_CACHE (default ~/.cache/keycloak-api-keys), so a
# second run only checks what is already there.
#
#   scripts/toolchain.sh keycloak    Keycloak server distribution (Maven Central) + a Java 21+ runtime
#   scripts/toolchain.sh terraform   terraform CLI built from the Go module proxy
#   scripts/toolchain.sh provider    Keycloak provider built from the Go module proxy into a local mirror
#   scripts/toolchain.sh schema      dump the provider's real schema into provider-schema/keycloak.json
#                                    (needs terraform and provider first)
#
# Each step writes shell assignments to $CACHE/env/<step>.env for the test harness and deploys.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${KEYCLOAK_API_KEYS_CACHE:-$HOME/.cache/keycloak-api-keys}
MAVEN_CENTRAL=${MAVEN_CENTRAL:-https://repo1.maven.org/maven2}
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
      curl -fL --retry 3 --progress-bar -o "$archive.part" "$url"
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
  printf 'KEYCLOAK_HOME=%q\nKEYCLOAK_JAVA_HOME=%q\n' "$dir" "$java_home" >"$CACHE/env/keycloak.env"
}

# `go install` into a versioned folder; the Go build cache makes a repeated build cheap.
go_install() {
  local target=$1 module=$2
  command -v go >/dev/null || fail "Go is needed to build $module; install Go 1.25 or newer"
  mkdir -p "$target.part"
  say "building $module with $(go version | cut -d' ' -f3) (first time: a few minutes)"
  if ! CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOBIN="$target.part" go install "$module" 2>"$target.log"; then
    cat "$target.log" >&2
    rm -rf "$target.part"
    return 1
  fi
  rm -rf "$target" && mv "$target.part" "$target"
}

provision_terraform() {
  local version dir
  version=$(version_of terraform)
  dir="$CACHE/terraform/$version"
  if [ ! -x "$dir/terraform" ]; then
    go_install "$dir" "github.com/hashicorp/terraform@v$version" || fail "could not build terraform $version"
  fi
  say "terraform $version ready in $dir"
  printf 'TERRAFORM_BINARY_NAME=%q\n' "$dir/terraform" >"$CACHE/env/terraform.env"
}

provision_provider() {
  local version commit module mirror platform_dir binary
  version=$(version_of keycloakProvider)
  commit=$(version_of keycloakProviderCommit)
  module=$(version_of keycloakProviderModule)
  mirror="$CACHE/provider-mirror"
  platform_dir="$mirror/registry.terraform.io/keycloak/keycloak/$version/linux_amd64"
  binary="$platform_dir/terraform-provider-keycloak_v$version"
  if [ ! -x "$binary" ]; then
    if ! go_install "$CACHE/provider-build/$version" "$module@$commit"; then
      fail "could not build the Keycloak provider $version ($module@$commit) from the Go module proxy. Without it nothing can be deployed; see README, 'Provider binary'."
    fi
    mkdir -p "$platform_dir"
    cp "$CACHE/provider-build/$version/terraform-provider-keycloak" "$binary"
  fi
  # Only the local mirror is allowed: no registry traffic, ever.
  cat >"$CACHE/terraform.rc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/keycloak/keycloak"]
  }
}
RC
  say "Keycloak provider $version ready in $mirror"
  printf 'TF_CLI_CONFIG_FILE=%q\n' "$CACHE/terraform.rc" >"$CACHE/env/provider.env"
}

# The real provider's schema, as `terraform providers schema -json` prints it, for `npm run bindings`.
dump_schema() {
  local version work
  version=$(version_of keycloakProvider)
  # shellcheck disable=SC1091
  . "$CACHE/env/terraform.env" && . "$CACHE/env/provider.env" || fail "run '$0 terraform provider' first"
  work=$(mktemp -d)
  printf '{"terraform":{"required_providers":{"keycloak":{"source":"keycloak/keycloak","version":"%s"}}}}\n' "$version" >"$work/main.tf.json"
  (cd "$work" && TF_CLI_CONFIG_FILE=$TF_CLI_CONFIG_FILE "$TERRAFORM_BINARY_NAME" init -backend=false -input=false >/dev/null &&
    TF_CLI_CONFIG_FILE=$TF_CLI_CONFIG_FILE "$TERRAFORM_BINARY_NAME" providers schema -json) |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(s),null,2)+"\n"))' \
      >"$ROOT/provider-schema/keycloak.json"
  rm -rf "$work"
  say "wrote provider-schema/keycloak.json from provider $version; now run: npm run bindings && npm test"
}

[ $# -gt 0 ] || set -- keycloak terraform provider
for step in "$@"; do
  case "$step" in
    keycloak) provision_keycloak ;;
    terraform) provision_terraform ;;
    provider) provision_provider ;;
    schema) dump_schema ;;
    *) fail "unknown step '$step' (keycloak, terraform, provider, schema)" ;;
  esac
done
