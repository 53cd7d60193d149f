#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv).catch((err) => {
  process.stderr.write(`courtreader: ${err?.message ?? err}\n`);
  process.exitCode = 1;
});
