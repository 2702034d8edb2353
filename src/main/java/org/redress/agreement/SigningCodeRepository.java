package org.redress.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningCodeRepository extends JpaRepository<SigningCode, SigningCode.Key> {
}
