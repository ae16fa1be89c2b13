<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>威尼斯人娱乐体育 - 足球投注</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/1">体育</a></span>
  <span class="nav-item"><a href="/list/2">滚球</a></span>
  <span class="nav-item"><a href="?c=3">早盘</a></span>
  <span class="nav-item"><a href="/page/4">串关</a></span>
  <span class="nav-item"><a href="/#5">投注记录</a></span>
  <span class="nav-item"><a href="/#6">存款</a></span>
</div>
<main class="main">
<div class="mod">
<h2>热门赛事</h2><table class="tb"><tr><th>时间</th><th>对阵</th><th>主胜</th><th>平</th><th>客胜</th><th>让球</th></tr><tr><td>10:45</td><td>拜仁 vs 皇马</td><td class="odds">1.55</td><td class="odds">1.46</td><td class="odds">2.92</td><td>+0.5</td></tr>
<tr><td>11:00</td><td>利物浦 vs 皇马</td><td class="odds">1.49</td><td class="odds">2.15</td><td class="odds">1.14</td><td>0/0.5</td></tr>
<tr><td>15:00</td><td>热火 vs 湖人</td><td class="odds">1.83</td><td class="odds">2.04</td><td class="odds">2.20</td><td>0/0.5</td></tr>
<tr><td>21:45</td><td>凯尔特人 vs 勇士</td><td class="odds">3.99</td><td class="odds">3.93</td><td class="odds">3.78</td><td>0/0.5</td></tr>
<tr><td>21:30</td><td>巴黎 vs 利物浦</td><td class="odds">1.93</td><td class="odds">3.35</td><td class="odds">2.09</td><td>-1</td></tr>
<tr><td>18:00</td><td>阿森纳 vs 皇马</td><td class="odds">3.27</td><td class="odds">1.63</td><td class="odds">3.27</td><td>-0.5</td></tr></table>
</div>
<div class="box">
<div class="betslip"><h3>投注单</h3><input type="number" name="bet_amount" placeholder="输入金额"><button class="bet-btn">下注</button></div>
</div>
<div class="panel">
<p>赛前赛中均可下注，赔率实时更新</p>
<p>单注最高86万</p>
<p>支持串关、滚球、让球、大小球等多种玩法</p>
</div>
</main>
<footer>威尼斯人娱乐 | 7×24小时在线客服 | 本站受英属维尔京群岛博彩委员会监管</footer>

</body>
</html>
