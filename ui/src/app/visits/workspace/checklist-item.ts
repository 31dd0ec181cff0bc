import { Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ChecklistItemDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import {
  type ProcedureStatus,
  procedureStatuses,
  procedureStatusLabels,
} from '@madoguchi/application/visit/contracts/procedure-status.contract';

const statuses: ReadonlyArray<{ readonly value: ProcedureStatus; readonly label: string }> = procedureStatuses.map((value) => ({
  value,
  label: procedureStatusLabels[value],
}));

/**
 * One procedure of the checklist: what, for whom, why it was proposed, by when, what to bring; its status
 * can be changed only by the owning department (canChange), and any clerk may drop it with a reason.
 */
@Component({
  selector: 'mdg-checklist-item',
  imports: [MatButtonModule],
  templateUrl: './checklist-item.html',
  styleUrl: './checklist-item.scss',
})
export class ChecklistItem {
  readonly item = input.required<ChecklistItemDto>();
  /** The visit is open and the clerk may work on it. */
  readonly editable = input(false);
  readonly busy = input(false);

  readonly statusChange = output<ProcedureStatus>();
  readonly drop = output<void>();

  protected readonly statuses = statuses;
  protected readonly canChange = computed(() => this.editable() && this.item().canChange && !this.item().dropped);
}
