#!/bin/bash
# Issue 10's two speed figures on the packaged jar over HTTP:
# 1. a runaway candidate rule set refused (time of POST /api/v1/regelsets/activeer), health polled meanwhile;
# 2. /api/v1/audit/verificatie per view after a checkpoint, on a chain grown past 20,000 receipts. Views only read;
#    the checkpoint they start from is the one a full check leaves (POST /api/v1/audit/controlepunt?volledig=true).
set -u
cd "$(dirname "$0")/../../.."
# Needs the packaged jar (mvn -q package -DskipTests) and, for part 2, the data of a load test run
# (mvn -q -Pbench package -DskipTests exec:exec@lastproef) in target/lastproef/.
POORT=18186
source src/test/sh/meten.sh

echo "== runaway candidate"
rm -rf /tmp/meet10 && mkdir -p /tmp/meet10 && cp -r rules /tmp/meet10/rules
start /tmp/meet10/pg /tmp/meet10/rules
# The runaway of RegelbudgetTest: a rule whose consequence inserts the fact that makes it fire again.
cp src/test/resources/aanval/kringloop.drl /tmp/meet10/rules/interventieladder/standaard/kringloop.drl
( while [ ! -f /tmp/meet10/klaar ]; do curl -s -o /dev/null -w "%{http_code}\n" $B/actuator/health >> /tmp/meet10/gezond; sleep 0.2; done ) &
curl -s -u beleid:demo -H 'Content-Type: application/json' -d '{"reden": "aanval"}' \
     -w "\nstatus %{http_code}, %{time_total} s\n" $B/api/v1/regelsets/activeer | tail -c 400
touch /tmp/meet10/klaar; sleep 0.5
echo "health during: $(sort /tmp/meet10/gezond | uniq -c | tr '\n' ' ')"
stop

echo "== verification"
start target/lastproef/pg target/lastproef/rules
T=$(token toezichthouder TOEZICHTHOUDER); A=$(token auditor AUDITOR)
aantal() { curl -s -H "Authorization: Bearer $A" $B/api/v1/audit/verificatie | grep -o '"aantal":[0-9]*' | head -1; }
echo "receipts before: $(aantal)"
for p in 2014-1 2014-2 2015-1 2015-2 2016-1 2016-2 2017-1 2017-2 2018-1 2018-2; do
  for i in 1 2 3 4; do
    curl -s -o /dev/null -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
         -d "{\"periode\": \"$p\"}" $B/api/v1/beoordelingsrondes
  done
done
echo "receipts after: $(aantal)"
curl -s -o /dev/null -w "full walk (?volledig=true): %{time_total} s\n" -H "Authorization: Bearer $A" "$B/api/v1/audit/verificatie?volledig=true"
curl -s -o /dev/null -w "full walk leaving a checkpoint (POST): %{time_total} s\n" -H "Authorization: Bearer $A" -X POST \
     "$B/api/v1/audit/controlepunt?volledig=true"
for i in $(seq 1 21); do
  curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $A" $B/api/v1/audit/verificatie
done | tail -20 | sort -n | awk '{a[NR]=$1} END {print "view after the checkpoint, median of 20: " a[10]*1000 " ms, max " a[20]*1000 " ms"}'
stop
uptime
