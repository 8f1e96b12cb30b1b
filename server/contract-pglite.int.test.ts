import { serverContract } from './testing/server-contract';

serverContract('pglite');
