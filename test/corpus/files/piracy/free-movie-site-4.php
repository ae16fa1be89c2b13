<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="繁花,繁花在线观看,繁花全集,免费电影">
<title>繁花全集在线观看 - 777影视</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="?c=1">首页</a></li><li><a href="?c=2">电影</a></li><li><a href="/page/3">电视剧</a></li><li><a href="/#4">综艺</a></li><li><a href="/#5">动漫</a></li><li><a href="/list/6">排行榜</a></li></ul></nav>
<main class="container">
<section>
<h1>繁花HD中字</h1><p>已完结31集 | 国语中字 | 1080P</p>
</section>
<div class="row">
<div class="playlist"><h3>高清线路</h3><a href="/play/4605-1-1.html">第01集</a> <a href="/play/8167-1-2.html">第02集</a> <a href="/play/7927-1-3.html">第03集</a> <a href="/play/8019-1-4.html">第04集</a> <a href="/play/9743-1-5.html">第05集</a> <a href="/play/7896-1-6.html">第06集</a> <a href="/play/6922-1-7.html">第07集</a> <a href="/play/2542-1-8.html">第08集</a> <a href="/play/8780-1-9.html">第09集</a> <a href="/play/3237-1-10.html">第10集</a> <a href="/play/3700-1-11.html">第11集</a> <a href="/play/9743-1-12.html">第12集</a> <a href="/play/8317-1-13.html">第13集</a></div>
</div>
<section>
<h2>热播电影</h2><ul><li><a href="/movie/4387.html">封神第二部 TC抢先版</a></li><li><a href="/movie/8955.html">热辣滚烫 HD中字</a></li><li><a href="/movie/915.html">速度与激情11 HD中字</a></li><li><a href="/movie/1036.html">碟中谍8 1080P</a></li><li><a href="/movie/6142.html">长安三万里 TC抢先版</a></li><li><a href="/movie/4792.html">沙丘2 HD中字</a></li></ul>
</section>
<section>
<p>所有资源均来自网络采集</p>
</section>
</main>
<footer>777影视 免费在线观看最新电影电视剧</footer>

</body>
</html>
