<?php
/**
 * Plugin Name: shop-extras
 * Version: 1.2.4
 */
if ( ! defined( 'ABSPATH' ) ) { exit; }

add_action( 'admin_menu', function () {
    add_options_page( 'shop-extras', 'shop-extras', 'manage_options', 'shop-extras', 'shop_extras_page' );
} );

function shop_extras_page() {
    if ( ! current_user_can( 'manage_options' ) ) { return; }
    $opts = get_option( 'shop-extras_options', array() );
    if ( isset( $_POST['shop-extras_nonce'] ) && wp_verify_nonce( $_POST['shop-extras_nonce'], 'save' ) ) {
        $opts['title'] = sanitize_text_field( wp_unslash( $_POST['title'] ?? '' ) );
        update_option( 'shop-extras_options', $opts );
    }
    $res = wp_remote_get( 'https://api.wordpress.org/plugins/info/1.0/shop-extras.json' );
    echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
    echo '<img src="data:image/png;base64,MzZlZjk0MjM5ZjljZjZmMDRkYzg5OGU5" alt="">';
    echo '</div>';
}
