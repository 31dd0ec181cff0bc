/** Tokens of the shared application services, bound in the composition root. */
export const SharedTokens = {
  clock: Symbol.for('madoguchi.Clock'),
  ids: Symbol.for('madoguchi.IdGenerator'),
  logger: Symbol.for('madoguchi.Logger'),
  eventStore: Symbol.for('madoguchi.EventStore'),
  readModelStore: Symbol.for('madoguchi.ReadModelStore'),
  projections: Symbol.for('madoguchi.Projections'),
  /** Multi-bound (possibly none): cross-context reactions, run as processors beside the projections. */
  reactions: Symbol.for('madoguchi.Reactions'),
  projectionRunner: Symbol.for('madoguchi.ProjectionRunner'),
  city: Symbol.for('madoguchi.CityDirectory'),
} as const;
