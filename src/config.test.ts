import { expect, it } from 'vitest';
import { loadConfig } from './config.js';

it('believes no proxy by default, so a client cannot choose its own address', () => {
  expect(loadConfig({}).trustProxy).toBe(false);
});

it('reads ZW_TRUST_PROXY as a hop count, a flag or a list of proxy addresses', () => {
  expect(loadConfig({ ZW_TRUST_PROXY: '1' }).trustProxy).toBe(1);
  expect(loadConfig({ ZW_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  expect(loadConfig({ ZW_TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
});

it('chooses where it listens and keeps data from PORT, HOST and DATA_DIR', () => {
  const c = loadConfig({ PORT: '8080', HOST: '127.0.0.1', DATA_DIR: '/srv/zw' });
  expect([c.port, c.host, c.dataDir]).toEqual([8080, '127.0.0.1', '/srv/zw']);
});

it('keeps SQLite commits durable across power loss unless ZW_SQLITE_SYNCHRONOUS=normal', () => {
  expect(loadConfig({}).sqliteSynchronous).toBe('FULL');
  expect(loadConfig({ ZW_SQLITE_SYNCHRONOUS: 'normal' }).sqliteSynchronous).toBe('NORMAL');
});
