package org.redress.mediation;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.redress.base.StoredText;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.ConflictOfInterest;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.NotPermittedException;
import org.redress.base.Roles;
import org.redress.merchant.MerchantService;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mediators' declared ties to merchants, platforms and parties. A mediator declares their own; an administrator may
 * record one for any mediator. A declared tie bars the mediator from that merchant's or platform's cases.
 */
@Service
@Transactional
public class MediatorTies implements ConflictOfInterest {

    private final MediatorTieRepository ties;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    MediatorTies(MediatorTieRepository ties, MerchantService merchants, CurrentUser currentUser, AuditService audit,
                 Clock clock) {
        this.ties = ties;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.MEDIATORS)
    public MediatorTie declare(String mediator, TieKind kind, Long merchantId, String platform, String partyName,
                               String note) {
        checkMayEdit(mediator);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", Message.of("error.mediation.sayWhatTieMerchant"));
        } else if (kind == TieKind.MERCHANT && merchantId == null) {
            errors.put("merchantId", Message.of("error.mediation.chooseMerchant"));
        } else if (kind == TieKind.PLATFORM && blank(platform)) {
            errors.put("platform", Message.of("error.mediation.namePlatform"));
        } else if (kind == TieKind.PARTY && blank(partyName)) {
            errors.put("partyName", Message.of("error.mediation.nameParty"));
        }
        if (note != null && note.length() > 500) {
            errors.put("note", Message.of("error.mediation.mostCharacters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MediatorTie tie = ties.save(new MediatorTie(mediator, kind, kind == TieKind.MERCHANT ? merchantId : null,
                kind == TieKind.PLATFORM ? platform.trim() : null, kind == TieKind.PARTY ? partyName.trim() : null,
                blank(note) ? null : note.trim(), clock.instant()));
        audit.record(AuditSubject.TIE, tie.getId(), mediator, AuditAction.TIE_DECLARED, "tie", null,
                StoredText.of(describe(tie)));
        return tie;
    }

    @PreAuthorize(Roles.MEDIATORS)
    public void withdraw(long tieId) {
        MediatorTie tie = ties.findById(tieId).orElseThrow(() -> new NotFoundException("error.mediation.noTie", tieId));
        checkMayEdit(tie.getMediator());
        ties.delete(tie);
        audit.record(AuditSubject.TIE, tie.getId(), tie.getMediator(), AuditAction.TIE_WITHDRAWN, "tie",
                StoredText.of(describe(tie)), null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<MediatorTie> of(String mediator) {
        return ties.findByMediatorOrderByDeclaredAtDesc(mediator);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<MediatorTie> all() {
        return ties.findAllByOrderByMediatorAscDeclaredAtDesc();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Message> tieBlocking(String mediator, Long merchantId, Collection<String> platformNames,
                                        Collection<String> partyNames) {
        if (mediator == null) {
            return Optional.empty();
        }
        for (MediatorTie tie : ties.findByMediatorOrderByDeclaredAtDesc(mediator)) {
            boolean hit = switch (tie.getKind()) {
                case MERCHANT -> Objects.equals(tie.getMerchantId(), merchantId);
                case PLATFORM -> platformNames.stream().anyMatch(name -> same(tie.getPlatform(), name));
                case PARTY -> partyNames.stream().anyMatch(name -> same(tie.getPartyName(), name));
            };
            if (hit) {
                return Optional.of(Message.of("tie.blocks", mediator, describe(tie)));
            }
        }
        return Optional.empty();
    }

    /** The tie in the reader's words, e.g. "商家 某某旗舰店" or "platform 抖音", with its note. */
    public Message describe(MediatorTie tie) {
        Message what = switch (tie.getKind()) {
            case MERCHANT -> Message.of("tie.merchant", merchants.namesOf(List.of(tie.getMerchantId()))
                    .getOrDefault(tie.getMerchantId(), "#" + tie.getMerchantId()));
            case PLATFORM -> Message.of("tie.platform", tie.getPlatform());
            case PARTY -> Message.of("tie.party", tie.getPartyName());
        };
        return tie.getNote() == null ? what : Message.of("tie.withNote", what, tie.getNote());
    }


    private void checkMayEdit(String mediator) {
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.usernameOrSystem().equals(mediator)) {
            throw new NotPermittedException("denied.ownTies");
        }
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
