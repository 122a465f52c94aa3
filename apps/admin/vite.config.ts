import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-plugins/precompress.ts';
import { typedDocuments } from './vite-plugins/typed-documents.ts';

/**
 * Packages only some pages load, kept out of the vendor file every page loads: dnd-kit for the pages that drag,
 * recharts and the packages only it depends on for the comparison's charts.
 */
const ON_DEMAND_PACKAGES = [
  '@dnd-kit',
  'recharts',
  'victory-vendor',
  'd3-',
  'internmap',
  '@reduxjs',
  'immer',
  'reselect',
  'react-redux',
  'es-toolkit',
  'decimal\\.js-light',
  'eventemitter3',
  'tiny-invariant',
];

// In development, /graphql goes to a running api (default: `PORT=3100 node apps/api/dist/main.js`);
// in production the api serves dist/ and /graphql on the same origin.
export default defineConfig({
  plugins: [typedDocuments(), react(), precompress()],
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
        // Libraries every page needs change rarely: one long-cached vendor file.
        codeSplitting: { groups: [{ name: 'vendor', test: new RegExp(`node_modules[\\\\/](?!${ON_DEMAND_PACKAGES.join('|')})`) }] },
      },
    },
  },
});
