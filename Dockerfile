# The site as a container image. Build, for the URL it will serve (below, REFERENCE_BASE_URL):
#   docker build -t ketamine-reference --build-arg REFERENCE_BASE_URL=https://reference.example.org .
# Run (read-only, as the image's non-root user):
#   docker run --read-only --tmpfs /tmp -p 8080:8080 ketamine-reference
# Base images are build arguments so that the same file builds against other or local images
# (scripts/container-smoke-test uses Debian-based stand-ins where no registry is reachable).
# The build needs only a JDK: the Maven wrapper (mvnw) brings the Maven version the project names.
# The jar is built on Java 17 (the README's JDK) and runs on Java 25, for its ahead-of-time cache
# (below); the tests run on 17, and PackagedJarIT also starts the jar on 25 where one is installed.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

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
# The site's public URL and its feedback URL (docs/self-hosting.md), which the prebuilt pages
# carry (canonical links, JSON-LD, the sitemap, the feed, the section pages' feedback link): build
# the image for the URL it will serve, --build-arg REFERENCE_BASE_URL=https://..., and its starts
# read the pages prebuilt below. Set here, they are also the image's settings at run time; a start
# with others (-e REFERENCE_BASE_URL=...) renders the content at start, correctly but slower.
# Without a feedback URL the variable is set and empty, which the application and the entrypoint
# take as unset.
ARG REFERENCE_BASE_URL=http://localhost:8080
ARG REFERENCE_FEEDBACK_URL=
ENV REFERENCE_BASE_URL=${REFERENCE_BASE_URL} \
    REFERENCE_FEEDBACK_URL=${REFERENCE_FEEDBACK_URL}
# The built-in article, rendered now: a start reads these pages instead of rendering them again,
# which takes seconds in a fresh JVM. The file records what it was made from; with other content
# mounted over /app/content (or other settings) the application renders that content at start.
RUN java -XX:+UseSerialGC -jar ketamine-reference.jar --prebuild=site.prebuilt
ENV REFERENCE_PREBUILT_SITE=/app/site.prebuilt
# The ahead-of-time caches (JEP 483, 514 and 515): a training run starts the application context
# as the image does and exits before serving; it records the classes the start loaded, already
# linked, and the methods it ran most, and every later start loads them from the cache instead of
# loading, verifying and profiling them again. A start loads every class in its cache, so there
# are two, one for each kind of start (src/main/docker/aot-training): application.aot, trained on
# a start that reads the prebuilt site (without rendering's classes: 59 instead of 81 MB, and
# less resident memory, bench/README.md), and rendering.aot, trained on a start that renders the
# content, for a start with other content mounted (a fifth less CPU than with the first cache).
# The entrypoint (src/main/docker/start) picks the one that fits by comparing the content's
# SHA-256 sums and the settings the pages carry (REFERENCE_BASE_URL, REFERENCE_FEEDBACK_URL) with
# those recorded here: the operator does nothing. Both runs use the ENTRYPOINT's ahead-of-time
# bean definitions and collector.
COPY src/main/docker/start src/main/docker/aot-training ./
RUN ./start --record-content && ./aot-training ketamine-reference.jar site.prebuilt
# Files stay owned by root: the application can read but never change its code or content.
USER 10001:10001
# 8080 the site, 8081 the management port (health, SBOM, metrics when switched on): publish only 8080.
EXPOSE 8080 8081
# curl ships in eclipse-temurin images and in the local stand-in; with a runtime image without
# curl, replace this check or rely on the platform's probes (Kubernetes uses its own).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-8081}/actuator/health/readiness" || exit 1
# Memory (bench/README.md has the measurements): a fixed heap of 96 MiB, whatever the container's
# limit. The serial collector grows the old generation to its maximum before it first collects it,
# so the maximum is what the process holds in the long run: about 96 MiB plus the 120 MiB the rest
# of the JVM takes under load (the AOT cache, compiled code, class metadata, the JVM itself,
# threads). 96 MiB holds the site (about 20 MiB live), the socket buffers of the 512 connections
# the server accepts (72 KiB each, 36 MiB; application.properties) and the young generation; with
# less, a flood of connections runs the heap out and the JVM exits (bench/memory opens 1,000).
# A fixed young generation of 24 MB lets a request's garbage die young (with the default 2 MB at
# start, almost everything was promoted, the old generation filled with it and the collector ran
# 15 times as often). glibc gives malloc two arenas instead of eight per core, and the JVM hands
# freed native memory (the JIT compilers' peaks) back every 5 s. On running out of memory the JVM
# exits so the platform restarts it in a clean state.
# The serial collector: the heap is small and a request allocates almost nothing, so it costs
# less memory and start time than G1, which the JVM would pick on a host with 2 GB and 2 CPUs
# (bench/memory compares them). Spring uses the bean definitions generated at build time
# (spring.aot.enabled) instead of working them out from the configuration classes at every start.
# Add JVM options with JAVA_TOOL_OPTIONS and settings with environment variables (see docs/self-hosting.md);
# a larger heap (a larger site, more connections) with _JAVA_OPTIONS=-Xmx..., which wins over these flags.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["/app/start", "java", "-Xmx96m", "-Xmn24m", "-XX:TrimNativeHeapInterval=5000", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dspring.aot.enabled=true", "-jar", "ketamine-reference.jar"]
