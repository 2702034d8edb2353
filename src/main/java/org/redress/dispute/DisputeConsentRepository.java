package org.redress.dispute;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeConsentRepository extends JpaRepository<DisputeConsent, Long> {
}
