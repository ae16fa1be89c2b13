<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="墨雨云间,墨雨云间在线观看,墨雨云间全集,免费电影">
<title>墨雨云间全集在线观看 - 人人电影网</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div class="menu"><a href="/page/1">首页</a> | <a href="/page/2">电影</a> | <a href="/3">电视剧</a> | <a href="/#4">综艺</a> | <a href="/list/5">动漫</a> | <a href="/page/6">排行榜</a></div>
<main class="main">
<div class="mod">
<h1>墨雨云间免费在线观看</h1><p>更新至23集 | 国语中字 | 4K高清</p>
</div>
<section>
<div class="playlist"><h3>极速云播</h3><a href="/play/6192-1-1.html">第01集</a> <a href="/play/9527-1-2.html">第02集</a> <a href="/play/5249-1-3.html">第03集</a> <a href="/play/6797-1-4.html">第04集</a> <a href="/play/3544-1-5.html">第05集</a> <a href="/play/2571-1-6.html">第06集</a> <a href="/play/7738-1-7.html">第07集</a> <a href="/play/8414-1-8.html">第08集</a> <a href="/play/4580-1-9.html">第09集</a> <a href="/play/7530-1-10.html">第10集</a> <a href="/play/6212-1-11.html">第11集</a> <a href="/play/5614-1-12.html">第12集</a> <a href="/play/4641-1-13.html">第13集</a> <a href="/play/3517-1-14.html">第14集</a></div>
</section>
<div class="block">
<h2>最新电影</h2><p><a href="/movie/620.html">孤注一掷 TC抢先版</a></p>
<p><a href="/movie/519.html">封神第二部 HD中字</a></p>
<p><a href="/movie/6693.html">流浪地球3 枪版</a></p>
<p><a href="/movie/3258.html">速度与激情11 枪版</a></p>
<p><a href="/movie/7812.html">哪吒之魔童闹海 1080P</a></p>
<p><a href="/movie/7490.html">沙丘2 枪版</a></p>
</div>
<div class="mod">
<p>本站所有影视资源免费在线观看，无需注册，无广告</p>
</div>
</main>
<footer>人人电影网 免费在线观看最新电影电视剧</footer>

</body>
</html>
