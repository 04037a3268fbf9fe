/** Pieces both drivers share: the store access through an extension page, and target parsing. */
import { DB_NAME, DB_VERSION } from '../../../src/shared/db/schema.ts';
import { storeOp, type FindSpec, type StoreOp } from './in-page.ts';
import type { StoreAccess, Target } from './types.ts';

export function spec(target: Target): FindSpec {
  return typeof target === 'string' ? { css: target } : target;
}

export function describeTarget(target: Target): string {
  return typeof target === 'string' ? target : JSON.stringify(target);
}

type Run = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** Store access that runs `storeOp` in an extension page through `run`. */
export function storeThrough(run: Run): StoreAccess {
  const at = { name: DB_NAME, version: DB_VERSION };
  const op = (o: StoreOp) => run(storeOp, o);
  return {
    ready: async () => void (await op({ ...at, op: 'ready' })),
    getAll: async <T,>(store: string) => (await op({ ...at, op: 'getAll', store })) as T[],
    get: async <T,>(store: string, key: string) => (await op({ ...at, op: 'get', store, key })) as T | undefined,
    put: async (writes) => void (await op({ ...at, op: 'put', writes })),
    patch: async (store, key, patch) => void (await op({ ...at, op: 'patch', store, key, patch })),
    clear: async (stores) => void (await op({ ...at, op: 'clear', stores })),
    dump: async () => (await op({ ...at, op: 'dump' })) as never,
  };
}

/**
 * Store access through any extension context a Chromium-only test already holds (Playwright's
 * service Worker or an extension Page): the same single implementation as the harness's.
 */
export function storeVia(context: { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> }): StoreAccess {
  return storeThrough((fn, arg) => context.evaluate(fn, arg));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
