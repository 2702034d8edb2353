package org.redress.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.redress.base.ui.EnumLabels;
import org.redress.base.ui.WidgetTexts;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;

/** The kind-of-evidence choice and the upload as the case page and the intake form both offer them. */
final class EvidenceChooser {

    private EvidenceChooser() {
    }

    static void setUp(Component owner, Select<EvidenceType> type, Upload upload, EvidenceService evidence) {
        type.setLabel(owner.getTranslation("evidence.type"));
        type.setItems(EvidenceType.values());
        type.setItemLabelGenerator(EnumLabels::of);
        type.setValue(EvidenceType.ORDER_SCREENSHOT);
        upload.setI18n(WidgetTexts.upload(WidgetTexts.of(owner)));
        upload.setMaxFileSize((int) evidence.maxBytes());
        upload.setAcceptedFileTypes(EvidenceService.allowedExtensions().stream().map(ext -> "." + ext)
                .toArray(String[]::new));
    }
}
