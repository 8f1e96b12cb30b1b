export declare const CHROMIUM_ARGS: string[];
/** A TCP port free on 127.0.0.1 right now. */
export declare function freePort(): Promise<number>;
export declare function startPreview(outDir: string, port?: number): Promise<{ origin: string; stop: () => void }>;
