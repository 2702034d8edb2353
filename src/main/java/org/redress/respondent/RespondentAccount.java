package org.redress.respondent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which organisation a RESPONDENT account answers for. */
@Entity
@Table(name = "respondent_account")
class RespondentAccount {

    @Id
    @Column(length = 50)
    private String username;

    @Column(name = "respondent_id", nullable = false)
    private Long respondentId;

    protected RespondentAccount() {
    }

    RespondentAccount(String username, Long respondentId) {
        this.username = username;
        this.respondentId = respondentId;
    }

    Long getRespondentId() {
        return respondentId;
    }
}
