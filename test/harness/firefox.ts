/**
 * Finds Firefox (ESR 142 or later: the Firefox manifest's strict_min_version), or on Debian as
 * root installs the `firefox-esr` package after an `apt-get update`, so the security suite's
 * ESR (153 at the time of writing) is chosen over bookworm main's 140. Anywhere else it stops
 * with one line saying what to install. No browser download.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/snap/bin/firefox'];
export const MIN_FIREFOX = 142;

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The major version `firefox --version` reports ("Mozilla Firefox 153.8.0esr"), or 0. */
export function firefoxMajor(path: string): number {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
    return Number(/(\d+)\./.exec(out)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

const WHAT = `Firefox ${MIN_FIREFOX} or later needed: install it (Debian: apt-get update && apt-get install firefox-esr, from the security suite) or set FIREFOX_PATH to its binary.`;

export function ensureFirefox(): string {
  const found = findFirefox();
  if (found && firefoxMajor(found) >= MIN_FIREFOX) return withJapanese(found);
  if (process.env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH=${process.env.FIREFOX_PATH}: ${found ? 'too old' : 'does not exist'}. ${WHAT}`);
  if (canInstallWithApt()) {
    console.log(`Firefox ${found ? 'too old' : 'not found'}: installing Debian's firefox-esr package (about 20 s)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr'], { stdio: 'inherit', env });
    const installed = findFirefox();
    if (installed && firefoxMajor(installed) >= MIN_FIREFOX) return withJapanese(installed);
  }
  throw new Error(WHAT);
}

/**
 * Japanese is a first-class language, so the Japanese e2e tests run Firefox with its UI in
 * Japanese: that takes Firefox's Japanese language pack (without it `intl.locale.requested=ja`
 * is ignored and the extension's i18n speaks English). Debian ships it as firefox-esr-l10n-ja;
 * it is installed here when it can be, and checked for by launches that ask for Japanese.
 */
export function hasLanguagePack(firefox: string, lang: string): boolean {
  const dirs = [join(dirname(realpathSync(firefox)), 'browser', 'extensions'), join(dirname(realpathSync(firefox)), 'distribution', 'extensions')];
  return dirs.some((d) => existsSync(d) && readdirSync(d).some((f) => f.startsWith(`langpack-${lang}@`)));
}

function withJapanese(firefox: string): string {
  if (hasLanguagePack(firefox, 'ja') || !canInstallWithApt() || !realpathSync(firefox).startsWith('/usr/lib/firefox-esr/')) return firefox;
  console.log("Firefox's Japanese language pack not found: installing Debian's firefox-esr-l10n-ja (for the Japanese tests)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr-l10n-ja'], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr-l10n-ja'], { stdio: 'inherit', env });
  }
  return firefox;
}
