<?php
/**
 * Plugin Name: Simple Contact
 * Version: 3.9
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

add_action( 'admin_menu', function () {
    add_options_page( 'Settings', 'Settings', 'manage_options', 'qbzzg_options', 'render_qbzzg_options' );
} );

function render_qbzzg_options() {
    if ( ! current_user_can( 'manage_options' ) ) {
        return;
    }
    if ( isset( $_POST['submit'] ) && check_admin_referer( 'save_qbzzg_options' ) ) {
        $value = sanitize_text_field( wp_unslash( $_POST['notice'] ?? '' ) );
        update_option( 'qbzzg_options', $value );
    }
    $current = get_option( 'qbzzg_options', '' );
    echo '<form method="post">';
    wp_nonce_field( 'save_qbzzg_options' );
    echo '<input name="notice" value="' . esc_attr( $current ) . '">';
    submit_button();
    echo '</form>';
}

add_action( 'wp_ajax_qbzzg_options_ping', function () {
    check_ajax_referer( 'qbzzg_options' );
    wp_send_json_success( array( 'time' => time() ) );
} );
