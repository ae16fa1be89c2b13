import { checkTester } from '../../check-tester.ts';
import check from './proxy-open-proxy-exposed.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-squid-allow-all': ['openProxy'],
    'fail-tinyproxy-enabled-no-allow': ['openProxyEnabled'],
    'fail-dante-socksmethod-none': ['openProxy'],
    'fail-3proxy-auth-none': ['openProxy'],
    'fail-xray-socks-noauth': ['openProxy'],
    'fail-ss-local-public': ['openProxy'],
    'fail-frps-no-token': ['openProxy'],
  },
});
