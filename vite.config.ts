import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { mergeLocaleFragments } from './src/shared/locale-merge.ts';
import { PANEL_SCRIPT } from './src/shared/panel-script.ts';
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

/**
 * The panel's script (issue #14): not a content script of the manifest, but a file the worker
 * injects with `scripting.executeScript` once the detector recognized a page. Built like the
 * manifest's content script (crxjs's standalone files): one self-contained IIFE, no loader, no
 * chunk, no web_accessible_resources, written where src/shared/panel-script.ts says. crxjs's own
 * `?iife` import would also list the file in web_accessible_resources for every https page.
 */
function panelScript(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'mfa-lifeline:panel-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        resolve: config.resolve,
        define: config.define,
        oxc: config.oxc,
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          target: config.build.target,
          minify: config.build.minify,
          sourcemap: false,
          lib: { entry: join(config.root, 'src/content/panel.ts'), formats: ['iife'], name: 'mfaLifelinePanel', fileName: () => PANEL_SCRIPT },
          rollupOptions: { output: { entryFileNames: PANEL_SCRIPT, inlineDynamicImports: true } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((r) => r.output);
      const entry = outputs.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry || outputs.length !== 1) throw new Error(`the panel's script must build to one file, got ${outputs.map((o) => o.fileName).join(', ')}`);
      this.emitFile({ type: 'asset', fileName: PANEL_SCRIPT, source: entry.code });
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
        // One self-contained IIFE (the detector): no loader, and no web_accessible_resources
        // through which AWS pages could see or fingerprint the extension's files. The panel is
        // a second IIFE the worker injects (panelScript above).
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      panelScript(),
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
