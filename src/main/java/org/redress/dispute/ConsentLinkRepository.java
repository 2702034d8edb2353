package org.redress.dispute;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentLinkRepository extends JpaRepository<ConsentLink, String> {
}
