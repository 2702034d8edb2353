package org.redress.dispute;

import java.util.List;

/** How many member cases an action reached, and each it could not, with the reason. Field names are part of the API. */
public record MemberActionOutcome(MemberAction action, int done, List<Skipped> skipped) {

    public record Skipped(String caseNumber, String reason) {
    }
}
