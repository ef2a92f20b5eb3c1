#!/usr/bin/env bash
# Compares two builds of renfang, each a checkout (a worktree) with its own ./renfang:
#   1. every report byte for byte: both bundled samples under every shipped profile, text and JSON,
#      and the generated registries under CN-31 and CN (JSON), exit codes included;
#   2. the bulk check as whole processes, alternating the builds (old, new, old, new, ...), each run
#      under /usr/bin/time: wall, CPU (user + system) and peak RSS, and the ratio old/new per pair
#      (at least 0.95: the new build is no slower);
#   3. with PAYLOAD=1, the payload validation of both builds in one JVM (`Alternating builds`),
#      which needs each root's benchmarks/target/benchmarks.jar (built here when missing).
#
# Usage: benchmarks/compare-builds.sh OLD_ROOT NEW_ROOT
# Environment: WORK (default /tmp/renfang-compare: registries, reports, logs), SIZES (persons,
# default "250000 1000000"), PAIRS (default 3), PAYLOAD (default 0), PAYLOAD_PAIRS (default 30),
# PAYLOAD_PERSONS (default 1000000), JAVA (default java).
# The registries are generated once by the old build (seed 1, violations 1%) and reused.
# Exits 1 if any report differs, 2 on a usage or build error.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 OLD_ROOT NEW_ROOT" >&2
  exit 2
fi
old="$(cd "$1" && pwd)"
new="$(cd "$2" && pwd)"
work="${WORK:-/tmp/renfang-compare}"
sizes="${SIZES:-250000 1000000}"
pairs="${PAIRS:-3}"
java="${JAVA:-java}"
as_of=2026-11-26
profiles="CN CN-11 CN-31 CN-4403 CN-6502 DE"
mkdir -p "$work"

# The CLI jar of a root, built by its own ./renfang when missing or stale.
cli() {
  local root="$1" version
  version="$(sed -n 's:^[[:space:]]*<version>\([^<]*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)"
  "$root/renfang" --help > /dev/null || { echo "cannot build the command line in $root" >&2; exit 2; }
  echo "$root/examples/target/renfang-examples-$version-cli.jar"
}
old_jar="$(cli "$old")"
new_jar="$(cli "$new")"
echo "old: $old ($(git -C "$old" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo "new: $new ($(git -C "$new" rev-parse --short HEAD 2>/dev/null || echo '?'))"

differ=0
# Runs one command line with both builds and compares stdout and the exit code.
same() {
  local name="$1"; shift
  local rc_old=0 rc_new=0
  "$java" -jar "$old_jar" "$@" > "$work/$name.old" 2> /dev/null || rc_old=$?
  "$java" -jar "$new_jar" "$@" > "$work/$name.new" 2> /dev/null || rc_new=$?
  if [ "$rc_old" != "$rc_new" ] || ! cmp -s "$work/$name.old" "$work/$name.new"; then
    echo "DIFFERENT: $name (exit $rc_old vs $rc_new; $work/$name.old vs .new)"
    differ=1
  else
    echo "identical: $name (exit $rc_old, $(wc -c < "$work/$name.new") bytes)"
  fi
}

echo "== reports: the bundled samples"
samples="$new/examples/src/main/resources/org/renfang/examples/sample"
for sample in karamay-registry berlin-munich-registry; do
  for profile in $profiles; do
    for format in text json; do
      same "$sample-$profile-$format" check --format "$format" --profile "$profile" --as-of "$as_of" \
        "$samples/$sample.json"
    done
  done
done

echo "== the bulk check at each size, alternating the builds (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for n in $sizes; do
  registry="$work/r$n.json"
  if [ ! -f "$registry" ]; then
    "$java" -jar "$old_jar" generate --persons "$n" --seed 1 --violations 0.01 --out "$registry" > /dev/null
  fi
  same "r$n-CN" check --format json --profile CN --as-of "$as_of" "$registry"
  size_differ=0
  printf '%-9s %-4s %-28s %-28s %s\n' persons pair "old: wall s, cpu s, RSS MiB" "new: wall s, cpu s, RSS MiB" "old/new wall"
  for i in $(seq 1 "$pairs"); do
    line=""
    for side in old new; do
      jar="$old_jar"; [ "$side" = new ] && jar="$new_jar"
      rc=0
      /usr/bin/time -f "%e %U %S %M" -o "$work/time.$side" \
        "$java" -jar "$jar" check --format json --profile CN-31 --as-of "$as_of" "$registry" \
        > "$work/r$n-CN-31-$i.$side" 2> /dev/null || rc=$?
      read -r wall user sys rss < <(tail -n 1 "$work/time.$side")
      eval "wall_$side=$wall"
      line="$line$(printf '%-28s ' "$(awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
        'BEGIN { printf "%.2f, %.2f, %.0f", w, u + s, r / 1024 }')")"
    done
    # shellcheck disable=SC2154
    printf '%-9s %-4s %s%s   (load %s)\n' "$n" "$i" "$line" \
      "$(awk -v a="$wall_old" -v b="$wall_new" 'BEGIN { printf "%.3f", a / b }')" "$(cut -d' ' -f1 /proc/loadavg)"
    if ! cmp -s "$work/r$n-CN-31-$i.old" "$work/r$n-CN-31-$i.new"; then
      echo "DIFFERENT: r$n-CN-31 (pair $i)"
      differ=1
      size_differ=1
    fi
  done
  echo "r$n-CN-31 identical in every pair: $([ "$size_differ" = 0 ] && echo yes || echo no)"
done

if [ "${PAYLOAD:-0}" = 1 ]; then
  echo "== payload validation, both builds in one JVM (Alternating builds payload)"
  for root in "$old" "$new"; do
    if [ ! -f "$root/benchmarks/target/benchmarks.jar" ]; then
      (cd "$root" && ./mvnw -B -o -q package -DskipTests -pl benchmarks -am) || { echo "cannot build $root's benchmarks" >&2; exit 2; }
    fi
  done
  "$java" -Xms12g -Xmx12g -Dpersons="${PAYLOAD_PERSONS:-1000000}" -cp "$new/benchmarks/target/benchmarks.jar" \
    org.renfang.benchmarks.Alternating builds payload "$old/benchmarks/target/benchmarks.jar" \
    "$new/benchmarks/target/benchmarks.jar" "${PAYLOAD_PAIRS:-30}" 1000 2> /dev/null
fi

exit "$differ"
