<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>代理后台 - 报表中心</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="?c=1">下级会员</a>
<a href="/page/2">团队报表</a>
<a href="/3">佣金结算</a>
<a href="?c=4">推广链接</a></div></header>
<main class="content">
<div class="box">
<table><tr><th>会员</th><th>有效投注</th><th>输赢</th><th>返水</th></tr><tr><td>slwbab</td><td>73718</td><td>226</td><td>581</td></tr><tr><td>koevzm</td><td>57273</td><td>-8644</td><td>619</td></tr><tr><td>bousjm</td><td>92633</td><td>-6173</td><td>183</td></tr><tr><td>ckrxxx</td><td>65577</td><td>8810</td><td>740</td></tr><tr><td>lbnilm</td><td>84440</td><td>9085</td><td>255</td></tr><tr><td>hcngkg</td><td>20507</td><td>-6638</td><td>863</td></tr></table>
</div>
<div class="panel">
<p>本月佣金：48707 元，真人/体育/电子分别结算</p>
</div>
</main>
<footer>代理中心</footer>
<script src="/static/js/app.fc5eac25.js"></script>
</body>
</html>
