<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>黑客基地 - 免杀远控下载</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/#1">首页</a></td><td><a href="?c=2">远控</a></td><td><a href="?c=3">免杀</a></td><td><a href="/list/4">提权</a></td><td><a href="/page/5">教程</a></td><td><a href="?c=6">VIP</a></td></tr></table>
<main class="container">
<section>
<h1>黑客工具下载</h1>
</section>
<div class="box">
<p><a href="/soft/rlsjwn.rar">XX远控 v3.2 免杀版</a> 过主流杀软</p>
<p><a href="/soft/sbpgqb.rar">3389批量爆破器</a> 免杀360</p>
<p><a href="/soft/fuyvkq.rar">QQ盗号木马</a> 免杀360</p>
<p><a href="/soft/tafiug.rar">抓鸡工具包</a> 免杀360</p>
<p><a href="/soft/bzsmly.rar">SQL注入利用工具</a> 内部版本</p>
</div>
<section>
<p>所有工具均已做免杀处理</p>
<p>会员可下载全部工具</p>
</section>
<section>
<a href="/vip.html">免费下载</a>
</section>
</main>
<footer>仅供安全研究</footer>
<script src="/static/js/app.dc708726.js"></script>
</body>
</html>
