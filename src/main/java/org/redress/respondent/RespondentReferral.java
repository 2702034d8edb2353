package org.redress.respondent;

import org.redress.complaint.ReferredCase;

/** A referral as its respondent sees it: the referral, and the complaint as far as it may see it. */
public record RespondentReferral(ReferralView referral, ReferredCase complaint) {
}
