/** A visit before reception does not exist; after it, it is open at one counter. */
export type VisitState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open';
      readonly visitId: string;
      readonly officeId: string;
      readonly departmentId: string;
      readonly counterId: string;
      readonly openedAt: string;
      readonly openedBy: string;
    };

export const initialVisitState: VisitState = { status: 'none' };
