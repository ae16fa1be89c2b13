<?php
/* Smarty version 4.3.0, created on 2025-06-13 compiled from "index.tpl" */
if ($_smarty_tpl->_decodeProperties($_smarty_tpl, array (
  'version' => '4.3.0',
  'unifunc' => 'content_7b4389c24b49d',
  'has_nocache_code' => false,
),false)) {
function content_9a76fb13d68da (Smarty_Internal_Template $_smarty_tpl) {
?><h1><?php echo htmlspecialchars($_smarty_tpl->tpl_vars['title']->value, ENT_QUOTES, 'UTF-8', true);?></h1>
<?php $_from = $_smarty_tpl->smarty->ext->_foreach->init($_smarty_tpl, $_smarty_tpl->tpl_vars['items']->value, 'item');
foreach ($_from ?? [] as $_smarty_tpl->tpl_vars['item']->value) {
?><li><?php echo $_smarty_tpl->tpl_vars['item']->value['status'];?></li><?php
}
$_smarty_tpl->smarty->ext->_foreach->restore($_smarty_tpl, 1);
}
}
