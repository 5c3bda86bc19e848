#!/usr/bin/env bash
# The picture benchmark: a site of COUNT (300) posts with a phone photo each (4032 x 3024 JPEG, about 6 MB,
# with EXIF and GPS), baked cold (no picture cache: every photo resized into 4 widths, JPEG and WebP), then
# again with the cache the first bake left (only pages and copies), RUNS (3) times each, medians.
# Usage: bench/pictures.sh [COUNT]     Results: target/bench-pictures/times.txt, copied into bench/RESULTS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-300}
RUNS=${RUNS:-3}
WORK=target/bench-pictures
mvn -B -q -DskipTests package test-compile
if [ ! -d "$WORK/content" ]; then
  java -cp target/test-classes org.socialcarefuture.northstar.picture.TestPhotos "$COUNT" "$WORK"
fi
du -sh "$WORK/content" | awk '{print "photos in content/: " $1}'
: > "$WORK/times.txt"
bake() { /usr/bin/time -o "$WORK/time.txt" -f "%e %M" java -jar target/north-star.jar bake --content "$WORK/content" \
  --output "$WORK/site" > "$WORK/last.log" 2>&1; echo "$1 $(cat "$WORK/time.txt")" | tee -a "$WORK/times.txt"; }
for run in $(seq "$RUNS"); do
  rm -rf "$WORK/site" "$WORK/.north-star-cache"
  bake "cold"
  bake "cached"
done
du -sh "$WORK/site" | awk '{print "published site: " $1}'
echo "medians (s): cold $(grep '^cold' "$WORK/times.txt" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')," \
  "cached $(grep '^cached' "$WORK/times.txt" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
