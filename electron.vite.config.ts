import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: resolve(__dirname, 'electron/main/index.ts') } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module: Electron loads it as CommonJS.
      rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts'), output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve(__dirname, 'renderer/index.html') } },
    plugins: [react()],
  },
});
