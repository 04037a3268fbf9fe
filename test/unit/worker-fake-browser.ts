/**
 * An in-memory stand-in for the parts of the WebExtension API the worker uses (alarms,
 * notifications, action, tabs, runtime events, i18n). Tests mock src/shared/browser.ts with
 * `fakeBrowser` and inspect `fake` after the worker code ran. One instance, reset in place.
 */
import { vi } from 'vitest';
import { lookup } from '../../src/shared/i18n-format.ts';
import { loadSourceLocales } from './locale-source.ts';

type Listener = (...args: never[]) => unknown;

const allEvents: FakeEvent[] = [];

export class FakeEvent {
  listeners: Listener[] = [];
  constructor() {
    allEvents.push(this);
  }
  addListener(l: Listener): void {
    this.listeners.push(l);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
  fire(...args: unknown[]): unknown[] {
    return this.listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args));
  }
}

export interface FakeAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

const locales = loadSourceLocales();

export const fake = {
  uiLang: 'en',
  /** The language browser.i18n.getMessage speaks (a Chromium worker may report another UI language). */
  messagesLang: 'en',
  buttons: true,
  alarms: new Map<string, FakeAlarm>(),
  notifications: new Map<string, Record<string, unknown>>(),
  /** Every notifications.create call, in order, including replacements of the same id. */
  created: [] as { id: string; options: Record<string, unknown> }[],
  badge: { text: '', color: '', title: '' },
  opened: [] as string[],
  reset(opts: { uiLang?: string; messagesLang?: string; buttons?: boolean } = {}) {
    this.uiLang = opts.uiLang ?? 'en';
    this.messagesLang = opts.messagesLang ?? this.uiLang;
    this.buttons = opts.buttons ?? true;
    this.alarms.clear();
    this.notifications.clear();
    this.created.length = 0;
    this.badge = { text: '', color: '', title: '' };
    this.opened.length = 0;
    // A worker module loaded by an earlier test must not answer this test's events.
    for (const e of allEvents) e.listeners.length = 0;
  },
};

const onButtonClicked = new FakeEvent();

export const fakeBrowser = {
  runtime: {
    id: 'fake-extension-id',
    getURL: (path: string) => `chrome-extension://fake-extension-id/${path.replace(/^\//, '')}`,
    onMessage: new FakeEvent(),
    onInstalled: new FakeEvent(),
    onStartup: new FakeEvent(),
  },
  i18n: {
    getUILanguage: () => fake.uiLang,
    getMessage: (key: string, subs?: string | string[]) => lookup(locales[fake.messagesLang] ?? {}, key, subs),
  },
  alarms: {
    onAlarm: new FakeEvent(),
    async create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) {
      const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
      fake.alarms.set(name, { name, scheduledTime, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
    },
    async get(name: string) {
      return fake.alarms.get(name);
    },
    async getAll() {
      return [...fake.alarms.values()];
    },
    async clear(name: string) {
      return fake.alarms.delete(name);
    },
  },
  notifications: {
    onClicked: new FakeEvent(),
    // Firefox has no onButtonClicked: the getter hides it when a test asks for Firefox.
    get onButtonClicked() {
      return fake.buttons ? onButtonClicked : undefined;
    },
    async create(id: string, options: Record<string, unknown>) {
      if (!options.iconUrl) throw new Error('Some of the required properties are missing: iconUrl');
      if (!fake.buttons && 'buttons' in options) throw new Error('Type error: Property "buttons" is unsupported by Firefox');
      fake.notifications.set(id, options);
      fake.created.push({ id, options });
      return id;
    },
    async clear(id: string) {
      return fake.notifications.delete(id);
    },
    async getAll() {
      return Object.fromEntries([...fake.notifications.keys()].map((k) => [k, true]));
    },
  },
  action: {
    async setBadgeText({ text }: { text: string }) {
      fake.badge.text = text;
    },
    async setBadgeBackgroundColor({ color }: { color: string }) {
      fake.badge.color = color;
    },
    async setTitle({ title }: { title: string }) {
      fake.badge.title = title;
    },
  },
  tabs: {
    async create({ url }: { url: string }) {
      fake.opened.push(url);
      return { id: fake.opened.length, url };
    },
  },
};

/**
 * Serves the packaged _locales/<lang>/messages.json to fetch(), as the browser serves extension
 * files to the extension itself (merged from the source fragments, as the build merges them).
 * Returns the list of URLs fetched. Undo with vi.unstubAllGlobals().
 */
export function servePackagedMessages(): string[] {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const lang = /^chrome-extension:\/\/fake-extension-id\/_locales\/(\w+)\/messages\.json$/.exec(url)?.[1];
    if (!lang || !locales[lang]) throw new TypeError('Failed to fetch');
    return { json: async () => locales[lang] };
  });
  return fetched;
}
