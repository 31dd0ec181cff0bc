/** A pure decider (Emmett / Chassaing): decide from state, evolve state by events, start somewhere. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  readonly initialState: State;
}

/** A domain event: a past-tense type and a flat JSON-safe payload. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** Exhaustiveness guard for discriminated unions. */
export function assertNever(value: never): never {
  throw new TypeError(`unhandled case: ${JSON.stringify(value)}`);
}
