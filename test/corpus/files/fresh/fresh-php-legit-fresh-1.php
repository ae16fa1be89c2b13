<?php
namespace app\controllers;

use Yii;
use yii\web\Controller;

class SiteController extends Controller
{
    public function actionIndex()
    {
        $page = (int) Yii::$app->request->get('page', 1);
        return $this->render('index', ['page' => $page]);
    }
}
