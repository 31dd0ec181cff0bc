import { Pipe, type PipeTransform } from '@angular/core';
import { formatJapaneseDate, type JapaneseDateStyle } from './japanese-date';

/** `{{ visit.openedAt | japaneseDate }}` → 令和8年11月24日; `| japaneseDate: 'time'` → 9:05. */
@Pipe({ name: 'japaneseDate' })
export class JapaneseDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, style: JapaneseDateStyle = 'date'): string {
    return formatJapaneseDate(iso, style);
  }
}
