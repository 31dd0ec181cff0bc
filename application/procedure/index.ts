/** What other contexts may use of the Procedure context. */
export { CatalogueQueries } from './read-models/catalogue-queries';
export { procedureCatalogueProjection } from './read-models/procedure-catalogue.projection';
export { ProcedureTokens } from './procedure.tokens';
