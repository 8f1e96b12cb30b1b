// Builds the Node server (server/main.ts → dist-server/main.mjs, and its synthetic-data loader) and, when it builds, the app's server entry
// (src/entry-server.tsx → dist-server/ssr/entry-server.mjs) that renders pages. Dependencies stay in node_modules.
// Usage: node scripts/build-server.mjs
import { build } from 'vite';

export async function buildServer({ quiet = false } = {}) {
  // A production build whoever calls (the server tests' setup runs under NODE_ENV=test, which would compile the
  // page renderer's JSX for development); the caller's NODE_ENV is put back after.
  const callerEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildBoth(quiet);
  } finally {
    if (callerEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerEnv;
  }
}

async function buildBoth(quiet) {
  await build({
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: 'dist-server',
      emptyOutDir: true,
      target: 'node20',
      copyPublicDir: false,
      rolldownOptions: {
        input: { main: 'server/main.ts', 'seed-synthetic': 'server/cli/seed-synthetic.ts' },
        output: { entryFileNames: '[name].mjs' },
      },
    },
  });
  try {
    await build({
      logLevel: 'silent',
      build: {
        ssr: 'src/entry-server.tsx',
        outDir: 'dist-server/ssr',
        emptyOutDir: true,
        target: 'node20',
        copyPublicDir: false,
        rolldownOptions: { output: { entryFileNames: 'entry-server.mjs' } },
      },
    });
  } catch (e) {
    // the server still runs: it renders its plain fallback pages (server/render/page-renderer.ts)
    if (!quiet)
      console.warn(`src/entry-server.tsx did not build (${String(e).split('\n')[0]}); pages use the fallback`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
