#!/usr/bin/env bash
# Before and after a change, in the same hour: the same synthetic site baked by two North Star jars, turn about, so a
# busy machine slows both alike. Full bakes (no cache) and rebuilds after one edited post (from the cache), RUNS each.
# Prints the medians and the ratio after/before. Used for the pipeline refactor (#35): the figures must not get worse.
# Usage: bench/compare-jars.sh BEFORE.jar AFTER.jar [POSTS]     e.g. bench/compare-jars.sh /tmp/before.jar target/north-star.jar 1000
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1 after=$2 n=${3:-1000} runs=${RUNS:-5}
work=${WORK:-target/bench-compare}
mkdir -p "$work"
[ -d "$work/$n/north-star/content" ] || java bench/Generate.java "$n" "$work/$n"
: > "$work/times.txt"
bake() { # label jar output [--no-cache]
  local label=$1 jar=$2 out=$3; shift 3
  /usr/bin/time -o "$work/t" -f "%e" java -Xmx512m -jar "$jar" bake --content "$work/$n/content-$label" --output "$out" \
      --config bench/site.yml "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
}
for label in before after; do rm -rf "$work/$n/content-$label"; cp -r "$work/$n/north-star/content" "$work/$n/content-$label"; done
for run in $(seq "$runs"); do
  for label in before after; do
    jar=$before; [ "$label" = after ] && jar=$after
    # Each jar's site in a folder of its own: the cache is kept beside the site (.north-star-cache).
    rm -rf "$work/$label" && mkdir -p "$work/$label"
    bake "$label" "$jar" "$work/$label/site" --no-cache
    echo "full $label $(cat "$work/t")" >> "$work/times.txt"
    bake "$label" "$jar" "$work/$label/site"   # fills the cache
    post=$(ls "$work/$n/content-$label/blog/"*.md | sed -n "$((run * 7))p")
    printf '\nOne more sentence, added by the benchmark (run %s).\n' "$run" >> "$post"
    bake "$label" "$jar" "$work/$label/site"
    echo "edit $label $(cat "$work/t")" >> "$work/times.txt"
  done
done
python3 - "$work/times.txt" "$n" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    kind, label, wall = line.split()
    rows.setdefault((kind, label), []).append(float(wall))
for kind, what in (("full", "full bake, no cache"), ("edit", "after one edited post, from the cache")):
    b, a = statistics.median(rows[(kind, "before")]), statistics.median(rows[(kind, "after")])
    print(f"{sys.argv[2]} posts, {what}: before {b:.2f} s, after {a:.2f} s (median of {len(rows[(kind, 'after')])}), after/before = {a / b:.2f}")
    print(f"  before runs: {rows[(kind, 'before')]}\n  after runs:  {rows[(kind, 'after')]}")
PY
