import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Session } from '../auth/session';
import { unauthorizedInterceptor } from './unauthorized-interceptor';

describe('unauthorizedInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([unauthorizedInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    TestBed.inject(Session).establish({
      csrfToken: 't',
      staff: { id: 's1', username: 'yamada', displayName: '山田 花子', role: 'counter', departmentIds: [], counterId: null },
    });
  });

  afterEach(() => backend.verify());

  it('forgets the session and goes to /login when a call answers 401', () => {
    http.get('/api/city').subscribe({ error: () => undefined });
    backend.expectOne('/api/city').flush({ detail: 'ログインしてください。' }, { status: 401, statusText: 'Unauthorized' });

    expect(navigate).toHaveBeenCalledWith('/login');
    expect(TestBed.inject(Session).staff()).toBeNull();
  });

  it('leaves a refused login to the login page', () => {
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/auth/login').flush({}, { status: 401, statusText: 'Unauthorized' });

    expect(navigate).not.toHaveBeenCalled();
  });

  it('does nothing on other errors', () => {
    http.get('/api/staff').subscribe({ error: () => undefined });
    backend.expectOne('/api/staff').flush({}, { status: 403, statusText: 'Forbidden' });

    expect(navigate).not.toHaveBeenCalled();
    expect(TestBed.inject(Session).staff()).not.toBeNull();
  });
});
