// The `clicky` command line, declared with commander: each command, its flags and their help. Actions load their
// command module when they run (so `--help` and `stats` never load DuckDB); flag values are checked there
// (UsageError, exit 2).

// From core, not the client package: help, version and usage errors then start without loading the HTTP client.
import { SDK_VERSION } from '@clicky-sdk/core';
import { Command, Option } from 'commander';
import type { ArchiveFlags } from './archive/archive-command.ts';
import {
  ARCHIVE_TYPES,
  DEFAULT_DAYS,
  DEFAULT_DB,
  EXPORT_FORMATS,
  EXPORT_TYPES,
  QUERY_FORMATS,
  STATS_FORMATS,
} from './choices.ts';
import type { CommandContext } from './context.ts';
import type { ExportFlags } from './export/export-command.ts';
import { UsageError } from './failure.ts';
import type { QueryFlags } from './query-command.ts';
import type { StatsFlags } from './stats/stats-command.ts';

/** The flags of every command that reads the API. */
function withSite(command: Command): Command {
  return command
    .option('--site-id <id>', 'the site ID (default: $CLICKY_SITE_ID)')
    .option(
      '--sitekey <key>',
      'the sitekey (default: $CLICKY_SITEKEY, which, unlike a flag, other users cannot see in ps); never printed or stored',
    )
    .option('--base-url <url>', 'another API server, such as a local emulator (default: $CLICKY_BASE_URL)')
    .option('--time-zone <zone>', "the site's IANA time zone, for dates like today and last-7-days", 'UTC')
    .addOption(new Option('--plan <plan>', 'the account plan whose limits apply').choices(['free', 'premium', 'pro']));
}

/** Commander errors go to stderr; a flag given as `--name=value` is shown without its value (it may be a key). */
const scrubFlagValues = (text: string): string => text.replace(/(--?[\w-]+)=[^\s'"]+/g, '$1=...');

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('clicky')
    .description(
      'Clicky Analytics from the shell: stats tables, resumable exports of the visitor and action logs, an incremental DuckDB archive and SQL over it.\n' +
        'Without --site-id and --sitekey (or CLICKY_SITE_ID and CLICKY_SITEKEY) every command reads an embedded emulator.',
    )
    .version(SDK_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(scrubFlagValues(s)),
    })
    .showHelpAfterError('(clicky --help lists the commands; clicky <command> --help their flags)');

  withSite(program.command('stats'))
    .description('one request, as an aligned table (trends coloured on a terminal), JSON or CSV')
    .option('--type <types>', 'data types, comma-separated (clicky types lists them)', 'visitors')
    .option('--date <date>', 'a date, a range A,B, or last-7-days, yesterday, this-month, ...')
    .option('--daily', 'one date group per day')
    .option('--hourly', 'one value per hour (visitors and actions)')
    .option('--limit <n>', 'items per group, 1-1000, or all')
    .option('--trends', 'ask for trends (the table asks for them unless --no-trends)')
    .option('--no-trends', 'do not ask for trends')
    .option('--format <format>', STATS_FORMATS.join(' | '), 'table')
    .action(async (flags: StatsFlags) => (await import('./stats/stats-command.ts')).statsCommand(flags, ctx));

  withSite(program.command('export'))
    .description('every item of a type over a range, written page by page; re-run the same command to resume')
    .argument('<type>', EXPORT_TYPES.join(' | '))
    .option('--date <date>', 'a date, a range A,B or an expression such as last-90-days', 'today')
    .option('--out <file>', 'the file to write')
    .option('--format <format>', `${EXPORT_FORMATS.join(' | ')} (default: from the file name, else ndjson)`)
    .option('--overwrite', 'replace the file and any unfinished export of it')
    .action(async (type: string, flags: ExportFlags) =>
      (await import('./export/export-command.ts')).exportCommand(type, flags, ctx),
    );

  withSite(program.command('archive'))
    .description('an incremental backup into DuckDB: only days not yet complete are read; re-runs add what is new')
    .option('--db <file>', 'the DuckDB file', DEFAULT_DB)
    .option(
      '--types <types>',
      `comma-separated, from: ${ARCHIVE_TYPES.join(', ')} (default: the logs, tallies and popular types)`,
    )
    .option('--since <date>', `the first day to keep (default: the earliest day kept, else ${DEFAULT_DAYS} days back)`)
    .option('--parquet <dir>', 'also write each table as <dir>/<table>.parquet')
    .action(async (flags: ArchiveFlags) => {
      if (flags.db === '') throw new UsageError('--db must name a file');
      await (await import('./archive/archive-command.ts')).archiveCommand(flags, ctx);
    });

  program
    .command('query')
    .description('SQL over the archive (read-only)')
    .argument('<sql>', 'the query, e.g. "select count(*) from visitors_list"')
    .option('--db <file>', 'the DuckDB file', DEFAULT_DB)
    .option('--format <format>', QUERY_FORMATS.join(' | '), 'table')
    .action(async (sql: string, flags: QueryFlags) =>
      (await import('./query-command.ts')).queryCommand(sql, flags, ctx),
    );

  program
    .command('types')
    .description('the data types, and which ones export and archive read')
    .action(async () => (await import('./types-command.ts')).typesCommand(ctx));

  return program;
}
