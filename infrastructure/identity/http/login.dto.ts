import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @IsString({ message: 'ユーザー名を文字で入力してください。' })
  @IsNotEmpty({ message: 'ユーザー名を入力してください。' })
  @MaxLength(64, { message: 'ユーザー名は64文字以内で入力してください。' })
  username!: string;

  @IsString({ message: 'パスワードを文字で入力してください。' })
  @IsNotEmpty({ message: 'パスワードを入力してください。' })
  @MaxLength(256, { message: 'パスワードは256文字以内で入力してください。' })
  password!: string;
}
