import { describe, expect, it } from 'vitest';
import {
  compareSockets,
  formatIPv6,
  hexToIPv4,
  hexToIPv6,
  parseProcNet,
  socketInode,
} from './parse-proc-net.ts';

const TCP_HEADER =
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                                                     ';
const TCP6_HEADER =
  '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
const UDP_HEADER =
  '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops';

describe('hexToIPv4', () => {
  it.each([
    ['0100007F', '127.0.0.1'],
    ['00000000', '0.0.0.0'],
    ['0A00000A', '10.0.0.10'],
    ['0200000A', '10.0.0.2'],
    ['FFFFFFFF', '255.255.255.255'],
    ['0100007', undefined],
    ['GG00007F', undefined],
  ])('%s → %s', (hex, expected) => {
    expect(hexToIPv4(hex)).toBe(expected);
  });
});

describe('hexToIPv6', () => {
  it.each([
    ['00000000000000000000000000000000', '::'],
    ['00000000000000000000000001000000', '::1'],
    // IPv4-mapped ::ffff:127.0.0.1
    ['0000000000000000FFFF00000100007F', '::ffff:127.0.0.1'],
    ['0000000000000000FFFF00000200000A', '::ffff:10.0.0.2'],
    // fe80::1 on a little-endian host: words 000080FE 00000000 00000000 01000000
    ['000080FE000000000000000001000000', 'fe80::1'],
    // 2001:db8::10:0:0:5 — two zero runs of equal length → the first one is compressed
    ['B80D0120000000000000100005000000', '2001:db8::10:0:0:5'],
    // 2001:db8:1:2:3:4:5:6 — no zero run
    ['B80D0120020001000400030006000500', '2001:db8:1:2:3:4:5:6'],
    ['0000', undefined],
  ])('%s → %s', (hex, expected) => {
    expect(hexToIPv6(hex)).toBe(expected);
  });

  it('never compresses a single zero group', () => {
    expect(formatIPv6([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5])).toBe(
      '2001:db8:0:1:2:3:4:5',
    );
  });
});

describe('parseProcNet', () => {
  it('reads TCP listeners and connections with state names, uid and inode', () => {
    const text = [
      TCP_HEADER,
      '   0: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000   107        0 8465 1 0000000086441d78 100 0 0 10 0                      ',
      '   1: 0A00000A:A2F4 0A94092D:0D05 01 00000000:00000000 00:00000000 00000000    33        0 21005 1 0000000000000000 20 4 30 10 -1',
      '  11: 0100007F:1111 0100007F:EA78 06 00000000:00000000 03:00001735 00000000     0        0 0 3 00000000808fbc30                                      ',
      '',
    ].join('\n');
    const { sockets, problems } = parseProcNet('tcp', text);
    expect(problems).toEqual([]);
    expect(sockets).toEqual([
      {
        proto: 'tcp',
        localAddress: '127.0.0.1',
        localPort: 3306,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        state: 'LISTEN',
        uid: 107,
        inode: 8465,
      },
      {
        proto: 'tcp',
        localAddress: '10.0.0.10',
        localPort: 41716,
        remoteAddress: '45.9.148.10',
        remotePort: 3333,
        state: 'ESTABLISHED',
        uid: 33,
        inode: 21005,
      },
      {
        proto: 'tcp',
        localAddress: '127.0.0.1',
        localPort: 4369,
        remoteAddress: '127.0.0.1',
        remotePort: 60024,
        state: 'TIME_WAIT',
        uid: 0,
        inode: 0,
      },
    ]);
  });

  it('reads tcp6 with ::1, :: and IPv4-mapped addresses', () => {
    const text = [
      TCP6_HEADER,
      '   0: 00000000000000000000000001000000:18EB 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 3634 1 00000000103312b5 100 0 0 10 0',
      '   1: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 31003 1 0000000000000000 100 0 0 10 0',
      '   2: 0000000000000000FFFF00000200000A:0050 0000000000000000FFFF00000500000A:C350 01 00000000:00000000 00:00000000 00000000    33        0 555 1 0000000000000000 20 4 30 10 -1',
      '',
    ].join('\n');
    const { sockets } = parseProcNet('tcp6', text);
    expect(sockets.map((s) => [s.localAddress, s.localPort, s.remoteAddress, s.remotePort, s.state])).toEqual(
      [
        ['::1', 6379, '::', 0, 'LISTEN'],
        ['::', 22, '::', 0, 'LISTEN'],
        ['::ffff:10.0.0.2', 80, '::ffff:10.0.0.5', 50000, 'ESTABLISHED'],
      ],
    );
  });

  it('names an unconnected UDP socket UNCONN and a connected one ESTABLISHED', () => {
    const text = [
      UDP_HEADER,
      '  201: 00000000:2BCB 00000000:0000 07 00000000:00000000 00:00000000 00000000   112        0 40001 2 0000000000000000 0',
      '  202: 0200000A:D431 08080808:0035 01 00000000:00000000 00:00000000 00000000     0        0 40002 2 0000000000000000 0',
      '',
    ].join('\n');
    expect(parseProcNet('udp', text).sockets.map((s) => [s.localPort, s.state])).toEqual([
      [11211, 'UNCONN'],
      [54321, 'ESTABLISHED'],
    ]);
    const v6 = `${UDP_HEADER}\n  1: 00000000000000000000000000000000:2BCB 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000   112        0 40003 2 0000000000000000 0\n`;
    expect(parseProcNet('udp6', v6).sockets[0]?.state).toBe('UNCONN');
  });

  it('a TCP socket in CLOSE state stays CLOSE (UNCONN is for UDP only)', () => {
    const text = `${TCP_HEADER}\n   0: 0100007F:0CEA 00000000:0000 07 00000000:00000000 00:00000000 00000000   107        0 1 1 0 100 0 0 10 0\n`;
    expect(parseProcNet('tcp', text).sockets[0]?.state).toBe('CLOSE');
  });

  it('parses every complete line of a truncated table and reports the cut line', () => {
    const text = [
      TCP_HEADER,
      '   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 21001 1 0000000000000000 100 0 0 10 0',
      '   1: 00000000:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000   101        0 21002 1 0000000000000000 100 0 0 10 0',
      '   2: 00000000:18EB 00000000:00',
    ].join('\n');
    const { sockets, problems } = parseProcNet('tcp', text);
    expect(sockets.map((s) => s.localPort)).toEqual([22, 3306]);
    expect(problems).toEqual([{ line: 4, reason: 'truncated', detail: 'line 4 ends mid-entry' }]);
  });

  it('treats a last line cut inside the inode field as truncated, and a complete last line without newline as complete', () => {
    const cutInode = `${TCP_HEADER}\n   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 210`;
    expect(parseProcNet('tcp', cutInode)).toEqual({
      sockets: [],
      problems: [{ line: 2, reason: 'truncated', detail: 'line 2 ends mid-entry' }],
    });
    const whole = `${TCP_HEADER}\n   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 21001 1 0000000000000000 100 0 0 10 0`;
    expect(parseProcNet('tcp', whole)).toMatchObject({
      sockets: [{ localPort: 22, inode: 21001 }],
      problems: [],
    });
  });

  it('reports a malformed line in the middle as a read error and keeps the others', () => {
    const text = [
      TCP_HEADER,
      '   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 21001 1 0 100 0 0 10 0',
      '   1: nonsense',
      '   2: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 21004 1 0 100 0 0 10 0',
      '',
    ].join('\n');
    const { sockets, problems } = parseProcNet('tcp', text);
    expect(sockets.map((s) => s.localPort)).toEqual([22, 80]);
    expect(problems).toEqual([{ line: 3, reason: 'read-error', detail: 'line 3 is not a socket entry' }]);
  });

  it('an empty or header-only table has no sockets and no problems', () => {
    expect(parseProcNet('udp6', UDP_HEADER)).toEqual({ sockets: [], problems: [] });
    expect(parseProcNet('tcp', '')).toEqual({ sockets: [], problems: [] });
  });
});

describe('socketInode', () => {
  it.each([
    ['socket:[12345]', 12345],
    ['pipe:[12345]', undefined],
    ['/dev/null', undefined],
    ['socket:[]', undefined],
  ])('%s → %s', (target, expected) => {
    expect(socketInode(target)).toBe(expected);
  });
});

describe('compareSockets', () => {
  it('orders by proto, port, address, remote, inode', () => {
    const s = (proto: 'tcp' | 'tcp6' | 'udp', localPort: number, localAddress: string, inode: number) => ({
      proto,
      localAddress,
      localPort,
      remoteAddress: '0.0.0.0',
      remotePort: 0,
      state: 'LISTEN',
      uid: 0,
      inode,
    });
    const list = [
      s('udp', 53, '0.0.0.0', 5),
      s('tcp6', 22, '::', 4),
      s('tcp', 80, '0.0.0.0', 3),
      s('tcp', 22, '127.0.0.1', 2),
      s('tcp', 22, '0.0.0.0', 1),
    ];
    expect(list.sort(compareSockets).map((x) => x.inode)).toEqual([1, 2, 3, 4, 5]);
  });
});
