#!/usr/bin/env bash
# serve benchmark: on a demo-catalog of 2,000 classes, how soon `jobspecs serve` serves an edited
# spec (save → changed page over HTTP, median of 7 edits after 2 warm-up edits) and how long a
# template edit takes to re-render every page, against cold `jobspecs build`s of the same catalog
# (median of 3). Prints a Markdown table and PASS/FAIL for the targets (spec edit ≤ 300 ms; template
# edit faster than a cold build); exit 1 when one fails. About 2-3 minutes on 2 cores.
#
#   scripts/serve-bench.sh                                  # 2,000 classes
#   scripts/serve-bench.sh --classes 500 --edits 5          # also --builds N --warmup N --templates N
#
# Needs Java 17 and Maven. Work files (the catalog, built and served sites, a snapshot of the
# generator) go to $BENCH_DIR (default /tmp/jobspecs-serve-bench), outside the repository; the report
# is also written to $BENCH_DIR/serve-bench.md. The Java side is src/test/java/org/jobspecs/bench/ServeBench.java.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/jobspecs-serve-bench}
app="$work/app"
mkdir -p "$work"

# 1. The generator and the benchmark class: built when missing or older than the sources.
bench_class=target/test-classes/org/jobspecs/bench/ServeBench.class
if [ ! -f target/jobspecs.jar ] || [ ! -f "$bench_class" ] \
   || [ -n "$(find src pom.xml -newer target/jobspecs.jar -print -quit)" ] \
   || [ -n "$(find src pom.xml -newer "$bench_class" -print -quit)" ]; then
  echo "[serve-bench] mvn -q -DskipTests -Djobspecs.demo.skip=true package" >&2
  mvn -q -DskipTests -Djobspecs.demo.skip=true package >&2
fi
# 2. A snapshot of the launcher, the jar, its libraries, the templates and assets demo-catalog copies,
#    and the benchmark class, so that a build in this working tree cannot change them mid-run.
rm -rf "$app"
mkdir -p "$app/target" "$app/bench-classes/org/jobspecs"
cp jobspecs "$app/"
cp target/jobspecs.jar "$app/target/"
cp -r target/lib "$app/target/lib"
cp -r templates assets "$app/"
cp -r target/test-classes/org/jobspecs/bench "$app/bench-classes/org/jobspecs/"

# 3. The benchmark.
exec java -cp "$app/bench-classes" org.jobspecs.bench.ServeBench --app "$app" --work "$work" "$@"
