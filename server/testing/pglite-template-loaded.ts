import { pgliteTemplate } from './pglite-template';

/**
 * The seeded PGlite template's path, found or made while this module loads: for a caller that loads it through
 * Vite's `runnerImport` (playwright.server.config.ts), whose module runner is closed once the import returns, so
 * PGlite could not be imported later.
 */
export const template: string = await pgliteTemplate();
