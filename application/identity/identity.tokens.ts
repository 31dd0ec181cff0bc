export const IdentityTokens = {
  passwordHasher: Symbol.for('madoguchi.identity.PasswordHasher'),
  staffDirectory: Symbol.for('madoguchi.identity.StaffDirectory'),
  login: Symbol.for('madoguchi.identity.LoginHandler'),
  registerStaff: Symbol.for('madoguchi.identity.RegisterStaffHandler'),
  seedDemoStaff: Symbol.for('madoguchi.identity.SeedDemoStaffHandler'),
} as const;
