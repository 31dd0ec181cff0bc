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

export type ManualPersonValue = ReturnType<ManualPersonForm['form']['getRawValue']>;

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

  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(60)]],
    nameKana: ['', [Validators.required, kanaValidator]],
    birthDate: ['', [Validators.required, dateValidator]],
    sex: ['unspecified' as 'male' | 'female' | 'unspecified'],
    relationship: ['', Validators.required],
    isHouseholdHead: [false],
    postalCode: ['', Validators.pattern(/^(\d{3}-?\d{4})?$/)],
    address: [''],
    katagaki: [''],
    previousAddress: [''],
    movedOn: ['', dateValidator],
    foreign: [false],
    nationality: [''],
    residenceStatus: [''],
    allowances: inject(NonNullableFormBuilder).group(Object.fromEntries(options.allowanceChoices.map((choice) => [choice.value, false])) as Record<options.Allowance, boolean>),
    applicant: [false],
    concerned: [true],
    health: ['none' as options.HealthInsurance],
    kaigo: ['none'],
    nenkin: ['none' as options.Nenkin],
    hasMyNumberCard: [false],
  });

  private readonly movedOnText = toSignal(this.form.controls.movedOn.valueChanges, { initialValue: '' });
  protected readonly movedOnLabel = computed(() => {
    const iso = parseDateInput(this.movedOnText());
    return iso ? formatJapaneseDate(iso) : '';
  });
  protected readonly foreign = toSignal(this.form.controls.foreign.valueChanges, { initialValue: false });

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
      const sex = options.sexOfRelationship(relationship);
      if (sex && this.form.controls.sex.pristine) this.form.controls.sex.setValue(sex);
    });
    this.prepare();
  }

  /**
   * Opens the form for the next person of the household: what members share comes from the one just
   * registered (surname and its reading, address, 方書, 前の住所, 異動日, health insurance, card), so the
   * clerk types only what differs. The first person is the applicant and the head unless said otherwise.
   */
  prepare(previous?: ManualPersonValue): void {
    // resetForm() also forgets that the form was submitted, so the next person starts without red errors.
    const directive = this.formDirective();
    if (directive) directive.resetForm();
    else this.form.reset();
    const first = this.persons().length === 0 && !previous;
    const shared = previous ? options.sharedWithHousehold(previous) : {};
    // The workspace may not show the person just added yet: go by what was sent.
    this.form.patchValue({
      applicant: this.needsApplicant() && !previous?.applicant,
      address: previous?.address || this.persons()[0]?.details.addressLine || '岩手県花巻市',
      postalCode: previous?.postalCode ?? this.persons()[0]?.details.postalCode ?? '',
      katagaki: previous?.katagaki ?? this.persons()[0]?.details.katagaki ?? '',
      relationship: first ? '世帯主' : '',
      ...shared,
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
      postalCode: options.postalCode(value.postalCode),
      address: value.address.trim(),
      katagaki: value.katagaki.trim(),
      previousAddress: value.previousAddress.trim() || null,
      movedOn: parseDateInput(value.movedOn) ?? null,
      nationality: value.foreign ? value.nationality.trim() || null : null,
      residenceStatus: value.foreign ? value.residenceStatus.trim() || null : null,
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
      allowances: value.allowances,
    };
    const outcome = await this.store.run({ method: 'POST', path: '/persons/manual', body }, { success: `${body.name}さんを登録しました。` });
    if (outcome.ok) {
      this.added.emit(body.name);
      this.prepare(value);
      this.nameInput()?.nativeElement.focus(); // the next person's name, without reaching for the mouse
    }
  }
}
