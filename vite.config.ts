/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { monacoPrefetch } from './scripts/monaco-prefetch.ts';
import { monacoWorkerImports } from './scripts/monaco-worker-imports.ts';
import { monacoSentinelError } from './scripts/monaco-sentinel-error.ts';
import { oasWriteValidator } from './scripts/oas-write-validator.ts';
import { precompressedAssets } from './scripts/precompressed-assets.ts';
import { nodeOnlyImports, pyodideAssets } from './scripts/plugin-runtime-assets.ts';
import { publicGatewaysJson, viteGatewayProxy } from './scripts/vite-gateway-proxy.ts';
import { BASIC_SECURITY_HEADERS } from './server/security-headers.mjs';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    plugins: [
      react(),
      tailwindcss(),
      monacoWorkerImports(),
      monacoSentinelError(),
      monacoPrefetch(),
      pyodideAssets(),
      precompressedAssets(),
      oasWriteValidator(),
      // The gateway is reached through this server, never directly from the page: Tyk's control API sends
      // no CORS headers, and the secret must stay on the server side.
      viteGatewayProxy(env),
    ],
    define: {
      // Only the URL reaches the page (to show which gateway it talks to); the secret never does.
      __GATEWAY_URL__: JSON.stringify(env.TYK_GATEWAY_URL ?? ''),
      __GATEWAY_BASE__: JSON.stringify(env.TYK_GATEWAY_BASE ?? ''),
      // Names and URLs of the gateways file's entries (never their secrets): the page's gateway switcher.
      __GATEWAYS__: JSON.stringify(publicGatewaysJson(env)),
    },
    server: { port: 5173, strictPort: true },
    // The built app under the production server's policy (the dev server's inline module preamble would break it).
    preview: { port: 4173, strictPort: true, headers: BASIC_SECURITY_HEADERS },
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
            include: ['src/domain/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/plugin-runtimes/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}', 'server/**/*.test.ts'],
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
