#!/bin/sh
# Makes a packaged trede jar ready to start the way production starts it (the Dockerfile and the load test use
# this script; README, "Snelheid"):
#   1. the jar extracted: trede.jar with its libraries beside it in lib/, read as plain jars instead of jars
#      inside a jar;
#   2. trede.jsa, a CDS archive of the classes a start loads, made from a training start: the JVM maps them
#      parsed and verified instead of reading and checking each one again at every start.
# Then start with
#   java -XX:SharedArchiveFile=MAP/trede.jsa -jar MAP/trede.jar [options]
# An archive that does not fit (made by another JVM, for another jar, or moved with MAP, since it names its jars
# by path) or that is missing is ignored without a word (-Xshare:auto): trede then starts as before, only slower.
#
# Usage: startklaar.sh JAR MAP
#   MAP is emptied first. Run it with the java that will run the app (JAVA=/path/to/bin/java, default: java).
set -eu
[ $# -eq 2 ] || { echo "Gebruik: startklaar.sh JAR MAP" >&2; exit 2; }
jar=$1
java=${JAVA:-java}
mkdir -p "$2"
map=$(cd "$2" && pwd)
if [ -n "$(ls -A "$map")" ] && [ ! -f "$map/trede.jar" ]; then
    echo "startklaar: $map is niet leeg en geen eerdere uitvoer van startklaar.sh; kies een lege map" >&2
    exit 2
fi
find "$map" -mindepth 1 -maxdepth 1 -exec rm -rf {} +

"$java" -Djarmode=tools -jar "$jar" extract --destination "$map" --application-filename trede.jar

# The training start: the context up to its refresh (embedded PostgreSQL, Liquibase, the rules, security, web),
# always on an embedded database of its own, never a configured one; then the JVM halts, before serving.
oefen="$map/oefenstart"
mkdir "$oefen"
gelukt=ja
(cd "$oefen" && "$java" -XX:DumpLoadedClassList="$oefen/klassen.lst" -Dspring.context.exit=onRefresh \
    -jar "$map/trede.jar" --spring.datasource.url= --trede.database.map="$oefen/pg" --server.port=0 \
    > "$oefen/start.log" 2>&1) || gelukt=nee
# That halt skips the app's own shutdown, so its PostgreSQL still runs: stop it (fast shutdown) and wait for it.
if [ -f "$oefen/pg/postmaster.pid" ]; then
    pid=$(head -n 1 "$oefen/pg/postmaster.pid")
    kill -INT "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
        sleep 0.2
    done
fi
if [ $gelukt = nee ]; then
    cat "$oefen/start.log" >&2
    echo "startklaar: de oefenstart is mislukt (log hierboven)" >&2
    exit 1
fi

# Without the lambda proxies: JDK 17.0.15 crashes archiving them (SystemDictionaryShared::
# adjust_lambda_proxy_class_dictionary). Every class is still archived; only the proxies are made at run time.
grep -v '^@lambda' "$oefen/klassen.lst" > "$oefen/klassen-zonder-lambdas.lst"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$oefen/klassen-zonder-lambdas.lst" \
        -XX:SharedArchiveFile="$map/trede.jsa" -cp "$map/trede.jar" > "$oefen/dump.log" 2>&1; then
    cat "$oefen/dump.log" >&2
    echo "startklaar: het CDS-archief kon niet worden gemaakt (log hierboven)" >&2
    exit 1
fi
rm -rf "$oefen"
