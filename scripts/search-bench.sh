#!/usr/bin/env bash
# Search size-and-speed benchmark: jobspecs' static search export against Pagefind 1.6, on the demo
# site and on demo catalogs of 2,000 and 10,000 classes. Prints Markdown tables (build and index
# time, export size, files, largest file, cold one- and three-word query fetches and time in headless
# Chromium) and PASS/FAIL for the targets at 10,000 classes; exit 1 when a target fails.
#
#   scripts/search-bench.sh                       # everything (about 5-10 minutes on 2 cores)
#   scripts/search-bench.sh --sizes demo,2000     # a quicker run; also --builds N --runs N
#                                                 # --pagefind-runs N --one WORD --three "W W W"
#
# Needs Java 17, Maven, npm (Pagefind comes from the npm registry), and Debian's chromium and
# chromium-driver. Work files (built sites, Pagefind, a snapshot of the generator) go to
# $BENCH_DIR (default /tmp/jobspecs-search-bench), outside the repository; the report is also
# written to $BENCH_DIR/search-bench.md. The Java side is src/test/java/org/jobspecs/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/jobspecs-search-bench}
app="$work/app"
tools="$work/tools"
mkdir -p "$work" "$app" "$tools"

# 1. The generator and the benchmark class: built when missing or older than the sources.
bench_class=target/test-classes/org/jobspecs/bench/SearchBench.class
if [ ! -f target/jobspecs.jar ] || [ ! -f "$bench_class" ] \
   || [ -n "$(find src pom.xml -newer target/jobspecs.jar -print -quit)" ] \
   || [ -n "$(find src pom.xml -newer "$bench_class" -print -quit)" ]; then
  echo "[search-bench] mvn -q -DskipTests package" >&2
  mvn -q -DskipTests package >&2
fi
# The test classpath (Selenium and the rest), resolved by Maven once per pom.xml.
if [ ! -f "$app/classpath.txt" ] || [ pom.xml -nt "$app/classpath.txt" ]; then
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$app/classpath.txt" >&2
fi
# A snapshot of the jar, its libraries and the benchmark classes, so that a `mvn package` or
# `mvn clean` run meanwhile in this working tree cannot change them under a running benchmark.
rm -rf "$app/lib" "$app/bench-classes" "$app/jobspecs.jar"
cp target/jobspecs.jar "$app/"
cp -r target/lib "$app/lib"
mkdir -p "$app/bench-classes/org/jobspecs"
cp -r target/test-classes/org/jobspecs/bench "$app/bench-classes/org/jobspecs/"

# 2. Pagefind 1.6 from npm, outside the repository (its npm package carries the binary).
pagefind="$tools/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ] || ! "$pagefind" --version | grep -q '^pagefind 1\.6\.'; then
  echo "[search-bench] npm install pagefind@1.6" >&2
  npm install --prefix "$tools" --no-audit --no-fund --silent pagefind@1.6 >&2
fi

# 3. The benchmark.
exec java -cp "$app/bench-classes:$app/jobspecs.jar:$(cat "$app/classpath.txt")" org.jobspecs.bench.SearchBench \
  --root "$root" --work "$work" --jar "$app/jobspecs.jar" --pagefind "$pagefind" "$@"
