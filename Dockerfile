# Used by docker-compose.yml: builds the jar, runs it on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS bouw
WORKDIR /bron
COPY pom.xml .
COPY .mvn .mvn
COPY src src
COPY db db
COPY rules rules
RUN mvn -DskipTests package

FROM eclipse-temurin:17-jre
# curl only for the HEALTHCHECK (the Temurin images no longer ship it); the app runs as 'trede', not root.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system trede \
 && useradd --system --gid trede --home-dir /app --no-create-home --shell /usr/sbin/nologin trede
WORKDIR /app
# /app/data holds the audit's signing key and record (data/audit), and in a demo run (no spring.datasource.url) the
# embedded PostgreSQL's data; docker-compose.yml gives it a volume of its own.
RUN mkdir -p /app/data && chown trede:trede /app/data
# The jar extracted, with a CDS archive of the classes a start loads (src/main/sh/startklaar.sh, with a training
# start): it starts in about half the time of java -jar on the packed jar (README, "Snelheid"). Made in this stage,
# by the JVM that runs the app, since an archive of another JVM is ignored; as root, so the app (trede) can read
# its code but not change it.
COPY src/main/sh/startklaar.sh /usr/local/bin/startklaar.sh
RUN --mount=type=bind,from=bouw,source=/bron/target,target=/bouw sh /usr/local/bin/startklaar.sh /bouw/trede-*.jar /app/trede
USER trede
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl --fail --silent --output /dev/null "http://localhost:${SERVER_PORT:-8080}/actuator/health" || exit 1
# A missing or unfitting archive is ignored (-Xshare:auto): trede still starts, only slower.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/trede/trede.jsa", "-jar", "/app/trede/trede.jar"]
