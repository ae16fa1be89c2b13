<?php
/**
 * Plugin Name: easy-banner
 * Version: 3.6.6
 */
if ( ! defined( 'ABSPATH' ) ) { exit; }

add_action( 'admin_menu', function () {
    add_options_page( 'easy-banner', 'easy-banner', 'manage_options', 'easy-banner', 'easy_banner_page' );
} );

function easy_banner_page() {
    if ( ! current_user_can( 'manage_options' ) ) { return; }
    $opts = get_option( 'easy-banner_options', array() );
    if ( isset( $_POST['easy-banner_nonce'] ) && wp_verify_nonce( $_POST['easy-banner_nonce'], 'save' ) ) {
        $opts['title'] = sanitize_text_field( wp_unslash( $_POST['title'] ?? '' ) );
        update_option( 'easy-banner_options', $opts );
    }
    $res = wp_remote_get( 'https://api.wordpress.org/plugins/info/1.0/easy-banner.json' );
    echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
    echo '<img src="data:image/png;base64,YTlkZWNiYTE3MDQzOWNmMmY2ODRjMDlm" alt="">';
    echo '</div>';
}
