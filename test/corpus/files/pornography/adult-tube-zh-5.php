<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="杏吧TV,成人视频,AV在线,无码">
<title>杏吧TV - 免费AV在线</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/list/1">首页</a></span>
  <span class="nav-item"><a href="/2">国产</a></span>
  <span class="nav-item"><a href="/list/3">日韩</a></span>
  <span class="nav-item"><a href="/#4">欧美</a></span>
  <span class="nav-item"><a href="?c=5">动漫</a></span>
  <span class="nav-item"><a href="/list/6">排行榜</a></span>
  <span class="nav-item"><a href="/#7">VIP</a></span>
</div>
<main class="main">
<div class="block">
<div class="notice">成人内容，请确认已满18周岁</div>
</div>
<div class="box">
<h2>今日推荐</h2>
<li class="thumb"><a href="/play/28190" data-src="https://cdn4.example/hls/28190/index.m3u8">独家上传 28190</a><em>14:08</em></li>
<li class="thumb"><a href="/play/75852" data-src="https://cdn8.example/hls/75852/index.m3u8">今日更新 75852</a><em>15:36</em></li>
<li class="thumb"><a href="/play/78841" data-src="https://cdn9.example/hls/78841/index.m3u8">今日更新 78841</a><em>48:18</em></li>
<li class="thumb"><a href="/play/67079" data-src="https://cdn6.example/hls/67079/index.m3u8">日韩无码 67079</a><em>25:04</em></li>
<li class="thumb"><a href="/play/97755" data-src="https://cdn3.example/hls/97755/index.m3u8">欧美高清 97755</a><em>8:02</em></li>
<li class="thumb"><a href="/play/17453" data-src="https://cdn6.example/hls/17453/index.m3u8">热门推荐 17453</a><em>10:37</em></li>
<li class="thumb"><a href="/play/75366" data-src="https://cdn9.example/hls/75366/index.m3u8">今日更新 75366</a><em>23:26</em></li>
<li class="thumb"><a href="/play/15329" data-src="https://cdn1.example/hls/15329/index.m3u8">福利视频 15329</a><em>14:41</em></li>
<li class="thumb"><a href="/play/53268" data-src="https://cdn9.example/hls/53268/index.m3u8">国产精选 53268</a><em>37:14</em></li>
<li class="thumb"><a href="/play/63305" data-src="https://cdn1.example/hls/63305/index.m3u8">日韩无码 63305</a><em>23:08</em></li>
<li class="thumb"><a href="/play/68480" data-src="https://cdn4.example/hls/68480/index.m3u8">独家上传 68480</a><em>27:40</em></li>
<li class="thumb"><a href="/play/60803" data-src="https://cdn4.example/hls/60803/index.m3u8">国产精选 60803</a><em>14:07</em></li>
<li class="thumb"><a href="/play/30965" data-src="https://cdn1.example/hls/30965/index.m3u8">热门推荐 30965</a><em>20:48</em></li>
<li class="thumb"><a href="/play/41323" data-src="https://cdn6.example/hls/41323/index.m3u8">独家上传 41323</a><em>12:40</em></li>
<li class="thumb"><a href="/play/66566" data-src="https://cdn9.example/hls/66566/index.m3u8">日韩无码 66566</a><em>7:48</em></li>
<li class="thumb"><a href="/play/76027" data-src="https://cdn1.example/hls/76027/index.m3u8">成人影片 76027</a><em>43:53</em></li>
</div>
<section>
<p>开通VIP会员无限观看</p>
<p>福利视频免费看，无需注册</p>
</section>
</main>
<footer>杏吧TV 永久地址发布页 | 请收藏本站</footer>
<script src="/static/js/app.a198f89d.js"></script>
</body>
</html>
