package org.redress.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SigningCodeRepository extends JpaRepository<SigningCode, SigningCode.Key> {

    /**
     * Takes one check from the party's allowance in a single statement, so concurrent attempts are counted one by
     * one under the row's lock; 0 when none is left (or no code was sent).
     */
    @Modifying(flushAutomatically = true)
    @Query("update SigningCode c set c.attempts = c.attempts + 1 where c.key = :key and c.attempts < :max")
    int takeAttempt(SigningCode.Key key, int max);

    Optional<SigningCode> findByLinkTokenHash(String linkTokenHash);
}
