/**
 * Layer rules, checked by `npm run lint:layers` (part of `npm test`):
 * - the engine is pure: it imports nothing of the app and no package;
 * - animations are pure functions of engine geometry: they import only the engine;
 * - scene modules (schemas, models, code, messages) never import views: no components, no hooks, no
 *   React; only the registry loads each scene's view, lazily;
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
      comment: 'scene modules never import components, hooks or React (the registry lazily imports views)',
      severity: 'error',
      from: { path: '^src/scenes/', pathNot: '^src/scenes/registry\\.ts$' },
      to: { path: ['^src/components/', '^src/hooks/', '(^|/)node_modules/(react|react-dom|d3-[a-z-]+)/'] },
    },
    {
      name: 'registry-loads-views-lazily',
      comment: 'the registry reaches views only through dynamic import()',
      severity: 'error',
      from: { path: '^src/scenes/registry\\.ts$' },
      to: { path: ['^src/components/', '^src/hooks/'], dependencyTypesNot: ['dynamic-import'] },
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
