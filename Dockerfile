# Used by docker-compose.yml: builds the jar, runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS bouw
WORKDIR /bron
COPY pom.xml .
COPY .mvn .mvn
COPY src src
COPY db db
COPY rules rules
RUN mvn -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=bouw /bron/target/trede-*.jar /app/trede.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/trede.jar"]
