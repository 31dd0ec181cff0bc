import { Component, computed, inject, input, output } from '@angular/core';
import type { BindingValueKind } from '@madoguchi/application/form/contracts/binding-vocabulary.contract';
import type { FieldType } from '@madoguchi/application/form/contracts/form-template.contract';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { CityDirectory } from '../../core/city/city-directory';
import { formatJapaneseDate, tokyoDay } from '../../core/dates/japanese-date';
import { bindingExample } from './binding-example';
import { baseKind, bindingOf, type BindingParts, bindingParts, filtersFor, kindAfter } from './binding-text';
import { bindingFilters, bindingRoots, keyLabels, keysOf } from './binding-words';

/**
 * 自動で入れるデータ: builds a binding step by step — what (来庁者, 世帯主, 対象者の何人目…), which item (氏名,
 * 生年月日…), how it is written (和暦, カタカナ…) — showing what it gives with the sample data. The text form
 * stays editable for anything the steps do not cover.
 */
@Component({
  selector: 'mdg-binding-picker',
  templateUrl: './binding-picker.html',
  styleUrl: './binding-picker.scss',
})
export class BindingPicker {
  readonly binding = input<string | undefined>(undefined);
  readonly fieldType = input<FieldType>('text');
  readonly perPerson = input(false);
  readonly bindingChange = output<string | undefined>();

  private readonly directory = inject(CityDirectory);
  private readonly catalogue = inject(CatalogueStore);
  protected readonly filterSpecs = bindingFilters;
  protected readonly keyLabels = keyLabels;
  protected readonly positions = [0, 1, 2, 3, 4, 5];

  protected readonly roots = computed(() =>
    Object.entries(bindingRoots)
      .filter(([root]) => root !== 'person' || this.perPerson())
      // role.<part>.<key> and roles.<part>[n].<key> take a part as well: written as text (データの指定を直接入力).
      .filter(([, spec]) => spec.shape !== 'role' && spec.shape !== 'role-list')
      .map(([root, spec]) => ({ root, label: spec.label, shape: spec.shape })),
  );
  protected readonly parts = computed<BindingParts | null>(() => {
    const binding = this.binding();
    return binding === undefined || binding === '' ? null : bindingParts(binding);
  });
  /** A binding the steps cannot show (edit it as text). */
  protected readonly custom = computed(() => this.binding() !== undefined && this.binding() !== '' && this.parts() === null);
  protected readonly shape = computed(() => (this.parts() ? bindingRoots[this.parts()!.root]?.shape : undefined));
  protected readonly keys = computed(() => Object.entries(keysOf(this.parts()?.root ?? '')).map(([key, kind]) => ({ key, kind, label: keyLabels[key] ?? key })));
  protected readonly questions = computed(() =>
    this.catalogue.activeLifeEvents().flatMap((event) => event.questions.map((question) => ({ id: question.id, text: `${event.name}: ${question.text}` }))),
  );
  private readonly kind = computed<BindingValueKind | null>(() => {
    const parts = this.parts();
    return parts ? kindAfter(baseKind(parts), parts.filters) : null;
  });
  protected readonly addableFilters = computed(() => filtersFor(this.kind()));
  protected readonly example = computed(() => {
    const binding = this.binding();
    if (!binding) return '';
    const city = this.directory.city();
    const text = bindingExample(binding, {
      cityName: city?.name ?? '花巻市',
      officeName: city?.offices[0]?.name ?? '本庁',
      departmentName: city?.departments[0]?.name ?? '',
      today: tokyoDay(Date.now()),
    });
    return this.fieldType() === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatJapaneseDate(`${text}T00:00:00+09:00`) : text;
  });
  protected readonly advice = computed(() => {
    const parts = this.parts();
    const kind = this.kind();
    if (!parts) return '';
    if (this.fieldType() === 'date' && parts.filters.length > 0) return '種類が「日付」の項目には書式を付けません（印刷で和暦になります）。書式を外すか、種類を「文字」にしてください。';
    if (this.fieldType() !== 'date' && baseKind(parts) === 'date' && parts.filters.length === 0) return '日付はそのままだと 2026-04-01 の形で印刷されます。書式「和暦」を付けるか、項目の種類を「日付」にしてください。';
    if (this.fieldType() === 'checkbox' && kind !== 'boolean' && kind !== 'any') return 'チェックボックスには、はい・いいえで答える聞き取りの回答を結び付けてください。';
    return '';
  });

  protected hasQuestion(id: string): boolean {
    return this.questions().some((question) => question.id === id);
  }

  protected chooseRoot(root: string): void {
    if (root === '') {
      this.bindingChange.emit(undefined);
      return;
    }
    const spec = bindingRoots[root];
    const firstKey = Object.keys(keysOf(root))[0] ?? null;
    const parts: BindingParts = {
      root,
      index: spec?.shape === 'person-list' ? 0 : null,
      key: spec?.shape === 'person' || spec?.shape === 'person-list' ? 'name' : spec?.shape === 'record' ? firstKey : spec?.shape === 'answers' ? (this.questions()[0]?.id ?? null) : null,
      filters: [],
    };
    this.emit(parts);
  }

  protected chooseIndex(index: string): void {
    const parts = this.parts();
    if (parts) this.emit({ ...parts, index: Number(index) });
  }

  protected chooseKey(key: string): void {
    const parts = this.parts();
    if (parts) this.emit({ ...parts, key: key.trim() === '' ? null : key.trim(), filters: [] });
  }

  protected addFilter(filter: string): void {
    const parts = this.parts();
    if (parts && filter) this.emit({ ...parts, filters: [...parts.filters, filter] });
  }

  protected removeFilter(at: number): void {
    const parts = this.parts();
    if (parts) this.emit({ ...parts, filters: parts.filters.slice(0, at) });
  }

  protected typed(text: string): void {
    this.bindingChange.emit(text.trim() === '' ? undefined : text.trim());
  }

  private emit(parts: BindingParts): void {
    this.bindingChange.emit(bindingOf(parts));
  }
}
