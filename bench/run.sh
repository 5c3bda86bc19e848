#!/usr/bin/env bash
# The benchmark: bakes synthetic sites of N posts with North Star, with what users would pick instead,
# Hugo (Debian's hugo) and Eleventy 3 (npm, pinned in bench/peers/eleventy), and with stock JBake 2.7.0
# (same posts, JBake's own header format and OrientDB store), each RUNS times from a cold start, and
# prints medians and North Star's ratio to each (with `java -jar` and with bin/north-star, C1 only); then North Star
# again after one edited post, with its cache. Hugo and Eleventy get equivalent templates
# (bench/peers/: post pages, paginated tag pages, a paginated home page, an RSS feed). Also: the gate alone (check on the built site) and a warm rebuild
# after one edited post (the preview's path).
# Usage: bench/run.sh [SIZE...]     e.g. bench/run.sh 1000 10000
#   RUNS (3) runs per size up to 1,000 posts, RUNS_LARGE (3) above; warm rebuilds up to WARM_MAX (10000) posts;
#   stock JBake up to JBAKE_MAX (1000) posts: at 10,000 posts one JBake bake takes about half an hour (see RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000}")
RUNS=${RUNS:-3}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"

mvn -B -q -DskipTests package
mvn -B -q -f bench/jbake-stock/pom.xml package dependency:copy-dependencies -DincludeScope=runtime
HUGO=$(command -v hugo || true)
if [ -z "$HUGO" ]; then echo "no hugo: apt-get install -y hugo to compare with it (skipped)"; fi
if [ ! -x bench/peers/eleventy/node_modules/.bin/eleventy ]; then
  (cd bench/peers/eleventy && npm ci --no-audit --no-fund --ignore-scripts)
fi

timed() { # label, then the command; appends "label wall_s peak_rss_kb exit" to $WORK/times.txt
  local label=$1; shift
  local code=0
  /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" > "$WORK/last.log" 2>&1 || code=1
  echo "$label $(tail -1 "$WORK/time.txt") $code" >> "$WORK/times.txt"
}

: > "$WORK/times.txt"
: > "$WORK/warm.txt"
: > "$WORK/steps.txt"
for n in "${SIZES[@]}"; do
  site="$WORK/$n"
  if [ ! -d "$site/north-star/content" ]; then
    java bench/Generate.java "$n" "$site"
  fi
  python3 bench/peers/make_sites.py "$site"
  ln -sfn "$PWD/bench/peers/eleventy/node_modules" "$site/eleventy/node_modules"
  rm -rf "$site/jbake/templates" && cp -r bench/jbake-stock/templates bench/jbake-stock/jbake.properties "$site/jbake/"
  mkdir -p "$site/jbake/assets/css" && cp themes/default/assets/css/site.css "$site/jbake/assets/css/"
  runs=$RUNS
  if [ "$n" -gt 1000 ]; then runs=${RUNS_LARGE:-3}; fi
  for run in $(seq "$runs"); do
    rm -rf "$site/out-ns" "$site/.north-star-cache"
    timed "north-star $n" java -Xmx512m -jar target/north-star.jar bake --content "$site/north-star/content" \
        --output "$site/out-ns" --config bench/site.yml --timings
    grep -h "Timings" "$WORK/last.log" | sed "s/^/$n run $run: /" >> "$WORK/steps.txt" || true
    rm -rf "$site/out-ns" "$site/.north-star-cache"
    JAVA_OPTS=-Xmx512m timed "north-star-launcher $n" bin/north-star bake --content "$site/north-star/content" \
        --output "$site/out-ns" --config bench/site.yml --timings
    if [ "$n" -le "${JBAKE_MAX:-1000}" ]; then
      rm -rf "$site/out-jbake"
      timed "jbake $n" java -Xmx2g -cp "bench/jbake-stock/target/classes:bench/jbake-stock/target/dependency/*" \
          StockBake "$site/jbake" "$site/out-jbake"
    fi
    if [ -n "$HUGO" ]; then
      rm -rf "$site/out-hugo"
      timed "hugo $n" "$HUGO" --quiet --source "$site/hugo" --destination "$site/out-hugo"
    fi
    rm -rf "$site/out-eleventy"
    # Eleventy reads its config and passthrough paths from the folder it runs in
    timed "eleventy $n" bash -c 'cd "$1" && node node_modules/@11ty/eleventy/cmd.cjs --quiet --output="$2"' _ \
        "$site/eleventy" "$PWD/$site/out-eleventy"
    timed "gate $n" java -Xmx512m -jar target/north-star.jar check "$site/out-ns" --base-url https://bench.example.org/
  done
  # A rebuild after one edited post, in a new JVM, with what the last bake kept in its cache and the last site in
  # place: a volunteer's next bake, or CI with target/.north-star-cache restored. (A different post each run.)
  for run in $(seq "$runs"); do
    post=$(ls "$site/north-star/content/blog/"*.md | sed -n "$((run * 7))p")
    printf '\nOne more sentence, added by the benchmark (run %s).\n' "$run" >> "$post"
    timed "north-star-cached $n" java -Xmx512m -jar target/north-star.jar bake --content "$site/north-star/content" \
        --output "$site/out-ns" --config bench/site.yml --timings
    grep -h "Timings" "$WORK/last.log" | sed "s/^/$n cached run $run: /" >> "$WORK/steps.txt" || true
    # The same with bin/north-star (C1 only, the launcher's settings), after another edit.
    post=$(ls "$site/north-star/content/blog/"*.md | sed -n "$((run * 7 + 3))p")
    printf '\nOne more sentence, added by the benchmark (run %s).\n' "$run" >> "$post"
    JAVA_OPTS=-Xmx512m timed "north-star-cached-launcher $n" bin/north-star bake --content "$site/north-star/content" \
        --output "$site/out-ns" --config bench/site.yml --timings
    grep -h "Timings" "$WORK/last.log" | sed "s/^/$n cached launcher run $run: /" >> "$WORK/steps.txt" || true
  done
  if [ "$n" -le "${WARM_MAX:-10000}" ]; then
    java -Xmx512m -cp target/north-star.jar bench/WarmRebuild.java "$site/north-star/content" "$site/out-warm" \
        | sed "s/^/$n posts: /" >> "$WORK/warm.txt"
  fi
done

python3 - "$WORK" <<'PY'
import statistics, sys, platform, subprocess, datetime
work = sys.argv[1]
rows = {}
for line in open(f"{work}/times.txt"):
    tool, n, wall, rss, code = line.split()
    rows.setdefault((tool, int(n)), []).append((float(wall), int(rss), int(code)))
pages = {}
print("| posts | tool | median wall (s) | runs | pages/s | peak RSS (MB) | all ok |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for (tool, n), runs in sorted(rows.items(), key=lambda r: (r[0][1], r[0][0])):
    walls = [r[0] for r in runs]
    med = statistics.median(walls)
    print(f"| {n} | {tool} | {med:.1f} | {len(runs)} | {n / med:.0f} | {max(r[1] for r in runs) / 1024:.0f} | {'yes' if all(r[2] == 0 for r in runs) else 'NO'} |")
for n in sorted({n for _, n in rows}):
    for mine, what in (("north-star", "North Star"), ("north-star-launcher", "North Star with bin/north-star"),
                       ("north-star-cached", "North Star after one edit, from its cache,"),
                       ("north-star-cached-launcher", "North Star after one edit, from its cache, with bin/north-star,")):
        ns = rows.get((mine, n))
        for peer in ("hugo", "eleventy", "jbake"):
            other = rows.get((peer, n))
            if ns and other:
                a = statistics.median([r[0] for r in ns]); b = statistics.median([r[0] for r in other])
                print(f"\n{n} posts: {what} / {peer} = {a / b:.2f}x ({a:.1f} s against {b:.1f} s)")
print()
import re
share = {}
for line in open(f"{work}/steps.txt"):
    m = re.match(r"(\d+) run \d+: .*gate CPU, all threads=(\d+).*process CPU (\d+) ms", line)
    if m:
        share.setdefault(int(m.group(1)), []).append(100.0 * int(m.group(2)) / int(m.group(3)))
for n, values in sorted(share.items()):
    print(f"{n} posts: the gate's share of the bake's CPU time, median {statistics.median(values):.1f}% (runs: {', '.join(f'{v:.1f}' for v in values)})")
print()
print(open(f"{work}/steps.txt").read())
print(open(f"{work}/warm.txt").read())
PY
