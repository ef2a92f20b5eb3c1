#!/usr/bin/env bash
# Builds the published jars (renfang-core, renfang-validation, renfang-qr, with their sources
# and Javadoc jars) twice, each time in a fresh copy of the working tree in its own temporary
# folder, and compares the SHA-256 hashes: a reproducible build gives identical bytes although
# the two builds run at different times in different folders. The working tree's own target/
# folders are left alone. Exits 0 when every jar matches, 1 otherwise.
#
#   scripts/check-reproducible.sh          # two packages of bom, core, validation, qr-codec
#   scripts/check-reproducible.sh -o       # extra Maven arguments are passed on (here: offline)
#
# project.build.outputTimestamp (root pom.xml) fixes the time of every jar entry.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local n="$1"
  shift
  local copy="$work/tree-$n"
  mkdir -p "$copy"
  # the working tree as it is (uncommitted changes included), without build output or .git
  (cd "$root" && tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - .) \
    | (cd "$copy" && tar -xf -)
  echo "check-reproducible: build $n in $copy" >&2
  (cd "$copy" && ./mvnw -q -B -pl bom,core,validation,qr-codec package -DskipTests "$@") >&2
  local m
  for m in core validation qr-codec; do
    (cd "$copy/$m/target" && sha256sum -- renfang-*.jar)
  done | sort -k2 > "$work/$n.sha256"
}

build 1 "$@"
build 2 "$@"

if diff -u "$work/1.sha256" "$work/2.sha256"; then
  echo "reproducible: $(wc -l < "$work/1.sha256") jars identical"
  cat "$work/1.sha256"
else
  echo "NOT reproducible: the hashes above differ" >&2
  exit 1
fi
