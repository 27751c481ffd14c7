// Bundles the pages' ES modules into ../wwwroot/js (run by the server's build: see Ivr.Server.csproj and docs/web-ui.md).
import { build } from 'esbuild';

await build({
  entryPoints: { 'sign-in': 'src/sign-in/main.js', softphone: 'src/softphone/main.js',
    'console/wallboard': 'src/console/wallboard/main.js',
    'console/staffing': 'src/console/staffing/main.js',
    'console/hours': 'src/console/hours/main.js',
    'console/audit': 'src/console/audit/main.js',
    'console/quality': 'src/console/quality/main.js',
    'console/institutions': 'src/console/institutions/main.js',
    'console/lawyers': 'src/console/lawyers/main.js',
    'console/reports': 'src/console/reports/main.js',
    'console/menus': 'src/console/menus/main.js',
    'console/prompts': 'src/console/prompts/main.js',
    'console/alerts': 'src/console/alerts/main.js',
    'console/planning': 'src/console/planning/main.js',
  },
  outdir: '../wwwroot/js',
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
