// The API's address as a client is given it: an http(s) origin and nothing else. Read with the URL parser (the
// one every runtime sends with), refused when it carries a user name or password (they would be printed with
// every redacted URL), a path, a query or a fragment, and kept in the parser's canonical form, so the address
// checked is the address sent, and one server is one per-site gate (`HTTPS://API.clicky.com:443/` is
// `https://api.clicky.com`).

export const BASE_URL_RULE =
  'must be an http(s) origin such as https://api.clicky.com (no user name, password, path, query or fragment)';

/** The canonical origin `value` names, or undefined when it is not an http(s) origin alone. */
export function baseUrlOrigin(value: unknown): string | undefined {
  // Printable ASCII without \ @ ? #: the parser would read a backslash as a slash, drop tabs and newlines, and
  // take what precedes an @ as credentials.
  if (typeof value !== 'string' || value.length > 2048 || !/^[\x21-\x7e]+$/.test(value) || /[\\@?#]/.test(value))
    return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const plain = (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/';
  return plain && url.username === '' && url.password === '' && url.search === '' && url.hash === ''
    ? url.origin
    : undefined;
}
