import type { Decider, DomainError } from '../../domain/shared';

/** Given past events, when a command is decided, then these events (or this typed error). */
export function deciderSpec<C, E, S>(decider: Decider<C, E, S>) {
  return (given: readonly E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState));
      return {
        then: (expected: readonly E[]) => expect(run()).toEqual(expected),
        thenThrows: (code: string) => {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeDefined();
          expect((thrown as DomainError).code).toBe(code);
          expect((thrown as DomainError).message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        },
      };
    },
  });
}
