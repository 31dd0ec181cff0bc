import { type Routes } from '@angular/router';
import { unsavedChangesGuard } from './forms/unsaved-changes-guard';

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
  {
    path: 'forms',
    title: '様式の管理 | 窓口支援システム まどぐち',
    loadComponent: () => import('./forms/form-list-page').then((m) => m.FormListPage),
  },
  {
    path: 'forms/:id',
    title: '様式デザイナー | 窓口支援システム まどぐち',
    canDeactivate: [unsavedChangesGuard],
    data: { fullWidth: true },
    loadComponent: () => import('./forms/form-designer-page').then((m) => m.FormDesignerPage),
  },
  { path: '', pathMatch: 'full', redirectTo: 'staff' },
] satisfies Routes;
