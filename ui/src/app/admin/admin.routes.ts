import { type Routes } from '@angular/router';

export default [
  {
    path: 'staff',
    title: '職員一覧 | 窓口支援システム まどぐち',
    loadComponent: () => import('./staff-list-page').then((m) => m.StaffListPage),
  },
  {
    path: 'catalogue',
    title: '手続きカタログ | 窓口支援システム まどぐち',
    loadComponent: () => import('./catalogue/catalogue-page').then((m) => m.CataloguePage),
  },
  { path: '', pathMatch: 'full', redirectTo: 'staff' },
] satisfies Routes;
