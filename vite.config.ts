/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { monacoPrefetch } from './scripts/monaco-prefetch.ts';
import { monacoWorkerImports } from './scripts/monaco-worker-imports.ts';
import { oasWriteValidator } from './scripts/oas-write-validator.ts';
import { precompressedAssets } from './scripts/precompressed-assets.ts';
import { nodeOnlyImports, pyodideAssets } from './scripts/plugin-runtime-assets.ts';

/**
 * The gateway is reached through this server, never directly from the page: Tyk's control API sends
 * no CORS headers, and the secret must stay on the server side. Without TYK_GATEWAY_URL the page runs
 * its embedded gateway (MSW) instead.
 */
function gatewayProxy(env: Record<string, string>): Record<string, ProxyOptions> | undefined {
  const target = env.TYK_GATEWAY_URL;
  if (!target) return undefined;
  const secret = env.TYK_GATEWAY_SECRET ?? '';
  return {
    '/tyk': {
      target,
      changeOrigin: true,
      configure(proxy) {
        proxy.on('proxyReq', (req) => {
          req.setHeader('x-tyk-authorization', secret);
        });
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const proxy = gatewayProxy(env);
  return {
    plugins: [
      react(),
      tailwindcss(),
      monacoWorkerImports(),
      monacoPrefetch(),
      pyodideAssets(),
      precompressedAssets(),
      oasWriteValidator(),
    ],
    define: {
      // Only the URL reaches the page (to show which gateway it talks to); the secret never does.
      __GATEWAY_URL__: JSON.stringify(env.TYK_GATEWAY_URL ?? ''),
      __GATEWAY_BASE__: JSON.stringify(env.TYK_GATEWAY_BASE ?? ''),
    },
    server: { port: 5173, strictPort: true, ...(proxy ? { proxy } : {}) },
    preview: { port: 4173, strictPort: true, ...(proxy ? { proxy } : {}) },
    build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
    worker: { plugins: () => [nodeOnlyImports()] },
    test: {
      testTimeout: 30000,
      // The domain, the CLI and the scripts are plain Node code: a DOM for each of their files would only
      // cost start-up time. Everything that renders or fetches runs under jsdom.
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['src/domain/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/plugin-runtimes/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            setupFiles: ['./vitest.setup.ts'],
            css: false,
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/domain/**', 'src/cli/**', 'src/plugin-runtimes/**'],
          },
        },
      ],
    },
  };
});
