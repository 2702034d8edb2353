package org.redress.mediation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.base.StoredText;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of meeting rooms. Case workers read it; administrators keep it. */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class RoomService {

    private final RoomRepository rooms;
    private final AuditService audit;

    RoomService(RoomRepository rooms, AuditService audit) {
        this.rooms = rooms;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Room> all() {
        return rooms.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public List<Room> active() {
        return rooms.findAllByOrderByName().stream().filter(Room::isActive).toList();
    }

    /** Adds a room (id null) or changes one; a room is retired by making it inactive, never deleted. */
    @PreAuthorize(Roles.ADMINS)
    public Room save(Long id, String name, Integer capacity, String location, boolean active) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            errors.put("name", Message.of("error.mediation.nameCharactersRequired"));
        } else {
            rooms.findByName(trimmed).filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> errors.put("name", Message.of("error.mediation.thereAlreadyRoomCalled",
                    trimmed)));
        }
        if (capacity == null || capacity < 2 || capacity > 500) {
            errors.put("capacity", Message.of("error.mediation.capacityMustBetweenPeople"));
        }
        if (location != null && location.length() > 200) {
            errors.put("location", Message.of("error.mediation.mostCharacters2"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String where = location == null || location.isBlank() ? null : location.trim();
        Room room;
        if (id == null) {
            room = rooms.save(new Room(trimmed, capacity, where));
        } else {
            room = rooms.findById(id).orElseThrow(() -> new NotFoundException("error.mediation.noRoom", id));
            room.update(trimmed, capacity, where, active);
        }
        audit.record(AuditSubject.ROOM, room.getId(), trimmed, id == null ? AuditAction.ROOM_ADDED : AuditAction.ROOM_CHANGED, "room",
                null, StoredText.encode(active ? "audit.value.room" : "audit.value.roomRetired", trimmed, capacity));
        return room;
    }
}
