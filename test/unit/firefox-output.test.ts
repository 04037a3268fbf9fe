/**
 * Which lines of Firefox's stdout the e2e harness counts as the extension's errors (they fail the
 * file) and which are Firefox's own noise. The samples were printed by Firefox ESR 153 under the
 * harness's prefs.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_UUID, isExtensionError } from '../e2e/harness/firefox-driver.ts';

const ext = `moz-extension://${EXTENSION_UUID}`;

describe('Firefox output: extension errors versus noise', () => {
  it('counts uncaught errors and errors logged in the extension, and bare console.error lines', () => {
    for (const line of [
      `JavaScript error: ${ext}/src/popup/index.html, line 4: Error: boom`,
      `console.warn: "MFA Lifeline: could not show reminder" "phone-verify:a1" (new Error("Type error for parameter options", "${ext}/assets/index.ts-BSHaCnEI.js", 1))`,
      'console.error: "MFA Lifeline: write failed"',
    ]) expect(isExtensionError(line), line).toBe(true);
  });

  it('ignores what Firefox itself prints', () => {
    for (const line of [
      'console.error: (new TypeError("can\'t access property \\"id\\", context is null", "chrome://remote/content/shared/NavigationManager.sys.mjs", 439))',
      'console.error: (new InvalidStateError("JSWindowActorChild.sendAsyncMessage: JSWindowActorChild cannot send at the moment", (void 0), 103))',
      'console.error: (new Error("Polling for changes failed: NetworkError: Network request failed.", "resource://services-settings/remote-settings.sys.mjs", 490))',
      'console.error: RSLoader: ',
      'JavaScript error: resource:///modules/backup/BackupService.sys.mjs, line 4408: NotAllowedError: PathUtils.join: PathUtils does not support empty paths',
      `console.log: "${ext} loaded"`,
      '1796158142496	RemoteAgent	WARN	PollPromise timed out after 100 ms',
    ]) expect(isExtensionError(line), line).toBe(false);
  });
});
