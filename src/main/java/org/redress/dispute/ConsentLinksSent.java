package org.redress.dispute;

import java.util.List;

/** How many consent links went out, and the members who could not be reached (no contact, or delivery failed). */
public record ConsentLinksSent(int sent, List<String> unreachable) {
}
