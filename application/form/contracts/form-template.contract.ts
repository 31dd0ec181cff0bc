/**
 * A form template (様式) as the HTTP API publishes it to the designer and takes it back (drafts, previews):
 * the fields, where each comes from (binding), and the page layout in millimetres. Declared here, apart
 * from the domain's template types (domain/form/form-template.types.ts); form-contracts.conformance.ts
 * keeps them the same.
 */
import { paperSizes as domainPaperSizes } from '../../../domain/form/form-template.types';

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

/** Where a field's value comes from: `<root>(.<key> | [<n>])* (| <filter>)*` (binding-vocabulary.contract.ts). */
export type Binding = string;

export interface FieldDefinition {
  /** Stable id, snake_case; the same id in several templates means the same item. */
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

/** The lists of persons a template can print as rows. */
export type ContinuedList = 'concerned' | 'household' | 'children';

/** 続紙: more persons than rows continue on further sheets (form-template.types.ts explains each part). */
export interface ContinuationSheets {
  readonly list: ContinuedList;
  readonly rowsPerSheet: number;
  /** 0-based. */
  readonly page: number;
  readonly rows: Box;
  readonly repeat: readonly Box[];
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
  /** Lists that continue on 続紙 (absent: none). */
  readonly continuations?: readonly ContinuationSheets[];
}

/** Page sizes in millimetres (portrait): the domain's, which the renderer and the layout checks use. */
export const paperSizes: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = domainPaperSizes;
