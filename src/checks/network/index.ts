import type { AnyCheck } from '../../core/check.ts';
import databaseElasticsearchExposed from './database-elasticsearch-exposed/database-elasticsearch-exposed.check.ts';
import databaseMemcachedExposed from './database-memcached-exposed/database-memcached-exposed.check.ts';
import databaseMongodbExposed from './database-mongodb-exposed/database-mongodb-exposed.check.ts';
import databaseMysqlExposed from './database-mysql-exposed/database-mysql-exposed.check.ts';
import databasePostgresqlExposed from './database-postgresql-exposed/database-postgresql-exposed.check.ts';
import databaseRedisExposed from './database-redis-exposed/database-redis-exposed.check.ts';
import dockerApiExposed from './docker-api-exposed/docker-api-exposed.check.ts';

export const networkChecks: AnyCheck[] = [
  databaseElasticsearchExposed,
  databaseMemcachedExposed,
  databaseMongodbExposed,
  databaseMysqlExposed,
  databasePostgresqlExposed,
  databaseRedisExposed,
  dockerApiExposed,
] as AnyCheck[];
