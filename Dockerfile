# oes: the order execution gateway as a container.
#   docker build -t oes .
#   docker run --env-file .env -e OES_ALLOW_INSECURE_BIND=true \
#     -p 127.0.0.1:50051:50051 -p 127.0.0.1:9091:9091 oes           # a trial without API keys
#   docker run --env-file .env -v "$PWD/config/production.yaml:/etc/oes/config.yaml:ro" \
#     -p 50051:50051 -p 9091:9091 oes --config /etc/oes/config.yaml
# Configuration comes from the environment (see .env.example) or a mounted YAML file.

# --- build: the distribution oes-cli/target/oes.jar + oes-cli/target/lib/ ---
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# The cache mount keeps downloaded dependencies between builds without baking them into a layer.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package

# --- runtime: a JRE, the distribution, and nothing else of the build ---
FROM eclipse-temurin:21-jre AS runtime
# curl is for HEALTHCHECK only; the service itself needs nothing beyond the JRE.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system oes \
    && useradd --system --gid oes --home-dir /opt/oes --no-create-home --shell /usr/sbin/nologin oes \
    && mkdir -p /opt/oes /etc/oes /var/lib/oes \
    && chown oes:oes /var/lib/oes
WORKDIR /var/lib/oes
COPY --from=build /src/oes-cli/target/oes.jar /opt/oes/oes.jar
COPY --from=build /src/oes-cli/target/lib/ /opt/oes/lib/
COPY config/example.yaml /etc/oes/example.yaml
# The start-up archive (AppCDS) of this JRE and distribution, made by a short training run of
# `oes serve` (embedded default, loopback only, nothing kept) taking orders from `oes bench`
# for a few seconds (to its embedded simulator): about half the time to ready, and the order
# path's classes already loaded for the first orders.
# The entry point names it always, and a missing archive would switch class sharing off
# altogether, so when the training fails the JRE's own archive (the default) stands in.
COPY scripts/startup-archive.sh /opt/oes/startup-archive.sh
RUN bash -c 'source /opt/oes/startup-archive.sh \
        && oes_archive_train "$JAVA_HOME" /opt/oes/oes.jar /opt/oes/oes.jsa' \
    || cp "$JAVA_HOME/lib/server/classes.jsa" /opt/oes/oes.jsa

# In a container the gateway must listen beyond loopback to be reachable through -p.
ENV OES_HOST=0.0.0.0 \
    GRPC_PORT=50051 \
    HTTP_PORT=9091 \
    LOG_FORMAT=json

USER oes
EXPOSE 50051 9091
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${HTTP_PORT:-9091}/health/live" || exit 1
# -Xlog:cds=off: a stale archive (another JRE under a derived image) is silently not used.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/opt/oes/oes.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", "/opt/oes/oes.jar", "serve"]
