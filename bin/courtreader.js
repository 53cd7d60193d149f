#!/usr/bin/env node
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// COURTREADER_DIST runs another build than ../dist (a private build while others rebuild dist/).
const dist = process.env.COURTREADER_DIST
  ? pathToFileURL(path.resolve(process.env.COURTREADER_DIST, 'cli/main.js')).href
  : new URL('../dist/cli/main.js', import.meta.url).href;
const cli = await import(dist);

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
