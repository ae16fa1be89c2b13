<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>代理后台 - 报表中心</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/list/1">下级会员</a>
<a href="/page/2">团队报表</a>
<a href="/3">佣金结算</a>
<a href="?c=4">推广链接</a></div></header>
<main class="main">
<section>
<table><tr><th>会员</th><th>有效投注</th><th>输赢</th><th>返水</th></tr><tr><td>cgdesw</td><td>7792</td><td>-7670</td><td>441</td></tr><tr><td>fvsleg</td><td>72606</td><td>7093</td><td>485</td></tr><tr><td>sywqeo</td><td>57283</td><td>4613</td><td>931</td></tr><tr><td>pozjjv</td><td>41792</td><td>1081</td><td>465</td></tr><tr><td>ovwyfe</td><td>36927</td><td>-6588</td><td>617</td></tr><tr><td>bbrcxr</td><td>43154</td><td>-3754</td><td>736</td></tr></table>
</section>
<section>
<p>本月佣金：36787 元，真人/体育/电子分别结算</p>
</section>
</main>
<footer>代理中心</footer>

</body>
</html>
