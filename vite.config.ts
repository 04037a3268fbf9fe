import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { mergeLocaleFragments } from './src/shared/locale-merge.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The id Firefox keys storage and IndexedDB by; it must never change once published. */
const GECKO_ID = 'mfa-lifeline@mfa-lifeline.dev';

/**
 * Locale strings live as one fragment per feature under src/locales/<lang>/*.json, so features
 * stay in their own files; this plugin merges them into the _locales/<lang>/messages.json the
 * browser reads, and fails the build on a duplicate key or on languages that drift apart.
 */
function locales(): Plugin {
  const dir = join(import.meta.dirname, 'src/locales');
  return {
    name: 'mfa-lifeline:locales',
    generateBundle() {
      const langs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
      const fragments = Object.fromEntries(
        langs.map((lang) => [
          lang,
          readdirSync(join(dir, lang))
            .filter((f) => f.endsWith('.json'))
            .sort()
            .map((f) => ({ name: `${lang}/${f}`, json: JSON.parse(readFileSync(join(dir, lang, f), 'utf8')) as unknown })),
        ]),
      );
      for (const [lang, messages] of Object.entries(mergeLocaleFragments(fragments))) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(messages, null, 1) });
      }
    },
  };
}

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  const { background: _sw, minimum_chrome_version: _min, ...rest } = baseManifest;
  return {
    ...rest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // One self-contained IIFE: no loader, and no web_accessible_resources through which
        // AWS pages could see or fingerprint the extension's files.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      locales(),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // Readable stack traces in bug reports cost nothing at runtime; no source maps are shipped.
      sourcemap: false,
      rollupOptions: {
        input: {
          drill: 'src/drill/index.html',
          kit: 'src/kit/index.html',
          overview: 'src/overview/index.html',
          // The panel's way to anything that needs stored data (issue #9); opened by the worker.
          link: 'src/link/index.html',
        },
      },
    },
  };
});
