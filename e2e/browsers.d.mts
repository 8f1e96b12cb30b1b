export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: Engine[];
export declare const CHROMIUM_ARGS: string[];
export interface Found {
  engines: Engine[];
  missing: { engine: Engine; what: string; env: string; apt: string[] }[];
  /** missing, with a slower stand-in found at `path` (the full Chromium for its headless shell) */
  standIns: { engine: Engine; what: string; env: string; apt: string[]; path: string }[];
  chromium: string | null;
  firefox: string | null;
  webkitDriver: string | null;
  webkitPython: string | null;
  xvfb: string | null;
}
export declare function chosenEngines(value?: string): Engine[];
export declare function findBrowsers(engines?: Engine[], options?: { fallbacks?: boolean }): Found;
export declare function ensureBrowsers(engines?: Engine[]): Found;
export declare function ensureBrowser(): string;
