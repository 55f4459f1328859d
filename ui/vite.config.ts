import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// The UI is served to the Tauri webview under a strict CSP (script-src and
// style-src 'self'): everything must end up in files, nothing inlined.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  envPrefix: ['VITE_', 'TAURI_ENV_'],
  server: {
    port: 5173,
    strictPort: true,
    // Messages are read from the repository's locales/ (shared with Rust).
    fs: { allow: ['.', '../locales'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Tauri's webviews: WebView2 (Chromium) on Windows, WebKit elsewhere.
    target: ['es2022', 'chrome105', 'safari15'],
    // Never turn assets into data: URIs; the CSP is clearer with plain files.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
    // Vitest blanks CSS by default; the contrast test reads the theme's colours.
    css: { include: [/theme\.css/] },
  },
});
