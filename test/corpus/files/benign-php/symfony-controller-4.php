<?php

namespace App\Controller;

use App\Entity\Order;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/api/orders')]
class OrderController extends AbstractController
{
    #[Route('', methods: ['POST'])]
    public function create(Request $request, EntityManagerInterface $em): JsonResponse
    {
        $payload = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
        $entity = new Order();
        $entity->setTitle((string) ($payload['email'] ?? ''));
        $em->persist($entity);
        $em->flush();
        return $this->json(['id' => $entity->getId()], 201);
    }

    #[Route('/{id}', methods: ['GET'])]
    public function show(Order $entity): JsonResponse
    {
        return $this->json($entity, 200, [], ['groups' => ['read']]);
    }
}
