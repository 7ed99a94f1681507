import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.STEWARD_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The API serves the built SPA in production; in development Vite serves it and forwards the
    // API (with WebSocket upgrades, for subscriptions).
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2000 },
});
