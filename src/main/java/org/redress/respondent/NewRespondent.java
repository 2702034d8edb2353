package org.redress.respondent;

import java.util.List;

/**
 * A respondent organisation and its first account. Field names are part of the API.
 *
 * @param merchantIds  the merchant records a MERCHANT answers for
 * @param platformCode the PLATFORM, or the platform whose "use first, pay later" service a PAYMENT_PROVIDER runs
 * @param providerName a PAYMENT_PROVIDER's name
 * @param name         the organisation's name as staff see it; by default the merchant's, platform's or provider's
 */
public record NewRespondent(RespondentKind kind, List<Long> merchantIds, String platformCode, String providerName,
                            String name, String username, String password) {
}
