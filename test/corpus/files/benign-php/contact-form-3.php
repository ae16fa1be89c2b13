<?php
session_start();
$errors = [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {
        http_response_code(400);
        exit('Bad request');
    }
    $name = trim(strip_tags($_POST['name'] ?? ''));
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    $message = htmlspecialchars($_POST['message'] ?? '', ENT_QUOTES, 'UTF-8');
    if ($name === '' || !$email) {
        $errors[] = '请填写姓名和邮箱';
    } else {
        mail('support@example.com', 'Contact form', $message, 'From: ' . $email);
        header('Location: /thanks.html');
        exit;
    }
}
$_SESSION['csrf'] = bin2hex(random_bytes(16));
?>
<form method="post">
  <input type="hidden" name="csrf" value="<?= $_SESSION['csrf'] ?>">
  <input name="name"> <input name="email"> <textarea name="message"></textarea>
  <button>Send</button>
</form>
