# Builds the idp and cpms binaries for compose.yaml. Only what is needed to run it ends up
# in the image. .dockerignore keeps target/, .git and any local keys, data or secrets out
# of the build context.
FROM rust:1.95.0-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin idp --bin cpms

# bookworm-slim is a moving tag on purpose: a rebuild picks up Debian's security updates.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/idp /src/target/release/cpms /usr/local/bin/
RUN useradd --system --home /var/lib/idp idp && mkdir -p /var/lib/idp/keys /var/lib/idp/data /var/lib/idp/cpms && chown -R idp /var/lib/idp
USER idp
WORKDIR /var/lib/idp
ENV IDP_LISTEN=0.0.0.0:8080 IDP_DATA_DIR=/var/lib/idp/data IDP_KEYS_DIR=/var/lib/idp/keys IDP_LOG_FORMAT=json
EXPOSE 8080
# No curl in the image: `idp health` asks /readyz at IDP_LISTEN (exit 0 ready, 1 not).
HEALTHCHECK --interval=10s --timeout=8s --start-period=30s --retries=3 CMD ["idp", "health"]
ENTRYPOINT ["idp"]
CMD ["serve"]
