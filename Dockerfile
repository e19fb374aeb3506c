# Multi-stage build: Maven inside the build stage, a JRE in the runtime stage.
# Base images are build arguments so the same file builds against local stand-ins.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
COPY content ./content
RUN mvn -B -ntp -q -DskipTests package

FROM ${RUNTIME_IMAGE}
WORKDIR /app
COPY --from=build /build/target/ketamine-reference.jar /app/ketamine-reference.jar
COPY content /app/content
EXPOSE 8080
ENV REFERENCE_CONTENT_DIR=/app/content
ENTRYPOINT ["java", "-jar", "/app/ketamine-reference.jar"]
