import { httpResource } from '@angular/common/http';
import { Component, computed } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { StaffAccountDto } from '@madoguchi/application/identity/read-models/staff.dto';
import { roleLabel } from '../core/auth/role-label';
import { problemMessage } from '../core/http/problem-message';

/** 職員一覧 (admins): every staff account with role, departments and counter. */
@Component({
  selector: 'mdg-staff-list-page',
  imports: [MatProgressBarModule, MatTableModule],
  templateUrl: './staff-list-page.html',
  styleUrl: './staff-list-page.scss',
})
export class StaffListPage {
  protected readonly accounts = httpResource<StaffAccountDto[]>(() => '/api/staff');
  protected readonly rows = computed(() => (this.accounts.hasValue() ? this.accounts.value() : []));
  protected readonly error = computed(() => (this.accounts.error() ? problemMessage(this.accounts.error()) : null));
  protected readonly columns = ['username', 'displayName', 'role', 'departments', 'counter'] as const;
  protected readonly roleLabel = roleLabel;
}
