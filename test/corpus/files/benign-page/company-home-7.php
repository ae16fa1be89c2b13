<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>昆明华信环保有限公司-官网</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="?c=1">首页</a></span>
  <span class="nav-item"><a href="/page/2">关于我们</a></span>
  <span class="nav-item"><a href="?c=3">产品中心</a></span>
  <span class="nav-item"><a href="/page/4">新闻</a></span>
  <span class="nav-item"><a href="?c=5">联系</a></span>
</div>
<main class="content">
<div class="mod">
<h1>昆明华信环保有限公司</h1><p>专注工业自动化二十年</p>
</div>
<section>
<p>人才招聘</p>
<p>解决方案</p>
<p>联系我们</p>
<p>产品中心</p>
<p>新闻动态</p>
</section>
<div class="box">
<p>诚聘销售经理、Java工程师</p>
<p>公司成立于2008年，拥有员工300余人</p>
<p>地址：高新区科技园A座</p>
</div>
</main>
<footer>昆明华信环保有限公司 浙ICP备84895327号</footer>

</body>
</html>
