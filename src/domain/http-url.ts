/**
 * The address itself when it is an absolute http(s) URL, otherwise null: only these may become links
 * (never `javascript:`, `data:`, `vbscript:` or a relative/protocol-relative address). The API contract
 * already refuses other URLs; this keeps the rule where the link is drawn too.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}
