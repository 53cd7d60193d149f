#!/usr/bin/env node
import * as cli from '../dist/cli/main.js';

// runCli prints one line per error and returns the exit status (docs/cli.md); main is the older entry.
const run = cli.runCli ?? ((argv) => cli.main(argv).then(() => process.exitCode ?? 0));
run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`courtreader: ${err?.message ?? err}\n`);
    process.exitCode = 1;
  },
);
