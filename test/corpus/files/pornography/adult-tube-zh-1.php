<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="keywords" content="红杏TV,成人视频,AV在线,无码">
<title>红杏TV - 免费AV在线</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/1">首页</a>
<a href="/2">国产</a>
<a href="/page/3">日韩</a>
<a href="/#4">欧美</a>
<a href="/#5">动漫</a>
<a href="/6">排行榜</a>
<a href="/page/7">VIP</a></div></header>
<main class="wrap">
<section>
<div class="notice">本站仅适合18岁以上成年人浏览</div>
</section>
<div class="mod">
<h2>今日推荐</h2>
<div class="video-item"><a href="/v/62118.html"><img src="/thumb/62118.jpg" alt="欧美高清 62118"><span class="duration">43:15</span></a><p>欧美高清 62118</p></div>
<div class="video-item"><a href="/v/76397.html"><img src="/thumb/76397.jpg" alt="福利视频 76397"><span class="duration">22:06</span></a><p>福利视频 76397</p></div>
<div class="video-item"><a href="/v/13495.html"><img src="/thumb/13495.jpg" alt="欧美高清 13495"><span class="duration">38:30</span></a><p>欧美高清 13495</p></div>
<div class="video-item"><a href="/v/66876.html"><img src="/thumb/66876.jpg" alt="国产精选 66876"><span class="duration">13:50</span></a><p>国产精选 66876</p></div>
<div class="video-item"><a href="/v/41166.html"><img src="/thumb/41166.jpg" alt="独家上传 41166"><span class="duration">6:40</span></a><p>独家上传 41166</p></div>
<div class="video-item"><a href="/v/29662.html"><img src="/thumb/29662.jpg" alt="独家上传 29662"><span class="duration">33:16</span></a><p>独家上传 29662</p></div>
<div class="video-item"><a href="/v/10482.html"><img src="/thumb/10482.jpg" alt="今日更新 10482"><span class="duration">13:28</span></a><p>今日更新 10482</p></div>
<div class="video-item"><a href="/v/41516.html"><img src="/thumb/41516.jpg" alt="国产精选 41516"><span class="duration">44:57</span></a><p>国产精选 41516</p></div>
<div class="video-item"><a href="/v/98222.html"><img src="/thumb/98222.jpg" alt="日韩无码 98222"><span class="duration">43:28</span></a><p>日韩无码 98222</p></div>
<div class="video-item"><a href="/v/20538.html"><img src="/thumb/20538.jpg" alt="欧美高清 20538"><span class="duration">9:47</span></a><p>欧美高清 20538</p></div>
<div class="video-item"><a href="/v/66845.html"><img src="/thumb/66845.jpg" alt="欧美高清 66845"><span class="duration">38:58</span></a><p>欧美高清 66845</p></div>
<div class="video-item"><a href="/v/97767.html"><img src="/thumb/97767.jpg" alt="欧美高清 97767"><span class="duration">52:52</span></a><p>欧美高清 97767</p></div>
<div class="video-item"><a href="/v/23961.html"><img src="/thumb/23961.jpg" alt="福利视频 23961"><span class="duration">8:00</span></a><p>福利视频 23961</p></div>
<div class="video-item"><a href="/v/85774.html"><img src="/thumb/85774.jpg" alt="欧美高清 85774"><span class="duration">54:56</span></a><p>欧美高清 85774</p></div>
<div class="video-item"><a href="/v/88405.html"><img src="/thumb/88405.jpg" alt="热门推荐 88405"><span class="duration">28:42</span></a><p>热门推荐 88405</p></div>
<div class="video-item"><a href="/v/54772.html"><img src="/thumb/54772.jpg" alt="热门推荐 54772"><span class="duration">29:24</span></a><p>热门推荐 54772</p></div>
<div class="video-item"><a href="/v/54898.html"><img src="/thumb/54898.jpg" alt="日韩无码 54898"><span class="duration">34:43</span></a><p>日韩无码 54898</p></div>
</div>
<div class="row">
<p>福利视频免费看，无需注册</p>
<p>国产自拍、日韩AV、欧美成人一网打尽</p>
</div>
</main>
<footer>红杏TV 永久地址发布页 | 请收藏本站</footer>

</body>
</html>
