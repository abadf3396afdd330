// ESLint for the whole tree (npm run lint, in npm test with --max-warnings 0):
// the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// and the shape of the code (docs/DESIGN.md, "Code layout"): no import circle
// anywhere, and imports that point down — pages → components → data → lib;
// in lib, every domain may import content/, site/ and revisions/ (and itself);
// revisions/ imports content/ and site/; content/ and site/ only themselves;
// browser code never imports build code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const LIB_DOMAINS = ['checks', 'views', 'search', 'share', 'lists'];
const BUILD = ['./src/data', './src/components', './src/pages', './src/layouts', './src/integrations'];

const zones = [
  { target: './src/lib', from: [...BUILD, './src/browser'], message: 'src/lib is pure: it imports src/lib only.' },
  { target: './src/lib/content', from: './src/lib', except: ['./content'], message: 'lib/content is the bottom layer: it imports lib/content only.' },
  { target: './src/lib/site', from: './src/lib', except: ['./site'], message: 'lib/site is a bottom layer: it imports lib/site only.' },
  ...LIB_DOMAINS.map((d) => ({
    target: `./src/lib/${d}`,
    from: './src/lib',
    except: [`./${d}`, './content', './site', './revisions'],
    message: `lib/${d} imports its own folder, lib/content, lib/site and lib/revisions only.`,
  })),
  // The story's revisions (the lock, updates and corrections, review stamps) sit under every domain but content and site.
  {
    target: './src/lib/revisions',
    from: './src/lib',
    except: ['./revisions', './content', './site'],
    message: 'lib/revisions imports its own folder, lib/content and lib/site only.',
  },
  { target: './src/data', from: ['./src/components', './src/pages', './src/layouts', './src/browser'], message: 'src/data is below components and pages.' },
  { target: ['./src/components', './src/layouts'], from: './src/pages', message: 'components never import a page.' },
  { target: './src/browser', from: BUILD, message: 'browser code imports src/lib and src/browser only.' },
];

export default [
  { ignores: ['dist/', 'dist-*/', '.astro/', 'bench-out/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // A leading underscore marks a value left out on purpose (a destructured field, an unused argument).
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }] } },
  {
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro'] })],
      // no-cycle reads each imported module itself: it needs their parsers.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'astro-eslint-parser': ['.astro'] },
      'import-x/extensions': ['.ts', '.mjs', '.js', '.astro'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
];
