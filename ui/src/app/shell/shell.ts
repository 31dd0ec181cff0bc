import { BreakpointObserver } from '@angular/cdk/layout';
import { Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { type ActivatedRouteSnapshot, NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, startWith } from 'rxjs';
import { Session } from '../core/auth/session';
import { CityDirectory } from '../core/city/city-directory';
import { LiveUpdates } from '../core/live/live-updates';
import { LiveStatusIndicator } from './live-status-indicator';
import { StaffBadge } from './staff-badge';

interface NavLink {
  readonly path: string;
  readonly label: string;
  readonly icon: string;
}

/** The frame around every signed-in screen: toolbar (product, city, clerk, live status), side navigation. */
@Component({
  selector: 'mdg-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    LiveStatusIndicator,
    StaffBadge,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly live = inject(LiveUpdates);
  private readonly directory = inject(CityDirectory);

  protected readonly staff = this.session.staff;
  protected readonly cityName = computed(() => this.directory.city()?.name ?? '');
  protected readonly liveStatus = this.live.status;
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 960px)')
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );
  /** Screens that need the whole width (the form designer) say so with route data `fullWidth: true`. */
  protected readonly fullWidth = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      startWith(null),
      map(() => deepest(this.router.routerState.snapshot.root).data['fullWidth'] === true),
    ),
    { initialValue: false },
  );
  protected readonly links = computed<readonly NavLink[]>(() => {
    const role = this.staff()?.role;
    const links: NavLink[] = [
      { path: '/queue', label: '受付一覧', icon: 'queue' },
      { path: '/departments', label: '課の手続き状況', icon: 'board' },
      { path: '/visits/search', label: '来庁記録の検索', icon: 'search' },
    ];
    if (role === 'supervisor' || role === 'auditor' || role === 'admin') {
      links.push({ path: '/supervisor', label: '全窓口の状況', icon: 'dashboard' });
    }
    if (role === 'admin') {
      links.push({ path: '/admin/catalogue', label: '手続きカタログ', icon: 'catalogue' });
      links.push({ path: '/admin/forms', label: '様式の管理', icon: 'forms' });
      links.push({ path: '/admin/staff', label: '職員一覧', icon: 'staff' });
    }
    return links;
  });

  constructor() {
    // Keep the live channel open for the whole session, so the indicator is true and no screen waits for it.
    this.live.notices$.pipe(takeUntilDestroyed()).subscribe();
  }

  protected logout(): void {
    this.session.logout().subscribe({
      complete: () => void this.router.navigateByUrl('/login'),
      error: () => void this.router.navigateByUrl('/login'),
    });
  }
}

function deepest(route: ActivatedRouteSnapshot): ActivatedRouteSnapshot {
  return route.firstChild ? deepest(route.firstChild) : route;
}
