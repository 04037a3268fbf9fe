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

/**
 * The extension's pages: the popup (the manifest's action) and the pages the popup and the
 * worker open. Each is built on its own (see pageBuilds()).
 */
const PAGES = {
  popup: baseManifest.action.default_popup,
  drill: 'src/drill/index.html',
  kit: 'src/kit/index.html',
  overview: 'src/overview/index.html',
  // The panel's way to anything that needs stored data (issue #9); opened by the worker.
  link: 'src/link/index.html',
} as const;

/**
 * Builds every extension page in a build of its own, once the main build (worker, content
 * script, manifest) is written, so that each page loads the code of its first screen as ONE
 * file, and its other screens as chunks of their own (issue #14). In one build with every page,
 * a module shared by two pages or by a page and the worker becomes a chunk of its own: the popup
 * loaded 24 of them before it could draw anything, and in an extension page each file costs a
 * request through the browser process and a module record, which measured as most of its first
 * paint (BENCHMARKS.md). The pages duplicate what they share (preact, i18n, the store code); an
 * extension has no network to save, and no page pays for another's code.
 */
/**
 * A page whose first script is a small boot.ts (popup, overview) starts its store read there and
 * then imports the page's code dynamically (issues #13 and #14). So that the code does not wait
 * for the boot script to run before its fetch begins, the HTML names it (and its style sheet) as
 * preloads: everything is fetched at once, the boot script runs first, and its import() finds the
 * module already fetched. A preload applies nothing: the style sheet is applied by the import
 * (vite's preload helper), before the page's first render, without holding back any script.
 */
function preloadFirstScreen(): Plugin {
  return {
    name: 'mfa-lifeline:preload-first-screen',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
        for (const entry of chunks.filter((c) => c.isEntry && c.moduleIds.some((id) => /[\\/]boot\.ts$/.test(id)))) {
          const screen = entry.dynamicImports.map((f) => bundle[f]).filter((c): c is Rolldown.OutputChunk => c?.type === 'chunk');
          if (screen.length !== 1) this.error(`${entry.fileName}: a boot script imports exactly one first screen, got ${entry.dynamicImports.join(', ')}`);
          const js = [screen[0]!.fileName, ...screen[0]!.imports.filter((f) => f !== entry.fileName)];
          const css = [...((screen[0] as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])];
          const links = [...js.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`), ...css.map((f) => `<link rel="preload" as="style" crossorigin href="/${f}">`)].join('\n    ');
          for (const html of Object.values(bundle).filter((o) => o.type === 'asset' && o.fileName.endsWith('.html'))) {
            const asset = html as Rolldown.OutputAsset;
            const text = String(asset.source);
            if (!text.includes(`/${entry.fileName}"`)) continue;
            asset.source = text.replace('</head>', `  ${links}\n  </head>`);
          }
        }
      },
    },
  };
}

function pageBuilds(outDir: string, mode: string): Plugin {
  return {
    name: 'mfa-lifeline:page-builds',
    apply: 'build',
    // The popup was taken out of crx's manifest (manifestFor) so that crx does not build it into
    // the shared chunks; the manifest.json it emits gets it back.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['manifest.json'];
        if (asset?.type !== 'asset') this.error('crx emitted no manifest.json');
        const manifest = JSON.parse(String(asset.source)) as { action?: Record<string, unknown> };
        manifest.action = { ...manifest.action, default_popup: PAGES.popup };
        asset.source = JSON.stringify(manifest, null, 2);
      },
    },
    async closeBundle(error?: Error) {
      if (error) return;
      // In parallel: separate rolldown builds; a lazy chunk two pages share is written twice with the same bytes.
      await Promise.all(
        Object.entries(PAGES).map(([name, html]) =>
          build({
            configFile: false,
            root: import.meta.dirname,
            mode,
            logLevel: 'warn',
            // public/ (the icons) is copied once, by the main build.
            publicDir: false,
            plugins: [preact(), preloadFirstScreen()],
            build: {
              outDir,
              emptyOutDir: false,
              target: 'es2022',
              sourcemap: false,
              // Readable function names in a profile (scripts/trace-first-screen.ts): MFA_UNMINIFIED_PAGES=1 npm run build.
              ...(process.env.MFA_UNMINIFIED_PAGES ? { minify: false } : {}),
              // Extension pages run in browsers that support modulepreload; the polyfill would be one more file.
              modulePreload: { polyfill: false },
              rolldownOptions: {
                input: { [name]: html },
                // Everything the page imports statically, in the page's own file; and a boot
                // script's first screen (main.tsx and all it imports statically), in one more.
                output: {
                  codeSplitting: {
                    groups: [
                      { name, tags: ['$initial'], priority: 2 },
                      { name: `${name}-screen`, test: /[\\/]src[\\/](popup|overview)[\\/]main\.tsx$/, priority: 1 },
                    ],
                  },
                },
              },
            },
          }),
        ),
      );
    },
  };
}

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  // Without the popup: pageBuilds() builds it and puts it back into the emitted manifest.
  const { default_popup: _popup, ...action } = baseManifest.action;
  const withoutPopup = { ...baseManifest, action };
  if (browser === 'chrome') return withoutPopup as ManifestV3Export;
  const { background: _sw, minimum_chrome_version: _min, ...rest } = withoutPopup;
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
  const outDir = browser === 'firefox' ? 'dist-firefox' : 'dist';
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
      pageBuilds(outDir, mode),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Readable stack traces in bug reports cost nothing at runtime; no source maps are shipped.
      sourcemap: false,
    },
  };
});
