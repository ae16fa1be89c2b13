<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>代理后台 - 报表中心</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/1">下级会员</a></span>
  <span class="nav-item"><a href="?c=2">团队报表</a></span>
  <span class="nav-item"><a href="/page/3">佣金结算</a></span>
  <span class="nav-item"><a href="/4">推广链接</a></span>
</div>
<main class="wrap">
<section>
<table><tr><th>会员</th><th>有效投注</th><th>输赢</th><th>返水</th></tr><tr><td>gmusbz</td><td>46435</td><td>-4649</td><td>472</td></tr><tr><td>fpocwx</td><td>78885</td><td>-4332</td><td>679</td></tr><tr><td>qoafgd</td><td>99016</td><td>-5610</td><td>55</td></tr><tr><td>npcibs</td><td>26123</td><td>-5198</td><td>751</td></tr><tr><td>ntucty</td><td>73620</td><td>-3647</td><td>939</td></tr><tr><td>ueqxkz</td><td>48169</td><td>-4607</td><td>548</td></tr></table>
</section>
<section>
<p>本月佣金：12984 元，真人/体育/电子分别结算</p>
</section>
</main>
<footer>代理中心</footer>

</body>
</html>
