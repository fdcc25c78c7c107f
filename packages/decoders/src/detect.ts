// Which format a body is in, from its Content-Type or, failing that, its first bytes.
import type { Format } from './result.ts';

/** The format a Content-Type names, if it names one. */
export function formatFromContentType(contentType: string | undefined): Format | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (
    type.endsWith('/json') ||
    type.endsWith('+json') ||
    type === 'application/javascript' ||
    type === 'text/javascript'
  )
    return 'json';
  if (type.endsWith('/xml') || type.endsWith('+xml')) return 'xml';
  if (type === 'text/csv') return 'csv';
  if (type === 'application/vnd.php.serialized' || type === 'application/x-php-serialized') return 'php';
  return undefined; // text/plain and text/html say nothing: look at the body
}

/** The format a body's first characters show: < XML, [ or { JSON (or a JSONP wrapper), a: or N; PHP, else CSV. */
export function formatFromBody(body: string): Format {
  let i = body.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < body.length && ' \t\r\n'.includes(body[i] as string)) i++;
  const c = body[i];
  if (c === '<') return 'xml';
  if (c === '[' || c === '{') return 'json';
  if (/^(?:[abdisN]:|N;)/.test(body.slice(i, i + 2))) return 'php';
  if (/^(?:var\s+)?[A-Za-z_$][\w.$]*\s*(?:\(|=)/.test(body.slice(i, i + 200))) return 'json'; // JSONP
  return 'csv';
}

export function detectFormat(body: string, contentType?: string): Format {
  return formatFromContentType(contentType) ?? formatFromBody(body);
}
