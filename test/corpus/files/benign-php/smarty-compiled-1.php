<?php
/* Smarty version 4.3.0, created on 2024-04-12 compiled from "index.tpl" */
if ($_smarty_tpl->_decodeProperties($_smarty_tpl, array (
  'version' => '4.3.0',
  'unifunc' => 'content_aa61fab30751f',
  'has_nocache_code' => false,
),false)) {
function content_39cdd85b32ecc (Smarty_Internal_Template $_smarty_tpl) {
?><h1><?php echo htmlspecialchars($_smarty_tpl->tpl_vars['title']->value, ENT_QUOTES, 'UTF-8', true);?></h1>
<?php $_from = $_smarty_tpl->smarty->ext->_foreach->init($_smarty_tpl, $_smarty_tpl->tpl_vars['items']->value, 'item');
foreach ($_from ?? [] as $_smarty_tpl->tpl_vars['item']->value) {
?><li><?php echo $_smarty_tpl->tpl_vars['item']->value['address'];?></li><?php
}
$_smarty_tpl->smarty->ext->_foreach->restore($_smarty_tpl, 1);
}
}
