<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="keywords" content="三体,三体在线观看,三体全集,免费电影">
<title>三体全集在线观看 - 剧迷TV</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/#1">首页</a></li><li><a href="/list/2">电影</a></li><li><a href="/list/3">电视剧</a></li><li><a href="/#4">综艺</a></li><li><a href="/page/5">动漫</a></li><li><a href="/#6">排行榜</a></li></ul></nav>
<main class="content">
<section>
<h1>三体免费在线观看</h1><p>更新至37集 | 国语中字 | 1080P</p>
</section>
<section>
<div class="playlist"><h3>播放源一</h3><a href="/play/1915-1-1.html">第01集</a> <a href="/play/2939-1-2.html">第02集</a> <a href="/play/1705-1-3.html">第03集</a> <a href="/play/5338-1-4.html">第04集</a> <a href="/play/6185-1-5.html">第05集</a> <a href="/play/4756-1-6.html">第06集</a> <a href="/play/1417-1-7.html">第07集</a> <a href="/play/7204-1-8.html">第08集</a> <a href="/play/7315-1-9.html">第09集</a> <a href="/play/8790-1-10.html">第10集</a> <a href="/play/1184-1-11.html">第11集</a> <a href="/play/2894-1-12.html">第12集</a> <a href="/play/4209-1-13.html">第13集</a> <a href="/play/5381-1-14.html">第14集</a> <a href="/play/3359-1-15.html">第15集</a> <a href="/play/2019-1-16.html">第16集</a> <a href="/play/7830-1-17.html">第17集</a> <a href="/play/9587-1-18.html">第18集</a> <a href="/play/6308-1-19.html">第19集</a> <a href="/play/6655-1-20.html">第20集</a> <a href="/play/2511-1-21.html">第21集</a> <a href="/play/6579-1-22.html">第22集</a> <a href="/play/8888-1-23.html">第23集</a> <a href="/play/9825-1-24.html">第24集</a> <a href="/play/7187-1-25.html">第25集</a> <a href="/play/5509-1-26.html">第26集</a> <a href="/play/2440-1-27.html">第27集</a> <a href="/play/3644-1-28.html">第28集</a> <a href="/play/4849-1-29.html">第29集</a> <a href="/play/5077-1-30.html">第30集</a></div>
</section>
<section>
<h2>热播电影</h2><ul><li><a href="/movie/2961.html">长安三万里 1080P</a></li><li><a href="/movie/6126.html">热辣滚烫 1080P</a></li><li><a href="/movie/7236.html">阿凡达3 TC抢先版</a></li><li><a href="/movie/3933.html">孤注一掷 1080P</a></li><li><a href="/movie/9092.html">奥本海默 1080P</a></li><li><a href="/movie/8827.html">沙丘2 TC抢先版</a></li></ul>
</section>
<div class="row">
<p>最新院线大片抢先看</p>
</div>
</main>
<footer>剧迷TV 免费在线观看最新电影电视剧</footer>

</body>
</html>
