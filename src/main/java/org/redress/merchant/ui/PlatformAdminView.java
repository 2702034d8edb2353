package org.redress.merchant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.merchant.Platform;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.redress.base.Roles;

/** The managed list of platforms: administrators add new ones as they appear. */
@Menu(order = 12, title = "nav.platforms", icon = "vaadin:cluster")
@Route("admin/platforms")
@PageTitle("title.platforms")
@RolesAllowed(Roles.ADMIN)
public class PlatformAdminView extends VerticalLayout {

    private final PlatformService platforms;
    final Grid<PlatformRef> grid = new Grid<>(PlatformRef.class, false);
    final TextField code = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Button add = new Button();

    public PlatformAdminView(PlatformService platforms) {
        this.platforms = platforms;
        grid.addColumn(PlatformRef::code).setHeader(getTranslation("platform.code")).setAutoWidth(true);
        grid.addColumn(PlatformRef::nameZh).setHeader(getTranslation("platform.nameZh")).setAutoWidth(true);
        grid.addColumn(PlatformRef::nameEn).setHeader(getTranslation("platform.nameEn")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        code.setLabel(getTranslation("platform.code"));
        code.setHelperText(getTranslation("platform.code.help"));
        code.setMaxLength(Platform.CODE_MAX);
        nameZh.setLabel(getTranslation("platform.nameZh"));
        nameEn.setLabel(getTranslation("platform.nameEn"));
        add.setText(getTranslation("platform.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        Paragraph hint = new Paragraph(getTranslation("platform.hint"));
        hint.addClassName("view-hint");
        add(new H2(getTranslation("nav.platforms")), hint, grid, new FormLayout(code, nameZh, nameEn), add);
        refresh();
    }

    void add() {
        try {
            PlatformRef created = platforms.add(code.getValue(), nameZh.getValue(), nameEn.getValue());
            Notifications.success(getTranslation("platform.added", created.code()));
            code.clear();
            nameZh.clear();
            nameEn.clear();
            code.setInvalid(false);
            refresh();
        } catch (InvalidInputException invalid) {
            Map<String, String> errors = invalid.fieldErrors();
            code.setInvalid(errors.containsKey("code"));
            code.setErrorMessage(errors.get("code"));
            if (errors.containsKey("name")) {
                Notifications.error(errors.get("name"));
            }
        }
    }

    private void refresh() {
        grid.setItems(platforms.active());
    }
}
