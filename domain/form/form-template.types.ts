/**
 * A form template (様式) as admins design it: the fields, where each comes from (binding), and the page
 * layout in millimetres. Templates are data; there is no limit on their number.
 */

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';
/** gothic: Noto Sans JP; mincho: Noto Serif JP; both fall back per character to IPAmj Mincho (MJ characters). */
export type FontFamily = 'gothic' | 'mincho';

/** Millimetres from the top-left corner of the page. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type FieldType = 'text' | 'multiline' | 'kana' | 'date' | 'number' | 'phone' | 'postal-code' | 'choice' | 'checkbox' | 'signature';

/**
 * Where a field's value comes from, as a path with optional filters:
 *   `<root>(.<key> | [<n>])* (| <filter>)*`
 * roots: applicant (来庁者), concerned[n] (the persons the procedure is for; `person` = the form's own person
 * when the form is per person), head (世帯主), household[n], visit, answers, staff, office, city, today;
 * keys of a person: name, nameKana, birthDate, sex, relationship, address, postalCode, addressLine, katagaki,
 * atenaNumber, age; visit: date, ticketNumber, lifeEvents; staff: name, department; office: name, address,
 * phone; city: name, mayor; answers.<questionId>;
 * filters: era (令和8年11月24日), eraShort (R8.11.24), eraYear (令和8年), age (満年齢 from a date),
 * katakana, fullwidth, sexLabel (男/女), yesNo (はい/いいえ), first (first line of multi-line text).
 * Examples: "applicant.name", "person.birthDate|era", "head.name", "visit.date|era", "answers.moved_from".
 */
export type Binding = string;

export interface FieldDefinition {
  /**
   * Stable id, snake_case. The SAME id in several templates means the same item: a clerk who enters it
   * once at a visit has it in every form of that visit (e.g. `applicant_phone`).
   */
  readonly id: string;
  /** Label as printed/asked: 届出人 電話番号 */
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly maxLength?: number;
  /** A regular expression the value must match, with the Japanese message when it does not. */
  readonly pattern?: string;
  readonly patternMessage?: string;
  readonly choices?: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  /** Pre-filled from what is known; absent: the clerk (or resident) enters it. */
  readonly binding?: Binding;
  readonly help?: string;
}

export interface TextStyle {
  readonly font?: FontFamily;
  /** Points. */
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
  /** 縦書き: characters top to bottom, columns right to left. */
  readonly vertical?: boolean;
  readonly bold?: boolean;
}

export type LayoutElement =
  /** Fixed text: titles, item labels, notes, small print. May contain line breaks. */
  | ({ readonly kind: 'text'; readonly box: Box; readonly text: string } & TextStyle)
  /** A field's value. Text that does not fit shrinks down to minSize, and is an error below it. */
  | ({ readonly kind: 'field'; readonly box: Box; readonly fieldId: string; readonly minSize?: number; readonly comb?: number } & TextStyle)
  /** A rectangle (枠). */
  | { readonly kind: 'rect'; readonly box: Box; readonly lineWidth?: number; readonly fill?: string; readonly dash?: boolean }
  | { readonly kind: 'line'; readonly from: Point; readonly to: Point; readonly lineWidth?: number; readonly dash?: boolean }
  /** A tick (✓) when the field's value is true, or equals `value`. */
  | { readonly kind: 'check'; readonly box: Box; readonly fieldId: string; readonly value?: string }
  /** The signature image of a `signature` field, fitted into the box; empty box when not signed. */
  | { readonly kind: 'signature'; readonly box: Box; readonly fieldId: string }
  /** The QR code identifying this form instance (no personal data inside). */
  | { readonly kind: 'qr'; readonly box: Box };

export interface PageLayout {
  readonly elements: readonly LayoutElement[];
}

/** The lists of persons a template can print as rows (binding roots with an index). */
export type ContinuedList = 'concerned' | 'household' | 'children';

/**
 * 続紙: a list of persons longer than the template's rows continues on further sheets of the same page,
 * so nobody is left off. Each 続紙 prints the `repeat` areas (the header with the title, the QR code and
 * the date; the 届出人 / 世帯主 and the address) and the `rows` area with the next persons, closed up
 * from the top; 「続紙 n/m」 is printed in `mark` (and 「1/m（続紙あり）」 on the first sheet).
 */
export interface ContinuationSheets {
  /** Which list the rows print: the fields bound to `<list>[0]` … `<list>[rowsPerSheet-1]` inside `rows`. */
  readonly list: ContinuedList;
  /** How many persons one sheet holds. */
  readonly rowsPerSheet: number;
  /** The page (0-based) that holds the rows. */
  readonly page: number;
  /** The table of rows (its header row included), in mm on that page. */
  readonly rows: Box;
  /** The other areas of that page printed again on every 続紙, as on the first sheet. */
  readonly repeat: readonly Box[];
  /** Where 「続紙 n/m」 goes; inside one of the areas. */
  readonly mark: Box;
}

/** The content of one version of a template. */
export interface FormTemplateContent {
  /** kebab-case, e.g. 'jumin-ido-todoke' (procedures name it in formIds). */
  readonly id: string;
  /** 住民異動届 */
  readonly name: string;
  /** 住民異動, 国民健康保険, ... */
  readonly category: string;
  readonly description: string;
  readonly paper: { readonly size: PaperSize; readonly orientation: Orientation };
  /** One form per person concerned (e.g. 子ども医療費 per child), or one per visit. */
  readonly perPerson: boolean;
  readonly fields: readonly FieldDefinition[];
  readonly pages: readonly PageLayout[];
  /** Lists that continue on 続紙 when a visit has more persons than the rows (absent: none). */
  readonly continuations?: readonly ContinuationSheets[];
}

/** Page sizes in millimetres (portrait). */
export const paperSizes: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};
