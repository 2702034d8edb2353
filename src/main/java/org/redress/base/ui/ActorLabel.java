package org.redress.base.ui;

import org.redress.base.Texts;

/** Who did something, as pages show it: a colleague by login name, the portal's own work as "系统" / "the portal". */
public final class ActorLabel {

    /** The name recorded for work the portal does by itself (seeding, scheduled jobs). */
    public static final String SYSTEM = "system";

    private ActorLabel() {
    }

    public static String of(String username) {
        return SYSTEM.equals(username) ? Texts.render("actor.system", Texts.currentLocale()) : username;
    }
}
