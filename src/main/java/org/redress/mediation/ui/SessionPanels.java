package org.redress.mediation.ui;

import java.util.ArrayList;
import java.util.List;
import org.redress.complaint.ui.CaseSection;
import org.redress.dispute.ui.DisputeSection;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.ParticipantRole;
import org.redress.mediation.RoomService;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionQueries;
import org.springframework.stereotype.Component;

/**
 * Adds the sessions panel to every case and dispute page: its sessions, and scheduling one while the case or dispute
 * is open, with the parties invited by default (the consumer or the class representatives, and the merchant).
 */
@Component
class SessionPanels implements CaseSection.Factory, DisputeSection.Factory {

    private final SessionQueries sessions;
    private final SessionBooking booking;
    private final RoomService rooms;
    private final MediationProperties properties;

    SessionPanels(SessionQueries sessions, SessionBooking booking, RoomService rooms, MediationProperties properties) {
        this.sessions = sessions;
        this.booking = booking;
        this.rooms = rooms;
        this.properties = properties;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public CaseSection createCaseSection() {
        SessionsPanel panel = new SessionsPanel(sessions, booking, rooms, properties.zone());
        return CaseSection.of(panel, (d, reload) -> {
            panel.showCase(d.caseNumber(), d.assignee(), () -> List.of(
                    new ParticipantRequest(d.consumerName(), ParticipantRole.CONSUMER,
                            d.consumerPhone() != null ? d.consumerPhone() : d.consumerEmail()),
                    new ParticipantRequest(d.merchantName(), ParticipantRole.MERCHANT, null)), reload);
            panel.allowScheduling(d.status().isOpen());
        });
    }

    @Override
    public DisputeSection createDisputeSection() {
        SessionsPanel panel = new SessionsPanel(sessions, booking, rooms, properties.zone());
        return DisputeSection.of(panel, (d, reload) -> {
            List<ParticipantRequest> invited = new ArrayList<>();
            d.representatives().forEach(r -> invited.add(new ParticipantRequest(r.name(),
                    ParticipantRole.REPRESENTATIVE, r.contact())));
            invited.add(new ParticipantRequest(d.merchantName(), ParticipantRole.MERCHANT, null));
            panel.showDispute(d.id(), d.leadMediator(), () -> invited, reload);
            panel.allowScheduling(d.status().isOpen());
        });
    }
}
