/** The name of the resident-facing window: every 「署名をお願いする」 reuses it (the touch-panel monitor). */
export const touchPanelWindow = 'mdg-touch-panel';

/** Opens (or brings forward) the touch panel with this visit's forms to sign, one after another. */
export function openTouchPanel(visitId: string): void {
  window.open(`/panel/visits/${encodeURIComponent(visitId)}`, touchPanelWindow)?.focus();
}
