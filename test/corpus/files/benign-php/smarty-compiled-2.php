<?php
/* Smarty version 4.3.0, created on 2023-09-14 compiled from "index.tpl" */
if ($_smarty_tpl->_decodeProperties($_smarty_tpl, array (
  'version' => '4.3.0',
  'unifunc' => 'content_47b2f417fc322',
  'has_nocache_code' => false,
),false)) {
function content_de6d7a918e6a8 (Smarty_Internal_Template $_smarty_tpl) {
?><h1><?php echo htmlspecialchars($_smarty_tpl->tpl_vars['title']->value, ENT_QUOTES, 'UTF-8', true);?></h1>
<?php $_from = $_smarty_tpl->smarty->ext->_foreach->init($_smarty_tpl, $_smarty_tpl->tpl_vars['items']->value, 'item');
foreach ($_from ?? [] as $_smarty_tpl->tpl_vars['item']->value) {
?><li><?php echo $_smarty_tpl->tpl_vars['item']->value['status'];?></li><?php
}
$_smarty_tpl->smarty->ext->_foreach->restore($_smarty_tpl, 1);
}
}
