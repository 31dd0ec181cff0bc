import { Component, computed, inject, input } from '@angular/core';
import type { StaffSessionDto } from '@madoguchi/application/identity/read-models/staff.dto';
import { MatIconModule } from '@angular/material/icon';
import { roleLabel } from '../core/auth/role-label';
import { CityDirectory } from '../core/city/city-directory';

/** Who is at this screen: name, role, department(s) and counter — always in view at a shared counter PC. */
@Component({
  selector: 'mdg-staff-badge',
  imports: [MatIconModule],
  templateUrl: './staff-badge.html',
  styleUrl: './staff-badge.scss',
})
export class StaffBadge {
  private readonly directory = inject(CityDirectory);

  readonly staff = input.required<StaffSessionDto>();

  protected readonly role = computed(() => roleLabel(this.staff().role));
  protected readonly departments = computed(() => {
    const names = this.staff()
      .departmentIds.map((id) => this.directory.departmentName(id))
      .filter((name) => name !== '');
    return names.length > 0 ? names.join('・') : '所属課なし';
  });
  protected readonly counter = computed(() => {
    const counterId = this.staff().counterId;
    if (counterId === null) return '窓口未割当';
    return this.directory.counter(counterId)?.name ?? '';
  });
}
