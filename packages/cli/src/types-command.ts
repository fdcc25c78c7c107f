// `clicky types`: every data type the API answers, with its category and what the CLI can do with it.
import { DATA_TYPES } from '@clicky-sdk/core';
import { ARCHIVE_TYPES, DEFAULT_ARCHIVE_TYPES, EXPORT_TYPES } from './choices.ts';
import type { CommandContext } from './context.ts';
import { renderTable } from './text-table.ts';

export function typesCommand(ctx: CommandContext): void {
  const header = ['type', 'category', 'export', 'archive'].map((text) => ({ text, align: 'left' as const }));
  const rows = Object.entries(DATA_TYPES).map(([name, info]) => [
    { text: name, align: 'left' as const },
    { text: info.category, align: 'left' as const },
    { text: EXPORT_TYPES.includes(name) ? 'yes' : '', align: 'left' as const },
    {
      text: DEFAULT_ARCHIVE_TYPES.includes(name) ? 'default' : ARCHIVE_TYPES.includes(name) ? 'yes' : '',
      align: 'left' as const,
    },
  ]);
  ctx.stdout.write(renderTable(header, rows, false));
}
