#!/bin/bash
# Issue 19's refusals on the packaged jar over HTTP: each attack of src/test/resources/aanval/ that the profile lets
# through (a chain of multiplications that runs past the time, a text that doubles past the heap) activated as user
# beleid; the time of the refusal, and the processor time of the app's workers in the second after it.
# Needs the packaged jar (mvn -q package -DskipTests).
set -u
cd "$(dirname "$0")/../../.."
POORT=18188
source src/test/sh/meten.sh
rm -rf /tmp/meet19 && mkdir -p /tmp/meet19 && cp -r rules /tmp/meet19/rules
start /tmp/meet19/pg /tmp/meet19/rules
werkers() { ps -eo cputimes,args | awk '/nl.trede.regels.werker.Werker/ && !/awk/ { s += $1 } END { print s + 0 }'; }
for aanval in kwadraat verdubbelen; do
  cp src/test/resources/aanval/$aanval.drl /tmp/meet19/rules/interventieladder/standaard/aanval.drl
  curl -s -o /dev/null -u beleid:demo -X POST $B/api/v1/regelsets/valideer
  uit=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -u beleid:demo -H 'Content-Type: application/json' \
    -d '{"reden": "meting: een aanval"}' $B/api/v1/regelsets/activeer)
  sleep 1; voor=$(werkers); sleep 1; na=$(werkers)
  echo "$aanval: status en tijd $uit s; processortijd van de werkers in de tweede seconde erna: $((na - voor)) s; gezondheid $(curl -s -o /dev/null -w '%{http_code}' $B/actuator/health); load $(cut -d' ' -f1-3 /proc/loadavg)"
  rm /tmp/meet19/rules/interventieladder/standaard/aanval.drl
done
stop
