import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const variants: [string, any][] = [
  ['default', true],
  ['passes3', { compress: { passes: 3 }, mangle: true }],
  ['unsafe', { compress: { passes: 3, unused: true, joinVars: true, sequences: true, dropConsole: false }, mangle: { toplevel: true } }],
];
for (const [name, minify] of variants) {
  for (const entry of ['src/content/panel.ts', 'src/content/index.ts']) {
    try {
      const r: any = await build({ configFile: false, root: '/work/wt/content2', logLevel: 'silent', plugins: [], build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'x' }, rolldownOptions: { output: { minify } } } });
      const chunk = (Array.isArray(r) ? r : [r]).flatMap((x: any) => x.output).find((o: any) => o.type === 'chunk');
      console.log(name, entry, chunk.code.length, gzipSync(chunk.code, { level: 9 }).length);
    } catch (e) { console.log(name, 'failed', (e as Error).message.slice(0, 200)); }
  }
}
