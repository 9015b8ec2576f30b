# Builds the idp and cpms binaries for compose.yaml. Only what is needed to run it ends up in the image.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin idp --bin cpms

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/idp /src/target/release/cpms /usr/local/bin/
RUN useradd --system --home /var/lib/idp idp && mkdir -p /var/lib/idp/keys /var/lib/idp/data /var/lib/idp/cpms && chown -R idp /var/lib/idp
USER idp
WORKDIR /var/lib/idp
ENV IDP_LISTEN=0.0.0.0:8080 IDP_DATA_DIR=/var/lib/idp/data IDP_KEYS_DIR=/var/lib/idp/keys
EXPOSE 8080
ENTRYPOINT ["idp"]
CMD ["serve"]
