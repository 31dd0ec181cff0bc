import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { VisitFormsApi } from './visit-forms-api';

const changed = { visitId: 'v 1', revision: 0, position: '13/13', changed: true };

describe('VisitFormsApi.create', () => {
  let api: VisitFormsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(VisitFormsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks the server to fill from facts that include the clerk’s last visit command (after=)', () => {
    api.create('v 1', '12/12').subscribe();
    const request = backend.expectOne((r) => r.url === '/api/visits/v%201/forms');
    expect([request.request.method, request.request.params.get('after')]).toEqual(['POST', '12/12']);
    request.flush(changed);
  });

  it('sends no after when the clerk has written nothing on this visit yet', () => {
    api.create('v 1').subscribe();
    const request = backend.expectOne('/api/visits/v%201/forms');
    expect(request.request.params.has('after')).toBe(false);
    request.flush(changed);
  });
});

describe('VisitFormsApi.recordPrinted', () => {
  let api: VisitFormsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(VisitFormsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('records a print with no reason when every required box was signed', () => {
    api.recordPrinted('v 1', ['f-1']).subscribe();
    const request = backend.expectOne('/api/visits/v%201/forms/printed');
    expect(request.request.body).toEqual({ formIds: ['f-1'], printer: 'browser' });
    request.flush(changed);
  });

  it('carries the clerk’s 紙で署名済み note', () => {
    api.recordPrinted('v 1', ['f-1', 'f-2'], { note: 'ご本人が自署' }).subscribe();
    const request = backend.expectOne('/api/visits/v%201/forms/printed');
    expect(request.request.body).toEqual({ formIds: ['f-1', 'f-2'], printer: 'browser', signedOnPaper: { note: 'ご本人が自署' } });
    request.flush(changed);
  });
});
