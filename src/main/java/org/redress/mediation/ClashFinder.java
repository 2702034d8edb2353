package org.redress.mediation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redress.base.ConflictOfInterest;
import org.redress.base.Message;
import org.springframework.stereotype.Component;

/** Every reason a booking cannot be made, each named so the person booking knows what to change. */
@Component
class ClashFinder {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final SchedulingRules rules;
    private final BookingCellRepository cells;
    private final MediationSessionRepository sessions;
    private final ConflictOfInterest conflicts;

    ClashFinder(SchedulingRules rules, BookingCellRepository cells, MediationSessionRepository sessions,
                ConflictOfInterest conflicts) {
        this.rules = rules;
        this.cells = cells;
        this.sessions = sessions;
        this.conflicts = conflicts;
    }

    /** The resources a booking takes: its mediator, its room, and each participant with a usable contact. */
    static Set<String> resources(Booking booking) {
        Set<String> resources = new LinkedHashSet<>();
        resources.add(SchedulingRules.mediatorResource(booking.mediator()));
        if (booking.room() != null) {
            resources.add(SchedulingRules.roomResource(booking.room().getId()));
        }
        resources.addAll(SchedulingRules.participantResources(booking.participants()));
        return resources;
    }

    List<Clash> clashes(Booking booking) {
        List<Clash> clashes = new ArrayList<>();
        conflicts.tieBlocking(booking.mediator(), booking.subject().merchantId(), platformNames(booking),
                        partyNames(booking))
                .ifPresent(why -> clashes.add(new Clash(ClashKind.CONFLICT_OF_INTEREST, null, null, null, why)));
        clashes.addAll(rules.ruleClashes(booking.start(), booking.end()));
        if (booking.room() != null && booking.room().getCapacity() < booking.participants().size() + 1) {
            clashes.add(new Clash(ClashKind.ROOM_CAPACITY, null, null, null, Message.of("clash.capacity",
                    booking.room().getName(), booking.room().getCapacity(), booking.participants().size() + 1)));
        }
        clashes.addAll(bookingClashes(booking));
        return clashes;
    }

    /** Clashes with other bookings only: what the database's unique key refused when two bookings raced. */
    List<Clash> bookingClashes(Booking booking) {
        List<TakenCell> taken = cells.taken(resources(booking), booking.start(),
                booking.end().plus(rules.buffer())).stream()
                .filter(cell -> !cell.sessionId().equals(booking.sessionId()))
                .toList();
        if (taken.isEmpty()) {
            return List.of();
        }
        Map<Long, MediationSession> others = sessions.findByIdIn(
                        taken.stream().map(TakenCell::sessionId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(MediationSession::getId, Function.identity()));
        ZoneId zone = rules.properties().zone();
        List<Clash> clashes = new ArrayList<>();
        for (TakenCell cell : taken) {
            MediationSession other = others.get(cell.sessionId());
            if (other == null) {
                continue;
            }
            ClashKind kind = cell.resource().startsWith("mediator:") ? ClashKind.MEDIATOR
                    : cell.resource().startsWith("room:") ? ClashKind.ROOM : ClashKind.PARTICIPANT;
            Message who = switch (kind) {
                case MEDIATOR -> Message.of("clash.mediator", other.getMediator());
                case ROOM -> Message.of("clash.room", booking.room() == null ? "" : booking.room().getName());
                default -> Message.of("clash.participant", participantName(booking, cell.resource()));
            };
            clashes.add(new Clash(kind, other.getId(), other.getStart().atZone(zone).toOffsetDateTime(),
                    other.getEnd().atZone(zone).toOffsetDateTime(),
                    Message.of("clash.booked", who, other.getId(), other.getCaseRef(),
                            WHEN.format(other.getStart().atZone(zone)), UNTIL.format(other.getEnd().atZone(zone)),
                            rules.buffer().toMinutes())));
        }
        clashes.sort(Comparator.comparing(Clash::kind).thenComparing(Clash::sessionId));
        return clashes;
    }

    private static String participantName(Booking booking, String resource) {
        return booking.participants().stream()
                .filter(p -> resource.equals(SchedulingRules.participantResource(p.contact())))
                .map(Participant::name).findFirst().orElse(resource);
    }

    private static List<String> platformNames(Booking booking) {
        List<String> names = new ArrayList<>(booking.subject().platformNames());
        booking.participants().stream().filter(p -> p.role() == ParticipantRole.PLATFORM)
                .forEach(p -> names.add(p.name()));
        return names;
    }

    private static List<String> partyNames(Booking booking) {
        List<String> names = new ArrayList<>(booking.subject().partyNames());
        booking.participants().forEach(p -> names.add(p.name()));
        return names;
    }
}
