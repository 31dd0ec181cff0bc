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

  @IsString({ message: '住所を入力してください。' }) @MaxLength(200, { message: '住所は200文字以内です。' })
  address!: string;

  @IsBoolean({ message: 'applicant は true か false です。' }) applicant!: boolean;
  @IsBoolean({ message: 'concerned は true か false です。' }) concerned!: boolean;

  @ValidateNested() @Type(() => InsuranceFactsDto) @IsObject({ message: '保険の情報（insurance）を指定してください。' })
  insurance!: InsuranceFactsDto;

  @IsBoolean({ message: 'hasMyNumberCard は true か false です。' }) hasMyNumberCard!: boolean;
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
