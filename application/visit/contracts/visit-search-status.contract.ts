/**
 * Where a visit stands, as the search (来庁記録の検索) shows and filters it: one declaration for the server's
 * query and HTTP edge and the Angular app's filter.
 */

/** 案内待ち (waiting after a hand-off), 対応中, 完了, 取消. */
export type VisitSearchStatus = 'waiting' | 'in_service' | 'closed' | 'cancelled';
/** The status filter: one status, or `open` (来庁中) for waiting and in service together. */
export type VisitSearchStatusFilter = VisitSearchStatus | 'open';

/** In the order the filter offers them. */
export const visitSearchStatusFilters: readonly VisitSearchStatusFilter[] = ['open', 'waiting', 'in_service', 'closed', 'cancelled'];

export const visitSearchStatusLabels: Readonly<Record<VisitSearchStatusFilter, string>> = {
  open: '来庁中',
  waiting: '案内待ち',
  in_service: '対応中',
  closed: '完了',
  cancelled: '取消',
};
