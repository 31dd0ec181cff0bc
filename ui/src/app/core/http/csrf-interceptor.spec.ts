import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Session } from '../auth/session';
import { csrfInterceptor } from './csrf-interceptor';

describe('csrfInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([csrfInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).establish({
      csrfToken: 'token-123',
      staff: { id: 's1', username: 'yamada', displayName: '山田 花子', role: 'counter', departmentIds: [], counterId: null },
    });
  });

  afterEach(() => backend.verify());

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('sends X-CSRF-Token on %s', (method) => {
    http.request(method, '/api/visits', { body: {} }).subscribe();
    expect(backend.expectOne('/api/visits').request.headers.get('X-CSRF-Token')).toBe('token-123');
  });

  it.each(['GET', 'HEAD', 'OPTIONS'])('does not send it on %s', (method) => {
    http.request(method, '/api/city').subscribe();
    expect(backend.expectOne('/api/city').request.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('does not send it with the login, which has no token yet', () => {
    http.post('/api/auth/login', { username: 'a', password: 'b' }).subscribe();
    expect(backend.expectOne('/api/auth/login').request.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('sends nothing before anyone is logged in', () => {
    TestBed.inject(Session).clear();
    http.post('/api/visits', {}).subscribe();
    expect(backend.expectOne('/api/visits').request.headers.has('X-CSRF-Token')).toBe(false);
  });
});
