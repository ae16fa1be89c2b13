<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>长相思-高清正版视频在线观看-悦视频</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="?c=1">首页</a></li><li><a href="/page/2">电视剧</a></li><li><a href="/#3">电影</a></li><li><a href="/4">综艺</a></li><li><a href="/#5">动漫</a></li><li><a href="/#6">会员</a></li></ul></nav>
<main class="content">
<div class="box">
<h1>长相思</h1><p>独播 | 更新至10集 | 会员抢先看</p>
</div>
<section>
<div class="episodes"><a href="/v/gcqyvnvlrj.html" class="ep">1</a><a href="/v/nzqoghzlql.html" class="ep">2</a><a href="/v/iuspqeimgn.html" class="ep">3</a><a href="/v/weqzwmpkyj.html" class="ep">4<i>VIP</i></a><a href="/v/ryxvmvuucr.html" class="ep">5</a><a href="/v/cbuabdwkfs.html" class="ep">6</a><a href="/v/lembjghqyy.html" class="ep">7<i>VIP</i></a><a href="/v/ytsjfxlndo.html" class="ep">8</a><a href="/v/mwvuktloji.html" class="ep">9</a><a href="/v/zuyrgtfhjz.html" class="ep">10</a></div>
</section>
<section>
<p>购买单集点播券即可观看超前点播</p>
<p>开通会员可免广告、抢先看全集</p>
</section>
</main>
<footer>信息网络传播视听节目许可证：9654378号 | 广播电视节目制作经营许可证 | 版权所有</footer>
<script src="/static/js/app.152edabe.js"></script>
</body>
</html>
