/**
 * Benchmark runner: `npm run bench` runs every suite, `npm run bench feed` one of them.
 * Each suite prints `BENCH <name> <value> <unit>` lines (machine-readable) and a table.
 */
const suites: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  feed: () => import('./feed.js'),
  push: () => import('./push.js'),
  autoreply: () => import('./autoreply.js'),
  messages: () => import('./messages.js'),
  screening: () => import('./screening.js'),
  reads: () => import('./reads.js'),
  guard: () => import('./guard.js'),
  cases: () => import('./cases.js'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in suites));
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(suites)) {
  const started = Date.now();
  console.log(`\n=== bench suite: ${name} ===`);
  await (await suites[name]!()).run();
  console.log(`=== ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
}
