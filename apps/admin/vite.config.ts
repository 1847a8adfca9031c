import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The browser talks only to the admin origin; /graphql and the jobs' file downloads (/files/…)
// are forwarded to the gateway.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: gateway, changeOrigin: true }, '/files/': { target: gateway, changeOrigin: true } };
const port = Number(process.env.ADMIN_PORT ?? 3000);

export default defineConfig({
  plugins: [react()],
  // Workspace packages from source, as the tests read them.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port, proxy },
  // `npm start` serves the built client; a taken port is an error, not a silent move to another.
  preview: { port, strictPort: true, proxy },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
});
