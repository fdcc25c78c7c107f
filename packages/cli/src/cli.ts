#!/usr/bin/env node
// The `clicky` executable.
import { runCli } from './run-cli.ts';

runCli(process.argv, { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
