#!/bin/sh
# Written by `jobspecs init --publish folder`. Builds the site and publishes it to a folder: the web
# server's document folder, or a share it reads. Run it from anywhere:
#
#     ./publish.sh /srv/www/jobs            (or set PUBLISH_TO=/srv/www/jobs)
#
# `jobspecs publish` copies only the files that changed and deletes only files an earlier publish
# wrote that the site no longer has; it never touches other files there (see the jobspecs guide,
# "Publishing"). For a server this computer cannot write to as a folder, publish to a local folder
# and copy that with rsync (without --delete, so files the web team put there stay), e.g.
#     rsync -a /srv/staging/jobs/ webuser@www.example.gov:/var/www/jobs/
#
# Run it every morning as well (cron: `17 6 * * * /path/to/site/publish.sh /srv/www/jobs`), so
# that job postings past their closing date drop out and adopted salary schedules come into force
# on their day with no one running it.
#
# How it gets jobspecs: JOBSPECS names the jobspecs launcher (the file `jobspecs` in the jobspecs
# folder, built once there with `mvn -q -DskipTests package`); by default the `jobspecs` on PATH.
set -eu
JOBSPECS="${JOBSPECS:-jobspecs}"
DEST="${1:-${PUBLISH_TO:-}}"
if [ -z "$DEST" ]; then
  echo "name the folder to publish to: ./publish.sh /srv/www/jobs (or set PUBLISH_TO)" >&2
  exit 2
fi
case "$DEST" in /*) ;; *) DEST="$(pwd)/$DEST" ;; esac
cd "$(dirname "$0")"
"$JOBSPECS" build --source . --out target/public
"$JOBSPECS" publish --from target/public --to "$DEST"
