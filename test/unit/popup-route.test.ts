import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../src/popup/route.ts';

describe('popup hash routes (contracts §6)', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/settings', { name: 'settings' }],
    ['#/account/new', { name: 'new' }],
    ['#/account/new/recover', { name: 'new', then: 'recover' }],
    ['#/account/abc', { name: 'account', key: 'abc' }],
    ['#/account/abc/recover', { name: 'recover', key: 'abc' }],
    ['#/account/abc/safe', { name: 'safe', key: 'abc' }],
    ['#/account/abc/edit', { name: 'edit', key: 'abc' }],
    ['#/nonsense', { name: 'home' }],
    ['#/account/%E0%A4%A', { name: 'account', key: '%E0%A4%A' }],
  ] as [string, Route][])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('href and parseRoute agree, including keys that need escaping', () => {
    const routes: Route[] = [
      { name: 'home' }, { name: 'settings' }, { name: 'new' }, { name: 'new', then: 'recover' },
      { name: 'account', key: 'a/b c' }, { name: 'recover', key: 'k' }, { name: 'safe', key: 'ü' }, { name: 'edit', key: 'x' },
    ];
    for (const r of routes) expect(parseRoute(href(r))).toEqual(r);
  });
});
