# syntax=docker/dockerfile:1
# Multi-stage: build everything once, ship only the compiled server, the built client and
# production dependencies. Runs as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY shared shared
COPY server server
COPY client client
COPY migrations migrations
RUN npm run build

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
# Production dependencies of the server only; the client ships as static files.
RUN npm ci --omit=dev --workspace server --include-workspace-root=false --no-audit --no-fund

FROM node:20-bookworm-slim
# Each sign-in's argon2 hash takes 19 MiB in a libuv thread; with glibc's default (dynamic) mmap
# threshold those blocks stay in the threads' arenas after use (+80 MiB after 8 concurrent
# sign-ins, measured). A fixed threshold hands them back to the system.
ENV NODE_ENV=production PORT=3000 MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/shared/package.json shared/
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations run at start (and `node server/dist/server/src/cli/migrate.js` runs them alone).
# Node flags as `npm start` (server/package.json `start:prod`) has them; the README says why.
CMD ["node", "--heap-growing-percent=25", "server/dist/server/src/main.js"]
