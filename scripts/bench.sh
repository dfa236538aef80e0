#!/usr/bin/env bash
# Build benchmark (issues 6 and 15): jobspecs against stock JBake 2.7.0 and Hugo + Pagefind on demo catalogs.
#
#   scripts/bench.sh                                   # sizes 1,300,2000,10000, 5 cold runs each (~15-25 min on 2 cores)
#   scripts/bench.sh --sizes 1,10000,100000 --runs 1 --jbake-max 0
#                                                      # issue 15's 100,000 classes (built again with -Xmx1g; ~30 min)
#   scripts/bench.sh --sizes 1,300,2000 --runs 3       # quicker; also --jbake-runs N (default 3),
#                                                      # --jbake-max N (largest size baked with stock JBake, default 2000),
#                                                      # --no-peers (jobspecs only), --date YYYY-MM-DD,
#                                                      # --versions (catalogs with earlier versions, issue 14; jobspecs only)
#   scripts/bench.sh --jmh [JMH options]               # the JMH benchmarks of the hot parts instead
#   scripts/bench.sh --sizes 2000 --budget 039f116 --no-peers
#                                                      # issue 13's budget: 2,000 classes within 10 % of the build of
#                                                      # git revision 039f116 (before issue 13) on its own demo catalog,
#                                                      # runs interleaved (the revision is built into $BENCH_DIR)
#
# Installs what is missing: Hugo from Debian (apt-get, when root), Pagefind 1.6.0 from npm into
# ~/.cache/jobspecs-bench (outside the repository). Builds the jar, the stock JBake runner
# (bench/jbake-stock) and the benchmark classes; copies the jar and its libraries to $BENCH_DIR/app
# so that a build in this working tree cannot change them mid-run. Catalogs, peer sources and
# outputs go to $BENCH_DIR (default /tmp/jobspecs-bench). Prints Markdown tables and PASS/FAIL per
# target on stdout (also written to $BENCH_DIR/bench.md), progress on stderr; exit 1 when a target fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/jobspecs-bench}
tools=${JOBSPECS_BENCH_TOOLS:-$HOME/.cache/jobspecs-bench}
pagefind_version=1.6.0
mkdir -p "$work" "$tools"
log() { echo "[bench] $*" >&2; }

# 1. The generator (with the benchmark classes) and the test classpath.
log "mvn package (jobspecs, benchmark classes)"
mvn -q -DskipTests -Djobspecs.demo.skip=true package >&2
if [ ! -f "$work/classpath.txt" ] || [ pom.xml -nt "$work/classpath.txt" ]; then
  mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >&2
fi
# snapshot SRC DEST: the launcher, jar, libraries, templates and assets of the built tree SRC copied to DEST.
snapshot() {
  local src=$1 dest=$2
  rm -rf "$dest" && mkdir -p "$dest/target"
  cp -rp "$src/jobspecs" "$src/templates" "$src/assets" "$dest/"   # demo-catalog copies templates/ and assets/ from beside the launcher
  cp -rp "$src/target/jobspecs.jar" "$src/target/lib" "$dest/target/"
  # The class-data-sharing archive names the jars by their absolute paths: make the snapshot's own, as
  # mvn package does (a build of the bundled sources lists the classes it loads; -Xshare:dump archives them).
  if [ -f "$src/target/jobspecs.jsa" ]; then
    log "class-data-sharing archive for the snapshot $dest"
    JAVA_OPTS="-XX:DumpLoadedClassList=$dest/target/jobspecs.classlist" \
      "$dest/jobspecs" build --source "$src" --out "$dest/cds-training" >/dev/null 2>&1
    rm -rf "$dest/cds-training"
    java -Xshare:dump -XX:SharedClassListFile="$dest/target/jobspecs.classlist" \
      -XX:SharedArchiveFile="$dest/target/jobspecs.jsa" -XX:+UseSerialGC -cp "$dest/target/jobspecs.jar" >/dev/null 2>&1
  fi
}
snapshot "$root" "$work/app"
mkdir -p "$work/app/bench-classes/org/jobspecs"
cp -r target/test-classes/org/jobspecs/bench "$work/app/bench-classes/org/jobspecs/"
cp=$work/app/bench-classes:$work/app/target/jobspecs.jar:$(cat "$work/classpath.txt")

if [ "${1:-}" = "--jmh" ]; then
  shift
  log "JMH: org.jobspecs.bench.*Jmh (1 fork, short iterations; pass JMH options to change)"
  # Short defaults, each unless given on the command line (JMH refuses an option twice).
  jmh=()
  for d in "-f 1" "-wi 3" "-w 2s" "-i 5" "-r 2s"; do
    given=no
    for a in "$@"; do [ "$a" = "${d%% *}" ] && given=yes; done
    [ $given = no ] && jmh+=($d)
  done
  # JMH finds its generated classes and benchmark list in target/test-classes.
  exec java -cp "$root/target/test-classes:$root/target/classes:$(cat "$work/classpath.txt")" org.openjdk.jmh.Main \
    "${jmh[@]}" "$@" 'org.jobspecs.bench.*Jmh.*'
fi

peers=yes
for a in "$@"; do [ "$a" = "--no-peers" ] || [ "$a" = "--versions" ] && peers=no; done
args=()
# Issue 13's budget: the revision given is built from its own sources (git archive) into $work.
budget=""
prev=""
for a in "$@"; do [ "$prev" = "--budget" ] && budget=$a; prev=$a; done
if [ -n "$budget" ]; then
  rev=$(git rev-parse --short "$budget")
  if [ ! -f "$work/budget-$rev/app/target/jobspecs.jar" ]; then
    log "mvn package of $rev (issue 13's budget)"
    rm -rf "$work/budget-$rev" && mkdir -p "$work/budget-$rev/src"
    git archive "$rev" | tar -x -C "$work/budget-$rev/src"
    (cd "$work/budget-$rev/src" && mvn -q -DskipTests package >&2)
    snapshot "$work/budget-$rev/src" "$work/budget-$rev/app"
  fi
  args+=(--budget-app "$work/budget-$rev/app")
fi
if [ $peers = yes ]; then
  # 2. Hugo (Debian) and Pagefind (npm, pinned) when missing.
  if ! command -v hugo >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      log "apt-get install hugo"
      (apt-get install -y hugo >&2 || { apt-get update >&2 && apt-get install -y hugo >&2; })
    else
      echo "Hugo is missing: install Debian's package hugo (sudo apt-get install hugo), or run with --no-peers." >&2; exit 2
    fi
  fi
  pagefind="$tools/node_modules/.bin/pagefind"
  if [ ! -x "$pagefind" ] || ! "$pagefind" --version | grep -q "^pagefind $pagefind_version\$"; then
    log "npm install pagefind@$pagefind_version into $tools"
    npm install --prefix "$tools" --no-audit --no-fund --silent "pagefind@$pagefind_version" >&2
  fi
  # 3. Stock JBake 2.7.0 with OrientDB: a project of its own.
  log "mvn package (bench/jbake-stock)"
  (cd bench/jbake-stock && mvn -q -DskipTests package >&2)
  args+=(--jbake-jar "$root/bench/jbake-stock/target/jbake-stock.jar" --pagefind "$pagefind" --hugo "$(command -v hugo)")
fi
log "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -cp "$cp" org.jobspecs.bench.BuildBench --root "$root" --work "$work" --app "$work/app" "${args[@]}" "$@"
