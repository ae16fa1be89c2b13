import { checkTester } from '../../check-tester.ts';
import check from './proxy-service-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-v2ray-vmess-public': ['listening'],
    'fail-shadowsocks-enabled-at-rest': ['enabled'],
    'fail-ssserver-command-line': ['listening'],
    'fail-hysteria-config-missing': ['listeningAuthUnknown'],
  },
});
