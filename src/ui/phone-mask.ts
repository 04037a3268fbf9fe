/**
 * Masked phone numbers for a first screen (the popup's home, the overview's table) without
 * loading libphonenumber before it is painted (issues #13, #14): until the phone module has
 * arrived, a number is shown as its last four digits behind stars (what maskPhone itself shows
 * for a number it cannot parse); the module is fetched right after and the screen re-renders
 * with the grouped form ("90 **** 5678").
 */
import { useEffect, useState } from 'preact/hooks';

type Mask = (e164: string) => string;
let loaded: Mask | null = null;
let pending: Promise<Mask> | null = null;

/** The full masking function, fetched once; also for code that masks outside a component (a report). */
export function loadPhoneMask(): Promise<Mask> {
  return (pending ??= import('../domain/phone.ts').then((m) => (loaded = m.maskPhone)));
}

function rough(e164: string): string {
  const d = e164.replace(/\D/g, '');
  return d.length <= 4 ? '*'.repeat(d.length) : '*'.repeat(d.length - 4) + d.slice(-4);
}

/** The masking function: the rough one first, the full one once loaded (the component re-renders). */
export function usePhoneMask(): Mask {
  // Callers that draw many numbers take this once and pass the function down: one re-render.
  const [mask, setMask] = useState<Mask>(() => loaded ?? rough);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadPhoneMask().then(
      (m) => live && setMask(() => m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return mask;
}
