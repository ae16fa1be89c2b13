<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>永利游戏体育 - 赛事投注</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/list/1">体育</a></span>
  <span class="nav-item"><a href="/page/2">滚球</a></span>
  <span class="nav-item"><a href="/page/3">早盘</a></span>
  <span class="nav-item"><a href="/page/4">串关</a></span>
  <span class="nav-item"><a href="?c=5">投注记录</a></span>
  <span class="nav-item"><a href="/list/6">存款</a></span>
</div>
<main class="container">
<div class="row">
<h2>滚球</h2><table class="match-table"><tr><th>时间</th><th>对阵</th><th>主胜</th><th>平</th><th>客胜</th><th>让球</th></tr><tr><td>22:45</td><td>阿森纳 vs AC米兰</td><td class="odds">2.98</td><td class="odds">2.29</td><td class="odds">1.25</td><td>+0.5</td></tr>
<tr><td>21:30</td><td>勇士 vs 热火</td><td class="odds">3.24</td><td class="odds">3.73</td><td class="odds">3.32</td><td>-1</td></tr>
<tr><td>19:00</td><td>阿森纳 vs 拜仁</td><td class="odds">2.12</td><td class="odds">2.70</td><td class="odds">2.90</td><td>+0.5</td></tr>
<tr><td>19:00</td><td>勇士 vs 曼城</td><td class="odds">2.03</td><td class="odds">3.87</td><td class="odds">1.50</td><td>-1</td></tr>
<tr><td>14:45</td><td>勇士 vs 国米</td><td class="odds">2.36</td><td class="odds">2.92</td><td class="odds">1.41</td><td>-0.5</td></tr>
<tr><td>11:45</td><td>热火 vs 凯尔特人</td><td class="odds">2.40</td><td class="odds">1.14</td><td class="odds">3.47</td><td>-1</td></tr>
<tr><td>13:00</td><td>热火 vs 国米</td><td class="odds">3.45</td><td class="odds">2.21</td><td class="odds">1.78</td><td>-0.5</td></tr>
<tr><td>23:30</td><td>AC米兰 vs 勇士</td><td class="odds">1.98</td><td class="odds">3.53</td><td class="odds">3.23</td><td>0/0.5</td></tr></table>
</div>
<section>
<div class="bet-slip"><h3>投注单</h3><input type="number" name="stake" placeholder="投注金额"><button class="bet-btn">下注</button></div>
</section>
<div class="panel">
<p>赛前赛中均可下注，赔率实时更新</p>
<p>体育首存送168</p>
<p>全场欧洲盘，返水0.8%</p>
</div>
</main>
<footer>永利游戏 | 7×24小时在线客服 | 本站受英属维尔京群岛博彩委员会监管</footer>

</body>
</html>
