<?php $__env->startSection('content'); ?>
<div class="container">
    <h1><?php echo e($title); ?></h1>
    <?php $__currentLoopData = $items; $__env->addLoop($__currentLoopData); foreach($__currentLoopData as $item): $__env->incrementLoopIndices(); $loop = $__env->getLastLoop(); ?>
        <div class="card"><?php echo e($item->price); ?> <small><?php echo e($item->created_at->diffForHumans()); ?></small></div>
    <?php endforeach; $__env->popLoop(); $loop = $__env->getLastLoop(); ?>
    <?php echo $posts->links(); ?>
    <form method="POST" action="<?php echo e(route('search')); ?>"><?php echo csrf_field(); ?><input name="q" value="<?php echo e(request('q')); ?>"></form>
</div>
<?php $__env->stopSection(); ?>
<?php echo $__env->make('layouts.app', \Illuminate\Support\Arr::except(get_defined_vars(), ['__data', '__path']))->render(); ?>
