package org.redress.respondent;

import org.springframework.data.jpa.repository.JpaRepository;

interface RespondentAccountRepository extends JpaRepository<RespondentAccount, String> {
}
