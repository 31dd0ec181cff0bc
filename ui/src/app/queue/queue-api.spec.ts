import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DepartmentQueueDto } from '@madoguchi/application/visit/read-models/department-queue.dto';
import { QueueApi } from './queue-api';

const url = '/api/departments/dep-1/queue';
const queue = (position: string): DepartmentQueueDto => ({ departmentId: 'dep-1', departmentName: '市民課', visits: [], position });
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('QueueApi.departmentQueueAtLeast', () => {
  let api: QueueApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(QueueApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks again while the read model is behind the clerk’s own action', async () => {
    const answers: DepartmentQueueDto[] = [];
    api.departmentQueueAtLeast('dep-1', '12/12').subscribe((answer) => answers.push(answer));

    backend.expectOne(url).flush(queue('9/9'));
    await tick(60);
    backend.expectOne(url).flush(queue('12/12'));

    expect(answers.map((answer) => answer.position)).toEqual(['12/12']);
  });

  it('compares positions as numbers, not as text', async () => {
    const answers: DepartmentQueueDto[] = [];
    api.departmentQueueAtLeast('dep-1', '9/9').subscribe((answer) => answers.push(answer));

    backend.expectOne(url).flush(queue('10/10'));

    expect(answers.map((answer) => answer.position)).toEqual(['10/10']);
  });
});
