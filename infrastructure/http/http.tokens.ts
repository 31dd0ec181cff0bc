export const HttpTokens = {
  /** Multi-bound: each context module binds its route definitions. */
  routes: Symbol.for('madoguchi.http.Routes'),
  sessions: Symbol.for('madoguchi.http.SessionCodec'),
  cookies: Symbol.for('madoguchi.http.CookieSettings'),
  liveChannel: Symbol.for('madoguchi.http.LiveChannel'),
  accessGuard: Symbol.for('madoguchi.http.AccessGuard'),
} as const;
