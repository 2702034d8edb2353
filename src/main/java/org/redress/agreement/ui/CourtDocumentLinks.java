package org.redress.agreement.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.JudicialPacket;
import org.redress.base.Texts;

/**
 * The documents an agreement page offers: the agreement (人民调解协议书), and once binding the judicial-confirmation
 * application and packet, and while something owed is overdue the enforcement application.
 */
class CourtDocumentLinks extends FlexLayout {

    CourtDocumentLinks(AgreementDetails a, Supplier<byte[]> agreementPdf, JudicialPacket packet) {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        add(download("agreement.pdf", "人民调解协议书-AG-" + a.id() + ".pdf", "application/pdf", agreementPdf));
        if (a.status() == AgreementStatus.BINDING) {
            add(download("agreement.confirmationApplication", "司法确认申请书-AG-" + a.id() + ".pdf",
                    "application/pdf", () -> packet.confirmationApplication(a.id())));
            add(download("agreement.judicialPacket", packet.fileName(a.id(), getLocale()), "application/zip",
                    () -> packet.zip(a.id(), getLocale())));
        }
        if (packet.canDraftEnforcement(a)) {
            add(download("agreement.enforcementApplication", "强制执行申请书-AG-" + a.id() + ".pdf",
                    "application/pdf", () -> packet.enforcementApplication(a.id(), null)));
        }
        if (a.confirmation() != null) {
            add(new Span(getTranslation("agreement.confirmation.shown", a.confirmation().court(),
                    a.confirmation().ruling(), a.confirmation().confirmedOn())));
        }
    }

    private Anchor download(String labelKey, String fileName, String type, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public Locale getLocale() {
        return Texts.effective(super.getLocale());
    }
}
