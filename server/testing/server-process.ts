import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  /** every line it printed */
  lines: string[];
  /** SIGTERM, and the exit code once it has stopped */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs the built server (dist-server/main.mjs) on a free port and resolves once it listens. */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [resolve('dist-server/main.mjs')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: 'no-client-build', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const origin = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${lines.join('\n')}`)), timeoutMs);
    let buf = '';
    const onData = (chunk: Buffer) => {
      buf += chunk.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        lines.push(line);
        if (line.includes('"msg":"listening"')) {
          clearTimeout(timer);
          ok((JSON.parse(line) as { url: string }).url);
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before listening:\n${lines.join('\n')}`));
    });
  });
  return {
    origin,
    child,
    lines,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * A fetch with one cookie jar per reader name, as a browser profile would keep it. `origin` may be changed (a
 * restarted server on a new port): the jars stay.
 */
export function cookieClient(initialOrigin: string) {
  const jars = new Map<string, string>();
  const state = { origin: initialOrigin };
  const request = async (path: string, init: RequestInit = {}, reader?: string): Promise<Response> => {
    // an absolute URL goes elsewhere (another process) with the same jar
    const url = /^https?:/.test(path) ? path : state.origin + path;
    const headers = new Headers(init.headers);
    const jar = reader ? jars.get(reader) : undefined;
    if (jar) headers.set('cookie', jar);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    const set = res.headers.getSetCookie();
    if (reader && set.length) jars.set(reader, set.map((c) => c.split(';')[0]).join('; '));
    return res;
  };
  return Object.assign(request, { state, cookie: (reader: string) => jars.get(reader) ?? '' });
}
