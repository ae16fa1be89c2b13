<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>福州恒通环保有限公司-官网</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div class="menu"><a href="/page/1">首页</a> | <a href="/#2">关于我们</a> | <a href="/3">产品中心</a> | <a href="/4">新闻</a> | <a href="/#5">联系</a></div>
<main class="container">
<div class="mod">
<h1>福州恒通环保有限公司</h1><p>专注工业自动化二十年</p>
</div>
<section>
<ul><li>联系我们</li><li>新闻动态</li><li>解决方案</li><li>产品中心</li><li>人才招聘</li></ul>
</section>
<section>
<p>诚聘销售经理、Java工程师</p>
<p>公司成立于2008年，拥有员工300余人</p>
<p>产品远销欧美、东南亚等30多个国家和地区</p>
</section>
</main>
<footer>福州恒通环保有限公司 浙ICP备58204915号</footer>

</body>
</html>
