/**
 * Dependency rules from STYLE.md, checked by `npm run deps:check` (part of `npm test`):
 * domain imports only domain; application only application and domain; only src/ and
 * infrastructure/ import inversify; contexts meet only through each other's index.ts (domain);
 * the Angular app (ui/src, specs included) imports from the server only its published contracts.
 */

/** What the server publishes to the UI: contracts (application/<ctx>/contracts/) and read-model DTOs (*.dto.ts). */
const published = ['^application/[^/]+/contracts/', '^application/.+\\.dto\\.ts$'];

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
      name: 'ui-imports-only-contracts',
      comment:
        'ui/ imports from the server only published contracts (application/<ctx>/contracts/) and read-model DTOs (application/**/*.dto.ts): never domain/, infrastructure/, src/, tests/ or other application code',
      severity: 'error',
      from: { path: '^ui/' },
      to: { path: ['^(domain|infrastructure|src|tests)/', '^application/'], pathNot: published },
    },
    {
      name: 'contracts-stand-alone',
      comment:
        'a published contract imports only other contracts and the domain values it publishes (a vocabulary, the binding filters): no other application code, package or node built-in, since it reaches the UI bundle',
      severity: 'error',
      from: { path: '^application/[^/]+/contracts/' },
      to: { pathNot: ['^application/[^/]+/contracts/', '^domain/'] },
    },
    {
      name: 'contracts-declare-their-own-types',
      comment: 'a contract is its own type, never a domain type re-used (application/<ctx>/<ctx>-contracts.conformance.ts checks the two fit)',
      severity: 'error',
      from: { path: '^application/[^/]+/contracts/' },
      to: { path: '^domain/', dependencyTypes: ['type-only', 'type-import'] },
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
    // The UI's tsconfig: it holds the tree's one path alias (@madoguchi/application, used by ui/ only); the
    // server's code imports relatively, so the same resolution serves both.
    tsConfig: { fileName: 'ui/tsconfig.json' },
    exclude: { path: '^dist/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
