import { type Routes } from '@angular/router';
import { authGuard } from './core/auth/auth-guard';
import { roleGuard } from './core/auth/role-guard';
import { startPageGuard } from './core/auth/start-page-guard';

const product = '窓口支援システム まどぐち';

export const routes: Routes = [
  {
    path: 'login',
    title: `職員ログイン | ${product}`,
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', canActivate: [startPageGuard], children: [] },
      { path: 'queue', loadChildren: () => import('./queue/queue.routes') },
      { path: 'visits', loadChildren: () => import('./visits/visits.routes') },
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('./admin/admin.routes'),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
