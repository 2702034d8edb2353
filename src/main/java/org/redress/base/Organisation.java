package org.redress.base;

import java.time.Year;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mediation organisation that runs the portal, as its documents name it: a people's mediation committee
 * (人民调解委员会) and the basic people's court where its agreements are confirmed.
 *
 * @param name         the committee's name as on its seal, e.g. 某某区消费纠纷人民调解委员会
 * @param nameEn       its name in English, for the translation
 * @param address      where it sits, printed on its documents
 * @param phone        its telephone
 * @param court        the court where confirmation and enforcement are applied for, e.g. 某某区人民法院; blank prints
 *                     a line to fill in
 * @param documentCode the code in the documents' numbers: （2026）{code}字第 61 号
 */
@ConfigurationProperties(prefix = "redress.organisation")
public record Organisation(String name, String nameEn, String address, String phone, String court,
                           String documentCode) {

    public Organisation {
        name = name == null || name.isBlank() ? "消费纠纷人民调解委员会" : name.strip();
        nameEn = nameEn == null || nameEn.isBlank() ? "People's Mediation Committee for Consumer Disputes"
                : nameEn.strip();
        documentCode = documentCode == null || documentCode.isBlank() ? "消调" : documentCode.strip();
    }

    /** A document's number as Chinese offices write it: （2026）消调字第61号. */
    public String documentNumber(Year year, long serial) {
        return "（" + year + "）" + documentCode + "字第" + serial + "号";
    }
}
