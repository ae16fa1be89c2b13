<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="keywords" content="杏吧TV,成人视频,AV在线,无码">
<title>杏吧TV - 免费AV在线</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div class="menu"><a href="/list/1">首页</a> | <a href="/list/2">国产</a> | <a href="/3">日韩</a> | <a href="/page/4">欧美</a> | <a href="/page/5">动漫</a> | <a href="/#6">排行榜</a> | <a href="?c=7">VIP</a></div>
<main class="main">
<div class="mod">
<div class="notice">成人内容，请确认已满18周岁</div>
</div>
<div class="block">
<h2>热门视频</h2>
<div class="video-item"><a href="/v/97723.html"><img src="/thumb/97723.jpg" alt="欧美高清 97723"><span class="duration">5:08</span></a><p>欧美高清 97723</p></div>
<div class="video-item"><a href="/v/59499.html"><img src="/thumb/59499.jpg" alt="欧美高清 59499"><span class="duration">35:02</span></a><p>欧美高清 59499</p></div>
<div class="video-item"><a href="/v/61226.html"><img src="/thumb/61226.jpg" alt="成人影片 61226"><span class="duration">34:49</span></a><p>成人影片 61226</p></div>
<div class="video-item"><a href="/v/91791.html"><img src="/thumb/91791.jpg" alt="国产精选 91791"><span class="duration">40:02</span></a><p>国产精选 91791</p></div>
<div class="video-item"><a href="/v/10188.html"><img src="/thumb/10188.jpg" alt="独家上传 10188"><span class="duration">4:04</span></a><p>独家上传 10188</p></div>
<div class="video-item"><a href="/v/40193.html"><img src="/thumb/40193.jpg" alt="日韩无码 40193"><span class="duration">33:50</span></a><p>日韩无码 40193</p></div>
<div class="video-item"><a href="/v/46291.html"><img src="/thumb/46291.jpg" alt="日韩无码 46291"><span class="duration">21:52</span></a><p>日韩无码 46291</p></div>
<div class="video-item"><a href="/v/29024.html"><img src="/thumb/29024.jpg" alt="独家上传 29024"><span class="duration">33:20</span></a><p>独家上传 29024</p></div>
<div class="video-item"><a href="/v/18427.html"><img src="/thumb/18427.jpg" alt="日韩无码 18427"><span class="duration">15:20</span></a><p>日韩无码 18427</p></div>
<div class="video-item"><a href="/v/11503.html"><img src="/thumb/11503.jpg" alt="日韩无码 11503"><span class="duration">47:03</span></a><p>日韩无码 11503</p></div>
<div class="video-item"><a href="/v/15728.html"><img src="/thumb/15728.jpg" alt="热门推荐 15728"><span class="duration">44:22</span></a><p>热门推荐 15728</p></div>
<div class="video-item"><a href="/v/29318.html"><img src="/thumb/29318.jpg" alt="热门推荐 29318"><span class="duration">10:49</span></a><p>热门推荐 29318</p></div>
<div class="video-item"><a href="/v/46112.html"><img src="/thumb/46112.jpg" alt="国产精选 46112"><span class="duration">40:33</span></a><p>国产精选 46112</p></div>
<div class="video-item"><a href="/v/88472.html"><img src="/thumb/88472.jpg" alt="热门推荐 88472"><span class="duration">50:04</span></a><p>热门推荐 88472</p></div>
<div class="video-item"><a href="/v/16065.html"><img src="/thumb/16065.jpg" alt="热门推荐 16065"><span class="duration">33:21</span></a><p>热门推荐 16065</p></div>
<div class="video-item"><a href="/v/46380.html"><img src="/thumb/46380.jpg" alt="国产精选 46380"><span class="duration">43:42</span></a><p>国产精选 46380</p></div>
</div>
<section>
<p>开通VIP会员无限观看</p>
<p>每日更新上千部成人视频，高清无码在线观看</p>
</section>
</main>
<footer>杏吧TV 永久地址发布页 | 请收藏本站</footer>
<script src="/static/js/app.38c5c97d.js"></script>
</body>
</html>
