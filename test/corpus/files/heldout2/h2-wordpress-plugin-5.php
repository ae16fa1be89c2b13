<?php
/**
 * Plugin Name: cache-buddy
 * Version: 1.3.1
 */
if ( ! defined( 'ABSPATH' ) ) { exit; }

add_action( 'admin_menu', function () {
    add_options_page( 'cache-buddy', 'cache-buddy', 'manage_options', 'cache-buddy', 'cache_buddy_page' );
} );

function cache_buddy_page() {
    if ( ! current_user_can( 'manage_options' ) ) { return; }
    $opts = get_option( 'cache-buddy_options', array() );
    if ( isset( $_POST['cache-buddy_nonce'] ) && wp_verify_nonce( $_POST['cache-buddy_nonce'], 'save' ) ) {
        $opts['title'] = sanitize_text_field( wp_unslash( $_POST['title'] ?? '' ) );
        update_option( 'cache-buddy_options', $opts );
    }
    $res = wp_remote_get( 'https://api.wordpress.org/plugins/info/1.0/cache-buddy.json' );
    echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
    echo '<img src="data:image/png;base64,NTI3YzUzMGI4Mjk2ZGI3MGJkNGMxNDk2" alt="">';
    echo '</div>';
}
