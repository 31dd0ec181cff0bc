import { Component, computed, type ElementRef, inject, output, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { parseDateInput } from '../../core/dates/date-input';
import { formatJapaneseDate, tokyoDay } from '../../core/dates/japanese-date';
import * as options from './manual-person-options';
import { VisitWorkspaceStore } from './visit-workspace-store';

const dateValidator = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' || parseDateInput(control.value) ? null : { date: true };
const kanaValidator = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' || options.isKatakana(options.toKatakana(control.value)) ? null : { kana: true };

/** 住民記録にない方を追加: people moving in from another city, with their insurance asked in plain words. */
@Component({
  selector: 'mdg-manual-person-form',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
  ],
  templateUrl: './manual-person-form.html',
  styleUrl: './manual-person-form.scss',
})
export class ManualPersonForm {
  protected readonly store = inject(VisitWorkspaceStore);
  protected readonly options = options;
  readonly added = output<string>();
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');

  private readonly persons = computed(() => this.store.workspace()?.persons ?? []);
  protected readonly needsApplicant = computed(() => !this.persons().some((person) => person.applicant));

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(60)]],
    nameKana: ['', [Validators.required, kanaValidator]],
    birthDate: ['', [Validators.required, dateValidator]],
    sex: ['unspecified' as 'male' | 'female' | 'unspecified'],
    relationship: ['', Validators.required],
    isHouseholdHead: [false],
    address: [''],
    applicant: [false],
    concerned: [true],
    health: ['none' as options.HealthInsurance],
    kaigo: ['none'],
    nenkin: ['none' as options.Nenkin],
    hasMyNumberCard: [false],
  });

  private readonly birthDateText = toSignal(this.form.controls.birthDate.valueChanges, { initialValue: '' });
  protected readonly birthDateIso = computed(() => parseDateInput(this.birthDateText()));
  protected readonly age = computed(() => {
    const iso = this.birthDateIso();
    return iso ? options.ageOn(iso, tokyoDay(Date.now())) : null;
  });
  protected readonly birthDateLabel = computed(() => {
    const iso = this.birthDateIso();
    return iso ? `${formatJapaneseDate(iso)}（${this.age()}歳）` : '';
  });

  constructor() {
    // Sensible defaults the clerk only confirms: 介護保険 from 40 (65+ is 第1号), the first person is the applicant.
    this.form.controls.birthDate.valueChanges.subscribe(() => {
      const age = this.age();
      if (age !== null && this.form.controls.kaigo.pristine) this.form.controls.kaigo.setValue(age >= 40 ? 'insured' : 'none');
    });
    this.form.controls.relationship.valueChanges.subscribe((relationship) => {
      if (this.form.controls.isHouseholdHead.pristine) this.form.controls.isHouseholdHead.setValue(relationship === '世帯主');
    });
    this.prepare();
  }

  /** Opens the form for the next person: the applicant first, the same address as the others. */
  prepare(previous?: { readonly address: string; readonly applicant: boolean }): void {
    // resetForm() also forgets that the form was submitted, so the next person starts without red errors.
    const directive = this.formDirective();
    if (directive) directive.resetForm();
    else this.form.reset();
    // The workspace may not show the person just added yet: go by what was sent.
    this.form.patchValue({
      applicant: this.needsApplicant() && !previous?.applicant,
      address: previous?.address || this.persons()[0]?.address || '岩手県花巻市',
    });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body = {
      name: value.name.trim(),
      nameKana: options.toKatakana(value.nameKana),
      birthDate: this.birthDateIso() ?? '',
      sex: value.sex,
      relationship: value.relationship.trim(),
      isHouseholdHead: value.isHouseholdHead,
      address: value.address.trim(),
      applicant: value.applicant,
      concerned: value.concerned,
      insurance: {
        employee: value.health === 'employee',
        kokuho: value.health === 'kokuho',
        koki: value.health === 'koki',
        kaigo: value.kaigo,
        nenkin: value.nenkin === 'none' ? null : `${value.nenkin}号`,
      },
      hasMyNumberCard: value.hasMyNumberCard,
    };
    const outcome = await this.store.run({ method: 'POST', path: '/persons/manual', body }, { success: `${body.name}さんを登録しました。` });
    if (outcome.ok) {
      this.added.emit(body.name);
      this.prepare({ address: body.address, applicant: body.applicant });
      this.nameInput()?.nativeElement.focus(); // the next person's name, without reaching for the mouse
    }
  }
}
