export const CompositionTokens = {
  config: Symbol.for('madoguchi.AppConfig'),
  demoStaff: Symbol.for('madoguchi.DemoStaff'),
} as const;
