import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { ParticipantRoleDto, VisitLifeEventDto, VisitPersonDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { VisitWorkspaceStore } from './visit-workspace-store';

/**
 * 役割: who plays which part in each chosen life event (届出人, 夫・妻, 父・母, 子, 亡くなった方 …), as the
 * catalogue's defaults or the clerk's choice. A table per life event: persons by roles, a tick per part.
 */
@Component({
  selector: 'mdg-participants-panel',
  imports: [MatButtonModule, MatCheckboxModule],
  templateUrl: './participants-panel.html',
  styleUrl: './participants-panel.scss',
})
export class ParticipantsPanel {
  protected readonly store = inject(VisitWorkspaceStore);
  protected readonly events = computed(() => this.store.workspace()?.lifeEvents ?? []);
  protected readonly persons = computed(() => this.store.workspace()?.persons ?? []);

  protected plays(role: ParticipantRoleDto, person: VisitPersonDto): boolean {
    return role.personIds.includes(person.personId);
  }

  protected assigned(event: VisitLifeEventDto): boolean {
    return this.persons().some((person) => person.rolesAssignedIn.includes(event.id));
  }

  protected names(role: ParticipantRoleDto): string {
    const byId = new Map(this.persons().map((person) => [person.personId, person.name]));
    return role.personIds.map((id) => byId.get(id) ?? '').filter((name) => name !== '').join('、') || '—';
  }

  /** The person's parts in the event after ticking or unticking one. */
  protected async toggle(event: VisitLifeEventDto, role: ParticipantRoleDto, person: VisitPersonDto, on: boolean): Promise<void> {
    const current = event.roles.filter((r) => this.plays(r, person)).map((r) => r.role);
    const roles = on ? [...new Set([...current, role.role])] : current.filter((r) => r !== role.role);
    await this.store.run(
      { method: 'PUT', path: `/life-events/${encodeURIComponent(event.id)}/persons/${encodeURIComponent(person.personId)}/roles`, body: { roles } },
      { success: `${event.name}：${person.name}さんの役割を変えました。` },
    );
  }

  /** Back to the catalogue's defaults for everyone in the event, one person at a time. */
  protected async reset(event: VisitLifeEventDto): Promise<void> {
    for (const person of this.persons().filter((p) => p.rolesAssignedIn.includes(event.id))) {
      const before = this.store.workspace()?.revision ?? 0;
      const outcome = await this.store.run({ method: 'PUT', path: `/life-events/${encodeURIComponent(event.id)}/persons/${encodeURIComponent(person.personId)}/roles`, body: { roles: null } });
      if (!outcome.ok) return;
      await this.store.untilRevisionAfter(before);
    }
  }
}
