#!/usr/bin/env bash
# The Spark check at several sizes, beside the single-process check, in one command.
#
# For each size it generates the registry in the per-kind layout (reused when already there) and,
# up to SINGLE_MAX persons, converts it into one registry document; then runs each check as a
# whole process under /usr/bin/time -v:
#   - the Spark check (org.renfang.spark.ScaleRun) on MASTER (local[2]) with a HEAP heap (1 GiB;
#     in local mode the driver and the executors are this one JVM, so its heap is both);
#   - the single-process `renfang check --stats` on the document (its default heap).
# It prints one Markdown table for benchmarks/README.md: wall time, peak RSS (/usr/bin/time),
# peak heap used (Spark: the JVM's heap pools through JMX; single: --stats), the bytes written to
# and read from Spark's shuffles (summed over every task by a SparkListener), and the ratio of
# the Spark wall time to the single-process one at the same size and to the Spark time at the
# first size. The logs of each run stay in WORK.
#
#   benchmarks/spark-scale.sh [SIZES…]        default: 1000000 2000000 4000000
#   WORK=/data/spark-scale SINGLE_MAX=2000000 HEAP=1g MASTER='local[2]' benchmarks/spark-scale.sh 100000 200000
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${WORK:-/tmp/renfang-spark-scale}"
heap="${HEAP:-1g}"
master="${MASTER:-local[2]}"
single_max="${SINGLE_MAX:-2000000}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000 2000000 4000000)
mkdir -p "$work"
version="$(sed -n 's:^[[:space:]]*<version>\([^<]*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)"
(cd "$root" && ./mvnw -q -B -DskipTests -Djacoco.skip=true -pl spark -am package) >&2
flags="$(sed -n 's:^[[:space:]]*<spark.jvm.flags>\([^<]*\)</spark.jvm.flags>.*:\1:p' "$root/spark/pom.xml")"
cp="$root/spark/target/renfang-spark-$version.jar:$(cat "$root/spark/target/engine-classpath.txt")"

# A field of a /usr/bin/time -v log: wall seconds or peak RSS in MiB.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$1"; }
# The peak heap of --stats' heap line, in MiB, its digits only: the line prints the number with the
# locale's thousands separator ("heap     peak 2,188 MiB of max 4096 MiB"; "堆内存   峰值 2,188 MiB，…").
single_heap() { awk '/^(heap|堆内存)/ { s = $0; sub(/ MiB.*/, "", s); gsub(/[^0-9]/, "", s); print s; exit }' "$1"; }
# A number of ScaleRun's JSON line.
field() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" "$1" | head -n 1; }

rows=()
first=""
for n in "${sizes[@]}"; do
  dir="$work/r$n.d"
  [ -d "$dir" ] || "$root/renfang" generate --persons "$n" --seed 1 --violations 0.01 --layout jsonl --out "$dir" >&2
  echo "== $n persons: spark ($master, -Xmx$heap)" >&2
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/spark-$n.time" java $flags -Xmx"$heap" -Drenfang.stages=true -cp "$cp" \
    org.renfang.spark.ScaleRun "$dir" CN-31 2026-11-26 "$master" > "$work/spark-$n.json" 2> "$work/spark-$n.log" \
    || { echo "spark check at $n failed: see $work/spark-$n.log" >&2; exit 1; }
  sw="$(wall "$work/spark-$n.time")"
  [ -z "$first" ] && first="$sw"
  findings="$(sed -n 's/.*"findings":\([0-9]*\).*/\1/p' "$work/spark-$n.json")"
  single="—"; ssw="—"; srss="—"; sheap="—"; ratio="—"
  if [ "$n" -le "$single_max" ]; then
    file="$work/r$n.json"
    [ -f "$file" ] || "$root/renfang" convert --to json "$dir" "$file" >&2
    echo "== $n persons: single process" >&2
    /usr/bin/time -v -o "$work/single-$n.time" "$root/renfang" check --stats --format json --profile CN-31 \
      --as-of 2026-11-26 "$file" > "$work/single-$n.json" 2> "$work/single-$n.log" || true
    ssw="$(wall "$work/single-$n.time")"; srss="$(rss "$work/single-$n.time")"
    sheap="$(single_heap "$work/single-$n.log")"
    ratio="$(awk -v a="$sw" -v b="$ssw" 'BEGIN { printf "%.2f", a / b }')"
  fi
  rows+=("| $n | $sw | $(rss "$work/spark-$n.time") | $(field "$work/spark-$n.json" peakHeapMiB) of $(field "$work/spark-$n.json" maxHeapMiB) | $(field "$work/spark-$n.json" shuffleWriteMiB) / $(field "$work/spark-$n.json" shuffleReadMiB) | $(field "$work/spark-$n.json" diskSpilledMiB) | $findings | $ssw | $srss | $sheap | $ratio | $(awk -v a="$sw" -v b="$first" 'BEGIN { printf "%.2f", a / b }') |")
done

echo
echo "| persons | Spark wall s | Spark peak RSS MiB | Spark peak heap MiB (of max) | shuffle write / read MiB | spilled MiB | findings | single wall s | single peak RSS MiB | single peak heap MiB | Spark / single | Spark / first size |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
