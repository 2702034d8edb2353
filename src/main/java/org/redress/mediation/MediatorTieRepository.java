package org.redress.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediatorTieRepository extends JpaRepository<MediatorTie, Long> {

    List<MediatorTie> findByMediatorOrderByDeclaredAtDesc(String mediator);

    List<MediatorTie> findAllByOrderByMediatorAscDeclaredAtDesc();
}
