/**
 * Dependency rules from STYLE.md, checked by `npm run deps:check` (part of `npm test`):
 * domain imports only domain; application only application and domain; only src/ and
 * infrastructure/ import inversify; contexts meet only through each other's index.ts (domain).
 */

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports only domain/ (no frameworks, no node built-ins, no other layer)',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: '^domain/' },
    },
    {
      name: 'application-inward-only',
      comment: 'application/ imports only application/, domain/ and a few pure libraries',
      severity: 'error',
      from: { path: '^application/' },
      to: { pathNot: ['^application/', '^domain/', '^node_modules/rxjs/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'no-infrastructure-in-inner-layers',
      severity: 'error',
      from: { path: '^(domain|application)/' },
      to: { path: '^(infrastructure|src|ui|tests)/' },
    },
    {
      name: 'inversify-only-at-the-edges',
      comment: 'nothing but src/ and infrastructure/ imports inversify',
      severity: 'error',
      from: { pathNot: '^(src|infrastructure)/' },
      to: { path: 'node_modules/(inversify|@inversifyjs)/' },
    },
    {
      name: 'domain-contexts-meet-through-index',
      comment: 'one domain context reaches another only through its index.ts',
      severity: 'error',
      from: { path: '^domain/([^/]+)/' },
      to: { path: '^domain/([^/]+)/.+', pathNot: ['^domain/$1/', '^domain/shared/', '^domain/[^/]+/index\\.ts$'] },
    },
    {
      name: 'infrastructure-not-from-src',
      comment: 'adapters never reach into the composition root',
      severity: 'error',
      from: { path: '^infrastructure/' },
      to: { path: '^src/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|ui)/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
