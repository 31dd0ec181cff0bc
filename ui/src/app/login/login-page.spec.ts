import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;

  const byTestId = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  async function submit(username: string, password: string): Promise<void> {
    for (const [id, value] of [['login-username', username], ['login-password', password]] as const) {
      const input = byTestId(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    byTestId('login-submit')!.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('shows the server’s Japanese message when the credentials are refused', async () => {
    await submit('yamada', 'wrong');

    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ username: 'yamada', password: 'wrong' });
    request.flush(
      { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'AUTH.INVALID_CREDENTIALS', detail: 'ユーザー名またはパスワードが正しくありません。' },
      { status: 401, statusText: 'Unauthorized', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await fixture.whenStable();

    expect(byTestId('login-error')?.textContent).toContain('ユーザー名またはパスワードが正しくありません。');
  });

  it('goes to the start page of the clerk’s role after a successful login', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await submit('admin', 'secret');

    backend.expectOne('/api/auth/login').flush({
      csrfToken: 't',
      staff: { id: 'a1', username: 'admin', displayName: '管理 太郎', role: 'admin', departmentIds: [], counterId: null },
    });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/admin/staff');
    expect(byTestId('login-error')).toBeNull();
  });

  it('sends nothing while a field is empty', async () => {
    await submit('yamada', '');
    backend.expectNone('/api/auth/login');
    expect(fixture.nativeElement.textContent).toContain('パスワードを入力してください。');
  });
});
