import type { CanDeactivateFn } from '@angular/router';

/** A screen holding work that is not saved yet. */
export interface HoldsUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a screen with unsaved changes (the designer's 下書き). */
export const unsavedChangesGuard: CanDeactivateFn<HoldsUnsavedChanges> = (component) =>
  !component.hasUnsavedChanges() || window.confirm('保存していない変更があります。このページを離れると、変更は失われます。離れてもよろしいですか？');
