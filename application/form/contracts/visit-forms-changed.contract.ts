/** Answer to every command on a visit's forms (POST /api/visits/:id/forms, PUT .../values, POST .../signature, .../void, .../printed). */
export interface VisitFormsChanged {
  readonly visitId: string;
  /** The revision of the visit's form stream after the command (send it back as If-Match). */
  readonly revision: number;
  /** Encoded position of the last event written (null when nothing changed). */
  readonly position: string | null;
  readonly changed: boolean;
}
