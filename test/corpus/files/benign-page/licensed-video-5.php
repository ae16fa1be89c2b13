<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>庆余年第二季-高清正版视频在线观看-星河视频</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div class="menu"><a href="/page/1">首页</a> | <a href="/2">电视剧</a> | <a href="/page/3">电影</a> | <a href="?c=4">综艺</a> | <a href="/page/5">动漫</a> | <a href="/6">会员</a></div>
<main class="content">
<div class="panel">
<h1>庆余年第二季</h1><p>独播 | 更新至11集 | 会员抢先看</p>
</div>
<section>
<div class="episodes"><a href="/v/wwsiiwqjji.html" class="ep">1<i>VIP</i></a><a href="/v/ttiibcmzvb.html" class="ep">2</a><a href="/v/gtnzxymfom.html" class="ep">3</a><a href="/v/rbjsjwacgu.html" class="ep">4</a><a href="/v/eazkoxdziq.html" class="ep">5</a><a href="/v/siprwplanx.html" class="ep">6</a><a href="/v/stpghzgqbd.html" class="ep">7<i>VIP</i></a><a href="/v/snrmqkxwut.html" class="ep">8</a><a href="/v/sqfndfshsa.html" class="ep">9</a><a href="/v/qbdjszmswp.html" class="ep">10</a><a href="/v/wfdveeyply.html" class="ep">11</a></div>
</section>
<section>
<p>本剧由版权方正版授权播出</p>
<p>购买单集点播券即可观看超前点播</p>
</section>
</main>
<footer>信息网络传播视听节目许可证：1272851号 | 广播电视节目制作经营许可证 | 版权所有</footer>

</body>
</html>
