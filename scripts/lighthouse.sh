#!/usr/bin/env bash
# Lighthouse accessibility, best-practices and SEO scores of the demo site's home and class page.
# Needs: npm install -g lighthouse@12.8 ; apt-get install -y chromium ; mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8811}
./jobspecs serve --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync"
out=$(mktemp -d)
for page in "" "classes/7565/"; do
  lighthouse "http://127.0.0.1:$port/$page" --only-categories=accessibility,best-practices,seo \
    --output=json --output-path="$out/report.json" --quiet --chrome-flags="$flags"
  node -e '
    const r = require(process.argv[1]);
    const s = Object.entries(r.categories).map(([k, v]) => `${k} ${Math.round(v.score * 100)}`).join(", ");
    console.log(`/${process.argv[2]}: ${s}`);' "$out/report.json" "$page"
done
