package org.redress.consumernotice.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.consumernotice.CaseNotices;
import org.redress.consumernotice.NoticeStatus;
import org.redress.consumernotice.NoticeView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The progress notices sent (or not) to consumers; case workers only, addresses masked. */
@RestController
class NoticeApi {

    private final CaseNotices notices;

    NoticeApi(CaseNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/v1/complaints/{caseNumber}/notices")
    List<NoticeView> ofCase(@PathVariable String caseNumber) {
        return notices.ofCase(caseNumber);
    }

    /** Notices in one state across cases, {@code FAILED} unless asked otherwise. */
    @GetMapping("/api/v1/notices")
    List<NoticeView> withStatus(@RequestParam(required = false) String status) {
        if (status == null || status.isBlank()) {
            return notices.withStatus(NoticeStatus.FAILED);
        }
        try {
            return notices.withStatus(NoticeStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("status", Message.of("error.base.notOne", status,
                    List.of(NoticeStatus.values()))));
        }
    }

    @PostMapping("/api/v1/notices/{id}/retry")
    NoticeView retry(@PathVariable long id) {
        return notices.sendAgain(id);
    }
}
