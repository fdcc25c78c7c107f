// Worst-case bodies of a chosen size for every format and every scanner or pattern a body reaches: long runs of
// one character class, unterminated constructs, deep nesting, huge values. The timing and memory tests share them.
import type { OutputFormat } from '@clicky-sdk/core';

export interface HostileCase {
  readonly name: string;
  readonly format: OutputFormat;
  /** The body, about `n` characters long. */
  readonly make: (n: number) => string;
  /** Deep JSON nesting: JSON.parse itself is not linear on it in V8 (see limits.test.ts). */
  readonly engineBound?: boolean;
}

const json = (items: string): string => `[{"type":"pages","dates":[{"date":"2024-10-29","items":[${items}]}]}]`;
const xml = (inside: string): string =>
  `<response status="ok"><type type="visitors-list"><date date="2024-10-29"><item><time>1</time><session_id>2</session_id>${inside}</item></date></type></response>`;
const php = (item: string): string => `a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:1:{i:0;${item}}}}`;
const csv = (rest: string): string => `# pages\n# 2024-10-29\n${rest}`;
const times = (s: string, n: number): string => s.repeat(Math.max(1, Math.floor(n / s.length)));
/** About `n` characters of elements, each with a name of its own. */
const fields = (n: number): string =>
  Array.from(
    { length: Math.floor(n / 16) },
    (_, i) => `<f${i.toString(36).padStart(4, '0')}>x</f${i.toString(36).padStart(4, '0')}>`,
  ).join('');

export const HOSTILE: readonly HostileCase[] = [
  // JSON and JSONP
  { name: 'json: broken json_var with a long gap', format: 'json', make: (n) => `var a=x${' '.repeat(n)}y` },
  { name: 'json: unclosed json_callback', format: 'json', make: (n) => `cb(${' '.repeat(n)}` },
  { name: 'json: a long dotted callback name', format: 'json', make: (n) => `${times('a.', n)}(` },
  { name: 'json: a long var name', format: 'json', make: (n) => `var ${'a'.repeat(n)}` },
  { name: 'json: a 1 MB string', format: 'json', make: (n) => json(`{"title":"${'a'.repeat(n)}","value":"1"}`) },
  { name: 'json: escapes', format: 'json', make: (n) => json(`{"title":"${times('\\\\', n)}","value":"1"}`) },
  { name: 'json: unclosed string', format: 'json', make: (n) => json(`{"title":"${times('\\"', n)}`) },
  {
    name: 'json: deep nesting',
    format: 'json',
    make: (n) => json(`{"x":${'['.repeat(n / 2)}${']'.repeat(n / 2)}}`),
    engineBound: true,
  },
  { name: 'json: unclosed nesting', format: 'json', make: (n) => json('['.repeat(n)), engineBound: true },
  { name: 'json: a long integer', format: 'json', make: (n) => json(`{"title":"a","value":"${'1'.repeat(n)}"}`) },
  { name: 'json: a long decimal', format: 'json', make: (n) => json(`{"title":"a","value":"1.${'5'.repeat(n)}"}`) },
  { name: 'json: a long bare number', format: 'json', make: (n) => json(`{"title":"a","value":${'1'.repeat(n)}}`) },
  { name: 'json: many items', format: 'json', make: (n) => json(times('{"title":"a","value":"1"},', n).slice(0, -1)) },
  { name: 'json: a long date label', format: 'json', make: (n) => json('').replace('2024-10-29', '1'.repeat(n)) },
  // Streamed in small chunks, white space was once scanned again from its start at each chunk.
  { name: 'json: white space before the body', format: 'json', make: (n) => `${' '.repeat(n)}${json('')}` },
  { name: 'json: white space between items', format: 'json', make: (n) => json(`{"value":"1"}${' '.repeat(n)},{}`) },
  // XML
  { name: 'xml: ampersands', format: 'xml', make: (n) => xml(`<ip_address>${'&'.repeat(n)}</ip_address>`) },
  {
    name: 'xml: unfinished references',
    format: 'xml',
    make: (n) => xml(`<ip_address>${times('&#1', n)}</ip_address>`),
  },
  { name: 'xml: references', format: 'xml', make: (n) => xml(`<ip_address>${times('&amp;', n)}</ip_address>`) },
  { name: 'xml: unclosed comments', format: 'xml', make: (n) => xml(times('<!--', n)) },
  { name: 'xml: unclosed CDATA', format: 'xml', make: (n) => xml(`<ip_address>${times('<![CDATA[', n)}`) },
  { name: 'xml: open tags', format: 'xml', make: (n) => xml(times('<a', n)) },
  { name: 'xml: a long attribute', format: 'xml', make: (n) => xml(`<a b="${'x'.repeat(n)}`) },
  { name: 'xml: many attributes', format: 'xml', make: (n) => xml(`<a${times(' b=""', n)}/>`) },
  { name: 'xml: spaces in a closing tag', format: 'xml', make: (n) => xml(`<a>x</a${' '.repeat(n)}`) },
  { name: 'xml: deep nesting', format: 'xml', make: (n) => xml(`${times('<a>', n / 2)}${times('</a>', n / 2)}`) },
  { name: 'xml: many hourly values', format: 'xml', make: (n) => xml(times('<value>1</value>', n)) },
  {
    name: 'xml: an hourly item with many fields',
    format: 'xml',
    make: (n) =>
      `<response status="ok"><type type="visitors"><date date="2024-10-29"><item>${fields(n / 2)}${times('<value>1</value>', n / 2)}</item></date></type></response>`,
  },
  {
    name: 'xml: many items',
    format: 'xml',
    make: (n) => xml('').replace(/<item>.*<\/item>/, times('<item><time>1</time><session_id>2</session_id></item>', n)),
  },
  { name: 'xml: a declaration that never ends', format: 'xml', make: (n) => `<?xml${' '.repeat(n)}` },
  // Complete bodies that hold one long unit, which a streamed body gets in many pieces.
  { name: 'xml: a long declaration', format: 'xml', make: (n) => `<?xml ${' '.repeat(n)}?>${xml('')}` },
  { name: 'xml: a huge text node', format: 'xml', make: (n) => xml(`<ip_address>${'a'.repeat(n)}</ip_address>`) },
  { name: 'xml: an item of many fields', format: 'xml', make: (n) => xml(fields(n)) },
  {
    name: 'xml: a long comment between items',
    format: 'xml',
    make: (n) => xml('').replace('</date>', `<!--${times('-x', n)}--></date>`),
  },
  { name: 'xml: a long attribute value', format: 'xml', make: (n) => xml(`<a b="${'x&amp;'.repeat(n / 5)}"/>`) },
  {
    name: 'xml: a long attribute on the root',
    format: 'xml',
    make: (n) => xml('').replace('status="ok"', `status="ok" x="${'x'.repeat(n)}"`),
  },
  { name: 'xml: a doctype mention', format: 'xml', make: (n) => times('<!DOCTYP', n) },
  // PHP
  {
    name: 'php: a 1 MB string',
    format: 'php',
    make: (n) => php(`a:2:{s:5:"title";s:${n}:"${'a'.repeat(n)}";s:5:"value";s:1:"1";}`),
  },
  {
    name: 'php: a wide string',
    format: 'php',
    make: (n) => php(`a:2:{s:5:"title";s:${n}:"${'é'.repeat(n / 2)}";s:5:"value";s:1:"1";}`),
  },
  {
    name: 'php: alternating wide characters',
    format: 'php',
    make: (n) => php(`a:1:{s:5:"title";s:${n}:"${times('aé', n)}"`),
  },
  {
    name: 'php: a string that never ends',
    format: 'php',
    make: (n) => php(`a:1:{s:5:"title";s:${n * 2}:"${'a'.repeat(n)}`),
  },
  { name: 'php: deep nesting', format: 'php', make: (n) => php(times('a:1:{i:0;', n)) },
  {
    name: 'php: a long integer',
    format: 'php',
    make: (n) => php(`a:2:{s:5:"title";s:1:"a";s:5:"value";i:${'1'.repeat(n)};}`),
  },
  {
    name: 'php: a long float',
    format: 'php',
    make: (n) => php(`a:2:{s:5:"title";s:1:"a";s:5:"value";d:1.${'5'.repeat(n)};}`),
  },
  {
    name: 'php: many items',
    format: 'php',
    make: (n) => {
      const count = Math.floor(n / 48);
      const items = Array.from({ length: count }, (_, i) => `i:${i};a:2:{s:5:"title";s:1:"a";s:5:"value";s:1:"1";}`);
      return `a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:${count}:{${items.join('')}}}}`;
    },
  },
  // CSV
  { name: 'csv: quotes', format: 'csv', make: (n) => csv(`Item,Value\n${'"'.repeat(n)}`) },
  { name: 'csv: doubled quotes', format: 'csv', make: (n) => csv(`Item,Value\n"${times('""', n)}",1\n`) },
  { name: 'csv: a 1 MB unquoted cell', format: 'csv', make: (n) => csv(`Item,Value\n${'a'.repeat(n)},1\n`) },
  { name: 'csv: commas', format: 'csv', make: (n) => csv(`Item,Value\n${','.repeat(n)}\n`) },
  { name: 'csv: a long header with spaces', format: 'csv', make: (n) => csv(`Item,Value,${times(' a', n)}\na,1,x\n`) },
  {
    name: 'csv: a long header of dashes',
    format: 'csv',
    make: (n) => csv(`Item,Value\n`).replace('# pages', `# ${times('-_', n)}`),
  },
  { name: 'csv: carriage returns', format: 'csv', make: (n) => csv(`Item,Value\n${'\r'.repeat(n)}`) },
  { name: 'csv: many rows', format: 'csv', make: (n) => csv(`Item,Value\n${times('a,1\n', n)}`) },
  {
    name: 'csv: a custom cell of many pairs',
    format: 'csv',
    make: (n) => `# visitors-list\n# 2024-10-29\nTime,Session Id,Custom\n1,2,${times('k=%41&', n)}x=y\n`,
  },
  {
    name: 'csv: percent signs',
    format: 'csv',
    make: (n) => `# visitors-list\n# 2024-10-29\nTime,Session Id,Custom\n1,2,k=${'%'.repeat(n)}\n`,
  },
];

/** Bodies of ~1 MB for the heap test: the hostile ones and an ordinary answer in every format. */
export const HEAP_CASES: readonly { name: string; format: OutputFormat; body: () => string }[] = HOSTILE.map((c) => ({
  name: c.name,
  format: c.format,
  body: () => c.make(1 << 20),
}));
