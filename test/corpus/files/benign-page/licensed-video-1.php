<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>繁花-高清正版视频在线观看-光影TV</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/list/1">首页</a></td><td><a href="/page/2">电视剧</a></td><td><a href="/list/3">电影</a></td><td><a href="/page/4">综艺</a></td><td><a href="?c=5">动漫</a></td><td><a href="/#6">会员</a></td></tr></table>
<main class="wrap">
<div class="panel">
<h1>繁花</h1><p>正版授权 | 更新至16集 | 会员抢先看</p>
</div>
<section>
<div class="episodes"><a href="/v/ynjlkqozfz.html" class="ep">1<i>VIP</i></a><a href="/v/cnxnredezm.html" class="ep">2</a><a href="/v/vptepywfxx.html" class="ep">3</a><a href="/v/cvzmwvdtqt.html" class="ep">4</a><a href="/v/fhcrjxmazu.html" class="ep">5</a><a href="/v/tvlouyknly.html" class="ep">6<i>VIP</i></a><a href="/v/kwhadxcswi.html" class="ep">7</a><a href="/v/gwnpatyxck.html" class="ep">8<i>VIP</i></a><a href="/v/ylsrjukgdo.html" class="ep">9</a><a href="/v/egbrnfntrl.html" class="ep">10</a><a href="/v/rgutvsyaqu.html" class="ep">11</a><a href="/v/kxnefqhcez.html" class="ep">12</a><a href="/v/nwbldyokpc.html" class="ep">13</a><a href="/v/rbfkmhvols.html" class="ep">14</a><a href="/v/dazjwoatqr.html" class="ep">15<i>VIP</i></a><a href="/v/aavcqetkib.html" class="ep">16<i>VIP</i></a><a href="/v/gguawmbipr.html" class="ep">17</a><a href="/v/jkjdkxtzje.html" class="ep">18</a><a href="/v/vngvnkckic.html" class="ep">19<i>VIP</i></a></div>
</section>
<section>
<p>本剧由版权方正版授权播出</p>
<p>开通会员可免广告、抢先看全集</p>
</section>
</main>
<footer>信息网络传播视听节目许可证：4430343号 | 广播电视节目制作经营许可证 | 版权所有</footer>

</body>
</html>
