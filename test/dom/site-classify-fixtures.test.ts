// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGES } from '../fixtures/pages.ts';
import { classify } from '../../src/site/classify.ts';
import { createDomView } from '../../src/content/dom-view.ts';
import { loadFixture } from './load-fixture.ts';

describe('the classifier on every fixture page (happy-dom)', () => {
  for (const p of PAGES) {
    it(`${p.file} at ${p.url} → ${p.expectedPage ?? 'nothing'}`, () => {
      const doc = loadFixture(p.file);
      const got = classify(createDomView(doc, p.url));
      expect(got?.page ?? null).toBe(p.expectedPage);
      if (p.expectedVariant) expect(got?.variant).toBe(p.expectedVariant);
    });
  }
});
