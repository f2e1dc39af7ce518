// Chromium's match patterns (`<scheme>://<host>/<path>`), as tabs.query and the permissions
// prompt read them: `*.host` takes the host and its subdomains, `*` in the path takes anything.
// Written here from the browser's documentation, apart from src/core/call-sites.ts, so the test
// checks the table against the browser's rule rather than against itself.

const PATTERN = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

export function matchesPattern(pattern: string, address: string): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : urlScheme !== scheme) return false;
  if (host !== '*') {
    const base = host.startsWith('*.') ? host.slice(2) : host;
    if (url.hostname !== base && !(host.startsWith('*.') && url.hostname.endsWith(`.${base}`))) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}
