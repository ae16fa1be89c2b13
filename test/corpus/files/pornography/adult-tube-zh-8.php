<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="蜜桃视频,成人视频,AV在线,无码">
<title>蜜桃视频 - 免费AV在线</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<div class="menu"><a href="?c=1">首页</a> | <a href="/page/2">国产</a> | <a href="/3">日韩</a> | <a href="?c=4">欧美</a> | <a href="?c=5">动漫</a> | <a href="/list/6">排行榜</a> | <a href="/#7">VIP</a></div>
<main class="container">
<section>
<div class="notice">本站仅适合18岁以上成年人浏览</div>
</section>
<section>
<h2>热门视频</h2>
<div class="video-item"><a href="/v/41899.html"><img src="/thumb/41899.jpg" alt="日韩无码 41899"><span class="duration">20:44</span></a><p>日韩无码 41899</p></div>
<div class="video-item"><a href="/v/74196.html"><img src="/thumb/74196.jpg" alt="日韩无码 74196"><span class="duration">54:30</span></a><p>日韩无码 74196</p></div>
<div class="video-item"><a href="/v/51319.html"><img src="/thumb/51319.jpg" alt="独家上传 51319"><span class="duration">13:22</span></a><p>独家上传 51319</p></div>
<div class="video-item"><a href="/v/68865.html"><img src="/thumb/68865.jpg" alt="成人影片 68865"><span class="duration">25:00</span></a><p>成人影片 68865</p></div>
<div class="video-item"><a href="/v/68093.html"><img src="/thumb/68093.jpg" alt="独家上传 68093"><span class="duration">35:57</span></a><p>独家上传 68093</p></div>
<div class="video-item"><a href="/v/88072.html"><img src="/thumb/88072.jpg" alt="独家上传 88072"><span class="duration">59:40</span></a><p>独家上传 88072</p></div>
<div class="video-item"><a href="/v/68505.html"><img src="/thumb/68505.jpg" alt="福利视频 68505"><span class="duration">15:55</span></a><p>福利视频 68505</p></div>
<div class="video-item"><a href="/v/17784.html"><img src="/thumb/17784.jpg" alt="独家上传 17784"><span class="duration">14:36</span></a><p>独家上传 17784</p></div>
<div class="video-item"><a href="/v/31791.html"><img src="/thumb/31791.jpg" alt="今日更新 31791"><span class="duration">39:13</span></a><p>今日更新 31791</p></div>
<div class="video-item"><a href="/v/57823.html"><img src="/thumb/57823.jpg" alt="国产精选 57823"><span class="duration">53:07</span></a><p>国产精选 57823</p></div>
<div class="video-item"><a href="/v/22983.html"><img src="/thumb/22983.jpg" alt="今日更新 22983"><span class="duration">23:04</span></a><p>今日更新 22983</p></div>
<div class="video-item"><a href="/v/72617.html"><img src="/thumb/72617.jpg" alt="国产精选 72617"><span class="duration">13:02</span></a><p>国产精选 72617</p></div>
<div class="video-item"><a href="/v/28555.html"><img src="/thumb/28555.jpg" alt="国产精选 28555"><span class="duration">23:08</span></a><p>国产精选 28555</p></div>
</section>
<div class="block">
<p>开通VIP会员无限观看</p>
<p>每日更新上千部成人视频，高清无码在线观看</p>
</div>
</main>
<footer>蜜桃视频 永久地址发布页 | 请收藏本站</footer>

</body>
</html>
