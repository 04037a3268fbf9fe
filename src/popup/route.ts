/**
 * Hash routes (contracts §6): notifications open the popup page in a tab at one of these.
 *   #/                         accounts
 *   #/account/<key>            account overview
 *   #/account/<key>/recover    "I'm locked out": decision tree, checklist, timeline
 *   #/account/<key>/safe       "Stay safe": prevention checklist
 *   #/account/<key>/edit       edit form;  #/account/new  add form
 *   #/account/new/recover      add form for someone locked out now: then straight to recovery
 *   #/settings                 language, reminders, export/import
 */
export type Route =
  | { name: 'home' }
  | { name: 'new'; then?: 'recover' }
  | { name: 'account'; key: string }
  | { name: 'recover'; key: string }
  | { name: 'safe'; key: string }
  | { name: 'edit'; key: string }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'account' && parts[1] === 'new' && parts.length === 2) return { name: 'new' };
  if (parts[0] === 'account' && parts[1] === 'new' && parts[2] === 'recover' && parts.length === 3) return { name: 'new', then: 'recover' };
  if (parts[0] === 'account' && parts[1]) {
    const key = parts[1];
    if (parts[2] === 'recover') return { name: 'recover', key };
    if (parts[2] === 'safe') return { name: 'safe', key };
    if (parts[2] === 'edit') return { name: 'edit', key };
    return { name: 'account', key };
  }
  return { name: 'home' };
}

export function href(r: Route): string {
  switch (r.name) {
    case 'home':
      return '#/';
    case 'new':
      return r.then ? '#/account/new/recover' : '#/account/new';
    case 'settings':
      return '#/settings';
    case 'account':
      return `#/account/${encodeURIComponent(r.key)}`;
    default:
      return `#/account/${encodeURIComponent(r.key)}/${r.name}`;
  }
}
