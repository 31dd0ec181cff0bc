import { type Routes } from '@angular/router';

export default [
  {
    path: ':id',
    title: '来庁受付の詳細 | 窓口支援システム まどぐち',
    loadComponent: () => import('./visit-detail-page').then((m) => m.VisitDetailPage),
  },
  { path: '', pathMatch: 'full', redirectTo: '/queue' },
] satisfies Routes;
