package org.redress.mediation.ui;

import org.redress.mediation.MediationProperties;
import org.redress.mediation.RoomService;
import org.redress.mediation.SessionService;
import org.springframework.stereotype.Component;

/** Makes the sessions panel that complaint and dispute pages embed. */
@Component
public class SessionPanels {

    private final SessionService sessions;
    private final RoomService rooms;
    private final MediationProperties properties;

    SessionPanels(SessionService sessions, RoomService rooms, MediationProperties properties) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.properties = properties;
    }

    public SessionsPanel create() {
        return new SessionsPanel(sessions, rooms, properties.zone());
    }
}
