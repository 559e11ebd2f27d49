import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const adminDir = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.KINERJA_API_URL ?? 'http://localhost:4000';

// The console is served by the API under /admin; the GraphQL endpoint is /graphql on the same origin.
export default defineConfig({
  root: adminDir,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // react-compiler-runtime (used by graphiql) opens with "use no memo"; harmless once bundled.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('node_modules')) return;
        handler(level, log);
      },
      input: {
        console: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
        // The citizen's survey and complaint page, served without login at /admin/public.html.
        public: fileURLToPath(new URL('public.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
    },
  },
});
