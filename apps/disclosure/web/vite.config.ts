// The disclosure staff app: built into web/dist (served by the disclosure server at http://127.0.0.1:3200/staff/),
// or `pnpm --filter @zhengling/disclosure dev:web` with hot reload, proxying the API to a running disclosure server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3200';

export default defineConfig({
  root: import.meta.dirname,
  base: '/staff/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: { port: 5174, proxy: { '/trpc': api, '/annual-report': api } },
});
