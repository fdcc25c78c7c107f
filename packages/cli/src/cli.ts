#!/usr/bin/env node
// The `clicky` executable.
import { EXIT_FAILED, EXIT_OK } from './failure.ts';
import { runCli } from './run-cli.ts';

// A reader that stops early (`clicky query "..." --format csv | head`) closes the pipe: that is not a failure,
// so stop quietly with exit 0, as Unix tools do, instead of crashing on an unhandled EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT_OK);
  process.stderr.write(`clicky: cannot write the output: ${e.message}\n`);
  process.exit(EXIT_FAILED);
});

runCli(process.argv, { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
