// Bad flags and arguments: a clear message on stderr naming the flag, exit code 2, nothing on stdout, and never
// the sitekey. Help and version exit 0.
import { SDK_VERSION } from '@clicky-sdk/node';
import { describe, expect, it } from 'vitest';
import { clicky } from './helpers.ts';

const KEY = 'abcdef123456SECRET';

describe('bad flags exit 2 with a message naming the problem', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['stats', '--colour'], /unknown option '--colour'/],
    [['stats', '--format', 'xml'], /--format must be one of table, json, csv \(got "xml"\)/],
    [['stats', '--type', 'visitors,nope'], /--type: "nope" is not a data type/],
    [['stats', '--type', 'segmentation'], /segmentation needs segments/],
    [['stats', '--limit', '0'], /--limit must be a whole number from 1 to 1000 \(got "0"\)/],
    [['stats', '--limit', 'lots'], /--limit must be a whole number/],
    [['stats', '--date', '2023-02-30'], /date/],
    [['stats', '--hourly', '--type', 'pages'], /hourly/],
    [['stats', '--site-id', 'abc', '--sitekey', KEY], /--site-id must be a positive whole number/],
    [['stats', '--site-id', '5'], /--sitekey \(or CLICKY_SITEKEY\) is missing/],
    [['stats', '--sitekey', KEY], /--site-id \(or CLICKY_SITE_ID\) is missing/],
    [['stats', '--site-id', '5', '--sitekey', 'short'], /--sitekey must be 12-16 letters and digits/],
    [['stats', '--plan', 'gold'], /argument 'gold' is invalid/],
    [['export', 'visitors-list'], /--out FILE is required/],
    [['export', 'pages', '--out', 'x.csv'], /TYPE: "pages" is not a data type this command reads/],
    [['export', 'visitors-list,actions-list', '--out', 'x.csv'], /one type at a time/],
    [
      ['export', 'visitors-list', '--out', 'x', '--format', 'xlsx'],
      /--format must be one of ndjson, csv, json, parquet/,
    ],
    [['export', 'visitors-list', '--out', 'x', '--date', 'last-blue-moon'], /date/],
    [['export', '--out', 'x.csv'], /missing required argument 'type'/],
    [['archive', '--types', 'visitors-online'], /--types: "visitors-online" is not a data type this command reads/],
    [['archive', '--since', 'soon'], /date/],
    [['archive', '--db', ''], /--db must name a file/],
    [['query'], /missing required argument 'sql'/],
    [['query', '  '], /SQL: give a query/],
    [['query', 'select 1', '--format', 'yaml'], /--format must be one of table, json, csv/],
  ])('clicky %j', async (args, message) => {
    const r = await clicky(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('SECRET');
  });

  it('does not echo the value of a misspelt flag given as --name=value (it may be the sitekey)', async () => {
    const r = await clicky(['stats', `--site-key=${KEY}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--site-key=...'");
    expect(r.stderr).not.toContain(KEY);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await clicky(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['stats', 'export', 'archive', 'query', 'types']) expect(help.stdout).toContain(command);
    const exportHelp = await clicky(['export', '--help']);
    expect(exportHelp.stdout).toMatch(/--out <file>/);
    const version = await clicky(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${SDK_VERSION}\n` });
  });
});
