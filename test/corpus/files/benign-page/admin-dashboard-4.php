<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>管理后台 - 仪表盘</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/#1">仪表盘</a></td><td><a href="/list/2">用户管理</a></td><td><a href="/page/3">订单管理</a></td><td><a href="/#4">系统设置</a></td><td><a href="?c=5">退出</a></td></tr></table>
<main class="main">
<div class="box">
<table><tr><th>今日订单</th><td>589</td></tr><tr><th>今日收入</th><td>46200.00</td></tr><tr><th>新增用户</th><td>217</td></tr></table>
</div>
<section>
<ul><li>充值记录</li><li>提现审核</li><li>操作日志</li><li>权限设置</li></ul>
</section>
</main>
<footer>Admin v2.3</footer>

</body>
</html>
