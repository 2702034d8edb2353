package org.redress.complaint;

import java.util.Optional;

/**
 * Where a consumer asked to hear how the case goes: the mobile number when SMS notices were chosen and the
 * number is a mobile, the e-mail address when e-mail notices were chosen.
 */
public record NoticeContact(long complaintId, String caseNumber, Optional<String> mobile, Optional<String> email) {

    public boolean wanted() {
        return mobile.isPresent() || email.isPresent();
    }
}
