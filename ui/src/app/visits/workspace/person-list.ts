import { Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { VisitPersonDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { JapaneseDatePipe } from '../../core/dates/japanese-date-pipe';
import { VisitWorkspaceStore } from './visit-workspace-store';

/** The persons of the visit: who came (申請者), who the procedures are for (対象), what the rules look at. */
@Component({
  selector: 'mdg-person-list',
  imports: [MatButtonModule, MatSlideToggleModule, JapaneseDatePipe],
  templateUrl: './person-list.html',
  styleUrl: './person-list.scss',
})
export class PersonList {
  protected readonly store = inject(VisitWorkspaceStore);
  protected readonly persons = computed(() => this.store.workspace()?.persons ?? []);

  protected setConcerned(person: VisitPersonDto, concerned: boolean): void {
    void this.store.run(
      { method: 'PUT', path: `/persons/${encodeURIComponent(person.personId)}/concerned`, body: { concerned } },
      { success: concerned ? `${person.name}さんを手続きの対象にしました。` : `${person.name}さんを対象外にしました。` },
    );
  }

  protected remove(person: VisitPersonDto): void {
    void this.store.run(
      { method: 'DELETE', path: `/persons/${encodeURIComponent(person.personId)}` },
      { success: `${person.name}さんを外しました。` },
    );
  }
}
