package org.redress.base.ui;

import org.redress.base.Texts;

/** Who did something, as pages show it: a colleague by login name, the portal's own work as "系统" / "the portal". */
public final class ActorLabel {

    /** The name recorded for work the portal does by itself (seeding, scheduled jobs). */
    public static final String SYSTEM = "system";

    private ActorLabel() {
    }

    /** The name recorded for what a member answered through a one-time consent link. */
    public static final String CONSENT_LINK = "consent-link";

    public static String of(String username) {
        if (CONSENT_LINK.equals(username)) {
            return Texts.render("actor.consentLink", Texts.currentLocale());
        }
        return SYSTEM.equals(username) ? Texts.render("actor.system", Texts.currentLocale()) : username;
    }
}
