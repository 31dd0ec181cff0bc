import { type Routes } from '@angular/router';

const title = '課の手続き状況 | 窓口支援システム まどぐち';
const page = () => import('./department-board-page').then((m) => m.DepartmentBoardPage);

export default [
  // /departments shows the clerk's own (first) department; /departments/:id/board any they may see.
  { path: '', pathMatch: 'full', title, loadComponent: page },
  { path: ':id/board', title, loadComponent: page },
] satisfies Routes;
