// The supervision staff app: built into web/dist (served by the supervision server at http://127.0.0.1:3100/), or
// `pnpm dev` with hot reload, proxying the API to a running supervision server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3100';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: { port: 5173, proxy: { '/trpc': api, '/exports': api, '/attachments': api, '/calendar': api } },
});
