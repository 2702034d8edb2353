package org.redress.complaint.ui;

import java.util.List;
import java.util.function.Consumer;
import org.redress.complaint.ComplaintDraft;

/**
 * Something the intake form should tell staff before a complaint is saved: likely duplicates, an open class dispute
 * against the same merchant. Other features provide advisors, so intake needs no knowledge of them.
 */
public interface IntakeAdvisor {

    List<IntakeHint> adviseOn(ComplaintDraft draft);

    /**
     * @param message     what to show, in the user's language
     * @param link        a relative link to the case or dispute
     * @param attachLabel the label of a "file and attach" choice, or null when the hint offers none
     * @param attach      what attaching does with the new complaint's case number (e.g. add it to a class dispute)
     */
    record IntakeHint(String message, String link, String attachLabel, Consumer<String> attach) {

        public IntakeHint(String message, String link) {
            this(message, link, null, null);
        }
    }
}
