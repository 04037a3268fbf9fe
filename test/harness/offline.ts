/**
 * Serves the project's fixture pages at their real AWS URLs by request interception, so the
 * content script's host matches fire with no network, and refuses (and counts) every other
 * request: the extension must make none.
 */
import type { BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';

/** Maps a requested URL to the fixture body to serve, or null to refuse it. */
export type FixtureResolver = (url: URL) => string | null;

export interface Offline {
  /** Every URL that was asked for and refused (should stay empty). */
  refused: string[];
  /** Serve `html` for exactly this URL (ignoring the hash), on top of the resolver. */
  serve(url: string, html: string): void;
}

export async function goOffline(context: BrowserContext, resolver: FixtureResolver = () => null): Promise<Offline> {
  const refused: string[] = [];
  const extra = new Map<string, string>();
  const key = (u: URL) => `${u.origin}${u.pathname}${u.search}`;
  await context.route('**/*', async (route) => {
    const raw = route.request().url();
    // Our own files (and inline data) are not network requests.
    if (raw.startsWith('chrome-extension://') || raw.startsWith('data:') || raw.startsWith('blob:')) return route.continue();
    const url = new URL(raw);
    const body = extra.get(key(url)) ?? resolver(url);
    if (body !== null && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    refused.push(raw);
    return route.abort('blockedbyclient');
  });
  return {
    refused,
    serve(url, html) {
      extra.set(key(new URL(url)), html);
    },
  };
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}
