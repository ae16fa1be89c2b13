import type { AnyCheck } from '../../core/check.ts';
import databaseElasticsearchExposed from './database-elasticsearch-exposed/database-elasticsearch-exposed.check.ts';
import databaseMemcachedExposed from './database-memcached-exposed/database-memcached-exposed.check.ts';
import databaseMongodbExposed from './database-mongodb-exposed/database-mongodb-exposed.check.ts';
import databaseMysqlExposed from './database-mysql-exposed/database-mysql-exposed.check.ts';
import databasePostgresqlExposed from './database-postgresql-exposed/database-postgresql-exposed.check.ts';
import databaseRedisExposed from './database-redis-exposed/database-redis-exposed.check.ts';
import dockerApiExposed from './docker-api-exposed/docker-api-exposed.check.ts';
import firewallInputPolicyWeak from './firewall-input-policy-weak/firewall-input-policy-weak.check.ts';
import firewallIpv6PolicyMissing from './firewall-ipv6-policy-missing/firewall-ipv6-policy-missing.check.ts';
import firewallRulesMissing from './firewall-rules-missing/firewall-rules-missing.check.ts';
import firewallUfwDisabled from './firewall-ufw-disabled/firewall-ufw-disabled.check.ts';

export const networkChecks: AnyCheck[] = [
  databaseElasticsearchExposed,
  databaseMemcachedExposed,
  databaseMongodbExposed,
  databaseMysqlExposed,
  databasePostgresqlExposed,
  databaseRedisExposed,
  dockerApiExposed,
  firewallInputPolicyWeak,
  firewallIpv6PolicyMissing,
  firewallRulesMissing,
  firewallUfwDisabled,
] as AnyCheck[];
