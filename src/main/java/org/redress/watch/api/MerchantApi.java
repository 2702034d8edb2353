package org.redress.watch.api;

import java.util.List;
import org.redress.base.NotFoundException;
import org.redress.watch.AbscondingWarning;
import org.redress.watch.MerchantProfile;
import org.redress.watch.MerchantProfiles;
import org.redress.watch.MerchantRisk;
import org.redress.watch.MerchantWithCount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Merchants with their complaint totals, and the merchants at risk of vanishing. */
@RestController
@RequestMapping("/api/v1/merchants")
class MerchantApi {

    private final MerchantProfiles profiles;
    private final AbscondingWarning warning;

    MerchantApi(MerchantProfiles profiles, AbscondingWarning warning) {
        this.profiles = profiles;
        this.warning = warning;
    }

    @GetMapping("/search")
    List<MerchantWithCount> search(@RequestParam(required = false, defaultValue = "") String q,
                                   @RequestParam(required = false, defaultValue = "20") int size) {
        return profiles.search(q, Math.max(1, Math.min(200, size)));
    }

    @GetMapping("/{id:\\d+}")
    MerchantProfile profile(@PathVariable Long id) {
        return profiles.profile(id).orElseThrow(() -> new NotFoundException("error.watch.noMerchant", id));
    }

    @GetMapping("/at-risk")
    List<MerchantRisk> atRisk() {
        return warning.merchantsAtRisk();
    }
}
