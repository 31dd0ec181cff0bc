import { type Routes } from '@angular/router';

export default [
  {
    path: '',
    title: '全窓口の状況 | 窓口支援システム まどぐち',
    loadComponent: () => import('./supervisor-board-page').then((m) => m.SupervisorBoardPage),
  },
] satisfies Routes;
