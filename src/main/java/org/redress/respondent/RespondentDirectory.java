package org.redress.respondent;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformService;
import org.redress.security.CurrentUser;
import org.redress.security.NewAccount;
import org.redress.security.Role;
import org.redress.security.UserAccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Respondent organisations and their RESPONDENT accounts, created by administrators. */
@Service
@Transactional
public class RespondentDirectory {

    private final RespondentRepository respondents;
    private final RespondentAccountRepository accounts;
    private final UserAccountService users;
    private final MerchantService merchants;
    private final PlatformService platforms;
    private final CurrentUser currentUser;
    private final Clock clock;

    RespondentDirectory(RespondentRepository respondents, RespondentAccountRepository accounts,
                        UserAccountService users, MerchantService merchants, PlatformService platforms,
                        CurrentUser currentUser, Clock clock) {
        this.respondents = respondents;
        this.accounts = accounts;
        this.users = users;
        this.merchants = merchants;
        this.platforms = platforms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.ADMINS)
    public RespondentCreated create(NewRespondent request) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (request.kind() == null) {
            throw new InvalidInputException(Map.of("kind", Message.of("error.base.notOne", "—",
                    List.of(RespondentKind.values()))));
        }
        Set<Long> merchantIds = new LinkedHashSet<>(request.merchantIds() == null ? List.of() : request.merchantIds());
        String platform = request.platformCode() == null || request.platformCode().isBlank() ? null
                : request.platformCode().strip().toUpperCase();
        String provider = request.providerName() == null || request.providerName().isBlank() ? null
                : request.providerName().strip();
        String name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
        TextRules.check(errors, "name", name, 200, false);
        TextRules.check(errors, "providerName", provider, 100, false);
        switch (request.kind()) {
            case MERCHANT -> {
                if (merchantIds.isEmpty()) {
                    errors.put("merchantIds", Message.of("error.respondent.merchantsRequired"));
                }
                for (Long id : merchantIds) {
                    if (id == null || merchants.find(id).isEmpty()) {
                        errors.put("merchantIds", Message.of("error.watch.noMerchant", id));
                    } else if (respondents.forMerchant(id).isPresent()) {
                        throw new BusinessRuleException("error.respondent.merchantTaken", id);
                    }
                }
                if (name == null && errors.isEmpty()) {
                    name = String.join("、", merchants.namesOf(merchantIds).values());
                }
            }
            case PLATFORM -> {
                if (platform == null || !platforms.codes().contains(platform)) {
                    errors.put("platformCode", Message.of("error.respondent.platformRequired", platforms.codes()));
                }
                if (name == null && errors.isEmpty()) {
                    name = platforms.find(platform).map(p -> p.nameZh()).orElse(platform);
                }
            }
            case PAYMENT_PROVIDER -> {
                if (provider == null) {
                    errors.put("providerName", Message.of("validation.required"));
                }
                if (platform != null && !platforms.codes().contains(platform)) {
                    errors.put("platformCode", Message.of("error.respondent.platformRequired", platforms.codes()));
                }
                name = name == null ? provider : name;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Respondent respondent = respondents.save(new Respondent(request.kind(), name,
                request.kind() == RespondentKind.MERCHANT ? null : platform, provider,
                request.kind() == RespondentKind.MERCHANT ? merchantIds : Set.of(), currentUser.usernameOrSystem(),
                clock.instant()));
        var account = users.create(new NewAccount(request.username() == null ? null : request.username().strip(),
                name, request.password(), Set.of(Role.RESPONDENT)));
        accounts.save(new RespondentAccount(account.username(), respondent.getId()));
        return new RespondentCreated(respondent.getId(), account.username(), respondent.getKind(),
                respondent.getName());
    }

    /** The organisation the signed-in respondent answers for. */
    @Transactional(readOnly = true)
    Optional<Respondent> ofCurrentUser() {
        return accounts.findById(currentUser.usernameOrSystem()).flatMap(a -> respondents.findById(a.getRespondentId()));
    }
}
