import { readPage } from '../fixtures/pages.ts';

/** Puts a fixture page into happy-dom's document (scripts do not run, as with innerHTML). */
export function loadFixture(file: string): Document {
  const html = readPage(file).replace(/^<!doctype html>/i, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = doc.documentElement.lang;
  document.head.replaceChildren(...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  return document;
}
