import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// `vite build web` writes the app to dist/web, where `recollect serve` finds it: index.html for the local app,
// class.html for the class server's pages (`recollect server`).
export default defineConfig({
  root,
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: { index: `${root}index.html`, class: `${root}class.html` },
    },
  },
});
