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
COPY --from=bouw /bron/target/trede-*.jar /app/trede.jar
# Only a demo run (no spring.datasource.url) writes: its embedded PostgreSQL keeps its data in /app/data.
RUN mkdir -p /app/data && chown trede:trede /app/data
USER trede
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl --fail --silent --output /dev/null "http://localhost:${SERVER_PORT:-8080}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/trede.jar"]
