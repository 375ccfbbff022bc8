/**
 * Creates one throwaway PostgreSQL database per test run (each test file then works in its
 * own schema inside it) and drops it afterwards. When PostgreSQL cannot be reached the
 * PostgreSQL half of the data-layer tests is skipped with the reason printed — except on
 * CI, where it must run.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

const ADMIN_URL = process.env.ZW_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dbName = `zw_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`create database ${dbName}`);
  } catch (err) {
    await admin.end().catch(() => {});
    const why = `PostgreSQL at ${ADMIN_URL.replace(/\/\/.*@/, '//')} is unreachable (${(err as Error).message})`;
    if (process.env.CI) throw new Error(`${why}: CI must run the PostgreSQL tests`);
    console.warn(`\n[zhengwei tests] SKIPPING the PostgreSQL half of the data-layer tests: ${why}\n`);
    project.provide('pgUrl', null);
    return async () => {};
  }
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  project.provide('pgUrl', url);
  return async () => {
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
  };
}
