/**
 * Compile-time checks that a domain type and the published contract declared for it still agree.
 * A contract (application/<ctx>/contracts/) is its own type, never the domain's; where the two are
 * alike today, a `<ctx>-contracts.conformance.ts` file next to the contracts states it, and
 * `npm run typecheck` fails as soon as one side changes without the other. Types only: nothing runs.
 */

/**
 * true when A and B are the same type: the same members, each optional and readonly on both sides alike.
 * Stricter than assignability both ways, which would let one side gain an optional field unnoticed.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when the check is `true`: `Holds<Same<DomainThing, ThingContract>>`. */
export type Holds<Check extends true> = Check;
