package org.redress.mediation;

import java.util.List;
import org.redress.base.BusinessRuleException;
import org.redress.base.Message;

/** A booking refused because of clashes; the message names each of them. */
public class SchedulingConflictException extends BusinessRuleException {

    private final transient List<Clash> clashes;

    public SchedulingConflictException(List<Clash> clashes) {
        super(Message.of("clash.all", clashes.stream().map(Clash::text).toList()));
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
