// Vite build of the explorer SPA: client/ → client/dist, served by the Express app; dev server proxies /api.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  // The shared room (zod schemas, contracts, export writers, query definitions), as tsconfig.json's paths name it.
  resolve: { alias: { "@domain": fileURLToPath(new URL("../server/domain", import.meta.url)) } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or data: URLs, so the app runs under a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: "127.0.0.1",
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
    proxy: { "/api": "http://127.0.0.1:7400" },
  },
});
