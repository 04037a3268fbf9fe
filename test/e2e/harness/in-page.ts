/**
 * Functions that run inside a page (serialized by the driver, so each one is self-contained):
 * finding an element through open shadow roots, and the extension database's reads and writes.
 */
import type { StoreWrite } from './types.ts';

export interface FindSpec {
  css: string;
  text?: string;
  label?: string;
}

/**
 * Marks the first matching element with a data attribute and returns its centre in viewport
 * coordinates (after scrolling it into view), or null. Searches open shadow roots too.
 * The centre is taken once the element has held still for two frames, as a person's eye would
 * wait: the panel re-places itself the frame after its content changes size, and a click aimed
 * at where a button was a frame earlier lands on the page behind it (a CI failure of takeover).
 */
export async function locate(spec: FindSpec): Promise<{ x: number; y: number; mark: string } | null> {
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    all.push(...Array.from(root.querySelectorAll(spec.css)));
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const labelOf = (el: Element) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const byFor = el.id ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return norm(el.getAttribute('aria-label') ?? byFor?.textContent ?? el.closest('label')?.textContent);
  };
  const el = all.find((e) => {
    if (spec.text !== undefined && !norm(e.textContent).includes(spec.text) && !norm(e.getAttribute('aria-label')).includes(spec.text)) return false;
    if (spec.label !== undefined && !labelOf(e).includes(spec.label)) return false;
    return true;
  });
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  // A frame, or 100 ms where frames do not come (a page the browser does not paint).
  const frame = () => new Promise((res) => { requestAnimationFrame(res); setTimeout(res, 100); });
  const same = (a: DOMRect, b: DOMRect) => a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
  let r = el.getBoundingClientRect();
  for (let i = 0, still = 0; i < 40 && still < 2; i++) {
    await frame();
    const next = el.getBoundingClientRect();
    still = same(r, next) ? still + 1 : 0;
    r = next;
  }
  const mark = `m${Math.random().toString(36).slice(2)}`;
  el.setAttribute('data-e2e-target', mark);
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, mark };
}

/** Focuses the marked element and selects its content, so typing replaces it. */
export function focusMarked(mark: string): boolean {
  const find = (root: Document | ShadowRoot): HTMLElement | null => {
    const hit = root.querySelector<HTMLElement>(`[data-e2e-target="${mark}"]`);
    if (hit) return hit;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const el = find(document);
  if (!el) return false;
  el.removeAttribute('data-e2e-target');
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
  return true;
}

/** `version`: wait until the extension has migrated the database to at least this version. */
export type StoreOp = { name: string; version: number } & (
  | { op: 'ready' }
  | { op: 'getAll'; store: string }
  | { op: 'get'; store: string; key: string }
  | { op: 'put'; writes: StoreWrite[] }
  | { op: 'patch'; store: string; key: string; patch: Record<string, unknown> }
  | { op: 'clear'; stores: string[] }
  | { op: 'dump' }
);

/**
 * The one place the e2e tests touch the extension's IndexedDB, run in an extension page (the
 * extension's own origin, where the database lives). It never creates the database: it waits
 * for the extension to have opened and migrated it. Writes are one transaction each and are
 * announced on the store-change channel (src/shared/db/changes.ts), as the extension's own do.
 */
export async function storeOp(o: StoreOp): Promise<unknown> {
  const req = <T,>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
  for (let i = 0; ; i++) {
    const dbs = await indexedDB.databases();
    if (dbs.some((d) => d.name === o.name && (d.version ?? 0) >= o.version)) break;
    if (i > 400) throw new Error(`the extension never created its database ${o.name}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  if (o.op === 'ready') return null;
  if (o.op === 'dump') {
    // Every database of the origin, every store's keys and values, binary values as hex: what a
    // search for a leaked secret must look through.
    const hex = (b: ArrayBuffer | ArrayBufferView) =>
      Array.from(b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength), (x) => x.toString(16).padStart(2, '0')).join('');
    const plain = (v: unknown): unknown => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return { hex: hex(v as ArrayBuffer) };
      if (Array.isArray(v)) return v.map(plain);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
      return v;
    };
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const stores: Record<string, unknown[]> = {};
      out[info.name] = stores;
      for (const store of Array.from(db.objectStoreNames)) {
        const s = db.transaction(store).objectStore(store);
        const [keys, values] = await Promise.all([req(s.getAllKeys()), req(s.getAll())]);
        stores[store] = keys.map((k, i) => ({ key: plain(k), value: plain(values[i]) }));
      }
      db.close();
    }
    return out;
  }
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open(o.name);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  try {
    if (o.op === 'getAll') return await req(db.transaction(o.store).objectStore(o.store).getAll());
    if (o.op === 'get') return await req(db.transaction(o.store).objectStore(o.store).get(o.key));
    const stores = o.op === 'put' ? [...new Set(o.writes.map((w) => w.store))] : o.op === 'clear' ? o.stores : [o.store];
    const tx = db.transaction(stores, 'readwrite');
    const done = new Promise<void>((res, rej) => ((tx.oncomplete = () => res()), (tx.onerror = () => rej(tx.error)), (tx.onabort = () => rej(tx.error))));
    if (o.op === 'put') {
      for (const w of o.writes) {
        if (w.key === undefined) tx.objectStore(w.store).put(w.value);
        else tx.objectStore(w.store).put(w.value, w.key);
      }
    } else if (o.op === 'clear') {
      for (const name of o.stores) tx.objectStore(name).clear();
    } else {
      const store = tx.objectStore(o.store);
      const current = (await req(store.get(o.key))) as Record<string, unknown> | undefined;
      const next = { ...(current ?? {}), ...o.patch };
      if (store.keyPath === null) store.put(next, o.key);
      else store.put(next);
    }
    await done;
    const channel = new BroadcastChannel('mfa-lifeline:store');
    channel.postMessage({ stores });
    channel.close();
    return null;
  } finally {
    db.close();
  }
}
