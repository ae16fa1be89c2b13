<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
/* license */
eval(gzinflate(base64_decode('xdJLasMwEAbgfU8xC4FlKDlATUo3WbckpZsQgl5+ynqMJCt2yd1LAl0kF/B2mB8+5p86GRE7a4D3uQ8NJdJdyl8gCFtgiGymZQW1RcVEC5ScD7v9z24PLAAZYPsOZCrhtn48wRZCxGiTcwopGUrYQPFWwOY21spQGiJ2pinJVFZwBVQxoYFudNpKRYvX4hUI3lOjFaHnWqGeY1HB9aX+Vy4yyElRwnK9ulIxY4RZZJrQPCq9dH5JlDhpVlcKHVMXMc/KDI/Ki70IXCip1fq35NmHJLhv2iQelVYGGQZKnGerK33rORfWqijYc+Mt456SVufVlUyMdmkabqYxPCqlyKLTlPROra7kmOuo0HMd1dNfRuFcTcnMh9WVo+hTGxPTDct35YeamKbk/PV5+D4W3dgUp7L6Aw==')));
