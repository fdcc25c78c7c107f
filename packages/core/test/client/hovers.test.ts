// What an editor shows a user of the client: result types by name (`DateGroup<Lenient<PopularItem>>[]`, not
// every field spelled out), each item shape's own description, and parameter docs that say what they apply to apart from the
// API's default. Read through TypeScript's language service, as an editor reads them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '__hover_probe__.ts');
const source = `
import type { ClickyClient, VisitorsListItem } from '../../src/index.ts';
export type Shape = VisitorsListItem;
declare const clicky: ClickyClient;
export const pages = await clicky.pages({ limit: 5 });
export const visitors = clicky.visitors();
export const item = (await clicky.visitorsList())[0]!.items[0]!;
export const stream = clicky.paginate('actions-list');
export const seg = await clicky.segmentation({ segments: ['summary'] });
export const raw = clicky.visitors({ null_values: true });
declare const strict: ClickyClient<true>;
export const strictPages = await strict.pages({ limit: 5 });
export const strictItem = (await strict.visitorsList())[0]!.items[0]!;
export const strictStream = strict.paginate('actions-list');
export const strictSeg = await strict.segmentation({ segments: ['summary'] });
`;

function languageService(): ts.LanguageService {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === file ? source : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => here,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host);
}

const service = languageService();

/** The hover of the identifier that ends just before `marker` (its first occurrence after `after`). */
function hover(marker: string, after = 0): { text: string; doc: string; tags: string[] } {
  const at = source.indexOf(marker, after);
  const info = service.getQuickInfoAtPosition(file, at + marker.length - 1);
  return {
    text: ts.displayPartsToString(info?.displayParts),
    doc: ts.displayPartsToString(info?.documentation),
    tags: (info?.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`),
  };
}

describe('hovers a user sees', () => {
  it('name result types instead of spelling out every field: lenient by default', () => {
    expect(hover('export const pages').text).toBe('const pages: DateGroup<Lenient<PopularItem>>[]');
    expect(hover('export const visitors').text).toBe('const visitors: ClickyPromise<DateGroup<Lenient<TallyItem>>[]>');
    expect(hover('export const item').text).toBe('const item: Lenient<VisitorsListItem>');
    expect(hover('export const stream').text).toBe('const stream: ItemStream<Lenient<ActionsListItem>>');
    expect(hover('export const seg').text).toBe('const seg: LenientStatsResult<"segmentation", "summary">');
  }, 60_000);

  it('name the whole item shapes of a strict client', () => {
    expect(hover('export const strictPages').text).toBe('const strictPages: DateGroup<PopularItem>[]');
    expect(hover('export const strictItem').text).toBe('const strictItem: VisitorsListItem');
    expect(hover('export const strictStream').text).toBe('const strictStream: ItemStream<ActionsListItem>');
    expect(hover('export const strictSeg').text).toBe('const strictSeg: StatsResult<"segmentation", "summary">');
  });

  it("show an item shape's own description", () => {
    const shape = hover('Shape = VisitorsListItem');
    expect(shape.text).toMatch(/^\(alias\) type VisitorsListItem = \{/);
    expect(shape.doc).toBe(
      'One visit (session) of visitors-list, newest first. With visitor-details only the fields asked for are present.',
    );
  });

  it('say what a parameter applies to in words, apart from the default', () => {
    const limit = hover('{ limit');
    expect(limit.doc).toContain('Applies to: popular types, chronological types, segmentation.');
    expect(limit.tags).toEqual(["@defaultValue 50 (the API's default)"]);
  });

  it('say that null_values changes only the raw body, not the decoded result', () => {
    expect(hover('{ null_values').doc).toContain("The SDK's decoded result leaves them out either way");
  });
});
