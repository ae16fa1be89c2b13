<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="长相思,长相思在线观看,长相思全集,免费电影">
<title>长相思全集在线观看 - 人人TV</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<div class="menu"><a href="/#1">首页</a> | <a href="/2">电影</a> | <a href="/list/3">电视剧</a> | <a href="/#4">综艺</a> | <a href="/page/5">动漫</a> | <a href="/#6">排行榜</a></div>
<main class="main">
<section>
<h1>长相思HD中字</h1><p>更新至23集 | 国语中字 | 4K高清</p>
</section>
<div class="row">
<div class="playlist"><h3>播放源一</h3><a href="/play/3114-1-1.html">第01集</a> <a href="/play/4473-1-2.html">第02集</a> <a href="/play/1911-1-3.html">第03集</a> <a href="/play/9032-1-4.html">第04集</a> <a href="/play/9770-1-5.html">第05集</a> <a href="/play/3679-1-6.html">第06集</a> <a href="/play/2780-1-7.html">第07集</a> <a href="/play/6676-1-8.html">第08集</a> <a href="/play/8504-1-9.html">第09集</a> <a href="/play/3945-1-10.html">第10集</a> <a href="/play/6172-1-11.html">第11集</a> <a href="/play/3565-1-12.html">第12集</a> <a href="/play/9540-1-13.html">第13集</a> <a href="/play/9071-1-14.html">第14集</a></div>
</div>
<div class="panel">
<h2>热播电影</h2><ul><li><a href="/movie/3567.html">奥本海默 1080P</a></li><li><a href="/movie/9830.html">沙丘2 1080P</a></li><li><a href="/movie/6173.html">碟中谍8 1080P</a></li><li><a href="/movie/439.html">阿凡达3 TC抢先版</a></li><li><a href="/movie/5629.html">封神第二部 TC抢先版</a></li><li><a href="/movie/6828.html">速度与激情11 枪版</a></li></ul>
</div>
<section>
<p>所有资源均来自网络采集</p>
</section>
</main>
<footer>人人TV 免费在线观看最新电影电视剧</footer>

</body>
</html>
