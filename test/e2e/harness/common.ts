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
  const op = (o: StoreOp) => run(storeOp, o);
  return {
    ready: async () => void (await op({ op: 'ready', name: DB_NAME, version: DB_VERSION })),
    getAll: async <T,>(store: string) => (await op({ op: 'getAll', name: DB_NAME, store })) as T[],
    get: async <T,>(store: string, key: string) => (await op({ op: 'get', name: DB_NAME, store, key })) as T | undefined,
    put: async (writes) => void (await op({ op: 'put', name: DB_NAME, writes })),
    patch: async (store, key, patch) => void (await op({ op: 'patch', name: DB_NAME, store, key, patch })),
    dump: async () => (await op({ op: 'dump', name: DB_NAME })) as never,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
