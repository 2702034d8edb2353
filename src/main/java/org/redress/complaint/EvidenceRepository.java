package org.redress.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByComplaintIdOrderByUploadedAtAsc(Long complaintId);
}
