import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { schemaRef } from '../../http/openapi/response-schemas';
import { MultiLine } from '../../http/edge/multi-line';

export class TemplateContentDto {
  @IsObject({ message: '様式の内容（content）を指定してください。' })
  @JSONSchema(() => schemaRef('FormTemplateContent'))
  content!: Record<string, unknown>;
}

export class ImportTemplateDto {
  @IsObject({ message: '様式ファイルの内容（template）を指定してください。' })
  @JSONSchema(() => schemaRef('FormTemplateContent'))
  template!: Record<string, unknown>;

  @IsOptional() @IsBoolean({ message: 'publish は true か false です。' })
  publish?: boolean;
}

export class RetireTemplateDto {
  @MultiLine()
  @IsString({ message: '廃止の理由を入力してください。' }) @MaxLength(500, { message: '理由は500文字以内です。' })
  reason!: string;
}

export class FormValuesDto {
  @IsOptional() @IsString({ message: '申請書（formId）の指定が正しくありません。' })
  formId?: string | null;

  @IsObject({ message: '入力内容（values）を指定してください。' })
  @JSONSchema({ description: 'By item id: text, a yes/no (check boxes), or null to clear.', additionalProperties: { type: ['string', 'boolean', 'null'] } })
  values!: Record<string, string | boolean | null>;
}

export class SignatureDto {
  @IsString({ message: '署名欄（fieldId）を指定してください。' }) @Matches(/^[a-z0-9_]+$/, { message: '署名欄（fieldId）の形式が正しくありません。' })
  fieldId!: string;

  @IsString({ message: '署名の画像（png）を指定してください。' }) @IsNotEmpty({ message: '署名がありません。' }) @MaxLength(2_000_000, { message: '署名の画像が大きすぎます。' })
  png!: string;
}

export class VoidFormDto {
  @MultiLine()
  @IsString({ message: '無効にする理由を入力してください。' }) @MaxLength(500, { message: '理由は500文字以内です。' })
  reason!: string;
}

/** 紙で署名済み: the resident signs the printed form by hand (or brought it signed); the note says so. */
export class SignedOnPaperDto {
  @MultiLine()
  @IsString({ message: '紙で署名済みとするメモ（note）を入力してください。' }) @MaxLength(500, { message: 'メモは500文字以内です。' })
  note!: string;
}

export class PrintedDto {
  @IsArray({ message: '印刷した申請書（formIds）を配列で指定してください。' }) @IsString({ each: true, message: '申請書の指定が正しくありません。' })
  formIds!: string[];

  @IsOptional() @IsString({ message: 'プリンター名は文字です。' }) @MaxLength(100, { message: 'プリンター名は100文字以内です。' })
  printer?: string;

  @IsOptional()
  @ValidateNested() @Type(() => SignedOnPaperDto) @IsObject({ message: '紙で署名済みの記録（signedOnPaper）は { "note": "…" } で指定してください。' })
  signedOnPaper?: SignedOnPaperDto;
}
