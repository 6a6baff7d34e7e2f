// The public web app: built to dist/web and served by the api on the same origin (`/`).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: process.env.WEB_OUT_DIR ?? fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Hashed file names: cached for a year by the api; index.html is never cached.
    assetsDir: 'assets',
    sourcemap: false,
    // .vite/manifest.json: which chunks each page loads (bench/web-size.js measures them).
    manifest: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
