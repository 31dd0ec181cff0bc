import { Component, computed, type ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ResidentSearchResultDto, ResidentSummaryDto } from '@madoguchi/application/linkage/resident-register/resident.dto';
import { parseDateInput } from '../../core/dates/date-input';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { problemMessage } from '../../core/http/problem-message';
import { VisitApi } from '../visit-api';
import { VisitWorkspaceStore } from './visit-workspace-store';

/** 住民記録から探す: search the register by name, reading, birth date (era or western) or address, then add. */
@Component({
  selector: 'mdg-person-search',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, JapaneseDatePipe],
  templateUrl: './person-search.html',
  styleUrl: './person-search.scss',
})
export class PersonSearch {
  private readonly api = inject(VisitApi);
  protected readonly store = inject(VisitWorkspaceStore);

  protected readonly form = inject(NonNullableFormBuilder).group({ name: '', kana: '', birthDate: '', address: '' });
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');
  protected readonly searching = signal(false);
  protected readonly result = signal<ResidentSearchResultDto | null>(null);
  protected readonly error = signal<string | null>(null);

  /** Nobody is the applicant yet: the first person added is (申請者). */
  protected readonly needsApplicant = computed(() => !(this.store.workspace()?.persons ?? []).some((person) => person.applicant));
  private readonly addedAtena = computed(
    () => new Set((this.store.workspace()?.persons ?? []).map((person) => person.atenaNumber).filter((atena) => atena !== null)),
  );

  protected search(): void {
    const { name, kana, birthDate, address } = this.form.getRawValue();
    const isoBirthDate = birthDate.trim() === '' ? '' : parseDateInput(birthDate);
    if (isoBirthDate === null) {
      this.error.set('生年月日は「昭和55年4月1日」「S55.4.1」「1980-04-01」のように入力してください。');
      return;
    }
    if (![name, kana, isoBirthDate, address].some((value) => value.trim() !== '')) {
      this.error.set('氏名・フリガナ・生年月日・住所のどれかを入力してください。');
      return;
    }
    this.searching.set(true);
    this.error.set(null);
    this.api.searchResidents({ name, kana, birthDate: isoBirthDate, address }).subscribe({
      next: (result) => {
        this.result.set(result);
        this.searching.set(false);
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.searching.set(false);
      },
    });
  }

  protected clear(): void {
    this.form.reset();
    this.result.set(null);
    this.error.set(null);
  }

  protected isAdded(resident: ResidentSummaryDto): boolean {
    return this.addedAtena().has(resident.atenaNumber);
  }

  protected async add(resident: ResidentSummaryDto, withHousehold: boolean): Promise<void> {
    const applicant = this.needsApplicant();
    const outcome = await this.store.run(
      { method: 'POST', path: '/persons', body: { atenaNumber: resident.atenaNumber, withHousehold, applicant, concerned: true } },
      { success: `${resident.name}さん${withHousehold ? 'と世帯の方' : ''}を登録しました。` },
    );
    // Back to the search for the next person (its text selected, so typing replaces it).
    const input = this.nameInput()?.nativeElement;
    if (outcome.ok && input) {
      input.focus();
      input.select();
    }
  }

  protected address(resident: ResidentSummaryDto): string {
    const { town, banchi, katagaki } = resident.address;
    return `${town}${banchi}${katagaki ? ' ' + katagaki : ''}`;
  }
}
