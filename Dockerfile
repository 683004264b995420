# The explorer's app image for docker compose; Neo4j runs in its own service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build --if-present
ENV NODE_ENV=production
EXPOSE 7400
# The command of `npm run serve` (its V8 flags included), without npm in between for signals.
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "server/cli/start.ts"]
