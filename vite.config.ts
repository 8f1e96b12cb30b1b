import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const THEME_SCRIPT = fileURLToPath(new URL('./src/theme-script.js', import.meta.url));
const THEME_PLACEHOLDER = /<!-- verdict:theme-script [^>]*-->/;

/**
 * index.html's head, as a page is served:
 * - the script that sets the theme before the first paint (src/theme-script.js) is inlined, and the
 *   Content-Security-Policy allows it by its hash, no other inline script. As a file it was a render-blocking
 *   request before the first paint: Lighthouse's phone counted 313 ms for it, and FCP fell from 1.74–1.84 s to
 *   1.71–1.73 s without it;
 * - in a build, VITE_API_URL's origin joins connect-src; the dev server drops the policy (its React refresh
 *   preamble is an inline script).
 */
function documentHead(): Plugin {
  let apiUrl: string | undefined;
  return {
    name: 'verdict-document-head',
    configResolved(config) {
      apiUrl = (config.env.VITE_API_URL as string | undefined) || undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!THEME_PLACEHOLDER.test(html)) throw new Error('index.html: the theme script placeholder is missing');
        const script = readFileSync(THEME_SCRIPT, 'utf8');
        let out = html.replace(THEME_PLACEHOLDER, () => `<script>${script}</script>`);
        if (ctx.server) return out.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
        const hash = createHash('sha256').update(script).digest('base64');
        out = out.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
        if (apiUrl) out = out.replace("connect-src 'self'", `connect-src 'self' ${new URL(apiUrl).origin}`);
        return out;
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), documentHead()],
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
