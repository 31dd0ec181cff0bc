export const LinkageTokens = {
  /** The resident register (住民記録): today the simulation, later the base-system linkage. */
  residentRegister: Symbol.for('madoguchi.linkage.ResidentRegister'),
} as const;
