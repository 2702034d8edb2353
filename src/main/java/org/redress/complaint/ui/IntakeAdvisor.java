package org.redress.complaint.ui;

import java.util.List;
import org.redress.complaint.ComplaintDraft;

/**
 * Something the intake form should tell staff before a complaint is saved: likely duplicates, an open class dispute
 * against the same merchant. Other features provide advisors, so intake needs no knowledge of them.
 */
public interface IntakeAdvisor {

    List<IntakeHint> adviseOn(ComplaintDraft draft);

    /**
     * @param message what to show, in the user's language
     * @param link    a relative link to the case or dispute
     */
    record IntakeHint(String message, String link) {
    }
}
