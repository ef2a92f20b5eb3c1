#!/usr/bin/env bash
# The Spark check at several sizes, beside the single-process check: generates each registry in
# the per-kind layout (and, up to SINGLE_MAX persons, as one document), then runs each check as a
# whole process under /usr/bin/time -v (wall time, peak RSS). The Spark check runs on local[2]
# with a 1 GiB heap (in local mode the driver and the executors share that JVM).
#
#   benchmarks/spark-scale.sh [SIZES…]        default: 1000000 2000000 4000000
#   WORK=/data/spark-scale SINGLE_MAX=2000000 HEAP=1g MASTER='local[2]' benchmarks/spark-scale.sh 20000
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
(cd "$root" && ./mvnw -q -B -DskipTests -pl spark -am package) >&2
flags="$(sed -n 's:^[[:space:]]*<spark.jvm.flags>\([^<]*\)</spark.jvm.flags>.*:\1:p' "$root/spark/pom.xml")"
cp="$root/spark/target/renfang-spark-$version.jar:$(cat "$root/spark/target/engine-classpath.txt")"
for n in "${sizes[@]}"; do
  dir="$work/r$n.d"
  [ -d "$dir" ] || "$root/renfang" generate --persons "$n" --seed 1 --violations 0.01 --layout jsonl --out "$dir" >&2
  echo "== $n persons: spark ($master, -Xmx$heap)"
  # shellcheck disable=SC2086
  /usr/bin/time -f "wall %e s, peak RSS %M KiB" java $flags -Xmx"$heap" -cp "$cp" org.renfang.spark.ScaleRun \
    "$dir" CN-31 2026-11-26 "$master"
  if [ "$n" -le "$single_max" ]; then
    file="$work/r$n.json"
    [ -f "$file" ] || "$root/renfang" convert --to json "$dir" "$file" >&2
    echo "== $n persons: single process"
    /usr/bin/time -f "wall %e s, peak RSS %M KiB" "$root/renfang" check --stats --format json --profile CN-31 \
      --as-of 2026-11-26 "$file" > /dev/null
  fi
done
