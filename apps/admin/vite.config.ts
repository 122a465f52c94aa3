import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development, /graphql goes to a running api (default: `PORT=3100 node apps/api/dist/main.js`);
// in production the api serves dist/ and /graphql on the same origin.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.PANELIST_API_URL ?? 'http://localhost:3100' } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries every page needs change rarely: one long-cached vendor file. dnd-kit stays with the set builder.
        advancedChunks: { groups: [{ name: 'vendor', test: /node_modules[\\/](?!@dnd-kit)/ }] },
      },
    },
  },
});
