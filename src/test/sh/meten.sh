#!/bin/bash
# What the measurement scripts share: the packaged jar on a port of their own, and a personal access token.
# Source it from the repository root, with POORT set; EXTRA adds options of the app (--trede.regels.werker.aantal=1, ...).
JAR=target/trede-0.1.0-SNAPSHOT.jar
B=http://localhost:$POORT
token() { # $1 user, $2 role: a personal access token made on /tokens, as a person does
  local jar=$(mktemp)
  local csrf=$(curl -s -c $jar -b $jar $B/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c $jar -b $jar -o /dev/null -d "username=$1&password=demo&_csrf=$csrf" $B/login
  csrf=$(curl -s -c $jar -b $jar $B/tokens | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c $jar -b $jar -d "naam=meting-$RANDOM&rol=$2&_csrf=$csrf" $B/tokens | grep -o 'id="nieuw-token">[^<]*' | sed 's/.*>//'
}
start() {
  java -jar $JAR --server.port=$POORT --trede.database.map=$1 --trede.regels.map=$2 ${EXTRA:-} > /tmp/meet-$POORT-app.log 2>&1 &
  APP=$!
  until curl -sf $B/actuator/health > /dev/null; do sleep 0.5; done
}
stop() { kill $APP; wait $APP 2>/dev/null; }
