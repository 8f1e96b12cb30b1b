import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy meta tag in index.html: in a build, VITE_API_URL's origin joins connect-src; the dev
 * server drops the tag (its React refresh preamble is an inline script).
 */
function contentSecurityPolicy(): Plugin {
  let apiUrl: string | undefined;
  return {
    name: 'verdict-csp',
    configResolved(config) {
      apiUrl = (config.env.VITE_API_URL as string | undefined) || undefined;
    },
    transformIndexHtml(html, ctx) {
      if (ctx.server) return html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
      if (!apiUrl) return html;
      return html.replace("connect-src 'self'", `connect-src 'self' ${new URL(apiUrl).origin}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
  // No inline modulepreload polyfill: the CSP allows no inline script.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      polyfill: false,
      // A lazy chunk's dependencies are preloaded with it, but never the entry chunk: the page's own script has it
      // loaded already, and Firefox reports a modulepreload of the running entry as a resource that failed to load.
      resolveDependencies: (_file, deps) => deps.filter((d) => !/(^|\/)index-[\w-]+\.js$/.test(d)),
    },
  },
});
