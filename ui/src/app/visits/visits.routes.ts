import { type Routes } from '@angular/router';

const product = '窓口支援システム まどぐち';

export default [
  {
    path: 'search',
    title: `来庁記録の検索 | ${product}`,
    loadComponent: () => import('./search/visit-search-page').then((m) => m.VisitSearchPage),
  },
  {
    path: ':id',
    title: `来庁者の手続き | ${product}`,
    loadComponent: () => import('./workspace/visit-workspace-page').then((m) => m.VisitWorkspacePage),
  },
  {
    path: ':id/timeline',
    title: `来庁記録のタイムライン | ${product}`,
    loadComponent: () => import('./timeline/visit-timeline-page').then((m) => m.VisitTimelinePage),
  },
  { path: '', pathMatch: 'full', redirectTo: '/queue' },
] satisfies Routes;
