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
    // The resident's guide prints on its own, without the shell around it.
    path: 'visits/:id/guide',
    title: `受付案内票 | ${product}`,
    canActivate: [authGuard],
    loadComponent: () => import('./visits/guide/visit-guide-page').then((m) => m.VisitGuidePage),
  },
  {
    // The resident-facing touch panel: a staff session on the second monitor, without the staff app's chrome.
    // Between residents it waits (/panel); 「署名をお願いする」 opens the visit's forms there, one after another.
    path: 'panel',
    title: `タッチパネル | ${product}`,
    canActivate: [authGuard],
    loadComponent: () => import('./panel/panel-idle').then((m) => m.PanelIdle),
  },
  {
    path: 'panel/visits/:id',
    title: `ご確認・ご署名 | ${product}`,
    canActivate: [authGuard],
    loadComponent: () => import('./panel/form-panel-page').then((m) => m.FormPanelPage),
  },
  // The earlier address of one form: the whole sequence of the visit now.
  { path: 'panel/visits/:id/forms/:formId', redirectTo: 'panel/visits/:id' },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', canActivate: [startPageGuard], children: [] },
      { path: 'queue', loadChildren: () => import('./queue/queue.routes') },
      { path: 'visits', loadChildren: () => import('./visits/visits.routes') },
      { path: 'departments', loadChildren: () => import('./boards/department-board.routes') },
      {
        path: 'supervisor',
        canActivate: [roleGuard('supervisor', 'auditor', 'admin')],
        loadChildren: () => import('./boards/supervisor-board.routes'),
      },
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('./admin/admin.routes'),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
