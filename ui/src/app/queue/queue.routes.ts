import { type Routes } from '@angular/router';

export default [
  {
    path: '',
    title: '受付一覧 | 窓口支援システム まどぐち',
    loadComponent: () => import('./queue-page').then((m) => m.QueuePage),
  },
] satisfies Routes;
