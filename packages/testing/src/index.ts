export { startPrivateRedis, type PrivateRedis } from './redis-server';
