import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class OpenVisitDto {
  @IsString({ message: '窓口（counterId）を指定してください。' })
  @IsNotEmpty({ message: '窓口（counterId）を指定してください。' })
  @MaxLength(64, { message: '窓口（counterId）は64文字以内です。' })
  @Matches(/^[a-z0-9-]+$/, { message: '窓口（counterId）の形式が正しくありません。' })
  counterId!: string;
}
