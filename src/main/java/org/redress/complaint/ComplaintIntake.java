package org.redress.complaint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complaint given in the import's field names (merchant by name and shop id rather than by id), as the
 * API receives it. Shares parsing and merchant matching with the CSV import.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class ComplaintIntake {

    private final ComplaintService complaints;
    private final MerchantService merchants;

    ComplaintIntake(ComplaintService complaints, MerchantService merchants) {
        this.complaints = complaints;
        this.merchants = merchants;
    }

    public ComplaintDetails fileFromFields(Map<String, ?> fields) {
        ComplaintCsvRow row = ComplaintCsvRow.of(fields);
        ComplaintDraft draft = row.toDraft();
        Map<String, Message> errors = new LinkedHashMap<>(row.errors());
        complaints.check(draft).forEach((field, message) -> {
            if (!field.equals("merchantId")) {
                errors.putIfAbsent(field.equals("platformCode") ? "platform" : field, message);
            }
        });
        String merchantName = row.get("merchantName");
        Object merchantId = fields.get("merchantId");
        if (merchantName == null && merchantId == null) {
            errors.put("merchantName", Message.of("error.complaint.merchantNameMerchantidRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MerchantSummary merchant = merchantId != null
                ? merchants.find(merchantIdOf(merchantId))
                        .orElseThrow(() -> new InvalidInputException(Map.of("merchantId",
                        Message.of("error.complaint.unknownMerchant"))))
                : merchants.findOrCreate(merchantName, draft.platformCode(), row.get("merchantShopId"));
        return complaints.file(ComplaintCsvRow.withMerchant(draft, merchant.id()));
    }

    private static Long merchantIdOf(Object value) {
        try {
            return Long.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Map.of("merchantId", Message.of("error.complaint.notMerchantId", value)));
        }
    }
}
