export { startPrivateRedis, type PrivateRedis } from './redis-server';
export { packagesReachableFrom } from './import-graph';
