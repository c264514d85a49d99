// Paired import timing of two Lambda bundles (or one bundle under two NODE_OPTIONS), for changes smaller than
// the run-to-run spread of `npm run bench -- cold-start`: each pair imports A and B in fresh processes one
// after the other, in alternating order, so load from elsewhere falls on both alike. Reports the median of
// the pairs' CPU-time differences (B - A) with its quartiles.
//
//   tsx scripts/paired-imports.ts --build <dir>        bundles every function and the peer as the stack does
//   tsx scripts/paired-imports.ts [--pairs 41] <a.mjs> <b.mjs> [--a-options '...'] [--b-options '...']
// Each side's NODE_OPTIONS defaults to none, as the stack sets (e.g. --a-options --enable-source-maps).
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundleAll, type ImportTime, timeImport } from './bench/cold-start.js';
import { median, quantile } from './statistics.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    build: { type: 'string' },
    pairs: { type: 'string', default: '41' },
    'a-options': { type: 'string', default: '' },
    'b-options': { type: 'string', default: '' },
  },
});

if (values.build) {
  mkdirSync(values.build, { recursive: true });
  for (const bundle of await bundleAll(values.build)) if (bundle.module) console.log(`${bundle.name}\t${bundle.module}`);
} else {
  const [a, b] = positionals;
  const pairs = Number(values.pairs);
  if (!a || !b || !Number.isInteger(pairs) || pairs < 1) throw new Error('usage: paired-imports.ts [--pairs N] <a.mjs> <b.mjs>');
  const timesA: ImportTime[] = [];
  const timesB: ImportTime[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const importA = () => timesA.push(timeImport(a, values['a-options']));
    const importB = () => timesB.push(timeImport(b, values['b-options']));
    for (const importOne of pair % 2 === 0 ? [importA, importB] : [importB, importA]) importOne();
  }
  const cpuA = timesA.map((time) => time.cpuMs);
  const cpuB = timesB.map((time) => time.cpuMs);
  const differences = cpuB.map((cpu, pair) => cpu - cpuA[pair]!);
  const ms = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  console.log(
    [
      `A ${a} (NODE_OPTIONS '${values['a-options']}'): CPU median ${median(cpuA).toFixed(1)} ms`,
      `B ${b} (NODE_OPTIONS '${values['b-options']}'): CPU median ${median(cpuB).toFixed(1)} ms`,
      `B - A, ${pairs} pairs: ${ms(median(differences))} ms [${ms(quantile(differences, 0.25))}, ${ms(quantile(differences, 0.75))}]`,
    ].join('\n'),
  );
}
