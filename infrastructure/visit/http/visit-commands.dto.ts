import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { IsCalendarDate } from '../../http/edge/calendar-date';
import { MultiLine } from '../../http/edge/multi-line';

const id = /^[a-z0-9-]+$/;
const note = { message: '備考・理由は500文字以内で入力してください。' };

export class CounterDto {
  @IsString({ message: '窓口（counterId）を指定してください。' })
  @Matches(id, { message: '窓口（counterId）の形式が正しくありません。' })
  @MaxLength(64, { message: '窓口（counterId）は64文字以内です。' })
  counterId!: string;
}

export class AddPersonFromRegisterDto {
  @IsString({ message: '宛名番号を指定してください。' })
  @Matches(/^\d{4,15}$/, { message: '宛名番号は数字で指定してください。' })
  atenaNumber!: string;

  @IsOptional()
  @IsBoolean({ message: 'withHousehold は true か false です。' })
  withHousehold?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'concerned は true か false です。' })
  concerned?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'applicant は true か false です。' })
  applicant?: boolean;
}

export class InsuranceFactsDto {
  @IsBoolean({ message: '国保（kokuho）は true か false です。' }) kokuho!: boolean;
  @IsBoolean({ message: '後期高齢（koki）は true か false です。' }) koki!: boolean;
  @IsBoolean({ message: '被用者保険（employee）は true か false です。' }) employee!: boolean;
  @IsIn(['none', 'insured', '要支援1', '要支援2', '要介護1', '要介護2', '要介護3', '要介護4', '要介護5'], { message: '介護保険（kaigo）の値が正しくありません。' })
  kaigo!: string;
  @IsOptional() @IsIn(['1号', '2号', '3号'], { message: '国民年金の種別（nenkin）は 1号・2号・3号 のいずれかです。' }) nenkin!: string | null;
}

export class AllowanceFactsDto {
  @IsBoolean({ message: '児童手当（jidoTeate）は true か false です。' }) jidoTeate!: boolean;
  @IsBoolean({ message: '子ども医療費助成（kodomoIryo）は true か false です。' }) kodomoIryo!: boolean;
  @IsBoolean({ message: '児童扶養手当（jidoFuyoTeate）は true か false です。' }) jidoFuyoTeate!: boolean;
  @IsBoolean({ message: 'ひとり親家庭医療費助成（hitorioyaIryo）は true か false です。' }) hitorioyaIryo!: boolean;
  @IsBoolean({ message: '特別児童扶養手当（tokubetsuJidoFuyoTeate）は true か false です。' }) tokubetsuJidoFuyoTeate!: boolean;
  @IsBoolean({ message: '障害者手帳（shogaiTecho）は true か false です。' }) shogaiTecho!: boolean;
}

export class ManualPersonDto {
  @IsString({ message: '氏名を入力してください。' }) @IsNotEmpty({ message: '氏名を入力してください。' }) @MaxLength(60, { message: '氏名は60文字以内です。' })
  name!: string;

  @IsString({ message: 'フリガナを入力してください。' })
  @Matches(/^[\u30a0-\u30ff\u3000 ]+$/, { message: 'フリガナは全角カタカナで入力してください。' })
  @MaxLength(80, { message: 'フリガナは80文字以内です。' })
  nameKana!: string;

  @IsCalendarDate({ message: '生年月日は実在する日付を YYYY-MM-DD の形式で入力してください。' })
  birthDate!: string;

  @IsIn(['male', 'female', 'unspecified'], { message: '性別の値が正しくありません。' })
  sex!: 'male' | 'female' | 'unspecified';

  @IsString({ message: '続柄を入力してください。' }) @IsNotEmpty({ message: '続柄を入力してください。' }) @MaxLength(20, { message: '続柄は20文字以内です。' })
  relationship!: string;

  @IsBoolean({ message: 'isHouseholdHead は true か false です。' })
  isHouseholdHead!: boolean;

  /** The address without 方書 (岩手県花巻市花城町9番30号). */
  @IsString({ message: '住所を入力してください。' }) @MaxLength(200, { message: '住所は200文字以内です。' })
  address!: string;

  @IsOptional()
  @IsString({ message: '郵便番号は 025-8601 の形式で入力してください。' })
  @Matches(/^(\d{3}-\d{4})?$/, { message: '郵便番号は 025-8601 の形式で入力してください。' })
  postalCode?: string;

  /** 方書 (building and room). */
  @IsOptional() @IsString({ message: '方書は文字で入力してください。' }) @MaxLength(80, { message: '方書は80文字以内です。' })
  katagaki?: string;

  /** 前住所 (where the person moved from). */
  @IsOptional() @IsString({ message: '前住所は文字で入力してください。' }) @MaxLength(200, { message: '前住所は200文字以内です。' })
  previousAddress?: string | null;

  /** 異動日 (the day the person moved). */
  @IsOptional() @IsCalendarDate({ message: '異動日は実在する日付を YYYY-MM-DD の形式で入力してください。' })
  movedOn?: string | null;

  /** 国籍・地域 (foreign residents only). */
  @IsOptional() @IsString({ message: '国籍・地域は文字で入力してください。' }) @MaxLength(40, { message: '国籍・地域は40文字以内です。' })
  nationality?: string | null;

  /** 在留資格 (foreign residents only). */
  @IsOptional() @IsString({ message: '在留資格は文字で入力してください。' }) @MaxLength(40, { message: '在留資格は40文字以内です。' })
  residenceStatus?: string | null;

  @IsBoolean({ message: 'applicant は true か false です。' }) applicant!: boolean;
  @IsBoolean({ message: 'concerned は true か false です。' }) concerned!: boolean;

  @ValidateNested() @Type(() => InsuranceFactsDto) @IsObject({ message: '保険の情報（insurance）を指定してください。' })
  insurance!: InsuranceFactsDto;

  @IsBoolean({ message: 'hasMyNumberCard は true か false です。' }) hasMyNumberCard!: boolean;

  /** Allowances and certificates held (受給中の手当・手帳); absent: none. */
  @IsOptional() @ValidateNested() @Type(() => AllowanceFactsDto) @IsObject({ message: '手当・手帳の情報（allowances）を指定してください。' })
  allowances?: AllowanceFactsDto;
}

export class RolesDto {
  /** The parts this person plays in the life event; null: the catalogue's default. */
  @IsOptional()
  @IsArray({ message: '役割（roles）を配列で指定してください。' })
  @ArrayMaxSize(12, { message: '役割は12件までです。' })
  @IsString({ each: true, message: '役割の指定が正しくありません。' })
  @Matches(/^[a-zA-Z]+$/, { each: true, message: '役割の指定が正しくありません。' })
  roles!: string[] | null;
}

export class ConcernDto {
  @IsBoolean({ message: 'concerned は true か false です。' }) concerned!: boolean;
}

export class LifeEventsDto {
  @IsArray({ message: 'ライフイベント（lifeEventIds）を配列で指定してください。' })
  @ArrayMaxSize(10, { message: 'ライフイベントは10件までです。' })
  @IsString({ each: true, message: 'ライフイベントの指定が正しくありません。' })
  lifeEventIds!: string[];
}

export class AnswersDto {
  @IsObject({ message: '回答（answers）を指定してください。' })
  @JSONSchema({
    description: 'By question id (the catalogue\'s questions); a changed answer re-proposes procedures.',
    additionalProperties: { description: 'Any JSON value; by the question type a boolean, a choice value, a list of choice values, a number, a date (YYYY-MM-DD) or text.' },
  })
  answers!: Record<string, unknown>;
}

export class AddProcedureDto {
  @IsString({ message: '手続き（procedureId）を指定してください。' }) @Matches(id, { message: '手続き（procedureId）の形式が正しくありません。' })
  procedureId!: string;

  @IsOptional() @IsArray({ message: '対象者（personIds）は配列です。' }) @IsString({ each: true, message: '対象者の指定が正しくありません。' })
  personIds?: string[];

  @MultiLine() @IsOptional() @IsString(note) @MaxLength(500, note)
  note?: string;
}

export class ReasonDto {
  @MultiLine() @IsString({ message: '理由を入力してください。' }) @MaxLength(500, note)
  reason!: string;
}

export class OptionalReasonDto {
  @MultiLine() @IsOptional() @IsString({ message: '理由を入力してください。' }) @MaxLength(500, note)
  reason?: string;
}

export class StatusDto {
  @IsIn(['not_started', 'in_progress', 'done', 'not_needed'], { message: '状態は 未着手・対応中・完了・不要 のいずれかです。' })
  status!: 'not_started' | 'in_progress' | 'done' | 'not_needed';

  @MultiLine() @IsOptional() @IsString(note) @MaxLength(500, note)
  note?: string;
}

export class HandOffDto {
  @IsString({ message: '引継ぎ先の課を指定してください。' }) @Matches(id, { message: '引継ぎ先の課の形式が正しくありません。' })
  toDepartmentId!: string;

  @IsOptional() @IsString({ message: '引継ぎ先の窓口の指定が正しくありません。' }) @Matches(id, { message: '引継ぎ先の窓口の形式が正しくありません。' })
  toCounterId?: string;

  @MultiLine() @IsOptional() @IsString(note) @MaxLength(500, note)
  note?: string;
}
