import type { AnyCheck } from '../../core/check.ts';
import contentFraudFound from './content-fraud-found/content-fraud-found.check.ts';
import contentGamblingFound from './content-gambling-found/content-gambling-found.check.ts';
import contentHackingToolFound from './content-hacking-tool-found/content-hacking-tool-found.check.ts';
import contentPiratedFound from './content-pirated-found/content-pirated-found.check.ts';
import contentPornographyFound from './content-pornography-found/content-pornography-found.check.ts';
import miningBinaryFound from './mining-binary-found/mining-binary-found.check.ts';
import miningConfigFound from './mining-config-found/mining-config-found.check.ts';
import miningPoolConnectionFound from './mining-pool-connection-found/mining-pool-connection-found.check.ts';
import proxyOpenProxyExposed from './proxy-open-proxy-exposed/proxy-open-proxy-exposed.check.ts';
import proxyServiceRunning from './proxy-service-running/proxy-service-running.check.ts';
import proxyTunnelClientRunning from './proxy-tunnel-client-running/proxy-tunnel-client-running.check.ts';
import proxyVpnServerRunning from './proxy-vpn-server-running/proxy-vpn-server-running.check.ts';
import webshellFound from './webshell-found/webshell-found.check.ts';

export const illegalUseChecks: AnyCheck[] = [
  webshellFound,
  contentGamblingFound,
  contentPornographyFound,
  contentFraudFound,
  contentPiratedFound,
  contentHackingToolFound,
  miningBinaryFound,
  miningConfigFound,
  miningPoolConnectionFound,
  proxyServiceRunning,
  proxyOpenProxyExposed,
  proxyVpnServerRunning,
  proxyTunnelClientRunning,
];
