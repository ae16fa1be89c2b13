<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$d = file_get_contents(__FILE__);
eval(gzinflate(substr($d, __COMPILER_HALT_OFFSET__)));
