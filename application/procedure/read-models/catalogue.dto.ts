import type { ProcedureCatalogue } from '../contracts/catalogue.contract';

/** GET /api/catalogue: the current catalogue and its revision (also the ETag; send it back as If-Match). */
export interface CatalogueDto extends ProcedureCatalogue {
  readonly revision: number;
}

/** Answer to PUT /api/catalogue/procedures/:id, /life-events/:id and /rules/:id. */
export interface CatalogueSavedDto {
  /** The revision of the catalogue stream after the change. */
  readonly revision: number;
  /** Encoded position of the last event written (null when nothing changed). */
  readonly position: string | null;
}
