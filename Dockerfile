# ct-bot container image: built on a full Node image (native better-sqlite3 needs a compiler),
# run on a slim one with production dependencies only, as a non-root user.
#
# Base images are pinned to an exact Node.js version; NODE_VERSION defaults to the version CI
# tests with. Node 20 reached end of life on 30 April 2026; to build on a supported line:
#   docker build --build-arg NODE_VERSION=22.<minor>.<patch> -t ct-bot .
# To pin the exact image bytes as well, append the digest to both FROM lines, e.g.
#   FROM node:${NODE_VERSION}-bookworm@sha256:<digest> AS build
# where <digest> is what `docker buildx imagetools inspect node:<version>-bookworm` (or
# `skopeo inspect docker://node:<version>-bookworm`) prints; a digest outranks the tag, so
# update both together.
ARG NODE_VERSION=20.20.2

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off until the sources are in: `prepare` builds them. better-sqlite3's install script
# would try a prebuilt binary first; its own `build-release` script runs node-gyp alone, here
# against the headers this base image ships in /usr/local/include/node, so the build downloads
# nothing but npm packages (no prebuilt binary, no Node.js headers tarball).
RUN npm ci --ignore-scripts \
 && cd node_modules/better-sqlite3 \
 && npm run build-release -- --nodedir=/usr/local
# Everything .dockerignore lets through: sources, tsconfig files, content.
COPY . ./
# Build, drop dev dependencies, then better-sqlite3's build leftovers (SQLite's amalgamation in
# deps/, the C++ sources, object files, the static sqlite3.a, the test extension): the runtime
# loads build/Release/better_sqlite3.node only.
RUN npm run build && npm prune --omit=dev \
 && cd node_modules/better-sqlite3 \
 && mv build/Release/better_sqlite3.node /tmp/ \
 && rm -rf build deps src binding.gyp \
 && mkdir -p build/Release \
 && mv /tmp/better_sqlite3.node build/Release/

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY content ./content
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `serve`: the long-running bot for the platforms the environment configures; it exits with a
# message naming the variables to set when none is configured.
CMD ["node", "dist/bin/ct-bot.js", "serve"]
