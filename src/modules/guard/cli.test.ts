import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.ts');

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(dir: string, name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text, 'utf8');
  return p;
}

describe('npm run guard', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-cli-'));
  const verified = file(dir, 'verified.txt', '\uFEFF信阳市公安局\n河南省教育厅\n\n郑州发布\r\n');

  it('prints candidate, verdict, score with 3 decimals and the closest verified name', () => {
    const candidates = file(
      dir,
      'candidates.txt',
      '信阳公安局官方\n\n湖南省教育厅\n郑州发布\n信阳市交通运输局\n',
    );
    const r = run(['--verified', verified, '--candidates', candidates]);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['信阳公安局官方', 'flagged', '0.840', '信阳市公安局']);
    expect(rows[1]!.slice(0, 2)).toEqual(['湖南省教育厅', 'clear']);
    expect(rows[1]![3]).toBe('河南省教育厅');
    expect(rows[2]).toEqual(['郑州发布', 'flagged', '1.000', '郑州发布']);
    expect(rows[3]![1]).toBe('clear');
    for (const row of rows) expect(row[2]).toMatch(/^\d\.\d{3}$/);
  });

  it('accepts --flag=value', () => {
    const candidates = file(dir, 'c2.txt', '河南省敎育厅\n');
    const r = run([`--verified=${verified}`, `--candidates=${candidates}`]);
    expect(r.stdout).toBe('河南省敎育厅\tflagged\t0.990\t河南省教育厅\n');
  });

  it.each([
    [[]],
    [['--verified', 'x.txt']],
    [['--verified']],
    [['--bogus', 'a', '--verified', 'b', '--candidates', 'c']],
    [['--verified', path.join(dir, 'missing.txt'), '--candidates', path.join(dir, 'missing.txt')]],
  ])('exits with 2 on a usage error %j', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run guard');
    expect(r.stdout).toBe('');
  });
});
