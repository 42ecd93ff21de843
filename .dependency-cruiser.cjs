/**
 * Layer rules, checked by `npm run lint:layers` (part of `npm test`):
 * - the engine is pure: it imports nothing of the app and no package;
 * - animations are pure functions of engine geometry: they import only the engine;
 * - a scene is one folder `src/scenes/<name>/`: its schema, model, code and messages never import views
 *   (no components, hooks, React, D3 or `view/` folder); its `index.ts` loads `view/` only lazily; one
 *   scene's view never imports another's; the shared views in src/components import no scene;
 * - the store, the URL codec and the messages do not import views either.
 * TypeScript is read through swc (dependency-cruiser 16 reads TypeScript 5 at most; this project uses 7).
 */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'src/engine imports only src/engine (no app code, no package, no DOM library)',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { pathNot: '^src/engine/' },
    },
    {
      name: 'animations-are-pure',
      comment: 'src/animations imports only the engine and other animations',
      severity: 'error',
      from: { path: '^src/animations/' },
      to: { pathNot: '^src/(engine|animations)/' },
    },
    {
      name: 'scene-models-import-no-views',
      comment: 'a scene\'s schema, model, code and messages never import views: no components, hooks, React or D3, no view folder',
      severity: 'error',
      from: { path: '^src/scenes/', pathNot: ['^src/scenes/[^/]+/view/', '^src/scenes/[^/]+/index\\.ts$', '^src/scenes/define\\.ts$'] },
      to: { path: ['^src/components/', '^src/hooks/', '^src/scenes/[^/]+/view/', '(^|/)node_modules/(react|react-dom|d3-[a-z-]+)/'] },
    },
    {
      name: 'scene-index-loads-its-view-lazily',
      comment: 'a scene\'s index (in the first chunk) reaches its view only through dynamic import()',
      severity: 'error',
      from: { path: '^src/scenes/[^/]+/index\\.ts$' },
      to: { path: ['^src/components/', '^src/hooks/', '^src/scenes/[^/]+/view/', '(^|/)node_modules/(react|react-dom|d3-[a-z-]+)/'], dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'views-of-one-scene-only',
      comment: 'a scene\'s view imports no other scene\'s view (what two scenes share lives in src/components)',
      severity: 'error',
      from: { path: '^src/scenes/([^/]+)/view/' },
      to: { path: '^src/scenes/[^/]+/view/', pathNot: '^src/scenes/$1/view/' },
    },
    {
      name: 'shared-views-import-no-scene',
      comment: 'src/components (the shell and what scenes share) imports no scene\'s view or model; only the registry',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/scenes/', pathNot: ['^src/scenes/registry\\.ts$', '^src/scenes/define\\.ts$'] },
    },
    {
      name: 'state-imports-no-views',
      comment: 'the store, the URL codec and the messages import no components or hooks',
      severity: 'error',
      from: { path: '^src/(store|url|i18n)/' },
      to: { path: ['^src/components/', '^src/hooks/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
