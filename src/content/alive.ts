import { ext } from '../shared/ext.ts';

/** False once the extension was updated, reloaded or removed: this copy's runtime is gone. */
export function alive(): boolean {
  try {
    return !!ext()?.runtime?.id;
  } catch {
    return false;
  }
}
