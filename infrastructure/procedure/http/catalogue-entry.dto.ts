import { IsArray, IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { schemaRef } from '../../http/openapi/response-schemas';
import type { JsonSchema } from '../../http/route-definition';
import { MultiLine } from '../../http/edge/multi-line';

/** 期限: free text shown to the resident, and days when it can be computed. */
const deadlineSchema: JsonSchema = {
  type: 'object',
  properties: { text: { type: 'string' }, days: { type: 'number' } },
  required: ['text'],
  additionalProperties: false,
};

/** 対象者の条件: a person gets the procedure only when `when` holds; `text` says why not. */
const eligibilitySchema: JsonSchema = {
  type: 'object',
  properties: { when: schemaRef('JsonLogicExpression'), text: { type: 'string' } },
  required: ['when', 'text'],
  additionalProperties: false,
};

const id = { message: 'id は半角英小文字・数字・ハイフンで指定してください。' };

/** The shape of a procedure as an admin saves it; the domain checks the catalogue as a whole. */
export class ProcedureDefinitionDto {
  @Matches(/^[a-z0-9-]+$/, id) id!: string;
  @IsString({ message: '手続名を入力してください。' }) @IsNotEmpty({ message: '手続名を入力してください。' }) @MaxLength(80, { message: '手続名は80文字以内です。' }) name!: string;
  @IsString({ message: '業務分類を入力してください。' }) @MaxLength(40, { message: '業務分類は40文字以内です。' }) category!: string;
  @Matches(/^[a-z0-9-]+$/, { message: '担当課を指定してください。' }) departmentId!: string;
  @IsOptional() @IsString({ message: '場所は文字で入力してください。' }) @MaxLength(120, { message: '場所は120文字以内です。' }) place?: string;
  @IsOptional() @IsObject({ message: '期限（deadline）は { text, days } の形です。' }) @JSONSchema((): JsonSchema => ({ anyOf: [deadlineSchema, { type: 'null' }] })) deadline?: { text: string; days?: number };
  @IsOptional() @IsArray({ message: '持ち物（bring）は配列です。' }) @IsString({ each: true, message: '持ち物は文字で入力してください。' }) bring?: string[];
  @IsArray({ message: '様式（formIds）は配列です。' }) @IsString({ each: true, message: '様式の指定が正しくありません。' }) formIds!: string[];
  @MultiLine() @IsString({ message: '説明を入力してください。' }) @MaxLength(400, { message: '説明は400文字以内です。' }) description!: string;
  @IsBoolean({ message: 'perPerson は true か false です。' }) perPerson!: boolean;
  @IsOptional() @IsObject({ message: '対象者の条件（eligibility）は { when, text } の形です。' }) @JSONSchema((): JsonSchema => eligibilitySchema) eligibility?: { when: unknown; text: string };
  @IsOptional() @MultiLine() @IsString({ message: '根拠（notes）は文字で入力してください。' }) @MaxLength(1000, { message: '根拠（notes）は1000文字以内です。' }) notes?: string;
  @IsBoolean({ message: 'active は true か false です。' }) active!: boolean;
}

export class LifeEventDefinitionDto {
  @Matches(/^[a-z0-9-]+$/, id) id!: string;
  @IsString({ message: 'ライフイベント名を入力してください。' }) @IsNotEmpty({ message: 'ライフイベント名を入力してください。' }) @MaxLength(40, { message: 'ライフイベント名は40文字以内です。' }) name!: string;
  @MultiLine() @IsString({ message: '説明を入力してください。' }) @MaxLength(400, { message: '説明は400文字以内です。' }) description!: string;
  @IsOptional() @IsString({ message: 'PSID コードは文字です。' }) psidCode?: string;
  @IsOptional() @IsBoolean({ message: 'concernedLeaveHousehold は true か false です。' }) concernedLeaveHousehold?: boolean;
  @IsOptional() @IsArray({ message: '役割（roles）は配列です。' }) @IsObject({ each: true, message: '役割の形式が正しくありません。' }) @JSONSchema(() => ({ type: 'array', items: schemaRef('LifeEventRoleDefinition') })) roles?: Array<Record<string, unknown>>;
  @IsArray({ message: '質問（questions）は配列です。' }) @IsObject({ each: true, message: '質問の形式が正しくありません。' }) @JSONSchema(() => ({ type: 'array', items: schemaRef('QuestionDefinition') })) questions!: Array<Record<string, unknown>>;
  @IsBoolean({ message: 'active は true か false です。' }) active!: boolean;
}

export class ProposalRuleDto {
  @Matches(/^[a-z0-9-]+$/, id) id!: string;
  @Matches(/^[a-z0-9-]+$/, { message: '提案する手続きを指定してください。' }) procedureId!: string;
  @IsArray({ message: '対象のライフイベント（lifeEventIds）は配列です。' }) @IsString({ each: true, message: 'ライフイベントの指定が正しくありません。' }) lifeEventIds!: string[];
  @IsIn(['visit', 'person'], { message: '範囲（scope）は visit か person です。' }) scope!: 'visit' | 'person';
  @IsOptional() @JSONSchema(() => schemaRef('JsonLogicExpression')) when!: unknown;
  @IsString({ message: '提案理由の文を入力してください。' }) @IsNotEmpty({ message: '提案理由の文を入力してください。' }) @MaxLength(300, { message: '提案理由は300文字以内です。' }) reason!: string;
  @IsBoolean({ message: 'active は true か false です。' }) active!: boolean;
}
