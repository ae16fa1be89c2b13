/**
 * Legitimate PHP in the style of real frameworks (Laravel, WordPress, ThinkPHP, Symfony, Composer,
 * plain PHP), written for the corpus. Several use the constructs webshells use — call_user_func_array,
 * eval of compiled templates, exec of fixed commands, base64 data, openssl_decrypt, php://input — in
 * the way real code does.
 */
import type { Rng } from './rng.ts';
import type { Archetype } from './types.ts';

const MODELS = [
  'User',
  'Order',
  'Product',
  'Article',
  'Comment',
  'Invoice',
  'Category',
  'Ticket',
  'Customer',
  'Coupon',
];
const FIELDS = [
  'name',
  'title',
  'email',
  'status',
  'price',
  'quantity',
  'content',
  'phone',
  'address',
  'remark',
];

const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const plural = (s: string) => (s.endsWith('y') ? `${s.slice(0, -1)}ies` : `${s}s`);

const B = (id: string, heldOut: boolean, count: number, make: (rng: Rng) => string): Archetype => ({
  id,
  label: 'benign',
  heldOut,
  count,
  make: (rng) => ({ ext: 'php', content: make(rng) }),
});

export const LEGIT_PHP: Archetype[] = [
  B('laravel-controller', false, 6, (rng) => {
    const m = rng.pick(MODELS);
    const fs = rng.some(FIELDS, 3);
    return `<?php

namespace App\\Http\\Controllers;

use App\\Models\\${m};
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Log;

class ${m}Controller extends Controller
{
    public function index(Request $request)
    {
        $query = ${m}::query();
        if ($search = $request->input('q')) {
            $query->where('${fs[0]}', 'like', '%' . $search . '%');
        }
        return view('${lc(plural(m))}.index', ['items' => $query->paginate(${rng.pick([15, 20, 30])})]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
${fs.map((f) => `            '${f}' => 'required|string|max:${rng.pick([64, 128, 255])}',`).join('\n')}
        ]);
        $item = ${m}::create($data);
        Log::info('${lc(m)} created', ['id' => $item->id]);
        return redirect()->route('${lc(plural(m))}.show', $item);
    }

    public function destroy(${m} $${lc(m)})
    {
        $this->authorize('delete', $${lc(m)});
        $${lc(m)}->delete();
        return back()->with('status', '${m} deleted');
    }
}
`;
  }),
  B(
    'laravel-middleware',
    false,
    5,
    (rng) => `<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;

class ${rng.pick(['EnsureTokenIsValid', 'SetLocale', 'TrustHosts', 'CheckRole'])}
{
    public function handle(Request $request, Closure $next, ...$guards)
    {
        if ($request->header('X-Api-Token') !== config('services.api.token')) {
            abort(403);
        }
        app()->setLocale($request->input('lang', '${rng.pick(['zh_CN', 'en'])}'));
        return $next($request);
    }

    public function __call($method, $parameters)
    {
        return call_user_func_array([$this->${rng.pick(['manager', 'guard', 'service'])}, $method], $parameters);
    }
}
`,
  ),
  B('laravel-model', true, 5, (rng) => {
    const m = rng.pick(MODELS);
    return `<?php

namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Factories\\HasFactory;
use Illuminate\\Database\\Eloquent\\Model;

class ${m} extends Model
{
    use HasFactory;

    protected $fillable = [${rng
      .some(FIELDS, 4)
      .map((f) => `'${f}'`)
      .join(', ')}];

    protected $casts = ['created_at' => 'datetime', 'meta' => 'array'];

    public function scopeActive($query)
    {
        return $query->where('status', 'active');
    }

    public function getDisplayNameAttribute(): string
    {
        return ucfirst($this->name ?? '');
    }
}
`;
  }),
  B('laravel-migration', false, 4, (rng) => {
    const t = lc(plural(rng.pick(MODELS)));
    return `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('${t}', function (Blueprint $table) {
            $table->id();
${rng
  .some(FIELDS, 4)
  .map((f) => `            $table->string('${f}')->nullable();`)
  .join('\n')}
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('${t}');
    }
};
`;
  }),
  B(
    'blade-compiled',
    false,
    5,
    (rng) => `<?php $__env->startSection('content'); ?>
<div class="container">
    <h1><?php echo e($title); ?></h1>
    <?php $__currentLoopData = $${rng.pick(['items', 'posts', 'orders'])}; $__env->addLoop($__currentLoopData); foreach($__currentLoopData as $item): $__env->incrementLoopIndices(); $loop = $__env->getLastLoop(); ?>
        <div class="card"><?php echo e($item->${rng.pick(FIELDS)}); ?> <small><?php echo e($item->created_at->diffForHumans()); ?></small></div>
    <?php endforeach; $__env->popLoop(); $loop = $__env->getLastLoop(); ?>
    <?php echo $${rng.pick(['items', 'posts'])}->links(); ?>
    <form method="POST" action="<?php echo e(route('search')); ?>"><?php echo csrf_field(); ?><input name="q" value="<?php echo e(request('q')); ?>"></form>
</div>
<?php $__env->stopSection(); ?>
<?php echo $__env->make('layouts.app', \\Illuminate\\Support\\Arr::except(get_defined_vars(), ['__data', '__path']))->render(); ?>
`,
  ),
  B(
    'wp-template',
    false,
    6,
    (rng) => `<?php
/**
 * The template for displaying ${rng.pick(['single posts', 'archive pages', 'search results', 'the front page'])}
 *
 * @package ${rng.pick(['twentytwentyone', 'astra-child', 'mytheme'])}
 */

get_header();
?>
<main id="primary" class="site-main">
<?php if ( isset( $_GET['s'] ) ) : ?>
    <h1 class="page-title"><?php printf( esc_html__( 'Search Results for: %s', 'mytheme' ), '<span>' . esc_html( get_search_query() ) . '</span>' ); ?></h1>
<?php endif; ?>
<?php
while ( have_posts() ) :
    the_post();
    get_template_part( 'template-parts/content', get_post_type() );
    the_post_navigation( array( 'prev_text' => '&larr; %title', 'next_text' => '%title &rarr;' ) );
    if ( comments_open() || get_comments_number() ) {
        comments_template();
    }
endwhile;
?>
</main>
<?php
get_sidebar();
get_footer();
`,
  ),
  B(
    'wp-functions',
    true,
    5,
    (rng) => `<?php
/**
 * Theme functions and definitions.
 */
function ${rng.pick(['mytheme', 'astra_child', 'shop'])}_setup() {
    add_theme_support( 'title-tag' );
    add_theme_support( 'post-thumbnails' );
    register_nav_menus( array( 'primary' => __( 'Primary Menu', 'mytheme' ) ) );
}
add_action( 'after_setup_theme', '${rng.pick(['mytheme', 'astra_child', 'shop'])}_setup' );

function mytheme_scripts() {
    wp_enqueue_style( 'mytheme-style', get_stylesheet_uri(), array(), wp_get_theme()->get( 'Version' ) );
    wp_enqueue_script( 'mytheme-nav', get_template_directory_uri() . '/js/navigation.js', array(), '1.0', true );
}
add_action( 'wp_enqueue_scripts', 'mytheme_scripts' );

add_filter( 'excerpt_length', function ( $length ) { return ${rng.int(20, 60)}; } );

function mytheme_apply( $tag, $value ) {
    return apply_filters( $tag, $value );
}
`,
  ),
  B('wp-plugin-admin', false, 5, (rng) => {
    const opt = `${rng.word(5)}_options`;
    return `<?php
/**
 * Plugin Name: ${rng.pick(['Simple Contact', 'Easy Banner', 'Site Notice'])}
 * Version: ${rng.int(1, 3)}.${rng.int(0, 9)}
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

add_action( 'admin_menu', function () {
    add_options_page( 'Settings', 'Settings', 'manage_options', '${opt}', 'render_${opt}' );
} );

function render_${opt}() {
    if ( ! current_user_can( 'manage_options' ) ) {
        return;
    }
    if ( isset( $_POST['submit'] ) && check_admin_referer( 'save_${opt}' ) ) {
        $value = sanitize_text_field( wp_unslash( $_POST['notice'] ?? '' ) );
        update_option( '${opt}', $value );
    }
    $current = get_option( '${opt}', '' );
    echo '<form method="post">';
    wp_nonce_field( 'save_${opt}' );
    echo '<input name="notice" value="' . esc_attr( $current ) . '">';
    submit_button();
    echo '</form>';
}

add_action( 'wp_ajax_${opt}_ping', function () {
    check_ajax_referer( '${opt}' );
    wp_send_json_success( array( 'time' => time() ) );
} );
`;
  }),
  B('thinkphp-controller', false, 5, (rng) => {
    const m = rng.pick(MODELS);
    return `<?php
namespace app\\index\\controller;

use think\\Controller;
use think\\Db;
use think\\Request;

class ${m} extends Controller
{
    public function index()
    {
        $page = input('get.page/d', 1);
        $list = Db::name('${lc(m)}')->where('status', 1)->order('id desc')->paginate(${rng.pick([10, 20])}, false, ['page' => $page]);
        $this->assign('list', $list);
        return $this->fetch();
    }

    public function save(Request $request)
    {
        $data = $request->post();
        $result = $this->validate($data, '${m}');
        if (true !== $result) {
            return json(['code' => 0, 'msg' => $result]);
        }
        Db::name('${lc(m)}')->insert(['${rng.pick(FIELDS)}' => input('post.${rng.pick(FIELDS)}', '', 'htmlspecialchars'), 'create_time' => time()]);
        return json(['code' => 1, 'msg' => '保存成功']);
    }
}
`;
  }),
  B(
    'thinkphp-template-engine',
    true,
    4,
    (rng) => `<?php
namespace think\\template\\driver;

class ${rng.pick(['File', 'Cache'])}
{
    protected $cacheFile;

    public function write($cacheFile, $content)
    {
        $dir = dirname($cacheFile);
        if (!is_dir($dir)) {
            mkdir($dir, 0755, true);
        }
        if (false === file_put_contents($cacheFile, $content)) {
            throw new \\RuntimeException('cache write error:' . $cacheFile);
        }
    }

    public function read($cacheFile, $vars = [])
    {
        $this->cacheFile = $cacheFile;
        if (!empty($vars) && is_array($vars)) {
            extract($vars, EXTR_OVERWRITE);
        }
        include $this->cacheFile;
    }

    public function display($content, $vars = [])
    {
        if (!empty($vars)) {
            extract($vars, EXTR_OVERWRITE);
        }
        eval('?>' . $content);
    }
}
`,
  ),
  B('symfony-controller', false, 5, (rng) => {
    const m = rng.pick(MODELS);
    return `<?php

namespace App\\Controller;

use App\\Entity\\${m};
use Doctrine\\ORM\\EntityManagerInterface;
use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\HttpFoundation\\JsonResponse;
use Symfony\\Component\\HttpFoundation\\Request;
use Symfony\\Component\\Routing\\Attribute\\Route;

#[Route('/api/${lc(plural(m))}')]
class ${m}Controller extends AbstractController
{
    #[Route('', methods: ['POST'])]
    public function create(Request $request, EntityManagerInterface $em): JsonResponse
    {
        $payload = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
        $entity = new ${m}();
        $entity->set${rng.pick(['Name', 'Title', 'Email'])}((string) ($payload['${rng.pick(FIELDS)}'] ?? ''));
        $em->persist($entity);
        $em->flush();
        return $this->json(['id' => $entity->getId()], 201);
    }

    #[Route('/{id}', methods: ['GET'])]
    public function show(${m} $entity): JsonResponse
    {
        return $this->json($entity, 200, [], ['groups' => ['read']]);
    }
}
`;
  }),
  B('composer-autoload', false, 4, (rng) => {
    const h = rng.hex(32);
    return `<?php

// autoload_real.php @generated by Composer

class ComposerAutoloaderInit${h}
{
    private static $loader;

    public static function loadClassLoader($class)
    {
        if ('Composer\\Autoload\\ClassLoader' === $class) {
            require __DIR__ . '/ClassLoader.php';
        }
    }

    public static function getLoader()
    {
        if (null !== self::$loader) {
            return self::$loader;
        }
        require __DIR__ . '/platform_check.php';
        spl_autoload_register(array('ComposerAutoloaderInit${h}', 'loadClassLoader'), true, true);
        self::$loader = $loader = new \\Composer\\Autoload\\ClassLoader(\\dirname(__DIR__));
        spl_autoload_unregister(array('ComposerAutoloaderInit${h}', 'loadClassLoader'));

        require __DIR__ . '/autoload_static.php';
        call_user_func(\\Composer\\Autoload\\ComposerStaticInit${h}::getInitializer($loader));

        $loader->register(true);

        $filesToLoad = \\Composer\\Autoload\\ComposerStaticInit${h}::$files;
        $requireFile = \\Closure::bind(static function ($fileIdentifier, $file) {
            if (empty($GLOBALS['__composer_autoload_files'][$fileIdentifier])) {
                $GLOBALS['__composer_autoload_files'][$fileIdentifier] = true;
                require $file;
            }
        }, null, null);
        foreach ($filesToLoad as $fileIdentifier => $file) {
            $requireFile($fileIdentifier, $file);
        }

        return $loader;
    }
}
`;
  }),
  B(
    'contact-form',
    false,
    5,
    (rng) => `<?php
session_start();
$errors = [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {
        http_response_code(400);
        exit('Bad request');
    }
    $name = trim(strip_tags($_POST['name'] ?? ''));
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    $message = htmlspecialchars($_POST['message'] ?? '', ENT_QUOTES, 'UTF-8');
    if ($name === '' || !$email) {
        $errors[] = '${rng.pick(['请填写姓名和邮箱', 'Please fill in your name and email'])}';
    } else {
        mail('${rng.pick(['info', 'contact', 'support'])}@example.com', 'Contact form', $message, 'From: ' . $email);
        header('Location: /thanks.html');
        exit;
    }
}
$_SESSION['csrf'] = bin2hex(random_bytes(16));
?>
<form method="post">
  <input type="hidden" name="csrf" value="<?= $_SESSION['csrf'] ?>">
  <input name="name"> <input name="email"> <textarea name="message"></textarea>
  <button>Send</button>
</form>
`,
  ),
  B(
    'upload-handler',
    true,
    5,
    (rng) => `<?php
require __DIR__ . '/bootstrap.php';

$allowed = ['jpg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif'];
if (empty($_FILES['${rng.pick(['avatar', 'image', 'file'])}']) || $_FILES['${rng.pick(['avatar', 'image', 'file'])}']['error'] !== UPLOAD_ERR_OK) {
    json_out(['ok' => false, 'error' => 'no file']);
}
$file = $_FILES['${rng.pick(['avatar', 'image', 'file'])}'];
$ext = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
$mime = (new finfo(FILEINFO_MIME_TYPE))->file($file['tmp_name']);
if (!isset($allowed[$ext]) || $allowed[$ext] !== $mime || $file['size'] > ${rng.int(1, 8)} * 1024 * 1024) {
    json_out(['ok' => false, 'error' => 'type not allowed']);
}
$name = bin2hex(random_bytes(12)) . '.' . $ext;
move_uploaded_file($file['tmp_name'], UPLOAD_DIR . '/' . $name);
json_out(['ok' => true, 'url' => '/uploads/' . $name]);
`,
  ),
  B(
    'router',
    false,
    5,
    (rng) => `<?php
// Minimal front controller
$routes = [
    'home' => ['HomeController', 'index'],
    '${rng.pick(['news', 'blog', 'shop'])}' => ['${rng.pick(['News', 'Blog', 'Shop'])}Controller', 'list'],
    'contact' => ['ContactController', 'form'],
];
$page = $_GET['page'] ?? 'home';
if (!isset($routes[$page])) {
    http_response_code(404);
    $page = 'home';
}
[$class, $action] = $routes[$page];
require __DIR__ . '/controllers/' . $class . '.php';
$controller = new $class();
$params = array_slice(explode('/', trim($_SERVER['PATH_INFO'] ?? '', '/')), 1);
echo call_user_func_array([$controller, $action], $params);
$controller->$action();
`,
  ),
  B(
    'deploy-webhook',
    false,
    4,
    (rng) => `<?php
// GitHub push webhook: pull the latest code
$secret = getenv('DEPLOY_SECRET');
$payload = file_get_contents('php://input');
$signature = 'sha256=' . hash_hmac('sha256', $payload, $secret);
if (!hash_equals($signature, $_SERVER['HTTP_X_HUB_SIGNATURE_256'] ?? '')) {
    http_response_code(403);
    exit('forbidden');
}
$data = json_decode($payload, true);
if (($data['ref'] ?? '') !== 'refs/heads/${rng.pick(['main', 'master', 'release'])}') {
    exit('ignored');
}
$output = shell_exec('cd ${rng.pick(['/var/www/app', '/srv/site', '/var/www/html'])} && git pull --ff-only 2>&1 && composer install --no-dev 2>&1');
file_put_contents(__DIR__ . '/deploy.log', date('c') . "\\n" . $output, FILE_APPEND);
echo 'ok';
`,
  ),
  B(
    'captcha',
    true,
    4,
    (rng) => `<?php
session_start();
$chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
$code = '';
for ($i = 0; $i < ${rng.int(4, 6)}; $i++) {
    $code .= $chars[random_int(0, strlen($chars) - 1)];
}
$_SESSION['captcha'] = strtolower($code);
$img = imagecreatetruecolor(120, 40);
$bg = imagecolorallocate($img, 245, 245, 245);
imagefill($img, 0, 0, $bg);
for ($i = 0; $i < strlen($code); $i++) {
    $color = imagecolorallocate($img, random_int(0, 120), random_int(0, 120), random_int(0, 120));
    imagestring($img, 5, 10 + $i * 20, random_int(5, 20), $code[$i], $color);
}
$sep = chr(45) . chr(45);
header('Content-Type: image/png');
imagepng($img);
imagedestroy($img);
`,
  ),
  B(
    'api-decrypt',
    false,
    5,
    (rng) => `<?php
// Partner callback: AES-encrypted JSON body
require __DIR__ . '/config.php';
$raw = file_get_contents('php://input');
$body = json_decode($raw, true);
if (!is_array($body) || !isset($body['data'], $body['iv'])) {
    http_response_code(400);
    exit;
}
$key = hex2bin(PARTNER_KEY);
$plain = openssl_decrypt(base64_decode($body['data']), 'aes-256-cbc', $key, OPENSSL_RAW_DATA, base64_decode($body['iv']));
$order = json_decode($plain, true);
$stmt = $pdo->prepare('UPDATE orders SET status = ? WHERE order_no = ?');
$stmt->execute([${rng.pick(["'paid'", "'shipped'"])}, $order['order_no'] ?? '']);
echo json_encode(['code' => 0]);
`,
  ),
  B(
    'config-file',
    false,
    4,
    (rng) => `<?php
return [
    'app_name' => '${rng.pick(['MyShop', 'CMS', 'Portal'])}',
    'debug' => false,
    'database' => [
        'host' => '127.0.0.1',
        'port' => 3306,
        'name' => '${rng.word(6)}',
        'user' => '${rng.word(5)}',
        'password' => getenv('DB_PASSWORD'),
        'charset' => 'utf8mb4',
    ],
    'cache' => ['driver' => 'redis', 'prefix' => '${rng.word(4)}_'],
    'upload' => ['max_size' => ${rng.int(2, 20)} * 1024 * 1024, 'ext' => ['jpg', 'png', 'gif']],
];
`,
  ),
  B(
    'cron-runner',
    true,
    4,
    (rng) => `<?php
// Called from crontab every minute
if (PHP_SAPI !== 'cli') {
    exit('cli only');
}
$php = PHP_BINARY;
$jobs = ['artisan schedule:run', 'artisan queue:work --stop-when-empty', '${rng.pick(['bin/console app:cleanup', 'artisan cache:prune-stale-tags'])}'];
foreach ($jobs as $job) {
    exec(escapeshellcmd($php . ' ' . __DIR__ . '/' . $job) . ' >> /var/log/app-cron.log 2>&1', $out, $code);
    if ($code !== 0) {
        error_log('job failed: ' . $job);
    }
}
`,
  ),
  B(
    'backup-script',
    false,
    4,
    (rng) => `<?php
// Admin-only database backup
require __DIR__ . '/auth.php';
require_admin();
$db = preg_replace('/[^a-z0-9_]/i', '', $_POST['database'] ?? '${rng.word(6)}');
$file = sys_get_temp_dir() . '/backup-' . date('Ymd-His') . '.sql.gz';
$cmd = 'mysqldump --single-transaction ' . escapeshellarg($db) . ' | gzip > ' . escapeshellarg($file);
system($cmd, $status);
if ($status === 0) {
    header('Content-Type: application/gzip');
    header('Content-Disposition: attachment; filename="' . basename($file) . '"');
    readfile($file);
}
`,
  ),
  B(
    'installer-logo',
    false,
    4,
    (rng) => `<?php
// Installer: step ${rng.int(1, 4)}
$logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAACXBIWXMAAAsTAAALEwEAmpwYAAAB${'A'.repeat(rng.int(420, 900))}ElFTkSuQmCC';
$checks = [
    'PHP >= 8.1' => version_compare(PHP_VERSION, '8.1.0', '>='),
    'PDO MySQL' => extension_loaded('pdo_mysql'),
    'OpenSSL' => extension_loaded('openssl'),
    'Writable storage/' => is_writable(__DIR__ . '/../storage'),
];
?>
<img src="<?= $logo ?>" alt="logo">
<ul>
<?php foreach ($checks as $label => $ok): ?>
  <li><?= htmlspecialchars($label) ?>: <?= $ok ? 'OK' : 'Missing' ?></li>
<?php endforeach; ?>
</ul>
`,
  ),
  B(
    'smarty-compiled',
    true,
    4,
    (rng) => `<?php
/* Smarty version 4.3.0, created on ${rng.int(2023, 2025)}-0${rng.int(1, 9)}-1${rng.int(0, 9)} compiled from "index.tpl" */
if ($_smarty_tpl->_decodeProperties($_smarty_tpl, array (
  'version' => '4.3.0',
  'unifunc' => 'content_${rng.hex(13)}',
  'has_nocache_code' => false,
),false)) {
function content_${rng.hex(13)} (Smarty_Internal_Template $_smarty_tpl) {
?><h1><?php echo htmlspecialchars($_smarty_tpl->tpl_vars['title']->value, ENT_QUOTES, 'UTF-8', true);?></h1>
<?php $_from = $_smarty_tpl->smarty->ext->_foreach->init($_smarty_tpl, $_smarty_tpl->tpl_vars['items']->value, 'item');
foreach ($_from ?? [] as $_smarty_tpl->tpl_vars['item']->value) {
?><li><?php echo $_smarty_tpl->tpl_vars['item']->value['${rng.pick(FIELDS)}'];?></li><?php
}
$_smarty_tpl->smarty->ext->_foreach->restore($_smarty_tpl, 1);
}
}
`,
  ),
  B(
    'image-resize',
    false,
    4,
    (rng) => `<?php
// Thumbnail generator
$src = __DIR__ . '/uploads/' . basename($_GET['f'] ?? '');
$w = min(max((int) ($_GET['w'] ?? ${rng.pick([120, 200, 320])}), 16), 1024);
if (!is_file($src)) {
    http_response_code(404);
    exit;
}
[$ow, $oh] = getimagesize($src);
$h = (int) round($oh * $w / $ow);
$im = imagecreatefromstring(file_get_contents($src));
$thumb = imagescale($im, $w, $h);
header('Content-Type: image/jpeg');
header('Cache-Control: max-age=86400');
imagejpeg($thumb, null, 85);
`,
  ),
];
