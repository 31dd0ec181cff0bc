export const IdentityTokens = {
  passwordHasher: Symbol.for('madoguchi.identity.PasswordHasher'),
  staffDirectory: Symbol.for('madoguchi.identity.StaffDirectory'),
  login: Symbol.for('madoguchi.identity.LoginHandler'),
  registerStaff: Symbol.for('madoguchi.identity.RegisterStaffHandler'),
  endSessions: Symbol.for('madoguchi.identity.EndSessionsHandler'),
  seedDemoStaff: Symbol.for('madoguchi.identity.SeedDemoStaffHandler'),
} as const;
