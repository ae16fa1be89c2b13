<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>管理后台 - 仪表盘</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<div class="menu"><a href="/page/1">仪表盘</a> | <a href="/list/2">用户管理</a> | <a href="/3">订单管理</a> | <a href="/4">系统设置</a> | <a href="/page/5">退出</a></div>
<main class="wrap">
<div class="row">
<table><tr><th>今日订单</th><td>835</td></tr><tr><th>今日收入</th><td>6998.00</td></tr><tr><th>新增用户</th><td>249</td></tr></table>
</div>
<section>
<p>充值记录</p>
<p>提现审核</p>
<p>操作日志</p>
<p>权限设置</p>
</section>
</main>
<footer>Admin v2.3</footer>

</body>
</html>
