/**
 * Redis for the scale-out tests. When it cannot be reached those tests are skipped with the
 * reason printed — except on CI, where they must run, so the run fails instead.
 */
import net from 'node:net';

export const TEST_REDIS_URL = process.env.ZW_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function probe(): Promise<string | null> {
  const { hostname, port } = new URL(TEST_REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.end();
      resolve(null);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timed out');
    });
    socket.once('error', (err) => resolve(err.message));
  });
}

/** Returns true when the suite named `what` must be skipped (and says why). */
export async function skipWithoutRedis(what: string): Promise<boolean> {
  const unreachable = await probe();
  if (!unreachable) return false;
  const why = `Redis at ${TEST_REDIS_URL} is unreachable (${unreachable})`;
  if (process.env.CI) throw new Error(`${why}: CI must run the ${what}`);
  console.warn(`\n[zhengwei tests] SKIPPING the ${what}: ${why}\n`);
  return true;
}
