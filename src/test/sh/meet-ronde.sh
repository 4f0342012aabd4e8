#!/bin/bash
# Issue 14's run of 342 with everything stored, on the packaged jar over HTTP with a personal access token:
# POST /api/v1/beoordelingsrondes for the last half-year of a load test's national data set, WARM times untimed
# (default 150: the JIT compiles a run's code over the first hundred or so), then 40 timed; median and p95.
# Before each start that half-year's figures are imported again, untimed: the same figures as new rows are new
# input, so each start is a whole run (the same input again would give the open ronde back, 200).
# Needs the packaged jar (mvn -q package -DskipTests) and a load test's data (exec:exec@lastproef) in target/lastproef/,
# which is copied, not changed.
set -u
cd "$(dirname "$0")/../../.."
POORT=${POORT:-18187}
source src/test/sh/meten.sh
rm -rf /tmp/meet-ronde && mkdir -p /tmp/meet-ronde && cp -a target/lastproef/pg /tmp/meet-ronde/pg && cp -a target/lastproef/audit /tmp/meet-ronde/audit
start /tmp/meet-ronde/pg target/lastproef/rules
T=$(token toezichthouder TOEZICHTHOUDER)
PERIODE=$(curl -s -H "Authorization: Bearer $T" $B/api/v1/beoordelingsrondes | grep -o '"periode":"[0-9-]*"' | head -1 | cut -d'"' -f4)
CIJFERS=target/lastproef/huisvesting-$PERIODE.csv
ronde() { curl -s -o /dev/null -H "Authorization: Bearer $T" -H 'Content-Type: text/csv' --data-binary @$CIJFERS \
    $B/api/v1/invoer/huisvesting
  curl -s -o /dev/null -w "%{time_total} %{http_code}\n" -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
  -d "{\"periode\":\"$PERIODE\"}" $B/api/v1/beoordelingsrondes; }
for i in $(seq 1 ${WARM:-150}); do ronde > /dev/null; done
echo "load voor: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 40); do ronde; done | sort -n | awk -v periode="$PERIODE" '
  { t[NR] = $1 * 1000; if ($2 != 201) fout++ }
  END { printf "ronde van %s, 40 keer: mediaan %.0f ms, p95 %.0f ms, fouten %d\n", periode, (t[20] + t[21]) / 2, t[38], fout }'
echo "load na: $(cut -d' ' -f1-3 /proc/loadavg)"
stop
