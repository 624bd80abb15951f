import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Chunks beside the entry, not in out/main/chunks/: shared/export finds resources/fonts two folders up from
      // its own file, as it does from out/cli/.
      rollupOptions: { input: resolve(__dirname, 'electron/main/index.ts'), output: { chunkFileNames: '[name]-[hash].js' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but a few Electron modules, so everything it uses (the contract's
      // channel list, zod) is bundled into it, and it is CommonJS: Electron cannot load a sandboxed ES module preload.
      externalizeDeps: false,
      rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts'), output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset addresses (./assets/...): the same build is served at app://app/ in Electron and under the
    // per-run secret (/<secret>/) by the web host, and must work under both.
    base: './',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves code unminified; the window parses this script on every start (1.1 MB → ~0.4 MB).
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react()],
  },
});
