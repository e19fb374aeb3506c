# The site as a container image. Build:   docker build -t ketamine-reference .
# Run (read-only, as the image's non-root user):
#   docker run --read-only --tmpfs /tmp -p 8080:8080 ketamine-reference
# Base images are build arguments so that the same file builds against other or local images
# (scripts/container-smoke-test uses Debian-based stand-ins where no registry is reachable).
# The build needs only a JDK: the Maven wrapper (mvnw) brings the Maven version the project names.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn ./.mvn
COPY src ./src
# The cache mount keeps downloaded dependencies between builds without putting them in a layer.
# Tests run in CI (./mvnw verify); here they are not even compiled. The jar is then split into
# layers, from the least to the most often changed, so that a new build usually ships only the
# application layer.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -Dmaven.test.skip=true package \
 && java -Djarmode=tools -jar target/ketamine-reference.jar extract --layers --destination extracted

FROM ${RUNTIME_IMAGE}
# OCI labels. The version, the commit and the repository come from the build command
# (docs/self-hosting.md):
#   --build-arg VERSION=$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)
#   --build-arg REVISION=$(git rev-parse HEAD) --build-arg SOURCE=<the repository's URL>
# The source has no default: only the builder knows where the code is published, and a made-up
# URL would send readers of the label to the wrong place. Not given, the label is empty.
ARG VERSION=unknown
ARG REVISION=unknown
ARG SOURCE
LABEL org.opencontainers.image.title="ketamine-reference" \
      org.opencontainers.image.description="An evidence-based, fully cited reference website on ketamine" \
      org.opencontainers.image.licenses="Apache-2.0 AND CC-BY-4.0" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}"
# A fixed user and group that no base image uses (Debian and Ubuntu start at 1000), so that file
# ownership and Kubernetes' runAsNonRoot checks are predictable.
RUN groupadd --gid 10001 site \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin site
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# The article. Mount a directory over /app/content to serve other content with the same image.
COPY content ./content
ENV REFERENCE_CONTENT_DIR=/app/content
# Class Data Sharing: a training run that starts the application context (loading and rendering
# the content) and exits before serving records the loaded classes, so that every later start
# maps them instead of loading and verifying them again. It starts as the ENTRYPOINT does, with
# the ahead-of-time bean definitions, so that the archive holds the classes a start really loads.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Xlog:cds=error -Dspring.context.exit=onRefresh -Dspring.aot.enabled=true -XX:+UseSerialGC -jar ketamine-reference.jar
# The built-in article, rendered now: a start reads these pages instead of rendering them again,
# which takes seconds in a fresh JVM. The file records what it was made from; with other content
# mounted over /app/content (or other settings) the application renders that content at start.
# The training run above rendered the content, so the archive serves such starts too.
RUN java -XX:+UseSerialGC -jar ketamine-reference.jar --prebuild=site.prebuilt
ENV REFERENCE_PREBUILT_SITE=/app/site.prebuilt
# Files stay owned by root: the application can read but never change its code or content.
USER 10001:10001
# 8080 the site, 8081 the management port (health, SBOM, metrics when switched on): publish only 8080.
EXPOSE 8080 8081
# curl ships in eclipse-temurin images and in the local stand-in; with a runtime image without
# curl, replace this check or rely on the platform's probes (Kubernetes uses its own).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-8081}/actuator/health/readiness" || exit 1
# The heap gets 60% of the container's memory limit, leaving room for metaspace, code and
# threads; on running out of memory the JVM exits so the platform restarts it in a clean state.
# The serial collector: the heap is small and a request allocates almost nothing, so it costs
# less memory and start time than G1, which the JVM would pick on a host with 2 GB and 2 CPUs
# (bench/memory compares them). Spring uses the bean definitions generated at build time
# (spring.aot.enabled) instead of working them out from the configuration classes at every start.
# Add JVM options with JAVA_TOOL_OPTIONS and settings with environment variables (see docs/self-hosting.md).
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-XX:MaxRAMPercentage=60", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dspring.aot.enabled=true", "-jar", "ketamine-reference.jar"]
