import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHegui } from '../../assess/testing.ts';
import { testStore } from '../../storage/test-stores.ts';

const golden = 'test/hosts/compromised/report.golden.json';
let tmp: string;
let data: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'hegui-incident-'));
  data = path.join(tmp, 'data');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

// 10:00 in Shanghai on the detection day.
const NOW = '2026-11-23T02:00:00.000Z';

function run(args: string[], now = NOW, env: NodeJS.ProcessEnv = {}) {
  return runHegui(args, {
    env: { LANG: 'C.UTF-8', HEGUI_DATA_DIR: data, ...env },
    clock: () => new Date(now),
  });
}

interface Status {
  id: string;
  grade: string;
  detectedAt: string;
  clocks: { duty: string; recipient: string; deadline?: string; provision: string; state: string }[];
}

/** `incident open` with the defaults, some flags replaced and others added. */
function openArgs(over: Record<string, string> = {}, extra: string[] = []): string[] {
  const flags = {
    '--from': golden,
    '--detected-at': '2026-11-23T09:30:00+08:00',
    '--grade': '较大',
    '--operator': 'other',
    ...over,
  };
  return ['incident', 'open', ...Object.entries(flags).flat(), ...extra];
}

async function open(extra: string[] = [], from = golden): Promise<string> {
  const r = await run(openArgs({ '--from': from }, ['--format', 'json', ...extra]));
  expect(r.code, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(Object.keys(out)).toEqual(['id']);
  return out.id as string;
}

async function status(id: string, now = NOW, extra: string[] = []): Promise<Status> {
  const r = await run(['incident', 'status', id, '--format', 'json', ...extra], now);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Status;
}

describe('hegui incident: done means', () => {
  it('scan the compromised fixture, open an incident from its report, and get the right clocks', async () => {
    const report = path.join(tmp, 'report.json');
    const scan = await run([
      'scan',
      '--root',
      'test/hosts/compromised/root',
      '--format',
      'json',
      '--output',
      report,
    ]);
    expect(scan.code, scan.stderr).toBe(0);
    const id = await open([], report);
    expect(id).toMatch(/^inc-[0-9a-f]{10}$/);
    expect((await stat(path.join(data, 'hegui.sqlite'))).isFile()).toBe(true);
    const s = await status(id);
    expect(Object.keys(s).slice(0, 4)).toEqual(['id', 'grade', 'detectedAt', 'clocks']);
    expect(s).toMatchObject({ id, grade: '较大', detectedAt: '2026-11-23T09:30:00+08:00' });
    // 较大, other operator: 4 h to the provincial CAC; intrusion findings: intlsec-10's 24 h police report.
    // No crime marked and no PI on this host: no police-report, cisr-14 or PIPL clock.
    expect(s.clocks.map((c) => [c.duty, c.deadline, c.provision, c.state])).toEqual([
      ['irm-report', '2026-11-23T13:30:00+08:00', 'irm-4', 'running'],
      ['intlsec-police-24h', '2026-11-24T09:30:00+08:00', 'intlsec-10', 'running'],
    ]);
    expect(s.clocks[0]?.recipient).toBe('所在地省级网信部门');
    // The checklist comes from the stored report.
    const checklist = await run(['incident', 'checklist', id]);
    expect(checklist.code).toBe(0);
    expect(checklist.stdout).toContain('kill -STOP 4242');
    expect(checklist.stdout).toMatch(/从不执行/);
  });
});

describe('hegui incident open', () => {
  it('shows the grading criteria, marking 重大 and 较大 as unverified, and never grades', async () => {
    const r = await run(openArgs({ '--grade': '重大', '--operator': 'cii' }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/已选：重大/);
    expect(r.stdout).toMatch(/特别重大\(已核实/);
    expect(r.stdout).toMatch(/1亿人以上的个人信息泄露/);
    expect(r.stdout).toMatch(/▶ 重大\(未经核实/);
    expect(r.stdout).toMatch(/ 较大\(未经核实/);
    // CII, 1 hour, to the protection department and the police; it is 10:00, 30 minutes left.
    expect(r.stdout).toMatch(/截止 2026-11-23T10:30:00\+08:00，剩余 30 分/);
    expect(r.stdout).toMatch(/保护工作部门和公安机关/);
    // With --format json the criteria go to stderr, stdout stays { id }.
    const j = await run(openArgs({ '--grade': '一般', '--operator': 'state' }, ['--format', 'json']));
    expect(Object.keys(JSON.parse(j.stdout) as object)).toEqual(['id']);
    expect(j.stderr).toMatch(/▶ 一般/);
  });

  it('computes each operator kind and honours --tz', async () => {
    const cii = await run(openArgs({ '--grade': '特别重大', '--operator': 'state' }, ['--format', 'json']));
    const id = (JSON.parse(cii.stdout) as { id: string }).id;
    expect((await status(id)).clocks[0]).toMatchObject({
      duty: 'irm-report',
      deadline: '2026-11-23T11:30:00+08:00',
    });
    expect((await status(id, NOW, ['--tz', 'America/New_York'])).clocks[0]?.deadline).toBe(
      '2026-11-22T22:30:00-05:00',
    );
    expect((await status(id, NOW, [])).detectedAt).toBe('2026-11-23T09:30:00+08:00');
    const bad = await run(['incident', 'status', id, '--tz', 'Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^HEGUI_E_USAGE: unknown time zone/);
  });

  it('reads a detection time without an offset in Asia/Shanghai', async () => {
    const r = await run(openArgs({ '--detected-at': '2026-11-23 08:00' }, ['--format', 'json']));
    const id = (JSON.parse(r.stdout) as { id: string }).id;
    const s = await status(id);
    expect(s.detectedAt).toBe('2026-11-23T08:00:00+08:00');
    expect(s.clocks[0]?.deadline).toBe('2026-11-23T12:00:00+08:00');
  });
});

describe('hegui incident on PostgreSQL (--db)', () => {
  it('opens an incident and shows its clocks from the PostgreSQL store', async () => {
    const t = await testStore('postgres');
    try {
      const db = ['--db', t.url!];
      const r = await run(openArgs({ '--grade': '重大', '--operator': 'cii' }, ['--format', 'json', ...db]));
      expect(r.code, r.stderr).toBe(0);
      const id = (JSON.parse(r.stdout) as { id: string }).id;
      const s = await status(id, NOW, db);
      expect(s.clocks[0]).toMatchObject({ duty: 'irm-report', deadline: '2026-11-23T10:30:00+08:00' });
      const rows = await t.store.db.selectFrom('incidents').select(['id', 'grade']).execute();
      expect(rows).toEqual([{ id, grade: '重大' }]);
      // Not in the SQLite store.
      expect((await run(['incident', 'show', id])).stderr).toMatch(/^HEGUI_E_INCIDENT_NOT_FOUND/);
    } finally {
      await t.dispose();
    }
  });
});

describe('hegui incident with a PI inventory', () => {
  const inventory = 'src/incident/fixtures/pi-inventory.json';
  it('records the PI involved and starts the PIPL Art. 57 clock (no fixed deadline)', async () => {
    const id = await open(['--pi', inventory]);
    const s = await status(id);
    const pipl = s.clocks.find((c) => c.duty === 'pipl-notify');
    expect(pipl).toMatchObject({ provision: 'pipl-57', state: 'no-fixed-deadline' });
    expect(pipl?.deadline).toBeUndefined();
    const show = await run(['incident', 'show', id]);
    expect(show.stdout).toMatch(/cn-id\(敏感\): 1200 条，1180 人 — \/srv\/app\/users.csv#id_no/);
    expect(show.stdout).not.toMatch(/110101/);
    const text = await run(['incident', 'status', id]);
    expect(text.stdout).toMatch(/pipl-notify .*\n\s+立即\/及时履行/);
  });

  it('attaches an inventory later, and refuses a bad one', async () => {
    const id = await open();
    expect((await status(id)).clocks.some((c) => c.duty === 'pipl-notify')).toBe(false);
    expect((await run(['incident', 'update', id, '--pi', inventory])).code).toBe(0);
    expect((await status(id)).clocks.some((c) => c.duty === 'pipl-notify')).toBe(true);
    const missing = await run(['incident', 'update', id, '--pi', path.join(tmp, 'none.json')]);
    expect(missing.stderr).toMatch(/^HEGUI_E_INVENTORY_UNREADABLE: cannot read PI inventory/);
    const newer = path.join(tmp, 'newer-inv.json');
    await writeFile(
      newer,
      JSON.stringify({ ...(JSON.parse(await readFile(inventory, 'utf8')) as object), version: 9 }),
    );
    expect((await run(openArgs({}, ['--pi', newer]))).stderr).toMatch(
      /^HEGUI_E_INVENTORY_UNREADABLE: .*version 9/,
    );
  });
});

describe('hegui incident: bad input gets coded errors', () => {
  const openWith = (over: Record<string, string>) => run(openArgs(over));

  it('a report from a newer schema', async () => {
    const file = path.join(tmp, 'newer.json');
    const report = JSON.parse(await readFile(golden, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...report, schemaVersion: 2 }));
    const r = await openWith({ '--from': file });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^HEGUI_E_REPORT_SCHEMA: .*schemaVersion 2/);
  });

  it('a missing, an unparsable and a non-report file', async () => {
    expect((await openWith({ '--from': path.join(tmp, 'nope.json') })).stderr).toMatch(
      /^HEGUI_E_REPORT_UNREADABLE: cannot read report .*ENOENT/,
    );
    const garbage = path.join(tmp, 'garbage.json');
    await writeFile(garbage, Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
    expect((await openWith({ '--from': garbage })).stderr).toMatch(/^HEGUI_E_REPORT_UNREADABLE: .*not JSON/);
    expect((await openWith({ '--from': tmp })).stderr).toMatch(
      /^HEGUI_E_REPORT_UNREADABLE: report .* is not a regular file/,
    );
    const truncated = path.join(tmp, 'truncated.json');
    await writeFile(truncated, (await readFile(golden, 'utf8')).slice(0, 4000));
    expect((await openWith({ '--from': truncated })).stderr).toMatch(
      /^HEGUI_E_REPORT_UNREADABLE: .*not JSON/,
    );
    const other = path.join(tmp, 'other.json');
    await writeFile(other, '{"schemaVersion":1,"hello":"world"}');
    expect((await openWith({ '--from': other })).stderr).toMatch(
      /^HEGUI_E_REPORT_UNREADABLE: .*not a hegui JSON report/,
    );
  });

  it('a detection time in the future, and invalid times', async () => {
    const future = await openWith({ '--detected-at': '2026-11-23T10:00:01+08:00' });
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/^HEGUI_E_TIME_IN_FUTURE:/);
    expect((await openWith({ '--detected-at': '2026-11-23T10:00:00+08:00' })).code).toBe(0);
    for (const bad of ['yesterday', '2026-02-30T10:00:00+08:00', '2026-11-23', '2026-11-23T25:00:00Z']) {
      const r = await openWith({ '--detected-at': bad });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^HEGUI_E_TIME_INVALID:/);
    }
  });

  it('an unknown grade or operator, and missing flags', async () => {
    expect((await openWith({ '--grade': '很大' })).stderr).toMatch(
      /^HEGUI_E_USAGE: --grade must be one of 特别重大, 重大, 较大, 一般/,
    );
    expect((await openWith({ '--operator': 'bank' })).stderr).toMatch(
      /^HEGUI_E_USAGE: --operator must be one of/,
    );
    const noGrade = openArgs();
    noGrade.splice(noGrade.indexOf('--grade'), 2);
    const r = await run(noGrade);
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE: incident open needs --grade/);
  });

  it('an unknown incident id, for every sub-command that takes one', async () => {
    for (const sub of ['show', 'status', 'update', 'close', 'checklist', 'liability']) {
      const args = ['incident', sub, 'inc-0000000000', ...(sub === 'update' ? ['--note', 'x'] : [])];
      const r = await run(args);
      expect(r.code, sub).toBe(2);
      expect(r.stderr, sub).toMatch(/^HEGUI_E_INCIDENT_NOT_FOUND: no incident with id "inc-0000000000"/);
    }
    const doc = await run(['incident', 'document', 'inc-0000000000', '--kind', 'report', '--format', 'md']);
    expect(doc.stderr).toMatch(/^HEGUI_E_INCIDENT_NOT_FOUND/);
  });

  it('a missing or unknown sub-command, and a missing id', async () => {
    expect((await run(['incident'])).stderr).toMatch(/^HEGUI_E_USAGE: incident: a sub-command is needed/);
    expect((await run(['incident', 'frob'])).stderr).toMatch(
      /^HEGUI_E_USAGE: incident: unknown sub-command "frob"/,
    );
    expect((await run(['incident', 'status'])).stderr).toMatch(
      /^HEGUI_E_USAGE: incident status needs an incident id/,
    );
  });

  it('a --db that is not PostgreSQL', async () => {
    const r = await run(['incident', 'list', '--db', 'mysql://root@localhost/x']);
    expect(r.stderr).toMatch(/^HEGUI_E_USAGE: --db must be a postgres:\/\/ URL/);
  });
});

describe('hegui incident update, show, list, close, drills', () => {
  it('records a report (met / met-late), a suspected crime, a note and a regrade; refuses bad report times', async () => {
    const id = await open();
    const later = '2026-11-23T06:00:00.000Z'; // 14:00, after the 4 h deadline
    expect((await status(id, later)).clocks[0]?.state).toBe('overdue');
    expect((await run(['incident', 'status', id], later)).stdout).toMatch(
      /\[已超时\] irm-report → 所在地省级网信部门\n\s+截止 2026-11-23T13:30:00\+08:00，已超时 30 分/,
    );
    expect((await run(['incident', 'status', id, '--lang', 'en'], later)).stdout).toMatch(
      /\[OVERDUE\] irm-report .*\n\s+due 2026-11-23T13:30:00\+08:00, overdue by 30 min/,
    );
    const u = await run(
      [
        'incident',
        'update',
        id,
        '--reported',
        'irm-report',
        '--at',
        '2026-11-23T13:00:00+08:00',
        '--to',
        '省网信办',
        '--crime-suspected',
        '--note',
        '已报警',
      ],
      later,
    );
    expect(u.code, u.stderr).toBe(0);
    const s = await status(id, later);
    expect(s.clocks.map((c) => [c.duty, c.state])).toEqual([
      ['irm-report', 'met'],
      ['police-report', 'no-fixed-deadline'],
      ['cisr-police-24h', 'running'],
      ['intlsec-police-24h', 'running'],
    ]);
    const text = await run(['incident', 'status', id], later);
    expect(text.stdout).toMatch(/依据: 《国家网络安全事件报告管理办法》 — 据公开解读，涉嫌违法犯罪/);
    expect(text.stdout).toMatch(/\[已履行\] irm-report/);
    expect(text.stdout).toMatch(/《计算机信息网络国际联网安全保护管理办法》第十条第六项/);
    // Late report of another duty.
    await run(
      ['incident', 'update', id, '--reported', 'cisr-police-24h', '--at', '2026-11-24T10:00:00+08:00'],
      '2026-11-24T03:00:00Z',
    );
    expect(
      (await status(id, '2026-11-24T03:00:00Z')).clocks.find((c) => c.duty === 'cisr-police-24h')?.state,
    ).toBe('met-late');
    const future = await run(
      ['incident', 'update', id, '--reported', 'pipl-notify', '--at', '2026-12-01T00:00:00+08:00'],
      later,
    );
    expect(future.stderr).toMatch(/^HEGUI_E_TIME_IN_FUTURE:/);
    const early = await run(
      ['incident', 'update', id, '--reported', 'pipl-notify', '--at', '2026-11-22T00:00:00+08:00'],
      later,
    );
    expect(early.stderr).toMatch(/^HEGUI_E_TIME_INVALID: report time .* before the detection time/);
    expect((await run(['incident', 'update', id, '--reported', 'fax'], later)).stderr).toMatch(
      /^HEGUI_E_USAGE: --reported/,
    );
    expect((await run(['incident', 'update', id], later)).stderr).toMatch(
      /^HEGUI_E_USAGE: incident update: nothing to change/,
    );
    await run(['incident', 'update', id, '--grade', '一般', '--attest', 'response-plan=yes'], later);
    const after = await status(id, later);
    expect(after.grade).toBe('一般');
    expect(after.clocks.some((c) => c.duty === 'irm-report')).toBe(false);

    const show = await run(['incident', 'show', id, '--format', 'json'], later);
    const inc = JSON.parse(show.stdout) as {
      timeline: { kind: string; at: string }[];
      attestations: Record<string, boolean>;
      reports: unknown[];
    };
    expect(inc.attestations).toEqual({ 'response-plan': true });
    expect(inc.reports).toHaveLength(2);
    // The timeline is in time order even though the report was recorded after the fact.
    expect(inc.timeline.map((e) => e.kind)).toEqual([
      'detected',
      'opened',
      'reported',
      'updated',
      'note',
      'updated',
      'updated',
      'reported',
    ]);
    await run(['incident', 'update', id, '--event-category', 'ABC:host compromise'], later);
    expect((await run(['incident', 'update', id, '--event-category', ':x'], later)).stderr).toMatch(
      /^HEGUI_E_USAGE: --event-category/,
    );
    await run(
      ['incident', 'update', id, '--reporter', 'unit=示例科技有限公司', '--reporter', 'phone=13812345678'],
      later,
    );
    expect((await run(['incident', 'update', id, '--reporter', 'boss=me'], later)).stderr).toMatch(
      /^HEGUI_E_USAGE: --reporter/,
    );
    const text2 = await run(['incident', 'show', id, '--lang', 'en'], later);
    expect(text2.stdout).toMatch(/crime suspected: yes \(marked by the user\)/);
    expect(text2.stdout).toMatch(/category \(GB\/T 20986-2023\): ABC host compromise/);
    expect(text2.stdout).toMatch(/reporter: unit=示例科技有限公司 {2}phone=138\*\*\*\*5678/);
    const report = await run(['incident', 'document', id, '--kind', 'report', '--format', 'md'], later);
    expect(report.stdout).toContain('示例科技有限公司');
    expect(text2.stdout).toMatch(/\[critical\] accounts-uid0-found: .*\(\/etc\/passwd:10\)/);
  });

  it('lists, closes once, and records drills', async () => {
    const id = await open();
    const l = await run(['incident', 'list', '--format', 'json']);
    expect((JSON.parse(l.stdout) as { id: string }[]).some((x) => x.id === id)).toBe(true);
    const c = await run(['incident', 'close', id, '--note', 'contained']);
    expect(c.stdout).toMatch(new RegExp(`已结案 ${id}`));
    expect(c.stdout).toMatch(/irm-report/);
    const listed = (
      JSON.parse((await run(['incident', 'list', '--format', 'json'])).stdout) as {
        id: string;
        status: string;
      }[]
    ).find((x) => x.id === id);
    expect(listed?.status).toBe('closed');

    const d = await run([
      'incident',
      'drill',
      '--scenario',
      'webshell',
      '--participants',
      'ops,legal',
      '--at',
      '2026-11-20T10:00:00+08:00',
      '--format',
      'json',
    ]);
    expect(d.code, d.stderr).toBe(0);
    expect((JSON.parse(d.stdout) as { id: string }).id).toMatch(/^drill-/);
    const drills = JSON.parse((await run(['incident', 'drills', '--format', 'json'])).stdout) as unknown[];
    expect(drills).toContainEqual({
      at: '2026-11-20T10:00:00+08:00',
      scenario: 'webshell',
      participants: ['ops', 'legal'],
    });
    expect((await run(['incident', 'drill', '--at', '2027-01-01T00:00:00Z'])).stderr).toMatch(
      /^HEGUI_E_TIME_IN_FUTURE/,
    );
  });

  it('lists the items of an intact capture in the police summary, and refuses an altered one', async () => {
    const id = await open();
    const cap = path.join(tmp, 'capture.tar.gz');
    const c = await run(['capture', '--root', 'test/hosts/compromised/root', '--output', cap]);
    expect(c.code, c.stderr).toBe(0);
    const police = await run([
      'incident',
      'document',
      id,
      '--kind',
      'police',
      '--format',
      'md',
      '--capture',
      cap,
    ]);
    expect(police.code, police.stderr).toBe(0);
    expect(police.stdout).toMatch(/\| bundle\.json \| [0-9a-f]{64} \|/);
    const bytes = await readFile(cap);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const bad = path.join(tmp, 'capture-altered.tar.gz');
    await writeFile(bad, bytes);
    const r = await run(['incident', 'document', id, '--kind', 'police', '--format', 'md', '--capture', bad]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^HEGUI_E_CAPTURE_CORRUPT:/);
  });

  it('renders a document from the record and refuses a PDF on stdout', async () => {
    const id = await open();
    const md = await run(['incident', 'document', id, '--kind', 'report', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain(id);
    expect(md.stdout).toContain('2026-11-23');
    const pdf = await run(['incident', 'document', id, '--kind', 'report', '--format', 'pdf']);
    expect(pdf.stderr).toMatch(/^HEGUI_E_USAGE: a PDF needs --output/);
    const liability = await run(['incident', 'liability', id, '--format', 'json']);
    expect(liability.code, liability.stderr).toBe(0);
    expect((JSON.parse(liability.stdout) as { party: string }[]).some((p) => p.party === 'intruder')).toBe(
      true,
    );
  });
});
