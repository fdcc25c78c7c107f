// Emits spec/api.md: the human-readable index of every data type, parameter, limit, plan and quirk.
import { GENERATED_MARK } from '@clicky-sdk/lint/generated-header';
import type { SpecModel } from './model.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function emitApiMd(spec: SpecModel, specPath: string): string {
  const out: string[] = [];
  out.push(
    `<!-- ${GENERATED_MARK.replace('spec/clicky.openapi.yaml', specPath)} Change the spec, then run \`pnpm generate\`. -->`,
  );
  out.push('', `# ${spec.title} v${spec.version}: API index`, '');
  out.push(
    `\`GET ${spec.operationPath}\` takes ${spec.params.length} parameters and answers ${spec.dataTypes.length} data types.`,
    '',
  );

  dataTypesSection(spec, out);
  paramsSection(spec, out);
  shapesSection(spec, out);
  limitsSection(spec, out);
  plansSection(spec, out);
  quirksSection(spec, out);
  return `${out.join('\n')}\n`;
}

/** Every data type, and the extra segment names. */
function dataTypesSection(spec: SpecModel, out: string[]): void {
  out.push(
    '## Data types',
    '',
    '| type | category | item | hourly | plan | restricted | confidence | description |',
    '|---|---|---|---|---|---|---|---|',
  );
  const yes = (b: boolean): string => (b ? 'yes' : '');
  for (const t of spec.dataTypes) {
    out.push(
      `| \`${t.name}\` | ${t.category} | ${t.item} | ${yes(t.hourly)} | ${t.plan ?? ''}${t.planEvidence ? ` (${t.planEvidence})` : ''} | ${yes(t.restricted)} | ${t.confidence} | ${cell(t.description)}${t.ignoresDate ? ' (ignores date)' : ''} |`,
    );
  }
  if (spec.segments.length > 0) {
    out.push('', `Extra names for \`segments=\`: ${spec.segments.map((s) => `\`${s.name}\` (${s.item})`).join(', ')}.`);
  }
}

/** Every parameter with its constraints, default and applicability. */
function paramsSection(spec: SpecModel, out: string[]): void {
  out.push(
    '',
    '## Parameters',
    '',
    '| name | kind | required | constraints | default | applies to | description |',
    '|---|---|---|---|---|---|---|',
  );
  for (const p of spec.params) {
    const c: string[] = [];
    if (p.min !== undefined) c.push(`>= ${p.min}`);
    if (p.max !== undefined) c.push(`<= ${p.max}`);
    if (p.minLength !== undefined) c.push(`length >= ${p.minLength}`);
    if (p.maxLength !== undefined) c.push(`length <= ${p.maxLength}`);
    if (p.pattern !== undefined) c.push(`\`${p.pattern}\``);
    if (p.values !== undefined)
      c.push(p.values.length > 12 ? `one of ${p.values.length} names` : p.values.map((v) => `\`${v}\``).join(', '));
    if (p.format !== undefined) c.push(`format ${p.format}`);
    const pairs = (m: Record<string, string>): string =>
      Object.entries(m)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
    if (p.requires !== undefined) c.push(`needs ${pairs(p.requires)}`);
    if (p.implies !== undefined) c.push(`implies ${pairs(p.implies)}`);
    if (p.overrides !== undefined) c.push(`overrides ${p.overrides.join(', ')}`);
    for (const r of p.rules) c.push(`rule ${r}`);
    if (p.secret) c.push('secret');
    const applies = p.selectors.map((s) => `\`${s}\``).join(', ');
    out.push(
      `| \`${p.name}\` | ${p.kind} | ${p.required ? 'yes' : ''} | ${cell(c.join('; '))} | ${p.default === undefined ? '' : `\`${String(p.default)}\``} | ${applies} | ${cell(p.description)} |`,
    );
  }
}

/** Every item shape, field by field. */
function shapesSection(spec: SpecModel, out: string[]): void {
  out.push('', '## Item shapes', '');
  for (const s of spec.shapes) {
    const fields = s.fields.map(
      (f) =>
        `\`${f.name}\`${f.required ? '' : '?'}: ${typeof f.kind === 'string' ? f.kind : 'object' in f.kind ? f.kind.object : `list of ${f.kind.list}`}${f.wireNames ? ` (also sent as ${f.wireNames.map((n) => `\`${n}\``).join(', ')})` : ''}`,
    );
    out.push(`- **${s.name}**: ${fields.join(', ')}`);
  }
}

/** The numbers the API enforces. */
function limitsSection(spec: SpecModel, out: string[]): void {
  const l = spec.limits;
  out.push('', '## Limits', '');
  out.push(
    `- \`limit\`: default ${l.limitDefault}, ${l.limitMin}-${l.limitMax}, or \`all\` for up to ${l.limitAllCap}.`,
  );
  out.push(
    `- Restricted types (${spec.dataTypes
      .filter((t) => t.restricted)
      .map((t) => `\`${t.name}\``)
      .join(
        ', ',
      )}): at most ${l.restrictedMaxRangeDays} days of range, ${l.restrictedMaxLimit} items a page, ${l.restrictedMaxConcurrentPerSite} request in flight per IP address and site (a custom plan lifts it).`,
  );
  out.push(
    `- \`time_offset\` at most ${l.timeOffsetMaxSeconds} seconds; \`app\` at most ${l.appMaxLength} characters.`,
  );
}

/** Each plan's caps. */
function plansSection(spec: SpecModel, out: string[]): void {
  out.push('', '## Plans', '', `Validation assumes \`${spec.defaultPlan}\` unless told otherwise.`, '');
  for (const p of spec.plans) {
    const caps = [`ranges up to ${p.maxRangeDays} days`];
    if (p.historyDays !== undefined) caps.push(`history of ${p.historyDays} days`);
    if (p.maxResults !== undefined) caps.push(`${p.maxResults} results a request`);
    out.push(`- \`${p.name}\`: ${caps.join(', ')}. ${p.description}`);
  }
}

/** The quirks, with their evidence. */
function quirksSection(spec: SpecModel, out: string[]): void {
  out.push('', '## Quirks', '', '| id | strength | why | evidence |', '|---|---|---|---|');
  for (const q of spec.quirks) out.push(`| ${q.id} | ${q.strength} | ${cell(q.why)} | ${cell(q.evidence)} |`);
}
