// The secret the supervision app and the disclosure app started beside it share in a journey. A journey that runs the
// two imports this module before any other, so that the secret is in the environment before either app's env module
// reads it (they read it once, on import).
process.env.SERVICE_SECRET = 'journey-service-secret-of-32-characters-or-more';
