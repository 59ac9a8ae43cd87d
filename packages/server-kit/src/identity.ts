// Identity without the web: creating accounts and hashing passwords. Imports neither tRPC nor Fastify, so the seed and
// the worker side can use it (`@zhengling/server-kit/identity`).
export { createUser, type NewUser } from './auth/create-user';
export { hashPassword, verifyPassword, generatePassword, checkPasswordPolicy } from './auth/passwords';
