/**
 * The guard offline (docs/GUARD.md): `npm run guard -- --verified FILE --candidates FILE`.
 * Both files UTF-8, one name per line, blank lines ignored. Prints per candidate
 * `candidate<TAB>flagged|clear<TAB>score<TAB>closest verified name`. Usage errors exit with 2.
 */
import fs from 'node:fs';
import { GuardIndex } from './guardIndex.js';

const USAGE = 'usage: npm run guard -- --verified FILE --candidates FILE';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { verified: string; candidates: string } {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (flag !== '--verified' && flag !== '--candidates') fail(`unknown argument: ${arg}`);
    const value = inline ?? argv[++i];
    if (!value) fail(`missing value for ${flag}`);
    out[flag.slice(2)] = value;
  }
  if (!out.verified || !out.candidates) fail('both --verified and --candidates are required');
  return { verified: out.verified, candidates: out.candidates };
}

function readNames(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const args = parseArgs(process.argv.slice(2));
const index = new GuardIndex(readNames(args.verified).map((name, id) => ({ id, name })));
const lines: string[] = [];
for (const candidate of readNames(args.candidates)) {
  const r = index.check(candidate);
  lines.push(
    `${candidate}\t${r.flagged ? 'flagged' : 'clear'}\t${r.score.toFixed(3)}\t${r.closest?.name ?? ''}`,
  );
}
process.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
