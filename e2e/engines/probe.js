// Installed by the test harness at the start of every document, before the page's own scripts and outside its
// CSP (Playwright's init script, a WebDriver BiDi preload script in Firefox, a WebKitGTK user script in WebKit):
// records what the page itself would only print to a console that not every engine lets us read. The harness
// takes the records (window.__verdictProbe.take()) before each navigation and at the end of a test.
(() => {
  if (window.__verdictProbe) return;
  const records = [];
  const str = (v) => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (typeof v === 'string') return v;
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  };
  const where = (file, line) => (file ? ` (${file}:${line})` : '');
  Object.defineProperty(window, '__verdictProbe', {
    value: Object.freeze({ take: () => records.splice(0) }),
    enumerable: false,
  });
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      records.push(
        `csp: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${where(e.sourceFile, e.lineNumber)} ${e.sample || ''}`.trim(),
      ),
    true,
  );
  window.addEventListener(
    'error',
    (e) => {
      if (e instanceof ErrorEvent) records.push(`uncaught: ${e.message}${where(e.filename, e.lineno)}`);
      else if (e.target instanceof Element)
        records.push(`resource: <${e.target.localName}> ${e.target.src || e.target.href || ''} failed to load`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (e) => records.push(`unhandled rejection: ${str(e.reason)}`));
  const consoleError = console.error;
  console.error = function (...args) {
    records.push(`console.error: ${args.map(str).join(' ')}`);
    return consoleError.apply(this, args);
  };
})();
