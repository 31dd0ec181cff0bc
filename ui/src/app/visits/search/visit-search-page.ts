import { Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  type VisitSearchStatusFilter,
  visitSearchStatusFilters,
  visitSearchStatusLabels,
} from '@madoguchi/application/visit/contracts/visit-search-status.contract';
import type { VisitSearchItemDto, VisitSearchResultDto } from '@madoguchi/application/visit/read-models/visit-search.dto';
import type { Subscription } from 'rxjs';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { tokyoDay } from '../../core/dates/japanese-date';
import { problemMessage } from '../../core/http/problem-message';
import { type VisitSearchCriteria, VisitSearchApi } from './visit-search-api';

interface PageRequest {
  readonly criteria: VisitSearchCriteria;
  readonly cursor: string | null;
}

const isStatus = (value: string | null): value is VisitSearchStatusFilter => (visitSearchStatusFilters as readonly string[]).includes(value ?? '');

/**
 * 来庁記録の検索: any visit, open or ended, by period, ticket, name (kanji or reading, typed any way) and
 * status; each row links to its timeline, and open visits the clerk may work on to their workspace. The
 * criteria live in the address (?from=&to=&ticket=&name=&status=), so going back from a timeline returns
 * to the same results. The server shows each caller only the visits they may read.
 */
@Component({
  selector: 'mdg-visit-search-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    JapaneseDatePipe,
  ],
  templateUrl: './visit-search-page.html',
  styleUrl: './visit-search-page.scss',
})
export class VisitSearchPage {
  private readonly api = inject(VisitSearchApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly statuses = visitSearchStatusFilters.map((value) => ({ value, label: visitSearchStatusLabels[value] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    from: tokyoDay(Date.now()),
    to: tokyoDay(Date.now()),
    ticket: '',
    name: '',
    status: '' as VisitSearchStatusFilter | '',
  });

  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The answer pages so far (null before the first answer). */
  protected readonly result = signal<{ readonly items: readonly VisitSearchItemDto[]; readonly nextCursor: string | null; readonly from: string; readonly to: string } | null>(null);
  protected readonly items = computed(() => this.result()?.items ?? []);
  private criteria: VisitSearchCriteria = { from: this.form.getRawValue().from, to: this.form.getRawValue().to };
  /** The request under way: a new search replaces it, leaving the page unloaded cancels it. */
  private pending: Subscription | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.pending?.unsubscribe());
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => this.searchFor(params));
  }

  /** 検索: the criteria go into the address; the address change runs the search (the same address: again). */
  protected submit(): void {
    const value = this.form.getRawValue();
    const queryParams = {
      from: value.from || null,
      to: value.to || null,
      ticket: value.ticket.trim() || null,
      name: value.name.trim() || null,
      status: value.status || null,
    };
    const target = this.router.createUrlTree([], { relativeTo: this.route, queryParams });
    if (this.router.isActive(target, { paths: 'exact', queryParams: 'exact', fragment: 'ignored', matrixParams: 'ignored' })) {
      this.load({ criteria: this.criteria, cursor: null });
    } else {
      void this.router.navigateByUrl(target);
    }
  }

  protected clear(): void {
    const today = tokyoDay(Date.now());
    this.form.setValue({ from: today, to: today, ticket: '', name: '', status: '' });
  }

  /** さらに表示: the next page, added below. */
  protected more(): void {
    const cursor = this.result()?.nextCursor;
    if (cursor) this.load({ criteria: this.criteria, cursor });
  }

  protected personsOf(item: VisitSearchItemDto): string {
    const [first, ...others] = item.persons;
    if (!first) return '';
    return others.length > 0 ? `${first.name} 様 ほか${others.length}名` : `${first.name} 様`;
  }

  private searchFor(params: ParamMap): void {
    const today = tokyoDay(Date.now());
    const status = params.get('status');
    const value = {
      from: params.get('from') ?? params.get('to') ?? today,
      to: params.get('to') ?? today,
      ticket: params.get('ticket') ?? '',
      name: params.get('name') ?? '',
      status: isStatus(status) ? status : ('' as const),
    };
    this.form.setValue(value);
    this.criteria = {
      from: value.from,
      to: value.to,
      ...(value.ticket ? { ticket: value.ticket } : {}),
      ...(value.name ? { name: value.name } : {}),
      ...(value.status ? { status: value.status } : {}),
    };
    this.load({ criteria: this.criteria, cursor: null });
  }

  private load(request: PageRequest): void {
    this.loading.set(true);
    this.error.set(null);
    if (request.cursor === null) this.result.set(null);
    this.pending?.unsubscribe();
    this.pending = this.api.search(request.criteria, request.cursor).subscribe({
      next: (page: VisitSearchResultDto) => {
        const before = request.cursor === null ? [] : (this.result()?.items ?? []);
        this.result.set({ items: [...before, ...page.items], nextCursor: page.nextCursor, from: page.from, to: page.to });
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.loading.set(false);
      },
    });
  }
}
