<?php
/**
 * Plugin Name: Easy Banner
 * Version: 1.5
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

add_action( 'admin_menu', function () {
    add_options_page( 'Settings', 'Settings', 'manage_options', 'qavox_options', 'render_qavox_options' );
} );

function render_qavox_options() {
    if ( ! current_user_can( 'manage_options' ) ) {
        return;
    }
    if ( isset( $_POST['submit'] ) && check_admin_referer( 'save_qavox_options' ) ) {
        $value = sanitize_text_field( wp_unslash( $_POST['notice'] ?? '' ) );
        update_option( 'qavox_options', $value );
    }
    $current = get_option( 'qavox_options', '' );
    echo '<form method="post">';
    wp_nonce_field( 'save_qavox_options' );
    echo '<input name="notice" value="' . esc_attr( $current ) . '">';
    submit_button();
    echo '</form>';
}

add_action( 'wp_ajax_qavox_options_ping', function () {
    check_ajax_referer( 'qavox_options' );
    wp_send_json_success( array( 'time' => time() ) );
} );
